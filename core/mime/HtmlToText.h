#pragma once

#include <QString>

namespace satchel::mime::detail {

// Readable text from HTML, for the reader view of HTML-only mail and for the search index: drops
// scripts, styles, comments and the head; turns block elements and <br> into line breaks, list
// items into "• " lines; decodes character references; collapses white space outside <pre>.
// Linear in the input; no network, no rendering (core has no QtGui).
[[nodiscard]] QString htmlToText(const QString &html);

} // namespace satchel::mime::detail

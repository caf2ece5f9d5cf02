#pragma once

#include "mime/ParsedMessage.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace satchel::mime {

// Limits that keep one parse bounded in time and memory whatever the input. A message that hits
// one is still parsed (never rejected: it is somebody's mail) and comes back with truncated = true.
namespace limits {
// Before GMime sees the bytes: a header field (a "Name:" line with its continuation lines)
// longer than this is cut to this length. A 50 MB To: line would otherwise become millions of
// address objects.
inline constexpr qsizetype maxHeaderFieldBytes = 64 * 1024;
// Before GMime sees the bytes: the input is cut before the Content-Type field that would exceed
// this count. It bounds the nesting depth GMime recurses into and the boundaries it compares
// every "--" line with.
inline constexpr int maxContentTypeFields = 500;
// Before GMime sees the bytes: the input is cut before the "--" line that would exceed this
// count; each may open a part, so this bounds how many part objects GMime allocates.
inline constexpr int maxBoundaryLines = 20000;
// While walking the parsed tree: deeper parts and parts beyond the count are not looked at.
inline constexpr int maxDepth = 32;
inline constexpr int maxParts = 1000;
// Decoded text kept per text part, and in total for textBody + htmlBody (in bytes of input).
inline constexpr qsizetype maxTextPartBytes = 4 * 1024 * 1024;
inline constexpr qsizetype maxTotalTextBytes = 16 * 1024 * 1024;
} // namespace limits

// Parses raw RFC 5322 bytes (CRLF or LF; a leading mbox "From " line is skipped). Never fails:
// bytes that are not mail give hasHeader = false and the bytes as readerText. `arrival` is the
// last resort for the date and the reference for a plausible one (at most a week after it).
// Thread-safe: each call uses its own GMime objects.
[[nodiscard]] ParsedMessage parseMessage(const QByteArray &raw, const QDateTime &arrival);

// Names this parser and the GMime it runs on. The same fingerprint gives the same ParsedMessage
// for the same bytes; the search index is rebuilt when it changes (store/SearchIndex.cpp). Bump
// kParserRevision (ParserRevision.h) whenever a change in GMimeParser.cpp alters what
// parseMessage() returns.
[[nodiscard]] QString parserFingerprint();

// The decoded content of the attachment with this partIndex (for an attached message, its raw
// bytes, ready for parseMessage()). Nothing when the index does not name an attachment.
[[nodiscard]] std::optional<QByteArray> extractPart(const QByteArray &raw, int partIndex);

} // namespace satchel::mime

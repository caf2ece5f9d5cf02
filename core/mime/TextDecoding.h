#pragma once

#include <QByteArray>
#include <QString>

// Private to core/mime: bytes in a declared (and possibly wrong) charset to Unicode.
namespace satchel::mime::detail {

[[nodiscard]] bool isValidUtf8(QByteArrayView bytes);
[[nodiscard]] QString decodeWindows1252(QByteArrayView bytes);

// Decodes text whose declared charset may be wrong, missing or unknown:
// - valid UTF-8 that is not plain ASCII is taken as UTF-8 whatever the label says, because text
//   in a legacy 8-bit charset is almost never valid UTF-8 by accident;
// - US-ASCII, ISO-8859-1 and no label decode as Windows-1252, as browsers do (WHATWG);
// - anything else goes through iconv; an unknown charset, or one that fails on more than a few
//   bytes, falls back to Windows-1252, which decodes every byte.
// `recovered` (optional) is set when the declared charset was not used as is.
[[nodiscard]] QString decodeText(QByteArrayView bytes, const QByteArray &charset,
                                 bool *recovered = nullptr);

} // namespace satchel::mime::detail

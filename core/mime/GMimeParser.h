#pragma once

// The GMime implementation behind mime/MessageParser.h. It is compiled into the satchel-mime
// module (see core/mime/CMakeLists.txt), not into satchel_core: only the module links GMime.
// Call the functions in MessageParser.h instead; tests of the parser's internals link it directly.

#include "mime/ParsedMessage.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace satchel::mime::gmime {

[[nodiscard]] ParsedMessage parseMessage(const QByteArray &raw, const QDateTime &arrival);
[[nodiscard]] std::optional<QByteArray> extractPart(const QByteArray &raw, int partIndex);

} // namespace satchel::mime::gmime

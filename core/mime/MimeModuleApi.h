#pragma once

// The contract between satchel_core and the satchel-mime module, which holds everything that
// links GMime. Why a module at all: GMime pulls in GObject, GIO, GPGME, libidn2 and a dozen more
// libraries, all linked with BIND_NOW, and loading them costs about 5 ms of every process start.
// `satchel search` and `satchel show --raw` never parse mail, and the window parses only when
// a message is opened, so satchel_core loads the module on the first parse instead
// (MessageParser.cpp). Both sides are built together by the same compiler against the same Qt,
// so Qt types may cross; `abi` and the sizes below catch a module from another build.

#include "mime/ParsedMessage.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace satchel::mime {

struct MimeModuleApi
{
    int abi;
    std::size_t parsedMessageSize;
    ParsedMessage (*parseMessage)(const QByteArray &raw, const QDateTime &arrival);
    std::optional<QByteArray> (*extractPart)(const QByteArray &raw, int partIndex);
};

inline constexpr int kMimeModuleAbi = 1;
inline constexpr char kMimeModuleEntry[] = "satchel_mime_module_api";

} // namespace satchel::mime

#pragma once

#include <QByteArray>

namespace satchel::mime::detail {

// The bytes GMime is given: the raw message, or a copy cut to the limits in MessageParser.h.
struct BoundedInput
{
    QByteArray bytes;
    bool truncated = false;
};

// One linear pass over the raw bytes; copies only when a limit is hit. Skips a leading mbox
// "From " line.
[[nodiscard]] BoundedInput boundInput(const QByteArray &raw);

} // namespace satchel::mime::detail

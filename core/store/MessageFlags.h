#pragma once

#include <QFlags>

namespace satchel::store {

// Stored as a bit set in messages.flags: values are part of the file format.
enum class MessageFlag { Read = 0x1, Flagged = 0x2, Answered = 0x4 };
Q_DECLARE_FLAGS(MessageFlags, MessageFlag)

} // namespace satchel::store

Q_DECLARE_OPERATORS_FOR_FLAGS(satchel::store::MessageFlags)

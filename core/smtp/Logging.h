#pragma once

#include <QLoggingCategory>

namespace satchel::smtp {

// satchel.smtp: the conversation, with AUTH responses (passwords, tokens) replaced by <redacted>
// and the message itself left out, before anything is logged.
Q_DECLARE_LOGGING_CATEGORY(lcSmtp)

} // namespace satchel::smtp

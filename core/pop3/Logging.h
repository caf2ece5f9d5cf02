#pragma once

#include <QLoggingCategory>

namespace satchel::pop3 {

// satchel.pop3: the conversation, with passwords, tokens, SASL responses and APOP digests
// replaced by <redacted> before anything is logged.
Q_DECLARE_LOGGING_CATEGORY(lcPop3)

} // namespace satchel::pop3

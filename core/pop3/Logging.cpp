#include "pop3/Logging.h"

namespace satchel::pop3 {

Q_LOGGING_CATEGORY(lcPop3, "satchel.pop3", QtWarningMsg)

} // namespace satchel::pop3

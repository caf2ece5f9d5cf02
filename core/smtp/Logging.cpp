#include "smtp/Logging.h"

namespace satchel::smtp {

Q_LOGGING_CATEGORY(lcSmtp, "satchel.smtp", QtWarningMsg)

} // namespace satchel::smtp

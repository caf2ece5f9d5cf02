#pragma once

#include <QString>

namespace satchel::mime::detail {

// Unwraps format=flowed text (RFC 3676): joins soft-broken lines of the same quote depth, removes
// space-stuffing and, with DelSp=yes, the space before each soft break. Input with LF line ends.
[[nodiscard]] QString unflow(const QString &text, bool delSp);

} // namespace satchel::mime::detail

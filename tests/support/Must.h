#pragma once

#include "util/Result.h"

#include <QtGlobal>

namespace satchel::test {

// The value of a Result the test cannot go on without; anything else ends the test binary with
// the error's message (a fixture failure, not a finding to report row by row).
template<typename T> T must(Result<T> result)
{
    if (!result.ok())
        qFatal("unexpected error: %s", qPrintable(result.error().message));
    return std::move(result).value();
}

} // namespace satchel::test

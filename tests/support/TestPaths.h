#pragma once

#include <QString>

namespace satchel::test {

// The real-mail corpus (../shared/corpus beside the checkout, or $SATCHEL_CORPUS). Empty when it
// is absent: a fresh clone elsewhere has no ../shared, and tests that need it must skip.
[[nodiscard]] QString corpusDir();

// The reason to give QSKIP when corpusDir() is empty.
[[nodiscard]] const char *corpusMissingReason();

// A scratch folder under the build tree for files a test leaves for inspection (logs, configs).
[[nodiscard]] QString testBuildDir();

} // namespace satchel::test

// Skips the current test function, with the reason, when the corpus is not here.
#define SATCHEL_REQUIRE_CORPUS()                                                                   \
    do {                                                                                           \
        if (::satchel::test::corpusDir().isEmpty())                                                \
            QSKIP(::satchel::test::corpusMissingReason());                                         \
    } while (false)

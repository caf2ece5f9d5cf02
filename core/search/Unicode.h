#pragma once

// No Qt here (core/search/ is the one implementation of the search language, shared by the
// Qt-free `satchel` launcher and the application).

#include <cstddef>
#include <string>
#include <string_view>

namespace satchel::search {

// One code point decoded from UTF-8: `value`, and how many bytes it took. `valid` is false where
// the bytes are not UTF-8 (a stray continuation byte, a truncated or overlong sequence, a
// surrogate, a value past U+10FFFF); `length` is then 1.
struct CodePoint
{
    char32_t value = 0;
    std::size_t length = 1;
    bool valid = false;
};

// The code point that starts at byte `at` of `text` (at < text.size()).
[[nodiscard]] CodePoint decodeUtf8(std::string_view text, std::size_t at);

// The byte offset of the first byte of `text` that is not UTF-8, or text.size() when all is.
[[nodiscard]] std::size_t firstNonUtf8(std::string_view text);

// QChar::isSpace(): tab, line feed, vertical tab, form feed, carriage return, NEL (U+0085) and
// the Unicode separators (Zs, Zl, Zp), such as U+00A0 and U+3000. Words end there.
[[nodiscard]] bool isQuerySpace(char32_t c);

// QChar::isLetterOrNumber(): the general categories L* and N*. A word or phrase with none of
// them has nothing to search for. tst_searchquery compares this with Qt for every code point.
[[nodiscard]] bool isLetterOrNumber(char32_t c);

// `text` with A-Z lowered: operator names and values are ASCII words, and Qt's toLower() turns no
// other character into one of their letters (not even U+0130 or U+212A).
[[nodiscard]] std::string asciiLower(std::string_view text);

} // namespace satchel::search

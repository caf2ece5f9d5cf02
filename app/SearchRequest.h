#pragma once

// No Qt here: the `satchel` launcher reads its command line with this (launcher_main.cpp).

#include <optional>
#include <string>
#include <vector>

namespace satchel::app {

// A `satchel search` the quick paths answer without the full command line: the launcher (plain
// output) and QuickSearch.cpp (--json too).
struct SearchRequest
{
    std::string profile; // empty: the default profile
    bool json = false;
    int limit = 100; // the full command line's default
    std::string query; // the words, joined by spaces
};

// `[--profile DIR] [--language L] search WORDS... [--json] [--limit N]` in any order, each option
// at most once, and nothing else: any other option (--help, --version, "--"), a limit that is not
// plain digits, or a mistake gives nothing, and the full command line answers or explains. The
// arguments come without the program's name, in the local encoding (UTF-8).
[[nodiscard]] std::optional<SearchRequest>
parseSearchRequest(const std::vector<std::string> &arguments);

} // namespace satchel::app

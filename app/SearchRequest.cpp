#include "SearchRequest.h"

namespace satchel::app {

namespace {

bool isOption(const std::string &argument, const char *name)
{
    const std::string prefix = std::string(name) + '=';
    return argument == name || argument.compare(0, prefix.size(), prefix) == 0;
}

} // namespace

std::optional<SearchRequest> parseSearchRequest(const std::vector<std::string> &arguments)
{
    SearchRequest r;
    bool haveCommand = false, haveProfile = false, haveLimit = false;
    // --name VALUE or --name=VALUE, once.
    auto value = [&arguments](std::size_t &i, const char *name, std::string &out, bool &seen) {
        if (seen)
            return false;
        seen = true;
        if (arguments[i] == name) {
            if (i + 1 >= arguments.size())
                return false;
            out = arguments[++i];
            return true;
        }
        out = arguments[i].substr(std::string(name).size() + 1);
        return true;
    };
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string &a = arguments[i];
        if (isOption(a, "--profile")) {
            if (!value(i, "--profile", r.profile, haveProfile) || r.profile.empty())
                return std::nullopt;
        } else if (isOption(a, "--language")) {
            if (a == "--language")
                ++i; // the language changes no byte of a search's output
        } else if (isOption(a, "--limit")) {
            std::string text;
            if (!value(i, "--limit", text, haveLimit) || text.empty() || text.size() > 9)
                return std::nullopt;
            r.limit = 0;
            for (const char c : text) {
                if (c < '0' || c > '9')
                    return std::nullopt;
                r.limit = r.limit * 10 + (c - '0');
            }
        } else if (a == "--json") {
            if (r.json)
                return std::nullopt;
            r.json = true;
        } else if (!a.empty() && a[0] == '-') {
            return std::nullopt;
        } else if (!haveCommand) {
            if (a != "search")
                return std::nullopt;
            haveCommand = true;
        } else {
            r.query += (r.query.empty() ? "" : " ") + a;
        }
    }
    if (!haveCommand || r.query.empty())
        return std::nullopt;
    return r;
}

} // namespace satchel::app

// `satchel` on Linux and the BSDs: answers the common `satchel search` itself and becomes
// satchel-cli for everything else (app/CMakeLists.txt says why). No Qt in this file: it links the
// C++ runtime and libsqlite3 only, so that a search loads nothing else. The search language is
// the application's own (core/search/), so this answers every query satchel-cli would, in any
// script; satchel-cli answers --json and explains malformed queries.
#include "PlainSearch.h"
#include "SearchRequest.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

// QStandardPaths::writableLocation(AppDataLocation) for Satchel, where it is plain to see:
// $HOME/.local/share/Satchel/Satchel. Empty when Qt's rules would need more thought.
std::string defaultProfile()
{
    const char *xdg = std::getenv("XDG_DATA_HOME");
    const char *home = std::getenv("HOME");
    if ((xdg && *xdg) || !home || home[0] != '/')
        return {};
    const std::string h = home;
    if (h.size() > 1
        && (h.back() == '/' || h.find("//") != std::string::npos
            || h.find("/.") != std::string::npos))
        return {};
    return (h == "/" ? std::string() : h) + "/.local/share/Satchel/Satchel";
}

// The search's output, or nothing when satchel-cli must answer.
std::optional<std::string> answer(int argc, char *argv[])
{
    const std::optional<satchel::app::SearchRequest> request
        = satchel::app::parseSearchRequest(std::vector<std::string>(argv + 1, argv + argc));
    if (!request || request->json)
        return std::nullopt;
    const std::string profile = request->profile.empty() ? defaultProfile() : request->profile;
    if (profile.empty())
        return std::nullopt;
    return satchel::app::plainSearchLines(request->query, request->limit,
                                          profile + "/archive.sqlite");
}

std::string executableDir(const char *argv0)
{
    char buffer[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    std::string path = n > 0 ? std::string(buffer, size_t(n)) : std::string(argv0);
    const size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

} // namespace

int main(int argc, char *argv[])
{
    const char *mode = std::getenv("SATCHEL_QUICK_SEARCH"); // tests; QuickSearch.h
    if (!mode || std::strcmp(mode, "off") != 0) {
        if (const std::optional<std::string> out = answer(argc, argv)) {
            if (std::fwrite(out->data(), 1, out->size(), stdout) != out->size()
                || std::fflush(stdout) != 0)
                return 1;
            return 0;
        }
        if (mode && std::strcmp(mode, "launcher") == 0)
            return 125; // tests: this search would have needed satchel-cli
    }
    // Same arguments, environment and process id: the caller sees one program.
    const std::string dir = executableDir(argv[0]);
    std::string path = dir + "/" SATCHEL_CLI_RELATIVE_DIR "/satchel-cli";
    if (::access(path.c_str(), X_OK) != 0) // the build tree keeps the binaries side by side
        path = dir + "/satchel-cli";
    ::execv(path.c_str(), argv);
    // Only a broken installation gets here, and nothing is loaded that could translate this.
    std::fprintf(stderr, "satchel: cannot start %s: %s. Please reinstall Satchel.\n", path.c_str(),
                 std::strerror(errno));
    return 1;
}

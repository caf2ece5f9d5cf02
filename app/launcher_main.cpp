// `satchel` on Linux and the BSDs: answers the common `satchel search` itself and becomes
// satchel-cli for everything else (app/CMakeLists.txt says why). No Qt in this file: it links the
// C++ runtime and libsqlite3 only, so that a search loads nothing else.
#include "store/SearchQueryPlain.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

struct Request
{
    std::string profile;
    int limit = 100; // the full command line's default
    std::string query;
};

// `[--profile DIR] [--language L] search WORDS... [--limit N]`, nothing else: any other option,
// --json and every mistake are satchel-cli's (QuickSearch.cpp answers --json there).
bool parse(int argc, char *argv[], Request &r)
{
    bool haveCommand = false, haveProfile = false, haveLimit = false;
    auto value = [&](int &i, const char *name, std::string &out, bool &seen) {
        const std::string a = argv[i];
        if (seen)
            return false;
        seen = true;
        if (a == name) {
            if (i + 1 >= argc)
                return false;
            out = argv[++i];
            return true;
        }
        out = a.substr(std::strlen(name) + 1);
        return true;
    };
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--profile" || a.rfind("--profile=", 0) == 0) {
            if (!value(i, "--profile", r.profile, haveProfile) || r.profile.empty())
                return false;
        } else if (a == "--language" || a.rfind("--language=", 0) == 0) {
            if (a == "--language")
                ++i; // the language changes no byte of a search's output
        } else if (a == "--limit" || a.rfind("--limit=", 0) == 0) {
            std::string text;
            if (!value(i, "--limit", text, haveLimit) || text.empty() || text.size() > 9)
                return false;
            for (const char c : text) {
                if (c < '0' || c > '9')
                    return false;
            }
            r.limit = std::atoi(text.c_str());
        } else if (!a.empty() && a[0] == '-') {
            return false;
        } else if (!haveCommand) {
            if (a != "search")
                return false;
            haveCommand = true;
        } else {
            r.query += (r.query.empty() ? "" : " ") + a;
        }
    }
    return haveCommand && !r.query.empty();
}

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

// The search's output, or false when satchel-cli must answer.
bool answer(int argc, char *argv[], std::string &out)
{
    Request r;
    if (!parse(argc, argv, r))
        return false;
    const std::optional<satchel::store::PlainSql> sql = satchel::store::plainSearchSql(r.query);
    if (!sql)
        return false;
    const std::string profile = r.profile.empty() ? defaultProfile() : r.profile;
    if (profile.empty())
        return false;
    bool dates = true;
    const bool searched = satchel::store::plainSearch(
        profile + "/archive.sqlite", *sql, r.limit, [&](const satchel::store::PlainHit &h) {
            // As SearchOutput.cpp's appendSearchLine(): id, date, sender, subject.
            out += std::to_string(h.id);
            out += '\t';
            dates = satchel::store::appendPlainIsoDate(out, h.dateMs, h.dateOffset) && dates;
            out += '\t';
            out += h.senderName.empty() ? h.senderAddress : h.senderName;
            out += '\t';
            out += h.subject;
            out += '\n';
        });
    return searched && dates;
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
        std::string out;
        if (answer(argc, argv, out)) {
            if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size()
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

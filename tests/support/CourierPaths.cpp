// An LD_PRELOAD library for the Courier fixture. Courier's authentication library has the path of
// authdaemond's socket compiled in (/run/courier/authdaemon/socket), and authdaemond its config
// and user database (/etc/courier/authdaemonrc, userdb.dat): a private instance cannot move them
// with an option. This library moves every path under /etc/courier/, /run/courier/ and
// /var/lib/courier/ below $SATCHEL_COURIER_ROOT, for the few calls Courier reaches them by, so
// each test instance has its own. It also answers for the "courier" user, whom courierpop3login
// runs couriertls as for STLS, with the user we run as. Without that variable it changes nothing.
//
// Plain C calls only, no Qt, no sanitizer: it is loaded into Courier's programs.
#include <algorithm>
#include <cstdarg>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <dlfcn.h>
#include <fcntl.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

constexpr std::size_t kPathMax = 4096;

// `path` under $SATCHEL_COURIER_ROOT when it is one of Courier's own, else `path` itself.
const char *moved(const char *path, char *buffer)
{
    static const char *const prefixes[] = {"/etc/courier/", "/run/courier/", "/var/lib/courier/"};
    const char *root = std::getenv("SATCHEL_COURIER_ROOT");
    if (path == nullptr || root == nullptr || *root == '\0')
        return path;
    for (const char *prefix : prefixes) {
        const std::size_t length = std::strlen(prefix);
        // The folder itself ("/run/courier") or anything inside it.
        const bool inside = std::strncmp(path, prefix, length) == 0
            || (std::strncmp(path, prefix, length - 1) == 0 && path[length - 1] == '\0');
        if (inside) {
            const int written = std::snprintf(buffer, kPathMax, "%s%s", root, path);
            return written > 0 && std::size_t(written) < kPathMax ? buffer : path;
        }
    }
    return path;
}

template<typename Function> Function *next(const char *name)
{
    return reinterpret_cast<Function *>(::dlsym(RTLD_NEXT, name));
}

mode_t modeArgument(int flags, std::va_list arguments)
{
    return (flags & (O_CREAT | O_TMPFILE)) != 0 ? mode_t(va_arg(arguments, int)) : 0;
}

// A unix socket address with a moved path; false when the address is not one to move.
bool movedAddress(const sockaddr *address, socklen_t length, sockaddr_un *out, socklen_t *outLength)
{
    if (address == nullptr || address->sa_family != AF_UNIX || length <= sizeof(sa_family_t))
        return false;
    sockaddr_un original {};
    std::memcpy(&original, address, std::min<std::size_t>(length, sizeof original));
    original.sun_path[sizeof original.sun_path - 1] = '\0';
    char buffer[kPathMax];
    const char *path = moved(original.sun_path, buffer);
    if (path == original.sun_path || std::strlen(path) >= sizeof out->sun_path)
        return false;
    *out = {};
    out->sun_family = AF_UNIX;
    std::strcpy(out->sun_path, path);
    *outLength = socklen_t(offsetof(sockaddr_un, sun_path) + std::strlen(path) + 1);
    return true;
}

} // namespace

extern "C" {

int open(const char *path, int flags, ...)
{
    std::va_list arguments;
    va_start(arguments, flags);
    const mode_t mode = modeArgument(flags, arguments);
    va_end(arguments);
    static auto *real = next<int(const char *, int, ...)>("open");
    char buffer[kPathMax];
    return real(moved(path, buffer), flags, mode);
}

int open64(const char *path, int flags, ...)
{
    std::va_list arguments;
    va_start(arguments, flags);
    const mode_t mode = modeArgument(flags, arguments);
    va_end(arguments);
    static auto *real = next<int(const char *, int, ...)>("open64");
    char buffer[kPathMax];
    return real(moved(path, buffer), flags, mode);
}

int openat(int directory, const char *path, int flags, ...)
{
    std::va_list arguments;
    va_start(arguments, flags);
    const mode_t mode = modeArgument(flags, arguments);
    va_end(arguments);
    static auto *real = next<int(int, const char *, int, ...)>("openat");
    char buffer[kPathMax];
    return real(directory, moved(path, buffer), flags, mode);
}

FILE *fopen(const char *path, const char *mode)
{
    static auto *real = next<FILE *(const char *, const char *)>("fopen");
    char buffer[kPathMax];
    return real(moved(path, buffer), mode);
}

FILE *fopen64(const char *path, const char *mode)
{
    static auto *real = next<FILE *(const char *, const char *)>("fopen64");
    char buffer[kPathMax];
    return real(moved(path, buffer), mode);
}

int stat(const char *path, struct stat *result)
{
    static auto *real = next<int(const char *, struct stat *)>("stat");
    char buffer[kPathMax];
    return real(moved(path, buffer), result);
}

int lstat(const char *path, struct stat *result)
{
    static auto *real = next<int(const char *, struct stat *)>("lstat");
    char buffer[kPathMax];
    return real(moved(path, buffer), result);
}

int access(const char *path, int mode)
{
    static auto *real = next<int(const char *, int)>("access");
    char buffer[kPathMax];
    return real(moved(path, buffer), mode);
}

int unlink(const char *path)
{
    static auto *real = next<int(const char *)>("unlink");
    char buffer[kPathMax];
    return real(moved(path, buffer));
}

int mkdir(const char *path, mode_t mode)
{
    static auto *real = next<int(const char *, mode_t)>("mkdir");
    char buffer[kPathMax];
    return real(moved(path, buffer), mode);
}

int chmod(const char *path, mode_t mode)
{
    static auto *real = next<int(const char *, mode_t)>("chmod");
    char buffer[kPathMax];
    return real(moved(path, buffer), mode);
}

int rename(const char *from, const char *to)
{
    static auto *real = next<int(const char *, const char *)>("rename");
    char fromBuffer[kPathMax];
    char toBuffer[kPathMax];
    return real(moved(from, fromBuffer), moved(to, toBuffer));
}

int connect(int socket, const sockaddr *address, socklen_t length)
{
    static auto *real = next<int(int, const sockaddr *, socklen_t)>("connect");
    sockaddr_un other {};
    socklen_t otherLength = 0;
    if (movedAddress(address, length, &other, &otherLength))
        return real(socket, reinterpret_cast<const sockaddr *>(&other), otherLength);
    return real(socket, address, length);
}

int bind(int socket, const sockaddr *address, socklen_t length)
{
    static auto *real = next<int(int, const sockaddr *, socklen_t)>("bind");
    sockaddr_un other {};
    socklen_t otherLength = 0;
    if (movedAddress(address, length, &other, &otherLength))
        return real(socket, reinterpret_cast<const sockaddr *>(&other), otherLength);
    return real(socket, address, length);
}

// Courier's own system user, which the packages' postinst would create: here, whoever runs the
// test. Only when the system has no such user.
passwd *getpwnam(const char *name)
{
    static auto *real = next<passwd *(const char *)>("getpwnam");
    passwd *found = real(name);
    const char *root = std::getenv("SATCHEL_COURIER_ROOT");
    // name is never null: glibc declares it nonnull (and clang warns about a check).
    if (found != nullptr || root == nullptr || std::strcmp(name, "courier") != 0)
        return found;
    return ::getpwuid(::geteuid());
}

} // extern "C"

#include "util/Platform.h"

#include <QtGlobal>

#if defined(SATCHEL_PORTABLE_SEAMS)
#define SATCHEL_SEAMS_PORTABLE 1
#elif defined(Q_OS_LINUX)
#define SATCHEL_SEAMS_LINUX 1
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#define SATCHEL_SEAMS_WINDOWS 1
#include <cstdio>
#include <windows.h>
#elif defined(Q_OS_MACOS)
#define SATCHEL_SEAMS_MACOS 1
#include <pthread.h>
#include <sys/qos.h>
#else
#define SATCHEL_SEAMS_PORTABLE 1
#endif

#include <algorithm>

namespace satchel::util {

namespace {

#if defined(SATCHEL_SEAMS_LINUX)
// How much nicer than the storing thread a worker runs: enough for the scheduler to prefer the
// store, not so much that a worker starves while the machine is busy (QThread's priorities do
// nothing under Linux's default policy, and IdlePriority would starve them).
constexpr int kWorkerNiceness = 5;
#endif

} // namespace

void lowerCurrentThreadPriority()
{
#if defined(SATCHEL_SEAMS_LINUX)
    // On Linux a nice value belongs to the thread: setpriority() of its tid.
    const auto tid = static_cast<id_t>(syscall(SYS_gettid));
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, tid);
    if (errno == 0)
        (void)setpriority(PRIO_PROCESS, tid, std::min(19, current + kWorkerNiceness));
#elif defined(SATCHEL_SEAMS_WINDOWS)
    (void)SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_BELOW_NORMAL);
#elif defined(SATCHEL_SEAMS_MACOS)
    // Utility: below the default class the storing thread keeps, well above background.
    (void)pthread_set_qos_class_self_np(QOS_CLASS_UTILITY, 0);
#else
    // No portable way to ask for less CPU without starving the thread: leave it as it is.
#endif
}

void useParentConsole()
{
#if defined(SATCHEL_SEAMS_WINDOWS)
    // A stream the caller redirected (a file, a pipe: --password-stdin) already has a handle.
    const auto missing = [](DWORD which) {
        const HANDLE h = GetStdHandle(which);
        return h == nullptr || h == INVALID_HANDLE_VALUE;
    };
    const bool in = missing(STD_INPUT_HANDLE), out = missing(STD_OUTPUT_HANDLE),
               err = missing(STD_ERROR_HANDLE);
    if (!(in || out || err) || !AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    FILE *reopened = nullptr;
    if (in)
        (void)freopen_s(&reopened, "CONIN$", "r", stdin);
    if (out)
        (void)freopen_s(&reopened, "CONOUT$", "w", stdout);
    if (err)
        (void)freopen_s(&reopened, "CONOUT$", "w", stderr);
#else
    // A console program (satchel-cli, or any Unix binary) has its streams already.
#endif
}

const char *platformSeams()
{
#if defined(SATCHEL_SEAMS_LINUX)
    return "linux";
#elif defined(SATCHEL_SEAMS_WINDOWS)
    return "windows";
#elif defined(SATCHEL_SEAMS_MACOS)
    return "macos";
#else
    return "portable";
#endif
}

} // namespace satchel::util

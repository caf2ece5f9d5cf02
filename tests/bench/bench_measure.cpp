// bench_measure FD PROGRAM [ARGS...]: runs PROGRAM and writes its peak RSS (kB) on FD.
//
// Why a program of its own: a child forked straight from a benchmark starts as a copy of it, and
// the benchmark may hold a whole corpus in memory; the kernel counts what that copy touches
// before exec into the child's ru_maxrss, so a 10 MB mpop would show as a 100 MB one. Forked from
// this small program instead, the child's peak is its own. No Qt here, to stay small.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_measure FD PROGRAM [ARGS...]\n");
        return 127;
    }
    const int reportFd = std::atoi(argv[1]);
    const pid_t pid = fork();
    if (pid == 0) {
        close(reportFd);
        execvp(argv[2], argv + 2);
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    if (pid < 0 || wait4(pid, &status, 0, &usage) < 0)
        return 127;
    const std::string report = std::to_string(usage.ru_maxrss);
    if (write(reportFd, report.data(), report.size()) < 0)
        return 127;
    close(reportFd);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 127;
}

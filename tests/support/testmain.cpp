#include <QCoreApplication>

#include <gtest/gtest.h>
#include <sys/resource.h>

#if defined(__SANITIZE_THREAD__)
#include <cstdarg>
#include <dlfcn.h>
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>

// QProcess (Qt 6.4, forkfd) starts a child with glibc's clone(CLONE_VM | CLONE_VFORK): the child
// runs on the parent's memory until it execs. ThreadSanitizer's clone interceptor then resets
// "its" state after the fork in the child, which is the parent's state: in a process with
// threads (the in-process server) it turns the parent's synchronisation tracking off, and every
// later hand-over (a mutex, a future) shows up as a race that is none. TSan itself turns vfork()
// into fork() for this reason, and Qt uses fork() in its own sanitizer builds; our Qt is not one.
// So in the TSan build of the tests a vfork-style clone becomes a real fork, through TSan's fork
// interceptor; the child runs the same function and execs as before.
extern "C" int clone(int (*function)(void*), void* stack, int flags, void* argument, ...) noexcept
{
    va_list rest;
    va_start(rest, argument);
    auto* parentTid = va_arg(rest, pid_t*);
    void* tls = va_arg(rest, void*);
    auto* childTid = va_arg(rest, pid_t*);
    va_end(rest);
    if ((flags & CLONE_VM) == 0 || (flags & CLONE_VFORK) == 0) {
        using Clone = int (*)(int (*)(void*), void*, int, void*, ...);
        static const auto next = reinterpret_cast<Clone>(dlsym(RTLD_NEXT, "clone"));
        return next(function, stack, flags, argument, parentTid, tls, childTid);
    }
    const pid_t pid = fork();
    if (pid == 0)
        _exit(function(argument));
    if (pid > 0 && (flags & CLONE_PIDFD) != 0) // forkfd waits on the child through its pidfd
        *reinterpret_cast<int*>(parentTid) = int(syscall(SYS_pidfd_open, pid, 0));
    if (pid > 0 && (flags & CLONE_PARENT_SETTID) != 0)
        *parentTid = pid;
    return pid;
}
#endif

// One QCoreApplication per test process, created before any test runs.
int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    // Connection tests open well over a thousand sockets.
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
    // Headless everywhere: widget tests render offscreen unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication app(argc, argv);
    return RUN_ALL_TESTS();
}

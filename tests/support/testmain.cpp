#include <QCoreApplication>

#include <gtest/gtest.h>
#include <sys/resource.h>

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

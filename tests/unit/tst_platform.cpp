// The platform seams (core/util/Platform.h): the branch the build asked for is the one compiled
// in, and each seam does what it says on this system, or nothing where it says so.
#include "util/Platform.h"

#include <QTest>
#include <QThread>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include <cstring>

class TestPlatform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSeamsTheBuildAskedFor();
    void lowerPriorityOfThisThreadOnly();
    void consoleStreamsStayWhereTheyAre();
};

void TestPlatform::theSeamsTheBuildAskedFor()
{
    QCOMPARE(QByteArray(satchel::util::platformSeams()), QByteArray(SATCHEL_EXPECTED_SEAMS));
}

void TestPlatform::lowerPriorityOfThisThreadOnly()
{
#ifndef Q_OS_LINUX
    QSKIP("reads Linux thread nice values");
#else
    const auto niceOf = [] {
        errno = 0;
        const int n = getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)));
        return errno == 0 ? n : -100;
    };
    const int mine = niceOf();
    int before = -100, after = -100;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        before = niceOf();
        satchel::util::lowerCurrentThreadPriority();
        after = niceOf();
    }));
    worker->start();
    QVERIFY(worker->wait(10000));
    QVERIFY(before != -100 && after != -100);
    if (QByteArray(satchel::util::platformSeams()) == "linux")
        QCOMPARE(after, std::min(19, before + 5));
    else
        QCOMPARE(after, before); // the portable fallback leaves it alone
    QCOMPARE(niceOf(), mine); // the calling thread, not the process
#endif
}

void TestPlatform::consoleStreamsStayWhereTheyAre()
{
    // A console program keeps its streams: nothing is reopened or replaced.
#ifdef Q_OS_LINUX
    struct stat before
    {
    };
    QCOMPARE(fstat(STDOUT_FILENO, &before), 0);
    satchel::util::useParentConsole();
    struct stat after
    {
    };
    QCOMPARE(fstat(STDOUT_FILENO, &after), 0);
    QCOMPARE(after.st_ino, before.st_ino);
    QCOMPARE(after.st_dev, before.st_dev);
#else
    satchel::util::useParentConsole();
#endif
    QVERIFY(std::fputs("", stdout) >= 0);
}

QTEST_GUILESS_MAIN(TestPlatform)
#include "tst_platform.moc"

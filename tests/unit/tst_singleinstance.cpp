#include "store/Archive.h"
#include "util/SingleInstance.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace satchel;

namespace {

// The second process: tries to start on the profile and says, by its exit code, what it became.
int runChild(const QString &profile)
{
    util::SingleInstance instance(profile);
    switch (instance.start({QStringLiteral("satchel"), QStringLiteral("--from-child")})) {
    case util::SingleInstance::Role::Secondary:
        return 0;
    case util::SingleInstance::Role::Primary:
        return 10;
    case util::SingleInstance::Role::Unreachable:
        return 20;
    }
    return 30;
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLaunchHandsOverAndExits();
    void createsAPrivateProfile();
    void firstLaunchAfterThePrimaryExited();
    void commandLineImportWhileAnotherProcessHasTheArchiveOpen();

private:
    // Starts this test binary as a second process on profile; returns its exit code while this
    // process keeps its event loop running (the primary answers from it).
    int launchSecond(const QString &profile)
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SATCHEL_SINGLEINSTANCE_CHILD"), profile);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), QStringList {});
        if (!child.waitForStarted(10000))
            return -1;
        if (!tryUntil([&child] { return child.state() == QProcess::NotRunning; }, 20000))
            return -3;
        return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -2;
    }

    // Waits while processing events, so that this process's server answers the child.
    template<typename F> static bool tryUntil(F condition, int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!condition() && !deadline.hasExpired())
            QTest::qWait(20);
        return condition();
    }
};

void TestSingleInstance::secondLaunchHandsOverAndExits()
{
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    util::SingleInstance first(profile.path());
    QCOMPARE(first.start({QStringLiteral("satchel")}), util::SingleInstance::Role::Primary);
    QSignalSpy raised(&first, &util::SingleInstance::activationRequested);

    QCOMPARE(launchSecond(profile.path()), 0); // Secondary
    QTRY_COMPARE(raised.count(), 1);
    QCOMPARE(raised.first().first().toStringList(),
             (QStringList {QStringLiteral("satchel"), QStringLiteral("--from-child")}));

    // Another profile is another instance.
    QTemporaryDir other;
    QCOMPARE(launchSecond(other.path()), 10);
    QCOMPARE(raised.count(), 1);
}

void TestSingleInstance::createsAPrivateProfile()
{
    QTemporaryDir parent;
    const QString profile = parent.filePath(QStringLiteral("new/profile"));
    util::SingleInstance instance(profile);
    QCOMPARE(instance.start({}), util::SingleInstance::Role::Primary);
    const QFile::Permissions permissions = QFile::permissions(profile);
    QVERIFY(permissions.testFlags(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QFile::Permissions othersAndGroup {QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
                                             | QFile::ReadOther | QFile::WriteOther
                                             | QFile::ExeOther};
    QCOMPARE(permissions & othersAndGroup, QFile::Permissions {});
}

void TestSingleInstance::firstLaunchAfterThePrimaryExited()
{
    QTemporaryDir profile;
    {
        util::SingleInstance first(profile.path());
        QCOMPARE(first.start({}), util::SingleInstance::Role::Primary);
    }
    QCOMPARE(launchSecond(profile.path()), 10); // Primary: the lock and the name were released
}

void TestSingleInstance::commandLineImportWhileAnotherProcessHasTheArchiveOpen()
{
    QTemporaryDir profile;
    const QString path = profile.filePath(QStringLiteral("archive.sqlite"));
    auto opened = store::Archive::open(path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    store::Archive &archive = **opened;
    util::SingleInstance window(profile.path());
    QCOMPARE(window.start({}), util::SingleInstance::Role::Primary);

    const QString eml = profile.filePath(QStringLiteral("m.eml"));
    QFile file(eml);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("From: Anna <anna@example.org>\r\nTo: b@example.org\r\nSubject: while open\r\n"
               "Message-ID: <open-1@example.org>\r\nDate: Mon, 2 Jan 2023 10:00:00 +0000\r\n\r\n"
               "written by another process\r\n");
    file.close();

    QProcess cli;
    cli.start(QStringLiteral(SATCHEL_BINARY),
              {QStringLiteral("import"), eml, QStringLiteral("--profile"), profile.path()});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

    // This process sees the message the other one committed, and the archive is sound.
    auto ids = archive.messageIds();
    QVERIFY(ids);
    QCOMPARE(ids->size(), 1);
    auto problems = archive.checkIntegrity();
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString childProfile = qEnvironmentVariable("SATCHEL_SINGLEINSTANCE_CHILD");
    if (!childProfile.isEmpty())
        return runChild(childProfile);
    TestSingleInstance test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_singleinstance.moc"

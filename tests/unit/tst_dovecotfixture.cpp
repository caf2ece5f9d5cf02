#include "CorpusMaildir.h"
#include "DovecotFixture.h"
#include "TestPaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

#include <cstdio>
#include <memory>

#include <unistd.h>

using satchel::test::CorpusMaildir;
using satchel::test::DovecotFixture;
using satchel::test::DovecotOptions;
using satchel::test::MaildirMessage;

namespace {

// Every network wait in this file is bounded by this; a server that stops answering fails the
// test in seconds instead of hanging it.
constexpr int kStepMs = 5000;

QByteArray readLine(QSslSocket &socket)
{
    QElapsedTimer timer;
    timer.start();
    while (!socket.canReadLine()) {
        const qint64 left = kStepMs - timer.elapsed();
        if (left <= 0 || !socket.waitForReadyRead(static_cast<int>(left)))
            return {};
    }
    return socket.readLine();
}

QByteArray command(QSslSocket &socket, const QByteArray &line)
{
    socket.write(line + "\r\n");
    return readLine(socket);
}

// The rest of a multi-line reply, up to and including the ".\r\n" terminator.
QByteArray readMultiline(QSslSocket &socket)
{
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    while (true) {
        data += socket.readAll();
        if (data == ".\r\n" || data.endsWith("\r\n.\r\n"))
            return data;
        const qint64 left = kStepMs - timer.elapsed();
        if (left <= 0 || !socket.waitForReadyRead(static_cast<int>(left)))
            return data + "\n[timed out]";
    }
}

QSslConfiguration trusting(const QSslCertificate &certificate)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({certificate});
    return tls;
}

bool refuses(const QString &host, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(host, port);
    return !socket.waitForConnected(2000);
}

bool waitUntilGone(const QString &instanceName, qint64 group, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!DovecotFixture::findInstanceProcesses(instanceName, group).isEmpty()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(50);
    }
    return true;
}

QString describe(const QList<qint64> &pids)
{
    QStringList parts;
    for (const qint64 pid : pids)
        parts << QString::number(pid);
    return parts.join(u' ');
}

} // namespace

// For helpers that check with QCOMPARE: stop the calling test function when one failed.
#define CHECKED(call)                                                                              \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

class TestDovecotFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void greetsAndAdvertises();
    void retrOverPlainPort();
    void retrAfterStls();
    void retrOverImplicitTls();
    void untrustedCertificateIsRefused_data();
    void untrustedCertificateIsRefused();
    void edgeCasesOnTheWire();

    void stopLeavesNothing();
    void destructorLeavesNothing();
    void killedTestTakesDovecotDown();

    void fixedPortInUse();
    void missingBinary();
    void rejectedConfig();
    void failingServiceFailsFast();

    void corpusOverPop3();

private:
    // USER/PASS on a connected (and, if wanted, encrypted) socket that has read the greeting.
    void login(QSslSocket &socket, const DovecotFixture &dovecot);
    // RETR n, checked byte for byte against what Dovecot must send for `stored`.
    void retrieveAndCompare(QSslSocket &socket, int number, const QByteArray &stored);

    std::unique_ptr<DovecotFixture> m_dovecot;
};

void TestDovecotFixture::initTestCase()
{
    SATCHEL_REQUIRE_DOVECOT();
    QElapsedTimer timer;
    timer.start();
    m_dovecot = std::make_unique<DovecotFixture>();
    QVERIFY2(m_dovecot->start(), qPrintable(m_dovecot->errorString()));
    qInfo("Dovecot up in %lld ms: pop3 %d, pop3s %d, %s%s", timer.elapsed(), m_dovecot->pop3Port(),
          m_dovecot->pop3sPort(), qPrintable(m_dovecot->instanceDir()),
          ::geteuid() == 0 ? " (as root)" : "");
    QVERIFY2(m_dovecot->mailbox().addSynthetic(3), qPrintable(m_dovecot->mailbox().errorString()));
}

void TestDovecotFixture::cleanupTestCase()
{
    m_dovecot.reset();
}

void TestDovecotFixture::login(QSslSocket &socket, const DovecotFixture &dovecot)
{
    QCOMPARE(command(socket, "USER " + dovecot.userName().toUtf8()).left(3), QByteArray("+OK"));
    const QByteArray reply = command(socket, "PASS " + dovecot.password().toUtf8());
    QVERIFY2(reply.startsWith("+OK"), reply.constData());
}

void TestDovecotFixture::retrieveAndCompare(QSslSocket &socket, int number,
                                            const QByteArray &stored)
{
    const QByteArray status = command(socket, "RETR " + QByteArray::number(number));
    QCOMPARE(status,
             "+OK " + QByteArray::number(CorpusMaildir::expectedPop3Size(stored)) + " octets\r\n");
    QCOMPARE(readMultiline(socket), CorpusMaildir::expectedRetrWire(stored));
}

void TestDovecotFixture::greetsAndAdvertises()
{
    QSslSocket socket;
    socket.connectToHost(m_dovecot->host(), m_dovecot->pop3Port());
    QVERIFY(socket.waitForConnected(kStepMs));
    const QByteArray greeting = readLine(socket);
    // The APOP timestamp: <...@...>.
    QVERIFY2(QRegularExpression(QStringLiteral(R"(^\+OK .*<[^>]+@[^>]+>\r\n$)"))
                 .match(QString::fromLatin1(greeting))
                 .hasMatch(),
             greeting.constData());
    QCOMPARE(command(socket, "CAPA"), QByteArray("+OK\r\n"));
    const QByteArray capabilities = readMultiline(socket);
    for (const char *capability :
         {"\r\nSTLS\r\n", "\r\nUSER\r\n", "\r\nUIDL\r\n", "\r\nTOP\r\n", "\r\nPIPELINING\r\n",
          "\r\nSASL PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256\r\n"})
        QVERIFY2(QByteArray("\r\n" + capabilities).contains(capability), capabilities.constData());
    QCOMPARE(command(socket, "QUIT").left(3), QByteArray("+OK"));
}

void TestDovecotFixture::retrOverPlainPort()
{
    QSslSocket socket;
    socket.connectToHost(m_dovecot->host(), m_dovecot->pop3Port());
    QVERIFY(socket.waitForConnected(kStepMs));
    QVERIFY(readLine(socket).startsWith("+OK"));
    CHECKED(login(socket, *m_dovecot));
    const QList<MaildirMessage> messages = m_dovecot->mailbox().messages();
    QCOMPARE(command(socket, "STAT").split(' ').value(1), QByteArray::number(messages.size()));
    for (int i = 0; i < messages.size(); ++i)
        CHECKED(retrieveAndCompare(socket, i + 1, messages.at(i).bytes));
    QCOMPARE(command(socket, "QUIT").left(3), QByteArray("+OK"));
}

void TestDovecotFixture::retrAfterStls()
{
    QSslSocket socket;
    socket.setSslConfiguration(trusting(m_dovecot->certificate()));
    socket.connectToHost(m_dovecot->host(), m_dovecot->pop3Port());
    QVERIFY(socket.waitForConnected(kStepMs));
    QVERIFY(readLine(socket).startsWith("+OK"));
    QCOMPARE(command(socket, "STLS").left(3), QByteArray("+OK"));
    socket.startClientEncryption();
    QVERIFY2(socket.waitForEncrypted(kStepMs), qPrintable(socket.errorString()));
    QCOMPARE(socket.peerCertificate().digest(QCryptographicHash::Sha256),
             m_dovecot->certificateSha256());
    CHECKED(login(socket, *m_dovecot));
    CHECKED(retrieveAndCompare(socket, 1, m_dovecot->mailbox().messages().constFirst().bytes));
    QCOMPARE(command(socket, "QUIT").left(3), QByteArray("+OK"));
}

void TestDovecotFixture::retrOverImplicitTls()
{
    QSslSocket socket;
    socket.setSslConfiguration(trusting(m_dovecot->certificate()));
    socket.connectToHostEncrypted(m_dovecot->host(), m_dovecot->pop3sPort());
    QVERIFY2(socket.waitForEncrypted(kStepMs), qPrintable(socket.errorString()));
    QVERIFY(socket.sslHandshakeErrors().isEmpty());
    QVERIFY(readLine(socket).startsWith("+OK"));
    CHECKED(login(socket, *m_dovecot));
    const QList<MaildirMessage> messages = m_dovecot->mailbox().messages();
    CHECKED(retrieveAndCompare(socket, messages.size(), messages.constLast().bytes));
    QCOMPARE(command(socket, "QUIT").left(3), QByteArray("+OK"));
}

void TestDovecotFixture::untrustedCertificateIsRefused_data()
{
    QTest::addColumn<bool>("implicitTls");
    QTest::newRow("pop3s") << true;
    QTest::newRow("stls") << false;
}

void TestDovecotFixture::untrustedCertificateIsRefused()
{
    QFETCH(bool, implicitTls);
    // The system CA list, which does not know our throwaway certificate.
    QSslSocket socket;
    if (implicitTls) {
        socket.connectToHostEncrypted(m_dovecot->host(), m_dovecot->pop3sPort());
    } else {
        socket.connectToHost(m_dovecot->host(), m_dovecot->pop3Port());
        QVERIFY(socket.waitForConnected(kStepMs));
        QVERIFY(readLine(socket).startsWith("+OK"));
        QCOMPARE(command(socket, "STLS").left(3), QByteArray("+OK"));
        socket.startClientEncryption();
    }
    QVERIFY(!socket.waitForEncrypted(kStepMs));
    QVERIFY(!socket.isEncrypted());
    bool selfSigned = false;
    for (const QSslError &error : socket.sslHandshakeErrors())
        selfSigned |= error.error() == QSslError::SelfSignedCertificate;
    QVERIFY2(selfSigned, qPrintable(socket.errorString()));
}

void TestDovecotFixture::edgeCasesOnTheWire()
{
    // The rows of tst_corpusmaildir::expectedWireBytes, served by the real thing.
    const QList<QByteArray> stored = {
        "A: b\n\nbody\n",
        "A: b\r\n\r\nbody\r\n",
        "A: b\n\nend",
        "A: b\n\n.x\n.\n..\nend\n",
        "A: b\n\nx\ry\n",
        "A: b\n\nx\r",
        QByteArray("A: b\n\nx\0y\n", 10),
        ".A: b\n\nx\n",
        QByteArray(),
    };
    const int first = static_cast<int>(m_dovecot->mailbox().messages().size()) + 1;
    for (const QByteArray &message : stored)
        QVERIFY2(m_dovecot->addMessage(message), qPrintable(m_dovecot->errorString()));

    QSslSocket socket;
    socket.connectToHost(m_dovecot->host(), m_dovecot->pop3Port());
    QVERIFY(socket.waitForConnected(kStepMs));
    QVERIFY(readLine(socket).startsWith("+OK"));
    CHECKED(login(socket, *m_dovecot));
    for (int i = 0; i < stored.size(); ++i) {
        const QByteArray list = command(socket, "LIST " + QByteArray::number(first + i));
        QCOMPARE(list,
                 "+OK " + QByteArray::number(first + i) + ' '
                     + QByteArray::number(CorpusMaildir::expectedPop3Size(stored.at(i))) + "\r\n");
        CHECKED(retrieveAndCompare(socket, first + i, stored.at(i)));
    }
    QCOMPARE(command(socket, "QUIT").left(3), QByteArray("+OK"));
}

void TestDovecotFixture::stopLeavesNothing()
{
    DovecotFixture dovecot;
    QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
    const qint64 master = dovecot.masterPid();
    QVERIFY(master > 0);
    const QList<qint64> running = dovecot.instanceProcesses();
    QVERIFY2(running.contains(master), qPrintable(describe(running)));
    QVERIFY2(running.size() > 1, qPrintable(describe(running))); // log, config, anvil, ...

    QElapsedTimer timer;
    timer.start();
    dovecot.stop();
    qInfo("stop() took %lld ms", timer.elapsed());
    QVERIFY(!dovecot.isRunning());
    QVERIFY(refuses(dovecot.host(), dovecot.pop3Port()));
    QVERIFY(refuses(dovecot.host(), dovecot.pop3sPort()));
    // Nothing in the master's process group, nothing with this instance's name.
    const QList<qint64> left
        = DovecotFixture::findInstanceProcesses(dovecot.instanceName(), master);
    QVERIFY2(left.isEmpty(), qPrintable(describe(left)));
    QVERIFY(dovecot.instanceProcesses().isEmpty());
}

void TestDovecotFixture::destructorLeavesNothing()
{
    QString instance;
    qint64 group = 0;
    quint16 port = 0;
    {
        DovecotFixture dovecot;
        QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
        // A session in progress must not keep anything alive.
        QSslSocket socket;
        socket.connectToHost(dovecot.host(), dovecot.pop3Port());
        QVERIFY(socket.waitForConnected(kStepMs));
        QVERIFY(readLine(socket).startsWith("+OK"));
        CHECKED(login(socket, dovecot));
        instance = dovecot.instanceName();
        group = dovecot.masterPid();
        port = dovecot.pop3Port();
    }
    QVERIFY(DovecotFixture::findInstanceProcesses(instance, group).isEmpty());
    QVERIFY(refuses(QStringLiteral("127.0.0.1"), port));
}

void TestDovecotFixture::killedTestTakesDovecotDown()
{
    // This executable again, in helper mode (see main()): it starts a fixture, reports it, and
    // waits. SIGKILL gives it no chance to clean up; the parent-death signal must.
    QProcess helper;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SATCHEL_DOVECOT_HELPER"), QStringLiteral("1"));
    helper.setProcessEnvironment(environment);
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QCoreApplication::applicationFilePath(), QStringList());
    QVERIFY(helper.waitForStarted(kStepMs));
    QElapsedTimer timer;
    timer.start();
    while (!helper.canReadLine() && timer.elapsed() < 30000)
        helper.waitForReadyRead(1000);
    const QList<QByteArray> report = helper.readLine().trimmed().split(' ');
    QVERIFY2(report.size() == 4 && report.at(0) == "READY", report.join(' ').constData());
    const QString instance = QString::fromUtf8(report.at(1));
    const qint64 group = report.at(2).toLongLong();
    const QString instanceDir = QString::fromLocal8Bit(report.at(3));
    QVERIFY(!DovecotFixture::findInstanceProcesses(instance, group).isEmpty());

    helper.kill();
    QVERIFY(helper.waitForFinished(kStepMs));
    QVERIFY2(waitUntilGone(instance, group, 10000),
             qPrintable(describe(DovecotFixture::findInstanceProcesses(instance, group))));
    // The helper had no chance to remove its folder either.
    QVERIFY(instanceDir.contains(u"/dovecot-"));
    QVERIFY(QDir(instanceDir).removeRecursively());
}

void TestDovecotFixture::fixedPortInUse()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost));
    DovecotOptions options;
    options.pop3Port = squatter.serverPort();
    DovecotFixture dovecot(options);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!dovecot.start());
    qInfo("failed in %lld ms: %s", timer.elapsed(), qPrintable(dovecot.errorString()));
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY2(dovecot.errorString().contains(QString::number(squatter.serverPort())),
             qPrintable(dovecot.errorString()));
    QVERIFY2(dovecot.errorString().contains(u"already in use"), qPrintable(dovecot.errorString()));
    QVERIFY(!dovecot.isRunning());
    QVERIFY(dovecot.instanceProcesses().isEmpty());
}

void TestDovecotFixture::missingBinary()
{
    DovecotOptions options;
    options.dovecotBinary = QStringLiteral("/nonexistent/sbin/dovecot");
    DovecotFixture dovecot(options);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!dovecot.start());
    QVERIFY(timer.elapsed() < 2000);
    const QString error = dovecot.errorString();
    QVERIFY2(error.contains(u"/nonexistent/sbin/dovecot"), qPrintable(error));
    QVERIFY2(error.contains(u"dovecot-core") && error.contains(u"dovecot-pop3d"),
             qPrintable(error));
}

void TestDovecotFixture::rejectedConfig()
{
    DovecotOptions options;
    options.extraConfig << QStringLiteral("satchel_no_such_setting = 1");
    DovecotFixture dovecot(options);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!dovecot.start());
    qInfo("failed in %lld ms: %s", timer.elapsed(), qPrintable(dovecot.errorString()));
    QVERIFY(timer.elapsed() < 10000);
    const QString error = dovecot.errorString();
    QVERIFY2(error.contains(u"Unknown setting") && error.contains(u"satchel_no_such_setting"),
             qPrintable(error));
    QVERIFY(dovecot.instanceProcesses().isEmpty());
}

void TestDovecotFixture::failingServiceFailsFast()
{
    // The master starts and binds, but every login process dies at once: the ports accept and
    // never greet, and Dovecot keeps restarting it with growing pauses. This must end with
    // Dovecot's reason, not after the whole start timeout.
    DovecotOptions options;
    options.extraConfig << QStringLiteral("service pop3-login {\n  executable = /bin/false\n}");
    DovecotFixture dovecot(options);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!dovecot.start());
    qInfo("failed in %lld ms: %s", timer.elapsed(), qPrintable(dovecot.errorString()));
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY2(dovecot.errorString().contains(u"service(pop3-login)"),
             qPrintable(dovecot.errorString()));
    QVERIFY(dovecot.instanceProcesses().isEmpty());
}

void TestDovecotFixture::corpusOverPop3()
{
    SATCHEL_REQUIRE_CORPUS();
    DovecotFixture dovecot;
    QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
    const QString corpus = satchel::test::corpusDir();
    QVERIFY2(
        dovecot.mailbox().addFromTarball(corpus + u"/volume/spamassassin-public-corpus.tar.gz", 50),
        qPrintable(dovecot.mailbox().errorString()));
    // A second filler, as a test that fills the maildir itself would use; its files then need
    // handing to the mail user.
    CorpusMaildir mime(dovecot.maildir());
    QVERIFY2(mime.addFromFolder(corpus + u"/mime", {QStringLiteral("*.eml")}, 20),
             qPrintable(mime.errorString()));
    QVERIFY2(dovecot.fixMaildirOwnership(), qPrintable(dovecot.errorString()));
    const QList<MaildirMessage> messages = dovecot.mailbox().messages() + mime.messages();
    QCOMPARE(messages.size(), 70);

    QSslSocket socket;
    socket.setSslConfiguration(trusting(dovecot.certificate()));
    socket.connectToHostEncrypted(dovecot.host(), dovecot.pop3sPort());
    QVERIFY2(socket.waitForEncrypted(kStepMs), qPrintable(socket.errorString()));
    QVERIFY(readLine(socket).startsWith("+OK"));
    CHECKED(login(socket, dovecot));
    QCOMPARE(command(socket, "LIST"), QByteArray("+OK 70 messages:\r\n"));
    QByteArray expectedList;
    for (int i = 0; i < messages.size(); ++i)
        expectedList += QByteArray::number(i + 1) + ' '
            + QByteArray::number(CorpusMaildir::expectedPop3Size(messages.at(i).bytes)) + "\r\n";
    QCOMPARE(readMultiline(socket), expectedList + ".\r\n");
    for (int i = 0; i < messages.size(); ++i) {
        retrieveAndCompare(socket, i + 1, messages.at(i).bytes);
        if (QTest::currentTestFailed()) {
            qWarning("message %d came from %s", i + 1, qPrintable(messages.at(i).origin));
            return;
        }
    }
    QCOMPARE(command(socket, "QUIT").left(3), QByteArray("+OK"));
}

// Helper mode for killedTestTakesDovecotDown(): start, report, wait for stdin to close (or to
// be killed). Otherwise an ordinary QTest main.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (!qEnvironmentVariableIsEmpty("SATCHEL_DOVECOT_HELPER")) {
        DovecotFixture dovecot;
        if (!dovecot.start()) {
            std::fprintf(stderr, "%s\n", qPrintable(dovecot.errorString()));
            return 1;
        }
        std::printf("READY %s %lld %s\n", qPrintable(dovecot.instanceName()),
                    static_cast<long long>(dovecot.masterPid()), qPrintable(dovecot.instanceDir()));
        std::fflush(stdout);
        while (std::getchar() != EOF) { }
        return 0;
    }
    TestDovecotFixture test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dovecotfixture.moc"

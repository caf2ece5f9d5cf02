// The POP3 engine and `satchel fetch` against a real POP3 server, started privately by the test on
// loopback. Built once per server (SATCHEL_INTEROP_CYRUS, _COURIER, _DOVECOT): the rows are the
// same for each, and what each server does its own way (its SASL mechanisms, its UIDL format, its
// answer to APOP and to a wrong password) is one entry of serverTraits() below.
//
// SATCHEL_KILL_ROUNDS sets the number of kills in killedAtRandomMoments (default 4).
#include "CorpusMaildir.h"
#include "CourierFixture.h"
#include "CyrusFixture.h"
#include "DovecotServer.h"
#include "Must.h"
#include "SessionRun.h"
#include "pop3/Session.h"
#include "store/Archive.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace satchel;
using namespace satchel::pop3;
using satchel::test::must;
using satchel::test::Pop3ServerFixture;
using satchel::test::runSession;
using Outcome = satchel::test::SessionOutcome;

namespace {

// What differs from server to server, as found by running them.
struct ServerTraits
{
    const char *name;
    // The SASL mechanisms its CAPA lists over TLS, as configured by the fixture.
    QList<SaslMechanismKind> mechanisms;
    // What "the strongest the server offers" picks there.
    QByteArray automatic;
    // Its UIDLs, whole.
    QRegularExpression uidlFormat;
    // Whether its greeting carries an APOP timestamp; if so, whether APOP logs in.
    bool apopTimestamp;
    bool apopWorks;
    // The response code of its answer to a wrong password.
    ResponseCode authFailureCode;
    // Whether the kill rounds run here; tests/sync/tst_fetchkill runs many more against Dovecot.
    bool killRounds;
};

#if defined(SATCHEL_INTEROP_CYRUS)
using Server = satchel::test::CyrusFixture;
const ServerTraits &serverTraits()
{
    static const ServerTraits traits {
        "Cyrus",
        {SaslMechanismKind::Plain, SaslMechanismKind::Login, SaslMechanismKind::CramMd5,
         SaslMechanismKind::ScramSha1, SaslMechanismKind::ScramSha256},
        "SCRAM-SHA-256",
        // <UIDVALIDITY>.<UID>
        QRegularExpression(QStringLiteral(R"(^\d+\.\d+$)")),
        // A timestamp in every greeting, and APOP works: sasldb keeps the password itself.
        true,
        true,
        ResponseCode::Auth, // "-ERR [AUTH] Invalid login"
        true,
    };
    return traits;
}
#elif defined(SATCHEL_INTEROP_COURIER)
using Server = satchel::test::CourierFixture;
const ServerTraits &serverTraits()
{
    static const ServerTraits traits {
        "Courier",
        // As configured (POP3AUTH); Debian's default leaves SASL off.
        {SaslMechanismKind::Plain, SaslMechanismKind::Login},
        "PLAIN",
        // UID<n>-<UIDVALIDITY>, kept in the maildir's courierpop3dsizelist
        QRegularExpression(QStringLiteral(R"(^UID\d+-\d+$)")),
        // "+OK Hello there.": no timestamp, no APOP.
        false,
        false,
        // "-ERR Login failed.": no RESP-CODES.
        ResponseCode::None,
        true,
    };
    return traits;
}
#elif defined(SATCHEL_INTEROP_DOVECOT)
using Server = satchel::test::DovecotServer;
const ServerTraits &serverTraits()
{
    static const ServerTraits traits {
        "Dovecot",
        {SaslMechanismKind::Plain, SaslMechanismKind::Login, SaslMechanismKind::CramMd5,
         SaslMechanismKind::ScramSha1, SaslMechanismKind::ScramSha256},
        "SCRAM-SHA-256",
        // pop3_uidl_format's default %08Xu%08Xv: the UID, then UIDVALIDITY, 8 hex digits each
        QRegularExpression(QStringLiteral(R"(^[0-9a-f]{16}$)")),
        // A timestamp in every greeting; APOP works with the {PLAIN} password.
        true,
        true,
        ResponseCode::Auth, // "-ERR [AUTH] Authentication failed."
        false,
    };
    return traits;
}
#else
#error "build with SATCHEL_INTEROP_<SERVER> defined"
#endif

// Skips with the reason when the server is not here - or fails, when SATCHEL_REQUIRE_TEST_SERVERS
// is set as CI sets it, so that a broken image cannot pass by skipping.
#define REQUIRE_SERVER()                                                                           \
    do {                                                                                           \
        const QString missing = Server::missingReason();                                           \
        if (!missing.isEmpty()) {                                                                  \
            if (!qEnvironmentVariableIsEmpty("SATCHEL_REQUIRE_TEST_SERVERS"))                      \
                QFAIL(qPrintable(missing));                                                        \
            QSKIP(qPrintable(missing));                                                            \
        }                                                                                          \
    } while (false)

QByteArray key(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// The stored message from its first blank line on, as a client has it: the part of a delivered
// message no server rewrites (they add trace headers above it).
QByteArray bodyAsRetrieved(const QByteArray &stored)
{
    const QByteArray content = test::CorpusMaildir::expectedRetrContent(stored);
    const qsizetype blank = content.indexOf("\r\n\r\n");
    return blank < 0 ? QByteArray() : content.mid(blank);
}

int fromEnvironment(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value >= 0 ? value : fallback;
}

struct Run
{
    int code = -1;
    QByteArray out;
    bool killed = false;
};

} // namespace

class TestServerInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void login_data();
    void login();
    void apop();
    void wrongPassword();
    void retrieveEverything_data();
    void retrieveEverything();
    void selfSignedCertificate_data();
    void selfSignedCertificate();
    void deleteQuitReconnect();
    void fetchDeletesAfterDownload();
    void leaveOnServerForDays();
    void killedAtRandomMoments();

private:
    [[nodiscard]] SessionSettings settings(const Pop3ServerFixture &server,
                                           Security security) const;
    // A fresh server for one test, with `count` generated messages.
    [[nodiscard]] std::unique_ptr<Pop3ServerFixture> freshServer(int count);
    // Every message the server holds now, as the engine retrieves it: content key -> count.
    [[nodiscard]] QHash<QByteArray, int> onServer(const Pop3ServerFixture &server);
    [[nodiscard]] QHash<QByteArray, int> inArchive(const QString &profile) const;
    // `satchel --profile PROFILE ARGS`, the password on standard input; under faketime when
    // `fakeTime` is set (libfaketime's "+25h" form); SIGKILLed after killAfterMs when >= 0.
    [[nodiscard]] Run satchel(const QString &profile, const QStringList &arguments,
                              const QByteArray &input = {}, const QString &fakeTime = {},
                              int killAfterMs = -1);
    [[nodiscard]] bool addAccount(const QString &profile, const Pop3ServerFixture &server,
                                  const QString &security, const QString &leave);

    std::unique_ptr<Pop3ServerFixture> m_server;
    QList<QByteArray> m_stored;
    QTemporaryDir m_dir;
};

void TestServerInterop::initTestCase()
{
    REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
    m_stored = test::CorpusMaildir::syntheticMessages(150);
    m_server = freshServer(0);
    QVERIFY(m_server);
    QVERIFY2(m_server->deliver(m_stored), qPrintable(m_server->errorString()));
}

std::unique_ptr<Pop3ServerFixture> TestServerInterop::freshServer(int count)
{
    auto server = std::make_unique<Server>();
    if (!server->start()) {
        qWarning("%s", qPrintable(server->errorString()));
        return nullptr;
    }
    if (count > 0 && !server->deliver(test::CorpusMaildir::syntheticMessages(count))) {
        qWarning("%s", qPrintable(server->errorString()));
        return nullptr;
    }
    return server;
}

SessionSettings TestServerInterop::settings(const Pop3ServerFixture &server,
                                            Security security) const
{
    SessionSettings s;
    s.host = QStringLiteral("localhost");
    s.security = security;
    s.port = security == Security::ImplicitTls ? server.pop3sPort() : server.pop3Port();
    s.user = server.userName();
    s.secret = server.password();
    s.caCertificates = {server.certificate()};
    s.connectTimeoutMs = 10000;
    s.handshakeTimeoutMs = 10000;
    s.commandTimeoutMs = 30000;
    return s;
}

void TestServerInterop::login_data()
{
    QTest::addColumn<int>("security");
    QTest::addColumn<QString>("method"); // LoginMethod::name()
    QTest::addColumn<QByteArray>("used");
    const QList<std::pair<const char *, Security>> securities {
        {"implicit TLS", Security::ImplicitTls}, {"STLS", Security::StartTls}};
    for (const auto &[name, security] : securities) {
        for (const SaslMechanismKind kind : serverTraits().mechanisms) {
            QTest::addRow("%s %s", name, saslMechanismName(kind).constData())
                << int(security) << LoginMethod::sasl(kind).name() << saslMechanismName(kind);
        }
        QTest::addRow("%s automatic", name)
            << int(security) << LoginMethod::automatic().name() << serverTraits().automatic;
        QTest::addRow("%s USER", name)
            << int(security) << LoginMethod::userPass().name() << QByteArray("USER");
    }
}

void TestServerInterop::login()
{
    QFETCH(int, security);
    QFETCH(QString, method);
    QFETCH(QByteArray, used);
    SessionSettings s = settings(*m_server, Security(security));
    const std::optional<LoginMethod> loginMethod = LoginMethod::fromName(method);
    QVERIFY(loginMethod);
    s.loginMethod = *loginMethod;
    Session session(s);
    bool encrypted = false;
    connect(&session, &Session::opened, this, [&] { encrypted = session.isEncrypted(); });
    const Outcome outcome = runSession(session, [](Session &sn) { sn.stat(); });
    QVERIFY2(outcome.quit, qPrintable(outcome.error.message));
    QVERIFY(encrypted);
    QCOMPARE(session.authenticationUsed(), used);
    QCOMPARE(outcome.stat, int(m_stored.size()));
    // The server's own words, learned from CAPA after login.
    QVERIFY(session.capabilities().pipelining);
    QVERIFY(session.capabilities().uidl);
}

void TestServerInterop::apop()
{
    Session session([&] {
        SessionSettings s = settings(*m_server, Security::ImplicitTls);
        s.loginMethod = LoginMethod::apop();
        return s;
    }());
    const Outcome outcome = runSession(session, [](Session &sn) { sn.stat(); });
    if (!serverTraits().apopTimestamp) {
        QVERIFY(!outcome.quit);
        QVERIFY2(outcome.error.message.contains(QStringLiteral("APOP")),
                 qPrintable(outcome.error.message));
        return;
    }
    if (serverTraits().apopWorks) {
        QVERIFY2(outcome.quit, qPrintable(outcome.error.message));
        QCOMPARE(session.authenticationUsed(), QByteArray("APOP"));
        return;
    }
    // A timestamp in the greeting but no APOP secret for the user: the server says [AUTH]
    // although the password is right - the case the issue's login fallback is about.
    QCOMPARE(outcome.error.kind, ErrorKind::AuthenticationFailed);
    QCOMPARE(outcome.error.code, ResponseCode::Auth);
}

void TestServerInterop::wrongPassword()
{
    for (const Security security : {Security::ImplicitTls, Security::StartTls}) {
        for (const LoginMethod &method : {LoginMethod::automatic(), LoginMethod::userPass()}) {
            SessionSettings s = settings(*m_server, security);
            s.secret = QStringLiteral("not the password");
            s.loginMethod = method;
            Session session(s);
            const Outcome outcome = runSession(session, [](Session &) {});
            QCOMPARE(outcome.error.kind, ErrorKind::AuthenticationFailed);
            QCOMPARE(outcome.error.code, serverTraits().authFailureCode);
        }
    }
}

void TestServerInterop::retrieveEverything_data()
{
    QTest::addColumn<bool>("pipelining");
    QTest::newRow("pipelined") << true;
    QTest::newRow("sequential") << false;
}

void TestServerInterop::retrieveEverything()
{
    QFETCH(bool, pipelining);
    SessionSettings s = settings(*m_server, Security::ImplicitTls);
    s.usePipelining = pipelining;
    Session session(s);
    QList<MessageSize> sizes;
    // LIST first, then RETR every message it names and UIDL, the way a fetch does.
    connect(&session, &Session::listReceived, &session, [&](const QList<MessageSize> &list) {
        sizes = list;
        for (const MessageSize &entry : list)
            session.retrieve(entry.number, entry.octets);
        session.uidl();
        session.quit();
    });
    const Outcome outcome = runSession(
        session, [](Session &sn) { sn.list(); }, 120000, false);
    QVERIFY2(outcome.quit, qPrintable(outcome.error.message));
    QCOMPARE(session.isPipelining(), pipelining && session.capabilities().pipelining);

    QCOMPARE(sizes.size(), m_stored.size());
    QCOMPARE(outcome.messages.size(), m_stored.size());
    QCOMPARE(outcome.uidls.size(), m_stored.size());
    QSet<QByteArray> uidls;
    for (qsizetype i = 0; i < m_stored.size(); ++i) {
        const int number = int(i) + 1;
        const QByteArray got = outcome.messages.value(number);
        // LIST counts the message as sent, CRLF line ends and all.
        QCOMPARE(sizes.at(i).octets, qint64(got.size()));
        if (!got.endsWith(bodyAsRetrieved(m_stored.at(i))))
            QFAIL(qPrintable(
                QStringLiteral("message %1 does not end with the body delivered").arg(number)));
        const QByteArray uidl = outcome.uidls.at(i).uidl;
        QVERIFY2(serverTraits().uidlFormat.match(QString::fromLatin1(uidl)).hasMatch(),
                 uidl.constData());
        uidls.insert(uidl);
    }
    QCOMPARE(uidls.size(), m_stored.size()); // unique
}

void TestServerInterop::selfSignedCertificate_data()
{
    QTest::addColumn<int>("security");
    QTest::addColumn<bool>("pin");
    QTest::newRow("implicit TLS, refused") << int(Security::ImplicitTls) << false;
    QTest::newRow("implicit TLS, pinned") << int(Security::ImplicitTls) << true;
    QTest::newRow("STLS, refused") << int(Security::StartTls) << false;
    QTest::newRow("STLS, pinned") << int(Security::StartTls) << true;
}

void TestServerInterop::selfSignedCertificate()
{
    QFETCH(int, security);
    QFETCH(bool, pin);
    SessionSettings s = settings(*m_server, Security(security));
    s.caCertificates.clear(); // the system's CAs only: a self-signed certificate fails
    if (pin)
        s.acceptedCertificateSha256 = m_server->certificateSha256();
    Session session(s);
    const Outcome outcome = runSession(session, [](Session &sn) { sn.stat(); });
    if (pin) {
        QVERIFY2(outcome.quit, qPrintable(outcome.error.message));
        return;
    }
    QCOMPARE(outcome.error.kind, ErrorKind::CertificateRejected);
    QVERIFY(!outcome.error.certificateErrors.isEmpty());
    QCOMPARE(outcome.error.certificateChain.value(0), m_server->certificate());
}

void TestServerInterop::deleteQuitReconnect()
{
    // Changes the mailbox: after every test that reads it.
    const QList<int> doomed {1, 2, 100};
    QByteArrayList doomedUidls;
    {
        Session session(settings(*m_server, Security::ImplicitTls));
        const Outcome outcome = runSession(session, [&](Session &sn) {
            sn.uidl();
            for (int n : doomed)
                sn.remove(n);
        });
        QVERIFY2(outcome.quit, qPrintable(outcome.error.message));
        QCOMPARE(outcome.deleted, doomed);
        for (const UidlEntry &e : outcome.uidls) {
            if (doomed.contains(e.number))
                doomedUidls << e.uidl;
        }
    }
    QCOMPARE(doomedUidls.size(), doomed.size());
    {
        Session session(settings(*m_server, Security::StartTls));
        const Outcome outcome = runSession(session, [](Session &sn) { sn.uidl(); });
        QVERIFY2(outcome.quit, qPrintable(outcome.error.message));
        QCOMPARE(outcome.uidls.size(), m_stored.size() - doomed.size());
        for (const UidlEntry &e : outcome.uidls)
            QVERIFY(!doomedUidls.contains(e.uidl));
    }
    // Deletions that QUIT did not confirm are not applied: DELE, then the link drops.
    {
        Session session(settings(*m_server, Security::ImplicitTls));
        bool deleted = false;
        connect(&session, &Session::messageDeleted, &session, [&] {
            deleted = true;
            session.cancel();
        });
        session.remove(1);
        session.open();
        QTRY_VERIFY_WITH_TIMEOUT(deleted, 30000);
    }
    // The server may take a moment to notice the dropped link and unlock the mailbox.
    Outcome outcome;
    for (int attempt = 0; attempt < 20; ++attempt) {
        Session session(settings(*m_server, Security::ImplicitTls));
        outcome = runSession(session, [](Session &sn) { sn.stat(); });
        if (outcome.quit || outcome.error.code != ResponseCode::InUse)
            break;
        QTest::qWait(100);
    }
    QVERIFY2(outcome.quit, qPrintable(outcome.error.message));
    QCOMPARE(outcome.stat, int(m_stored.size() - doomed.size()));
}

Run TestServerInterop::satchel(const QString &profile, const QStringList &arguments,
                               const QByteArray &input, const QString &fakeTime, int killAfterMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("SATCHEL_NO_KEYCHAIN"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    QString program = QStringLiteral(SATCHEL_BINARY);
    QStringList args = QStringList {QStringLiteral("--profile"), profile} + arguments;
    if (!fakeTime.isEmpty()) {
        // libfaketime comes before the sanitizer runtime in the preload list; ASan would refuse.
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   env.value(QStringLiteral("ASAN_OPTIONS")) + u":verify_asan_link_order=0");
        args.prepend(program);
        args = QStringList {QStringLiteral("-f"), fakeTime} + args;
        program = QStandardPaths::findExecutable(QStringLiteral("faketime"));
    }
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    bool killed = false;
    if (killAfterMs >= 0) {
        QTimer::singleShot(killAfterMs, &p, [&] {
            if (p.state() == QProcess::Running) {
                killed = true;
                p.kill(); // SIGKILL: no handler, no cleanup, no flushing
            }
        });
    }
    p.start(program, args);
    if (!p.waitForStarted(10000))
        qFatal("satchel did not start");
    p.write(input);
    p.closeWriteChannel();
    QEventLoop loop;
    connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    if (p.state() != QProcess::NotRunning)
        qFatal("satchel did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll(), killed};
}

bool TestServerInterop::addAccount(const QString &profile, const Pop3ServerFixture &server,
                                   const QString &security, const QString &leave)
{
    const QString ca = m_dir.filePath(QStringLiteral("ca-%1.pem").arg(server.pop3Port()));
    QFile f(ca);
    if (!f.open(QIODevice::WriteOnly) || f.write(server.certificate().toPem()) <= 0)
        return false;
    f.close();
    const quint16 port = security == u"tls" ? server.pop3sPort() : server.pop3Port();
    const Run r = satchel(
        profile,
        {QStringLiteral("account"), QStringLiteral("add"), QString::fromLatin1(serverTraits().name),
         QStringLiteral("--host"), server.host(), QStringLiteral("--port"), QString::number(port),
         QStringLiteral("--security"), security, QStringLiteral("--user"), server.userName(),
         QStringLiteral("--ca-file"), ca, QStringLiteral("--leave-on-server"), leave});
    if (r.code != 0)
        qWarning("account add: %s", r.out.constData());
    return r.code == 0;
}

QHash<QByteArray, int> TestServerInterop::onServer(const Pop3ServerFixture &server)
{
    // A killed fetch may leave the mailbox locked for a moment.
    for (int attempt = 0; attempt < 50; ++attempt) {
        Session session(settings(server, Security::ImplicitTls));
        connect(&session, &Session::listReceived, &session, [&](const QList<MessageSize> &list) {
            for (const MessageSize &entry : list)
                session.retrieve(entry.number, entry.octets);
            session.quit();
        });
        const Outcome outcome = runSession(
            session, [](Session &sn) { sn.list(); }, 60000, false);
        if (outcome.quit) {
            QHash<QByteArray, int> counts;
            for (const QByteArray &raw : outcome.messages)
                ++counts[key(raw)];
            return counts;
        }
        if (outcome.error.code != ResponseCode::InUse)
            qFatal("cannot read the server's mailbox: %s", qPrintable(outcome.error.message));
        QTest::qWait(100);
    }
    qFatal("the server's mailbox stays locked");
}

QHash<QByteArray, int> TestServerInterop::inArchive(const QString &profile) const
{
    QHash<QByteArray, int> counts;
    auto archive = must(store::Archive::open(profile + u"/archive.sqlite"));
    for (qint64 id : must(archive->messageIds()))
        ++counts[key(must(archive->rawMessage(id)))];
    return counts;
}

void TestServerInterop::fetchDeletesAfterDownload()
{
    const std::unique_ptr<Pop3ServerFixture> server = freshServer(30);
    QVERIFY(server);
    const QHash<QByteArray, int> expected = onServer(*server);
    const QString profile = m_dir.filePath(QStringLiteral("delete"));
    QVERIFY(addAccount(profile, *server, QStringLiteral("tls"), QStringLiteral("no")));
    const QByteArray password = server->password().toUtf8() + '\n';
    Run r
        = satchel(profile, {QStringLiteral("fetch"), QStringLiteral("--password-stdin")}, password);
    QVERIFY2(r.code == 0, r.out.constData());
    QVERIFY2(r.out.contains("30 new, 0 partial, 30 deleted on the server, 0 left"),
             r.out.constData());
    QVERIFY(onServer(*server).isEmpty());
    QCOMPARE(inArchive(profile), expected); // byte for byte what the server sent

    // The same through STLS, in a second profile.
    QVERIFY(server->deliver(test::CorpusMaildir::syntheticMessages(5, 31)));
    const QString stls = m_dir.filePath(QStringLiteral("delete-stls"));
    QVERIFY(addAccount(stls, *server, QStringLiteral("starttls"), QStringLiteral("no")));
    r = satchel(stls, {QStringLiteral("fetch"), QStringLiteral("--password-stdin")}, password);
    QVERIFY2(r.code == 0, r.out.constData());
    QVERIFY2(r.out.contains("5 new, 0 partial, 5 deleted on the server, 0 left"),
             r.out.constData());
    QVERIFY(onServer(*server).isEmpty());
    QCOMPARE(satchel(profile, {QStringLiteral("check")}).code, 0);
}

void TestServerInterop::leaveOnServerForDays()
{
    if (QStandardPaths::findExecutable(QStringLiteral("faketime")).isEmpty()) {
        const char *reason = "faketime is not installed (the Debian package faketime)";
        if (!qEnvironmentVariableIsEmpty("SATCHEL_REQUIRE_TEST_SERVERS"))
            QFAIL(reason);
        QSKIP(reason);
    }
    const std::unique_ptr<Pop3ServerFixture> server = freshServer(10);
    QVERIFY(server);
    const QString profile = m_dir.filePath(QStringLiteral("days"));
    QVERIFY(addAccount(profile, *server, QStringLiteral("starttls"), QStringLiteral("days:1")));
    const QByteArray password = server->password().toUtf8() + '\n';
    const QStringList fetch {QStringLiteral("fetch"), QStringLiteral("--password-stdin")};

    Run r = satchel(profile, fetch, password);
    QVERIFY2(r.code == 0, r.out.constData());
    QVERIFY2(r.out.contains("10 new, 0 partial, 0 deleted on the server, 10 left"),
             r.out.constData());
    // Within the day (the test certificate is valid for two): all stay.
    r = satchel(profile, fetch, password, QStringLiteral("+23h"));
    QVERIFY2(r.code == 0, r.out.constData());
    QVERIFY2(r.out.contains("0 new, 0 partial, 0 deleted on the server, 10 left"),
             r.out.constData());
    // Three more arrive; a day and an hour on, the first ten go and the three stay.
    QVERIFY(server->deliver(test::CorpusMaildir::syntheticMessages(3, 11)));
    r = satchel(profile, fetch, password, QStringLiteral("+25h"));
    QVERIFY2(r.code == 0, r.out.constData());
    QVERIFY2(r.out.contains("3 new, 0 partial, 10 deleted on the server, 3 left"),
             r.out.constData());
    const QHash<QByteArray, int> left = onServer(*server);
    QCOMPARE(left.size(), 3);
    QCOMPARE(inArchive(profile).size(), 13);
}

void TestServerInterop::killedAtRandomMoments()
{
    // A short version of tests/sync/tst_fetchkill against this server: `satchel fetch` (delete
    // after download) SIGKILLed at random moments; after each round nothing is lost and nothing
    // is stored twice.
    if (!serverTraits().killRounds)
        QSKIP("tests/sync/tst_fetchkill kills fetches from this server, many more times");
    const int messages = 200;
    const std::unique_ptr<Pop3ServerFixture> server = freshServer(messages);
    QVERIFY(server);
    // As the server sends them: its trace headers differ from one delivery to the next.
    QHash<QByteArray, int> expected = onServer(*server);
    QCOMPARE(expected.size(), messages);
    const QByteArray password = server->password().toUtf8() + '\n';
    int profiles = 0;
    QString profile;
    auto newProfile = [&] {
        profile = m_dir.filePath(QStringLiteral("kill-%1").arg(++profiles));
        return addAccount(profile, *server, QStringLiteral("tls"), QStringLiteral("no"));
    };
    QVERIFY(newProfile());

    const int wantedKills = fromEnvironment("SATCHEL_KILL_ROUNDS", 4);
    const quint32 seed = quint32(
        fromEnvironment("SATCHEL_KILL_SEED", int(QRandomGenerator::global()->bounded(1 << 30))));
    QRandomGenerator random(seed);
    qInfo("%d messages, %d kills, seed %u (SATCHEL_KILL_SEED replays it)", messages, wantedKills,
          seed);
    int kills = 0;
    int rounds = 0;
    while (kills < wantedKills) {
        ++rounds;
        QVERIFY2(rounds <= 10 * wantedKills + 20, "the kills do not happen");
        const int delay = int(random.bounded(600));
        const Run r
            = satchel(profile, {QStringLiteral("fetch"), QStringLiteral("--password-stdin")},
                      password, {}, delay);
        if (r.killed)
            ++kills;
        // A kill can leave the mailbox locked for a moment: exit 75 (ExitCode::TryLater).
        QVERIFY2(r.killed || r.code == 0 || r.code == 75, r.out.constData());
        const QHash<QByteArray, int> archived = inArchive(profile);
        const QHash<QByteArray, int> left = onServer(*server);
        for (auto it = archived.cbegin(); it != archived.cend(); ++it) {
            QVERIFY2(expected.contains(it.key()), "the archive holds bytes no message had");
            QVERIFY2(it.value() <= 1,
                     qPrintable(QStringLiteral("round %1: a message was stored "
                                               "twice")
                                    .arg(rounds)));
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QVERIFY2(archived.value(it.key()) + left.value(it.key()) >= 1,
                     qPrintable(QStringLiteral("round %1 (killed after %2 ms): a message is "
                                               "neither on the server nor in the archive")
                                    .arg(rounds)
                                    .arg(delay)));
        }
        if (!r.killed && r.code == 0 && left.isEmpty() && kills < wantedKills) {
            // Everything fetched before enough kills: the same mail again, into a fresh profile.
            QCOMPARE(archived, expected);
            QVERIFY(newProfile());
            QVERIFY(server->deliver(test::CorpusMaildir::syntheticMessages(messages)));
            expected = onServer(*server);
            QCOMPARE(expected.size(), messages);
        }
    }
    Run last;
    for (int attempt = 0; attempt < 10; ++attempt) {
        last = satchel(profile, {QStringLiteral("fetch"), QStringLiteral("--password-stdin")},
                       password);
        if (last.code != 75)
            break;
        QTest::qWait(300);
    }
    QVERIFY2(last.code == 0, last.out.constData());
    QCOMPARE(inArchive(profile), expected);
    QVERIFY(onServer(*server).isEmpty());
    QCOMPARE(satchel(profile, {QStringLiteral("check")}).code, 0);
}

QTEST_GUILESS_MAIN(TestServerInterop)
#include "tst_serverinterop.moc"

// The POP3 engine against a real server: Debian's Dovecot, started privately by the test.
#include "DovecotFixture.h"
#include "TestPaths.h"
#include "pop3/Session.h"

#include <QDir>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace satchel::pop3;
using satchel::test::CorpusMaildir;
using satchel::test::DovecotFixture;

namespace {

// Runs an event loop until `done`, at most `timeoutMs`. Not QTRY_VERIFY: QTest::qWait() sleeps
// 10 ms between rounds, which would make each unpipelined command look 10 ms slow.
void waitUntil(const bool &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done)
            loop.quit();
    });
    poll.start(1);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs `session` to its end (quitDone or failed), bounded.
struct Outcome
{
    bool quit = false;
    Pop3Error error;
    QList<UidlEntry> uidls;
    QList<MessageSize> sizes;
    QHash<int, QByteArray> messages;
    QList<int> deleted;
    int stat = -1;
};

Outcome run(Session &session, const std::function<void(Session &)> &queue, int timeoutMs = 60000)
{
    Outcome outcome;
    bool done = false;
    QObject::connect(&session, &Session::quitDone, &session, [&] {
        outcome.quit = true;
        done = true;
    });
    QObject::connect(&session, &Session::failed, &session, [&](const Pop3Error &error) {
        outcome.error = error;
        done = true;
    });
    QObject::connect(&session, &Session::uidlReceived, &session,
                     [&](const QList<UidlEntry> &entries) { outcome.uidls += entries; });
    QObject::connect(&session, &Session::listReceived, &session,
                     [&](const QList<MessageSize> &sizes) { outcome.sizes += sizes; });
    QObject::connect(&session, &Session::statReceived, &session,
                     [&](int count, qint64) { outcome.stat = count; });
    QObject::connect(&session, &Session::messageRetrieved, &session,
                     [&](int n, const QByteArray &raw) { outcome.messages.insert(n, raw); });
    QObject::connect(&session, &Session::messageDeleted, &session,
                     [&](int n) { outcome.deleted << n; });
    QObject::connect(&session, &Session::commandFailed, &session,
                     [&](Session::Command, int, const Pop3Error &error) { outcome.error = error; });
    queue(session);
    session.quit();
    session.open();
    waitUntil(done, timeoutMs);
    if (!done)
        outcome.error = Pop3Error {
            ErrorKind::Timeout, QStringLiteral("the test gave up waiting"), {}, {}, {}, {}};
    return outcome;
}

} // namespace

class TestDovecotInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void login_data();
    void login();
    void retrieveEverything_data();
    void retrieveEverything();
    void selfSignedCertificate_data();
    void selfSignedCertificate();
    void deleteQuitReconnect();
    void automaticLoginFallsBack();
    // Last: after a failed login Dovecot delays every login from this address for a while.
    void wrongPassword();

private:
    SessionSettings settings(Security security) const;

    std::unique_ptr<DovecotFixture> m_dovecot;
    QList<satchel::test::MaildirMessage> m_stored;
};

void TestDovecotInterop::initTestCase()
{
    SATCHEL_REQUIRE_DOVECOT();
    satchel::test::DovecotOptions options;
    // Dovecot waits two seconds before it answers a failed login; the wrong-password test needs
    // the answer, not the wait.
    options.extraConfig << QStringLiteral("auth_failure_delay = 0")
                        // No per-address penalty after a failed login (anvil), for the same reason.
                        << QStringLiteral("login_trusted_networks = 127.0.0.0/8");
    m_dovecot = std::make_unique<DovecotFixture>(options);
    QVERIFY2(m_dovecot->start(), qPrintable(m_dovecot->errorString()));

    // At least 1000 messages: real mail from the corpus when it is here, generated mail otherwise
    // (so the test means something on a fresh clone too).
    CorpusMaildir &mailbox = m_dovecot->mailbox();
    const QString corpus = satchel::test::corpusDir();
    if (!corpus.isEmpty()) {
        QVERIFY2(mailbox.addFromTarball(
                     corpus + QStringLiteral("/volume/spamassassin-public-corpus.tar.gz"), 1000),
                 qPrintable(mailbox.errorString()));
        QVERIFY2(mailbox.addFromFolder(corpus + QStringLiteral("/mime/python-email"),
                                       {QStringLiteral("msg_*.txt")}, 20),
                 qPrintable(mailbox.errorString()));
    } else {
        qInfo("%s; serving generated mail instead", satchel::test::corpusMissingReason());
        QVERIFY2(mailbox.addSynthetic(1020), qPrintable(mailbox.errorString()));
    }
    m_stored = mailbox.messages();
    QVERIFY(m_stored.size() >= 1000);
}

void TestDovecotInterop::cleanupTestCase()
{
    m_dovecot.reset();
}

SessionSettings TestDovecotInterop::settings(Security security) const
{
    SessionSettings s;
    s.host = QStringLiteral("localhost");
    s.security = security;
    s.port = security == Security::ImplicitTls ? m_dovecot->pop3sPort() : m_dovecot->pop3Port();
    s.user = m_dovecot->userName();
    s.secret = m_dovecot->password();
    s.caCertificates = {m_dovecot->certificate()};
    s.connectTimeoutMs = 10000;
    s.handshakeTimeoutMs = 10000;
    s.commandTimeoutMs = 30000;
    return s;
}

void TestDovecotInterop::login_data()
{
    QTest::addColumn<int>("security");
    QTest::addColumn<QString>("method"); // LoginMethod::name()
    QTest::addColumn<QByteArray>("used");
    const QList<std::pair<const char *, Security>> securities {
        {"implicit TLS", Security::ImplicitTls}, {"STLS", Security::StartTls}};
    for (const auto &[name, security] : securities) {
        for (const auto kind :
             {SaslMechanismKind::Plain, SaslMechanismKind::Login, SaslMechanismKind::CramMd5,
              SaslMechanismKind::ScramSha1, SaslMechanismKind::ScramSha256}) {
            QTest::addRow("%s %s", name, saslMechanismName(kind).constData())
                << int(security) << LoginMethod::sasl(kind).name() << saslMechanismName(kind);
        }
        QTest::addRow("%s automatic", name)
            << int(security) << LoginMethod::automatic().name() << QByteArray("SCRAM-SHA-256");
        QTest::addRow("%s APOP", name)
            << int(security) << LoginMethod::apop().name() << QByteArray("APOP");
        QTest::addRow("%s USER", name)
            << int(security) << LoginMethod::userPass().name() << QByteArray("USER");
    }
}

void TestDovecotInterop::login()
{
    QFETCH(int, security);
    QFETCH(QString, method);
    QFETCH(QByteArray, used);
    SessionSettings s = settings(Security(security));
    const std::optional<LoginMethod> loginMethod = LoginMethod::fromName(method);
    QVERIFY(loginMethod);
    s.loginMethod = *loginMethod;
    Session session(s);
    bool encrypted = false;
    connect(&session, &Session::opened, this, [&] { encrypted = session.isEncrypted(); });
    const Outcome outcome = run(session, [](Session &sn) { sn.stat(); });
    QVERIFY2(outcome.quit, qPrintable(outcome.error.message));
    QVERIFY(encrypted);
    QCOMPARE(session.authenticationUsed(), used);
    QCOMPARE(outcome.stat, int(m_stored.size()));
    // Dovecot's own words, learned from CAPA after login.
    QVERIFY(session.capabilities().pipelining);
    QVERIFY(session.capabilities().uidl);
}

void TestDovecotInterop::retrieveEverything_data()
{
    QTest::addColumn<bool>("pipelining");
    QTest::newRow("pipelined") << true;
    QTest::newRow("sequential") << false;
}

void TestDovecotInterop::retrieveEverything()
{
    QFETCH(bool, pipelining);
    SessionSettings s = settings(Security::ImplicitTls);
    s.usePipelining = pipelining;
    Session session(s);
    QList<MessageSize> sizes;
    // LIST first, then RETR every message it names, the way a fetch does.
    connect(&session, &Session::listReceived, &session, [&](const QList<MessageSize> &list) {
        sizes = list;
        for (const MessageSize &entry : list)
            session.retrieve(entry.number, entry.octets);
        session.uidl();
    });
    bool quitQueued = false;
    connect(&session, &Session::uidlReceived, &session, [&] {
        if (!quitQueued)
            quitQueued = true;
    });
    Outcome outcome;
    bool done = false;
    connect(&session, &Session::messageRetrieved, &session,
            [&](int n, const QByteArray &raw) { outcome.messages.insert(n, raw); });
    connect(&session, &Session::uidlReceived, &session, [&](const QList<UidlEntry> &e) {
        outcome.uidls = e;
        session.quit();
    });
    connect(&session, &Session::quitDone, &session, [&] {
        outcome.quit = true;
        done = true;
    });
    connect(&session, &Session::failed, &session, [&](const Pop3Error &error) {
        outcome.error = error;
        done = true;
    });
    session.list();
    session.open();
    waitUntil(done, 120000);
    QVERIFY2(done, "gave up waiting for the retrieval");
    QVERIFY2(outcome.quit, qPrintable(outcome.error.message));
    QCOMPARE(session.isPipelining(), pipelining);

    QCOMPARE(sizes.size(), m_stored.size());
    QCOMPARE(outcome.messages.size(), m_stored.size());
    QCOMPARE(outcome.uidls.size(), m_stored.size());
    QSet<QByteArray> uidls;
    for (qsizetype i = 0; i < m_stored.size(); ++i) {
        const int number = int(i) + 1;
        const QByteArray &stored = m_stored.at(i).bytes;
        QCOMPARE(sizes.at(i).octets, CorpusMaildir::expectedPop3Size(stored));
        const QByteArray got = outcome.messages.value(number);
        if (got != CorpusMaildir::expectedRetrContent(stored))
            QFAIL(qPrintable(QStringLiteral("message %1 (%2) differs from the maildir file")
                                 .arg(number)
                                 .arg(m_stored.at(i).origin)));
        uidls.insert(outcome.uidls.at(i).uidl);
    }
    QCOMPARE(uidls.size(), m_stored.size()); // unique
}

void TestDovecotInterop::selfSignedCertificate_data()
{
    QTest::addColumn<int>("security");
    QTest::addColumn<bool>("pin");
    QTest::newRow("implicit TLS, refused") << int(Security::ImplicitTls) << false;
    QTest::newRow("implicit TLS, pinned") << int(Security::ImplicitTls) << true;
    QTest::newRow("STLS, refused") << int(Security::StartTls) << false;
    QTest::newRow("STLS, pinned") << int(Security::StartTls) << true;
}

void TestDovecotInterop::selfSignedCertificate()
{
    QFETCH(int, security);
    QFETCH(bool, pin);
    SessionSettings s = settings(Security(security));
    s.caCertificates.clear(); // the system's CAs only: a self-signed certificate fails
    if (pin)
        s.acceptedCertificateSha256 = m_dovecot->certificateSha256();
    Session session(s);
    const Outcome outcome = run(session, [](Session &sn) { sn.stat(); });
    if (pin) {
        QVERIFY2(outcome.quit, qPrintable(outcome.error.message));
        return;
    }
    QCOMPARE(outcome.error.kind, ErrorKind::CertificateRejected);
    QVERIFY(!outcome.error.certificateErrors.isEmpty());
    QCOMPARE(outcome.error.certificateChain.value(0), m_dovecot->certificate());
}

void TestDovecotInterop::automaticLoginFallsBack()
{
    // Passwords stored as SHA512-CRYPT while auth_mechanisms still lists APOP, CRAM-MD5 and
    // SCRAM: Dovecot puts a timestamp in its greeting and lists the mechanisms, then refuses each
    // one it cannot check against a hash. The automatic login must still get in, and fetch all.
    // Dovecot's own delays stay on: each refusal from this address waits longer (0.5, 4, 8,
    // 15 s), which is why the fallback goes straight to PLAIN over TLS.
    satchel::test::DovecotOptions options;
    options.passwordScheme = QStringLiteral("SHA512-CRYPT");
    DovecotFixture dovecot(options);
    QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
    QVERIFY2(dovecot.mailbox().addSynthetic(25), qPrintable(dovecot.mailbox().errorString()));
    const QList<satchel::test::MaildirMessage> stored = dovecot.mailbox().messages();

    SessionSettings s;
    s.host = dovecot.host();
    s.port = dovecot.pop3sPort();
    s.security = Security::ImplicitTls;
    s.user = dovecot.userName();
    s.secret = dovecot.password();
    s.caCertificates = {dovecot.certificate()};
    Session session(s);
    // All of them, then QUIT: run() queues QUIT right after the LIST.
    QHash<int, QByteArray> messages;
    connect(&session, &Session::messageRetrieved, &session,
            [&](int n, const QByteArray &raw) { messages.insert(n, raw); });
    const Outcome outcome = run(session, [&stored](Session &sn) {
        for (qsizetype i = 0; i < stored.size(); ++i)
            sn.retrieve(int(i) + 1);
    });
    QVERIFY2(outcome.quit, qPrintable(outcome.error.message + u'\n' + dovecot.logTail()));
    // Over TLS, straight from the refused SCRAM-SHA-256 to PLAIN, which works with any scheme.
    QCOMPARE(session.authenticationUsed(), QByteArray("PLAIN"));
    QCOMPARE(session.refusedLogins(), QList<QByteArray> {"SCRAM-SHA-256"});
    QCOMPARE(messages.size(), stored.size());
    for (qsizetype i = 0; i < stored.size(); ++i)
        QCOMPARE(messages.value(int(i) + 1),
                 CorpusMaildir::expectedRetrContent(stored.at(i).bytes));

    // Told to use APOP, the session does exactly that and nothing else.
    s.loginMethod = LoginMethod::apop();
    Session chosen(s);
    const Outcome refusedOutcome = run(chosen, [](Session &) {});
    QCOMPARE(refusedOutcome.error.kind, ErrorKind::AuthenticationFailed);
    QCOMPARE(chosen.refusedLogins(), QList<QByteArray> {"APOP"});
    QVERIFY2(refusedOutcome.error.message.contains(QLatin1String("PLAIN")),
             qPrintable(refusedOutcome.error.message));
}

void TestDovecotInterop::wrongPassword()
{
    for (const Security security : {Security::ImplicitTls, Security::StartTls}) {
        SessionSettings s = settings(security);
        s.secret = QStringLiteral("not the password");
        Session session(s);
        const Outcome outcome = run(session, [](Session &) {});
        QCOMPARE(outcome.error.kind, ErrorKind::AuthenticationFailed);
        QCOMPARE(outcome.error.code, ResponseCode::Auth); // Dovecot says [AUTH]
    }
}

void TestDovecotInterop::deleteQuitReconnect()
{
    // Runs last: it changes the mailbox.
    const QList<int> doomed {1, 2, 500};
    QByteArrayList doomedUidls;
    {
        Session session(settings(Security::ImplicitTls));
        connect(&session, &Session::uidlReceived, &session, [&](const QList<UidlEntry> &entries) {
            for (const UidlEntry &e : entries) {
                if (doomed.contains(e.number))
                    doomedUidls << e.uidl;
            }
        });
        const Outcome outcome = run(session, [&](Session &sn) {
            sn.uidl();
            for (int n : doomed)
                sn.remove(n);
        });
        QVERIFY2(outcome.quit, qPrintable(outcome.error.message));
        QCOMPARE(outcome.deleted, doomed);
    }
    QCOMPARE(doomedUidls.size(), doomed.size());
    {
        Session session(settings(Security::StartTls));
        const Outcome outcome = run(session, [](Session &sn) {
            sn.stat();
            sn.uidl();
        });
        QVERIFY2(outcome.quit, qPrintable(outcome.error.message));
        QCOMPARE(outcome.stat, int(m_stored.size() - doomed.size()));
        for (const UidlEntry &e : outcome.uidls)
            QVERIFY(!doomedUidls.contains(e.uidl));
    }
    // Deletions that were not confirmed by QUIT are not applied: DELE then a dropped session.
    {
        Session session(settings(Security::ImplicitTls));
        bool deleted = false;
        connect(&session, &Session::messageDeleted, &session, [&] {
            deleted = true;
            session.cancel(); // the link goes away before QUIT
        });
        session.remove(1);
        session.open();
        QTRY_VERIFY_WITH_TIMEOUT(deleted, 30000);
    }
    {
        Session session(settings(Security::ImplicitTls));
        const Outcome outcome = run(session, [](Session &sn) { sn.stat(); });
        QVERIFY2(outcome.quit, qPrintable(outcome.error.message));
        QCOMPARE(outcome.stat, int(m_stored.size() - doomed.size()));
    }
}

QTEST_GUILESS_MAIN(TestDovecotInterop)
#include "tst_dovecotinterop.moc"

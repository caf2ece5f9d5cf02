// The POP3 engine against a real server: Debian's Dovecot, started privately by the test, serving
// 1000 corpus messages that must arrive byte for byte as Dovecot's wire conversion makes them.
// The rows Dovecot shares with Cyrus and Courier (logins, certificates, a wrong password,
// deletion, `satchel fetch`) are in tst_serverinterop.cpp, built for Dovecot as
// tst_interop_dovecot.
#include "DovecotFixture.h"
#include "SessionRun.h"
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
using satchel::test::waitUntil;
using Outcome = satchel::test::SessionOutcome;

class TestDovecotInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void retrieveEverything_data();
    void retrieveEverything();
    void automaticLoginFallsBack();

private:
    SessionSettings settings(Security security) const;

    std::unique_ptr<DovecotFixture> m_dovecot;
    QList<satchel::test::MaildirMessage> m_stored;
};

void TestDovecotInterop::initTestCase()
{
    SATCHEL_REQUIRE_DOVECOT();
    m_dovecot = std::make_unique<DovecotFixture>();
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
    // All of them, then QUIT: runSession() queues QUIT right after the LIST.
    QHash<int, QByteArray> messages;
    connect(&session, &Session::messageRetrieved, &session,
            [&](int n, const QByteArray &raw) { messages.insert(n, raw); });
    const Outcome outcome = satchel::test::runSession(session, [&stored](Session &sn) {
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
    const Outcome refusedOutcome = satchel::test::runSession(chosen, [](Session &) {});
    QCOMPARE(refusedOutcome.error.kind, ErrorKind::AuthenticationFailed);
    QCOMPARE(chosen.refusedLogins(), QList<QByteArray> {"APOP"});
    QVERIFY2(refusedOutcome.error.message.contains(QLatin1String("PLAIN")),
             qPrintable(refusedOutcome.error.message));
}

QTEST_GUILESS_MAIN(TestDovecotInterop)
#include "tst_dovecotinterop.moc"

#include "FakePop3Server.h"
#include "MemoryTransport.h"
#include "TestCertificate.h"
#include "pop3/Logging.h"
#include "pop3/Session.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace satchel::pop3;
using satchel::test::FakePop3Server;

namespace {

const QByteArray Password = "Pa55-w0rd!";

// Two small messages written for these tests; the second has lines that need dot-stuffing.
const QByteArray Message1 = "From: a@example.org\r\nSubject: one\r\n\r\nHello\r\n";
const QByteArray Message2
    = "From: b@example.org\r\nSubject: two\r\n\r\n.leading dot\r\n..two dots\r\n.\r\nend\r\n";

// The PLAIN message (RFC 4616) for alice: NUL user NUL password.
QByteArray plainMessage()
{
    QByteArray message("\0alice\0", 7);
    message += Password;
    return message;
}

QStringList join(std::initializer_list<QStringList> parts)
{
    QStringList out;
    for (const QStringList &part : parts)
        out += part;
    return out;
}

QStringList retrResponse(const QByteArray &message)
{
    return QStringList {QStringLiteral("S: +OK %1 octets").arg(message.size())}
    + FakePop3Server::multiline(message);
}

// The greeting has no APOP timestamp unless asked for: with one, APOP is the automatic choice
// over USER/PASS.
QStringList greetingAndCapa(const QString &capa, bool apopTimestamp = false)
{
    QStringList lines {apopTimestamp
                           ? QStringLiteral("S: +OK fake POP3 ready <1896.697170952@fake.example>")
                           : QStringLiteral("S: +OK fake POP3 ready"),
                       QStringLiteral("C: CAPA"), QStringLiteral("S: +OK")};
    for (const QString &cap : capa.split(u'|', Qt::SkipEmptyParts))
        lines << QStringLiteral("S: ") + cap;
    lines << QStringLiteral("S: .");
    return lines;
}

QStringList userPassLogin(const QString &capaAfter)
{
    QStringList lines {QStringLiteral("C: USER alice"),
                       QStringLiteral("S: +OK"),
                       QStringLiteral("C: PASS ") + QString::fromLatin1(Password),
                       QStringLiteral("S: +OK logged in"),
                       QStringLiteral("C: CAPA"),
                       QStringLiteral("S: +OK")};
    for (const QString &cap : capaAfter.split(u'|', Qt::SkipEmptyParts))
        lines << QStringLiteral("S: ") + cap;
    lines << QStringLiteral("S: .");
    return lines;
}

// Everything a session reports, as text, in order: compared whole, so an extra or missing
// signal fails the test as surely as a wrong value.
class Recorder : public QObject
{
public:
    explicit Recorder(Session *session)
    {
        connect(session, &Session::opened, this, [this] { events << QStringLiteral("opened"); });
        connect(session, &Session::statReceived, this, [this](int count, qint64 octets) {
            events << QStringLiteral("stat %1 %2").arg(count).arg(octets);
        });
        connect(session, &Session::listReceived, this, [this](const QList<MessageSize> &sizes) {
            QStringList parts;
            for (const MessageSize &s : sizes)
                parts << QStringLiteral("%1:%2").arg(s.number).arg(s.octets);
            events << QStringLiteral("list ") + parts.join(u' ');
        });
        connect(session, &Session::uidlReceived, this, [this](const QList<UidlEntry> &entries) {
            QStringList parts;
            for (const UidlEntry &e : entries)
                parts << QStringLiteral("%1:%2").arg(e.number).arg(QString::fromLatin1(e.uidl));
            events << QStringLiteral("uidl ") + parts.join(u' ');
        });
        connect(session, &Session::messageRetrieved, this, [this](int n, const QByteArray &raw) {
            events << QStringLiteral("retr %1").arg(n);
            retrieved[n] = raw;
        });
        connect(session, &Session::topRetrieved, this, [this](int n, const QByteArray &raw) {
            events << QStringLiteral("top %1").arg(n);
            tops[n] = raw;
        });
        connect(session, &Session::messageDeleted, this,
                [this](int n) { events << QStringLiteral("dele %1").arg(n); });
        connect(session, &Session::noopDone, this, [this] { events << QStringLiteral("noop"); });
        connect(session, &Session::resetDone, this, [this] { events << QStringLiteral("rset"); });
        connect(session, &Session::quitDone, this, [this] { events << QStringLiteral("quit"); });
        connect(
            session, &Session::commandFailed, this,
            [this](Session::Command command, int n, const Pop3Error &error) {
                events << QStringLiteral("command-failed %1 %2 %3")
                              .arg(QString::fromLatin1(
                                  QMetaEnum::fromType<Session::Command>().valueToKey(int(command))))
                              .arg(n)
                              .arg(int(error.kind));
            });
        connect(session, &Session::failed, this, [this](const Pop3Error &error) {
            events << QStringLiteral("failed %1").arg(int(error.kind));
            lastError = error;
        });
    }
    bool finished() const
    {
        return !events.isEmpty()
            && (events.last() == QLatin1String("quit") || events.last().startsWith(u"failed"));
    }
    QStringList events;
    QHash<int, QByteArray> retrieved;
    QHash<int, QByteArray> tops;
    Pop3Error lastError;
};

SessionSettings plainSettings(quint16 port)
{
    SessionSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = Security::None;
    s.allowCleartextPassword = true;
    s.user = QStringLiteral("alice");
    s.secret = QString::fromLatin1(Password);
    s.connectTimeoutMs = 5000;
    s.handshakeTimeoutMs = 5000;
    s.commandTimeoutMs = 5000;
    return s;
}

QString kind(ErrorKind k)
{
    return QStringLiteral("failed %1").arg(int(k));
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullSession_data();
    void fullSession();
    void pipelinesWhenOffered();
    void refillsThePipelineWindowAtHalf();
    void failures_data();
    void failures();
    void sasl_data();
    void sasl();
    void scramServerSignatureMismatchCancels();
    void stlsRequiredButMissingSendsNothing();
    void stlsUpgradeAndCertificatePinning_data();
    void stlsUpgradeAndCertificatePinning();
    void implicitTls();
    void hostNameMismatchIsRefused();
    void refusesCleartextPassword();
    void apop_data();
    void apop();
    void loginFallback_data();
    void loginFallback();
    void credentialsWithLineBreaksAreRefused_data();
    void credentialsWithLineBreaksAreRefused();
    void messageTooLargeIsSkipped();
    void cancelDuringRetr();
    void secretsNeverLogged();
};

void TestSession::fullSession_data()
{
    QTest::addColumn<bool>("pipeliningOffered");
    QTest::newRow("sequential") << false;
    QTest::newRow("pipelined") << true;
}

void TestSession::fullSession()
{
    QFETCH(bool, pipeliningOffered);
    const QString capa = pipeliningOffered ? QStringLiteral("USER|UIDL|TOP|PIPELINING|RESP-CODES")
                                           : QStringLiteral("USER|UIDL|TOP|RESP-CODES");
    FakePop3Server server;
    QVERIFY(server.listen());
    // Without PIPELINING on offer, a client that sends before the answer fails the script.
    server.setPipeliningAllowed(pipeliningOffered);
    server.setScript(
        join({greetingAndCapa(capa),
              userPassLogin(capa + QStringLiteral("|EXPIRE 30|LOGIN-DELAY 900")),
              {QStringLiteral("C: STAT"),
               QStringLiteral("S: +OK 2 %1").arg(Message1.size() + Message2.size()),
               QStringLiteral("C: UIDL"), QStringLiteral("S: +OK"), QStringLiteral("S: 1 uid-one"),
               QStringLiteral("S: 2   ") + QString(100, u'x'), // extra spaces, > 70 chars
               QStringLiteral("S: ."), QStringLiteral("C: LIST"),
               QStringLiteral("S: +OK 2 messages"), QStringLiteral("S: 1 %1").arg(Message1.size()),
               QStringLiteral("S: 2 %1").arg(Message2.size()), QStringLiteral("S: ."),
               QStringLiteral("C: RETR 1")},
              retrResponse(Message1),
              {QStringLiteral("C: RETR 2")},
              retrResponse(Message2),
              {QStringLiteral("C: TOP 2 0"), QStringLiteral("S: +OK")},
              FakePop3Server::multiline("From: b@example.org\r\nSubject: two\r\n\r\n"),
              {QStringLiteral("C: DELE 1"), QStringLiteral("S: +OK deleted"),
               QStringLiteral("C: NOOP"), QStringLiteral("S: +OK"), QStringLiteral("C: QUIT"),
               QStringLiteral("S: +OK bye"), QStringLiteral("CLOSE")}}));

    Session session(plainSettings(server.port()));
    Recorder recorder(&session);
    session.stat();
    session.uidl();
    session.list();
    session.retrieve(1, Message1.size());
    session.retrieve(2);
    session.top(2, 0);
    session.remove(1);
    session.noop();
    session.quit();
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.finished(), 10000);
    SATCHEL_VERIFY_CONVERSATION(server);

    QCOMPARE(
        recorder.events,
        (QStringList {QStringLiteral("opened"),
                      QStringLiteral("stat 2 %1").arg(Message1.size() + Message2.size()),
                      QStringLiteral("uidl 1:uid-one 2:") + QString(100, u'x'),
                      QStringLiteral("list 1:%1 2:%2").arg(Message1.size()).arg(Message2.size()),
                      QStringLiteral("retr 1"), QStringLiteral("retr 2"), QStringLiteral("top 2"),
                      QStringLiteral("dele 1"), QStringLiteral("noop"), QStringLiteral("quit")}));
    QCOMPARE(recorder.retrieved.value(1), Message1);
    QCOMPARE(recorder.retrieved.value(2), Message2); // dot-unstuffed back to the original
    QCOMPARE(recorder.tops.value(2), QByteArray("From: b@example.org\r\nSubject: two\r\n\r\n"));
    QCOMPARE(session.isPipelining(), pipeliningOffered);
    QCOMPARE(session.authenticationUsed(), QByteArray("USER"));
    QCOMPARE(session.capabilities().expireDays, std::optional<int>(30));
    QCOMPARE(session.capabilities().loginDelaySeconds, std::optional<int>(900));
    QCOMPARE(session.greeting(), QByteArray("fake POP3 ready"));
}

void TestSession::pipelinesWhenOffered()
{
    // The server answers RETR 1 only after RETR 2 and RETR 3 have arrived: a client that waits
    // for each answer before sending the next command would stall here.
    FakePop3Server server;
    QVERIFY(server.listen());
    server.setScript(join(
        {greetingAndCapa(QStringLiteral("USER|PIPELINING")),
         userPassLogin(QStringLiteral("USER|PIPELINING")),
         {QStringLiteral("C: RETR 1"), QStringLiteral("C: RETR 2"), QStringLiteral("C: RETR 3")},
         retrResponse(Message1),
         retrResponse(Message2),
         {QStringLiteral("S: -ERR no such message")},
         {QStringLiteral("C: QUIT"), QStringLiteral("S: +OK"), QStringLiteral("CLOSE")}}));
    SessionSettings settings = plainSettings(server.port());
    settings.commandTimeoutMs = 2000;
    Session session(settings);
    Recorder recorder(&session);
    for (int n = 1; n <= 3; ++n)
        session.retrieve(n);
    session.quit();
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.finished(), 10000);
    SATCHEL_VERIFY_CONVERSATION(server);
    QCOMPARE(
        recorder.events,
        (QStringList {QStringLiteral("opened"), QStringLiteral("retr 1"), QStringLiteral("retr 2"),
                      QStringLiteral("command-failed Retr 3 %1").arg(int(ErrorKind::CommandFailed)),
                      QStringLiteral("quit")}));
    QCOMPARE(recorder.retrieved.value(2), Message2);
}

void TestSession::refillsThePipelineWindowAtHalf()
{
    // A window of 4: the first four RETRs go out in one write; the next ones only once two have
    // been answered, and then together, so that the server gets runs of commands, not one
    // command per answer.
    SessionSettings settings;
    settings.host = QStringLiteral("memory.invalid");
    settings.security = Security::None;
    settings.allowCleartextPassword = true;
    settings.loginMethod = LoginMethod::userPass();
    settings.user = QStringLiteral("alice");
    settings.secret = QString::fromLatin1(Password);
    settings.pipelineWindow = 4;
    auto *transport = new satchel::test::MemoryTransport;
    Session session(settings, std::unique_ptr<Transport>(transport));
    QList<int> retrieved;
    connect(&session, &Session::messageRetrieved, this,
            [&retrieved](int n, const QByteArray &) { retrieved << n; });
    for (int n = 1; n <= 9; ++n)
        session.retrieve(n);
    session.open();
    transport->deliver("+OK ready\r\n");
    transport->deliver("+OK\r\nUSER\r\nPIPELINING\r\n.\r\n"); // CAPA
    transport->deliver("+OK\r\n"); // USER
    transport->deliver("+OK\r\n"); // PASS
    transport->deliver("+OK\r\nUSER\r\nPIPELINING\r\n.\r\n"); // CAPA again, logged in
    QCOMPARE(session.state(), Session::State::Transaction);
    QCOMPARE(transport->writes().constLast(),
             QByteArray("RETR 1\r\nRETR 2\r\nRETR 3\r\nRETR 4\r\n"));
    const qsizetype before = transport->writes().size();
    const QByteArray answer = "+OK\r\n" + Message1 + ".\r\n";

    transport->deliver(answer); // RETR 1: three still in flight, more than half
    QCOMPARE(transport->writes().size(), before);
    QCOMPARE(session.commandsInFlight(), 3);
    transport->deliver(answer); // RETR 2: half answered, refilled to four at once
    QCOMPARE(transport->writes().size(), before + 1);
    QCOMPARE(transport->writes().constLast(), QByteArray("RETR 5\r\nRETR 6\r\n"));
    QCOMPARE(session.commandsInFlight(), 4);
    transport->deliver(answer + answer); // RETR 3 and 4 in one read
    QCOMPARE(transport->writes().constLast(), QByteArray("RETR 7\r\nRETR 8\r\n"));
    transport->deliver(answer + answer + answer); // 5, 6, 7: the last one goes out after 6
    QCOMPARE(transport->writes().constLast(), QByteArray("RETR 9\r\n"));
    transport->deliver(answer + answer); // 8, 9
    QCOMPARE(session.commandsInFlight(), 0);
    QCOMPARE(retrieved, (QList<int> {1, 2, 3, 4, 5, 6, 7, 8, 9}));
}

void TestSession::failures_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("commandTimeoutMs");

    const QStringList capa = greetingAndCapa(QStringLiteral("USER|RESP-CODES|AUTH-RESP-CODE"));
    const QStringList user {QStringLiteral("C: USER alice"), QStringLiteral("S: +OK")};
    const QString pass = QStringLiteral("C: PASS ") + QString::fromLatin1(Password);
    const QStringList loggedIn
        = join({capa,
                user,
                {pass, QStringLiteral("S: +OK"), QStringLiteral("C: CAPA"),
                 QStringLiteral("S: +OK"), QStringLiteral("S: USER"), QStringLiteral("S: .")}});
    auto failed = [](ErrorKind k) { return QStringList {kind(k)}; };

    QTest::newRow("garbage greeting")
        << QStringList {QStringLiteral("S: * OK IMAP4rev1 ready"), QStringLiteral("CLOSE")}
        << failed(ErrorKind::Protocol) << 5000;
    QTest::newRow("-ERR greeting")
        << QStringList {QStringLiteral("S: -ERR go away"), QStringLiteral("CLOSE")}
        << failed(ErrorKind::Protocol) << 5000;
    QTest::newRow("-ERR [SYS/TEMP] greeting")
        << QStringList {QStringLiteral("S: -ERR [SYS/TEMP] overloaded"), QStringLiteral("CLOSE")}
        << failed(ErrorKind::TemporaryFailure) << 5000;
    QTest::newRow("binary greeting")
        << QStringList {FakePop3Server::rawStep(QByteArray("\x00\xff\xfe\r\n", 5)),
                        QStringLiteral("CLOSE")}
        << failed(ErrorKind::Protocol) << 5000;
    QTest::newRow("drop before greeting")
        << QStringList {QStringLiteral("DROP")} << failed(ErrorKind::Network) << 5000;
    QTest::newRow("stall at greeting")
        << QStringList {QStringLiteral("STALL")} << failed(ErrorKind::Timeout) << 300;
    QTest::newRow("-ERR to CAPA is fine")
        << QStringList {QStringLiteral("S: +OK hi"),     QStringLiteral("C: CAPA"),
                        QStringLiteral("S: -ERR what?"), QStringLiteral("C: USER alice"),
                        QStringLiteral("S: +OK"),        pass,
                        QStringLiteral("S: +OK"),        QStringLiteral("C: STAT"),
                        QStringLiteral("S: +OK 0 0"),    QStringLiteral("C: QUIT"),
                        QStringLiteral("S: +OK"),        QStringLiteral("CLOSE")}
        << QStringList {QStringLiteral("opened"), QStringLiteral("stat 0 0"),
                        QStringLiteral("quit")}
        << 5000;
    QTest::newRow("-ERR to USER") << join(
        {capa,
         {QStringLiteral("C: USER alice"), QStringLiteral("S: -ERR no"), QStringLiteral("CLOSE")}})
                                  << failed(ErrorKind::AuthenticationFailed) << 5000;
    QTest::newRow("-ERR to PASS") << join(
        {capa, user, {pass, QStringLiteral("S: -ERR invalid"), QStringLiteral("CLOSE")}})
                                  << failed(ErrorKind::AuthenticationFailed) << 5000;
    const QList<std::pair<const char *, ErrorKind>> codes {
        {"[AUTH]", ErrorKind::AuthenticationFailed},
        {"[IN-USE]", ErrorKind::InUse},
        {"[LOGIN-DELAY]", ErrorKind::LoginDelay},
        {"[SYS/TEMP]", ErrorKind::TemporaryFailure},
        {"[SYS/PERM]", ErrorKind::PermanentFailure}};
    for (const auto &[code, errorKind] : codes) {
        QTest::addRow("PASS -ERR %s", code)
            << join({capa,
                     user,
                     {pass, QStringLiteral("S: -ERR %1 text").arg(QLatin1String(code)),
                      QStringLiteral("CLOSE")}})
            << failed(errorKind) << 5000;
    }
    QTest::newRow("-ERR to STAT") << join(
        {loggedIn,
         {QStringLiteral("C: STAT"), QStringLiteral("S: -ERR [SYS/TEMP] busy"),
          QStringLiteral("C: QUIT"), QStringLiteral("S: +OK"), QStringLiteral("CLOSE")}})
                                  << QStringList {QStringLiteral("opened"),
                                                  QStringLiteral("command-failed Stat 0 %1")
                                                      .arg(int(ErrorKind::TemporaryFailure)),
                                                  QStringLiteral("quit")}
                                  << 5000;
    QTest::newRow("malformed STAT")
        << join({loggedIn,
                 {QStringLiteral("C: STAT"), QStringLiteral("S: +OK lots"),
                  QStringLiteral("C: QUIT"), QStringLiteral("S: +OK"), QStringLiteral("CLOSE")}})
        << QStringList {QStringLiteral("opened"),
                        QStringLiteral("command-failed Stat 0 %1").arg(int(ErrorKind::Protocol)),
                        QStringLiteral("quit")}
        << 5000;
    QTest::newRow("drop in the middle of RETR")
        << join({loggedIn,
                 {QStringLiteral("C: STAT"), QStringLiteral("S: +OK 1 100"),
                  QStringLiteral("C: RETR 1"), QStringLiteral("S: +OK"),
                  QStringLiteral("S: Subject: half"), QStringLiteral("DROP")}})
        << QStringList {QStringLiteral("opened"), QStringLiteral("stat 1 100"),
                        kind(ErrorKind::Network)}
        << 5000;
    QTest::newRow("stall in the middle of RETR")
        << join({loggedIn,
                 {QStringLiteral("C: STAT"), QStringLiteral("S: +OK 1 100"),
                  QStringLiteral("C: RETR 1"), QStringLiteral("S: +OK"),
                  QStringLiteral("S: Subject: half"), QStringLiteral("STALL")}})
        << QStringList {QStringLiteral("opened"), QStringLiteral("stat 1 100"),
                        kind(ErrorKind::Timeout)}
        << 300;
    QTest::newRow("broken dot-stuffing is tolerated")
        << join({loggedIn,
                 {QStringLiteral("C: STAT"), QStringLiteral("S: +OK 1 100"),
                  QStringLiteral("C: RETR 1"), QStringLiteral("S: +OK"),
                  QStringLiteral("S: .unstuffed"), QStringLiteral("S: ok"), QStringLiteral("S: ."),
                  QStringLiteral("C: QUIT"), QStringLiteral("S: +OK"), QStringLiteral("CLOSE")}})
        << QStringList {QStringLiteral("opened"), QStringLiteral("stat 1 100"),
                        QStringLiteral("retr 1"), QStringLiteral("quit")}
        << 5000;
    QTest::newRow("LF-only server")
        << QStringList {FakePop3Server::rawStep("+OK hi\n"),       QStringLiteral("C: CAPA"),
                        FakePop3Server::rawStep("+OK\nUSER\n.\n"), QStringLiteral("C: USER alice"),
                        FakePop3Server::rawStep("+OK\n"),          pass,
                        FakePop3Server::rawStep("+OK\n"),          QStringLiteral("C: CAPA"),
                        FakePop3Server::rawStep("+OK\nUSER\n.\n"), QStringLiteral("C: STAT"),
                        FakePop3Server::rawStep("+OK 1 100\n"),    QStringLiteral("C: QUIT"),
                        FakePop3Server::rawStep("+OK\n"),          QStringLiteral("CLOSE")}
        << QStringList {QStringLiteral("opened"), QStringLiteral("stat 1 100"),
                        QStringLiteral("quit")}
        << 5000;
    QTest::newRow("unsolicited data")
        << join({loggedIn, {QStringLiteral("S: +OK surprise"), QStringLiteral("STALL")}})
        << QStringList {QStringLiteral("opened"), kind(ErrorKind::Protocol)} << 5000;
    QTest::newRow("malformed UIDL listing")
        << join({loggedIn,
                 {QStringLiteral("C: STAT"), QStringLiteral("S: +OK 1 100"),
                  QStringLiteral("C: UIDL"), QStringLiteral("S: +OK"),
                  QStringLiteral("S: one-without-number"), QStringLiteral("S: ."),
                  QStringLiteral("C: QUIT"), QStringLiteral("S: +OK"), QStringLiteral("CLOSE")}})
        << QStringList {QStringLiteral("opened"), QStringLiteral("stat 1 100"),
                        QStringLiteral("command-failed Uidl 0 %1").arg(int(ErrorKind::Protocol)),
                        QStringLiteral("quit")}
        << 5000;
    QTest::newRow("-ERR to QUIT") << join(
        {loggedIn,
         {QStringLiteral("C: STAT"), QStringLiteral("S: +OK 0 0"), QStringLiteral("C: QUIT"),
          QStringLiteral("S: -ERR could not delete"), QStringLiteral("CLOSE")}})
                                  << QStringList {QStringLiteral("opened"),
                                                  QStringLiteral("stat 0 0"),
                                                  kind(ErrorKind::CommandFailed)}
                                  << 5000;
    QTest::newRow("drop before QUIT reply")
        << join({loggedIn,
                 {QStringLiteral("C: STAT"), QStringLiteral("S: +OK 0 0"),
                  QStringLiteral("C: QUIT"), QStringLiteral("DROP")}})
        << QStringList {QStringLiteral("opened"), QStringLiteral("stat 0 0"),
                        kind(ErrorKind::Network)}
        << 5000;
}

void TestSession::failures()
{
    QFETCH(QStringList, script);
    QFETCH(QStringList, expected);
    QFETCH(int, commandTimeoutMs);
    FakePop3Server server;
    QVERIFY(server.listen());
    server.setScript(script);
    SessionSettings settings = plainSettings(server.port());
    settings.commandTimeoutMs = commandTimeoutMs;
    Session session(settings);
    Recorder recorder(&session);
    session.stat();
    if (script.contains(QStringLiteral("C: UIDL")))
        session.uidl();
    if (script.contains(QStringLiteral("C: RETR 1")))
        session.retrieve(1);
    session.quit();
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.finished(), 10000);
    QCOMPARE(recorder.events, expected);
    if (expected.last().startsWith(u"failed"))
        QVERIFY(!recorder.lastError.message.isEmpty());
    // The conversation itself went as scripted (the client sent nothing it should not have).
    QVERIFY2(server.failure().isEmpty(), qPrintable(server.report()));
}

void TestSession::sasl_data()
{
    QTest::addColumn<QString>("capa");
    QTest::addColumn<QStringList>("exchange");
    QTest::addColumn<QByteArray>("expectedMechanism");
    QTest::addColumn<QString>("outcome");

    const QString plainIr = QString::fromLatin1(plainMessage().toBase64());
    QTest::newRow("PLAIN with initial response")
        << QStringLiteral("SASL PLAIN LOGIN")
        << QStringList {QStringLiteral("C: AUTH PLAIN ") + plainIr, QStringLiteral("S: +OK")}
        << QByteArray("PLAIN") << QStringLiteral("opened");
    QTest::newRow("LOGIN") << QStringLiteral("SASL LOGIN")
                           << QStringList {QStringLiteral("C: AUTH LOGIN"),
                                           QStringLiteral("S: + VXNlcm5hbWU6"),
                                           QStringLiteral("C: YWxpY2U="),
                                           QStringLiteral("S: + UGFzc3dvcmQ6"),
                                           QStringLiteral("C: ")
                                               + QString::fromLatin1(Password.toBase64()),
                                           QStringLiteral("S: +OK")}
                           << QByteArray("LOGIN") << QStringLiteral("opened");
    const QByteArray challenge = "<1896.697170952@postoffice.example>";
    const QByteArray cram = "alice "
        + QMessageAuthenticationCode::hash(challenge, Password, QCryptographicHash::Md5).toHex();
    QTest::newRow("CRAM-MD5 preferred over PLAIN")
        << QStringLiteral("SASL PLAIN CRAM-MD5")
        << QStringList {QStringLiteral("C: AUTH CRAM-MD5"),
                        QStringLiteral("S: + ") + QString::fromLatin1(challenge.toBase64()),
                        QStringLiteral("C: ") + QString::fromLatin1(cram.toBase64()),
                        QStringLiteral("S: +OK")}
        << QByteArray("CRAM-MD5") << QStringLiteral("opened");
    QTest::newRow("-ERR [AUTH] to PLAIN")
        << QStringLiteral("SASL PLAIN")
        << QStringList {QStringLiteral("C: AUTH PLAIN ") + plainIr,
                        QStringLiteral("S: -ERR [AUTH] Authentication failed.")}
        << QByteArray("PLAIN") << kind(ErrorKind::AuthenticationFailed);
    QTest::newRow("-ERR [SYS/TEMP] to AUTH")
        << QStringLiteral("SASL PLAIN")
        << QStringList {QStringLiteral("C: AUTH PLAIN ") + plainIr,
                        QStringLiteral("S: -ERR [SYS/TEMP] later")}
        << QByteArray("PLAIN") << kind(ErrorKind::TemporaryFailure);
    QTest::newRow("unpadded challenge is cancelled (curl test876)")
        << QStringLiteral("SASL CRAM-MD5")
        << QStringList {QStringLiteral("C: AUTH CRAM-MD5"), QStringLiteral("S: + Rubbish"),
                        QStringLiteral("C: *"), QStringLiteral("S: -ERR cancelled")}
        << QByteArray("CRAM-MD5") << kind(ErrorKind::Protocol);
    QTest::newRow("garbage challenge is cancelled")
        << QStringLiteral("SASL CRAM-MD5")
        << QStringList {QStringLiteral("C: AUTH CRAM-MD5"), QStringLiteral("S: + !!!not base64!!!"),
                        QStringLiteral("C: *"), QStringLiteral("S: -ERR cancelled")}
        << QByteArray("CRAM-MD5") << kind(ErrorKind::Protocol);
}

void TestSession::sasl()
{
    QFETCH(QString, capa);
    QFETCH(QStringList, exchange);
    QFETCH(QByteArray, expectedMechanism);
    QFETCH(QString, outcome);
    FakePop3Server server;
    QVERIFY(server.listen());
    QStringList script = join({greetingAndCapa(capa), exchange});
    if (outcome == QLatin1String("opened"))
        script += QStringList {QStringLiteral("C: CAPA"), QStringLiteral("S: +OK"),
                               QStringLiteral("S: ."),    QStringLiteral("C: QUIT"),
                               QStringLiteral("S: +OK"),  QStringLiteral("CLOSE")};
    else
        script += QStringLiteral("CLOSE");
    server.setScript(script);
    Session session(plainSettings(server.port()));
    Recorder recorder(&session);
    session.quit();
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.finished(), 10000);
    QVERIFY2(server.failure().isEmpty(), qPrintable(server.report()));
    QCOMPARE(recorder.events.first(), outcome);
    QCOMPARE(session.authenticationUsed(), expectedMechanism);
}

void TestSession::scramServerSignatureMismatchCancels()
{
    // The server answers with a plausible challenge built on the client's nonce, then with a
    // server signature that cannot be right: the client must cancel, never accept the login.
    FakePop3Server server;
    QVERIFY(server.listen());
    server.setResponder(
        QStringLiteral("serverFirst"), [](const QList<QByteArray> &received) -> QByteArray {
            const QByteArray clientFirst
                = QByteArray::fromBase64(received.last().split(' ').last());
            const QByteArray nonce = clientFirst.mid(clientFirst.indexOf("r=") + 2);
            return "+ " + QByteArray("r=" + nonce + "srv,s=QSXCR+Q6sek8bf92,i=4096").toBase64()
                + "\r\n";
        });
    server.setScript(join(
        {greetingAndCapa(QStringLiteral("SASL SCRAM-SHA-256 PLAIN")),
         {QStringLiteral("C~ AUTH SCRAM-SHA-256 [A-Za-z0-9+/=]+"),
          QStringLiteral("S-CALL: serverFirst"), QStringLiteral("C~ [A-Za-z0-9+/=]+"),
          QStringLiteral("S: + ")
              + QString::fromLatin1(
                  QByteArray("v=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=").toBase64()),
          QStringLiteral("C: *"), QStringLiteral("S: -ERR cancelled"), QStringLiteral("CLOSE")}}));
    Session session(plainSettings(server.port()));
    Recorder recorder(&session);
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.finished(), 10000);
    SATCHEL_VERIFY_CONVERSATION(server);
    QCOMPARE(recorder.events, QStringList {kind(ErrorKind::Protocol)});
    QVERIFY2(recorder.lastError.message.contains(QLatin1String("prove")),
             qPrintable(recorder.lastError.message));
}

void TestSession::stlsRequiredButMissingSendsNothing()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    server.setScript(
        join({greetingAndCapa(QStringLiteral("USER|SASL PLAIN")), {QStringLiteral("CLOSE")}}));
    SessionSettings settings = plainSettings(server.port());
    settings.security = Security::StartTls;
    Session session(settings);
    Recorder recorder(&session);
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.finished(), 10000);
    SATCHEL_VERIFY_CONVERSATION(server);
    QCOMPARE(recorder.events, QStringList {kind(ErrorKind::StlsUnavailable)});
    // Not a byte of the credentials reached the server.
    for (const QByteArray &line : server.receivedLines())
        QVERIFY2(!line.contains("alice") && !line.contains(Password), line.constData());
}

void TestSession::stlsUpgradeAndCertificatePinning_data()
{
    QTest::addColumn<bool>("trustCa");
    QTest::addColumn<bool>("pinExact");
    QTest::addColumn<bool>("pinOther");
    QTest::addColumn<QString>("outcome");
    QTest::newRow("trusted CA") << true << false << false << QStringLiteral("opened");
    QTest::newRow("untrusted: refused with the chain")
        << false << false << false << kind(ErrorKind::CertificateRejected);
    QTest::newRow("untrusted but pinned exactly")
        << false << true << false << QStringLiteral("opened");
    QTest::newRow("pinned another certificate")
        << false << false << true << kind(ErrorKind::CertificateRejected);
}

void TestSession::stlsUpgradeAndCertificatePinning()
{
    QFETCH(bool, trustCa);
    QFETCH(bool, pinExact);
    QFETCH(bool, pinOther);
    QFETCH(QString, outcome);
    QTemporaryDir dir;
    const auto cert = satchel::test::TestCertificate::generate(dir.path());
    QVERIFY2(cert.isValid(), qPrintable(cert.errorString()));

    FakePop3Server server;
    QVERIFY(server.listen());
    server.setTlsCertificate(cert.certificate(), cert.privateKey());
    QStringList script = join({greetingAndCapa(QStringLiteral("STLS|SASL PLAIN")),
                               {QStringLiteral("C: STLS"), QStringLiteral("S: +OK begin TLS"),
                                QStringLiteral("STARTTLS")}});
    if (outcome == QLatin1String("opened")) {
        const QString ir = QString::fromLatin1(plainMessage().toBase64());
        // CAPA is asked again after TLS, and SASL PLAIN is fine now that the link is encrypted.
        script += QStringList {QStringLiteral("C: CAPA"),
                               QStringLiteral("S: +OK"),
                               QStringLiteral("S: SASL PLAIN"),
                               QStringLiteral("S: ."),
                               QStringLiteral("C: AUTH PLAIN ") + ir,
                               QStringLiteral("S: +OK"),
                               QStringLiteral("C: CAPA"),
                               QStringLiteral("S: +OK"),
                               QStringLiteral("S: ."),
                               QStringLiteral("C: QUIT"),
                               QStringLiteral("S: +OK"),
                               QStringLiteral("CLOSE")};
    }
    server.setScript(script);

    SessionSettings settings = plainSettings(server.port());
    settings.security = Security::StartTls;
    settings.allowCleartextPassword = false;
    settings.host = QStringLiteral("localhost");
    if (trustCa)
        settings.caCertificates = {cert.certificate()};
    if (pinExact)
        settings.acceptedCertificateSha256 = cert.sha256();
    if (pinOther)
        settings.acceptedCertificateSha256
            = QCryptographicHash::hash("another", QCryptographicHash::Sha256);
    Session session(settings);
    Recorder recorder(&session);
    bool encryptedWhenOpened = false;
    connect(&session, &Session::opened, this, [&] { encryptedWhenOpened = session.isEncrypted(); });
    session.quit();
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.finished(), 10000);
    QCOMPARE(recorder.events.first(), outcome);
    if (outcome == QLatin1String("opened")) {
        SATCHEL_VERIFY_CONVERSATION(server);
        QVERIFY(encryptedWhenOpened);
    } else {
        // The UI gets what it needs to show the certificate and ask.
        QVERIFY(!recorder.lastError.certificateErrors.isEmpty());
        QVERIFY(!recorder.lastError.certificateChain.isEmpty());
        QCOMPARE(recorder.lastError.certificateChain.first(), cert.certificate());
    }
}

void TestSession::implicitTls()
{
    QTemporaryDir dir;
    const auto cert = satchel::test::TestCertificate::generate(dir.path());
    QVERIFY2(cert.isValid(), qPrintable(cert.errorString()));
    FakePop3Server server;
    QVERIFY(server.listen());
    server.setTlsCertificate(cert.certificate(), cert.privateKey());
    server.setImplicitTls(true);
    const QString ir = QString::fromLatin1(plainMessage().toBase64());
    server.setScript(
        join({greetingAndCapa(QStringLiteral("SASL PLAIN")),
              {QStringLiteral("C: AUTH PLAIN ") + ir, QStringLiteral("S: +OK"),
               QStringLiteral("C: CAPA"), QStringLiteral("S: +OK"), QStringLiteral("S: ."),
               QStringLiteral("C: RETR 1")},
              retrResponse(Message2),
              {QStringLiteral("C: QUIT"), QStringLiteral("S: +OK"), QStringLiteral("CLOSE")}}));
    SessionSettings settings = plainSettings(server.port());
    settings.security = Security::ImplicitTls;
    settings.allowCleartextPassword = false;
    settings.host = QStringLiteral("localhost");
    settings.caCertificates = {cert.certificate()};
    Session session(settings);
    Recorder recorder(&session);
    session.retrieve(1);
    session.quit();
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.finished(), 10000);
    SATCHEL_VERIFY_CONVERSATION(server);
    QCOMPARE(
        recorder.events,
        (QStringList {QStringLiteral("opened"), QStringLiteral("retr 1"), QStringLiteral("quit")}));
    QCOMPARE(recorder.retrieved.value(1), Message2);
}

void TestSession::hostNameMismatchIsRefused()
{
    // A certificate the client trusts, but for another host: the name check alone must refuse it.
    QTemporaryDir dir;
    const auto cert = satchel::test::TestCertificate::generate(
        dir.path(), QStringLiteral("mail.example.org"), QStringLiteral("DNS:mail.example.org"));
    QVERIFY2(cert.isValid(), qPrintable(cert.errorString()));
    FakePop3Server server;
    QVERIFY(server.listen());
    server.setTlsCertificate(cert.certificate(), cert.privateKey());
    server.setImplicitTls(true);
    server.setScript({QStringLiteral("S: +OK never read")});
    SessionSettings settings = plainSettings(server.port());
    settings.security = Security::ImplicitTls;
    settings.host = QStringLiteral("localhost");
    settings.caCertificates = {cert.certificate()};
    Session session(settings);
    Recorder recorder(&session);
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.finished(), 10000);
    QCOMPARE(recorder.events, QStringList {kind(ErrorKind::CertificateRejected)});
    bool nameError = false;
    for (const QSslError &error : recorder.lastError.certificateErrors)
        nameError = nameError || error.error() == QSslError::HostNameMismatch;
    QVERIFY2(nameError, qPrintable(recorder.lastError.message));
}

void TestSession::refusesCleartextPassword()
{
    // An unencrypted account without permission to send the password in clear: the server offers
    // only USER and PLAIN, so nothing is sent and the error says why.
    FakePop3Server server;
    QVERIFY(server.listen());
    server.setScript(join(
        {greetingAndCapa(QStringLiteral("USER|SASL PLAIN LOGIN")), {QStringLiteral("CLOSE")}}));
    SessionSettings settings = plainSettings(server.port());
    settings.allowCleartextPassword = false;
    Session session(settings);
    Recorder recorder(&session);
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.finished(), 10000);
    SATCHEL_VERIFY_CONVERSATION(server);
    QCOMPARE(recorder.events, QStringList {kind(ErrorKind::InsecureAuthRefused)});
}

void TestSession::apop_data()
{
    QTest::addColumn<bool>("allowCleartext");
    QTest::addColumn<QStringList>("exchange");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QByteArray>("used");
    const QString apop = QStringLiteral("C: APOP alice ")
        + QString::fromLatin1(
                             QCryptographicHash::hash(
                                 QByteArray(QByteArray("<1896.697170952@fake.example>") + Password),
                                 QCryptographicHash::Md5)
                                 .toHex());
    const QStringList tail {QStringLiteral("C: CAPA"), QStringLiteral("S: +OK"),
                            QStringLiteral("S: USER"), QStringLiteral("S: ."),
                            QStringLiteral("C: QUIT"), QStringLiteral("S: +OK"),
                            QStringLiteral("CLOSE")};
    QTest::newRow("APOP before USER") << true << join({{apop, QStringLiteral("S: +OK")}, tail})
                                      << QStringLiteral("opened") << QByteArray("APOP");
    QTest::newRow("APOP on an unencrypted link without cleartext")
        << false << join({{apop, QStringLiteral("S: +OK")}, tail}) << QStringLiteral("opened")
        << QByteArray("APOP");
    // The fallback to USER/PASS after a refused APOP needs TLS (loginFallback() has those rows):
    // the password APOP kept off this unencrypted link is never sent in clear on Satchel's own.
    QTest::newRow("APOP refused on an unencrypted link: no cleartext fallback")
        << true
        << QStringList {apop, QStringLiteral("S: -ERR APOP not set up"), QStringLiteral("CLOSE")}
        << kind(ErrorKind::AuthenticationFailed) << QByteArray("APOP");
    QTest::newRow("APOP refused, no cleartext: no fallback")
        << false
        << QStringList {apop, QStringLiteral("S: -ERR APOP not set up"), QStringLiteral("CLOSE")}
        << kind(ErrorKind::AuthenticationFailed) << QByteArray("APOP");
    QTest::newRow("APOP [AUTH] on an unencrypted link: no second try")
        << true << QStringList {apop, QStringLiteral("S: -ERR [AUTH] bad"), QStringLiteral("CLOSE")}
        << kind(ErrorKind::AuthenticationFailed) << QByteArray("APOP");
}

void TestSession::apop()
{
    QFETCH(bool, allowCleartext);
    QFETCH(QStringList, exchange);
    QFETCH(QString, outcome);
    QFETCH(QByteArray, used);
    FakePop3Server server;
    QVERIFY(server.listen());
    server.setScript(join({greetingAndCapa(QStringLiteral("USER"), true), exchange}));
    SessionSettings settings = plainSettings(server.port());
    settings.allowCleartextPassword = allowCleartext;
    Session session(settings);
    Recorder recorder(&session);
    session.quit();
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.finished(), 10000);
    SATCHEL_VERIFY_CONVERSATION(server);
    QCOMPARE(recorder.events.first(), outcome);
    QCOMPARE(session.authenticationUsed(), used);
}

void TestSession::loginFallback_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("chosen"); // LoginMethod name; "" for automatic
    QTest::addColumn<QString>("remembered");
    QTest::addColumn<QList<QStringList>>("connections"); // one script per connection
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QByteArray>("used");
    QTest::addColumn<QStringList>("refused");
    QTest::addColumn<QString>("messageMentions");

    const QString stamp = QStringLiteral("<1896.697170952@fake.example>");
    const QString apop = QStringLiteral("C: APOP alice ")
        + QString::fromLatin1(QCryptographicHash::hash(QByteArray(stamp.toLatin1() + Password),
                                                       QCryptographicHash::Md5)
                                  .toHex());
    const QStringList cramRefused {
        QStringLiteral("C: AUTH CRAM-MD5"),
        QStringLiteral("S: + ") + QString::fromLatin1(stamp.toLatin1().toBase64()),
        QStringLiteral("C~ [A-Za-z0-9+/=]+"), QStringLiteral("S: -ERR [AUTH] no CRAM secret")};
    const QStringList scramRefused {QStringLiteral("C~ AUTH SCRAM-SHA-256 [A-Za-z0-9+/=]+"),
                                    QStringLiteral("S: -ERR [AUTH] Authentication failed.")};
    const QStringList plainOk {QStringLiteral("C: AUTH PLAIN ")
                                   + QString::fromLatin1(plainMessage().toBase64()),
                               QStringLiteral("S: +OK")};
    const QStringList userOk {QStringLiteral("C: USER alice"), QStringLiteral("S: +OK"),
                              QStringLiteral("C: PASS ") + QString::fromLatin1(Password),
                              QStringLiteral("S: +OK")};
    const QStringList cramOk {
        QStringLiteral("C: AUTH CRAM-MD5"),
        QStringLiteral("S: + ") + QString::fromLatin1(stamp.toLatin1().toBase64()),
        QStringLiteral("C: ")
            + QString::fromLatin1(
                QByteArray("alice "
                           + QMessageAuthenticationCode::hash(stamp.toLatin1(), Password,
                                                              QCryptographicHash::Md5)
                                 .toHex())
                    .toBase64()),
        QStringLiteral("S: +OK")};
    const QStringList tail {QStringLiteral("C: CAPA"), QStringLiteral("S: +OK"),
                            QStringLiteral("S: ."),    QStringLiteral("C: QUIT"),
                            QStringLiteral("S: +OK"),  QStringLiteral("CLOSE")};
    const QStringList end {QStringLiteral("CLOSE")};
    const auto open = [](const QString &capa) { return greetingAndCapa(capa, true); };
    const QString opened = QStringLiteral("opened");
    using Scripts = QList<QStringList>;

    QTest::newRow("APOP refused with [AUTH] -> USER/PASS")
        << true << QString() << QString()
        << Scripts {join({open(QStringLiteral("USER")),
                          {apop, QStringLiteral("S: -ERR [AUTH] Bad login")},
                          userOk,
                          tail})}
        << opened << QByteArray("USER") << QStringList {QStringLiteral("APOP")} << QString();
    QTest::newRow("APOP refused without a code -> USER/PASS")
        << true << QString() << QString()
        << Scripts {join({open(QStringLiteral("USER")),
                          {apop, QStringLiteral("S: -ERR APOP not set up")},
                          userOk,
                          tail})}
        << opened << QByteArray("USER") << QStringList {QStringLiteral("APOP")} << QString();
    QTest::newRow("CRAM-MD5 refused -> PLAIN")
        << true << QString() << QString()
        << Scripts {join({greetingAndCapa(QStringLiteral("SASL CRAM-MD5 PLAIN|USER")), cramRefused,
                          plainOk, tail})}
        << opened << QByteArray("PLAIN") << QStringList {QStringLiteral("CRAM-MD5")} << QString();
    QTest::newRow("SCRAM-SHA-256 refused -> CRAM-MD5")
        << true << QString() << QString()
        << Scripts {join(
               {open(QStringLiteral("SASL SCRAM-SHA-256 CRAM-MD5")), scramRefused, cramOk, tail})}
        << opened << QByteArray("CRAM-MD5") << QStringList {QStringLiteral("SCRAM-SHA-256")}
        << QString();
    QTest::newRow("SCRAM refused -> USER/PASS over TLS, not CRAM-MD5 or APOP")
        << true << QString() << QString()
        << Scripts {join({open(QStringLiteral("SASL SCRAM-SHA-256 CRAM-MD5|USER")), scramRefused,
                          userOk, tail})}
        << opened << QByteArray("USER") << QStringList {QStringLiteral("SCRAM-SHA-256")}
        << QString();
    QTest::newRow("no TLS: SCRAM, CRAM-MD5 and APOP refused in turn")
        << false << QString() << QString()
        << Scripts {join({open(QStringLiteral("USER|SASL SCRAM-SHA-256 CRAM-MD5 PLAIN")),
                          scramRefused,
                          cramRefused,
                          {apop, QStringLiteral("S: -ERR [AUTH] no"), QStringLiteral("CLOSE")}})}
        << kind(ErrorKind::AuthenticationFailed) << QByteArray("APOP")
        << QStringList {QStringLiteral("SCRAM-SHA-256"), QStringLiteral("CRAM-MD5"),
                        QStringLiteral("APOP")}
        << QStringLiteral("PLAIN, USER, which would send");
    QTest::newRow("[IN-USE]: no fallback")
        << true << QString() << QString()
        << Scripts {join({open(QStringLiteral("USER")),
                          {apop, QStringLiteral("S: -ERR [IN-USE] locked")},
                          end})}
        << kind(ErrorKind::InUse) << QByteArray("APOP") << QStringList {QStringLiteral("APOP")}
        << QString();
    QTest::newRow("[LOGIN-DELAY]: no fallback")
        << true << QString() << QString()
        << Scripts {join({open(QStringLiteral("SASL CRAM-MD5 PLAIN")),
                          QStringList(cramRefused.begin(), cramRefused.end() - 1),
                          {QStringLiteral("S: -ERR [LOGIN-DELAY] wait"), QStringLiteral("CLOSE")}})}
        << kind(ErrorKind::LoginDelay) << QByteArray("CRAM-MD5")
        << QStringList {QStringLiteral("CRAM-MD5")} << QString();
    QTest::newRow("[SYS/TEMP]: no fallback")
        << true << QString() << QString()
        << Scripts {join({open(QStringLiteral("SASL SCRAM-SHA-256 PLAIN")),
                          {scramRefused.first(), QStringLiteral("S: -ERR [SYS/TEMP] busy")},
                          end})}
        << kind(ErrorKind::TemporaryFailure) << QByteArray("SCRAM-SHA-256")
        << QStringList {QStringLiteral("SCRAM-SHA-256")} << QString();
    QTest::newRow("PLAIN refused is the password: no fallback")
        << true << QString() << QString()
        << Scripts {join({greetingAndCapa(QStringLiteral("SASL PLAIN LOGIN|USER")),
                          {plainOk.first(), QStringLiteral("S: -ERR [AUTH] wrong")},
                          end})}
        << kind(ErrorKind::AuthenticationFailed) << QByteArray("PLAIN")
        << QStringList {QStringLiteral("PLAIN")} << QString();
    QTest::newRow("no TLS: APOP refused, no fallback to a cleartext password")
        << false << QString() << QString()
        << Scripts {join({open(QStringLiteral("USER")),
                          {apop, QStringLiteral("S: -ERR [AUTH] Bad login")},
                          end})}
        << kind(ErrorKind::AuthenticationFailed) << QByteArray("APOP")
        << QStringList {QStringLiteral("APOP")} << QStringLiteral("USER, which would send");
    QTest::newRow("no TLS: SCRAM-SHA-256 refused -> CRAM-MD5")
        << false << QString() << QString()
        << Scripts {join({greetingAndCapa(QStringLiteral("USER|SASL SCRAM-SHA-256 CRAM-MD5 PLAIN")),
                          scramRefused, cramOk, tail})}
        << opened << QByteArray("CRAM-MD5") << QStringList {QStringLiteral("SCRAM-SHA-256")}
        << QString();
    QTest::newRow("no TLS: SCRAM-SHA-256 refused, no fallback to PLAIN or USER")
        << false << QString() << QString()
        << Scripts {join({greetingAndCapa(QStringLiteral("USER|SASL SCRAM-SHA-256 PLAIN")),
                          scramRefused, end})}
        << kind(ErrorKind::AuthenticationFailed) << QByteArray("SCRAM-SHA-256")
        << QStringList {QStringLiteral("SCRAM-SHA-256")}
        << QStringLiteral("PLAIN, USER, which would send");
    QTest::newRow("APOP before PLAIN, PLAIN after a refused APOP")
        << true << QString() << QString()
        << Scripts {join({open(QStringLiteral("SASL PLAIN|USER")),
                          {apop, QStringLiteral("S: -ERR [AUTH] Authentication failed.")},
                          plainOk,
                          tail})}
        << opened << QByteArray("PLAIN") << QStringList {QStringLiteral("APOP")} << QString();
    QTest::newRow("explicit APOP never falls back")
        << true << QStringLiteral("APOP") << QString()
        << Scripts {join({open(QStringLiteral("USER")),
                          {apop, QStringLiteral("S: -ERR [AUTH] Bad login")},
                          end})}
        << kind(ErrorKind::AuthenticationFailed) << QByteArray("APOP")
        << QStringList {QStringLiteral("APOP")} << QStringLiteral("USER");
    QTest::newRow("remembered method used first")
        << true << QString() << QStringLiteral("USER")
        << Scripts {join({open(QStringLiteral("SASL CRAM-MD5|USER")), userOk, tail})} << opened
        << QByteArray("USER") << QStringList() << QString();
    QTest::newRow("remembered method refused -> probe again from the strongest")
        << true << QString() << QStringLiteral("PLAIN")
        << Scripts {join({open(QStringLiteral("SASL CRAM-MD5 PLAIN|USER")),
                          {plainOk.first(), QStringLiteral("S: -ERR [AUTH] changed")},
                          cramOk,
                          tail})}
        << opened << QByteArray("CRAM-MD5") << QStringList {QStringLiteral("PLAIN")} << QString();
    QTest::newRow("remembered method refused with [IN-USE]: no probing")
        << true << QString() << QStringLiteral("USER")
        << Scripts {join({open(QStringLiteral("SASL CRAM-MD5|USER")),
                          {QStringLiteral("C: USER alice"), QStringLiteral("S: +OK"), userOk.at(2),
                           QStringLiteral("S: -ERR [IN-USE] locked")},
                          end})}
        << kind(ErrorKind::InUse) << QByteArray("USER") << QStringList {QStringLiteral("USER")}
        << QString();
    QTest::newRow("closed after the refusal: one new connection for the next method")
        << true << QString() << QString()
        << Scripts {join({open(QStringLiteral("USER")),
                          {apop, QStringLiteral("S: -ERR [AUTH] Bad login"),
                           QStringLiteral("C: USER alice"), QStringLiteral("CLOSE")}}),
                    join({open(QStringLiteral("USER")), userOk, tail})}
        << opened << QByteArray("USER") << QStringList {QStringLiteral("APOP")} << QString();
    QTest::newRow("each method at most twice, one new connection at most")
        << true << QString() << QString()
        << Scripts {join({open(QStringLiteral("USER")),
                          {apop, QStringLiteral("S: -ERR [AUTH] Bad login"),
                           QStringLiteral("C: USER alice"), QStringLiteral("CLOSE")}}),
                    join({open(QStringLiteral("USER")),
                          {QStringLiteral("C: USER alice"), QStringLiteral("CLOSE")}})}
        << kind(ErrorKind::Network) << QByteArray("USER") << QStringList {QStringLiteral("APOP")}
        << QString();
}

void TestSession::loginFallback()
{
    QFETCH(bool, tls);
    QFETCH(QString, chosen);
    QFETCH(QString, remembered);
    QFETCH(QList<QStringList>, connections);
    QFETCH(QString, outcome);
    QFETCH(QByteArray, used);
    QFETCH(QStringList, refused);
    QFETCH(QString, messageMentions);
    QTemporaryDir dir;
    FakePop3Server server;
    QVERIFY(server.listen());
    SessionSettings settings = plainSettings(server.port());
    if (tls) {
        const auto cert = satchel::test::TestCertificate::generate(dir.path());
        QVERIFY2(cert.isValid(), qPrintable(cert.errorString()));
        server.setTlsCertificate(cert.certificate(), cert.privateKey());
        server.setImplicitTls(true);
        settings.security = Security::ImplicitTls;
        settings.allowCleartextPassword = false;
        settings.host = QStringLiteral("localhost");
        settings.caCertificates = {cert.certificate()};
    }
    for (const QStringList &script : connections)
        server.addConnectionScript(script);
    settings.loginMethod = *LoginMethod::fromName(chosen);
    settings.rememberedLogin = *LoginMethod::fromName(remembered);
    Session session(settings);
    Recorder recorder(&session);
    session.quit();
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.finished(), 10000);
    SATCHEL_VERIFY_CONVERSATION(server);
    QCOMPARE(server.connectionCount(), int(connections.size()));
    QCOMPARE(recorder.events.first(), outcome);
    QCOMPARE(session.authenticationUsed(), used);
    QCOMPARE(session.isLoggedIn(), outcome == QLatin1String("opened"));
    QStringList refusedNames;
    for (const QByteArray &name : session.refusedLogins())
        refusedNames << QString::fromLatin1(name);
    QCOMPARE(refusedNames, refused);
    if (!messageMentions.isEmpty())
        QVERIFY2(recorder.lastError.message.contains(messageMentions),
                 qPrintable(recorder.lastError.message));
    // Never a password in clear on the unencrypted link after a refusal.
    if (!tls && outcome != QLatin1String("opened")) {
        for (const QByteArray &line : server.receivedLines())
            QVERIFY2(!line.contains(Password) && !line.startsWith("AUTH PLAIN"), line.constData());
    }
}

void TestSession::credentialsWithLineBreaksAreRefused_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");
    QTest::newRow("CRLF and a command in the password")
        << QStringLiteral("alice") << QStringLiteral("secret\r\nDELE 1");
    QTest::newRow("LF in the password") << QStringLiteral("alice") << QStringLiteral("sec\nret");
    QTest::newRow("CR in the user name")
        << QStringLiteral("alice\rX") << QString::fromLatin1(Password);
    QTest::newRow("NUL in the user name")
        << QString(QStringLiteral("al") + QChar(0) + QStringLiteral("ice"))
        << QString::fromLatin1(Password);
}

void TestSession::credentialsWithLineBreaksAreRefused()
{
    QFETCH(QString, user);
    QFETCH(QString, secret);
    // Refused before connecting: the server never sees a connection at all.
    FakePop3Server server;
    QVERIFY(server.listen());
    server.setScript({QStringLiteral("S: +OK never"), QStringLiteral("CLOSE")});
    SessionSettings settings = plainSettings(server.port());
    settings.user = user;
    settings.secret = secret;
    Session session(settings);
    Recorder recorder(&session);
    session.open();
    QCOMPARE(recorder.events, QStringList {kind(ErrorKind::InvalidCredentials)});
    QTest::qWait(100);
    QCOMPARE(server.connectionCount(), 0);
}

void TestSession::messageTooLargeIsSkipped()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    const QByteArray big = "Subject: big\r\n\r\n" + QByteArray(4000, 'x') + "\r\n";
    server.setScript(
        join({greetingAndCapa(QStringLiteral("USER")),
              userPassLogin(QStringLiteral("USER")),
              {QStringLiteral("C: RETR 1")},
              retrResponse(big),
              {QStringLiteral("C: RETR 2")},
              retrResponse(Message1),
              {QStringLiteral("C: QUIT"), QStringLiteral("S: +OK"), QStringLiteral("CLOSE")}}));
    SessionSettings settings = plainSettings(server.port());
    settings.maxMessageSize = 1000;
    Session session(settings);
    Recorder recorder(&session);
    session.retrieve(1);
    session.retrieve(2);
    session.quit();
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.finished(), 10000);
    SATCHEL_VERIFY_CONVERSATION(server);
    QCOMPARE(recorder.events,
             (QStringList {
                 QStringLiteral("opened"),
                 QStringLiteral("command-failed Retr 1 %1").arg(int(ErrorKind::MessageTooLarge)),
                 QStringLiteral("retr 2"), QStringLiteral("quit")}));
}

void TestSession::cancelDuringRetr()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    server.setScript(join({greetingAndCapa(QStringLiteral("USER")),
                           userPassLogin(QStringLiteral("USER")),
                           {QStringLiteral("C: RETR 1"), QStringLiteral("S: +OK"),
                            QStringLiteral("S: Subject: slow"), QStringLiteral("STALL")}}));
    Session session(plainSettings(server.port()));
    Recorder recorder(&session);
    connect(&session, &Session::retrieveProgress, &session, [&session] { session.cancel(); });
    session.retrieve(1);
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.finished(), 10000);
    QCOMPARE(recorder.events, (QStringList {QStringLiteral("opened"), kind(ErrorKind::Cancelled)}));
    QCOMPARE(session.state(), Session::State::Failed);
}

namespace {
QStringList g_logged;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_logged << message;
}
} // namespace

void TestSession::secretsNeverLogged()
{
    // Every mechanism that carries the secret, with the debug log on: the secret, and its base64
    // forms, never appear in what is logged; the redaction marker does.
    QLoggingCategory::setFilterRules(QStringLiteral("satchel.pop3.debug=true"));
    g_logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    for (const QString &capa :
         {QStringLiteral("USER"), QStringLiteral("SASL PLAIN"), QStringLiteral("SASL LOGIN")}) {
        FakePop3Server server;
        QVERIFY(server.listen());
        QStringList script = greetingAndCapa(capa);
        if (capa == QLatin1String("USER"))
            script += QStringList {QStringLiteral("C: USER alice"), QStringLiteral("S: +OK"),
                                   QStringLiteral("C: PASS ") + QString::fromLatin1(Password),
                                   QStringLiteral("S: +OK")};
        else if (capa.contains(QLatin1String("PLAIN")))
            script += QStringList {QStringLiteral("C: AUTH PLAIN ")
                                       + QString::fromLatin1(plainMessage().toBase64()),
                                   QStringLiteral("S: +OK")};
        else
            script += QStringList {QStringLiteral("C: AUTH LOGIN"),
                                   QStringLiteral("S: + VXNlcm5hbWU6"),
                                   QStringLiteral("C: YWxpY2U="),
                                   QStringLiteral("S: + UGFzc3dvcmQ6"),
                                   QStringLiteral("C: ") + QString::fromLatin1(Password.toBase64()),
                                   QStringLiteral("S: +OK")};
        script += QStringList {QStringLiteral("C: CAPA"), QStringLiteral("S: +OK"),
                               QStringLiteral("S: ."),    QStringLiteral("C: QUIT"),
                               QStringLiteral("S: +OK"),  QStringLiteral("CLOSE")};
        server.setScript(script);
        Session session(plainSettings(server.port()));
        Recorder recorder(&session);
        session.quit();
        session.open();
        QTRY_VERIFY_WITH_TIMEOUT(recorder.finished(), 10000);
        SATCHEL_VERIFY_CONVERSATION(server);
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    const QString all = g_logged.join(u'\n');
    QVERIFY2(all.contains(QLatin1String("<redacted>")), qPrintable(all));
    QVERIFY(!all.contains(QString::fromLatin1(Password)));
    QVERIFY(!all.contains(QString::fromLatin1(Password.toBase64())));
    QVERIFY(!all.contains(QString::fromLatin1(plainMessage().toBase64())));
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"

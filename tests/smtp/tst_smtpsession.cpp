#include "FakeSmtpServer.h"
#include "TestCertificate.h"
#include "smtp/SmtpSession.h"
#include "smtp/SubmissionData.h"

#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using satchel::smtp::SmtpOutcome;
using satchel::smtp::SmtpSession;
using satchel::smtp::SmtpSettings;
using satchel::test::FakeSmtpServer;
using Kind = SmtpOutcome::Kind;
using Stage = SmtpOutcome::Stage;
using Cause = SmtpOutcome::Cause;

namespace {

// The message every row submits: bare LF line ends, a folded Bcc header and a line that starts
// with a dot. On the wire: CRLF, no Bcc, the dot doubled.
const QByteArray Message = "From: a@x\nTo: b@y\nBcc: secret@z,\n  other@z\nSubject: hi\n\n"
                           ".leading dot\nbody\n";
const QStringList Recipients {QStringLiteral("b@y"), QStringLiteral("secret@z")};

QStringList ehlo(const QString &extensions)
{
    QStringList script {QStringLiteral("S: 220 fake ESMTP"), QStringLiteral("C: EHLO [127.0.0.1]")};
    const QStringList lines = extensions.split(u'|', Qt::SkipEmptyParts);
    script << (lines.isEmpty() ? QStringLiteral("S: 250 fake") : QStringLiteral("S: 250-fake"));
    for (qsizetype i = 0; i < lines.size(); ++i)
        script << QStringLiteral("S: 250") + (i + 1 == lines.size() ? u' ' : u'-') + lines[i];
    return script;
}

const QStringList Quit {QStringLiteral("C: QUIT"), QStringLiteral("S: 221 2.0.0 bye"),
                        QStringLiteral("CLOSE")};

// MAIL and both RCPTs with the given replies, pipelined (all lines, then all replies) or not.
QStringList envelope(bool pipelined, const QStringList &replies,
                     const QString &mailParameters = QStringLiteral(" SIZE=55"))
{
    const QStringList commands {QStringLiteral("C: MAIL FROM:<a@x>") + mailParameters,
                                QStringLiteral("C: RCPT TO:<b@y>"),
                                QStringLiteral("C: RCPT TO:<secret@z>")};
    QStringList script;
    if (pipelined) {
        script = commands.mid(0, replies.size()) + replies;
    } else {
        for (qsizetype i = 0; i < replies.size(); ++i)
            script << commands.at(i) << replies.at(i);
    }
    return script;
}

const QStringList EnvelopeOk {QStringLiteral("S: 250 2.1.0 ok"), QStringLiteral("S: 250 2.1.5 ok"),
                              QStringLiteral("S: 250 2.1.5 ok")};

// What DATA must carry: CRLF everywhere, no Bcc, the leading dot stuffed.
const QStringList Body {QStringLiteral("C: From: a@x"),
                        QStringLiteral("C: To: b@y"),
                        QStringLiteral("C: Subject: hi"),
                        QStringLiteral("C: "),
                        QStringLiteral("C: ..leading dot"),
                        QStringLiteral("C: body"),
                        QStringLiteral("C: .")};

QStringList dataAndBody()
{
    return QStringList {QStringLiteral("C: DATA"), QStringLiteral("S: 354 go ahead")} + Body;
}

struct Run
{
    SmtpOutcome outcome;
    bool finished = false;
    bool encrypted = false;
    QByteArray authUsed;
    int signals = 0;
};

// Runs one submission to its end, and keeps the session (so the socket) alive until the server's
// script has played out: the QUIT written just before finished() must reach it.
Run run(SmtpSettings settings, FakeSmtpServer *server = nullptr)
{
    SmtpSession session(settings);
    Run result;
    QObject::connect(&session, &SmtpSession::finished, &session, [&](const SmtpOutcome &outcome) {
        result.outcome = outcome;
        result.finished = true;
        result.encrypted = session.isEncrypted();
        result.authUsed = session.authenticationUsed();
        ++result.signals;
    });
    session.submit(QStringLiteral("a@x"), Recipients, Message);
    [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return result.finished; }, 10000);
    if (server) [[maybe_unused]]
        const bool played = server->waitForCompletion();
    return result;
}

SmtpSettings plain(quint16 port)
{
    SmtpSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.security = satchel::pop3::Security::None;
    settings.allowPlaintext = true;
    return settings;
}

} // namespace

class TestSmtpSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prepare();
    void conversation_data();
    void conversation();
    void tls_data();
    void tls();
    void plaintextIsRefusedUnlessAllowed();
    void eightBitAndUtf8();
    void secretsNeverLogged();
};

void TestSmtpSession::prepare()
{
    using namespace satchel::smtp;
    QCOMPARE(SubmissionData::prepare(Message),
             QByteArray("From: a@x\r\nTo: b@y\r\nSubject: hi\r\n\r\n.leading dot\r\nbody\r\n"));
    // A "Bcc:" in the body is the author's text, not a header.
    QCOMPARE(SubmissionData::prepare("Bcc: x\r\nA: b\r\n\r\nBcc: y\rz"),
             QByteArray("A: b\r\n\r\nBcc: y\r\nz\r\n"));
    QCOMPARE(SubmissionData::dotStuffed(".a\r\n.\r\nb\r\n"), QByteArray("..a\r\n..\r\nb\r\n.\r\n"));
}

void TestSmtpSession::conversation_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<bool>("pipelining"); // the server allows lines ahead of replies
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("cause");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("enhanced");
    QTest::addColumn<QString>("recipient");

    const auto accepted = [](bool pipelined) {
        return ehlo(pipelined ? QStringLiteral("PIPELINING|SIZE 1000|ENHANCEDSTATUSCODES")
                              : QStringLiteral("SIZE 1000|ENHANCEDSTATUSCODES"))
            + envelope(pipelined, EnvelopeOk) + dataAndBody()
            + QStringList {QStringLiteral("S: 250 2.0.0 queued as 1")} + Quit;
    };
    for (const bool p : {true, false}) {
        const char *suffix = p ? " (pipelined)" : " (one at a time)";
        const QString caps
            = p ? QStringLiteral("PIPELINING|SIZE 1000") : QStringLiteral("SIZE 1000");
        QTest::addRow("accepted%s", suffix)
            << accepted(p) << p << int(Kind::Accepted) << int(Stage::Message)
            << int(Cause::ServerReply) << 250 << QByteArray("2.0.0") << QString();
        QTest::addRow("one RCPT refused 550 5.1.1: nobody gets it%s", suffix)
            << ehlo(caps)
                + envelope(p,
                           {QStringLiteral("S: 250 2.1.0 ok"),
                            QStringLiteral("S: 550 5.1.1 no such user"),
                            QStringLiteral("S: 250 2.1.5 ok")})
                + Quit
            << p << int(Kind::Rejected) << int(Stage::Rcpt) << int(Cause::ServerReply) << 550
            << QByteArray("5.1.1") << QStringLiteral("b@y");
        QTest::addRow("RCPT 452 temporary%s", suffix)
            << ehlo(caps)
                + envelope(p,
                           {QStringLiteral("S: 250 2.1.0 ok"), QStringLiteral("S: 250 2.1.5 ok"),
                            QStringLiteral("S: 452 4.5.3 too many recipients")})
                + Quit
            << p << int(Kind::Temporary) << int(Stage::Rcpt) << int(Cause::ServerReply) << 452
            << QByteArray("4.5.3") << QStringLiteral("secret@z");
        QTest::addRow("DATA 354 then 552 after the dot%s", suffix)
            << ehlo(caps) + envelope(p, EnvelopeOk) + dataAndBody()
                + QStringList {QStringLiteral("S: 552 5.3.4 message too big for policy")} + Quit
            << p << int(Kind::Rejected) << int(Stage::Message) << int(Cause::ServerReply) << 552
            << QByteArray("5.3.4") << QString();
        QTest::addRow("link drop before DATA's reply%s", suffix)
            << ehlo(caps) + envelope(p, EnvelopeOk)
                + QStringList {QStringLiteral("C: DATA"), QStringLiteral("DROP")}
            << p << int(Kind::Temporary) << int(Stage::Data) << int(Cause::Network) << 0
            << QByteArray() << QString();
        QTest::addRow("link drop after the final dot%s", suffix)
            << ehlo(caps) + envelope(p, EnvelopeOk) + dataAndBody()
                + QStringList {QStringLiteral("DROP")}
            << p << int(Kind::MayHaveBeenSent) << int(Stage::Message) << int(Cause::Network) << 0
            << QByteArray() << QString();
    }
    QTest::addRow("greeting 554") << QStringList {QStringLiteral("S: 554 5.7.1 no service for you")}
            + Quit << false << int(Kind::Rejected)
                                  << int(Stage::Greeting) << int(Cause::ServerReply) << 554
                                  << QByteArray("5.7.1") << QString();
    QTest::addRow("greeting 421: no QUIT")
        << QStringList {QStringLiteral("S: 421 4.3.2 shutting down"), QStringLiteral("CLOSE")}
        << false << int(Kind::Temporary) << int(Stage::Greeting) << int(Cause::ServerReply) << 421
        << QByteArray("4.3.2") << QString();
    // HELO is not tried: submission without EHLO has neither STARTTLS nor AUTH.
    QTest::addRow("EHLO refused, no HELO")
        << QStringList {QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO [127.0.0.1]"),
                        QStringLiteral("S: 502 5.5.1 command not recognized")}
            + Quit
        << false << int(Kind::Rejected) << int(Stage::Ehlo) << int(Cause::ServerReply) << 502
        << QByteArray("5.5.1") << QString();
    QTest::addRow("SIZE too large: refused before MAIL")
        << ehlo(QStringLiteral("PIPELINING|SIZE 54")) + Quit << true << int(Kind::Rejected)
        << int(Stage::Mail) << int(Cause::MessageTooLarge) << 0 << QByteArray() << QString();
    QTest::addRow("421 to MAIL while pipelining")
        << ehlo(QStringLiteral("PIPELINING|SIZE 1000"))
            + QStringList {QStringLiteral("C: MAIL FROM:<a@x> SIZE=55"),
                           QStringLiteral("C: RCPT TO:<b@y>"),
                           QStringLiteral("C: RCPT TO:<secret@z>"),
                           QStringLiteral("S: 421 4.7.0 closing"), QStringLiteral("CLOSE")}
        << true << int(Kind::Temporary) << int(Stage::Mail) << int(Cause::ServerReply) << 421
        << QByteArray("4.7.0") << QString();
    QTest::addRow("451 after the dot: temporary, not 'may have been sent'")
        << ehlo(QString()) + envelope(false, EnvelopeOk, QString()) + dataAndBody()
            + QStringList {QStringLiteral("S: 451 4.3.0 try later")} + Quit
        << false << int(Kind::Temporary) << int(Stage::Message) << int(Cause::ServerReply) << 451
        << QByteArray("4.3.0") << QString();
    QTest::addRow("multi-line reply to DATA's dot")
        << ehlo(QString()) + envelope(false, EnvelopeOk, QString()) + dataAndBody()
            + QStringList {QStringLiteral("S: 554-5.7.1 rejected as spam"),
                           QStringLiteral("S: 554 5.7.1 see the policy")}
            + Quit
        << false << int(Kind::Rejected) << int(Stage::Message) << int(Cause::ServerReply) << 554
        << QByteArray("5.7.1") << QString();
    QTest::addRow("password mechanisms only, plain link: refused")
        << ehlo(QStringLiteral("AUTH PLAIN LOGIN")) + Quit << false << int(Kind::Rejected)
        << int(Stage::Ehlo) << int(Cause::InsecureAuthRefused) << 0 << QByteArray() << QString();
}

void TestSmtpSession::conversation()
{
    QFETCH(QStringList, script);
    QFETCH(bool, pipelining);
    QFETCH(int, kind);
    QFETCH(int, stage);
    QFETCH(int, cause);
    QFETCH(int, code);
    QFETCH(QByteArray, enhanced);
    QFETCH(QString, recipient);

    FakeSmtpServer server;
    QVERIFY(server.listen());
    server.setPipeliningAllowed(pipelining);
    server.setScript(script);
    SmtpSettings settings = plain(server.port());
    if (QByteArray(QTest::currentDataTag()).startsWith("password"))
        settings.user = QStringLiteral("user"), settings.secret = QStringLiteral("secret!");
    const Run result = run(settings, &server);
    QVERIFY(result.finished);
    QCOMPARE(result.signals, 1);
    SATCHEL_VERIFY_CONVERSATION(server);
    QCOMPARE(int(result.outcome.kind), kind);
    QCOMPARE(int(result.outcome.stage), stage);
    QCOMPARE(int(result.outcome.cause), cause);
    QCOMPARE(result.outcome.replyCode, code);
    QCOMPARE(result.outcome.enhancedCode, enhanced);
    QCOMPARE(result.outcome.recipient, recipient);
    QVERIFY(!result.outcome.message.isEmpty());
    if (code >= 400)
        QVERIFY(!result.outcome.serverText.isEmpty());
}

void TestSmtpSession::tls_data()
{
    QTest::addColumn<bool>("implicitTls");
    QTest::addColumn<QString>("trust"); // "ca", "pin", "none"
    QTest::addColumn<QString>("auth"); // the EHLO AUTH line after TLS
    QTest::addColumn<bool>("token");
    QTest::addColumn<QStringList>("afterEhlo");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("cause");
    QTest::addColumn<QByteArray>("authUsed");

    const QString plainIr = QString::fromLatin1(QByteArray("\0user\0secret!", 13).toBase64());
    const QStringList accepted = envelope(false, EnvelopeOk, QString()) + dataAndBody()
        + QStringList {QStringLiteral("S: 250 2.0.0 ok")} + Quit;
    const QStringList authOk {QStringLiteral("C: AUTH PLAIN ") + plainIr,
                              QStringLiteral("S: 235 2.7.0 ok")};
    for (const bool implicit : {true, false}) {
        const char *how = implicit ? "465" : "587 STARTTLS";
        QTest::addRow("%s, CA trusted, AUTH PLAIN, accepted", how)
            << implicit << QStringLiteral("ca") << QStringLiteral("AUTH LOGIN PLAIN") << false
            << authOk + accepted << int(Kind::Accepted) << int(Cause::ServerReply)
            << QByteArray("PLAIN");
        QTest::addRow("%s, pinned certificate, accepted", how)
            << implicit << QStringLiteral("pin") << QStringLiteral("AUTH PLAIN") << false
            << authOk + accepted << int(Kind::Accepted) << int(Cause::ServerReply)
            << QByteArray("PLAIN");
        QTest::addRow("%s, certificate untrusted", how)
            << implicit << QStringLiteral("none") << QStringLiteral("AUTH PLAIN") << false
            << QStringList() << int(Kind::Rejected) << int(Cause::CertificateRejected)
            << QByteArray();
    }
    QTest::addRow("AUTH refused 535 5.7.8")
        << true << QStringLiteral("ca") << QStringLiteral("AUTH PLAIN") << false
        << QStringList {QStringLiteral("C: AUTH PLAIN ") + plainIr,
                        QStringLiteral("S: 535 5.7.8 authentication credentials invalid")}
            + Quit
        << int(Kind::Rejected) << int(Cause::ServerReply) << QByteArray("PLAIN");
    QTest::addRow("strongest password mechanism: CRAM-MD5 over PLAIN and LOGIN")
        << true << QStringLiteral("ca") << QStringLiteral("AUTH LOGIN PLAIN CRAM-MD5") << false
        << QStringList {QStringLiteral("C: AUTH CRAM-MD5"), QStringLiteral("S: 454 4.7.0 later")}
            + Quit
        << int(Kind::Temporary) << int(Cause::ServerReply) << QByteArray("CRAM-MD5");
    QTest::addRow("token: OAUTHBEARER over XOAUTH2, never PLAIN")
        << true << QStringLiteral("ca") << QStringLiteral("AUTH PLAIN XOAUTH2 OAUTHBEARER") << true
        << QStringList {QStringLiteral("C: AUTH OAUTHBEARER"), QStringLiteral("S: 535 5.7.8 no")}
            + Quit
        << int(Kind::Rejected) << int(Cause::ServerReply) << QByteArray("OAUTHBEARER");
    QTest::addRow("no mechanism in common")
        << true << QStringLiteral("ca") << QStringLiteral("AUTH GSSAPI") << false << Quit
        << int(Kind::Rejected) << int(Cause::NoMechanism) << QByteArray();
}

void TestSmtpSession::tls()
{
    QFETCH(bool, implicitTls);
    QFETCH(QString, trust);
    QFETCH(QString, auth);
    QFETCH(bool, token);
    QFETCH(QStringList, afterEhlo);
    QFETCH(int, kind);
    QFETCH(int, cause);
    QFETCH(QByteArray, authUsed);

    QTemporaryDir dir;
    const auto cert = satchel::test::TestCertificate::generate(dir.path());
    QVERIFY2(cert.isValid(), qPrintable(cert.errorString()));
    FakeSmtpServer server;
    QVERIFY(server.listen());
    server.setTlsCertificate(cert.certificate(), cert.privateKey());
    server.setImplicitTls(implicitTls);
    QStringList script;
    if (!implicitTls) {
        script = ehlo(QStringLiteral("STARTTLS|") + auth.section(u' ', 0, 0))
            + QStringList {QStringLiteral("C: STARTTLS"), QStringLiteral("S: 220 2.0.0 go ahead"),
                           QStringLiteral("STARTTLS")};
        if (trust != u"none")
            script += QStringList {QStringLiteral("C: EHLO [127.0.0.1]"),
                                   QStringLiteral("S: 250-fake"), QStringLiteral("S: 250 ") + auth};
    } else if (trust != u"none") {
        script = ehlo(auth);
    }
    if (trust != u"none")
        script += afterEhlo;
    server.setScript(script);

    SmtpSettings settings;
    settings.host = QStringLiteral("localhost");
    settings.port = server.port();
    settings.security
        = implicitTls ? satchel::pop3::Security::ImplicitTls : satchel::pop3::Security::StartTls;
    settings.user = QStringLiteral("user");
    settings.secret = QStringLiteral("secret!");
    settings.secretIsOAuthToken = token;
    if (trust == u"ca")
        settings.caCertificates = {cert.certificate()};
    if (trust == u"pin")
        settings.acceptedCertificateSha256 = cert.sha256();
    const Run result = run(settings, trust == u"none" ? nullptr : &server);
    QVERIFY(result.finished);
    if (trust != u"none")
        SATCHEL_VERIFY_CONVERSATION(server);
    QCOMPARE(int(result.outcome.kind), kind);
    QCOMPARE(int(result.outcome.cause), cause);
    QCOMPARE(result.authUsed, authUsed);
    if (cause == int(Cause::CertificateRejected)) {
        QVERIFY(!result.outcome.certificateErrors.isEmpty());
        QCOMPARE(result.outcome.certificateChain.value(0), cert.certificate());
    } else {
        QVERIFY(result.encrypted);
    }
}

void TestSmtpSession::plaintextIsRefusedUnlessAllowed()
{
    FakeSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({});
    SmtpSettings settings = plain(server.port());
    settings.allowPlaintext = false;
    const Run result = run(settings);
    QCOMPARE(int(result.outcome.kind), int(Kind::Rejected));
    QCOMPARE(server.connectionCount(), 0);

    // STARTTLS required (587) and not offered: QUIT, nothing else, never in plain text.
    FakeSmtpServer noTls;
    QVERIFY(noTls.listen());
    noTls.setScript(ehlo(QStringLiteral("AUTH PLAIN|SIZE 1000")) + Quit);
    settings = plain(noTls.port());
    settings.security = satchel::pop3::Security::StartTls;
    settings.user = QStringLiteral("user");
    settings.secret = QStringLiteral("secret!");
    const Run refused = run(settings, &noTls);
    SATCHEL_VERIFY_CONVERSATION(noTls);
    QCOMPARE(int(refused.outcome.kind), int(Kind::Rejected));
    QCOMPARE(int(refused.outcome.cause), int(Cause::StartTlsUnavailable));
}

// 8-bit data goes as BODY=8BITMIME when offered and is refused before MAIL when not; a UTF-8
// address needs SMTPUTF8.
void TestSmtpSession::eightBitAndUtf8()
{
    const QByteArray eightBit = "From: a@x\r\nSubject: caf\xc3\xa9\r\n\r\nna\xc3\xafve\r\n";
    const auto submit = [&](FakeSmtpServer &server, const QString &sender) {
        SmtpSession session(plain(server.port()));
        SmtpOutcome outcome;
        bool finished = false;
        connect(&session, &SmtpSession::finished, this, [&](const SmtpOutcome &o) {
            outcome = o;
            finished = true;
        });
        session.submit(sender, {QStringLiteral("b@y")}, eightBit);
        [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return finished; }, 10000);
        [[maybe_unused]] const bool played = server.waitForCompletion();
        return outcome;
    };
    FakeSmtpServer offered;
    QVERIFY(offered.listen());
    offered.setScript(ehlo(QStringLiteral("8BITMIME"))
                      + QStringList {QStringLiteral("C: MAIL FROM:<a@x> BODY=8BITMIME"),
                                     QStringLiteral("S: 250 ok"),
                                     QStringLiteral("C: RCPT TO:<b@y>"),
                                     QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"),
                                     QStringLiteral("S: 354 go"), QStringLiteral("C: From: a@x"),
                                     QStringLiteral("C: Subject: caf\u00e9"), QStringLiteral("C: "),
                                     QStringLiteral("C: na\u00efve"), QStringLiteral("C: ."),
                                     QStringLiteral("S: 250 ok")}
                      + Quit);
    QCOMPARE(int(submit(offered, QStringLiteral("a@x")).kind), int(Kind::Accepted));
    SATCHEL_VERIFY_CONVERSATION(offered);

    FakeSmtpServer notOffered;
    QVERIFY(notOffered.listen());
    notOffered.setScript(ehlo(QStringLiteral("SIZE 1000")) + Quit);
    const SmtpOutcome refused = submit(notOffered, QStringLiteral("a@x"));
    SATCHEL_VERIFY_CONVERSATION(notOffered);
    QCOMPARE(int(refused.cause), int(Cause::EightBitUnsupported));
    QCOMPARE(int(refused.kind), int(Kind::Rejected));

    FakeSmtpServer utf8;
    QVERIFY(utf8.listen());
    utf8.setScript(
        ehlo(QStringLiteral("8BITMIME|SMTPUTF8"))
        + QStringList {QStringLiteral("C: MAIL FROM:<j\u00f6rg@x> BODY=8BITMIME SMTPUTF8"),
                       QStringLiteral("S: 550 5.7.1 no")}
        + Quit);
    const SmtpOutcome utf8Outcome = submit(utf8, QStringLiteral("j\u00f6rg@x"));
    SATCHEL_VERIFY_CONVERSATION(utf8);
    QCOMPARE(int(utf8Outcome.stage), int(Stage::Mail));
}

// The password and its base64 never reach the log, whatever the mechanism sends.
void TestSmtpSession::secretsNeverLogged()
{
    static QStringList logged;
    logged.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("satchel.smtp.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &, const QString &text) { logged << text; });
    QTemporaryDir dir;
    const auto cert = satchel::test::TestCertificate::generate(dir.path());
    QVERIFY2(cert.isValid(), qPrintable(cert.errorString()));
    FakeSmtpServer server;
    QVERIFY(server.listen());
    server.setTlsCertificate(cert.certificate(), cert.privateKey());
    server.setImplicitTls(true);
    server.setScript(
        ehlo(QStringLiteral("AUTH LOGIN"))
        + QStringList {QStringLiteral("C: AUTH LOGIN"), QStringLiteral("S: 334 VXNlcm5hbWU6"),
                       QStringLiteral("C: dXNlcg=="), QStringLiteral("S: 334 UGFzc3dvcmQ6"),
                       QStringLiteral("C: c2VjcmV0IQ=="), QStringLiteral("S: 535 5.7.8 no")}
        + Quit);
    SmtpSettings settings;
    settings.host = QStringLiteral("localhost");
    settings.port = server.port();
    settings.security = satchel::pop3::Security::ImplicitTls;
    settings.caCertificates = {cert.certificate()};
    settings.user = QStringLiteral("user");
    settings.secret = QStringLiteral("secret!");
    const Run result = run(settings, &server);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    SATCHEL_VERIFY_CONVERSATION(server);
    QCOMPARE(result.authUsed, QByteArray("LOGIN"));
    const QString all = logged.join(u'\n');
    QVERIFY2(all.contains(QLatin1String("AUTH LOGIN")), qPrintable(all)); // the log is on
    QVERIFY(!all.contains(QLatin1String("secret!")));
    QVERIFY(!all.contains(QLatin1String("c2VjcmV0IQ==")));
}

QTEST_GUILESS_MAIN(TestSmtpSession)
#include "tst_smtpsession.moc"

// The server probe and the test login against the scripted fake server: every failure mode a row.
#include "FakePop3Server.h"
#include "Scripts.h"
#include "TestCertificate.h"
#include "autoconfig/Explanations.h"
#include "autoconfig/LoginCheck.h"
#include "autoconfig/ServerProbe.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace satchel;
using namespace satchel::autoconfig;
using satchel::pop3::Security;
using satchel::test::FakePop3Server;
using satchel::test::TestCertificate;
namespace scripts = satchel::test::scripts;
using Outcome = ProbeAttempt::Outcome;
using LoginOutcome = LoginCheckResult::Outcome;

namespace {

const QString Host = QStringLiteral("localhost");
const QString User = QStringLiteral("ann@example.org");
const QString Password = QStringLiteral("pw-9f2c!xyzzy");

ProbeAttempt attemptAt(const QString &host, quint16 port, Security security, Outcome outcome)
{
    ProbeAttempt attempt;
    attempt.candidate = {host, port, security};
    attempt.outcome = outcome;
    return attempt;
}

} // namespace

class TestServerProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void candidatesForADomain();
    void probe_data();
    void probe();
    void chooseIsPure();
    void cancelStopsReports();
    void login_data();
    void login();
    void acceptedCertificateThenWorks();
    void everyOutcomeHasASentence();

private:
    ProbeResult runProbe(const QList<ProbeCandidate> &candidates, bool trustCertificate);
    LoginCheckResult runLogin(const pop3::SessionSettings &settings);

    QTemporaryDir m_dir;
    TestCertificate m_cert;
};

void TestServerProbe::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cert = TestCertificate::generate(m_dir.path());
    QVERIFY2(m_cert.isValid(), qPrintable(m_cert.errorString()));
}

void TestServerProbe::candidatesForADomain()
{
    const QList<ProbeCandidate> candidates
        = ServerProbe::candidatesFor(QStringLiteral(" Example.ORG. "));
    const QList<ProbeCandidate> expected {
        {QStringLiteral("pop.example.org"), 995, Security::ImplicitTls},
        {QStringLiteral("mail.example.org"), 995, Security::ImplicitTls},
        {QStringLiteral("example.org"), 995, Security::ImplicitTls},
        {QStringLiteral("pop.example.org"), 110, Security::StartTls},
        {QStringLiteral("mail.example.org"), 110, Security::StartTls},
        {QStringLiteral("example.org"), 110, Security::StartTls},
    };
    QCOMPARE(candidates, expected);
    QVERIFY(ServerProbe::candidatesFor(QString()).isEmpty());
}

ProbeResult TestServerProbe::runProbe(const QList<ProbeCandidate> &candidates,
                                      bool trustCertificate)
{
    ServerProbe::Options options;
    if (trustCertificate)
        options.caCertificates = {m_cert.certificate()};
    options.timeoutMs = 10000;
    ServerProbe probe(candidates, options);
    QSignalSpy finished(&probe, &ServerProbe::finished);
    QSignalSpy attempts(&probe, &ServerProbe::attemptFinished);
    probe.start();
    if (!finished.wait(15000))
        qWarning("the probe did not finish");
    if (attempts.size() != candidates.size())
        qWarning("attempt reports: %d of %d", int(attempts.size()), int(candidates.size()));
    if (finished.size() != 1)
        return {};
    return finished.first().first().value<ProbeResult>();
}

void TestServerProbe::probe_data()
{
    // tls / plain: what listens on the "995" and "110" candidates:
    //   refused, works (trusted), untrusted (self-signed, not trusted), stls, nostls, garbage
    QTest::addColumn<QString>("tls");
    QTest::addColumn<QString>("tlsCapa");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("plainCapaAfterTls");
    QTest::addColumn<int>("bestIndex"); // -1: nothing found
    QTest::addColumn<bool>("certificateProblem");
    QTest::addColumn<bool>("onlyUnencrypted");
    QTest::addColumn<QList<int>>("outcomes");
    QTest::addColumn<QString>("auth"); // the mechanism chosen, "USER", or empty for Automatic
    QTest::addColumn<bool>("uidl");
    QTest::addColumn<int>("expire"); // -2: not announced

    const int works = int(Outcome::Works);
    QTest::newRow("implicit TLS beats STLS")
        << "works"
        << "UIDL|USER|SASL PLAIN SCRAM-SHA-256"
        << "stls"
        << "UIDL|USER|SASL PLAIN" << 0 << false << false << QList<int> {works, works}
        << "SCRAM-SHA-256" << true << -2;
    QTest::newRow("STLS only") << "refused"
                               << ""
                               << "stls"
                               << "UIDL|USER|SASL PLAIN CRAM-MD5" << 1 << false << false
                               << QList<int> {int(Outcome::ConnectionRefused), works} << "CRAM-MD5"
                               << true << -2;
    QTest::newRow("no TLS offered")
        << "refused"
        << ""
        << "nostls"
        << "" << -1 << false << true
        << QList<int> {int(Outcome::ConnectionRefused), int(Outcome::NoTls)} << "" << false << -2;
    QTest::newRow("no UIDL") << "works"
                             << "USER|TOP"
                             << "refused"
                             << "" << 0 << false << false
                             << QList<int> {works, int(Outcome::ConnectionRefused)} << "USER"
                             << false << -2;
    QTest::newRow("EXPIRE 0 (Gmail)")
        << "works"
        << "USER|UIDL|TOP|EXPIRE 0|LOGIN-DELAY 300|SASL PLAIN XOAUTH2"
        << "refused"
        << "" << 0 << false << false << QList<int> {works, int(Outcome::ConnectionRefused)}
        << "PLAIN" << true << 0;
    QTest::newRow("refused everywhere")
        << "refused"
        << ""
        << "refused"
        << "" << -1 << false << false
        << QList<int> {int(Outcome::ConnectionRefused), int(Outcome::ConnectionRefused)} << ""
        << false << -2;
    QTest::newRow("untrusted certificate")
        << "untrusted"
        << ""
        << "stls-untrusted"
        << "" << 0 << true << false
        << QList<int> {int(Outcome::CertificateRejected), int(Outcome::CertificateRejected)} << ""
        << false << -2;
    QTest::newRow("not a POP3 server")
        << "refused"
        << ""
        << "garbage"
        << "" << -1 << false << false
        << QList<int> {int(Outcome::ConnectionRefused), int(Outcome::NotPop3)} << "" << false << -2;
}

void TestServerProbe::probe()
{
    QFETCH(QString, tls);
    QFETCH(QString, tlsCapa);
    QFETCH(QString, plain);
    QFETCH(QString, plainCapaAfterTls);
    QFETCH(int, bestIndex);
    QFETCH(bool, certificateProblem);
    QFETCH(bool, onlyUnencrypted);
    QFETCH(QList<int>, outcomes);
    QFETCH(QString, auth);
    QFETCH(bool, uidl);
    QFETCH(int, expire);

    FakePop3Server tlsServer;
    FakePop3Server plainServer;
    QList<ProbeCandidate> candidates;

    if (tls == u"refused") {
        candidates << ProbeCandidate {Host, scripts::refusedPort(), Security::ImplicitTls};
    } else {
        QVERIFY(tlsServer.listen());
        tlsServer.setTlsCertificate(m_cert.certificate(), m_cert.privateKey());
        tlsServer.setImplicitTls(true);
        // An untrusted certificate ends the handshake: the server never gets to greet.
        tlsServer.setScript(tls == u"works" ? scripts::probeTls(tlsCapa)
                                            : QStringList {QStringLiteral("S: +OK never sent")});
        candidates << ProbeCandidate {Host, tlsServer.port(), Security::ImplicitTls};
    }
    if (plain == u"refused") {
        candidates << ProbeCandidate {Host, scripts::refusedPort(), Security::StartTls};
    } else {
        QVERIFY(plainServer.listen());
        plainServer.setTlsCertificate(m_cert.certificate(), m_cert.privateKey());
        if (plain == u"stls")
            plainServer.setScript(
                scripts::probeStls(QStringLiteral("STLS|USER"), plainCapaAfterTls));
        else if (plain == u"stls-untrusted")
            plainServer.setScript(scripts::greeting() + scripts::capa(QStringLiteral("STLS"))
                                  + QStringList {QStringLiteral("C: STLS"),
                                                 QStringLiteral("S: +OK go ahead"),
                                                 QStringLiteral("STARTTLS")});
        else if (plain == u"nostls")
            plainServer.setScript(scripts::greeting() + scripts::capa(QStringLiteral("USER|UIDL"))
                                  + scripts::quit());
        else if (plain == u"garbage")
            plainServer.setScript({QStringLiteral("S: 220 smtp.example.org ESMTP ready")});
        candidates << ProbeCandidate {Host, plainServer.port(), Security::StartTls};
    }

    const bool trust = tls != u"untrusted";
    const ProbeResult result = runProbe(candidates, trust);
    QCOMPARE(result.attempts.size(), candidates.size());
    QList<int> seen;
    for (const ProbeAttempt &attempt : result.attempts)
        seen << int(attempt.outcome);
    QCOMPARE(seen, outcomes);
    for (int i = 0; i < candidates.size(); ++i)
        QCOMPARE(result.attempts.at(i).candidate, candidates.at(i));

    QCOMPARE(result.found(), bestIndex >= 0);
    QCOMPARE(result.certificateProblem, certificateProblem);
    QCOMPARE(result.onlyUnencrypted, onlyUnencrypted);
    if (bestIndex >= 0)
        QCOMPARE(*result.best, candidates.at(bestIndex));

    if (certificateProblem) {
        // The user gets the chain and the exact errors to decide on.
        for (const ProbeAttempt &attempt : result.attempts) {
            QVERIFY(!attempt.certificateErrors.isEmpty());
            QCOMPARE(attempt.certificateChain.value(0), m_cert.certificate());
        }
    }
    if (result.found() && !certificateProblem) {
        QCOMPARE(result.capabilities.uidl, uidl);
        QCOMPARE(result.capabilities.expireDays.value_or(-2), expire);
        // The method by its stored name: "" automatic, "USER", or the SASL mechanism.
        QCOMPARE(result.loginMethod.name(), auth);
    }
    if (expire == 0)
        QVERIFY(Explanations::serverRemarks(result.capabilities)
                    .join(u' ')
                    .contains(QStringLiteral("removes mail")));
    QVERIFY(!Explanations::forProbe(result, QStringLiteral("example.org")).isEmpty());

    // Every scripted conversation went as written, ending in QUIT: no USER, PASS or AUTH was
    // ever sent by a probe (the scripts have none, so any would be a deviation).
    if (tls == u"works")
        SATCHEL_VERIFY_CONVERSATION(tlsServer);
    if (plain != u"refused" && plain != u"garbage")
        SATCHEL_VERIFY_CONVERSATION(plainServer);
}

void TestServerProbe::chooseIsPure()
{
    const ProbeAttempt stls
        = attemptAt(QStringLiteral("a"), 110, Security::StartTls, Outcome::Works);
    const ProbeAttempt tlsBadCert
        = attemptAt(QStringLiteral("b"), 995, Security::ImplicitTls, Outcome::CertificateRejected);
    const ProbeAttempt tls
        = attemptAt(QStringLiteral("c"), 995, Security::ImplicitTls, Outcome::Works);
    // Verified STLS beats TLS with a bad certificate; verified TLS beats both.
    QCOMPARE(ServerProbe::choose({tlsBadCert, stls}).best->host, QStringLiteral("a"));
    QCOMPARE(ServerProbe::choose({tlsBadCert, stls, tls}).best->host, QStringLiteral("c"));
    // The first of equals.
    ProbeAttempt tls2 = tls;
    tls2.candidate.host = QStringLiteral("d");
    QCOMPARE(ServerProbe::choose({tls2, tls}).best->host, QStringLiteral("d"));
    QVERIFY(!ServerProbe::choose({}).found());
}

void TestServerProbe::cancelStopsReports()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    server.setScript({QStringLiteral("STALL")});
    ServerProbe::Options options;
    options.timeoutMs = 300;
    auto *probe = new ServerProbe({{Host, server.port(), Security::StartTls}}, options);
    QSignalSpy finished(probe, &ServerProbe::finished);
    probe->start();
    QTRY_COMPARE(server.connectionCount(), 1);
    probe->cancel();
    QTest::qWait(600); // past the timeout: a live connection would have reported by now
    QCOMPARE(finished.size(), 0);
    QVERIFY(!probe->isRunning());
    delete probe;
}

LoginCheckResult TestServerProbe::runLogin(const pop3::SessionSettings &settings)
{
    LoginCheck check(settings);
    QSignalSpy finished(&check, &LoginCheck::finished);
    check.start();
    if (!finished.wait(15000) || finished.size() != 1)
        return {};
    if (check.isRunning())
        qWarning("still running after finished()");
    return finished.first().first().value<LoginCheckResult>();
}

void TestServerProbe::login_data()
{
    QTest::addColumn<QString>("server"); // tls, plain-nostls, refused, untrusted
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<bool>("loggedIn");
    QTest::addColumn<int>("messages");
    // The whole address refused with nothing else to try: the local part goes next, on a
    // connection of its own (empty: no second connection).
    QTest::addColumn<QStringList>("localPart");

    const QString caps = QStringLiteral("USER|UIDL|RESP-CODES");
    const QStringList hello = scripts::greeting() + scripts::capa(caps);
    QTest::newRow("ok") << "tls"
                        << hello
            + scripts::userPassLogin(User, Password, caps,
                                     {QStringLiteral("a1"), QStringLiteral("b2")})
                        << int(LoginOutcome::Ok) << true << 2 << QStringList();
    QTest::newRow("wrong password") << "tls"
                                    << hello
            + QStringList {QStringLiteral("C: USER ") + User, QStringLiteral("S: +OK"),
                           QStringLiteral("C: PASS ") + Password,
                           QStringLiteral("S: -ERR [AUTH] invalid user name or password")}
                                    << int(LoginOutcome::WrongPassword) << false << 0
                                    << hello
            + QStringList {QStringLiteral("C: USER ann"), QStringLiteral("S: +OK"),
                           QStringLiteral("C: PASS ") + Password,
                           QStringLiteral("S: -ERR [AUTH] invalid user name or password")};
    QTest::newRow("local part accepted") << "tls"
                                         << hello
            + QStringList {QStringLiteral("C: USER ") + User, QStringLiteral("S: +OK"),
                           QStringLiteral("C: PASS ") + Password,
                           QStringLiteral("S: -ERR [AUTH] invalid user name or password")}
                                         << int(LoginOutcome::Ok) << true << 1
                                         << hello
            + scripts::userPassLogin(QStringLiteral("ann"), Password, caps, {QStringLiteral("a1")});
    QTest::newRow("mailbox in use") << "tls"
                                    << hello
            + QStringList {QStringLiteral("C: USER ") + User, QStringLiteral("S: +OK"),
                           QStringLiteral("C: PASS ") + Password,
                           QStringLiteral("S: -ERR [IN-USE] mailbox locked")}
                                    << int(LoginOutcome::TryLater) << false << 0 << QStringList();
    QTest::newRow("server lacks UIDL")
        << "tls"
        << scripts::greeting() + scripts::capa(QStringLiteral("USER"))
            + scripts::userPassLogin(User, Password, QStringLiteral("USER"), {})
        << int(LoginOutcome::LacksUidl) << true << 0 << QStringList();
    QTest::newRow("no TLS offered") // nothing but CAPA is said: the password never leaves
        << "plain-nostls" << scripts::greeting() + scripts::capa(QStringLiteral("USER|UIDL"))
        << int(LoginOutcome::NoTls) << false << 0 << QStringList();
    QTest::newRow("unreachable") << "refused" << QStringList() << int(LoginOutcome::Unreachable)
                                 << false << 0 << QStringList();
    QTest::newRow("certificate not trusted")
        << "untrusted" << QStringList() << int(LoginOutcome::CertificateUntrusted) << false << 0
        << QStringList();
}

void TestServerProbe::login()
{
    QFETCH(QString, server);
    QFETCH(QStringList, script);
    QFETCH(int, outcome);
    QFETCH(bool, loggedIn);
    QFETCH(int, messages);
    QFETCH(QStringList, localPart);

    FakePop3Server fake;
    pop3::SessionSettings settings;
    settings.host = Host;
    settings.user = User;
    settings.secret = Password;
    settings.loginMethod = pop3::LoginMethod::userPass();
    settings.connectTimeoutMs = settings.handshakeTimeoutMs = settings.commandTimeoutMs = 10000;
    if (server == u"refused") {
        settings.port = scripts::refusedPort();
    } else {
        QVERIFY(fake.listen());
        fake.setTlsCertificate(m_cert.certificate(), m_cert.privateKey());
        fake.setImplicitTls(server != u"plain-nostls");
        // An untrusted certificate ends the handshake: the server never gets to greet.
        if (!localPart.isEmpty()) {
            fake.addConnectionScript(script);
            fake.addConnectionScript(localPart);
        } else {
            fake.setScript(script.isEmpty() ? QStringList {QStringLiteral("S: +OK never sent")}
                                            : script);
        }
        settings.port = fake.port();
        settings.security = server == u"plain-nostls" ? Security::StartTls : Security::ImplicitTls;
        if (server != u"untrusted")
            settings.caCertificates = {m_cert.certificate()};
    }

    const LoginCheckResult result = runLogin(settings);
    QCOMPARE(int(result.outcome), outcome);
    QCOMPARE(result.loggedIn, loggedIn);
    QCOMPARE(result.messageCount, messages);
    QCOMPARE(result.hasUidl, outcome == int(LoginOutcome::Ok));
    if (!localPart.isEmpty()) {
        QCOMPARE(result.usersTried, (QStringList {User, QStringLiteral("ann")}));
        QCOMPARE(result.userName, QStringLiteral("ann"));
    }
    if (outcome == int(LoginOutcome::CertificateUntrusted)) {
        QVERIFY(!result.certificateErrors.isEmpty());
        QCOMPARE(result.certificateChain.value(0), m_cert.certificate());
    }
    if (!script.isEmpty())
        SATCHEL_VERIFY_CONVERSATION(fake);
}

void TestServerProbe::acceptedCertificateThenWorks()
{
    // The wizard's path: untrusted, the user accepts that exact certificate, the login works.
    FakePop3Server fake;
    QVERIFY(fake.listen());
    fake.setTlsCertificate(m_cert.certificate(), m_cert.privateKey());
    fake.setImplicitTls(true);
    const QString caps = QStringLiteral("USER|UIDL");
    fake.addConnectionScript({QStringLiteral("S: +OK never sent")});
    fake.addConnectionScript(
        scripts::greeting() + scripts::capa(caps)
        + scripts::userPassLogin(User, Password, caps, {QStringLiteral("u1")}));
    pop3::SessionSettings settings;
    settings.host = Host;
    settings.port = fake.port();
    settings.user = User;
    settings.secret = Password;
    settings.loginMethod = pop3::LoginMethod::userPass();

    const LoginCheckResult refused = runLogin(settings);
    QCOMPARE(refused.outcome, LoginOutcome::CertificateUntrusted);
    const QSslCertificate leaf = refused.certificateChain.value(0);
    settings.acceptedCertificateSha256 = leaf.digest(QCryptographicHash::Sha256);
    const LoginCheckResult accepted = runLogin(settings);
    QCOMPARE(accepted.outcome, LoginOutcome::Ok);
    QCOMPARE(accepted.messageCount, 1);
    QCOMPARE(fake.connectionCount(), 2);
}

void TestServerProbe::everyOutcomeHasASentence()
{
    QSet<QString> sentences;
    for (int o = int(LoginOutcome::Ok); o <= int(LoginOutcome::Failed); ++o) {
        const QString sentence = Explanations::forLogin(LoginOutcome(o));
        QVERIFY(sentence.endsWith(u'.'));
        sentences.insert(sentence);
    }
    QCOMPARE(sentences.size(), int(LoginOutcome::Failed) + 1); // all different
    LoginCheckResult two;
    two.outcome = LoginOutcome::Ok;
    two.messageCount = 2;
    QVERIFY(Explanations::forLogin(two).contains(QStringLiteral("server now: 2.")));
    for (int o = int(Outcome::Works); o <= int(Outcome::NetworkError); ++o) {
        const ProbeAttempt attempt
            = attemptAt(QStringLiteral("pop.x.org"), 995, Security::ImplicitTls, Outcome(o));
        QVERIFY(Explanations::forAttempt(attempt).startsWith(QStringLiteral("pop.x.org:995")));
    }
}

QTEST_GUILESS_MAIN(TestServerProbe)
#include "tst_serverprobe.moc"

// The probe and the test login against a real server: Debian's Dovecot, started privately.
#include "DovecotFixture.h"
#include "Scripts.h"
#include "autoconfig/LoginCheck.h"
#include "autoconfig/ServerProbe.h"

#include <QSignalSpy>
#include <QTest>

using namespace satchel;
using namespace satchel::autoconfig;
using satchel::pop3::Security;
using satchel::test::DovecotFixture;
using LoginOutcome = LoginCheckResult::Outcome;

namespace {
const QString Host = QStringLiteral("localhost");
}

class TestAutoconfigDovecot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void probeFindsImplicitTls();
    void probeStlsWhenThatIsAll();
    void probeSeesTheCertificateProblem();
    void login_data();
    void login();

private:
    ProbeResult probe(const QList<ProbeCandidate> &candidates, bool trust);
    LoginCheckResult login(pop3::SessionSettings settings);

    std::unique_ptr<DovecotFixture> m_dovecot;
};

void TestAutoconfigDovecot::initTestCase()
{
    SATCHEL_REQUIRE_DOVECOT();
    m_dovecot = std::make_unique<DovecotFixture>();
    QVERIFY2(m_dovecot->start(), qPrintable(m_dovecot->errorString()));
    QVERIFY(m_dovecot->addMessage("From: a@example.org\r\nSubject: one\r\n\r\nbody\r\n"));
    QVERIFY(m_dovecot->addMessage("From: b@example.org\r\nSubject: two\r\n\r\nbody\r\n"));
}

void TestAutoconfigDovecot::cleanupTestCase()
{
    m_dovecot.reset();
}

ProbeResult TestAutoconfigDovecot::probe(const QList<ProbeCandidate> &candidates, bool trust)
{
    ServerProbe::Options options;
    if (trust)
        options.caCertificates = {m_dovecot->certificate()};
    options.timeoutMs = 10000;
    ServerProbe probe(candidates, options);
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.start();
    if (!finished.wait(20000) || finished.size() != 1)
        return {};
    return finished.first().first().value<ProbeResult>();
}

void TestAutoconfigDovecot::probeFindsImplicitTls()
{
    const QList<ProbeCandidate> candidates {
        {Host, satchel::test::scripts::refusedPort(), Security::ImplicitTls},
        {Host, m_dovecot->pop3sPort(), Security::ImplicitTls},
        {Host, m_dovecot->pop3Port(), Security::StartTls},
    };
    const ProbeResult result = probe(candidates, true);
    QVERIFY(result.found());
    QCOMPARE(*result.best, candidates.at(1));
    QVERIFY(!result.certificateProblem);
    QCOMPARE(result.attempts.at(0).outcome, ProbeAttempt::Outcome::ConnectionRefused);
    QCOMPARE(result.attempts.at(1).outcome, ProbeAttempt::Outcome::Works);
    QCOMPARE(result.attempts.at(2).outcome, ProbeAttempt::Outcome::Works);
    // Dovecot lists its SASL mechanisms, UIDL and STLS-after-TLS facts in CAPA.
    QVERIFY(result.capabilities.known);
    QVERIFY(result.capabilities.uidl);
    QCOMPARE(result.loginMethod, pop3::LoginMethod::sasl(pop3::SaslMechanismKind::ScramSha256));
    QVERIFY(!result.attempts.at(1).greeting.isEmpty());
}

void TestAutoconfigDovecot::probeStlsWhenThatIsAll()
{
    const QList<ProbeCandidate> candidates {
        {Host, satchel::test::scripts::refusedPort(), Security::ImplicitTls},
        {Host, m_dovecot->pop3Port(), Security::StartTls},
    };
    const ProbeResult result = probe(candidates, true);
    QVERIFY(result.found());
    QCOMPARE(*result.best, candidates.at(1));
    QVERIFY(result.capabilities.uidl);
    QVERIFY(!result.capabilities.stls); // asked again after TLS: STLS is no longer offered
}

void TestAutoconfigDovecot::probeSeesTheCertificateProblem()
{
    const QList<ProbeCandidate> candidates {{Host, m_dovecot->pop3sPort(), Security::ImplicitTls}};
    const ProbeResult result = probe(candidates, false);
    QVERIFY(result.found());
    QVERIFY(result.certificateProblem);
    QCOMPARE(result.attempts.at(0).certificateChain.value(0), m_dovecot->certificate());
    QVERIFY(!result.attempts.at(0).certificateErrors.isEmpty());
}

LoginCheckResult TestAutoconfigDovecot::login(pop3::SessionSettings settings)
{
    settings.connectTimeoutMs = settings.handshakeTimeoutMs = settings.commandTimeoutMs = 10000;
    LoginCheck check(settings);
    QSignalSpy finished(&check, &LoginCheck::finished);
    check.start();
    if (!finished.wait(20000) || finished.size() != 1)
        return {};
    return finished.first().first().value<LoginCheckResult>();
}

void TestAutoconfigDovecot::login_data()
{
    QTest::addColumn<int>("security");
    QTest::addColumn<bool>("rightPassword");
    QTest::addColumn<QString>("trust"); // ca, none, pinned
    QTest::addColumn<int>("outcome");

    QTest::newRow("TLS, right password")
        << int(Security::ImplicitTls) << true << "ca" << int(LoginOutcome::Ok);
    QTest::newRow("STARTTLS, right password")
        << int(Security::StartTls) << true << "ca" << int(LoginOutcome::Ok);
    QTest::newRow("wrong password")
        << int(Security::ImplicitTls) << false << "ca" << int(LoginOutcome::WrongPassword);
    QTest::newRow("certificate not trusted")
        << int(Security::ImplicitTls) << true << "none" << int(LoginOutcome::CertificateUntrusted);
    QTest::newRow("certificate accepted (pinned)")
        << int(Security::ImplicitTls) << true << "pinned" << int(LoginOutcome::Ok);
}

void TestAutoconfigDovecot::login()
{
    QFETCH(int, security);
    QFETCH(bool, rightPassword);
    QFETCH(QString, trust);
    QFETCH(int, outcome);

    pop3::SessionSettings settings;
    settings.host = Host;
    settings.security = Security(security);
    settings.port
        = settings.security == Security::StartTls ? m_dovecot->pop3Port() : m_dovecot->pop3sPort();
    settings.user = m_dovecot->userName();
    settings.secret = rightPassword ? m_dovecot->password() : QStringLiteral("not-the-password");
    if (trust == u"ca")
        settings.caCertificates = {m_dovecot->certificate()};
    else if (trust == u"pinned")
        settings.acceptedCertificateSha256 = m_dovecot->certificateSha256();

    const LoginCheckResult result = login(settings);
    QCOMPARE(int(result.outcome), outcome);
    if (result.ok()) {
        QCOMPARE(result.messageCount, 2);
        QVERIFY(result.hasUidl);
        QVERIFY(result.loggedIn);
        QCOMPARE(result.authenticationUsed, QByteArray("SCRAM-SHA-256"));
    }
    if (result.outcome == LoginOutcome::CertificateUntrusted)
        QCOMPARE(result.certificateChain.value(0), m_dovecot->certificate());
}

QTEST_GUILESS_MAIN(TestAutoconfigDovecot)
#include "tst_autoconfigdovecot.moc"

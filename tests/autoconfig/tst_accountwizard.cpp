// The account wizard, offscreen, against the scripted fake server: auto-detection, the test
// login, the certificate dialog, the retention page; and that the password stays out of files
// and logs.
#include "FakePop3Server.h"
#include "Must.h"
#include "Scripts.h"
#include "TestCertificate.h"
#include "WizardDriver.h"
#include "autoconfig/Explanations.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace satchel;
using namespace satchel::test::wizard;
using satchel::autoconfig::Explanations;
using satchel::autoconfig::LoginCheckResult;
using satchel::autoconfig::ProbeCandidate;
using satchel::pop3::Security;
using satchel::test::FakePop3Server;
using satchel::test::must;
using satchel::test::TestCertificate;
using satchel::ui::AccountWizard;
using satchel::ui::CertificateDialog;
using satchel::ui::NewAccount;
namespace scripts = satchel::test::scripts;

namespace {

const QString Address = QStringLiteral("ann@example.org");
const QString Password = QStringLiteral("Zq7-secret-horse-battery");

// Every message Qt logs, for the check that the password never reaches a log.
QStringList *g_log = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // The fake server is the other end: it knows the password, and its reports quote what it
    // received. Everything else is Satchel's (or Qt's on Satchel's behalf) and is checked.
    if (g_log && !message.startsWith(QLatin1String("FakePop3Server:")))
        g_log->append(QString::fromLatin1(context.category ? context.category : "") + u' '
                      + message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QString plainInitialResponse(const QString &user, const QString &password)
{
    const QByteArray message
        = QByteArray(1, '\0') + user.toUtf8() + QByteArray(1, '\0') + password.toUtf8();
    return QString::fromLatin1(message.toBase64());
}

} // namespace

class TestAccountWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void detectsAndLogsIn();
    void certificateDialogPinsTheFingerprint();
    void changedCertificateAsksAgain();
    void leaveOnServerRefusedWithoutUidl();
    void wrongPasswordIsExplained();
    void localPartIsTriedAndKept();
    void fallbackIsSaidAndRemembered();
    void refusedChosenMethodSuggestsOthers();
    void presetIsShown();
    void providerWithoutPop3();
    void certificateDialogChangedMode();
    void passwordNeverInFilesOrLogs();

private:
    AccountWizard::Options options(QList<ProbeCandidate> candidates, bool trust) const;
    // Pages 1 and 2; returns when the probe finished and the server page is complete.
    void throughDetection(AccountWizard &wizard);
    // A fake server on implicit TLS with the test certificate; its first connection is the probe.
    [[nodiscard]] bool serveTls(FakePop3Server &server, const QString &caps) const;
    // From the server page to the end of the test login.
    void testLogin(AccountWizard &wizard);

    std::unique_ptr<QTemporaryDir> m_home;
    QTemporaryDir m_certDir;
    TestCertificate m_cert;
    QStringList m_log;
};

void TestAccountWizard::initTestCase()
{
    // Everything the wizard (or Qt for it) might write goes under one folder this test reads.
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("HOME", m_home->path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (m_home->path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (m_home->path() + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CACHE_HOME", (m_home->path() + QStringLiteral("/cache")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    // Debug logging on, so that a leak in any category shows up.
    QLoggingCategory::setFilterRules(QStringLiteral("satchel.*=true"));
    g_log = &m_log;
    g_previousHandler = qInstallMessageHandler(captureMessages);

    QVERIFY(m_certDir.isValid());
    m_cert = TestCertificate::generate(m_certDir.path());
    QVERIFY2(m_cert.isValid(), qPrintable(m_cert.errorString()));
}

void TestAccountWizard::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
    g_log = nullptr;
}

AccountWizard::Options TestAccountWizard::options(QList<ProbeCandidate> candidates,
                                                  bool trust) const
{
    AccountWizard::Options options;
    options.candidates = [candidates](const QString &domain) {
        // The wizard asks for the address's domain; the servers are on loopback.
        return domain == u"example.org" ? candidates : QList<ProbeCandidate> {};
    };
    if (trust)
        options.caCertificates = {m_cert.certificate()};
    options.probeTimeoutMs = 5000;
    options.loginTimeoutMs = 5000;
    return options;
}

void TestAccountWizard::throughDetection(AccountWizard &wizard)
{
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(!nextEnabled(wizard)); // nothing typed yet
    fillIdentity(wizard, QStringLiteral("Ann Example"), QStringLiteral("not an address"), Password);
    QVERIFY(!nextEnabled(wizard));
    fillIdentity(wizard, QStringLiteral("Ann Example"), Address, Password);
    QVERIFY(nextEnabled(wizard));
    QSignalSpy probed(&wizard, &AccountWizard::probeFinished);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::ServerPageId));
    QVERIFY(probed.wait(10000));
    QVERIFY(!wizard.isProbing());
}

bool TestAccountWizard::serveTls(FakePop3Server &server, const QString &caps) const
{
    if (!server.listen())
        return false;
    server.setTlsCertificate(m_cert.certificate(), m_cert.privateKey());
    server.setImplicitTls(true);
    server.addConnectionScript(scripts::probeTls(caps));
    return true;
}

void TestAccountWizard::testLogin(AccountWizard &wizard)
{
    QSignalSpy checked(&wizard, &AccountWizard::loginCheckFinished);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::TestPageId));
    QVERIFY(checked.wait(10000));
}

void TestAccountWizard::detectsAndLogsIn()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    server.setTlsCertificate(m_cert.certificate(), m_cert.privateKey());
    server.setImplicitTls(true);
    const QString caps = QStringLiteral("USER|UIDL|TOP|SASL PLAIN");
    server.addConnectionScript(scripts::probeTls(caps)); // the probe
    server.addConnectionScript(
        scripts::greeting() + scripts::capa(caps)
        + QStringList {QStringLiteral("C: AUTH PLAIN ") + plainInitialResponse(Address, Password),
                       QStringLiteral("S: +OK welcome")}
        + scripts::capa(caps)
        + QStringList {QStringLiteral("C: STAT"), QStringLiteral("S: +OK 3 4000"),
                       QStringLiteral("C: UIDL"), QStringLiteral("S: +OK"),
                       QStringLiteral("S: 1 a"), QStringLiteral("S: 2 b"), QStringLiteral("S: 3 c"),
                       QStringLiteral("S: .")}
        + scripts::quit());

    const quint16 refused = scripts::refusedPort();
    AccountWizard wizard(
        options({{QStringLiteral("localhost"), server.port(), Security::ImplicitTls},
                 {QStringLiteral("localhost"), refused, Security::StartTls}},
                true));
    throughDetection(wizard);

    // What was found is shown and editable.
    QCOMPARE(child<QLineEdit>(&wizard, "host")->text(), QStringLiteral("localhost"));
    QCOMPARE(child<QSpinBox>(&wizard, "port")->value(), int(server.port()));
    QCOMPARE(child<QComboBox>(&wizard, "security")->currentData().toInt(),
             int(Security::ImplicitTls));
    QCOMPARE(child<QComboBox>(&wizard, "userName")->currentText(), Address);
    // Automatic, not the strongest method seen: that one is the first try, with a fallback.
    QCOMPARE(child<QComboBox>(&wizard, "authMethod")->currentIndex(), 0);
    QVERIFY(text(&wizard, "detectionStatus").contains(QStringLiteral("Found a POP3 server")));
    QVERIFY(text(&wizard, "attempts").contains(QStringLiteral("works")));
    QVERIFY(text(&wizard, "attempts").contains(QStringLiteral("refused")));
    QVERIFY(nextEnabled(wizard));

    QSignalSpy checked(&wizard, &AccountWizard::loginCheckFinished);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::TestPageId));
    QVERIFY(checked.wait(10000));
    QCOMPARE(wizard.loginResult().outcome, LoginCheckResult::Outcome::Ok);
    QVERIFY(text(&wizard, "loginExplanation").contains(QStringLiteral("server now: 3.")));
    QVERIFY(nextEnabled(wizard));
    SATCHEL_VERIFY_CONVERSATION(server);

    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::RetentionPageId));
    QVERIFY(!child<QLabel>(&wizard, "uidlRefusal")->isVisible());
    child<QRadioButton>(&wizard, "leaveDays")->setChecked(true);
    child<QSpinBox>(&wizard, "leaveDaysCount")->setValue(30);
    child<QCheckBox>(&wizard, "capMessages")->setChecked(true);
    child<QSpinBox>(&wizard, "capMessagesCount")->setValue(500);
    child<QCheckBox>(&wizard, "headersOnly")->setChecked(true);
    child<QSpinBox>(&wizard, "checkInterval")->setValue(30);
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    const NewAccount account = wizard.account();
    const accounts::AccountSettings &settings = account.settings;
    QVERIFY(settings.name.isEmpty()); // the caller names the account
    QCOMPARE(settings.displayName, QStringLiteral("Ann Example"));
    QCOMPARE(settings.address, Address);
    QCOMPARE(account.password, Password);
    QCOMPARE(settings.host, QStringLiteral("localhost"));
    QCOMPARE(settings.port, server.port());
    QCOMPARE(settings.security, Security::ImplicitTls);
    QCOMPARE(settings.user, Address);
    QCOMPARE(settings.loginMethod, pop3::LoginMethod::automatic());
    // What the test login used is where the first check starts.
    QCOMPARE(settings.rememberedLogin, pop3::LoginMethod::sasl(pop3::SaslMechanismKind::Plain));
    QVERIFY(settings.pinnedSha256.isEmpty()); // it verified: nothing pinned
    QCOMPARE(settings.retention.mode(), sync::RetentionPolicy::Mode::ForDays);
    QCOMPARE(settings.retention.maxDays, std::optional<int>(30));
    QCOMPARE(settings.retention.maxMessages, std::optional<int>(500));
    QCOMPARE(settings.retention.maxBytes, std::nullopt);
    QVERIFY(!settings.retention.deleteAfterDownload);
    QVERIFY(settings.headersOnly);
    QCOMPARE(settings.maxMessageKb, std::nullopt);
    QCOMPARE(settings.checkIntervalMinutes, 30);
    QVERIFY(account.serverHasUidl);
    // What the session gets from it: no cleartext password without TLS being chosen off.
    const pop3::SessionSettings session = must(settings.sessionSettings());
    QVERIFY(!session.allowCleartextPassword);
    QCOMPARE(session.loginMethod, settings.loginMethod);
}

void TestAccountWizard::certificateDialogPinsTheFingerprint()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    server.setTlsCertificate(m_cert.certificate(), m_cert.privateKey());
    server.setImplicitTls(true);
    const QString caps = QStringLiteral("USER|UIDL");
    // The probe and the first login fail the handshake; the login after "accept" works.
    server.addConnectionScript({QStringLiteral("S: +OK never sent")});
    server.addConnectionScript({QStringLiteral("S: +OK never sent")});
    server.addConnectionScript(
        scripts::greeting() + scripts::capa(caps)
        + scripts::userPassLogin(Address, Password, caps, {QStringLiteral("x1")}));

    AccountWizard wizard(
        options({{QStringLiteral("localhost"), server.port(), Security::ImplicitTls}}, false));
    throughDetection(wizard);
    QVERIFY(text(&wizard, "detectionStatus").contains(QStringLiteral("certificate")));
    // The attempt names the exact error.
    QVERIFY2(text(&wizard, "attempts").contains(QStringLiteral("self-signed")),
             qPrintable(text(&wizard, "attempts")));
    QSignalSpy checked(&wizard, &AccountWizard::loginCheckFinished);
    wizard.next();
    QVERIFY(checked.wait(10000));
    QCOMPARE(wizard.loginResult().outcome, LoginCheckResult::Outcome::CertificateUntrusted);
    QVERIFY(!nextEnabled(wizard));

    // The dialog opened by itself, with what the user needs to decide.
    CertificateDialog *dialog = wizard.certificateDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->mode(), CertificateDialog::Mode::Untrusted);
    const QByteArray sha = m_cert.sha256();
    QCOMPARE(text(dialog, "fingerprint"), CertificateDialog::formatFingerprint(sha, true));
    QVERIFY(text(dialog, "fingerprint").remove(u'\n') == CertificateDialog::formatFingerprint(sha));
    QVERIFY(text(dialog, "subject").contains(QStringLiteral("localhost")));
    QVERIFY(text(dialog, "issuer").contains(QStringLiteral("self-signed")));
    QVERIFY(text(dialog, "errors").contains(QStringLiteral("self-signed")));
    QVERIFY(!text(dialog, "validity").isEmpty());
    QVERIFY(!dialog->acceptButton()->isDefault()); // Enter does not accept

    dialog->acceptButton()->click();
    QVERIFY(checked.wait(10000));
    QCOMPARE(wizard.loginResult().outcome, LoginCheckResult::Outcome::Ok);
    QVERIFY(nextEnabled(wizard));
    // Three connections: two ended in the handshake with nothing said, the third logged in.
    QCOMPARE(server.connectionCount(), 3);
    QCOMPARE(server.failures().size(), 2);
    for (const QString &failure : server.failures())
        QVERIFY2(failure.contains(QStringLiteral("TLS handshake")), qPrintable(failure));
    QCOMPARE(server.receivedLines().last(), QByteArray("QUIT"));
    wizard.next();
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.account().settings.pinnedSha256, sha);
    QCOMPARE(must(wizard.account().settings.sessionSettings()).acceptedCertificateSha256, sha);
}

void TestAccountWizard::changedCertificateAsksAgain()
{
    QTemporaryDir otherDir;
    const TestCertificate other = TestCertificate::generate(otherDir.path());
    QVERIFY2(other.isValid(), qPrintable(other.errorString()));

    FakePop3Server server;
    QVERIFY(server.listen());
    server.setTlsCertificate(m_cert.certificate(), m_cert.privateKey());
    server.setImplicitTls(true);
    const QString caps = QStringLiteral("USER|UIDL");
    server.addConnectionScript({QStringLiteral("S: +OK never sent")}); // probe
    server.addConnectionScript({QStringLiteral("S: +OK never sent")}); // login: untrusted
    server.addConnectionScript(
        scripts::greeting() + scripts::capa(caps)
        + scripts::userPassLogin(Address, Password, caps, {QStringLiteral("x1")}));
    server.addConnectionScript({QStringLiteral("S: +OK never sent")}); // another certificate

    AccountWizard wizard(
        options({{QStringLiteral("localhost"), server.port(), Security::ImplicitTls}}, false));
    throughDetection(wizard);
    QSignalSpy checked(&wizard, &AccountWizard::loginCheckFinished);
    wizard.next();
    QVERIFY(checked.wait(10000));
    QTRY_VERIFY(wizard.certificateDialog() && wizard.certificateDialog()->isVisible());
    wizard.certificateDialog()->acceptButton()->click();
    QVERIFY(checked.wait(10000));
    QCOMPARE(wizard.loginResult().outcome, LoginCheckResult::Outcome::Ok);

    // Back and forth to the same server, which now shows another certificate: the pinned one
    // does not excuse it, and the dialog says that it changed.
    server.setTlsCertificate(other.certificate(), other.privateKey());
    wizard.back();
    QCOMPARE(wizard.currentId(), int(AccountWizard::ServerPageId));
    wizard.next();
    QVERIFY(checked.wait(10000));
    QCOMPARE(wizard.loginResult().outcome, LoginCheckResult::Outcome::CertificateUntrusted);
    QTRY_VERIFY(wizard.certificateDialog() && wizard.certificateDialog()->isVisible());
    CertificateDialog *dialog = wizard.certificateDialog();
    QCOMPARE(dialog->mode(), CertificateDialog::Mode::Changed);
    QCOMPARE(dialog->sha256(), other.sha256());
    QCOMPARE(text(dialog, "previousFingerprint"),
             CertificateDialog::formatFingerprint(m_cert.sha256(), true));
    dialog->reject();
    QVERIFY(!nextEnabled(wizard));
    QCOMPARE(server.connectionCount(), 4);
}

void TestAccountWizard::leaveOnServerRefusedWithoutUidl()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    server.setTlsCertificate(m_cert.certificate(), m_cert.privateKey());
    server.setImplicitTls(true);
    const QString caps = QStringLiteral("USER|TOP");
    server.addConnectionScript(scripts::probeTls(caps));
    server.addConnectionScript(scripts::greeting() + scripts::capa(caps)
                               + scripts::userPassLogin(Address, Password, caps, {}));
    AccountWizard wizard(
        options({{QStringLiteral("localhost"), server.port(), Security::ImplicitTls}}, true));
    throughDetection(wizard);
    QSignalSpy checked(&wizard, &AccountWizard::loginCheckFinished);
    wizard.next();
    QVERIFY(checked.wait(10000));
    QCOMPARE(wizard.loginResult().outcome, LoginCheckResult::Outcome::LacksUidl);
    QCOMPARE(text(&wizard, "loginExplanation"),
             Explanations::forLogin(LoginCheckResult::Outcome::LacksUidl));
    QVERIFY(nextEnabled(wizard)); // usable, but only one way
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::RetentionPageId));

    auto *refusal = child<QLabel>(&wizard, "uidlRefusal");
    QVERIFY(refusal->isVisible());
    QVERIFY(refusal->text().contains(QStringLiteral("UIDL")));
    QVERIFY(child<QRadioButton>(&wizard, "leaveNo")->isChecked());
    QVERIFY(!child<QRadioButton>(&wizard, "leaveForever")->isEnabled());
    QVERIFY(!child<QRadioButton>(&wizard, "leaveDays")->isEnabled());
    QVERIFY(!child<QRadioButton>(&wizard, "leaveUntilDeleted")->isEnabled());

    // Even forced, the page refuses to finish with a leave-on-server policy.
    child<QRadioButton>(&wizard, "leaveForever")->setChecked(true);
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.currentId(), int(AccountWizard::RetentionPageId));
    child<QRadioButton>(&wizard, "leaveNo")->setChecked(true);
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(wizard.account().settings.retention.mode(),
             sync::RetentionPolicy::Mode::DeleteAfterDownload);
    QVERIFY(wizard.account().settings.retention.deleteAfterDownload);
    QVERIFY(!wizard.account().serverHasUidl);
}

void TestAccountWizard::wrongPasswordIsExplained()
{
    FakePop3Server server;
    const QString caps = QStringLiteral("USER|UIDL|RESP-CODES");
    QVERIFY(serveTls(server, caps));
    server.addConnectionScript(
        scripts::greeting() + scripts::capa(caps)
        + QStringList {QStringLiteral("C: USER ") + Address, QStringLiteral("S: +OK"),
                       QStringLiteral("C: PASS ") + Password, QStringLiteral("S: -ERR [AUTH] no")});
    // The whole address refused and nothing else offered: the local part is tried too.
    server.addConnectionScript(
        scripts::greeting() + scripts::capa(caps)
        + QStringList {QStringLiteral("C: USER ann"), QStringLiteral("S: +OK"),
                       QStringLiteral("C: PASS ") + Password, QStringLiteral("S: -ERR [AUTH] no")});
    AccountWizard wizard(
        options({{QStringLiteral("localhost"), server.port(), Security::ImplicitTls}}, true));
    throughDetection(wizard);
    QCOMPARE(child<QComboBox>(&wizard, "authMethod")->currentIndex(), 0); // automatic
    testLogin(wizard);
    QCOMPARE(wizard.loginResult().outcome, LoginCheckResult::Outcome::WrongPassword);
    QCOMPARE(wizard.loginResult().usersTried, (QStringList {Address, QStringLiteral("ann")}));
    QCOMPARE(text(&wizard, "loginExplanation"), Explanations::forLogin(wizard.loginResult()));
    QVERIFY(text(&wizard, "loginExplanation").contains(QStringLiteral("check both")));
    QCOMPARE(child<QComboBox>(&wizard, "userName")->currentText(), Address); // as typed
    QVERIFY(text(&wizard, "loginDetails").contains(QStringLiteral("no")));
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(child<QPushButton>(&wizard, "retryLogin")->isVisible());
    QVERIFY(!child<QPushButton>(&wizard, "showCertificate")->isVisible());
    SATCHEL_VERIFY_CONVERSATION(server);
}

void TestAccountWizard::localPartIsTriedAndKept()
{
    // Many ISPs want the local part only: the whole address refused, the local part works, and
    // the wizard says so and keeps it.
    FakePop3Server server;
    const QString caps = QStringLiteral("USER|UIDL|RESP-CODES");
    QVERIFY(serveTls(server, caps));
    server.addConnectionScript(scripts::greeting() + scripts::capa(caps)
                               + QStringList {QStringLiteral("C: USER ") + Address,
                                              QStringLiteral("S: +OK"),
                                              QStringLiteral("C: PASS ") + Password,
                                              QStringLiteral("S: -ERR [AUTH] Bad login")});
    server.addConnectionScript(
        scripts::greeting() + scripts::capa(caps)
        + scripts::userPassLogin(QStringLiteral("ann"), Password, caps, {QStringLiteral("a")}));
    AccountWizard wizard(
        options({{QStringLiteral("localhost"), server.port(), Security::ImplicitTls}}, true));
    throughDetection(wizard);
    testLogin(wizard);
    SATCHEL_VERIFY_CONVERSATION(server);
    QCOMPARE(wizard.loginResult().outcome, LoginCheckResult::Outcome::Ok);
    QCOMPARE(wizard.loginResult().userName, QStringLiteral("ann"));
    const QString explanation = text(&wizard, "loginExplanation");
    QVERIFY2(explanation.contains(Address) && explanation.contains(QStringLiteral("ann")),
             qPrintable(explanation));
    QCOMPARE(child<QComboBox>(&wizard, "userName")->currentText(), QStringLiteral("ann"));
    QVERIFY(nextEnabled(wizard));
    wizard.next();
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.account().settings.user, QStringLiteral("ann"));
}

void TestAccountWizard::fallbackIsSaidAndRemembered()
{
    // A timestamp in every greeting, but no APOP secret for this user: the test login falls back
    // to USER/PASS over TLS, says so, and the account starts with USER next time.
    const QByteArray stamp = "<77.1@fake.example>";
    FakePop3Server server;
    const QString caps = QStringLiteral("USER|UIDL|RESP-CODES");
    QVERIFY(serveTls(server, caps));
    server.addConnectionScript(
        QStringList {QStringLiteral("S: +OK ready ") + QString::fromLatin1(stamp)}
        + scripts::capa(caps)
        + QStringList {QStringLiteral("C: APOP %1 %2")
                           .arg(Address,
                                QString::fromLatin1(
                                    QCryptographicHash::hash(QByteArray(stamp + Password.toUtf8()),
                                                             QCryptographicHash::Md5)
                                        .toHex())),
                       QStringLiteral("S: -ERR [AUTH] Bad login")}
        + scripts::userPassLogin(Address, Password, caps, {QStringLiteral("a")}));
    AccountWizard wizard(
        options({{QStringLiteral("localhost"), server.port(), Security::ImplicitTls}}, true));
    throughDetection(wizard);
    testLogin(wizard);
    SATCHEL_VERIFY_CONVERSATION(server);
    QCOMPARE(wizard.loginResult().outcome, LoginCheckResult::Outcome::Ok);
    QCOMPARE(wizard.loginResult().refusedLogins, QList<QByteArray> {"APOP"});
    const QString explanation = text(&wizard, "loginExplanation");
    QVERIFY2(explanation.contains(QStringLiteral("refused APOP"))
                 && explanation.contains(QStringLiteral("USER")),
             qPrintable(explanation));
    wizard.next();
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.account().settings.loginMethod, pop3::LoginMethod::automatic());
    QCOMPARE(wizard.account().settings.rememberedLogin, pop3::LoginMethod::userPass());
}

void TestAccountWizard::refusedChosenMethodSuggestsOthers()
{
    // CRAM-MD5 chosen by name and refused: it does not fall back, and the explanation points at
    // the other methods rather than only at the password.
    FakePop3Server server;
    const QString caps = QStringLiteral("USER|UIDL|RESP-CODES|SASL CRAM-MD5 PLAIN");
    QVERIFY(serveTls(server, caps));
    server.addConnectionScript(
        scripts::greeting() + scripts::capa(caps)
        + QStringList {QStringLiteral("C: AUTH CRAM-MD5"),
                       QStringLiteral("S: + ")
                           + QString::fromLatin1(QByteArray("<5.5@fake.example>").toBase64()),
                       QStringLiteral("C~ [A-Za-z0-9+/=]+"),
                       QStringLiteral("S: -ERR [AUTH] Authentication failed."),
                       QStringLiteral("CLOSE")});
    AccountWizard wizard(
        options({{QStringLiteral("localhost"), server.port(), Security::ImplicitTls}}, true));
    throughDetection(wizard);
    auto *auth = child<QComboBox>(&wizard, "authMethod");
    auth->setCurrentIndex(auth->findText(QStringLiteral("CRAM-MD5")));
    testLogin(wizard);
    SATCHEL_VERIFY_CONVERSATION(server);
    QCOMPARE(wizard.loginResult().outcome, LoginCheckResult::Outcome::WrongPassword);
    QCOMPARE(wizard.loginResult().usersTried, QStringList {Address}); // other methods first
    const QString explanation = text(&wizard, "loginExplanation");
    QVERIFY(explanation != Explanations::forLogin(LoginCheckResult::Outcome::WrongPassword));
    QVERIFY2(explanation.contains(QStringLiteral("PLAIN"))
                 && explanation.contains(QStringLiteral("USER")),
             qPrintable(explanation));
}

void TestAccountWizard::presetIsShown()
{
    AccountWizard wizard(options({}, false));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    fillIdentity(wizard, QStringLiteral("Ann"), QStringLiteral("Ann.Example@GMail.com"), Password);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::ServerPageId));
    QVERIFY(!wizard.isProbing()); // a preset needs no probe
    QCOMPARE(child<QLineEdit>(&wizard, "host")->text(), QStringLiteral("pop.gmail.com"));
    QCOMPARE(child<QSpinBox>(&wizard, "port")->value(), 995);
    auto *user = child<QComboBox>(&wizard, "userName");
    QCOMPARE(user->currentText(), QStringLiteral("Ann.Example@GMail.com"));
    QCOMPARE(user->itemText(1), QStringLiteral("recent:Ann.Example@GMail.com"));
    QVERIFY(text(&wizard, "providerNotes").contains(QStringLiteral("recent:")));
    QVERIFY(text(&wizard, "detectionStatus").contains(QStringLiteral("Gmail")));
    QVERIFY(nextEnabled(wizard));

    // The user may change it all: security follows the port.
    child<QComboBox>(&wizard, "security")->setCurrentIndex(1);
    QCOMPARE(child<QSpinBox>(&wizard, "port")->value(), 110);
    QVERIFY(!child<QLabel>(&wizard, "cleartextWarning")->isVisible());
    child<QComboBox>(&wizard, "security")->setCurrentIndex(2);
    QVERIFY(child<QLabel>(&wizard, "cleartextWarning")->isVisible());
}

void TestAccountWizard::providerWithoutPop3()
{
    AccountWizard wizard(options({}, false));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    fillIdentity(wizard, QStringLiteral("Ann"), QStringLiteral("ann@icloud.com"), Password);
    wizard.next();
    QVERIFY(text(&wizard, "providerNotes").contains(QStringLiteral("does not offer POP3")));
    QVERIFY(child<QLineEdit>(&wizard, "host")->text().isEmpty());
    QVERIFY(!nextEnabled(wizard));
}

void TestAccountWizard::certificateDialogChangedMode()
{
    const QByteArray previous(32, '\x11');
    CertificateDialog dialog(QStringLiteral("pop.example.org"), {m_cert.certificate()},
                             {QSslError(QSslError::SelfSignedCertificate, m_cert.certificate())},
                             CertificateDialog::Mode::Changed, previous);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(text(&dialog, "headline").contains(QStringLiteral("has changed")));
    QCOMPARE(text(&dialog, "previousFingerprint"),
             CertificateDialog::formatFingerprint(previous, true));
    QVERIFY(text(&dialog, "previousFingerprint").startsWith(QStringLiteral("11:11:")));
    QCOMPARE(text(&dialog, "fingerprint"),
             CertificateDialog::formatFingerprint(m_cert.sha256(), true));
    QVERIFY(!dialog.accessibleName().isEmpty());

    // Escape (or Cancel) accepts nothing.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.acceptedSha256().isEmpty());

    dialog.show();
    dialog.acceptButton()->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.acceptedSha256(), m_cert.sha256());
}

void TestAccountWizard::passwordNeverInFilesOrLogs()
{
    // The earlier tests ran full wizards with logging on; run one more whole pass here so this
    // test stands alone, then look everywhere.
    detectsAndLogsIn();
    QVERIFY(!m_log.isEmpty()); // debug logging really was on
    const QByteArray secret = Password.toUtf8();
    const QByteArray encoded = plainInitialResponse(Address, Password).toLatin1();
    for (const QString &line : std::as_const(m_log)) {
        QVERIFY2(!line.contains(Password), qPrintable(line));
        QVERIFY2(!line.toUtf8().contains(encoded), qPrintable(line));
    }
    QDirIterator files(m_home->path(), QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(secret) && !content.contains(encoded),
                 qPrintable(file.fileName()));
    }
}

QTEST_MAIN(TestAccountWizard)
#include "tst_accountwizard.moc"

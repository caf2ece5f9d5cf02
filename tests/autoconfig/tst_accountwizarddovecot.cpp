// The account wizard, offscreen, against a real server: a private Dovecot found by the probe,
// logged in to for real, with and without the certificate dialog.
#include "DovecotFixture.h"
#include "Scripts.h"
#include "WizardDriver.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace satchel;
using namespace satchel::test::wizard;
using satchel::autoconfig::LoginCheckResult;
using satchel::autoconfig::ProbeCandidate;
using satchel::pop3::Security;
using satchel::test::DovecotFixture;
using satchel::ui::AccountWizard;
using satchel::ui::CertificateDialog;

class TestAccountWizardDovecot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void detectsAndLogsIn_data();
    void detectsAndLogsIn();

private:
    std::unique_ptr<DovecotFixture> m_dovecot;
};

void TestAccountWizardDovecot::initTestCase()
{
    SATCHEL_REQUIRE_DOVECOT();
    m_dovecot = std::make_unique<DovecotFixture>();
    QVERIFY2(m_dovecot->start(), qPrintable(m_dovecot->errorString()));
    QVERIFY(m_dovecot->addMessage("From: a@example.org\r\nSubject: hello\r\n\r\nbody\r\n"));
}

void TestAccountWizardDovecot::cleanupTestCase()
{
    m_dovecot.reset();
}

void TestAccountWizardDovecot::detectsAndLogsIn_data()
{
    QTest::addColumn<bool>("trusted");
    QTest::newRow("certificate trusted") << true;
    QTest::newRow("certificate accepted in the dialog") << false;
}

void TestAccountWizardDovecot::detectsAndLogsIn()
{
    QFETCH(bool, trusted);
    const QString host = QStringLiteral("localhost");
    const QList<ProbeCandidate> candidates {
        {host, m_dovecot->pop3sPort(), Security::ImplicitTls},
        {host, test::scripts::refusedPort(), Security::ImplicitTls},
        {host, m_dovecot->pop3Port(), Security::StartTls},
    };
    AccountWizard::Options options;
    options.candidates = [candidates](const QString &) { return candidates; };
    if (trusted)
        options.caCertificates = {m_dovecot->certificate()};
    options.probeTimeoutMs = 10000;
    options.loginTimeoutMs = 10000;
    AccountWizard wizard(options);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    fillIdentity(wizard, QStringLiteral("Satchel Tester"), QStringLiteral("tester@example.org"),
                 m_dovecot->password());
    QSignalSpy probed(&wizard, &AccountWizard::probeFinished);
    wizard.next();
    QVERIFY(probed.wait(20000));

    // Dovecot on the TLS port is the strongest setup; it offers SCRAM-SHA-256.
    QCOMPARE(child<QLineEdit>(&wizard, "host")->text(), host);
    QCOMPARE(child<QSpinBox>(&wizard, "port")->value(), int(m_dovecot->pop3sPort()));
    QCOMPARE(child<QComboBox>(&wizard, "security")->currentData().toInt(),
             int(Security::ImplicitTls));
    // The method stays automatic (the strongest offered, SCRAM-SHA-256 here, with a fallback).
    auto *auth = child<QComboBox>(&wizard, "authMethod");
    QCOMPARE(auth->currentText(), auth->itemText(0));
    // The fixture's user is not the address: the user changes it, as the page invites.
    child<QComboBox>(&wizard, "userName")->setCurrentText(m_dovecot->userName());

    QSignalSpy checked(&wizard, &AccountWizard::loginCheckFinished);
    wizard.next();
    QVERIFY(checked.wait(20000));
    if (!trusted) {
        QCOMPARE(wizard.loginResult().outcome, LoginCheckResult::Outcome::CertificateUntrusted);
        CertificateDialog *dialog = wizard.certificateDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->sha256(), m_dovecot->certificateSha256());
        dialog->acceptButton()->click();
        QVERIFY(checked.wait(20000));
    }
    QCOMPARE(wizard.loginResult().outcome, LoginCheckResult::Outcome::Ok);
    QCOMPARE(wizard.loginResult().messageCount, 1);
    // Automatic picks SCRAM-SHA-256 too once it sees Dovecot's CAPA.
    QCOMPARE(wizard.loginResult().authenticationUsed, QByteArray("SCRAM-SHA-256"));
    wizard.next();
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(wizard.account().settings.user, m_dovecot->userName());
    QCOMPARE(wizard.account().settings.pinnedSha256,
             trusted ? QByteArray() : m_dovecot->certificateSha256());
}

QTEST_MAIN(TestAccountWizardDovecot)
#include "tst_accountwizarddovecot.moc"

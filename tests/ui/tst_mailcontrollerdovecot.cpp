// The window with a real account against a private Dovecot: the first run through the wizard
// (the certificate accepted in the dialog), the first fetch, then Get mail for new messages.
#include "DovecotFixture.h"
#include "FetchScripts.h"
#include "MailController.h"
#include "MainWindow.h"
#include "Must.h"
#include "WizardDriver.h"
#include "accounts/MemorySecretStore.h"
#include "model/MessageListModel.h"
#include "store/Archive.h"

#include <QAction>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace satchel;
using namespace satchel::test::wizard;
using satchel::test::DovecotFixture;
using satchel::test::must;
using sync::FetchResult;
using ui::MailController;

class TestMailControllerDovecot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstRunToMailOnScreen();

private:
    std::unique_ptr<DovecotFixture> m_dovecot;
};

void TestMailControllerDovecot::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    SATCHEL_REQUIRE_DOVECOT();
    m_dovecot = std::make_unique<DovecotFixture>();
    QVERIFY2(m_dovecot->start(), qPrintable(m_dovecot->errorString()));
    for (int n = 1; n <= 3; ++n)
        QVERIFY(m_dovecot->addMessage(test::fetchscripts::messageText(n)));
}

void TestMailControllerDovecot::firstRunToMailOnScreen()
{
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    auto archive = must(store::Archive::open(profile.filePath(QStringLiteral("archive.sqlite"))));
    ui::MainWindow window;
    window.setArchive(archive.get());
    accounts::MemorySecretStore secrets;
    test::fetchscripts::FakeNetwork network;
    MailController::Options options;
    const QString host = QStringLiteral("localhost");
    const quint16 port = m_dovecot->pop3sPort();
    options.wizard.candidates = [host, port](const QString &) {
        return QList<autoconfig::ProbeCandidate> {{host, port, pop3::Security::ImplicitTls}};
    };
    options.wizard.probeTimeoutMs = 10000;
    options.wizard.loginTimeoutMs = 10000;
    options.network = &network;
    MailController controller(&window, archive.get(), &secrets, options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy fetched(&controller, &MailController::fetchFinished);
    controller.start();

    QTRY_VERIFY(controller.wizard() && controller.wizard()->isVisible());
    ui::AccountWizard &wizard = *controller.wizard();
    fillIdentity(wizard, QStringLiteral("Satchel Tester"), QStringLiteral("tester@example.org"),
                 m_dovecot->password());
    QSignalSpy probed(&wizard, &ui::AccountWizard::probeFinished);
    wizard.next();
    QVERIFY(probed.wait(20000));
    child<QComboBox>(&wizard, "userName")->setCurrentText(m_dovecot->userName());
    QSignalSpy checked(&wizard, &ui::AccountWizard::loginCheckFinished);
    wizard.next();
    QVERIFY(checked.wait(20000));
    // Dovecot's certificate is the fixture's own: accepted for this account in the dialog.
    ui::CertificateDialog *dialog = wizard.certificateDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->acceptButton()->click();
    QVERIFY(checked.wait(20000));
    QVERIFY2(wizard.loginResult().ok(), qPrintable(wizard.loginResult().detail));
    wizard.next();
    child<QRadioButton>(&wizard, "leaveForever")->setChecked(true);
    wizard.button(QWizard::FinishButton)->click();

    // The first fetch: through FetchRunner, the pinned certificate, SCRAM, the real server.
    QVERIFY(fetched.wait(30000));
    FetchResult result = fetched.takeFirst().at(1).value<FetchResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.newMessages(), 3);
    QTRY_COMPARE(window.messageModel()->rowCount(), 3);
    const accounts::AccountSettings account = controller.accounts().value(0);
    QCOMPARE(account.pinnedSha256, m_dovecot->certificateSha256());
    QCOMPARE(account.user, m_dovecot->userName());
    QCOMPARE(secrets.readNow(account.secretKey()).secret, m_dovecot->password());

    // New mail on the server; Get mail brings only it.
    QVERIFY(m_dovecot->addMessage(test::fetchscripts::messageText(4)));
    window.action(QStringLiteral("getAllMailAction"))->trigger();
    QVERIFY(fetched.wait(30000));
    result = fetched.takeFirst().at(1).value<FetchResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.newMessages(), 1);
    QTRY_COMPARE(window.messageModel()->rowCount(), 4);
    window.setArchive(nullptr);
}

QTEST_MAIN(TestMailControllerDovecot)
#include "tst_mailcontrollerdovecot.moc"

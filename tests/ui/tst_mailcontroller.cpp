// The window with real accounts, offscreen, against the scripted fake POP3 server: the first run
// into the wizard and the account it stores, Get mail with progress and cancel, a wrong password,
// a certificate that does not verify, "download the rest", passwords without a keychain, and
// editing and removing accounts.
#include "AccountEditDialog.h"
#include "AccountsDialog.h"
#include "CertificateDialog.h"
#include "FakePop3Server.h"
#include "FetchProblemBar.h"
#include "FetchScripts.h"
#include "MailController.h"
#include "MainWindow.h"
#include "MessageView.h"
#include "Must.h"
#include "OAuthMockServer.h"
#include "PasswordDialog.h"
#include "SafeBrowser.h"
#include "Scripts.h"
#include "TestCertificate.h"
#include "WizardDriver.h"
#include "accounts/MemorySecretStore.h"
#include "model/MessageListModel.h"
#include "store/Archive.h"

#include <QAction>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QHostAddress>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

using namespace satchel;
using namespace satchel::test::fetchscripts;
using accounts::AccountSettings;
using accounts::MemorySecretStore;
using accounts::SecretReply;
using satchel::test::FakePop3Server;
using satchel::test::TestCertificate;
using sync::FetchResult;
using ui::MailController;
using ui::PasswordDialog;
namespace wizard = satchel::test::wizard;
namespace scripts = satchel::test::scripts;

namespace {

const QString Address = QStringLiteral("ann@example.org");
const QString Password = QStringLiteral("Kx9-lantern-orchard-tide");

QStringList *g_log = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // The fake server is the other end and quotes what it received; the rest is Satchel's.
    if (g_log && !message.startsWith(QLatin1String("FakePop3Server:")))
        g_log->append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

// Stands in for the system browser (QDesktopServices::setUrlHandler): what the window opens.
class BrowserStandIn : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

class TestMailController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void firstRunOpensTheWizardAndStoresTheAccount();
    void newAccountFromTheMenu();
    void getMailShowsProgressAndCancels();
    void getMailForAllAndTheSchedule();
    void wrongPasswordAsksAgain();
    void certificateFailureThenPin();
    void changedCertificateSaysSo();
    void downloadTheRest();
    void passwordOutcomesAreDistinct();
    void noKeychainAsksOncePerSession();
    void editAndRemove();
    void downloadHistory();
    void tryLaterIsQuiet();
    void headersOnlyOnAMeteredLink();
    void signInOpensTheBrowser();
    void declinedSignInIsAProblem();

private:
    void makeController(MailController::Options options);
    // Started, checking only when asked; its accounts sign in at `server`.
    void makeOAuthController(test::OAuthMockServer &server);
    void makeController() { makeController(MailController::Options {}); }
    [[nodiscard]] qint64 addAccount(quint16 port, const QString &password, bool tls = false,
                                    bool headersOnly = false);
    [[nodiscard]] int rowsShown() const { return m_window->messageModel()->rowCount(); }
    [[nodiscard]] FetchResult waitForFetch(QSignalSpy &finished, int ms = 10000);

    std::unique_ptr<QTemporaryDir> m_home;
    QTemporaryDir m_certDir;
    TestCertificate m_cert;
    QStringList m_log;

    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<store::Archive> m_archive;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<MailController> m_controller;
};

void TestMailController::initTestCase()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("HOME", m_home->path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (m_home->path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (m_home->path() + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CACHE_HOME", (m_home->path() + QStringLiteral("/cache")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SatchelTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mailcontroller"));
    QLoggingCategory::setFilterRules(QStringLiteral("satchel.*=true"));
    g_log = &m_log;
    g_previousHandler = qInstallMessageHandler(captureMessages);
    QVERIFY(m_certDir.isValid());
    m_cert = TestCertificate::generate(m_certDir.path());
    QVERIFY2(m_cert.isValid(), qPrintable(m_cert.errorString()));
}

void TestMailController::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
    g_log = nullptr;
    // No password in any log line of the whole run.
    for (const QString &line : std::as_const(m_log))
        QVERIFY2(!line.contains(Password) && !line.contains(QStringLiteral("n3w-pass")),
                 qPrintable(line));
}

void TestMailController::init()
{
    m_profile = std::make_unique<QTemporaryDir>(m_home->filePath(QStringLiteral("profile-XXXXXX")));
    QVERIFY(m_profile->isValid());
    auto opened = store::Archive::open(m_profile->filePath(QStringLiteral("archive.sqlite")));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    m_archive = std::move(*opened);
    m_window = std::make_unique<ui::MainWindow>();
    m_window->setConfirmer([](const QString &, const QString &) { return true; });
    m_window->setArchive(m_archive.get());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_network = std::make_unique<FakeNetwork>();
}

void TestMailController::cleanup()
{
    m_controller.reset();
    m_window->setArchive(nullptr);
    m_window.reset();
    m_archive.reset();
    m_secrets.reset();
    m_network.reset();
    m_profile.reset();
}

void TestMailController::makeController(MailController::Options options)
{
    options.network = m_network.get();
    m_controller = std::make_unique<MailController>(m_window.get(), m_archive.get(),
                                                    m_secrets.get(), std::move(options));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

qint64 TestMailController::addAccount(quint16 port, const QString &password, bool tls,
                                      bool headersOnly)
{
    AccountSettings a = scriptedAccount(port, Address, QStringLiteral("Work"), tls);
    a.headersOnly = headersOnly;
    return storeAccount(*m_archive, *m_secrets, a, password);
}

FetchResult TestMailController::waitForFetch(QSignalSpy &finished, int ms)
{
    if (finished.isEmpty() && !finished.wait(ms)) {
        FetchResult none;
        none.outcome = FetchResult::Outcome::Failed;
        none.message = QStringLiteral("no fetch finished within %1 ms").arg(ms);
        return none;
    }
    return finished.takeFirst().at(1).value<FetchResult>();
}

void TestMailController::firstRunOpensTheWizardAndStoresTheAccount()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    server.setTlsCertificate(m_cert.certificate(), m_cert.privateKey());
    server.setImplicitTls(true);
    const QString caps = QStringLiteral("USER|UIDL|TOP");
    server.addConnectionScript(scripts::probeTls(caps));
    server.addConnectionScript(
        scripts::greeting() + scripts::capa(caps)
        + scripts::userPassLogin(Address, Password, caps,
                                 {QStringLiteral("uidl-1"), QStringLiteral("uidl-2")}));
    server.addConnectionScript(fetchAll(Address, Password, 2)); // the first fetch

    MailController::Options options;
    const quint16 port = server.port();
    options.wizard.candidates = [port](const QString &domain) {
        return domain == u"example.org"
            ? QList<autoconfig::ProbeCandidate> {{QStringLiteral("localhost"), port,
                                                  pop3::Security::ImplicitTls}}
            : QList<autoconfig::ProbeCandidate> {};
    };
    options.wizard.caCertificates = {m_cert.certificate()};
    options.wizard.probeTimeoutMs = 5000;
    options.wizard.loginTimeoutMs = 5000;
    options.extraCaCertificates = {m_cert.certificate()};
    makeController(options);
    QSignalSpy added(m_controller.get(), &MailController::accountAdded);
    QSignalSpy fetched(m_controller.get(), &MailController::fetchFinished);

    // No account: the wizard opens by itself.
    m_controller->start();
    QTRY_VERIFY(m_controller->wizard());
    ui::AccountWizard &wiz = *m_controller->wizard();
    QTRY_VERIFY(wiz.isVisible());
    QVERIFY(m_window->action(QStringLiteral("newAccountAction"))->isEnabled());

    wizard::fillIdentity(wiz, QStringLiteral("Ann Example"), Address, Password);
    QSignalSpy probed(&wiz, &ui::AccountWizard::probeFinished);
    wiz.next();
    QVERIFY(probed.wait(10000));
    QSignalSpy checked(&wiz, &ui::AccountWizard::loginCheckFinished);
    wiz.next();
    QVERIFY(checked.wait(10000));
    QVERIFY2(wiz.loginResult().ok(), qPrintable(wiz.loginResult().detail));
    wiz.next();
    QCOMPARE(wiz.currentId(), int(ui::AccountWizard::RetentionPageId));
    wizard::child<QRadioButton>(&wiz, "leaveForever")->setChecked(true);
    wizard::child<QSpinBox>(&wiz, "checkInterval")->setValue(20);
    wiz.button(QWizard::FinishButton)->click();
    QVERIFY(added.wait(5000) || !added.isEmpty());

    // The settings are in the archive, the password in the keychain and nowhere else.
    const QList<AccountSettings> stored = satchel::test::must(accounts::loadAccounts(*m_archive));
    QCOMPARE(stored.size(), 1);
    const AccountSettings &a = stored.first();
    QCOMPARE(a.name, Address);
    QCOMPARE(a.displayName, QStringLiteral("Ann Example"));
    QCOMPARE(a.address, Address);
    QCOMPARE(a.host, QStringLiteral("localhost"));
    QCOMPARE(a.port, port);
    QCOMPARE(a.security, pop3::Security::ImplicitTls);
    QCOMPARE(a.user, Address);
    QCOMPARE(a.checkIntervalMinutes, 20);
    QVERIFY(!a.retention.deleteAfterDownload && !a.retention.maxDays);
    QVERIFY(!a.toJson().contains(Password.toUtf8()));
    QTRY_VERIFY(m_secrets->contains(a.secretKey()));
    QCOMPARE(m_secrets->readNow(a.secretKey()).secret, Password);

    // And the first fetch follows at once: mail on screen.
    const FetchResult result = waitForFetch(fetched);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.newMessages(), 2);
    SATCHEL_VERIFY_CONVERSATION(server);
    QTRY_COMPARE(rowsShown(), 2);
    QVERIFY(!m_controller->problemBar()->hasProblems());
    QVERIFY2(m_window->findChild<QLabel *>(QStringLiteral("fetchLabel"))
                 ->text()
                 .contains(QStringLiteral("2 new")),
             qPrintable(m_window->findChild<QLabel *>(QStringLiteral("fetchLabel"))->text()));

    const QStringList leaks = filesContaining(m_home->path(), Password);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
}

void TestMailController::newAccountFromTheMenu()
{
    const qint64 id = addAccount(1, Password);
    QVERIFY(id);
    MailController::Options options;
    options.checkAtStart = false;
    makeController(options);
    m_controller->start();
    QTest::qWait(50);
    QVERIFY(!m_controller->wizard()); // there is an account: no wizard by itself
    m_window->action(QStringLiteral("newAccountAction"))->trigger();
    QTRY_VERIFY(m_controller->wizard() && m_controller->wizard()->isVisible());
    m_controller->wizard()->reject();
    QTRY_VERIFY(!m_controller->wizard());
    QCOMPARE(satchel::test::must(accounts::loadAccounts(*m_archive)).size(), 1);
    // Edit > Accounts… lists it.
    m_window->action(QStringLiteral("manageAccountsAction"))->trigger();
    QTRY_VERIFY(m_controller->accountsDialog() && m_controller->accountsDialog()->isVisible());
    QCOMPARE(m_controller->accountsDialog()->list()->topLevelItemCount(), 1);
    QCOMPARE(m_controller->accountsDialog()->list()->topLevelItem(0)->text(0),
             QStringLiteral("Work"));
    QCOMPARE(m_controller->accountsDialog()->list()->topLevelItem(0)->text(1),
             QStringLiteral("%1@127.0.0.1:1").arg(Address));
    QCOMPARE(m_controller->accountsDialog()->currentAccountId(), id);
}

void TestMailController::getMailShowsProgressAndCancels()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    // Three messages listed; two arrive, then the server goes quiet.
    server.addConnectionScript(login(Address, Password) + listing({1, 2, 3}) + retr(1, 1)
                               + retr(2, 2) + QStringList {QStringLiteral("STALL")});
    server.addConnectionScript(login(Address, Password) + listing({1, 2, 3}) + retr(3, 3) + quit());
    const qint64 id = addAccount(server.port(), Password);
    QVERIFY(id);
    MailController::Options options;
    options.checkAtStart = false;
    makeController(options);
    m_controller->start();
    QSignalSpy fetched(m_controller.get(), &MailController::fetchFinished);

    m_window->action(QStringLiteral("getMailAction"))->trigger();
    auto *progress = m_window->findChild<QProgressBar *>(QStringLiteral("fetchProgress"));
    auto *cancel = m_window->findChild<QToolButton *>(QStringLiteral("cancelFetch"));
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("fetchLabel"));
    QTRY_VERIFY(m_controller->isFetching(id));
    QVERIFY(label->text().contains(QStringLiteral("Work")));
    QTRY_COMPARE_WITH_TIMEOUT(progress->value(), 2, 10000);
    QCOMPARE(progress->maximum(), 3);
    QVERIFY(progress->isVisible());
    QVERIFY(cancel->isVisible());
    // The window shows what is stored while the fetch still runs.
    QTRY_COMPARE_WITH_TIMEOUT(rowsShown(), 2, 5000);

    cancel->click();
    const FetchResult cancelled = waitForFetch(fetched);
    QCOMPARE(cancelled.outcome, FetchResult::Outcome::Cancelled);
    QVERIFY(!m_controller->isFetching());
    QTRY_VERIFY(!progress->isVisible());
    QVERIFY(!cancel->isVisible());
    QCOMPARE(rowsShown(), 2);

    // Again: only the third is new, and the tray says so (a cancelled round said nothing).
    QSignalSpy notified(m_window.get(), &ui::MainWindow::newMailNotified);
    m_window->action(QStringLiteral("getMailAction"))->trigger();
    const FetchResult again = waitForFetch(fetched);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QCOMPARE(again.newMessages(), 1);
    QTRY_COMPARE(rowsShown(), 3);
    QCOMPARE(notified.size(), 1);
    // (No translator in this test: the English plural form is the source text.)
    const QString title = notified.at(0).at(0).toString();
    QVERIFY2(title.startsWith(QStringLiteral("1 new message")) && title.endsWith(u"for Work"),
             qPrintable(title));
    QVERIFY2(notified.at(0).at(1).toString().contains(QStringLiteral("Message number 3")),
             qPrintable(notified.at(0).at(1).toString()));
}

void TestMailController::getMailForAllAndTheSchedule()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    server.addConnectionScript(fetchAll(Address, Password, 1)); // at start
    const qint64 id = addAccount(server.port(), Password);
    QVERIFY(id);
    m_network->set(sync::NetworkMonitor::State::Offline);
    makeController();
    QSignalSpy fetched(m_controller.get(), &MailController::fetchFinished);
    m_controller->start();
    // Offline: the start-up check waits for the network.
    QTest::qWait(200);
    QCOMPARE(fetched.size(), 0);
    QCOMPARE(server.connectionCount(), 0);
    m_network->set(sync::NetworkMonitor::State::Online);
    const FetchResult first = waitForFetch(fetched);
    QVERIFY2(first.ok(), qPrintable(first.message));
    SATCHEL_VERIFY_CONVERSATION(server);
    // Next on the account's interval.
    const QDateTime next = m_controller->scheduler()->nextFetch(id);
    QVERIFY(next.isValid());
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(next) - 10 * 60) < 30);

    // File > Get Mail For lists the account.
    QAction *forWork = m_window->findChild<QAction *>(QStringLiteral("getMailFor_%1").arg(id));
    QVERIFY(forWork);
    QCOMPARE(forWork->text(), QStringLiteral("Work"));

    // Get All Mail fetches every account.
    server.addConnectionScript(login(Address, Password) + listing({1}) + quit());
    m_window->action(QStringLiteral("getAllMailAction"))->trigger();
    const FetchResult second = waitForFetch(fetched);
    QVERIFY2(second.ok(), qPrintable(second.message));
    QCOMPARE(second.newMessages(), 0);
    SATCHEL_VERIFY_CONVERSATION(server);
    QTRY_COMPARE(m_window->findChild<QLabel *>(QStringLiteral("fetchLabel"))->text(),
                 QStringLiteral("No new messages"));
    QCOMPARE(rowsShown(), 1);
}

void TestMailController::wrongPasswordAsksAgain()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    server.addConnectionScript(
        login(Address, QStringLiteral("stale"), QStringLiteral("-ERR [AUTH] invalid password")));
    server.addConnectionScript(fetchAll(Address, Password, 1));
    const qint64 id = addAccount(server.port(), QStringLiteral("stale"));
    QVERIFY(id);
    MailController::Options options;
    options.checkAtStart = false;
    makeController(options);
    m_controller->start();
    QSignalSpy fetched(m_controller.get(), &MailController::fetchFinished);
    QSignalSpy asked(m_controller.get(), &MailController::passwordRequested);

    m_controller->getMail(id);
    const FetchResult refused = waitForFetch(fetched);
    QCOMPARE(refused.outcome, FetchResult::Outcome::Authentication);
    QVERIFY(asked.wait(5000) || !asked.isEmpty());
    PasswordDialog *dialog = m_controller->passwordDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->reason(), PasswordDialog::Reason::WrongPassword);
    QVERIFY(dialog->explanation().contains(QStringLiteral("did not accept")));
    QVERIFY(dialog->offersKeychain());
    // The problem is in the status bar meanwhile, calmly.
    QVERIFY(m_controller->problemBar()->isVisible());
    QVERIFY(m_controller->problemBar()->problem(id).contains(QStringLiteral("password")));

    wizard::child<QLineEdit>(dialog, "password")->setText(Password);
    dialog->accept();
    const FetchResult ok = waitForFetch(fetched);
    QVERIFY2(ok.ok(), qPrintable(ok.message));
    SATCHEL_VERIFY_CONVERSATION(server);
    QTRY_COMPARE(rowsShown(), 1);
    QVERIFY(!m_controller->problemBar()->hasProblems());
    // The new password replaced the old one in the keychain.
    QTRY_COMPARE(m_secrets->readNow(QStringLiteral("account-%1").arg(id)).secret, Password);
}

void TestMailController::certificateFailureThenPin()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    server.setTlsCertificate(m_cert.certificate(), m_cert.privateKey());
    server.setImplicitTls(true);
    server.addConnectionScript({QStringLiteral("S: +OK never sent")}); // the handshake fails
    server.addConnectionScript(fetchAll(Address, Password, 1));
    const qint64 id = addAccount(server.port(), Password, true);
    QVERIFY(id);
    MailController::Options options;
    options.checkAtStart = false;
    makeController(options);
    m_controller->start();
    QSignalSpy fetched(m_controller.get(), &MailController::fetchFinished);
    QSignalSpy asked(m_controller.get(), &MailController::certificateRequested);

    m_controller->getMail(id);
    const FetchResult failed = waitForFetch(fetched);
    QCOMPARE(failed.outcome, FetchResult::Outcome::Certificate);
    QVERIFY(!asked.isEmpty() || asked.wait(5000));
    ui::CertificateDialog *dialog = m_controller->certificateDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->mode(), ui::CertificateDialog::Mode::Untrusted);
    QCOMPARE(dialog->sha256(), m_cert.sha256());
    QVERIFY(wizard::text(dialog, "errors").contains(QStringLiteral("self-signed")));

    dialog->acceptButton()->click();
    const FetchResult ok = waitForFetch(fetched);
    QVERIFY2(ok.ok(), qPrintable(ok.message));
    QCOMPARE(m_controller->account(id)->pinnedSha256, m_cert.sha256());
    QCOMPARE(satchel::test::must(accounts::loadAccounts(*m_archive)).first().pinnedSha256,
             m_cert.sha256());
    QTRY_COMPARE(rowsShown(), 1);
    QCOMPARE(server.connectionCount(), 2);
}

void TestMailController::changedCertificateSaysSo()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    server.setTlsCertificate(m_cert.certificate(), m_cert.privateKey());
    server.setImplicitTls(true);
    server.addConnectionScript({QStringLiteral("S: +OK never sent")});
    const qint64 id = addAccount(server.port(), Password, true);
    QVERIFY(id);
    // Another certificate was accepted for this account before.
    AccountSettings a = satchel::test::must(accounts::loadAccounts(*m_archive)).first();
    const QByteArray before(32, '\x5a');
    a.pinnedSha256 = before;
    QVERIFY(accounts::saveAccount(*m_archive, a));
    MailController::Options options;
    options.checkAtStart = false;
    makeController(options);
    m_controller->start();
    QSignalSpy asked(m_controller.get(), &MailController::certificateRequested);
    m_controller->getMail(id);
    QVERIFY(asked.wait(10000));
    ui::CertificateDialog *dialog = m_controller->certificateDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), ui::CertificateDialog::Mode::Changed);
    QVERIFY(wizard::text(dialog, "headline").contains(QStringLiteral("has changed")));
    QCOMPARE(wizard::text(dialog, "previousFingerprint"),
             ui::CertificateDialog::formatFingerprint(before, true));
    // Refusing keeps the old pin and says why nothing was fetched.
    dialog->reject();
    QTRY_VERIFY(!m_controller->certificateDialog());
    QCOMPARE(m_controller->account(id)->pinnedSha256, before);
    QVERIFY(m_controller->problemBar()->problem(id).contains(QStringLiteral("not accepted")));
}

void TestMailController::downloadTheRest()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    server.addConnectionScript(login(Address, Password) + listing({1, 2}) + top(1, 1) + top(2, 2)
                               + quit());
    server.addConnectionScript(login(Address, Password) + listing({1, 2}, false) + retr(1, 1)
                               + quit());
    server.addConnectionScript(login(Address, Password) + listing({1}, false) + quit());
    const qint64 id = addAccount(server.port(), Password, false, true);
    QVERIFY(id);
    MailController::Options options;
    options.checkAtStart = false;
    makeController(options);
    m_controller->start();
    QSignalSpy fetched(m_controller.get(), &MailController::fetchFinished);
    QSignalSpy rest(m_controller.get(), &MailController::restFinished);

    m_controller->getMail(id);
    const FetchResult headers = waitForFetch(fetched);
    QVERIFY2(headers.ok(), qPrintable(headers.message));
    QCOMPARE(headers.partialMessages, 2);
    QTRY_COMPARE(rowsShown(), 2);

    qint64 first = 0, second = 0;
    for (qint64 m : satchel::test::must(m_archive->messageIds())) {
        const store::MessageRow row = *m_archive->message(m);
        QVERIFY(row.partial);
        (row.uidl == u"uidl-1" ? first : second) = m;
    }
    QVERIFY(first && second);
    m_window->selectMessage(first);
    QTRY_COMPARE(m_window->messageView()->messageId(), first);

    // The rest arrives and replaces the partial in place: same id, now complete, shown.
    Q_EMIT m_window->downloadRestRequested(first);
    QVERIFY(rest.wait(10000));
    auto args = rest.takeFirst();
    QVERIFY2(args.at(1).value<FetchResult>().outcome == FetchResult::Outcome::Success,
             qPrintable(args.at(1).value<FetchResult>().message));
    QCOMPARE(args.at(0).toLongLong(), first);
    const store::MessageRow done = *m_archive->message(first);
    QVERIFY(!done.partial);
    QCOMPARE(*m_archive->rawMessage(first), messageText(1));
    QTRY_VERIFY2(m_window->messageView()->body()->toPlainText().contains(
                     QStringLiteral("long enough to be worth")),
                 qPrintable(QStringLiteral("view %1 (first %2): %3")
                                .arg(m_window->messageView()->messageId())
                                .arg(first)
                                .arg(m_window->messageView()->body()->toPlainText())));
    QCOMPARE(rowsShown(), 2);

    // The second is no longer on the server: said plainly, and the partial stays.
    Q_EMIT m_window->downloadRestRequested(second);
    QVERIFY(rest.wait(10000));
    args = rest.takeFirst();
    QVERIFY(args.at(2).toBool());
    QVERIFY(m_archive->message(second)->partial);
    QMessageBox *notice = nullptr;
    QTRY_VERIFY(
        (notice = m_window->findChild<QMessageBox *>(QStringLiteral("mailControllerNotice"))));
    QVERIFY2(notice->text().contains(QStringLiteral("no longer on the server")),
             qPrintable(notice->text()));
    SATCHEL_VERIFY_CONVERSATION(server);
}

void TestMailController::passwordOutcomesAreDistinct()
{
    // Nothing stored, and a keychain that refuses: two different questions.
    const qint64 id = addAccount(1, QString());
    QVERIFY(id);
    MailController::Options options;
    options.checkAtStart = false;
    makeController(options);
    m_controller->start();
    QSignalSpy asked(m_controller.get(), &MailController::passwordRequested);

    m_controller->getMail(id);
    QVERIFY(asked.wait(5000));
    PasswordDialog *notStored = m_controller->passwordDialog();
    QVERIFY(notStored);
    QCOMPARE(notStored->reason(), PasswordDialog::Reason::NotStored);
    QVERIFY(notStored->offersKeychain());
    QVERIFY(notStored->explanation().contains(QStringLiteral("no password")));
    const QString first = notStored->explanation();
    notStored->reject();
    QTRY_VERIFY(m_controller->problemBar()->hasProblems());
    QVERIFY(m_controller->problemBar()->problem(id).contains(QStringLiteral("password")));

    m_secrets->setFailure(SecretReply::Outcome::Refused);
    m_controller->problemBar()->actionButton()->click(); // Retry
    QVERIFY(asked.wait(5000));
    PasswordDialog *refused = m_controller->passwordDialog();
    QVERIFY(refused);
    QCOMPARE(refused->reason(), PasswordDialog::Reason::KeychainRefused);
    QVERIFY(!refused->offersKeychain()); // remember until quit instead
    QVERIFY(refused->explanation() != first);
    QVERIFY(refused->explanation().contains(QStringLiteral("keychain did not give")));
    refused->reject();
    QTRY_VERIFY(!m_controller->passwordDialog());
    QVERIFY(!m_controller->keychainUnavailable());
}

void TestMailController::noKeychainAsksOncePerSession()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    server.addConnectionScript(fetchAll(Address, Password, 1));
    server.addConnectionScript(login(Address, Password) + listing({1}) + quit());
    const qint64 id = addAccount(server.port(), QString());
    QVERIFY(id);
    m_secrets->setFailure(SecretReply::Outcome::Unavailable);
    MailController::Options options;
    options.checkAtStart = false;
    makeController(options);
    m_controller->start();
    QSignalSpy fetched(m_controller.get(), &MailController::fetchFinished);
    QSignalSpy asked(m_controller.get(), &MailController::passwordRequested);

    m_controller->getMail(id);
    QVERIFY(asked.wait(5000));
    PasswordDialog *dialog = m_controller->passwordDialog();
    QCOMPARE(dialog->reason(), PasswordDialog::Reason::NoKeychain);
    // Said once, plainly: no keychain, asked each session, never on disk.
    QVERIFY(dialog->explanation().contains(QStringLiteral("No keychain")));
    QVERIFY(dialog->explanation().contains(QStringLiteral("never writes them to disk")));
    QVERIFY(!dialog->offersKeychain());
    wizard::child<QLineEdit>(dialog, "password")->setText(Password);
    wizard::child<QCheckBox>(dialog, "rememberPassword")->setChecked(true);
    dialog->accept();
    const FetchResult first = waitForFetch(fetched);
    QVERIFY2(first.ok(), qPrintable(first.message));
    QVERIFY(m_controller->keychainUnavailable());

    // Remembered until Satchel quits: the second fetch asks nothing.
    m_controller->getMail(id);
    const FetchResult second = waitForFetch(fetched);
    QVERIFY2(second.ok(), qPrintable(second.message));
    QCOMPARE(asked.size(), 1);
    SATCHEL_VERIFY_CONVERSATION(server);
    const QStringList leaks = filesContaining(m_home->path(), Password);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
}

void TestMailController::downloadHistory()
{
    // The fake server fails a session that sends a command its script does not have: the last
    // three sessions must not RETR anything.
    FakePop3Server server;
    QVERIFY(server.listen());
    server.addConnectionScript(login(Address, Password) + listing({1, 2}) + retr(1, 1) + retr(2, 2)
                               + quit());
    server.addConnectionScript(login(Address, Password) + listing({1, 2}) + quit());
    server.addConnectionScript(login(Address, Password) + listing({1, 2, 3, 4}) + quit());
    server.addConnectionScript(login(Address, Password) + listing({1, 2, 3, 4}) + quit());
    const qint64 id = addAccount(server.port(), Password);
    QVERIFY(id);
    MailController::Options options;
    options.checkAtStart = false;
    makeController(options);
    m_controller->start();
    QSignalSpy fetched(m_controller.get(), &MailController::fetchFinished);
    m_window->action(QStringLiteral("getMailAction"))->trigger();
    const FetchResult first = waitForFetch(fetched);
    QVERIFY2(first.ok(), qPrintable(first.message));
    QCOMPARE(first.newMessages(), 2);

    // The history is lost; History > Rebuild brings it back from the two messages here.
    QVERIFY(m_archive->pruneLedger(id, {}).ok());
    m_controller->manageAccounts();
    ui::AccountsDialog *dialog = m_controller->accountsDialog();
    QVERIFY(dialog);
    dialog->selectAccount(id);
    auto *history = wizard::child<QPushButton>(dialog, "accountHistory");
    QVERIFY(history->isEnabled() && history->menu());
    history->menu()->findChild<QAction *>(QStringLiteral("rebuildHistory"))->trigger();
    QMessageBox *notice = nullptr;
    QTRY_VERIFY(
        (notice = m_window->findChild<QMessageBox *>(QStringLiteral("mailControllerNotice"))));
    QVERIFY2(notice->text().startsWith(QStringLiteral("2 message(s) stored here were added")),
             qPrintable(notice->text()));
    notice->accept();
    delete notice;
    QCOMPARE(satchel::test::must(m_archive->ledger(id)).size(), 2);
    m_window->action(QStringLiteral("getMailAction"))->trigger();
    const FetchResult second = waitForFetch(fetched);
    QVERIFY2(second.ok(), qPrintable(second.message));
    QCOMPARE(second.newMessages(), 0);

    // Two more arrive; History > Mark All asks, then lists the server and takes nothing.
    history->menu()->findChild<QAction *>(QStringLiteral("markAllDownloaded"))->trigger();
    QTRY_VERIFY(m_controller->question() && m_controller->question()->isVisible());
    QCOMPARE(m_controller->question()->objectName(), QStringLiteral("markAllQuestion"));
    wizard::child<QPushButton>(m_controller->question(), "markAllConfirm")->click();
    const FetchResult marked = waitForFetch(fetched);
    QVERIFY2(marked.ok(), qPrintable(marked.message));
    QCOMPARE(marked.markedElsewhere, 2);
    QCOMPARE(marked.newMessages(), 0);
    QTRY_VERIFY(
        (notice = m_window->findChild<QMessageBox *>(QStringLiteral("mailControllerNotice"))));
    QVERIFY2(
        notice->text().startsWith(QStringLiteral("2 message(s) on the server of Work now count")),
        qPrintable(notice->text()));
    notice->accept();
    delete notice;
    m_window->action(QStringLiteral("getMailAction"))->trigger();
    const FetchResult last = waitForFetch(fetched);
    QVERIFY2(last.ok(), qPrintable(last.message));
    QCOMPARE(last.newMessages(), 0);
    QCOMPARE(satchel::test::must(m_archive->messageIds()).size(), 2);
    SATCHEL_VERIFY_CONVERSATION(server);
}

void TestMailController::editAndRemove()
{
    const qint64 id = addAccount(1, Password);
    QVERIFY(id);
    AccountSettings other;
    other.name = QStringLiteral("Home");
    other.host = QStringLiteral("pop.example.net");
    other.user = QStringLiteral("ann");
    other.pinnedSha256 = m_cert.sha256();
    const qint64 home = *accounts::saveAccount(*m_archive, other);
    const qint64 inbox = *m_archive->specialFolder(id, store::FolderRole::Inbox);
    const qint64 homeInbox = *m_archive->specialFolder(home, store::FolderRole::Inbox);
    for (const auto &[account, folder] : {std::pair {id, inbox}, std::pair {home, homeInbox}}) {
        store::NewMessage m;
        m.accountId = account;
        m.folderId = folder;
        m.raw = messageText(int(account));
        m.arrival = QDateTime::currentDateTimeUtc();
        QVERIFY(m_archive->insertMessage(m));
    }
    MailController::Options options;
    options.checkAtStart = false;
    makeController(options);
    m_controller->start();
    m_controller->manageAccounts();
    ui::AccountsDialog *accountsDialog = m_controller->accountsDialog();
    QVERIFY(accountsDialog);
    QCOMPARE(accountsDialog->list()->topLevelItemCount(), 2);

    // Edit: every setting of the account.
    accountsDialog->selectAccount(id);
    wizard::child<QPushButton>(accountsDialog, "editAccount")->click();
    ui::AccountEditDialog *edit = m_controller->editDialog();
    QVERIFY(edit);
    QTRY_VERIFY(edit->isVisible());
    wizard::child<QLineEdit>(edit, "displayName")->setText(QStringLiteral("Ann E."));
    wizard::child<QLineEdit>(edit, "address")->setText(QStringLiteral("ann@example.com"));
    wizard::child<QLineEdit>(edit, "host")->setText(QStringLiteral("mail.example.com"));
    wizard::child<QComboBox>(edit, "security")->setCurrentIndex(1); // STARTTLS
    QCOMPARE(wizard::child<QSpinBox>(edit, "port")->value(), 1); // not a standard port: kept
    wizard::child<QSpinBox>(edit, "port")->setValue(1110);
    wizard::child<QComboBox>(edit, "userName")->setCurrentText(QStringLiteral("ann.e"));
    wizard::child<QComboBox>(edit, "authMethod")->setCurrentIndex(1); // SCRAM-SHA-256
    wizard::child<QRadioButton>(edit, "leaveDays")->setChecked(true);
    wizard::child<QSpinBox>(edit, "leaveDaysCount")->setValue(30);
    wizard::child<QCheckBox>(edit, "capMessages")->setChecked(true);
    wizard::child<QSpinBox>(edit, "capMessagesCount")->setValue(500);
    wizard::child<QCheckBox>(edit, "sizeLimit")->setChecked(true);
    wizard::child<QSpinBox>(edit, "sizeLimitKilobytes")->setValue(256);
    wizard::child<QSpinBox>(edit, "checkInterval")->setValue(45);
    wizard::child<QLineEdit>(edit, "password")->setText(QStringLiteral("n3w-pass"));
    edit->accept();
    QTRY_VERIFY(!m_controller->editDialog());
    AccountSettings changed = *m_controller->account(id);
    const AccountSettings reread = [&] {
        for (const AccountSettings &a : satchel::test::must(accounts::loadAccounts(*m_archive)))
            if (a.accountId == id)
                return a;
        return AccountSettings {};
    }();
    for (const AccountSettings &a : {changed, reread}) {
        QCOMPARE(a.displayName, QStringLiteral("Ann E."));
        QCOMPARE(a.address, QStringLiteral("ann@example.com"));
        QCOMPARE(a.host, QStringLiteral("mail.example.com"));
        QCOMPARE(a.port, quint16(1110));
        QCOMPARE(a.security, pop3::Security::StartTls);
        QCOMPARE(a.user, QStringLiteral("ann.e"));
        QCOMPARE(a.loginMethod, pop3::LoginMethod::sasl(pop3::SaslMechanismKind::ScramSha256));
        QCOMPARE(a.retention.maxDays, std::optional<int>(30));
        QCOMPARE(a.retention.maxMessages, std::optional<int>(500));
        QVERIFY(!a.retention.deleteAfterDownload);
        QCOMPARE(a.maxMessageKb, std::optional<qint64>(256));
        QVERIFY(!a.headersOnly);
        QCOMPARE(a.checkIntervalMinutes, 45);
    }
    QTRY_COMPARE(m_secrets->readNow(changed.secretKey()).secret, QStringLiteral("n3w-pass"));

    // The pinned certificate of the other account is shown and can be forgotten.
    accountsDialog->selectAccount(home);
    m_controller->editAccount(home);
    edit = m_controller->editDialog();
    QVERIFY(wizard::text(edit, "pinnedFingerprint")
                .contains(ui::CertificateDialog::formatFingerprint(m_cert.sha256()).left(20)));
    wizard::child<QPushButton>(edit, "forgetCertificate")->click();
    edit->accept();
    QTRY_VERIFY(!m_controller->editDialog());
    QVERIFY(m_controller->account(home)->pinnedSha256.isEmpty());

    // Remove, keeping the mail.
    accountsDialog->selectAccount(id);
    wizard::child<QPushButton>(accountsDialog, "removeAccount")->click();
    QMessageBox *question = m_controller->question();
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    wizard::child<QPushButton>(question, "removeKeepMail")->click();
    QTRY_VERIFY(!m_controller->question());
    QTRY_COMPARE(accountsDialog->list()->topLevelItemCount(), 1);
    QVERIFY(!m_controller->account(id));
    QTRY_VERIFY(!m_secrets->contains(changed.secretKey()));
    QCOMPARE(satchel::test::must(m_archive->folderMessageIds(inbox)).size(), 1); // the mail stayed

    // Remove the other with its mail.
    accountsDialog->selectAccount(home);
    wizard::child<QPushButton>(accountsDialog, "removeAccount")->click();
    QTRY_VERIFY(m_controller->question());
    wizard::child<QPushButton>(m_controller->question(), "removeDeleteMail")->click();
    QTRY_COMPARE(accountsDialog->list()->topLevelItemCount(), 0);
    QCOMPARE(satchel::test::must(m_archive->messageIds()).size(), 1); // only the kept one is left
    QVERIFY(m_controller->accounts().isEmpty());
}

void TestMailController::tryLaterIsQuiet()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    server.addConnectionScript(
        login(Address, Password, QStringLiteral("-ERR [IN-USE] the mailbox is locked")));
    const qint64 id = addAccount(server.port(), Password);
    QVERIFY(id);
    MailController::Options options;
    options.checkAtStart = false;
    makeController(options);
    m_controller->start();
    QSignalSpy fetched(m_controller.get(), &MailController::fetchFinished);
    QSignalSpy asked(m_controller.get(), &MailController::passwordRequested);
    m_controller->getMail(id);
    const FetchResult later = waitForFetch(fetched);
    QCOMPARE(later.outcome, FetchResult::Outcome::TryLater);
    // No dialog, no problem bar: a line in the status bar, and the scheduler tries again.
    QTest::qWait(100);
    QCOMPARE(asked.size(), 0);
    QVERIFY(!m_controller->problemBar()->hasProblems());
    QVERIFY(!m_window->findChild<QMessageBox *>());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("fetchLabel"))
                ->text()
                .contains(QStringLiteral("in use")));
    QVERIFY(m_controller->scheduler()->nextFetch(id).isValid());
}

void TestMailController::headersOnlyOnAMeteredLink()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    // Metered: TOP n 0, the message stays partial; then on an ordinary link the next is whole.
    server.addConnectionScript(login(Address, Password) + listing({1}) + top(1, 1) + quit());
    server.addConnectionScript(login(Address, Password) + listing({1, 2}) + retr(2, 2) + quit());
    const qint64 id = addAccount(server.port(), Password);
    QVERIFY(id);
    AccountSettings a = satchel::test::must(accounts::loadAccounts(*m_archive)).constFirst();
    QCOMPARE(a.accountId, id);
    a.headersOnlyWhenMetered = true;
    QVERIFY(accounts::saveAccount(*m_archive, a));
    m_network->set(sync::NetworkMonitor::State::Online, true);
    MailController::Options options;
    options.checkAtStart = false;
    makeController(options);
    m_controller->start();
    QSignalSpy fetched(m_controller.get(), &MailController::fetchFinished);

    m_controller->getMail(id);
    const FetchResult metered = waitForFetch(fetched);
    QVERIFY2(metered.ok(), qPrintable(metered.message));
    QCOMPARE(metered.partialMessages, 1);
    QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("fetchLabel"))
                    ->text()
                    .contains(QStringLiteral("metered")));

    m_network->set(sync::NetworkMonitor::State::Online, false);
    m_controller->getMail(id);
    const FetchResult ordinary = waitForFetch(fetched);
    QVERIFY2(ordinary.ok(), qPrintable(ordinary.message));
    QCOMPARE(ordinary.newMessages(), 1);
    QCOMPARE(ordinary.partialMessages, 0);
    SATCHEL_VERIFY_CONVERSATION(server);

    // The edit dialog keeps the setting, and says when the system cannot tell.
    {
        ui::AccountEditDialog dialog(a, nullptr, true);
        auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("headersOnlyWhenMetered"));
        QVERIFY(box && box->isChecked());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("meteredUnknown")));
        box->setChecked(false);
        QVERIFY(!dialog.settings().headersOnlyWhenMetered);
    }
    ui::AccountEditDialog blind(a, nullptr, false);
    QVERIFY(blind.findChild<QLabel *>(QStringLiteral("meteredUnknown")));
}

namespace {

// An account that signs in at the mock authorization server; its POP3 port is closed, as only
// the sign-in is looked at here.
qint64 addOAuthAccount(store::Archive &archive)
{
    QTcpServer closed;
    (void)closed.listen(QHostAddress::LocalHost);
    AccountSettings a = scriptedAccount(closed.serverPort(), Address, QStringLiteral("Work"));
    a.oauthProvider = QStringLiteral("mock");
    return test::must(accounts::saveAccount(archive, a));
}

QByteArray followRedirect(const QUrl &authorize)
{
    QNetworkAccessManager network;
    QNetworkRequest request(authorize);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *consent = network.get(request);
    if (!QTest::qWaitFor([consent] { return consent->isFinished(); }, 10000))
        return {};
    const QUrl back = consent->header(QNetworkRequest::LocationHeader).toUrl();
    delete consent;
    QNetworkReply *page = network.get(QNetworkRequest(back));
    if (!QTest::qWaitFor([page] { return page->isFinished(); }, 10000))
        return {};
    const QByteArray body = page->readAll();
    delete page;
    return body;
}

} // namespace

void TestMailController::makeOAuthController(test::OAuthMockServer &server)
{
    MailController::Options options;
    options.checkAtStart = false;
    options.oauthProvider = [&server](const AccountSettings &) -> Result<oauth::OAuthProvider> {
        return server.provider();
    };
    makeController(options);
    m_controller->start();
}

void TestMailController::signInOpensTheBrowser()
{
    test::OAuthMockServer server;
    QVERIFY(server.start());
    const qint64 id = addOAuthAccount(*m_archive);
    makeOAuthController(server);
    BrowserStandIn browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    QSignalSpy asked(m_controller.get(), &MailController::signInRequested);
    QSignalSpy fetched(m_controller.get(), &MailController::fetchFinished);

    m_controller->getMail(id);
    QVERIFY(asked.wait(5000) || !asked.isEmpty());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("signInQuestion"))));
    QVERIFY(box->text().contains(QStringLiteral("sign in to Mock")));
    QPushButton *open = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (button->text().contains(QStringLiteral("Open Browser")))
            open = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(open);
    open->click();
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));

    // The window handed the sign-in address to the browser, never showing a page itself.
    QCOMPARE(browser.opened.size(), 1);
    const QUrl url = browser.opened.first();
    QCOMPARE(url.path(), QStringLiteral("/authorize"));
    QVERIFY(url.query().contains(QStringLiteral("code_challenge_method=S256")));
    // The browser signs in; the fetch goes on (and fails at the closed port).
    QVERIFY(!followRedirect(url).isEmpty());
    const FetchResult result = waitForFetch(fetched, 20000);
    QVERIFY(result.outcome != FetchResult::Outcome::Authentication);
    QTRY_VERIFY(m_secrets->readNow(QStringLiteral("account-%1").arg(id)).secret.startsWith(u"rt-"));
    QCOMPARE(server.tokenRequests().size(), 1);
}

void TestMailController::declinedSignInIsAProblem()
{
    test::OAuthMockServer server;
    QVERIFY(server.start());
    const qint64 id = addOAuthAccount(*m_archive);
    makeOAuthController(server);
    QSignalSpy fetched(m_controller.get(), &MailController::fetchFinished);
    m_controller->getMail(id);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("signInQuestion"))));
    box->button(QMessageBox::Cancel)->click();
    const FetchResult result = waitForFetch(fetched, 10000);
    QCOMPARE(result.outcome, FetchResult::Outcome::Authentication);
    QVERIFY(m_controller->problemBar()->problem(id).contains(QStringLiteral("sign in")));
    QCOMPARE(server.authorizationRequests().size(), 0); // no browser, no page asked for
}

QTEST_MAIN(TestMailController)
#include "tst_mailcontroller.moc"

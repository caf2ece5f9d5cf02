// The account wizard's "Sign in with your browser" page, offscreen: chosen by the presets and by
// probing, a whole sign-in against the mock authorization server with a stand-in browser (the
// account is stored with its provider and the refresh token lands in the keychain), a declined
// sign-in and Try again, and a build without a client ID.
#include "FakePop3Server.h"
#include "MailController.h"
#include "MainWindow.h"
#include "OAuthMockServer.h"
#include "Scripts.h"
#include "SignInDriver.h"
#include "SignInPage.h"
#include "TestCertificate.h"
#include "WizardDriver.h"
#include "accounts/MemorySecretStore.h"
#include "autoconfig/ProviderPresets.h"
#include "store/Archive.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace satchel;
using namespace satchel::test::wizard;
using satchel::test::FakePop3Server;
using satchel::test::mockPresets;
using satchel::test::OAuthMockServer;
using satchel::test::StandInBrowser;
using satchel::test::TestCertificate;
using satchel::ui::AccountWizard;
using satchel::ui::SignInPage;
namespace scripts = satchel::test::scripts;

class TestSignInPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chosenByPreset();
    void chosenByProbe();
    void signsInAndStoresTheAccount();
    void failedSignInSaysWhyAndTriesAgain();
    void noClientIdOffersAppPassword();

private:
    AccountWizard::Options options(bool builtInClientId = true);
    SignInPage *goToSignIn(AccountWizard &wizard, const QString &address);

    std::unique_ptr<QTemporaryDir> m_home;
    OAuthMockServer m_mock;
    std::optional<autoconfig::ProviderPresets> m_presets;
    StandInBrowser m_browser;
    QTemporaryDir m_certDir;
    TestCertificate m_cert;
};

void TestSignInPage::initTestCase()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("HOME", m_home->path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (m_home->path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (m_home->path() + QStringLiteral("/data")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_mock.start(), qPrintable(m_mock.errorString()));
    auto presets = autoconfig::ProviderPresets::fromJson(mockPresets(scripts::refusedPort()));
    QVERIFY2(presets, presets ? "" : qPrintable(presets.error().message));
    m_presets = std::move(*presets);
    QVERIFY(m_certDir.isValid());
    m_cert = TestCertificate::generate(m_certDir.path());
    QVERIFY2(m_cert.isValid(), qPrintable(m_cert.errorString()));
}

AccountWizard::Options TestSignInPage::options(bool builtInClientId)
{
    AccountWizard::Options options;
    options.presets = &*m_presets;
    options.probeTimeoutMs = 5000;
    options.loginTimeoutMs = 5000;
    options.caCertificates = {m_cert.certificate()};
    // The mock plays the provider; "the build's client ID" is the mock's own client, or none.
    options.oauthProvider
        = [this, builtInClientId](const QString &oauthId, const QString &clientId,
                                  const QString &) -> Result<oauth::OAuthProvider> {
        if (oauthId != u"mock")
            return Error {Error::Code::NotFound,
                          QStringLiteral("unknown provider %1").arg(oauthId)};
        if (clientId.isEmpty() && !builtInClientId)
            return Error {Error::Code::Invalid, QStringLiteral("no client ID")};
        oauth::OAuthProvider provider = m_mock.provider();
        if (!clientId.isEmpty())
            provider.clientId = clientId;
        return provider;
    };
    m_browser = StandInBrowser();
    options.openBrowser = m_browser.opener();
    return options;
}

SignInPage *TestSignInPage::goToSignIn(AccountWizard &wizard, const QString &address)
{
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return nullptr;
    fillIdentity(wizard, QStringLiteral("Ann Example"), address, QString());
    wizard.next();
    wizard.next();
    return qobject_cast<SignInPage *>(wizard.currentPage());
}

void TestSignInPage::chosenByPreset()
{
    // A provider with OAuth: no password needed, the sign-in page follows the server page.
    AccountWizard wizard(options());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    fillIdentity(wizard, QStringLiteral("Ann"), QStringLiteral("ann@mockmail.test"), QString());
    QVERIFY(nextEnabled(wizard));
    QVERIFY(text(&wizard, "passwordHint").contains(QStringLiteral("leave the password empty")));
    QVERIFY(
        text(&wizard, "passwordHint").contains(QStringLiteral("Settings > Mock app passwords")));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::ServerPageId));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::SignInPageId));
    auto *page = qobject_cast<SignInPage *>(wizard.currentPage());
    QCOMPARE(page->state(), SignInPage::State::Ready);
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(child<QPushButton>(&wizard, "signInButton")->isVisible());
    QCOMPARE(m_browser.opened, 0); // nothing opens by itself

    // The built-in presets: Google and Microsoft sign in, Yahoo takes an app password.
    AccountWizard builtIn;
    builtIn.show();
    QVERIFY(QTest::qWaitForWindowExposed(&builtIn));
    fillIdentity(builtIn, QStringLiteral("Ann"), QStringLiteral("ann@yahoo.com"), QString());
    QVERIFY(!nextEnabled(builtIn)); // a password is needed
    QVERIFY(
        text(&builtIn, "passwordHint")
            .contains(QStringLiteral("Account Info > Account Security > Generate app password")));
    for (const QString &address :
         {QStringLiteral("ann@gmail.com"), QStringLiteral("ann@outlook.com")}) {
        fillIdentity(builtIn, QStringLiteral("Ann"), address, QString());
        QVERIFY2(nextEnabled(builtIn), qPrintable(address));
        builtIn.next();
        QCOMPARE(builtIn.page(AccountWizard::ServerPageId)->nextId(),
                 int(AccountWizard::SignInPageId));
        builtIn.back();
    }
    fillIdentity(builtIn, QStringLiteral("Ann"), QStringLiteral("ann@yahoo.com"),
                 QStringLiteral("app-password"));
    builtIn.next();
    QCOMPARE(builtIn.page(AccountWizard::ServerPageId)->nextId(), int(AccountWizard::TestPageId));
}

void TestSignInPage::chosenByProbe()
{
    // A server of an unknown domain that offers only XOAUTH2: no password can work there.
    for (const bool known : {true, false}) {
        FakePop3Server server;
        QVERIFY(server.listen());
        server.setTlsCertificate(m_cert.certificate(), m_cert.privateKey());
        server.setImplicitTls(true);
        server.addConnectionScript(scripts::probeTls(QStringLiteral("UIDL|TOP|SASL XOAUTH2")));
        AccountWizard::Options o = options();
        if (!known)
            o.presets = nullptr; // the built-in presets know no provider at 127.0.0.1
        const quint16 port = server.port();
        o.candidates = [port](const QString &) {
            return QList<autoconfig::ProbeCandidate> {
                {QStringLiteral("127.0.0.1"), port, pop3::Security::ImplicitTls}};
        };
        AccountWizard wizard(o);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        fillIdentity(wizard, QStringLiteral("Ann"), QStringLiteral("ann@example.org"),
                     QStringLiteral("typed anyway"));
        QSignalSpy probed(&wizard, &AccountWizard::probeFinished);
        wizard.next();
        QVERIFY(probed.wait(10000));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(AccountWizard::SignInPageId));
        auto *page = qobject_cast<SignInPage *>(wizard.currentPage());
        if (known) {
            QCOMPARE(page->state(), SignInPage::State::Ready);
            QCOMPARE(page->oauthId(), QStringLiteral("mock"));
        } else {
            QCOMPARE(page->state(), SignInPage::State::Failed);
            QVERIFY(text(&wizard, "signInDetail").contains(QStringLiteral("127.0.0.1")));
            QVERIFY(child<QPushButton>(&wizard, "usePasswordInstead")->isVisible());
            QVERIFY(!child<QPushButton>(&wizard, "signInButton")->isVisible());
        }
    }
}

void TestSignInPage::signsInAndStoresTheAccount()
{
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    auto archive = store::Archive::open(profile.filePath(QStringLiteral("archive.sqlite")));
    QVERIFY2(archive, archive ? "" : qPrintable(archive.error().message));
    accounts::MemorySecretStore secrets;
    ui::MainWindow window;
    window.setArchive(archive->get());
    {
        ui::MailController::Options o;
        o.wizard = options();
        o.checkAtStart = false;
        o.oauthProvider
            = [this](const accounts::AccountSettings &) -> Result<oauth::OAuthProvider> {
            return m_mock.provider();
        };
        ui::MailController controller(&window, archive->get(), &secrets, o);
        QSignalSpy added(&controller, &ui::MailController::accountAdded);
        controller.start();
        QTRY_VERIFY(controller.wizard() && controller.wizard()->isVisible());
        AccountWizard &wizard = *controller.wizard();
        m_mock.setBrowserUser(QStringLiteral("ann@mockmail.test"));
        SignInPage *page = goToSignIn(wizard, QStringLiteral("ann@mockmail.test"));
        QVERIFY(page);
        QSignalSpy states(page, &SignInPage::stateChanged);
        child<QPushButton>(&wizard, "signInButton")->click();
        QCOMPARE(page->state(), SignInPage::State::Waiting);
        QVERIFY(child<QPushButton>(&wizard, "cancelSignIn")->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(page->state(), SignInPage::State::SignedIn, 10000);
        QCOMPARE(m_browser.opened, 1);
        QVERIFY(text(&wizard, "signInStatus").contains(QStringLiteral("as ann@mockmail.test")));
        // PKCE really went out.
        const QUrlQuery asked = m_mock.authorizationRequests().constLast();
        QCOMPARE(asked.queryItemValue(QStringLiteral("code_challenge_method")),
                 QStringLiteral("S256"));
        QVERIFY(nextEnabled(wizard));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(AccountWizard::RetentionPageId));
        QVERIFY(!child<QLabel>(&wizard, "uidlRefusal")->isVisible());
        wizard.accept();
        QTRY_COMPARE(added.size(), 1);
        const qint64 id = added.first().first().toLongLong();
        const std::optional<accounts::AccountSettings> stored = controller.account(id);
        QVERIFY(stored);
        QCOMPARE(stored->oauthProvider, QStringLiteral("mock"));
        QVERIFY(stored->oauthClientId.isEmpty()); // the built-in one, not copied
        QTRY_VERIFY(secrets.contains(stored->secretKey()));
        std::optional<accounts::SecretReply> read;
        secrets.read(stored->secretKey(), this,
                     [&read](const accounts::SecretReply &reply) { read = reply; });
        QTRY_VERIFY(read);
        QVERIFY(read->ok());
        // The refresh token the mock issued, nothing else.
        QVERIFY(m_mock.issuedSecrets().contains(read->secret.toUtf8()));
        QCOMPARE(m_mock.tokenRequests().constLast().queryItemValue(QStringLiteral("grant_type")),
                 QStringLiteral("authorization_code"));
    }
    window.setArchive(nullptr);
}

void TestSignInPage::failedSignInSaysWhyAndTriesAgain()
{
    AccountWizard wizard(options());
    SignInPage *page = goToSignIn(wizard, QStringLiteral("ann@mockmail.test"));
    QVERIFY(page);
    m_browser.decline = true;
    child<QPushButton>(&wizard, "signInButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), SignInPage::State::Failed, 10000);
    QVERIFY2(text(&wizard, "signInDetail").contains(QStringLiteral("access_denied")),
             qPrintable(text(&wizard, "signInDetail")));
    QVERIFY(!nextEnabled(wizard));
    auto *again = child<QPushButton>(&wizard, "signInButton");
    QVERIFY(again->isVisible());
    QCOMPARE(again->text(), QStringLiteral("&Try again"));
    m_browser.decline = false;
    again->click();
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), SignInPage::State::SignedIn, 10000);
    QCOMPARE(m_browser.opened, 2);
    QVERIFY(nextEnabled(wizard));
    QVERIFY(wizard.account().signIn);
    QVERIFY(!wizard.account().signIn->refreshToken.isEmpty());
    QCOMPARE(wizard.account().settings.oauthProvider, QStringLiteral("mock"));
}

void TestSignInPage::noClientIdOffersAppPassword()
{
    AccountWizard wizard(options(false));
    SignInPage *page = goToSignIn(wizard, QStringLiteral("ann@mockmail.test"));
    QVERIFY(page);
    QCOMPARE(page->state(), SignInPage::State::NoClientId);
    QVERIFY(text(&wizard, "signInStatus").contains(QStringLiteral("No OAuth client ID")));
    QVERIFY(child<QLabel>(&wizard, "appPasswordRoute")->isVisible());
    QVERIFY(text(&wizard, "appPasswordRoute")
                .contains(QStringLiteral("Settings > Mock app passwords")));
    QVERIFY(!child<QPushButton>(&wizard, "signInButton")->isVisible());
    QVERIFY(child<QLineEdit>(&wizard, "oauthClientId")->isVisible());
    QVERIFY(!child<QLineEdit>(&wizard, "oauthClientSecret")->isVisible()); // Google only

    // The user's own client ID overrides the build's (none here) and is kept with the account.
    auto *clientId = child<QLineEdit>(&wizard, "oauthClientId");
    QTest::keyClicks(clientId, m_mock.clientId());
    QCOMPARE(page->state(), SignInPage::State::Ready);
    child<QPushButton>(&wizard, "signInButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), SignInPage::State::SignedIn, 10000);
    QCOMPARE(wizard.account().settings.oauthClientId, m_mock.clientId());
    clientId->selectAll();
    QTest::keyClick(clientId, Qt::Key_Delete);
    QCOMPARE(page->state(), SignInPage::State::NoClientId);

    // The password way: back to the first page for the (app) password, then the test login.
    auto *usePassword = child<QPushButton>(&wizard, "usePasswordInstead");
    QVERIFY(usePassword->isVisible());
    usePassword->click();
    QCOMPARE(wizard.currentId(), int(AccountWizard::IdentityPageId));
    QVERIFY(!nextEnabled(wizard));
    child<QLineEdit>(&wizard, "password")->setText(QStringLiteral("app-password"));
    QVERIFY(nextEnabled(wizard));
    wizard.next();
    QCOMPARE(wizard.page(AccountWizard::ServerPageId)->nextId(), int(AccountWizard::TestPageId));
    QVERIFY(wizard.account().settings.oauthProvider.isEmpty());
    QVERIFY(!wizard.account().signIn);
}

QTEST_MAIN(TestSignInPage)
#include "tst_signinpage.moc"

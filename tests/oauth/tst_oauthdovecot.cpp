// OAuth2 from sign-in to mail, with no internet: the mail service signs in through the mock
// authorization server of tests/support (the test plays the browser), and a private Dovecot
// whose oauth2 passdb asks that server's introspection endpoint about every token Satchel sends
// judges each login. Rows: first sign-in then a fetch, refresh before expiry, one refresh after
// an [AUTH] refusal, a refused refresh that asks for a new sign-in (answered and declined),
// stray redirects (wrong state, another path, another port) ignored, and two accounts of one
// provider. After every row no code or token may appear in the profile, the account settings or
// the log.
#include "BrowserDriver.h"
#include "DovecotFixture.h"
#include "Must.h"
#include "OAuthMockServer.h"

#include "accounts/MemorySecretStore.h"
#include "store/Archive.h"
#include "sync/MailService.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <functional>

using namespace satchel;
using accounts::AccountSettings;
using accounts::MemorySecretStore;
using satchel::test::browserGet;
using satchel::test::DovecotFixture;
using satchel::test::must;
using satchel::test::OAuthMockServer;
using sync::FetchKind;
using sync::FetchResult;
using sync::MailService;
using Outcome = sync::FetchResult::Outcome;

namespace {

// Everything logged during the test, for the grep test.
QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog << QString::fromLatin1(context.category ? context.category : "") + u' '
                + message;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

// Answers sign-in questions as a person at a browser would: GET the address, follow the redirect
// to the loopback listener. `beforeFollowing` lets a row send other redirects first; `decline`
// answers "no".
class BrowserPrompter final : public sync::Prompter
{
public:
    OAuthMockServer *server = nullptr;
    bool decline = false;
    std::function<void(const QUrl &redirect)> beforeFollowing;
    // Who is signed in at the browser, by the account's user name.
    std::function<QString(const sync::SignInQuestion &)> browserUser;
    QList<sync::SignInQuestion> questions;
    QList<sync::Notice> notices;
    int passwordQuestions = 0;

    void askPassword(const sync::PasswordQuestion &, PasswordReply reply) override
    {
        ++passwordQuestions; // never for an OAuth account
        reply(std::nullopt);
    }
    void askCertificate(const sync::CertificateQuestion &, CertificateReply reply) override
    {
        reply({});
    }
    void inform(const sync::Notice &notice) override { notices << notice; }
    void askSignIn(const sync::SignInQuestion &question, SignInReply reply) override
    {
        questions << question;
        if (decline) {
            reply(false);
            return;
        }
        reply(true);
        const QUrl url = question.url;
        const QString user = browserUser ? browserUser(question) : QStringLiteral("satchel");
        // The browser runs beside Satchel: later, on the event loop.
        QTimer::singleShot(0, [this, url, user] {
            server->setBrowserUser(user);
            const test::BrowserAnswer consent = browserGet(url);
            if (consent.status != 302) {
                qWarning("the authorization server answered %d", consent.status);
                return;
            }
            if (beforeFollowing)
                beforeFollowing(consent.location);
            (void)browserGet(consent.location);
        });
    }
};

} // namespace

class TestOAuthDovecot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void firstSignInThenFetch();
    void refreshBeforeExpiry();
    void authRefusalRefreshesOnce();
    void refusedRefreshAsksToSignInAgain();
    void declinedSignInEndsTheFetch();
    void strayRedirectsAreIgnored();
    void twoAccountsOfOneProvider();
    void withoutKeychainTheSignInLastsTheSession();
    void loginForms_data();
    void loginForms();
    void noClientIdSaysSo();

private:
    [[nodiscard]] qint64 addAccount(const QString &name, const QString &user);
    void makeService();
    [[nodiscard]] FetchResult fetch(qint64 accountId, int *finishedCount = nullptr);
    [[nodiscard]] int codeExchanges() const;
    [[nodiscard]] int refreshes() const;
    void addMessages(int count);

    std::unique_ptr<OAuthMockServer> m_server;
    std::unique_ptr<DovecotFixture> m_dovecot;
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<store::Archive> m_archive;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<BrowserPrompter> m_prompter;
    std::unique_ptr<MailService> m_service;
    bool m_noClientId = false;
    pop3::SaslMechanismKind m_mechanism = pop3::SaslMechanismKind::XOAuth2;
    bool m_initialResponse = false;
    int m_generated = 0;
};

void TestOAuthDovecot::initTestCase()
{
    SATCHEL_REQUIRE_DOVECOT();
    // Everything Satchel and Qt's OAuth code may say, so that the grep test sees it all.
    QLoggingCategory::setFilterRules(
        QStringLiteral("satchel.*=true\nqt.networkauth*=true\nqt.network*.debug=false"));
    previousHandler = qInstallMessageHandler(captureMessage);
    m_server = std::make_unique<OAuthMockServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    test::DovecotOptions options;
    options.oauth2IntrospectionUrl = m_server->introspectionUrl().toString();
    options.authMechanisms = QStringLiteral("xoauth2 oauthbearer");
    m_dovecot = std::make_unique<DovecotFixture>(options);
    QVERIFY2(m_dovecot->start(), qPrintable(m_dovecot->errorString()));
}

void TestOAuthDovecot::init()
{
    m_profile = std::make_unique<QTemporaryDir>();
    QVERIFY(m_profile->isValid());
    m_archive = must(store::Archive::open(m_profile->filePath(QStringLiteral("archive.sqlite"))));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_prompter = std::make_unique<BrowserPrompter>();
    m_prompter->server = m_server.get();
    m_server->setAccessTokenLifetimeSeconds(3600);
    m_noClientId = false;
    m_mechanism = pop3::SaslMechanismKind::XOAuth2;
    m_initialResponse = false;
}

void TestOAuthDovecot::cleanup()
{
    const QString settings = [this] {
        QString all;
        if (m_service)
            for (const AccountSettings &a : m_service->accounts())
                all += QString::fromUtf8(a.toJson());
        return all;
    }();
    m_service.reset();
    m_archive.reset();

    // The grep test: no code or token in the profile's files, the account settings or the log.
    QByteArray profileBytes;
    QDirIterator files(m_profile->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            profileBytes += file.readAll();
    }
    QString log;
    {
        QMutexLocker lock(&logMutex);
        log = capturedLog.join(u'\n');
    }
    for (const QByteArray &secret : m_server->issuedSecrets()) {
        QVERIFY2(!profileBytes.contains(secret), "a code or token is in the profile");
        QVERIFY2(!settings.contains(QString::fromLatin1(secret)),
                 "a code or token is in the settings");
        QVERIFY2(!log.contains(QString::fromLatin1(secret)), "a code or token is in the log");
    }
    m_prompter.reset();
    m_secrets.reset();
    m_profile.reset();
}

void TestOAuthDovecot::cleanupTestCase()
{
    m_dovecot.reset();
    m_server.reset();
    qInstallMessageHandler(previousHandler);
}

qint64 TestOAuthDovecot::addAccount(const QString &name, const QString &user)
{
    AccountSettings a;
    a.name = name;
    a.host = QStringLiteral("localhost");
    a.port = m_dovecot->pop3sPort();
    a.security = pop3::Security::ImplicitTls;
    a.user = user;
    a.oauthProvider = QStringLiteral("mock");
    return must(accounts::saveAccount(*m_archive, a));
}

void TestOAuthDovecot::makeService()
{
    MailService::Options options;
    options.extraCaCertificates = {m_dovecot->certificate()};
    options.oauthProvider = [this](const AccountSettings &a) -> Result<oauth::OAuthProvider> {
        if (a.oauthProvider != u"mock")
            return Error {Error::Code::NotFound, QStringLiteral("unknown provider")};
        if (m_noClientId)
            return Error {Error::Code::Invalid, QStringLiteral("No OAuth client ID for Mock")};
        oauth::OAuthProvider p = m_server->provider();
        p.mechanism = m_mechanism;
        p.initialResponse = m_initialResponse;
        return p;
    };
    m_service = std::make_unique<MailService>(m_archive.get(), m_secrets.get(), m_prompter.get(),
                                              options);
    QVERIFY(m_service->reloadAccounts().ok());
}

FetchResult TestOAuthDovecot::fetch(qint64 accountId, int *finishedCount)
{
    FetchResult failed;
    failed.outcome = Outcome::Failed;
    QSignalSpy finished(m_service.get(), &MailService::fetchFinished);
    if (!m_service->fetchNow(accountId, FetchKind::Direct))
        return failed;
    if (!QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, 30000))
        return failed;
    QTest::qWait(100); // a second, wrong, fetchFinished would come now
    if (finishedCount)
        *finishedCount = int(finished.size());
    return finished.first().at(2).value<FetchResult>();
}

int TestOAuthDovecot::codeExchanges() const
{
    int n = 0;
    for (const QUrlQuery &q : m_server->tokenRequests())
        n += q.queryItemValue(QStringLiteral("grant_type")) == u"authorization_code";
    return n;
}

int TestOAuthDovecot::refreshes() const
{
    int n = 0;
    for (const QUrlQuery &q : m_server->tokenRequests())
        n += q.queryItemValue(QStringLiteral("grant_type")) == u"refresh_token";
    return n;
}

void TestOAuthDovecot::addMessages(int count)
{
    for (const QByteArray &raw : test::CorpusMaildir::syntheticMessages(count, m_generated + 1)) {
        QVERIFY(m_dovecot->addMessage(raw));
    }
    m_generated += count;
}

void TestOAuthDovecot::firstSignInThenFetch()
{
    addMessages(3);
    const qint64 id = addAccount(QStringLiteral("Work"), QStringLiteral("satchel"));
    makeService();
    const int exchanges = codeExchanges();
    const int active = m_server->activeIntrospections();

    const FetchResult result = fetch(id);
    QCOMPARE(result.outcome, Outcome::Success);
    QCOMPARE(result.newMessages(), m_generated);
    QCOMPARE(m_prompter->questions.size(), 1);
    QCOMPARE(m_prompter->questions.first().reason, sync::SignInReason::NotSignedIn);
    QCOMPARE(m_prompter->questions.first().providerName, QStringLiteral("Mock"));
    QCOMPARE(m_prompter->passwordQuestions, 0);
    QCOMPARE(codeExchanges(), exchanges + 1);
    // Dovecot asked the authorization server about the token and was told it is good.
    QVERIFY(m_server->activeIntrospections() > active);
    // The refresh token is in the keychain, under the account's key.
    const QString stored = m_secrets->readNow(QStringLiteral("account-%1").arg(id)).secret;
    QVERIFY(stored.startsWith(u"rt-"));

    // The next fetch needs nobody: the access token is still good.
    const int questions = int(m_prompter->questions.size());
    const int tokenCalls = int(m_server->tokenRequests().size());
    QCOMPARE(fetch(id).outcome, Outcome::Success);
    QCOMPARE(m_prompter->questions.size(), questions);
    QCOMPARE(m_server->tokenRequests().size(), tokenCalls);
}

void TestOAuthDovecot::refreshBeforeExpiry()
{
    // Tokens that live a minute: inside the broker's five-minute margin from the start.
    m_server->setAccessTokenLifetimeSeconds(60);
    const qint64 id = addAccount(QStringLiteral("Work"), QStringLiteral("satchel"));
    makeService();
    QCOMPARE(fetch(id).outcome, Outcome::Success);
    const int before = refreshes();
    const int active = m_server->activeIntrospections();
    const int all = m_server->introspections();

    QCOMPARE(fetch(id).outcome, Outcome::Success);
    QCOMPARE(refreshes(), before + 1); // refreshed before the fetch...
    // ...so Dovecot saw only good tokens: no refusal, no second attempt.
    QCOMPARE(m_server->introspections() - all, m_server->activeIntrospections() - active);
    QCOMPARE(m_prompter->questions.size(), 1); // the first sign-in only
}

void TestOAuthDovecot::authRefusalRefreshesOnce()
{
    const qint64 id = addAccount(QStringLiteral("Work"), QStringLiteral("satchel"));
    makeService();
    QCOMPARE(fetch(id).outcome, Outcome::Success);
    const int before = refreshes();
    const int all = m_server->introspections();
    const int active = m_server->activeIntrospections();

    // The server ends the token early; Satchel still thinks it good for an hour.
    m_server->expireAccessTokens();
    int finished = 0;
    const FetchResult result = fetch(id, &finished);
    QCOMPARE(result.outcome, Outcome::Success);
    QCOMPARE(finished, 1); // the refused attempt is not reported as a fetch of its own
    QCOMPARE(refreshes(), before + 1);
    // Dovecot refused one token and accepted the next.
    QCOMPARE(m_server->introspections() - all, 2);
    QCOMPARE(m_server->activeIntrospections() - active, 1);
    QCOMPARE(m_prompter->questions.size(), 1);
}

void TestOAuthDovecot::refusedRefreshAsksToSignInAgain()
{
    const qint64 id = addAccount(QStringLiteral("Work"), QStringLiteral("satchel"));
    makeService();
    QCOMPARE(fetch(id).outcome, Outcome::Success);
    const int exchanges = codeExchanges();

    // The person revoked Satchel's access at the provider.
    m_server->revokeRefreshTokens();
    m_server->expireAccessTokens();
    const FetchResult result = fetch(id);
    QCOMPARE(result.outcome, Outcome::Success);
    QCOMPARE(m_prompter->questions.size(), 2);
    QCOMPARE(m_prompter->questions.last().reason, sync::SignInReason::Expired);
    QVERIFY(m_prompter->questions.last().detail.contains(u"invalid_grant"));
    QCOMPARE(codeExchanges(), exchanges + 1);
    QVERIFY(m_secrets->readNow(QStringLiteral("account-%1").arg(id)).secret.startsWith(u"rt-"));
}

void TestOAuthDovecot::declinedSignInEndsTheFetch()
{
    const qint64 id = addAccount(QStringLiteral("Work"), QStringLiteral("satchel"));
    makeService();
    QCOMPARE(fetch(id).outcome, Outcome::Success);
    m_server->revokeRefreshTokens();
    m_server->expireAccessTokens();
    m_prompter->decline = true;
    int finished = 0;
    const FetchResult result = fetch(id, &finished);
    QCOMPARE(result.outcome, Outcome::Authentication);
    QCOMPARE(finished, 1);
    QVERIFY(result.message.contains(u"sign in"));
    QCOMPARE(m_prompter->questions.last().reason, sync::SignInReason::Expired);
    QCOMPARE(m_prompter->passwordQuestions, 0);
}

void TestOAuthDovecot::strayRedirectsAreIgnored()
{
    const qint64 id = addAccount(QStringLiteral("Work"), QStringLiteral("satchel"));
    makeService();
    const int exchanges = codeExchanges();
    int strays = 0;
    m_prompter->beforeFollowing = [this, &strays, exchanges](const QUrl &redirect) {
        QUrl wrongState = redirect;
        QUrlQuery query(redirect);
        const QString state = query.queryItemValue(QStringLiteral("state"));
        query.removeAllQueryItems(QStringLiteral("state"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("not-") + state);
        wrongState.setQuery(query);
        QUrl otherPath = redirect;
        otherPath.setPath(QStringLiteral("/callback"));
        QUrl otherPort = redirect;
        otherPort.setPort(m_server->tokenUrl().port());
        for (const QUrl &stray : {wrongState, otherPath, otherPort}) {
            (void)browserGet(stray);
            ++strays;
        }
        QTest::qWait(200);
        // None of them got a code exchanged.
        QCOMPARE(codeExchanges(), exchanges);
    };
    QCOMPARE(fetch(id).outcome, Outcome::Success);
    QCOMPARE(strays, 3);
    QCOMPARE(codeExchanges(), exchanges + 1);
}

void TestOAuthDovecot::twoAccountsOfOneProvider()
{
    const qint64 work = addAccount(QStringLiteral("Work"), QStringLiteral("satchel"));
    const qint64 home = addAccount(QStringLiteral("Home"), QStringLiteral("other"));
    makeService();
    // The browser is signed in as whichever user the account is for.
    m_prompter->browserUser
        = [](const sync::SignInQuestion &q) { return q.login.section(u'@', 0, 0); };
    QCOMPARE(fetch(work).outcome, Outcome::Success);
    QCOMPARE(fetch(home).outcome, Outcome::Success);
    QCOMPARE(m_prompter->questions.size(), 2);
    const QString workToken = m_secrets->readNow(QStringLiteral("account-%1").arg(work)).secret;
    const QString homeToken = m_secrets->readNow(QStringLiteral("account-%1").arg(home)).secret;
    QVERIFY(workToken.startsWith(u"rt-") && homeToken.startsWith(u"rt-"));
    QVERIFY(workToken != homeToken);

    // Each account refreshes its own sign-in: Dovecot checks that the token names its user.
    m_server->expireAccessTokens();
    QCOMPARE(fetch(home).outcome, Outcome::Success);
    QCOMPARE(fetch(work).outcome, Outcome::Success);
    QCOMPARE(m_prompter->questions.size(), 2);
}

void TestOAuthDovecot::withoutKeychainTheSignInLastsTheSession()
{
    m_secrets->setFailure(accounts::SecretReply::Outcome::Unavailable);
    const qint64 id = addAccount(QStringLiteral("Work"), QStringLiteral("satchel"));
    makeService();
    QCOMPARE(fetch(id).outcome, Outcome::Success);
    QCOMPARE(m_prompter->notices.size(), 1); // said once
    QCOMPARE(m_prompter->notices.first().kind, sync::Notice::Kind::SignInNotStored);
    // The refresh token is kept in memory: a refresh needs no new sign-in.
    m_server->expireAccessTokens();
    QCOMPARE(fetch(id).outcome, Outcome::Success);
    QCOMPARE(m_prompter->questions.size(), 1);
    QCOMPARE(m_prompter->notices.size(), 1);
}

void TestOAuthDovecot::loginForms_data()
{
    QTest::addColumn<int>("mechanism");
    QTest::addColumn<bool>("initialResponse");
    QTest::newRow("XOAUTH2 after the +") << int(pop3::SaslMechanismKind::XOAuth2) << false;
    QTest::newRow("XOAUTH2 on the AUTH line") << int(pop3::SaslMechanismKind::XOAuth2) << true;
    QTest::newRow("OAUTHBEARER after the +") << int(pop3::SaslMechanismKind::OAuthBearer) << false;
    QTest::newRow("OAUTHBEARER on the AUTH line")
        << int(pop3::SaslMechanismKind::OAuthBearer) << true;
}

void TestOAuthDovecot::loginForms()
{
    // Each form a provider preset may pick, judged by Dovecot.
    QFETCH(int, mechanism);
    QFETCH(bool, initialResponse);
    m_mechanism = pop3::SaslMechanismKind(mechanism);
    m_initialResponse = initialResponse;
    const qint64 id = addAccount(QStringLiteral("Work"), QStringLiteral("satchel"));
    makeService();
    const int active = m_server->activeIntrospections();
    const FetchResult result = fetch(id);
    QCOMPARE(result.outcome, Outcome::Success);
    QVERIFY(m_server->activeIntrospections() > active);
}

void TestOAuthDovecot::noClientIdSaysSo()
{
    const qint64 id = addAccount(QStringLiteral("Work"), QStringLiteral("satchel"));
    m_noClientId = true;
    makeService();
    const FetchResult result = fetch(id);
    QCOMPARE(result.outcome, Outcome::Refused);
    QVERIFY(result.message.contains(u"No OAuth client ID"));
    QCOMPARE(m_prompter->questions.size(), 0);
}

QTEST_GUILESS_MAIN(TestOAuthDovecot)
#include "tst_oauthdovecot.moc"

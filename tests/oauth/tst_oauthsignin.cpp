// The OAuth2 sign-in of core/oauth against the mock authorization server (no internet): what
// really goes out (PKCE S256, state, the loopback redirect URI), the code exchange, what is
// refused (a wrong state, a redirect elsewhere), refresh and its refusal, and the broker that
// keeps the tokens.

#include "BrowserDriver.h"
#include "OAuthMockServer.h"

#include "accounts/MemorySecretStore.h"
#include "oauth/BrowserSignIn.h"
#include "oauth/Pkce.h"
#include "oauth/TokenBroker.h"
#include "oauth/TokenRefresh.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace satchel;
using namespace satchel::oauth;
using satchel::test::browserGet;
using satchel::test::OAuthMockServer;

class TestOAuthSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pkceVector();
    void firstSignIn();
    void wrongStateIsRefused();
    void redirectElsewhereIsIgnored();
    void declinedOnThePage();
    void noClientId();
    void clientSecretGoesOut();
    void refresh();
    void refusedRefresh();
    void brokerRefreshesBeforeExpiry();
    void brokerForcedRefreshAndRefusal();
    void brokerWithoutKeychain();

private:
    OAuthProvider provider() const;
    // Starts a sign-in and lets the "browser" consent: the redirect it was sent.
    QUrl consent(BrowserSignIn &signIn);
    TokenGrant signInFully();

    std::unique_ptr<OAuthMockServer> m_server;
};

void TestOAuthSignIn::init()
{
    m_server = std::make_unique<OAuthMockServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestOAuthSignIn::cleanup()
{
    m_server.reset();
}

OAuthProvider TestOAuthSignIn::provider() const
{
    return m_server->provider();
}

QUrl TestOAuthSignIn::consent(BrowserSignIn &signIn)
{
    if (!signIn.start()) {
        qWarning() << signIn.errorString();
        return {};
    }
    const test::BrowserAnswer answer = browserGet(signIn.authorizationUrl());
    if (answer.status != 302)
        qWarning() << "authorize answered" << answer.status << answer.body;
    return answer.location;
}

TokenGrant TestOAuthSignIn::signInFully()
{
    BrowserSignIn signIn(provider());
    QSignalSpy signedIn(&signIn, &BrowserSignIn::signedIn);
    const QUrl redirect = consent(signIn);
    if (!redirect.isValid())
        return {};
    (void)browserGet(redirect);
    if (signedIn.isEmpty() && !signedIn.wait(5000))
        return {};
    return signedIn.first().first().value<TokenGrant>();
}

void TestOAuthSignIn::pkceVector()
{
    // RFC 7636 appendix B.
    QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const Pkce a = Pkce::generate();
    const Pkce b = Pkce::generate();
    QCOMPARE(a.verifier.size(), 43);
    QVERIFY(a.verifier != b.verifier);
    QCOMPARE(a.challenge, Pkce::challengeFor(a.verifier));
}

void TestOAuthSignIn::firstSignIn()
{
    BrowserSignIn signIn(provider());
    signIn.setLoginHint(QStringLiteral("ann@example.com"));
    QSignalSpy signedIn(&signIn, &BrowserSignIn::signedIn);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    const QUrl redirect = consent(signIn);
    QVERIFY(redirect.isValid());

    // What went out with the authorization request.
    QCOMPARE(m_server->authorizationRequests().size(), 1);
    const QUrlQuery asked = m_server->authorizationRequests().first();
    const auto value = [&asked](const char *key) {
        return asked.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
    };
    QCOMPARE(value("code_challenge_method"), QStringLiteral("S256"));
    QCOMPARE(value("code_challenge").size(), 43);
    QVERIFY(!value("state").isEmpty());
    QCOMPARE(value("client_id"), m_server->clientId());
    QCOMPARE(value("scope"), QStringLiteral("pop offline_access"));
    QCOMPARE(value("login_hint"), QStringLiteral("ann@example.com"));
    const QUrl redirectUri(value("redirect_uri"));
    QCOMPARE(redirectUri.scheme(), QStringLiteral("http"));
    QCOMPARE(redirectUri.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(redirectUri.port() > 0);
    QCOMPARE(redirectUri.path(), QStringLiteral("/"));
    QCOMPARE(value("redirect_uri"), signIn.redirectUri());

    // The browser follows the redirect to the loopback listener, which shows a page.
    const test::BrowserAnswer page = browserGet(redirect);
    QCOMPARE(page.status, 200);
    QVERIFY(signedIn.wait(5000) || signedIn.size() == 1);
    QCOMPARE(failed.size(), 0);

    // The code went back with the PKCE verifier that belongs to the challenge.
    QCOMPARE(m_server->tokenRequests().size(), 1);
    const QUrlQuery exchange = m_server->tokenRequests().first();
    const QByteArray verifier
        = exchange.queryItemValue(QStringLiteral("code_verifier"), QUrl::FullyDecoded).toLatin1();
    QVERIFY(verifier.size() >= 43);
    QCOMPARE(QString::fromLatin1(Pkce::challengeFor(verifier)), value("code_challenge"));
    QCOMPARE(exchange.queryItemValue(QStringLiteral("grant_type")),
             QStringLiteral("authorization_code"));
    QCOMPARE(exchange.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
             value("redirect_uri"));

    const auto grant = signedIn.first().first().value<TokenGrant>();
    QVERIFY(grant.accessToken.startsWith(u"at-"));
    QVERIFY(grant.refreshToken.startsWith(u"rt-"));
    QVERIFY(grant.expiresAt > QDateTime::currentDateTime().addSecs(3000));
}

void TestOAuthSignIn::wrongStateIsRefused()
{
    BrowserSignIn signIn(provider());
    QSignalSpy signedIn(&signIn, &BrowserSignIn::signedIn);
    const QUrl redirect = consent(signIn);
    QVERIFY(redirect.isValid());

    // A redirect whose state is not the one sent: someone else's code, or a forged request.
    QUrl forged = redirect;
    QUrlQuery query(forged);
    const QString state = query.queryItemValue(QStringLiteral("state"));
    query.removeAllQueryItems(QStringLiteral("state"));
    query.addQueryItem(QStringLiteral("state"), state + QStringLiteral("x"));
    forged.setQuery(query);
    (void)browserGet(forged);
    QTest::qWait(300);
    QCOMPARE(signedIn.size(), 0);
    QCOMPARE(m_server->tokenRequests().size(), 0); // the code was never exchanged

    // The real redirect still completes the sign-in.
    (void)browserGet(redirect);
    QVERIFY(signedIn.wait(5000) || signedIn.size() == 1);
    QCOMPARE(m_server->tokenRequests().size(), 1);
}

void TestOAuthSignIn::redirectElsewhereIsIgnored()
{
    BrowserSignIn signIn(provider());
    QSignalSpy signedIn(&signIn, &BrowserSignIn::signedIn);
    const QUrl redirect = consent(signIn);
    QVERIFY(redirect.isValid());

    // Another path on the listener's port.
    QUrl otherPath = redirect;
    otherPath.setPath(QStringLiteral("/elsewhere"));
    (void)browserGet(otherPath);
    // Another port: the mock server's own, where no sign-in listens.
    QUrl otherPort = redirect;
    otherPort.setPort(m_server->tokenUrl().port());
    (void)browserGet(otherPort);
    QTest::qWait(300);
    QCOMPARE(signedIn.size(), 0);
    QCOMPARE(m_server->tokenRequests().size(), 0);

    (void)browserGet(redirect);
    QVERIFY(signedIn.wait(5000) || signedIn.size() == 1);
}

void TestOAuthSignIn::declinedOnThePage()
{
    BrowserSignIn signIn(provider());
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    const QUrl redirect = consent(signIn);
    QVERIFY(redirect.isValid());
    QUrl declined = redirect;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
    query.addQueryItem(QStringLiteral("state"),
                       QUrlQuery(redirect).queryItemValue(QStringLiteral("state")));
    declined.setQuery(query);
    (void)browserGet(declined);
    QVERIFY(failed.wait(5000) || failed.size() == 1);
    QVERIFY(failed.first().first().toString().contains(u"access_denied"));
}

void TestOAuthSignIn::noClientId()
{
    OAuthProvider p = provider();
    p.clientId.clear();
    BrowserSignIn signIn(p);
    QVERIFY(!signIn.start());
    QVERIFY(signIn.errorString().contains(u"client ID"));
    QCOMPARE(m_server->authorizationRequests().size(), 0);
}

void TestOAuthSignIn::clientSecretGoesOut()
{
    OAuthProvider p = provider();
    p.clientSecret = QStringLiteral("desktop-secret");
    BrowserSignIn signIn(p);
    QSignalSpy signedIn(&signIn, &BrowserSignIn::signedIn);
    const QUrl redirect = consent(signIn);
    QVERIFY(redirect.isValid());
    (void)browserGet(redirect);
    QVERIFY(signedIn.wait(5000) || signedIn.size() == 1);
    QCOMPARE(m_server->tokenRequests().last().queryItemValue(QStringLiteral("client_secret")),
             QStringLiteral("desktop-secret"));
    // Never in the browser's address.
    QVERIFY(!signIn.authorizationUrl().toString().contains(u"desktop-secret"));
}

void TestOAuthSignIn::refresh()
{
    const TokenGrant first = signInFully();
    QVERIFY(!first.refreshToken.isEmpty());
    TokenRefresh refresh(provider(), first.refreshToken);
    QSignalSpy refreshed(&refresh, &TokenRefresh::refreshed);
    refresh.start();
    QVERIFY(refreshed.wait(5000));
    const auto grant = refreshed.first().first().value<TokenGrant>();
    QVERIFY(grant.accessToken.startsWith(u"at-"));
    QVERIFY(grant.accessToken != first.accessToken);
    QVERIFY(grant.refreshToken != first.refreshToken); // the mock rotates them
    const QUrlQuery asked = m_server->tokenRequests().last();
    QCOMPARE(asked.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
}

void TestOAuthSignIn::refusedRefresh()
{
    const TokenGrant first = signInFully();
    m_server->revokeRefreshTokens();
    TokenRefresh refresh(provider(), first.refreshToken);
    QSignalSpy failed(&refresh, &TokenRefresh::failed);
    refresh.start();
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(0).toBool(), true);
    QVERIFY(failed.first().at(1).toString().contains(u"invalid_grant"));

    // A server that cannot be reached is not a refusal: try later, no new sign-in.
    OAuthProvider gone = provider();
    gone.tokenUrl.setPort(1);
    TokenRefresh unreachable(gone, first.refreshToken);
    QSignalSpy failedToo(&unreachable, &TokenRefresh::failed);
    unreachable.start();
    QVERIFY(failedToo.wait(10000));
    QCOMPARE(failedToo.first().at(0).toBool(), false);
}

namespace {

TokenBroker::TokenReply askBroker(TokenBroker &broker, qint64 id, const OAuthProvider &provider,
                                  bool force)
{
    std::optional<TokenBroker::TokenReply> answer;
    broker.accessToken(id, QStringLiteral("account-%1").arg(id), provider, force,
                       [&answer](const TokenBroker::TokenReply &r) { answer = r; });
    (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000);
    return answer.value_or(TokenBroker::TokenReply {
        TokenBroker::TokenReply::Outcome::Failed, {}, QStringLiteral("no answer")});
}

} // namespace

void TestOAuthSignIn::brokerRefreshesBeforeExpiry()
{
    accounts::MemorySecretStore secrets;
    TokenBroker broker(&secrets);
    const TokenGrant grant = signInFully();
    bool kept = false;
    broker.keepGrant(1, QStringLiteral("account-1"), grant,
                     [&kept](bool inKeychain, const QString &) { kept = inKeychain; });
    QTRY_VERIFY(kept);
    QVERIFY(secrets.contains(QStringLiteral("account-1")));
    const int tokenCalls = m_server->tokenRequests().size();

    // Valid for an hour: handed out as it is.
    TokenBroker::TokenReply r = askBroker(broker, 1, provider(), false);
    QCOMPARE(r.outcome, TokenBroker::TokenReply::Outcome::Ok);
    QCOMPARE(r.accessToken, grant.accessToken);
    QCOMPARE(m_server->tokenRequests().size(), tokenCalls);

    // Within the margin of its expiry: refreshed first, with the refresh token from the keychain.
    broker.setRefreshMarginSeconds(4000);
    r = askBroker(broker, 1, provider(), false);
    QCOMPARE(r.outcome, TokenBroker::TokenReply::Outcome::Ok);
    QVERIFY(r.accessToken != grant.accessToken);
    QCOMPARE(m_server->tokenRequests().size(), tokenCalls + 1);
    // The rotated refresh token replaced the spent one in the keychain.
    QCOMPARE(secrets.readNow(QStringLiteral("account-1")).secret.startsWith(u"rt-"), true);
    QVERIFY(secrets.readNow(QStringLiteral("account-1")).secret != grant.refreshToken);
}

void TestOAuthSignIn::brokerForcedRefreshAndRefusal()
{
    accounts::MemorySecretStore secrets;
    TokenBroker broker(&secrets);
    // Never signed in: a person must.
    TokenBroker::TokenReply r = askBroker(broker, 2, provider(), false);
    QCOMPARE(r.outcome, TokenBroker::TokenReply::Outcome::SignInNeeded);

    const TokenGrant grant = signInFully();
    broker.keepGrant(2, QStringLiteral("account-2"), grant, {});
    QTRY_VERIFY(secrets.contains(QStringLiteral("account-2")));
    // After an [AUTH] refusal the service forces a refresh although the token looks valid.
    r = askBroker(broker, 2, provider(), true);
    QCOMPARE(r.outcome, TokenBroker::TokenReply::Outcome::Ok);
    QVERIFY(r.accessToken != grant.accessToken);

    m_server->revokeRefreshTokens();
    r = askBroker(broker, 2, provider(), true);
    QCOMPARE(r.outcome, TokenBroker::TokenReply::Outcome::SignInNeeded);
    QVERIFY(r.message.contains(u"invalid_grant"));
}

void TestOAuthSignIn::brokerWithoutKeychain()
{
    accounts::MemorySecretStore secrets;
    secrets.setFailure(accounts::SecretReply::Outcome::Unavailable);
    TokenBroker broker(&secrets);
    const TokenGrant grant = signInFully();
    std::optional<bool> inKeychain;
    broker.keepGrant(3, QStringLiteral("account-3"), grant,
                     [&inKeychain](bool kept, const QString &) { inKeychain = kept; });
    QTRY_VERIFY(inKeychain.has_value());
    QCOMPARE(*inKeychain, false);
    QVERIFY(broker.keychainUnavailable());
    // Kept for this session: a forced refresh still works without any keychain.
    const TokenBroker::TokenReply r = askBroker(broker, 3, provider(), true);
    QCOMPARE(r.outcome, TokenBroker::TokenReply::Outcome::Ok);
}

QTEST_GUILESS_MAIN(TestOAuthSignIn)
#include "tst_oauthsignin.moc"

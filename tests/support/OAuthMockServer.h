#pragma once

#include "oauth/OAuthProvider.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace satchel::test {

// A small OAuth2 authorization server on 127.0.0.1 for the tests (no internet): RFC 6749's
// authorization-code grant with PKCE S256 (RFC 7636) required, refresh, revocation (RFC 7009),
// expiry, and RFC 7662 introspection, which the private Dovecot's oauth2 passdb asks about every
// token. The "browser" is whoever GETs /authorize: it is signed in as browserUser() and consents
// at once, answering with a redirect to the client's redirect_uri carrying a code and the state.
// Everything it was sent is kept, so a test can check what really went out.
class OAuthMockServer : public QObject
{
    Q_OBJECT

public:
    explicit OAuthMockServer(QObject *parent = nullptr);
    ~OAuthMockServer() override;

    [[nodiscard]] bool start();
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] QUrl authorizationUrl() const { return url(QStringLiteral("/authorize")); }
    [[nodiscard]] QUrl tokenUrl() const { return url(QStringLiteral("/token")); }
    [[nodiscard]] QUrl revocationUrl() const { return url(QStringLiteral("/revoke")); }
    [[nodiscard]] QUrl introspectionUrl() const { return url(QStringLiteral("/introspect")); }

    // The one client this server knows.
    [[nodiscard]] QString clientId() const { return QStringLiteral("satchel-test-client"); }
    // This server as a provider Satchel signs in with ("mock", XOAUTH2 after the "+").
    [[nodiscard]] oauth::OAuthProvider provider() const;

    // Who the "browser" is signed in as: the user name the next tokens are for.
    void setBrowserUser(const QString &user) { m_browserUser = user; }
    [[nodiscard]] QString browserUser() const { return m_browserUser; }
    // The lifetime of the access tokens issued from now on.
    void setAccessTokenLifetimeSeconds(int seconds) { m_lifetime = seconds; }
    // Every access token issued so far expires now (refresh tokens stay good).
    void expireAccessTokens();
    // Every refresh token stops working, as when a person revokes the app's access.
    void revokeRefreshTokens();

    // What was asked: the query of each /authorize, the form of each /token call.
    [[nodiscard]] const QList<QUrlQuery> &authorizationRequests() const { return m_authorizations; }
    [[nodiscard]] const QList<QUrlQuery> &tokenRequests() const { return m_tokenRequests; }
    [[nodiscard]] int introspections() const { return m_introspections; }
    [[nodiscard]] int activeIntrospections() const { return m_activeIntrospections; }
    // Every code and token this server handed out, for the grep test.
    [[nodiscard]] QList<QByteArray> issuedSecrets() const { return m_issued; }

private:
    struct Code
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString user;
        bool used = false;
    };
    struct Token
    {
        QString user;
        QDateTime expiresAt;
        bool revoked = false;
    };
    struct Request
    {
        QByteArray method;
        QUrl target;
        QByteArray body;
    };

    [[nodiscard]] QUrl url(const QString &path) const;
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &request);
    void authorize(QTcpSocket *socket, const QUrlQuery &query);
    void token(QTcpSocket *socket, const QUrlQuery &form);
    void introspect(QTcpSocket *socket, const QUrlQuery &form);
    void revoke(QTcpSocket *socket, const QUrlQuery &form);
    void issueTokens(QTcpSocket *socket, const QString &user);
    [[nodiscard]] QByteArray newSecret(const char *prefix);
    static void reply(QTcpSocket *socket, int status, const QByteArray &contentType,
                      const QByteArray &body, const QByteArray &extraHeaders = {});
    static void jsonError(QTcpSocket *socket, int status, const char *error,
                          const QString &description);

    QTcpServer *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QString m_error;
    QString m_browserUser = QStringLiteral("satchel");
    int m_lifetime = 3600;
    QHash<QString, Code> m_codes;
    QHash<QString, Token> m_accessTokens;
    QHash<QString, Token> m_refreshTokens;
    QList<QUrlQuery> m_authorizations;
    QList<QUrlQuery> m_tokenRequests;
    int m_introspections = 0;
    int m_activeIntrospections = 0;
    QList<QByteArray> m_issued;
};

} // namespace satchel::test

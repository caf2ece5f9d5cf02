#include "OAuthMockServer.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

namespace satchel::test {

namespace {

QString formValue(const QUrlQuery &form, const char *key)
{
    return form.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
}

// application/x-www-form-urlencoded: '+' is a space there, which QUrlQuery does not know.
QUrlQuery parseForm(QByteArray body)
{
    body.replace('+', ' ');
    return QUrlQuery(QString::fromLatin1(body));
}

} // namespace

OAuthMockServer::OAuthMockServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

OAuthMockServer::~OAuthMockServer() = default;

bool OAuthMockServer::start()
{
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        m_error = m_server->errorString();
        return false;
    }
    return true;
}

QUrl OAuthMockServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->serverPort()).arg(path));
}

oauth::OAuthProvider OAuthMockServer::provider() const
{
    oauth::OAuthProvider p;
    p.id = QStringLiteral("mock");
    p.name = QStringLiteral("Mock");
    p.authorizationUrl = authorizationUrl();
    p.tokenUrl = tokenUrl();
    p.scope = QStringLiteral("pop offline_access");
    p.clientId = clientId();
    p.mechanism = pop3::SaslMechanismKind::XOAuth2;
    return p;
}

void OAuthMockServer::expireAccessTokens()
{
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (Token &t : m_accessTokens)
        t.expiresAt = past;
}

void OAuthMockServer::revokeRefreshTokens()
{
    for (Token &t : m_refreshTokens)
        t.revoked = true;
}

QByteArray OAuthMockServer::newSecret(const char *prefix)
{
    QByteArray random(24, Qt::Uninitialized);
    for (char &c : random)
        c = char(QRandomGenerator::global()->bounded(256));
    const QByteArray secret = QByteArray(prefix)
        + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_issued << secret;
    return secret;
}

void OAuthMockServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    qsizetype length = 0;
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            length = line.mid(colon + 1).trimmed().toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + length)
        return;
    Request request;
    request.method = requestLine.value(0);
    request.target = QUrl(QString::fromLatin1(requestLine.value(1)));
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    handle(socket, request);
}

void OAuthMockServer::handle(QTcpSocket *socket, const Request &request)
{
    const QString path = request.target.path();
    if (request.method == "GET" && path == u"/authorize")
        authorize(socket, QUrlQuery(request.target));
    else if (request.method == "POST" && path == u"/token")
        token(socket, parseForm(request.body));
    else if (request.method == "POST" && path == u"/introspect")
        introspect(socket, parseForm(request.body));
    else if (request.method == "POST" && path == u"/revoke")
        revoke(socket, parseForm(request.body));
    else
        reply(socket, 404, "text/plain", "not found");
}

void OAuthMockServer::authorize(QTcpSocket *socket, const QUrlQuery &query)
{
    m_authorizations << query;
    const QString redirect = formValue(query, "redirect_uri");
    const QUrl redirectUrl(redirect);
    if (formValue(query, "client_id") != clientId()) {
        reply(socket, 400, "text/plain", "unknown client");
        return;
    }
    // RFC 8252 section 7.3: a loopback redirect with any port.
    if (redirectUrl.scheme() != u"http" || redirectUrl.host() != u"127.0.0.1") {
        reply(socket, 400, "text/plain", "redirect_uri must be a loopback address");
        return;
    }
    if (formValue(query, "response_type") != u"code"
        || formValue(query, "code_challenge_method") != u"S256"
        || formValue(query, "code_challenge").size() != 43 || formValue(query, "state").isEmpty()) {
        reply(socket, 400, "text/plain", "PKCE S256, a state and response_type=code are required");
        return;
    }
    const QString code = QString::fromLatin1(newSecret("code-"));
    m_codes.insert(code,
                   Code {clientId(), redirect, formValue(query, "code_challenge"), m_browserUser});
    QUrlQuery back;
    back.addQueryItem(QStringLiteral("code"), code);
    back.addQueryItem(QStringLiteral("state"), formValue(query, "state"));
    QUrl location = redirectUrl;
    location.setQuery(back);
    reply(socket, 302, "text/plain", "redirecting", "Location: " + location.toEncoded() + "\r\n");
}

void OAuthMockServer::token(QTcpSocket *socket, const QUrlQuery &form)
{
    m_tokenRequests << form;
    if (formValue(form, "client_id") != clientId()) {
        jsonError(socket, 401, "invalid_client", QStringLiteral("unknown client"));
        return;
    }
    const QString grantType = formValue(form, "grant_type");
    if (grantType == u"authorization_code") {
        const auto it = m_codes.find(formValue(form, "code"));
        if (it == m_codes.end() || it->used) {
            jsonError(socket, 400, "invalid_grant", QStringLiteral("unknown or used code"));
            return;
        }
        it->used = true; // once only, whatever happens next (RFC 6749 section 4.1.2)
        if (formValue(form, "redirect_uri") != it->redirectUri) {
            jsonError(socket, 400, "invalid_grant", QStringLiteral("redirect_uri differs"));
            return;
        }
        const QByteArray verifier = formValue(form, "code_verifier").toLatin1();
        const QString challenge = QString::fromLatin1(
            QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        if (verifier.size() < 43 || challenge != it->challenge) {
            jsonError(socket, 400, "invalid_grant", QStringLiteral("PKCE verification failed"));
            return;
        }
        issueTokens(socket, it->user);
        return;
    }
    if (grantType == u"refresh_token") {
        const auto it = m_refreshTokens.find(formValue(form, "refresh_token"));
        if (it == m_refreshTokens.end() || it->revoked) {
            jsonError(socket, 400, "invalid_grant", QStringLiteral("the refresh token is revoked"));
            return;
        }
        // Rotation: the old refresh token is spent.
        it->revoked = true;
        issueTokens(socket, it->user);
        return;
    }
    jsonError(socket, 400, "unsupported_grant_type", grantType);
}

void OAuthMockServer::issueTokens(QTcpSocket *socket, const QString &user)
{
    const QString access = QString::fromLatin1(newSecret("at-"));
    const QString refresh = QString::fromLatin1(newSecret("rt-"));
    m_accessTokens.insert(access,
                          Token {user, QDateTime::currentDateTimeUtc().addSecs(m_lifetime)});
    m_refreshTokens.insert(refresh, Token {user, {}});
    QJsonObject o;
    o.insert(QStringLiteral("access_token"), access);
    o.insert(QStringLiteral("token_type"), QStringLiteral("Bearer"));
    o.insert(QStringLiteral("expires_in"), m_lifetime);
    o.insert(QStringLiteral("refresh_token"), refresh);
    reply(socket, 200, "application/json", QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void OAuthMockServer::introspect(QTcpSocket *socket, const QUrlQuery &form)
{
    ++m_introspections;
    const auto it = m_accessTokens.constFind(formValue(form, "token"));
    QJsonObject o;
    const bool active = it != m_accessTokens.cend() && !it->revoked
        && it->expiresAt > QDateTime::currentDateTimeUtc();
    o.insert(QStringLiteral("active"), active);
    if (active) {
        ++m_activeIntrospections;
        o.insert(QStringLiteral("username"), it->user);
        o.insert(QStringLiteral("client_id"), clientId());
        o.insert(QStringLiteral("exp"), it->expiresAt.toSecsSinceEpoch());
    }
    reply(socket, 200, "application/json", QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void OAuthMockServer::revoke(QTcpSocket *socket, const QUrlQuery &form)
{
    const QString token = formValue(form, "token");
    if (const auto it = m_refreshTokens.find(token); it != m_refreshTokens.end())
        it->revoked = true;
    if (const auto it = m_accessTokens.find(token); it != m_accessTokens.end())
        it->revoked = true;
    reply(socket, 200, "text/plain", {}); // RFC 7009: 200 whether or not it was known
}

void OAuthMockServer::reply(QTcpSocket *socket, int status, const QByteArray &contentType,
                            const QByteArray &body, const QByteArray &extraHeaders)
{
    const QByteArray reason = status == 200 ? "OK"
        : status == 302                     ? "Found"
        : status == 400                     ? "Bad Request"
        : status == 401                     ? "Unauthorized"
                                            : "Not Found";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n"
                  + "Content-Type: " + contentType + "\r\n"
                  + "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
                  + "Connection: close\r\n" + extraHeaders + "\r\n" + body);
    socket->disconnectFromHost();
}

void OAuthMockServer::jsonError(QTcpSocket *socket, int status, const char *error,
                                const QString &description)
{
    QJsonObject o;
    o.insert(QStringLiteral("error"), QString::fromLatin1(error));
    o.insert(QStringLiteral("error_description"), description);
    reply(socket, status, "application/json", QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace satchel::test

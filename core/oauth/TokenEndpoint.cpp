#include "oauth/TokenEndpoint.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>

namespace satchel::oauth {

namespace {

struct TokenEndpointText
{
    Q_DECLARE_TR_FUNCTIONS(satchel::oauth::TokenEndpoint)
};

} // namespace

void configureFlow(QOAuth2AuthorizationCodeFlow &flow, const OAuthProvider &provider)
{
    flow.setAuthorizationUrl(provider.authorizationUrl);
    flow.setAccessTokenUrl(provider.tokenUrl);
    flow.setClientIdentifier(provider.clientId);
    if (!provider.clientSecret.isEmpty())
        flow.setClientIdentifierSharedKey(provider.clientSecret);
    flow.setScope(provider.scope);
}

TokenGrant grantOf(const QOAuth2AuthorizationCodeFlow &flow)
{
    return TokenGrant {flow.token(), flow.refreshToken(), flow.expirationAt()};
}

TokenFailure tokenFailureOf(QNetworkReply &reply)
{
    if (reply.error() == QNetworkReply::NoError)
        return {};
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject body = QJsonDocument::fromJson(reply.readAll()).object();
    const QString code = body.value(QStringLiteral("error")).toString();
    const QString description = body.value(QStringLiteral("error_description")).toString();
    TokenFailure failure;
    // RFC 6749 section 5.2: 400 (or 401 for a client that failed to authenticate) with an error
    // code. Anything else is the server or the way to it failing, which may pass.
    failure.refused = (status == 400 || status == 401) && !code.isEmpty();
    if (failure.refused)
        failure.message = description.isEmpty()
            ? TokenEndpointText::tr("The sign-in server refused: %1.").arg(code)
            : TokenEndpointText::tr("The sign-in server refused: %1 (%2).").arg(code, description);
    else if (status != 0)
        failure.message
            = TokenEndpointText::tr("The sign-in server answered with HTTP status %1.").arg(status);
    else
        failure.message = TokenEndpointText::tr("The sign-in server could not be reached: %1.")
                              .arg(reply.errorString());
    return failure;
}

} // namespace satchel::oauth

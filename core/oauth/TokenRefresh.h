#pragma once

#include "oauth/OAuthProvider.h"
#include "oauth/TokenGrant.h"

#include <QObject>
#include <QString>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;

namespace satchel::oauth {

// One refresh of an access token (RFC 6749 section 6) through Qt's flow. A fresh flow each time:
// Qt 6.4 reports no failed refresh and would then stay "refreshing" for good. Exactly one of
// refreshed() and failed() follows start().
class TokenRefresh : public QObject
{
    Q_OBJECT

public:
    TokenRefresh(OAuthProvider provider, QString refreshToken, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    // `grant.refreshToken` is the old one when the server sent no new one.
    void refreshed(const satchel::oauth::TokenGrant &grant);
    // `refused`: the server said no to the refresh token (revoked, expired): sign in again.
    // Otherwise it could not be asked: try later.
    void failed(bool refused, const QString &message);

private:
    OAuthProvider m_provider;
    QString m_refreshToken;
    QNetworkAccessManager *m_network;
    QOAuth2AuthorizationCodeFlow *m_flow;
    bool m_done = false;
};

} // namespace satchel::oauth

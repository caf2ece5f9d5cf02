#include "oauth/TokenRefresh.h"

#include "oauth/TokenEndpoint.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthOobReplyHandler>

namespace satchel::oauth {

TokenRefresh::TokenRefresh(OAuthProvider provider, QString refreshToken, QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
    , m_refreshToken(std::move(refreshToken))
    , m_network(new QNetworkAccessManager(this))
    , m_flow(new QOAuth2AuthorizationCodeFlow(m_network, this))
{
    qRegisterMetaType<TokenGrant>();
    configureFlow(*m_flow, m_provider);
    // Reads the token endpoint's JSON answer; it listens on nothing.
    m_flow->setReplyHandler(new QOAuthOobReplyHandler(m_flow));
    connect(m_flow, &QAbstractOAuth::statusChanged, this, [this](QAbstractOAuth::Status status) {
        if (status != QAbstractOAuth::Status::Granted || m_done)
            return;
        m_done = true;
        TokenGrant grant = grantOf(*m_flow);
        if (grant.refreshToken.isEmpty())
            grant.refreshToken = m_refreshToken;
        Q_EMIT refreshed(grant);
    });
    connect(m_network, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        if (m_done)
            return;
        if (reply->error() == QNetworkReply::NoError) {
            // Qt reads the answer after this signal; one that held no token leaves it silent.
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (m_done)
                        return;
                    m_done = true;
                    Q_EMIT failed(false, tr("The sign-in server's answer held no access token."));
                },
                Qt::QueuedConnection);
            return;
        }
        m_done = true;
        const TokenFailure failure = tokenFailureOf(*reply);
        Q_EMIT failed(failure.refused, failure.message);
    });
}

void TokenRefresh::start()
{
    m_flow->setRefreshToken(m_refreshToken);
    m_flow->refreshAccessToken();
}

} // namespace satchel::oauth

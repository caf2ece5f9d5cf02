#include "oauth/BrowserSignIn.h"

#include "oauth/LoopbackReplyHandler.h"
#include "oauth/TokenEndpoint.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>

namespace satchel::oauth {

BrowserSignIn::BrowserSignIn(OAuthProvider provider, QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
    , m_pkce(Pkce::generate())
    , m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<TokenGrant>();
}

BrowserSignIn::~BrowserSignIn()
{
    if (m_handler)
        m_handler->close();
}

QString BrowserSignIn::redirectUri() const
{
    return m_handler ? m_handler->callback() : QString();
}

bool BrowserSignIn::start()
{
    if (!m_provider.hasClientId()) {
        m_error = tr("No OAuth client ID is configured for %1.").arg(m_provider.name);
        return false;
    }
    if (!m_provider.authorizationUrl.isValid() || !m_provider.tokenUrl.isValid()) {
        m_error = tr("The sign-in addresses of %1 are missing.").arg(m_provider.name);
        return false;
    }
    // Loopback only (RFC 8252 section 7.3), on a port the system picks: nothing else on the
    // network can deliver a redirect, and two sign-ins never share one.
    m_handler = new LoopbackReplyHandler(this);
    if (!m_handler->listen()) {
        m_error = tr("Satchel could not listen on the loopback address for the sign-in's answer.");
        return false;
    }
    m_handler->setPageText(
        tr("Satchel has received your sign-in. You can close this page and go back to Satchel."));

    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    configureFlow(*m_flow, m_provider);
    m_flow->setReplyHandler(m_handler);
    m_flow->setModifyParametersFunction([this](QAbstractOAuth::Stage stage,
                                               QMultiMap<QString, QVariant> *parameters) {
        switch (stage) {
        case QAbstractOAuth::Stage::RequestingAuthorization:
            parameters->replace(QStringLiteral("code_challenge"),
                                QString::fromLatin1(m_pkce.challenge));
            parameters->replace(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            if (!m_loginHint.isEmpty())
                parameters->replace(QStringLiteral("login_hint"), m_loginHint);
            break;
        case QAbstractOAuth::Stage::RequestingAccessToken:
            parameters->replace(QStringLiteral("code_verifier"),
                                QString::fromLatin1(m_pkce.verifier));
            break;
        case QAbstractOAuth::Stage::RequestingTemporaryCredentials:
        case QAbstractOAuth::Stage::RefreshingAccessToken:
            break;
        }
    });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this,
            [this](const QUrl &url) { m_authorizationUrl = url; });
    connect(m_flow, &QAbstractOAuth::statusChanged, this, [this](QAbstractOAuth::Status status) {
        if (status != QAbstractOAuth::Status::Granted || m_done)
            return;
        m_done = true;
        m_handler->close();
        Q_EMIT signedIn(grantOf(*m_flow));
    });
    connect(m_flow, &QAbstractOAuth2::error, this,
            [this](const QString &error, const QString &description, const QUrl &) {
                // The provider's page said no (the person declined, or the client is unknown).
                fail(description.isEmpty()
                         ? tr("The sign-in was not completed: %1.").arg(error)
                         : tr("The sign-in was not completed: %1 (%2).").arg(error, description));
            });
    // Qt 6.4 only logs a token request that failed; the reply itself says what happened.
    connect(m_network, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        if (reply->error() == QNetworkReply::NoError) {
            // Qt reads the answer after this signal; one that held no token leaves it silent.
            QMetaObject::invokeMethod(
                this, [this] { fail(tr("The sign-in server's answer held no access token.")); },
                Qt::QueuedConnection);
            return;
        }
        fail(tokenFailureOf(*reply).message);
    });
    m_flow->grant();
    if (!m_authorizationUrl.isValid()) {
        m_error = tr("Satchel could not build the sign-in address for %1.").arg(m_provider.name);
        return false;
    }
    return true;
}

void BrowserSignIn::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    if (m_handler)
        m_handler->close();
    m_error = message;
    Q_EMIT failed(message);
}

} // namespace satchel::oauth

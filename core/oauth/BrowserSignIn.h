#pragma once

#include "oauth/OAuthProvider.h"
#include "oauth/Pkce.h"
#include "oauth/TokenGrant.h"

#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;

namespace satchel::oauth {

class LoopbackReplyHandler;

// One sign-in in the system browser, as RFC 8252 has native apps do it: a listener on
// http://127.0.0.1:<free port>/ takes the redirect (LoopbackReplyHandler: that path only), the
// authorization request carries a PKCE S256 challenge and a random state (Qt's flow checks it on
// the way back and ignores a redirect that does not match), and the code is exchanged with the
// PKCE verifier. Qt 6.4's flow has no PKCE of its own:
// both parameters go in through its parameter hook at the stage each belongs to.
//
// The browser is the front end's: start() hands out the URL to open, and this object waits for
// the redirect until it is destroyed. Exactly one of signedIn() and failed() follows a start()
// that succeeded.
class BrowserSignIn : public QObject
{
    Q_OBJECT

public:
    explicit BrowserSignIn(OAuthProvider provider, QObject *parent = nullptr);
    ~BrowserSignIn() override;

    // Proposed to the provider's page (the address the account is for); optional.
    void setLoginHint(const QString &hint) { m_loginHint = hint; }

    // Listens and prepares the authorization URL. False (and errorString()) when no loopback
    // port could be opened or the provider lacks a client ID or an endpoint.
    [[nodiscard]] bool start();
    [[nodiscard]] QUrl authorizationUrl() const { return m_authorizationUrl; }
    [[nodiscard]] QString redirectUri() const;
    [[nodiscard]] QString errorString() const { return m_error; }

Q_SIGNALS:
    void signedIn(const satchel::oauth::TokenGrant &grant);
    void failed(const QString &message);

private:
    void fail(const QString &message);

    OAuthProvider m_provider;
    Pkce m_pkce;
    QString m_loginHint;
    QNetworkAccessManager *m_network;
    LoopbackReplyHandler *m_handler = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QUrl m_authorizationUrl;
    QString m_error;
    bool m_done = false;
};

} // namespace satchel::oauth

#pragma once

#include "pop3/SaslMechanism.h"

#include <QString>
#include <QUrl>

namespace satchel::oauth {

// One OAuth2 authorization server and how its POP3 server takes the token: what the browser
// sign-in and the refresh need. The endpoints, scope and login form come from the provider
// presets (resources/providers.json); the client ID from the build (BuiltInClientIds.h) or the
// account, never from another application.
struct OAuthProvider
{
    QString id; // the preset's OAuth id ("microsoft", "google", "fastmail")
    QString name; // the provider's own name, for messages
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QString scope; // space-separated
    QString clientId;
    // Google's desktop clients have a "secret" that is not one (RFC 8252 section 8.5); sent only
    // where the build configured it.
    QString clientSecret;
    // How the POP3 server takes the token.
    pop3::SaslMechanismKind mechanism = pop3::SaslMechanismKind::XOAuth2;
    // The token on the AUTH line itself (RFC 5034 initial response), or after the server's "+"
    // (Microsoft's POP server accepts only the latter).
    bool initialResponse = false;

    [[nodiscard]] bool hasClientId() const { return !clientId.isEmpty(); }
};

// The client ID (and secret) the build set for a preset id; empty when none.
struct ClientCredentials
{
    QString clientId;
    QString clientSecret;
};
[[nodiscard]] ClientCredentials builtInClientCredentials(const QString &providerId);

} // namespace satchel::oauth

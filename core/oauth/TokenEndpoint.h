#pragma once

#include "oauth/OAuthProvider.h"
#include "oauth/TokenGrant.h"

#include <QString>

class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;

namespace satchel::oauth {

// What the browser sign-in and the refresh share: setting a Qt flow up for a provider, reading
// what it was granted, and telling a token endpoint's "no" (the grant is dead: sign in again)
// from a failure to reach it (try later). Qt 6.4's flow reports neither kind of failure itself.

void configureFlow(QOAuth2AuthorizationCodeFlow &flow, const OAuthProvider &provider);
[[nodiscard]] TokenGrant grantOf(const QOAuth2AuthorizationCodeFlow &flow);

struct TokenFailure
{
    // True when the server answered and refused the grant (RFC 6749 section 5.2: invalid_grant
    // and the like); false when it could not be asked (network, 5xx).
    bool refused = false;
    QString message; // for people: the server's error code and description, never a token
};
// The failure of a finished token request; nothing (refused false, message empty) on success.
[[nodiscard]] TokenFailure tokenFailureOf(QNetworkReply &reply);

} // namespace satchel::oauth

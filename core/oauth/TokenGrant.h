#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace satchel::oauth {

// What a token endpoint granted. Secrets all: never logged, never written to a file (the refresh
// token goes to the keychain only).
struct TokenGrant
{
    QString accessToken;
    // Empty when the server did not send a new one (a refresh may keep the old).
    QString refreshToken;
    // Invalid when the server did not say.
    QDateTime expiresAt;
};

} // namespace satchel::oauth

Q_DECLARE_METATYPE(satchel::oauth::TokenGrant)

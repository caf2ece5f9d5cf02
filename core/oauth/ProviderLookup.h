#pragma once

#include "oauth/OAuthProvider.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace satchel::oauth {

// The provider an account signs in with: the preset's endpoints and login form (by its OAuth id,
// "microsoft", "google", "fastmail"), with the account's own client ID, else the one the build
// set. An Error for people when there is no such provider or no client ID at all; for a provider
// with app passwords it says where to create one instead.
[[nodiscard]] Result<OAuthProvider> providerFor(const QString &oauthId,
                                                const QString &accountClientId,
                                                const QString &accountClientSecret = {});
// The OAuth ids of the built-in presets, for --oauth's help and error.
[[nodiscard]] QStringList knownProviderIds();

} // namespace satchel::oauth

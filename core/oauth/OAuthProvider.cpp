#include "oauth/OAuthProvider.h"

#include "oauth/BuiltInClientIds.h"

namespace satchel::oauth {

ClientCredentials builtInClientCredentials(const QString &providerId)
{
    // The "oauth" ids of resources/providers.json.
    if (providerId == u"microsoft")
        return {QString::fromUtf8(builtin::MicrosoftClientId), {}};
    if (providerId == u"google")
        return {QString::fromUtf8(builtin::GoogleClientId),
                QString::fromUtf8(builtin::GoogleClientSecret)};
    if (providerId == u"fastmail")
        return {QString::fromUtf8(builtin::FastmailClientId), {}};
    return {};
}

} // namespace satchel::oauth

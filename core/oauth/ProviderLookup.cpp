#include "oauth/ProviderLookup.h"

#include "autoconfig/ProviderPresets.h"

#include <QCoreApplication>

namespace satchel::oauth {

namespace {

struct ProviderLookupText
{
    Q_DECLARE_TR_FUNCTIONS(satchel::oauth::ProviderLookup)
};

} // namespace

Result<OAuthProvider> providerFor(const QString &oauthId, const QString &accountClientId,
                                  const QString &accountClientSecret)
{
    const auto preset = autoconfig::ProviderPresets::builtIn().findByOAuthId(oauthId);
    if (!preset)
        return Error {Error::Code::NotFound,
                      ProviderLookupText::tr("Satchel knows no OAuth sign-in called \"%1\" (it "
                                             "knows: %2).")
                          .arg(oauthId, knownProviderIds().join(QStringLiteral(", ")))};
    OAuthProvider provider = *preset->oauth;
    if (!accountClientId.isEmpty()) {
        // A client of the user's own: the build's secret belongs to another client.
        provider.clientId = accountClientId;
        provider.clientSecret = accountClientSecret;
        return provider;
    }
    const ClientCredentials builtIn = builtInClientCredentials(provider.id);
    provider.clientId = builtIn.clientId;
    provider.clientSecret = builtIn.clientSecret;
    if (provider.hasClientId())
        return provider;
    QString message = ProviderLookupText::tr(
                          "No OAuth client ID for %1 is configured in this build of Satchel. "
                          "Register a desktop app with %1 (the README says how) and give its "
                          "client ID to the account (--oauth-client-id).")
                          .arg(provider.name);
    if (const QString help = preset->appPasswordHelp(); !help.isEmpty())
        message += u' '
            + ProviderLookupText::tr("Or log in with an app password instead of signing in: %1")
                  .arg(help);
    return Error {Error::Code::Invalid, message};
}

QStringList knownProviderIds()
{
    QStringList ids;
    for (const autoconfig::ProviderPreset &preset : autoconfig::ProviderPresets::builtIn().all()) {
        if (preset.oauth)
            ids << preset.oauth->id;
    }
    return ids;
}

} // namespace satchel::oauth

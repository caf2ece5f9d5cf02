#pragma once

#include "oauth/OAuthProvider.h"
#include "pop3/SessionSettings.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace satchel::autoconfig {

// What Satchel knows about one mail provider: its POP3 server and the facts users trip on. The
// data lives in resources/providers.json (embedded as :/satchel/providers.json); the sentences
// shown to people live here, translatable, chosen by the note codes of the data file.
struct ProviderPreset
{
    QString id;
    QString name; // the provider's own name; not translated
    QStringList domains; // lower case
    bool hasPop3 = false; // iCloud, for one, has none
    QString host;
    quint16 port = 995;
    pop3::Security security = pop3::Security::ImplicitTls;
    // "%EMAILADDRESS%" or "%EMAILLOCALPART%", possibly with a prefix ("recent:%EMAILADDRESS%").
    QString userNameTemplate;
    QStringList alternativeUserNames;
    QStringList notes; // codes, see noteText()
    QUrl settingsUrl;
    // OAuth2 sign-in where the provider offers it for POP3: endpoints, scope and the login form
    // its server accepts. No client ID here (oauth::resolveProvider adds it).
    std::optional<oauth::OAuthProvider> oauth;
    // Where the provider lets people create an app password, in its own words (its pages are
    // what people see, so this is not translated), and the page.
    QString appPasswordWhere;
    QUrl appPasswordUrl;
    // For maintainers: what was not confirmed when the entry was written. Never shown.
    QString verify;

    [[nodiscard]] QString userNameFor(const QString &address) const;
    [[nodiscard]] QStringList alternativeUserNamesFor(const QString &address) const;
    // The notes as sentences for people, in the order of the data file.
    [[nodiscard]] QStringList explanations() const;
    // How to create an app password here, for people; empty where the provider has none.
    [[nodiscard]] QString appPasswordHelp() const;
};

class ProviderPresets
{
    Q_DECLARE_TR_FUNCTIONS(satchel::autoconfig::ProviderPresets)

public:
    // Parses and checks a data file; any invalid entry makes the whole file an error that names
    // the entry and what is wrong with it.
    [[nodiscard]] static Result<ProviderPresets> fromJson(const QByteArray &json);
    // The presets embedded in the application. An invalid embedded file is a build mistake that
    // tst_providerpresets catches; at run time it yields an empty list and a warning.
    [[nodiscard]] static const ProviderPresets &builtIn();

    [[nodiscard]] const QList<ProviderPreset> &all() const { return m_presets; }
    [[nodiscard]] std::optional<ProviderPreset> findById(const QString &id) const;
    [[nodiscard]] std::optional<ProviderPreset> findByDomain(const QString &domain) const;
    // By the id of its OAuth sign-in ("microsoft", "google", "fastmail").
    [[nodiscard]] std::optional<ProviderPreset> findByOAuthId(const QString &oauthId) const;
    // The domain is what follows the last '@'; case and surrounding space do not matter.
    [[nodiscard]] std::optional<ProviderPreset> findByAddress(const QString &address) const;

    // The note codes the code knows how to explain, and the sentence for one (empty when unknown).
    [[nodiscard]] static QStringList knownNoteCodes();
    [[nodiscard]] static QString noteText(const QString &code, const ProviderPreset &preset);

private:
    QList<ProviderPreset> m_presets;
};

// The domain of an address, lower case; empty when there is none.
[[nodiscard]] QString domainOfAddress(const QString &address);

} // namespace satchel::autoconfig

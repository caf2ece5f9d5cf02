#include "autoconfig/ProviderPresets.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

namespace satchel::autoconfig {

namespace {

Q_LOGGING_CATEGORY(lcPresets, "satchel.autoconfig")

const QString AddressToken = QStringLiteral("%EMAILADDRESS%");
const QString LocalPartToken = QStringLiteral("%EMAILLOCALPART%");

QString expand(const QString &pattern, const QString &address)
{
    const QString trimmed = address.trimmed();
    const qsizetype at = trimmed.lastIndexOf(u'@');
    const QString localPart = at < 0 ? trimmed : trimmed.left(at);
    QString result = pattern;
    result.replace(AddressToken, trimmed);
    result.replace(LocalPartToken, localPart);
    return result;
}

bool isValidTemplate(const QString &pattern)
{
    return pattern.contains(AddressToken) || pattern.contains(LocalPartToken);
}

} // namespace

QString domainOfAddress(const QString &address)
{
    const QString trimmed = address.trimmed();
    const qsizetype at = trimmed.lastIndexOf(u'@');
    if (at < 0)
        return {};
    return trimmed.mid(at + 1).toLower();
}

QString ProviderPreset::userNameFor(const QString &address) const
{
    return expand(userNameTemplate, address);
}

QStringList ProviderPreset::alternativeUserNamesFor(const QString &address) const
{
    QStringList names;
    for (const QString &pattern : alternativeUserNames)
        names << expand(pattern, address);
    return names;
}

QStringList ProviderPreset::explanations() const
{
    QStringList sentences;
    for (const QString &code : notes)
        sentences << ProviderPresets::noteText(code, *this);
    return sentences;
}

QString ProviderPreset::appPasswordHelp() const
{
    if (appPasswordWhere.isEmpty())
        return {};
    const QString where = ProviderPresets::tr("Create an app password for Satchel at %1: %2.")
                              .arg(name, appPasswordWhere);
    if (!appPasswordUrl.isValid())
        return where;
    return ProviderPresets::tr("%1 The page is %2").arg(where, appPasswordUrl.toString());
}

QStringList ProviderPresets::knownNoteCodes()
{
    return {QStringLiteral("enable-pop"),
            QStringLiteral("app-password"),
            QStringLiteral("app-password-if-2fa"),
            QStringLiteral("oauth-only"),
            QStringLiteral("no-pop3"),
            QStringLiteral("gmail-recent"),
            QStringLiteral("gmail-expire-zero"),
            QStringLiteral("zoho-regions"),
            QStringLiteral("tonline-mail-password")};
}

QString ProviderPresets::noteText(const QString &code, const ProviderPreset &preset)
{
    if (code == u"enable-pop")
        return tr("POP access is switched off until you switch it on in %1's web settings; do "
                  "that first.")
            .arg(preset.name);
    if (code == u"app-password")
        return tr("%1 does not accept your normal password here: create an app password in your "
                  "%1 account's security settings and enter that instead.")
            .arg(preset.name);
    if (code == u"app-password-if-2fa")
        return tr("If your %1 account uses two-step verification, enter an app password made for "
                  "Satchel instead of your normal password.")
            .arg(preset.name);
    if (code == u"oauth-only")
        return tr("%1 no longer accepts passwords from mail programs: sign in through its web "
                  "page (OAuth) instead; logging in with a password will probably fail.")
            .arg(preset.name);
    if (code == u"no-pop3")
        return tr("%1 does not offer POP3 at all, only IMAP, so Satchel cannot download this "
                  "mail. If you have another server for this address, enter it below.")
            .arg(preset.name);
    if (code == u"gmail-recent")
        return tr("Gmail gives each message to POP only once. If another device already "
                  "downloaded your mail, put \"recent:\" before the user name "
                  "(recent:you@gmail.com) to get the last 30 days again.");
    if (code == u"gmail-expire-zero")
        return tr("Gmail decides itself what happens to a message after POP downloaded it (keep, "
                  "archive or delete, in its web settings); Satchel's choice of how long to "
                  "leave copies on the server has no effect there.");
    if (code == u"zoho-regions")
        return tr("Accounts kept in Zoho's other regions use their own server (pop.zoho.eu, "
                  "pop.zoho.in, ...), and accounts with your own domain use poppro.zoho.com; "
                  "change the server below if yours is one of them.");
    if (code == u"tonline-mail-password")
        return tr("Telekom wants its separate e-mail password here (set in the Telekom E-Mail "
                  "Center), not the password you use to log in to your Telekom account.");
    return {};
}

Result<ProviderPresets> ProviderPresets::fromJson(const QByteArray &json)
{
    auto invalid = [](const QString &message) { return Error {Error::Code::Invalid, message}; };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        return invalid(QStringLiteral("the provider list is not valid JSON: %1 at offset %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    const QJsonValue list = document.object().value(QLatin1String("providers"));
    if (!list.isArray())
        return invalid(QStringLiteral("the provider list has no \"providers\" array"));

    const QStringList knownNotes = knownNoteCodes();
    QSet<QString> ids;
    QSet<QString> oauthIds;
    QSet<QString> domains;
    ProviderPresets presets;
    int index = 0;
    for (const QJsonValue &value : list.toArray()) {
        ++index;
        const QJsonObject object = value.toObject();
        ProviderPreset preset;
        preset.id = object.value(QLatin1String("id")).toString();
        preset.name = object.value(QLatin1String("name")).toString();
        const QString where = QStringLiteral("provider %1 (%2)").arg(index).arg(preset.id);
        auto bad
            = [&](const QString &what) { return invalid(where + QStringLiteral(": ") + what); };

        if (preset.id.isEmpty() || preset.name.isEmpty())
            return bad(QStringLiteral("needs an id and a name"));
        if (ids.contains(preset.id))
            return bad(QStringLiteral("the id is used twice"));
        ids.insert(preset.id);

        const QJsonArray domainList = object.value(QLatin1String("domains")).toArray();
        if (domainList.isEmpty())
            return bad(QStringLiteral("has no domains"));
        for (const QJsonValue &d : domainList) {
            const QString domain = d.toString();
            if (domain.isEmpty() || domain != domain.toLower() || domain.contains(u'@')
                || !domain.contains(u'.') || domain.contains(u' '))
                return bad(QStringLiteral("\"%1\" is not a lower-case domain").arg(domain));
            if (domains.contains(domain))
                return bad(
                    QStringLiteral("the domain %1 belongs to another provider too").arg(domain));
            domains.insert(domain);
            preset.domains << domain;
        }

        const QJsonValue pop3 = object.value(QLatin1String("pop3"));
        if (pop3.isObject()) {
            const QJsonObject server = pop3.toObject();
            preset.hasPop3 = true;
            preset.host = server.value(QLatin1String("host")).toString();
            if (preset.host.isEmpty() || preset.host.contains(u' ') || !preset.host.contains(u'.'))
                return bad(QStringLiteral("the POP3 host is missing or malformed"));
            const int port = server.value(QLatin1String("port")).toInt(-1);
            if (port < 1 || port > 65535)
                return bad(QStringLiteral("the POP3 port is missing or out of range"));
            preset.port = quint16(port);
            const QString security = server.value(QLatin1String("security")).toString();
            if (security == u"tls")
                preset.security = pop3::Security::ImplicitTls;
            else if (security == u"starttls")
                preset.security = pop3::Security::StartTls;
            else if (security == u"none")
                preset.security = pop3::Security::None;
            else
                return bad(QStringLiteral("unknown security \"%1\"").arg(security));
        } else if (!pop3.isNull()) {
            return bad(QStringLiteral("\"pop3\" must be an object or null"));
        }

        preset.userNameTemplate = object.value(QLatin1String("userName")).toString();
        if (!isValidTemplate(preset.userNameTemplate))
            return bad(QStringLiteral("the user name template names neither %EMAILADDRESS% "
                                      "nor %EMAILLOCALPART%"));
        for (const QJsonValue &alternative :
             object.value(QLatin1String("alternativeUserNames")).toArray()) {
            if (!isValidTemplate(alternative.toString()))
                return bad(QStringLiteral("an alternative user name template is malformed"));
            preset.alternativeUserNames << alternative.toString();
        }
        for (const QJsonValue &note : object.value(QLatin1String("notes")).toArray()) {
            if (!knownNotes.contains(note.toString()))
                return bad(QStringLiteral("unknown note \"%1\"").arg(note.toString()));
            preset.notes << note.toString();
        }
        if (!preset.hasPop3 && !preset.notes.contains(QLatin1String("no-pop3")))
            return bad(QStringLiteral("has no POP3 server but does not say so (note no-pop3)"));
        const QString url = object.value(QLatin1String("settingsUrl")).toString();
        if (!url.isEmpty()) {
            preset.settingsUrl = QUrl(url, QUrl::StrictMode);
            if (!preset.settingsUrl.isValid() || preset.settingsUrl.scheme() != u"https")
                return bad(QStringLiteral("the settings address is not an https URL"));
        }
        const QJsonValue oauth = object.value(QLatin1String("oauth"));
        if (oauth.isObject()) {
            const QJsonObject o = oauth.toObject();
            oauth::OAuthProvider p;
            p.id = o.value(QLatin1String("id")).toString();
            p.name = preset.name;
            p.authorizationUrl
                = QUrl(o.value(QLatin1String("authorizationUrl")).toString(), QUrl::StrictMode);
            p.tokenUrl = QUrl(o.value(QLatin1String("tokenUrl")).toString(), QUrl::StrictMode);
            p.scope = o.value(QLatin1String("scope")).toString();
            const auto mechanism = pop3::saslMechanismFromName(
                o.value(QLatin1String("mechanism")).toString().toLatin1());
            if (p.id.isEmpty() || p.scope.isEmpty())
                return bad(QStringLiteral("the OAuth sign-in needs an id and a scope"));
            if (p.authorizationUrl.scheme() != u"https" || p.tokenUrl.scheme() != u"https")
                return bad(QStringLiteral("the OAuth endpoints must be https URLs"));
            if (!mechanism
                || (*mechanism != pop3::SaslMechanismKind::XOAuth2
                    && *mechanism != pop3::SaslMechanismKind::OAuthBearer))
                return bad(QStringLiteral("the OAuth mechanism must be XOAUTH2 or OAUTHBEARER"));
            if (!preset.hasPop3)
                return bad(QStringLiteral("OAuth sign-in without a POP3 server"));
            p.mechanism = *mechanism;
            p.initialResponse = o.value(QLatin1String("initialResponse")).toBool();
            if (oauthIds.contains(p.id))
                return bad(QStringLiteral("the OAuth id is used twice"));
            oauthIds.insert(p.id);
            preset.oauth = p;
        } else if (!oauth.isUndefined()) {
            return bad(QStringLiteral("\"oauth\" must be an object"));
        }
        const QJsonObject appPassword = object.value(QLatin1String("appPassword")).toObject();
        preset.appPasswordWhere = appPassword.value(QLatin1String("where")).toString();
        const QString appPasswordUrl = appPassword.value(QLatin1String("url")).toString();
        if (!appPasswordUrl.isEmpty()) {
            preset.appPasswordUrl = QUrl(appPasswordUrl, QUrl::StrictMode);
            if (!preset.appPasswordUrl.isValid() || preset.appPasswordUrl.scheme() != u"https")
                return bad(QStringLiteral("the app password address is not an https URL"));
        }
        preset.verify = object.value(QLatin1String("verify")).toString();
        presets.m_presets << preset;
    }
    return presets;
}

const ProviderPresets &ProviderPresets::builtIn()
{
    static const ProviderPresets presets = [] {
        QFile file(QStringLiteral(":/satchel/providers.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcPresets) << "the built-in provider list is missing";
            return ProviderPresets();
        }
        auto parsed = fromJson(file.readAll());
        if (!parsed.ok()) {
            qCWarning(lcPresets).noquote()
                << "the built-in provider list is invalid:" << parsed.error().message;
            return ProviderPresets();
        }
        return std::move(parsed).value();
    }();
    return presets;
}

std::optional<ProviderPreset> ProviderPresets::findById(const QString &id) const
{
    for (const ProviderPreset &preset : m_presets) {
        if (preset.id == id)
            return preset;
    }
    return std::nullopt;
}

std::optional<ProviderPreset> ProviderPresets::findByDomain(const QString &domain) const
{
    QString wanted = domain.trimmed().toLower();
    if (wanted.endsWith(u'.'))
        wanted.chop(1);
    for (const ProviderPreset &preset : m_presets) {
        if (preset.domains.contains(wanted))
            return preset;
    }
    return std::nullopt;
}

std::optional<ProviderPreset> ProviderPresets::findByOAuthId(const QString &oauthId) const
{
    for (const ProviderPreset &preset : m_presets) {
        if (preset.oauth && preset.oauth->id.compare(oauthId, Qt::CaseInsensitive) == 0)
            return preset;
    }
    return std::nullopt;
}

std::optional<ProviderPreset> ProviderPresets::findByAddress(const QString &address) const
{
    const QString domain = domainOfAddress(address);
    if (domain.isEmpty())
        return std::nullopt;
    return findByDomain(domain);
}

} // namespace satchel::autoconfig

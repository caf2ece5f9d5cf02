#include "accounts/AccountSettings.h"

#include "store/Archive.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace satchel::accounts {

namespace {

// This file's translation context: a class lupdate sees (a free tr() wrapper would file the texts
// under a context the code never asks for).
struct AccountSettingsText
{
    Q_DECLARE_TR_FUNCTIONS(AccountSettingsText)
};

// Bumped when a field changes meaning; fromJson() reads every older version.
constexpr int FormatVersion = 1;

} // namespace

QByteArray AccountSettings::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), FormatVersion);
    o.insert(QStringLiteral("displayName"), displayName);
    o.insert(QStringLiteral("address"), address);
    o.insert(QStringLiteral("host"), host);
    o.insert(QStringLiteral("port"), int(port));
    o.insert(QStringLiteral("security"), pop3::securityName(security));
    o.insert(QStringLiteral("user"), user);
    o.insert(QStringLiteral("auth"), loginMethod.name());
    if (!oauthProvider.isEmpty())
        o.insert(QStringLiteral("oauthProvider"), oauthProvider);
    if (!oauthClientId.isEmpty())
        o.insert(QStringLiteral("oauthClientId"), oauthClientId);
    if (!oauthClientSecret.isEmpty())
        o.insert(QStringLiteral("oauthClientSecret"), oauthClientSecret);
    if (!rememberedLogin.isAutomatic())
        o.insert(QStringLiteral("authRemembered"), rememberedLogin.name());
    QJsonObject r;
    r.insert(QStringLiteral("deleteAfterDownload"), retention.deleteAfterDownload);
    if (retention.maxDays)
        r.insert(QStringLiteral("maxDays"), *retention.maxDays);
    r.insert(QStringLiteral("untilDeletedHere"), retention.untilDeletedHere);
    if (retention.maxMessages)
        r.insert(QStringLiteral("maxMessages"), *retention.maxMessages);
    if (retention.maxBytes)
        r.insert(QStringLiteral("maxBytes"), double(*retention.maxBytes));
    o.insert(QStringLiteral("retention"), r);
    o.insert(QStringLiteral("headersOnly"), headersOnly);
    o.insert(QStringLiteral("headersOnlyWhenMetered"), headersOnlyWhenMetered);
    if (maxMessageKb)
        o.insert(QStringLiteral("maxMessageKb"), double(*maxMessageKb));
    o.insert(QStringLiteral("checkIntervalMinutes"), checkIntervalMinutes);
    o.insert(QStringLiteral("pinnedSha256"), QString::fromLatin1(pinnedSha256.toHex()));
    o.insert(QStringLiteral("caFile"), caFile);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<AccountSettings> AccountSettings::fromJson(qint64 accountId, const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Error {Error::Code::Corrupt,
                      AccountSettingsText::tr("The settings of account %1 are damaged: %2")
                          .arg(accountId)
                          .arg(error.errorString())};
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toInt() > FormatVersion)
        return Error {
            Error::Code::SchemaTooNew,
            AccountSettingsText::tr("The settings of account %1 were written by a newer Satchel.")
                .arg(accountId)};
    AccountSettings s;
    s.accountId = accountId;
    s.displayName = o.value(QStringLiteral("displayName")).toString();
    s.address = o.value(QStringLiteral("address")).toString();
    s.host = o.value(QStringLiteral("host")).toString();
    s.port = quint16(o.value(QStringLiteral("port")).toInt(995));
    s.security = pop3::securityFromName(o.value(QStringLiteral("security")).toString())
                     .value_or(pop3::Security::ImplicitTls);
    s.user = o.value(QStringLiteral("user")).toString();
    const QString auth = o.value(QStringLiteral("auth")).toString();
    const std::optional<pop3::LoginMethod> method = pop3::LoginMethod::fromName(auth);
    if (!method)
        return Error {Error::Code::Corrupt,
                      AccountSettingsText::tr("The settings of account %1 name an unknown way of "
                                              "logging in: \"%2\".")
                          .arg(accountId)
                          .arg(auth)};
    s.loginMethod = *method;
    s.oauthProvider = o.value(QStringLiteral("oauthProvider")).toString();
    s.oauthClientId = o.value(QStringLiteral("oauthClientId")).toString();
    s.oauthClientSecret = o.value(QStringLiteral("oauthClientSecret")).toString();
    // Only a shortcut: a name this version does not know means probing again.
    if (const std::optional<pop3::LoginMethod> remembered
        = pop3::LoginMethod::fromName(o.value(QStringLiteral("authRemembered")).toString()))
        s.rememberedLogin = *remembered;
    const QJsonObject r = o.value(QStringLiteral("retention")).toObject();
    s.retention.deleteAfterDownload = r.value(QStringLiteral("deleteAfterDownload")).toBool();
    if (r.contains(QStringLiteral("maxDays")))
        s.retention.maxDays = r.value(QStringLiteral("maxDays")).toInt();
    s.retention.untilDeletedHere = r.value(QStringLiteral("untilDeletedHere")).toBool();
    if (r.contains(QStringLiteral("maxMessages")))
        s.retention.maxMessages = r.value(QStringLiteral("maxMessages")).toInt();
    if (r.contains(QStringLiteral("maxBytes")))
        s.retention.maxBytes = qint64(r.value(QStringLiteral("maxBytes")).toDouble());
    s.headersOnly = o.value(QStringLiteral("headersOnly")).toBool();
    s.headersOnlyWhenMetered = o.value(QStringLiteral("headersOnlyWhenMetered")).toBool();
    // Format 1 wrote 0 for "no limit" before the limit became optional.
    if (const qint64 kb = qint64(o.value(QStringLiteral("maxMessageKb")).toDouble()); kb > 0)
        s.maxMessageKb = kb;
    s.checkIntervalMinutes = o.value(QStringLiteral("checkIntervalMinutes")).toInt();
    s.pinnedSha256
        = QByteArray::fromHex(o.value(QStringLiteral("pinnedSha256")).toString().toLatin1());
    s.caFile = o.value(QStringLiteral("caFile")).toString();
    return s;
}

Result<pop3::SessionSettings> AccountSettings::sessionSettings() const
{
    pop3::SessionSettings s;
    s.host = host;
    s.port = port;
    s.security = security;
    s.user = user;
    s.acceptedCertificateSha256 = pinnedSha256;
    s.loginMethod = loginMethod;
    s.secretIsOAuthToken = !oauthProvider.isEmpty();
    if (loginMethod.isAutomatic())
        s.rememberedLogin = rememberedLogin;
    // Security::None is only ever set explicitly by the user, and says the link is trusted.
    s.allowCleartextPassword = security == pop3::Security::None;
    if (!caFile.isEmpty()) {
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error {Error::Code::Io,
                          AccountSettingsText::tr("Cannot read the CA file %1: %2")
                              .arg(caFile, file.errorString())};
        s.caCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (s.caCertificates.isEmpty())
            return Error {
                Error::Code::Invalid,
                AccountSettingsText::tr("The CA file %1 holds no PEM certificate.").arg(caFile)};
    }
    return s;
}

sync::FetchSettings AccountSettings::fetchSettings() const
{
    sync::FetchSettings s;
    s.accountId = accountId;
    s.policy = retention;
    s.headersOnly = headersOnly;
    if (maxMessageKb)
        s.maxMessageBytes = *maxMessageKb * 1024;
    return s;
}

QString AccountSettings::secretKey() const
{
    return QStringLiteral("account-%1").arg(accountId);
}

QByteArray parseFingerprint(const QString &text)
{
    QString hex = text;
    hex.remove(u':');
    static const QRegularExpression sha256Hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!sha256Hex.match(hex).hasMatch())
        return {};
    return QByteArray::fromHex(hex.toLatin1());
}

Result<QList<AccountSettings>> loadAccounts(store::Archive &archive)
{
    Result<QHash<qint64, QByteArray>> stored = archive.accountSettings();
    if (!stored)
        return stored.error();
    Result<QHash<qint64, QString>> names = archive.accountNames();
    if (!names)
        return names.error();
    QList<AccountSettings> accounts;
    for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
        Result<AccountSettings> s = AccountSettings::fromJson(it.key(), it.value());
        if (!s)
            return s.error();
        s->name = names->value(it.key());
        accounts << *s;
    }
    std::sort(accounts.begin(), accounts.end(),
              [](const AccountSettings &a, const AccountSettings &b) {
                  return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
              });
    return accounts;
}

Result<qint64> saveAccount(store::Archive &archive, AccountSettings settings)
{
    if (settings.accountId == 0) {
        Result<QHash<qint64, QString>> names = archive.accountNames();
        if (!names)
            return names.error();
        for (auto it = names->cbegin(); it != names->cend(); ++it) {
            if (it.value() == settings.name)
                settings.accountId = it.key();
        }
        if (settings.accountId == 0) {
            Result<qint64> id = archive.createAccount(settings.name);
            if (!id)
                return id.error();
            settings.accountId = *id;
        }
    }
    if (Status s = archive.setAccountSettings(settings.accountId, settings.toJson()); !s)
        return s.error();
    return settings.accountId;
}

} // namespace satchel::accounts

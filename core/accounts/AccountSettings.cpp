#include "accounts/AccountSettings.h"

#include "pop3/SaslMechanism.h"
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
    o.insert(QStringLiteral("security"), securityName(security));
    o.insert(QStringLiteral("user"), user);
    o.insert(QStringLiteral("auth"), authMechanism);
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
    o.insert(QStringLiteral("maxMessageKb"), double(maxMessageKb));
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
    s.security = parseSecurity(o.value(QStringLiteral("security")).toString())
                     .value_or(pop3::Security::ImplicitTls);
    s.user = o.value(QStringLiteral("user")).toString();
    s.authMechanism = o.value(QStringLiteral("auth")).toString();
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
    s.maxMessageKb = qint64(o.value(QStringLiteral("maxMessageKb")).toDouble());
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
    const QString mechanism = authMechanism.toUpper();
    if (mechanism.isEmpty()) {
        s.authMethod = pop3::AuthMethod::Automatic;
    } else if (mechanism == u"USER") {
        s.authMethod = pop3::AuthMethod::UserPass;
    } else if (mechanism == u"APOP") {
        s.authMethod = pop3::AuthMethod::Apop;
    } else if (const auto kind = pop3::saslMechanismFromName(mechanism.toLatin1())) {
        s.authMethod = pop3::AuthMethod::Sasl;
        s.saslMechanism = *kind;
    } else {
        return Error {
            Error::Code::Invalid,
            AccountSettingsText::tr("Unknown authentication mechanism \"%1\".").arg(authMechanism)};
    }
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
    s.maxMessageBytes = qint64(maxMessageKb) * 1024;
    return s;
}

QString AccountSettings::secretKey() const
{
    return QStringLiteral("account-%1").arg(accountId);
}

std::optional<pop3::Security> parseSecurity(const QString &text)
{
    const QString t = text.toLower();
    if (t == u"tls")
        return pop3::Security::ImplicitTls;
    if (t == u"starttls")
        return pop3::Security::StartTls;
    if (t == u"none")
        return pop3::Security::None;
    return std::nullopt;
}

QString securityName(pop3::Security security)
{
    switch (security) {
    case pop3::Security::ImplicitTls:
        return QStringLiteral("tls");
    case pop3::Security::StartTls:
        return QStringLiteral("starttls");
    case pop3::Security::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("tls");
}

bool applyLeaveOnServer(const QString &text, sync::RetentionPolicy *policy)
{
    const QString t = text.toLower();
    policy->deleteAfterDownload = false;
    policy->maxDays.reset();
    policy->untilDeletedHere = false;
    if (t == u"no") {
        policy->deleteAfterDownload = true;
        return true;
    }
    if (t == u"forever")
        return true;
    if (t == u"until-deleted") {
        policy->untilDeletedHere = true;
        return true;
    }
    if (t.startsWith(u"days:")) {
        bool ok = false;
        const int days = t.mid(5).toInt(&ok);
        if (!ok || days < 0)
            return false;
        policy->maxDays = days;
        return true;
    }
    return false;
}

QString describeRetention(const sync::RetentionPolicy &policy)
{
    QStringList parts;
    if (policy.deleteAfterDownload)
        parts << AccountSettingsText::tr("delete after download");
    else if (policy.maxDays)
        parts << AccountSettingsText::tr("leave %1 days").arg(*policy.maxDays);
    else if (policy.untilDeletedHere)
        parts << AccountSettingsText::tr("leave until deleted here");
    else
        parts << AccountSettingsText::tr("leave forever");
    if (policy.maxMessages)
        parts << AccountSettingsText::tr("at most %1 messages").arg(*policy.maxMessages);
    if (policy.maxBytes)
        parts << AccountSettingsText::tr("at most %1 MB").arg(*policy.maxBytes / (1024 * 1024));
    return parts.join(QLatin1String(", "));
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

#pragma once

#include "pop3/LoginMethod.h"
#include "pop3/Security.h"
#include "pop3/SessionSettings.h"
#include "sync/FetchSettings.h"
#include "sync/RetentionPolicy.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace satchel::store {
class Archive;
}

namespace satchel::accounts {

// One POP3 account as the profile keeps it (DESIGN.md: settings in the profile, the password in
// the OS keychain only). Stored as JSON in the archive (Archive::setAccountSettings), keyed by
// the archive's account id, so removing an account and its mail is one transaction.
struct AccountSettings
{
    qint64 accountId = 0; // the archive's; 0 until saved
    QString name; // what the user calls it; the archive account's name
    QString displayName;
    QString address;

    QString host;
    quint16 port = 995;
    pop3::Security security = pop3::Security::ImplicitTls;
    QString user;
    pop3::LoginMethod loginMethod; // default: the strongest the server offers
    // OAuth2 sign-in: the provider preset's id ("outlook", "gmail"...), empty for a password
    // account; and a client ID the user registered, which overrides the one built in. The
    // refresh token is the account's keychain secret (secretKey()), as a password would be.
    QString oauthProvider;
    QString oauthClientId;
    // Google's desktop clients come with a "secret" that Google itself calls public (RFC 8252
    // section 8.5: a native app cannot keep one); sent with that client ID only.
    QString oauthClientSecret;
    [[nodiscard]] bool signsInWithOAuth() const { return !oauthProvider.isEmpty(); }
    // With the automatic choice: the method that worked last time, tried first (MailService
    // keeps it up to date). Not a setting: nothing shows it, and it is forgotten when it fails.
    pop3::LoginMethod rememberedLogin;

    sync::RetentionPolicy retention; // default: leave forever
    // Only the headers (TOP n 0) of every new message.
    bool headersOnly = false;
    // Headers only, as above, while the connection is metered (mobile data, a phone's hotspot),
    // for the window's fetches; where the system cannot tell, it never applies (the UI says so).
    bool headersOnlyWhenMetered = false;
    // Only the headers of messages larger than this, in KB. Nothing: no limit (a limit is an
    // optional here as in the retention policy, where 0 is a real value).
    std::optional<qint64> maxMessageKb;
    int checkIntervalMinutes = 0; // a period, not a limit: 0 checks only when asked

    // The SHA-256 of the one certificate the user accepted although it did not verify (raw
    // bytes), and a PEM file of extra trust anchors.
    QByteArray pinnedSha256;
    QString caFile;

    friend bool operator==(const AccountSettings &, const AccountSettings &) = default;

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<AccountSettings> fromJson(qint64 accountId, const QByteArray &json);

    // What the session needs, without the password (the caller adds it from the SecretStore).
    // Fails when the CA file cannot be read.
    [[nodiscard]] Result<pop3::SessionSettings> sessionSettings() const;
    [[nodiscard]] sync::FetchSettings fetchSettings() const;
    // The keychain entry's key; the account id keeps it stable when the account is renamed.
    [[nodiscard]] QString secretKey() const;
};

// The names of the values above, for the stored JSON and the command line, live with their types:
// pop3::securityName(), pop3::LoginMethod::name(), sync::RetentionPolicy::modeName().
// Hex with or without colons, as openssl and browsers print it; empty when malformed.
[[nodiscard]] QByteArray parseFingerprint(const QString &text);

// The accounts that fetch mail, by name; and saving / removing them in the archive.
[[nodiscard]] Result<QList<AccountSettings>> loadAccounts(store::Archive &archive);
// Creates the archive account when accountId is 0 (or reuses a mail-less one of that name, whose
// mail was kept when it was removed), then stores the settings. Returns the account id.
[[nodiscard]] Result<qint64> saveAccount(store::Archive &archive, AccountSettings settings);

} // namespace satchel::accounts

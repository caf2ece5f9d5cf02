#pragma once

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
    // Empty: the strongest the server offers; otherwise "USER", "APOP" or a SASL name such as
    // "SCRAM-SHA-256".
    QString authMechanism;

    sync::RetentionPolicy retention; // default: leave forever
    // Only the headers (TOP n 0) and, with maxMessageKb, nothing bigger than that in full.
    bool headersOnly = false;
    // Headers only, as above, while the connection is metered (mobile data, a phone's hotspot),
    // for the window's fetches; where the system cannot tell, it never applies (the UI says so).
    bool headersOnlyWhenMetered = false;
    qint64 maxMessageKb = 0; // 0: no limit
    int checkIntervalMinutes = 0; // 0: only when asked

    // The SHA-256 of the one certificate the user accepted although it did not verify (raw
    // bytes), and a PEM file of extra trust anchors.
    QByteArray pinnedSha256;
    QString caFile;

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<AccountSettings> fromJson(qint64 accountId, const QByteArray &json);

    // What the session needs, without the password (the caller adds it from the SecretStore).
    // Fails when the CA file cannot be read or the mechanism is unknown.
    [[nodiscard]] Result<pop3::SessionSettings> sessionSettings() const;
    [[nodiscard]] sync::FetchSettings fetchSettings() const;
    // The keychain entry's key; the account id keeps it stable when the account is renamed.
    [[nodiscard]] QString secretKey() const;
};

// The command-line spellings: "tls", "starttls", "none".
[[nodiscard]] std::optional<pop3::Security> parseSecurity(const QString &text);
[[nodiscard]] QString securityName(pop3::Security security);
// --leave-on-server: "no" (delete after download), "forever", "days:N", "until-deleted". The caps
// (keep at most M messages / MB) combine with any of them and are set separately.
[[nodiscard]] bool applyLeaveOnServer(const QString &text, sync::RetentionPolicy *policy);
[[nodiscard]] QString describeRetention(const sync::RetentionPolicy &policy);
// Hex with or without colons, as openssl and browsers print it; empty when malformed.
[[nodiscard]] QByteArray parseFingerprint(const QString &text);

// The accounts that fetch mail, by name; and saving / removing them in the archive.
[[nodiscard]] Result<QList<AccountSettings>> loadAccounts(store::Archive &archive);
// Creates the archive account when accountId is 0 (or reuses a mail-less one of that name, whose
// mail was kept when it was removed), then stores the settings. Returns the account id.
[[nodiscard]] Result<qint64> saveAccount(store::Archive &archive, AccountSettings settings);

} // namespace satchel::accounts

#pragma once

#include "accounts/SecretStore.h"

namespace satchel::accounts {

// The OS keychain through QtKeychain: Secret Service (GNOME Keyring, KeePassXC) or KWallet on
// Linux, Keychain on macOS, Credential Manager on Windows. QtKeychain's insecure fallback (a
// plaintext file) stays off: without a keychain the answer is Unavailable, never a file.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    // Entries are stored under `service` ("Satchel"; tests use their own).
    explicit KeychainSecretStore(QString service = QStringLiteral("Satchel"),
                                 QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Done done) override;
    void write(const QString &key, const QString &secret, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;

private:
    QString m_service;
};

} // namespace satchel::accounts

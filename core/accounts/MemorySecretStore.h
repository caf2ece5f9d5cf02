#pragma once

#include "accounts/SecretStore.h"

#include <QHash>

namespace satchel::accounts {

// An in-memory keychain for tests, and for a run where no keychain answers (the password given
// on standard input lives here until the process ends). It answers asynchronously, like a real
// keychain, and can be told to behave like a locked or missing one.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    // Every request answers with this outcome instead (Refused, Unavailable); Ok restores.
    void setFailure(SecretReply::Outcome outcome) { m_failure = outcome; }
    [[nodiscard]] int requestCount() const { return m_requests; }
    [[nodiscard]] bool contains(const QString &key) const { return m_secrets.contains(key); }

    void read(const QString &key, QObject *context, Done done) override;
    void write(const QString &key, const QString &secret, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;

private:
    void answer(QObject *context, Done done, SecretReply reply);

    QHash<QString, QString> m_secrets;
    SecretReply::Outcome m_failure = SecretReply::Outcome::Ok;
    int m_requests = 0;
};

} // namespace satchel::accounts

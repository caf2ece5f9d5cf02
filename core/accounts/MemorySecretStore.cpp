#include "accounts/MemorySecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace satchel::accounts {

void MemorySecretStore::answer(QObject *context, Done done, SecretReply reply)
{
    ++m_requests;
    if (m_failure != SecretReply::Outcome::Ok) {
        reply = {};
        reply.outcome = m_failure;
        reply.message = m_failure == SecretReply::Outcome::Refused
            ? QCoreApplication::translate("SecretStore", "The keychain refused access.")
            : QCoreApplication::translate("SecretStore", "No keychain is available.");
    }
    // Later, never from inside the call, as a real keychain answers.
    QTimer::singleShot(0, context, [done = std::move(done), reply] { done(reply); });
}

void MemorySecretStore::read(const QString &key, QObject *context, Done done)
{
    SecretReply reply;
    if (m_secrets.contains(key)) {
        reply.secret = m_secrets.value(key);
    } else {
        reply.outcome = SecretReply::Outcome::NotFound;
        reply.message = QCoreApplication::translate("SecretStore", "No password is stored.");
    }
    answer(context, std::move(done), reply);
}

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context,
                              Done done)
{
    if (m_failure == SecretReply::Outcome::Ok)
        m_secrets.insert(key, secret);
    answer(context, std::move(done), {});
}

void MemorySecretStore::remove(const QString &key, QObject *context, Done done)
{
    SecretReply reply;
    if (m_failure == SecretReply::Outcome::Ok) {
        if (m_secrets.remove(key) == 0) {
            reply.outcome = SecretReply::Outcome::NotFound;
            reply.message = QCoreApplication::translate("SecretStore", "No password is stored.");
        }
    }
    answer(context, std::move(done), reply);
}

} // namespace satchel::accounts

#include "accounts/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace satchel::accounts {

namespace {

SecretReply replyFor(const QKeychain::Job *job)
{
    SecretReply reply;
    switch (job->error()) {
    case QKeychain::NoError:
        return reply;
    case QKeychain::EntryNotFound:
        reply.outcome = SecretReply::Outcome::NotFound;
        reply.message = QCoreApplication::translate("SecretStore",
                                                    "The keychain has no password for this "
                                                    "account.");
        return reply;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::CouldNotDeleteEntry:
        reply.outcome = SecretReply::Outcome::Refused;
        reply.message = QCoreApplication::translate("SecretStore", "The keychain refused: %1")
                            .arg(job->errorString());
        return reply;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    reply.outcome = SecretReply::Outcome::Unavailable;
    reply.message = QCoreApplication::translate("SecretStore", "No keychain is available: %1")
                        .arg(job->errorString());
    return reply;
}

// Runs a job and answers once, on the context's thread, unless the context is gone by then.
void run(QKeychain::Job *job, QObject *context, SecretStore::Done done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         SecretReply reply = replyFor(finished);
                         if (reply.ok()) {
                             if (auto *r = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                                 reply.secret = r->textData();
                         }
                         done(reply);
                     });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{ }

void KeychainSecretStore::read(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    run(job, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done));
}

} // namespace satchel::accounts

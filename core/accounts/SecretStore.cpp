#include "accounts/SecretStore.h"

#include <QEventLoop>

#include <optional>

namespace satchel::accounts {

namespace {

SecretReply wait(const std::function<void(QObject *context, SecretStore::Done done)> &request)
{
    QEventLoop loop;
    std::optional<SecretReply> answer;
    request(&loop, [&](const SecretReply &reply) {
        answer = reply;
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return *answer;
}

} // namespace

SecretReply SecretStore::readNow(const QString &key)
{
    return wait([&](QObject *context, Done done) { read(key, context, std::move(done)); });
}

SecretReply SecretStore::writeNow(const QString &key, const QString &secret)
{
    return wait([&](QObject *context, Done done) { write(key, secret, context, std::move(done)); });
}

SecretReply SecretStore::removeNow(const QString &key)
{
    return wait([&](QObject *context, Done done) { remove(key, context, std::move(done)); });
}

} // namespace satchel::accounts

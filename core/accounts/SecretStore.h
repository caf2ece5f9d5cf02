#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace satchel::accounts {

// What became of one keychain request. NotFound ("no such password": ask the user) is not
// Refused (the keychain said no: locked, or the user denied access) nor Unavailable (no keychain
// answers at all: ask for the password every session, never write it down).
struct SecretReply
{
    enum class Outcome { Ok, NotFound, Refused, Unavailable };
    Outcome outcome = Outcome::Ok;
    QString secret; // read: the password; never logged
    QString message; // for people, when not Ok

    [[nodiscard]] bool ok() const { return outcome == Outcome::Ok; }
};

// Passwords and tokens (STYLE.md item 11): asynchronous, since the OS keychain may have to ask
// the user. Every request answers exactly once through `done`, later, on the calling thread,
// and never if `context` is destroyed first.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const SecretReply &reply)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString &key, QObject *context, Done done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, Done done) = 0;
    // Removing what is not there answers NotFound.
    virtual void remove(const QString &key, QObject *context, Done done) = 0;

    // Blocks in a local event loop until the reply: for the command line only.
    [[nodiscard]] SecretReply readNow(const QString &key);
    [[nodiscard]] SecretReply writeNow(const QString &key, const QString &secret);
    [[nodiscard]] SecretReply removeNow(const QString &key);
};

} // namespace satchel::accounts

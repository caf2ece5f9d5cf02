#pragma once

// Satchel and its POP3 peers (mpop, fetchmail) driven alike by the benchmarks: each client is a
// child process with a fresh state folder of its own, measured by BenchSupport's runChild.

#include "BenchSupport.h"

#include <QString>

namespace satchel::bench {

// Where a client fetches from: implicit TLS, trusting `caFile` (PEM).
struct PopServer
{
    QString host = QStringLiteral("127.0.0.1");
    // The name in the server's certificate, for the peers that match only names, not addresses
    // (fetchmail); it must resolve to `host`.
    QString certificateName = QStringLiteral("localhost");
    quint16 port = 0;
    QString user;
    QString password;
    QString caFile;
};

// Writes `pem` into `dir`/ca.pem; the path, or empty if it cannot.
[[nodiscard]] QString writeCaFile(const QString &dir, const QByteArray &pem);

// One client with its own state in `stateDir` (created as needed): the first run downloads
// everything, later runs find only what is new. Every client keeps the mail on the server.
class PeerClient
{
public:
    virtual ~PeerClient() = default;
    [[nodiscard]] virtual QString name() const = 0;
    // Empty when the client can run; else why not (a peer not installed, a set-up failure).
    [[nodiscard]] virtual QString prepare(const PopServer &server, const QString &stateDir) = 0;
    [[nodiscard]] virtual ChildRun fetch() = 0;
    // How many messages the client holds now (to check a run did what it was asked).
    [[nodiscard]] virtual qint64 delivered() const = 0;
    // The last line the client wrote to standard error in its last run.
    [[nodiscard]] QString lastError() const;

protected:
    // Where fetch() sends standard error (in the state folder).
    [[nodiscard]] QString errorFile() const { return m_stateDir + QStringLiteral("/stderr.txt"); }
    QString m_stateDir;
};

// `satchel fetch` into a profile's archive (parsed, indexed, durable).
class SatchelClient : public PeerClient
{
public:
    explicit SatchelClient(QString binary)
        : m_binary(std::move(binary))
    { }
    [[nodiscard]] QString name() const override { return QStringLiteral("Satchel"); }
    [[nodiscard]] QString prepare(const PopServer &server, const QString &stateDir) override;
    [[nodiscard]] ChildRun fetch() override;
    [[nodiscard]] qint64 delivered() const override;

private:
    QString m_binary;
    QString m_profile;
    QByteArray m_password;
};

// mpop delivering to a maildir.
class MpopClient : public PeerClient
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("mpop"); }
    [[nodiscard]] QString prepare(const PopServer &server, const QString &stateDir) override;
    [[nodiscard]] ChildRun fetch() override;
    [[nodiscard]] qint64 delivered() const override;

private:
    QString m_binary;
    QString m_rc;
    QString m_maildir;
    QByteArray m_password;
};

// fetchmail handing each message to procmail, which files it in a maildir: fetchmail's usual
// set-up without a local MTA.
class FetchmailClient : public PeerClient
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("fetchmail"); }
    [[nodiscard]] QString prepare(const PopServer &server, const QString &stateDir) override;
    [[nodiscard]] ChildRun fetch() override;
    [[nodiscard]] qint64 delivered() const override;

private:
    QString m_binary;
    QString m_rc;
    QString m_home;
    QString m_maildir;
};

} // namespace satchel::bench

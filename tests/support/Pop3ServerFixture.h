#pragma once

#include "TestCertificate.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace satchel::test {

// A private POP3 server that a test starts on loopback: the common shape the interop tests
// (tests/pop3/tst_serverinterop.cpp) are written against. Cyrus and Courier run from the package
// files that `.ci/setup --test` extracts into a cache folder (see packageRoot()), because they
// conflict with dovecot-pop3d and cannot be installed beside it; DovecotServer puts the Dovecot
// fixture into the same shape.
class Pop3ServerFixture
{
public:
    Pop3ServerFixture();
    virtual ~Pop3ServerFixture();
    Pop3ServerFixture(const Pop3ServerFixture &) = delete;
    Pop3ServerFixture &operator=(const Pop3ServerFixture &) = delete;

    // Starts the server and waits (bounded) until both ports greet; on failure errorString()
    // says why and nothing is left running.
    [[nodiscard]] virtual bool start() = 0;
    virtual void stop() = 0;
    [[nodiscard]] QString errorString() const { return m_error; }
    // The last lines the server wrote, for failure messages.
    [[nodiscard]] virtual QString logTail() const = 0;

    // Stores the messages in the user's mailbox, in order, by the server's own delivery path.
    [[nodiscard]] virtual bool deliver(const QList<QByteArray> &messages) = 0;

    [[nodiscard]] QString host() const { return QStringLiteral("127.0.0.1"); }
    [[nodiscard]] quint16 pop3Port() const { return m_pop3Port; } // plain, with STLS
    [[nodiscard]] quint16 pop3sPort() const { return m_pop3sPort; } // implicit TLS
    [[nodiscard]] QString userName() const { return m_userName; }
    [[nodiscard]] QString password() const { return m_password; }
    // The server's certificate: the one CA a test client should trust, or pin by its SHA-256.
    [[nodiscard]] virtual QSslCertificate certificate() const { return m_tls.certificate(); }
    [[nodiscard]] QByteArray certificateSha256() const
    {
        return certificate().digest(QCryptographicHash::Sha256);
    }
    // The folder with the instance's config, data and logs (SATCHEL_KEEP_TEST_SERVERS=1 keeps it).
    [[nodiscard]] QString instanceDir() const { return m_instanceDir; }

    // Where the extracted packages of `server` live: $SATCHEL_TEST_SERVERS/<server>; else, as
    // root, /var/cache/satchel-test-servers/<server>; else $XDG_CACHE_HOME (or
    // ~/.cache)/satchel-test-servers/<server>. .ci/setup uses the same rule.
    [[nodiscard]] static QString packageRoot(const QString &server);

protected:
    // Sets errorString(); returns false, for `return fail(...)`.
    [[nodiscard]] bool fail(const QString &message);
    // Two different free loopback ports into m_pop3Port and m_pop3sPort. Another process may
    // still take one before the server binds: start() then fails saying the server did not greet.
    [[nodiscard]] bool pickPorts();

    // Makes m_instanceDir, a new folder "<parent>/<prefix>-XXXXXX".
    [[nodiscard]] bool makeInstanceDir(const QString &parent, const QString &prefix);
    void dropInstanceDir();

    QString m_error;
    QString m_instanceDir;
    std::unique_ptr<QTemporaryDir> m_instanceHolder;
    quint16 m_pop3Port = 0;
    quint16 m_pop3sPort = 0;
    QString m_userName = QStringLiteral("satchel");
    QString m_password;
    TestCertificate m_tls;
};

} // namespace satchel::test

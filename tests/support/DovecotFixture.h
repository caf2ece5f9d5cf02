#pragma once

#include "CorpusMaildir.h"
#include "TestCertificate.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace satchel::test {

// How a DovecotFixture is set up; the defaults serve every test that just needs a POP3 server.
struct DovecotOptions
{
    // 0 picks a free port (and retries when another process takes it first); a fixed port is for
    // testing what happens when it is in use.
    quint16 pop3Port = 0; // plain, with STLS
    quint16 pop3sPort = 0; // implicit TLS
    // Empty: `dovecot` from PATH, /usr/sbin or /sbin.
    QString dovecotBinary;
    QString userName = QStringLiteral("satchel");
    QString authMechanisms = QStringLiteral("plain login cram-md5 scram-sha-1 scram-sha-256 apop");
    bool disablePlaintextAuth = false;
    // Set: every login is judged by Dovecot's oauth2 passdb, which posts the token to this
    // RFC 7662 introspection URL (tests/support/OAuthMockServer) and accepts it when the answer
    // says active and names the login's user; any user name may then log in, all sharing the
    // one maildir. Use authMechanisms "xoauth2 oauthbearer" with it.
    QString oauth2IntrospectionUrl;
    // Empty: the password is stored as {PLAIN}, so that every mechanism works. A hashing scheme
    // such as "SHA512-CRYPT" (made with doveadm pw) keeps only a hash, which APOP, CRAM-MD5 and
    // SCRAM cannot use: Dovecot still offers them (authMechanisms) and refuses them.
    QString passwordScheme;
    // Appended to the generated dovecot.conf as they are.
    QStringList extraConfig;
    // Until both ports greet; Dovecot is usually up in well under a second.
    int startTimeoutMs = 15000;
};

// A private Dovecot POP3 server that a test starts and stops itself: its own config, base_dir,
// state_dir and log in a per-instance folder, 127.0.0.1 only, a passwd-file user with a generated
// password, a maildir the test fills, and a certificate made at test time. It touches no system
// configuration and runs both as root (CI) and as an ordinary user.
//
// The master runs in the foreground as our child, in its own process group, with a parent-death
// signal: if the test crashes or is killed, Dovecot goes down with it. stop() (also run by the
// destructor) ends the master and then anything of this instance that is still running.
class DovecotFixture
{
public:
    explicit DovecotFixture(DovecotOptions options = {});
    ~DovecotFixture();
    DovecotFixture(const DovecotFixture &) = delete;
    DovecotFixture &operator=(const DovecotFixture &) = delete;

    // Starts Dovecot and waits (bounded) until both ports greet. On failure errorString() names
    // the cause (missing package, port in use, Dovecot's own complaint) and nothing is left
    // running.
    [[nodiscard]] bool start();
    void stop();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] QString host() const { return QStringLiteral("127.0.0.1"); }
    [[nodiscard]] quint16 pop3Port() const { return m_pop3Port; }
    [[nodiscard]] quint16 pop3sPort() const { return m_pop3sPort; }
    [[nodiscard]] QString userName() const { return m_options.userName; }
    [[nodiscard]] QString password() const { return m_password; }

    // The server's certificate: the one CA a test client should trust, or pin by its SHA-256.
    [[nodiscard]] QSslCertificate certificate() const { return m_certificate.certificate(); }
    [[nodiscard]] QByteArray certificateSha256() const { return m_certificate.sha256(); }

    [[nodiscard]] QString instanceDir() const { return m_instanceDir; }
    [[nodiscard]] QString instanceName() const { return m_instanceName; }
    [[nodiscard]] QString configPath() const;
    [[nodiscard]] QString logPath() const;
    [[nodiscard]] QString maildir() const;
    // The last lines of Dovecot's log and of what it printed, for failure messages.
    [[nodiscard]] QString logTail(int lines = 20) const;

    // The filler for maildir(), set up to hand files to the mail user. Valid after start().
    [[nodiscard]] CorpusMaildir &mailbox();
    // Stores one message; it becomes the next POP3 message number.
    [[nodiscard]] bool addMessage(const QByteArray &raw);
    // After files were written into maildir() by other means (another CorpusMaildir, cp): gives
    // them to the mail user, as Dovecot will not read mail as root.
    [[nodiscard]] bool fixMaildirOwnership();

    // The master's pid while it runs (0 otherwise), and every live process of this instance in
    // /proc: the master's process group (until stop()) and anything Dovecot titled
    // "dovecot-<instanceName>/...". processGroup 0 looks for the titles only.
    [[nodiscard]] qint64 masterPid() const;
    [[nodiscard]] QList<qint64> instanceProcesses() const;
    [[nodiscard]] static QList<qint64> findInstanceProcesses(const QString &instanceName,
                                                             qint64 processGroup);

    // Whether a dovecot binary is there at all, and the message to skip or fail with if not.
    [[nodiscard]] static QString findDovecot(const QString &preferred = QString());
    [[nodiscard]] static QString missingDovecotReason(const QString &looked = QString());

private:
    [[nodiscard]] bool fail(const QString &message);
    [[nodiscard]] bool prepareInstance(const QString &binary);
    [[nodiscard]] bool writeConfig() const;
    [[nodiscard]] bool launch(const QString &binary, bool *portRace);
    [[nodiscard]] bool waitUntilReady(bool *portRace);
    [[nodiscard]] bool greets(quint16 port, bool implicitTls) const;
    [[nodiscard]] QString readLog() const;
    void killRemaining();

    DovecotOptions m_options;
    QString m_error;
    QString m_password;
    QString m_instanceDir;
    QString m_instanceName;
    TestCertificate m_certificate;
    std::unique_ptr<QTemporaryDir> m_instanceHolder;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<CorpusMaildir> m_mailbox;
    QByteArray m_processOutput;
    qint64 m_processGroup = 0;
    quint16 m_pop3Port = 0;
    quint16 m_pop3sPort = 0;
    bool m_asRoot = false;
    uint m_mailUid = 0;
    uint m_mailGid = 0;
};

} // namespace satchel::test

// Skips the current test with the install hint when Dovecot is not installed - or fails it when
// SATCHEL_REQUIRE_DOVECOT is set, as CI does, so that a broken image cannot pass by skipping.
#define SATCHEL_REQUIRE_DOVECOT()                                                                  \
    do {                                                                                           \
        if (::satchel::test::DovecotFixture::findDovecot().isEmpty()) {                            \
            if (!qEnvironmentVariableIsEmpty("SATCHEL_REQUIRE_DOVECOT"))                           \
                QFAIL(qPrintable(::satchel::test::DovecotFixture::missingDovecotReason()));        \
            QSKIP(qPrintable(::satchel::test::DovecotFixture::missingDovecotReason()));            \
        }                                                                                          \
    } while (false)

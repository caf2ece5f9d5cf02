#pragma once

#include "DemoMailbox.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

class QTcpServer;

namespace satchel::app {

class DemoPop3Connection;

// A small POP3 server (RFC 1939, with CAPA, PIPELINING and SASL PLAIN) for the demo: it listens
// on 127.0.0.1 on a port the system picks, speaks implicit TLS with a certificate made at start,
// and serves the demo mailbox to one user with a password made at start.
//
// Deletions are applied when a session ends with QUIT, as on any POP3 server, and last as long as
// the server. One session at a time holds the mailbox; another one meanwhile gets -ERR [IN-USE].
// Everything runs on the event loop of the thread that owns it.
class DemoServer : public QObject
{
    Q_OBJECT

public:
    explicit DemoServer(QList<DemoMessage> messages, QObject *parent = nullptr);
    ~DemoServer() override;

    // Makes the certificate and starts listening. False with errorString() when either failed.
    [[nodiscard]] bool start();
    void stop();

    [[nodiscard]] bool isListening() const;
    [[nodiscard]] QString host() const { return QStringLiteral("127.0.0.1"); }
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QString userName() const { return m_user; }
    [[nodiscard]] QString password() const { return m_password; }
    [[nodiscard]] QSslCertificate certificate() const { return m_certificate; }
    // What the client pins: the SHA-256 of the DER certificate.
    [[nodiscard]] QByteArray certificateSha256() const;
    [[nodiscard]] QString errorString() const { return m_error; }

    // Messages still in the mailbox (not deleted by a finished session).
    [[nodiscard]] int messageCount() const;
    // Counters for tests: sessions that got the greeting, and the most commands that arrived
    // in one read (more than one: the client pipelined).
    [[nodiscard]] int sessionCount() const { return m_sessions; }
    [[nodiscard]] int largestCommandBatch() const { return m_largestBatch; }

private:
    friend class DemoPop3Connection;

    void onIncoming(qintptr descriptor);
    // For DemoPop3Connection.
    [[nodiscard]] bool checkCredentials(const QByteArray &user, const QByteArray &password) const;
    [[nodiscard]] bool lock(DemoPop3Connection *connection);
    void unlock(DemoPop3Connection *connection);
    // Indexes into m_messages of what is there now: the maildrop a new session sees.
    [[nodiscard]] QList<int> present() const;
    [[nodiscard]] const DemoMessage &message(int index) const { return m_messages.at(index); }
    void remove(const QList<int> &indexes);
    void noteBatch(int commands);

    QList<DemoMessage> m_messages;
    QList<bool> m_removed;
    QTcpServer *m_server = nullptr;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_user;
    QString m_password;
    QString m_error;
    DemoPop3Connection *m_lockHolder = nullptr;
    int m_sessions = 0;
    int m_largestBatch = 0;
};

} // namespace satchel::app

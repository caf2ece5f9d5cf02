#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

class QSslSocket;

namespace satchel::app {

class DemoServer;

// One client of the DemoServer: the POP3 states of RFC 1939 over one TLS socket.
//
//   (handshake)    encrypted                    -> greeting, Authorization
//                  none within a minute         -> closed
//   Authorization  CAPA, USER + PASS, AUTH PLAIN (initial response or "+" then one line)
//                  login accepted, mailbox free -> Transaction;  in use -> -ERR [IN-USE]
//   Transaction    STAT LIST UIDL RETR TOP DELE NOOP RSET CAPA
//   any            QUIT -> (Transaction: apply DELEs) +OK, close
//                  10 minutes of silence -> closed, nothing applied
//
// Commands are answered in the order they arrive, however many come in one read (PIPELINING).
// The connection deletes itself when its socket closes; a session that ends without QUIT
// deletes nothing.
class DemoPop3Connection : public QObject
{
    Q_OBJECT

public:
    // Takes the socket over (it becomes this object's child).
    DemoPop3Connection(QSslSocket *socket, DemoServer *server, QObject *parent);
    ~DemoPop3Connection() override;

Q_SIGNALS:
    void greeted();

private:
    enum class State { Handshake, Authorization, SaslPlain, Transaction, Closing };

    void greet();
    void onReadyRead();
    void onDisconnected();
    [[nodiscard]] QByteArray handle(const QByteArray &line);
    [[nodiscard]] QByteArray handleAuthorization(const QByteArray &command,
                                                 const QList<QByteArray> &arguments);
    [[nodiscard]] QByteArray handleTransaction(const QByteArray &command,
                                               const QList<QByteArray> &arguments);
    [[nodiscard]] QByteArray login(const QByteArray &user, const QByteArray &password);
    [[nodiscard]] QByteArray saslPlain(const QByteArray &base64);
    [[nodiscard]] QByteArray capabilities() const;
    // The index into the server's messages for message number `argument`, or -1 (and `error`
    // says why) when there is no such message or it is marked deleted.
    [[nodiscard]] int messageIndex(const QByteArray &argument, QByteArray &error) const;
    [[nodiscard]] qint64 dropSize() const;
    [[nodiscard]] int liveCount() const;

    QSslSocket *m_socket;
    QTimer m_idle;
    DemoServer *m_server;
    State m_state = State::Handshake;
    bool m_gone = false;
    QByteArray m_buffer;
    QByteArray m_user;
    QList<int> m_maildrop; // message number - 1 -> index into the server's messages
    QSet<int> m_deleted; // message numbers marked with DELE in this session
};

} // namespace satchel::app

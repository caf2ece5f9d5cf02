#pragma once

#include "pop3/Transport.h"

#include <QByteArray>
#include <QMutex>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;

namespace satchel::sync {

class NetworkSide;

// A Transport whose real transport (QSslSocket: the socket and the TLS decryption) runs on another
// thread. The session, and the parsing and storing behind it, keep their own thread, so network
// and TLS work on one core while POP3, MIME parsing and SQLite work on the other.
//
// Bytes cross in a shared inbox: the network thread appends what it read and signals only when
// the inbox was empty; readAll() here takes everything at once. The inbox is bounded: past
// MaxInboxBytes the network thread stops reading until readAll() drains it, so a fast server
// cannot fill memory while parsing lags (the session's pipeline window bounds it too).
class ThreadedTransport final : public pop3::Transport
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxInboxBytes = 8 * 1024 * 1024;

    // `inner` must have no parent; it is moved to `networkThread`, which must be running, and
    // deleted there after this object is gone.
    ThreadedTransport(std::unique_ptr<pop3::Transport> inner, QThread *networkThread,
                      QObject *parent = nullptr);
    ~ThreadedTransport() override;

    void connectToHost(const QString &host, quint16 port, bool implicitTls) override;
    void startTls() override;
    void write(const QByteArray &data) override;
    [[nodiscard]] QByteArray readAll() override;
    [[nodiscard]] bool isEncrypted() const override;
    void abort() override;

    // Shared with the network side.
    struct Inbox
    {
        QMutex mutex;
        QByteArray bytes;
        bool signalled = false; // readyRead posted and not yet drained
        bool paused = false; // the network side stopped reading (inbox full)
    };

private:
    std::shared_ptr<Inbox> m_inbox;
    QPointer<NetworkSide> m_side;
    std::atomic<bool> m_encrypted {false};
    bool m_aborted = false;
};

} // namespace satchel::sync

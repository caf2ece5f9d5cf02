#pragma once

#include "pop3/Transport.h"

#include <QByteArray>
#include <QList>

namespace satchel::test {

// A transport with no network: the test (or the fuzzer) plays the server by calling deliver(),
// and reads what the client wrote from written(). Connecting and TLS succeed at once, in the call
// that asks for them, so a whole session runs without an event loop turning.
class MemoryTransport final : public pop3::Transport
{
    Q_OBJECT

public:
    using Transport::Transport;

    void connectToHost(const QString &host, quint16 port, bool implicitTls) override;
    void startTls() override;
    void write(const QByteArray &data) override
    {
        m_written += data;
        m_writes.append(data);
    }
    [[nodiscard]] QByteArray readAll() override { return std::exchange(m_incoming, {}); }
    [[nodiscard]] bool isEncrypted() const override { return m_encrypted; }
    void abort() override { m_open = false; }

    // Server bytes: handed to the client as one read.
    void deliver(const QByteArray &data);
    // The server hangs up.
    void close();

    [[nodiscard]] const QByteArray &written() const { return m_written; }
    // Each write() call on its own: what went out together.
    [[nodiscard]] const QList<QByteArray> &writes() const { return m_writes; }
    [[nodiscard]] bool isOpen() const { return m_open; }

private:
    QByteArray m_incoming;
    QByteArray m_written;
    QList<QByteArray> m_writes;
    bool m_open = false;
    bool m_encrypted = false;
};

} // namespace satchel::test

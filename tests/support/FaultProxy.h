#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QTimer>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

class QTcpServer;
class QThread;
class QTcpSocket;

namespace satchel::test {

/*
 * A loopback TCP proxy that forwards every connection to a target (a FakePop3Server, Dovecot)
 * and injects one fault per connection, for testing that a client loses and duplicates nothing
 * whatever the link does. Byte offsets count the bytes of one direction of one connection; the
 * fault fires when that direction has carried `offset` bytes (the bytes up to it are forwarded):
 *
 *   Cut       both sockets are aborted (a reset; a dropped link)
 *   Stall     nothing more is forwarded either way; the sockets stay open (a dead route: the
 *             client's own timeout must end it)
 *   Truncate  that direction's receiver gets a clean end of stream (FIN) after `offset` bytes,
 *             and the other side is closed too (a server or middlebox that hangs up mid-reply)
 *
 * Faults are taken from a queue, one per connection; a connection with none queued is clean.
 * An idle timeout (off by default) drops a connection on which no byte went either way for that
 * long, as a server's autologout timer does (RFC 1939 3).
 */
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Direction { ToServer, ToClient };
    enum class Kind { None, Cut, Stall, Truncate };
    struct Fault
    {
        Kind kind = Kind::None;
        Direction direction = Direction::ToClient;
        qint64 offset = 0;
    };

    FaultProxy(QHostAddress targetHost, quint16 targetPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    // Listens on 127.0.0.1 on a port the system picks.
    [[nodiscard]] bool listen();
    [[nodiscard]] quint16 port() const;

    void addFault(const Fault &fault) { m_faults.push_back(fault); }
    // A random fault: kind among those allowed, direction, offset below the given limits.
    [[nodiscard]] static Fault randomFault(QRandomGenerator &random, qint64 maxToClient,
                                           qint64 maxToServer, bool allowStall = true);
    void setIdleTimeout(int ms) { m_idleTimeoutMs = ms; }

    [[nodiscard]] int connectionCount() const { return m_connectionCount; }
    // Connections that a fault or the idle timeout ended.
    [[nodiscard]] int faultsFired() const { return m_faultsFired; }
    [[nodiscard]] int idleDrops() const { return m_idleDrops; }
    // Ends every open link (a test's cleanup between rounds).
    void closeAll();

    [[nodiscard]] static QString describe(const Fault &fault);

private:
    struct Link;

    void accept();
    void forward(Link &link, Direction direction);
    void fire(Link &link);
    void checkIdle();
    void drop(Link &link);

    QHostAddress m_targetHost;
    quint16 m_targetPort;
    QTcpServer *m_server = nullptr;
    std::deque<Fault> m_faults;
    std::vector<std::unique_ptr<Link>> m_links;
    QTimer m_idleTimer;
    int m_idleTimeoutMs = 0;
    // Read by a test on another thread while a FaultProxyThread runs the proxy.
    std::atomic<int> m_connectionCount = 0;
    std::atomic<int> m_faultsFired = 0;
    std::atomic<int> m_idleDrops = 0;
};

// A FaultProxy on a thread of its own, so that it sees time pass while the test's thread is
// blocked (a job storing mail): what an idle timeout needs. `setup` runs on that thread before
// the first connection; the counters may be read from any thread.
class FaultProxyThread
{
public:
    FaultProxyThread(const QHostAddress &targetHost, quint16 targetPort,
                     const std::function<void(FaultProxy &)> &setup = {});
    ~FaultProxyThread();
    FaultProxyThread(const FaultProxyThread &) = delete;
    FaultProxyThread &operator=(const FaultProxyThread &) = delete;

    [[nodiscard]] bool isListening() const { return m_port != 0; }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] const FaultProxy &proxy() const { return *m_proxy; }

private:
    std::unique_ptr<QThread> m_thread;
    QObject *m_context = nullptr; // lives on m_thread; what work is sent there through
    FaultProxy *m_proxy = nullptr;
    quint16 m_port = 0;
};

} // namespace satchel::test

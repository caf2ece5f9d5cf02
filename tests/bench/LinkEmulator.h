#pragma once

#include <QHostAddress>

#include <atomic>
#include <memory>

class QThread;

namespace satchel::bench {

// What a link does to the bytes that cross it.
struct LinkShape
{
    int oneWayDelayMs = 0; // every byte arrives this much later, in order
    double lossRate = 0; // the share of segments "lost"
    int mss = 1448; // the segment size the loss applies to
    int retransmitMs = 0; // what a lost segment costs: one retransmission timeout
    quint32 seed = 1;
};

/*
 * A loopback TCP proxy on a thread of its own that counts the bytes crossing it each way and can
 * shape the link: the benchmark's stand-in for a slow, lossy line where the kernel has no netem.
 *
 * Loss is emulated at the level an application sees it, since TCP hides the loss itself: the
 * stream is cut into MSS-sized segments; each is delivered one delay later than it was sent,
 * never before the segment ahead of it (TCP delivers in order), and a "lost" one is held back
 * by one retransmission timeout, and with it everything behind it (head-of-line blocking). With
 * 100 ms each way, 10% loss and a 300 ms timeout, a bulk transfer runs at about 40 KB/s, close
 * to what the Mathis formula gives for real TCP on such a line; what the model leaves out is
 * congestion control's slow start after each loss, which slows every client alike.
 */
class LinkEmulator
{
public:
    LinkEmulator(const QHostAddress &targetHost, quint16 targetPort, const LinkShape &shape = {});
    ~LinkEmulator();
    LinkEmulator(const LinkEmulator &) = delete;
    LinkEmulator &operator=(const LinkEmulator &) = delete;

    [[nodiscard]] bool isListening() const { return m_port != 0; }
    [[nodiscard]] quint16 port() const { return m_port; }

    // Bytes carried since the last reset(), client to server and back (TLS records included:
    // what a metered line bills).
    [[nodiscard]] qint64 bytesToServer() const { return m_toServer; }
    [[nodiscard]] qint64 bytesToClient() const { return m_toClient; }
    void reset()
    {
        m_toServer = 0;
        m_toClient = 0;
    }

    class Worker; // lives on the thread; LinkEmulator.cpp

private:
    std::unique_ptr<QThread> m_thread;
    Worker *m_worker = nullptr;
    quint16 m_port = 0;
    std::atomic<qint64> m_toServer = 0;
    std::atomic<qint64> m_toClient = 0;
};

} // namespace satchel::bench

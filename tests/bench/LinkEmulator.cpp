#include "LinkEmulator.h"

#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <vector>

namespace satchel::bench {

namespace {

// One direction of one connection: what is on its way, and when each piece may arrive.
struct Lane
{
    QTcpSocket *from = nullptr;
    QTcpSocket *to = nullptr;
    std::atomic<qint64> *counter = nullptr;
    std::deque<std::pair<qint64, QByteArray>> inFlight; // (due, bytes), due never decreasing
    qint64 lastDue = 0;
    QTimer timer;
    bool sourceClosed = false;
};

} // namespace

class LinkEmulator::Worker : public QObject
{
public:
    Worker(LinkEmulator &owner, QHostAddress host, quint16 port, const LinkShape &shape)
        : m_owner(owner)
        , m_host(std::move(host))
        , m_port(port)
        , m_shape(shape)
        , m_random(shape.seed)
        , m_server(this) // a child, so that moveToThread() takes it along
    {
        m_clock.start();
    }

    quint16 listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, &Worker::accept);
        return m_server.listen(QHostAddress::LocalHost, 0) ? m_server.serverPort() : 0;
    }

private:
    struct Link
    {
        std::unique_ptr<QTcpSocket> client;
        std::unique_ptr<QTcpSocket> server;
        Lane up; // client -> server
        Lane down; // server -> client
    };

    [[nodiscard]] bool shaped() const { return m_shape.oneWayDelayMs > 0 || m_shape.lossRate > 0; }

    void accept()
    {
        while (QTcpSocket *incoming = m_server.nextPendingConnection()) {
            auto link = std::make_unique<Link>();
            link->client.reset(incoming);
            incoming->setParent(nullptr);
            link->server = std::make_unique<QTcpSocket>();
            Link *l = link.get();
            l->up.from = l->client.get();
            l->up.to = l->server.get();
            l->up.counter = &m_owner.m_toServer;
            l->down.from = l->server.get();
            l->down.to = l->client.get();
            l->down.counter = &m_owner.m_toClient;
            for (Lane *lane : {&l->up, &l->down}) {
                lane->timer.setSingleShot(true);
                lane->timer.setTimerType(Qt::PreciseTimer);
                connect(&lane->timer, &QTimer::timeout, this, [this, lane] { deliver(*lane); });
                connect(lane->from, &QTcpSocket::readyRead, this, [this, lane] { take(*lane); });
                connect(lane->from, &QTcpSocket::disconnected, this, [this, lane] {
                    lane->sourceClosed = true;
                    deliver(*lane);
                });
            }
            // Client bytes before the server connection is up wait in the lane.
            connect(l->server.get(), &QTcpSocket::connected, this, [this, l] { deliver(l->up); });
            connect(l->server.get(), &QTcpSocket::errorOccurred, this, [l] {
                if (l->server->state() != QAbstractSocket::ConnectedState)
                    l->client->abort();
            });
            l->server->connectToHost(m_host, m_port);
            m_links.push_back(std::move(link));
        }
    }

    void take(Lane &lane)
    {
        const QByteArray data = lane.from->readAll();
        if (data.isEmpty())
            return;
        *lane.counter += data.size();
        const qint64 now = m_clock.elapsed();
        if (!shaped()) {
            lane.inFlight.emplace_back(now, data);
        } else {
            for (qsizetype at = 0; at < data.size(); at += m_shape.mss) {
                qint64 due = std::max(now + m_shape.oneWayDelayMs, lane.lastDue);
                if (m_random.generateDouble() < m_shape.lossRate)
                    due += m_shape.retransmitMs;
                lane.lastDue = due;
                lane.inFlight.emplace_back(due, data.mid(at, m_shape.mss));
            }
        }
        deliver(lane);
    }

    void deliver(Lane &lane)
    {
        if (lane.to->state() != QAbstractSocket::ConnectedState) {
            if (lane.sourceClosed || lane.to->state() == QAbstractSocket::UnconnectedState)
                lane.from->abort();
            return;
        }
        const qint64 now = m_clock.elapsed();
        QByteArray ready;
        while (!lane.inFlight.empty() && lane.inFlight.front().first <= now) {
            ready += lane.inFlight.front().second;
            lane.inFlight.pop_front();
        }
        if (!ready.isEmpty())
            lane.to->write(ready);
        if (!lane.inFlight.empty())
            lane.timer.start(int(std::max<qint64>(1, lane.inFlight.front().first - now)));
        else if (lane.sourceClosed)
            lane.to->disconnectFromHost(); // after what it was still owed
    }

    LinkEmulator &m_owner;
    QHostAddress m_host;
    quint16 m_port;
    LinkShape m_shape;
    QRandomGenerator m_random;
    QElapsedTimer m_clock;
    QTcpServer m_server;
    std::vector<std::unique_ptr<Link>> m_links;
};

LinkEmulator::LinkEmulator(const QHostAddress &targetHost, quint16 targetPort,
                           const LinkShape &shape)
    : m_thread(std::make_unique<QThread>())
{
    m_thread->start();
    m_worker = new Worker(*this, targetHost, targetPort, shape);
    m_worker->moveToThread(m_thread.get());
    QMetaObject::invokeMethod(
        m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
}

LinkEmulator::~LinkEmulator()
{
    QMetaObject::invokeMethod(
        m_worker, [this] { delete m_worker; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

} // namespace satchel::bench

#include "FaultProxy.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace satchel::test {

struct FaultProxy::Link
{
    std::unique_ptr<QTcpSocket> client;
    std::unique_ptr<QTcpSocket> server;
    Fault fault;
    qint64 carried[2] = {0, 0}; // by Direction
    QByteArray early; // from the client before the server connection was up
    QElapsedTimer lastTraffic;
    bool stalled = false;
    bool done = false;
};

FaultProxy::FaultProxy(QHostAddress targetHost, quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_targetHost(std::move(targetHost))
    , m_targetPort(targetPort)
{
    m_idleTimer.setInterval(20);
    connect(&m_idleTimer, &QTimer::timeout, this, &FaultProxy::checkIdle);
}

FaultProxy::~FaultProxy()
{
    closeAll();
}

bool FaultProxy::listen()
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FaultProxy::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

FaultProxy::Fault FaultProxy::randomFault(QRandomGenerator &random, qint64 maxToClient,
                                          qint64 maxToServer, bool allowStall)
{
    Fault f;
    const int kinds = allowStall ? 3 : 2;
    switch (random.bounded(kinds)) {
    case 0:
        f.kind = Kind::Cut;
        break;
    case 1:
        f.kind = Kind::Truncate;
        break;
    default:
        f.kind = Kind::Stall;
        break;
    }
    // Most faults hit the large direction, the replies; a quarter the client's commands.
    f.direction = random.bounded(4) == 0 ? Direction::ToServer : Direction::ToClient;
    const qint64 limit = f.direction == Direction::ToClient ? maxToClient : maxToServer;
    f.offset = limit > 0 ? qint64(random.bounded(quint64(limit))) : 0;
    return f;
}

QString FaultProxy::describe(const Fault &fault)
{
    const char *kind = fault.kind == Kind::Cut ? "cut"
        : fault.kind == Kind::Stall            ? "stall"
        : fault.kind == Kind::Truncate         ? "truncate"
                                               : "none";
    return QStringLiteral("%1 %2 at byte %3")
        .arg(QLatin1String(kind),
             fault.direction == Direction::ToClient ? QLatin1String("to client")
                                                    : QLatin1String("to server"))
        .arg(fault.offset);
}

void FaultProxy::accept()
{
    while (QTcpSocket *incoming = m_server->nextPendingConnection()) {
        ++m_connectionCount;
        auto link = std::make_unique<Link>();
        link->client.reset(incoming);
        incoming->setParent(nullptr);
        link->server = std::make_unique<QTcpSocket>();
        if (!m_faults.empty()) {
            link->fault = m_faults.front();
            m_faults.pop_front();
        }
        link->lastTraffic.start();
        Link *l = link.get();
        connect(l->client.get(), &QTcpSocket::readyRead, this,
                [this, l] { forward(*l, Direction::ToServer); });
        connect(l->server.get(), &QTcpSocket::readyRead, this,
                [this, l] { forward(*l, Direction::ToClient); });
        connect(l->server.get(), &QTcpSocket::connected, this, [l] {
            if (!l->early.isEmpty() && !l->done)
                l->server->write(std::exchange(l->early, {}));
        });
        // Either side going away ends the link: the other side is closed after what it has.
        connect(l->client.get(), &QTcpSocket::disconnected, this, [this, l] { drop(*l); });
        connect(l->server.get(), &QTcpSocket::disconnected, this, [this, l] { drop(*l); });
        connect(l->server.get(), &QTcpSocket::errorOccurred, this, [this, l] { drop(*l); });
        l->server->connectToHost(m_targetHost, m_targetPort);
        m_links.push_back(std::move(link));
        if (m_idleTimeoutMs > 0 && !m_idleTimer.isActive())
            m_idleTimer.start();
    }
}

void FaultProxy::forward(Link &link, Direction direction)
{
    QTcpSocket *from = direction == Direction::ToServer ? link.client.get() : link.server.get();
    QTcpSocket *to = direction == Direction::ToServer ? link.server.get() : link.client.get();
    if (link.done || link.stalled) {
        (void)from->readAll(); // swallowed: nothing moves any more
        return;
    }
    QByteArray data = from->readAll();
    if (data.isEmpty())
        return;
    link.lastTraffic.restart();
    qint64 &carried = link.carried[int(direction)];
    bool fireNow = false;
    if (link.fault.kind != Kind::None && link.fault.direction == direction
        && carried + data.size() >= link.fault.offset) {
        data.truncate(std::max<qint64>(0, link.fault.offset - carried));
        fireNow = true;
    }
    carried += data.size();
    if (!data.isEmpty()) {
        if (direction == Direction::ToServer && to->state() != QAbstractSocket::ConnectedState)
            link.early += data;
        else
            to->write(data);
    }
    if (fireNow)
        fire(link);
}

void FaultProxy::fire(Link &link)
{
    ++m_faultsFired;
    switch (link.fault.kind) {
    case Kind::None:
        return;
    case Kind::Stall:
        link.stalled = true;
        return;
    case Kind::Cut:
        link.done = true;
        link.client->abort();
        link.server->abort();
        return;
    case Kind::Truncate:
        link.done = true;
        // What was written still goes out, then FIN.
        link.client->disconnectFromHost();
        link.server->disconnectFromHost();
        return;
    }
}

void FaultProxy::drop(Link &link)
{
    if (link.done)
        return;
    link.done = true;
    if (link.client->state() != QAbstractSocket::UnconnectedState)
        link.client->disconnectFromHost();
    if (link.server->state() != QAbstractSocket::UnconnectedState)
        link.server->disconnectFromHost();
}

void FaultProxy::checkIdle()
{
    for (const auto &link : m_links) {
        if (link->done || link->stalled)
            continue;
        // Bytes still waiting in the proxy's own buffers count as traffic.
        if (link->client->bytesToWrite() > 0 || link->server->bytesToWrite() > 0) {
            link->lastTraffic.restart();
            continue;
        }
        if (link->lastTraffic.elapsed() >= m_idleTimeoutMs) {
            ++m_idleDrops;
            link->done = true;
            // As a server's autologout: it says nothing more and closes.
            link->client->disconnectFromHost();
            link->server->abort();
        }
    }
}

void FaultProxy::closeAll()
{
    for (const auto &link : m_links) {
        link->done = true;
        link->client->disconnect(this);
        link->server->disconnect(this);
        link->client->abort();
        link->server->abort();
    }
    m_links.clear();
}

FaultProxyThread::FaultProxyThread(const QHostAddress &targetHost, quint16 targetPort,
                                   const std::function<void(FaultProxy &)> &setup)
    : m_thread(std::make_unique<QThread>())
{
    m_context = new QObject;
    m_context->moveToThread(m_thread.get());
    m_thread->start();
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            m_proxy = new FaultProxy(targetHost, targetPort);
            if (setup)
                setup(*m_proxy);
            if (m_proxy->listen())
                m_port = m_proxy->port();
        },
        Qt::BlockingQueuedConnection);
}

FaultProxyThread::~FaultProxyThread()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_proxy;
            delete m_context;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

} // namespace satchel::test

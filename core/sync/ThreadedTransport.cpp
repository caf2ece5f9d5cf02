#include "sync/ThreadedTransport.h"

#include <QMutexLocker>
#include <QThread>

namespace satchel::sync {

// The part that lives on the network thread. Internal to ThreadedTransport.
class NetworkSide final : public QObject
{
    Q_OBJECT

public:
    NetworkSide(std::unique_ptr<pop3::Transport> inner,
                std::shared_ptr<ThreadedTransport::Inbox> inbox);
    ~NetworkSide() override;

    void pull(); // reads what the inner transport has, unless the inbox is full
    [[nodiscard]] pop3::Transport *inner() const { return m_inner; }

Q_SIGNALS:
    void connected();
    void encrypted();
    void readyRead();
    void failed(satchel::pop3::Transport::Failure failure, const QString &detail,
                const QList<QSslError> &errors, const QList<QSslCertificate> &chain);

private:
    pop3::Transport *m_inner; // a child
    std::shared_ptr<ThreadedTransport::Inbox> m_inbox;
};

NetworkSide::NetworkSide(std::unique_ptr<pop3::Transport> inner,
                         std::shared_ptr<ThreadedTransport::Inbox> inbox)
    : m_inner(inner.release())
    , m_inbox(std::move(inbox))
{
    m_inner->setParent(this);
    using pop3::Transport;
    connect(m_inner, &Transport::connected, this, &NetworkSide::connected);
    connect(m_inner, &Transport::encrypted, this, &NetworkSide::encrypted);
    connect(m_inner, &Transport::failed, this, &NetworkSide::failed);
    connect(m_inner, &Transport::readyRead, this, &NetworkSide::pull);
}

NetworkSide::~NetworkSide()
{
    m_inner->abort();
}

void NetworkSide::pull()
{
    {
        QMutexLocker lock(&m_inbox->mutex);
        if (m_inbox->bytes.size() >= ThreadedTransport::MaxInboxBytes) {
            m_inbox->paused = true; // readAll() on the other side resumes us
            return;
        }
    }
    const QByteArray data = m_inner->readAll();
    if (data.isEmpty())
        return;
    bool signal = false;
    {
        QMutexLocker lock(&m_inbox->mutex);
        m_inbox->bytes.append(data);
        if (!m_inbox->signalled) {
            m_inbox->signalled = true;
            signal = true;
        }
    }
    if (signal)
        Q_EMIT readyRead();
}

ThreadedTransport::ThreadedTransport(std::unique_ptr<pop3::Transport> inner, QThread *networkThread,
                                     QObject *parent)
    : Transport(parent)
    , m_inbox(std::make_shared<Inbox>())
{
    auto *side = new NetworkSide(std::move(inner), m_inbox);
    side->moveToThread(networkThread);
    m_side = side;
    // Queued: these run here, on this object's thread, in the order the network side sent them.
    connect(side, &NetworkSide::connected, this, [this] {
        if (!m_aborted)
            Q_EMIT connected();
    });
    connect(side, &NetworkSide::encrypted, this, [this] {
        m_encrypted = true;
        if (!m_aborted)
            Q_EMIT encrypted();
    });
    connect(side, &NetworkSide::readyRead, this, [this] {
        if (!m_aborted)
            Q_EMIT readyRead();
    });
    connect(side, &NetworkSide::failed, this,
            [this](pop3::Transport::Failure failure, const QString &detail,
                   const QList<QSslError> &errors, const QList<QSslCertificate> &chain) {
                if (m_aborted)
                    return;
                // What arrived before the failure is read first, as with a plain socket.
                Q_EMIT failed(failure, detail, errors, chain);
            });
}

ThreadedTransport::~ThreadedTransport()
{
    // The side aborts and deletes its transport on its own thread; if that thread has already
    // stopped, whoever stopped it deletes what is left (FetchRunner).
    if (m_side)
        m_side->deleteLater();
}

void ThreadedTransport::connectToHost(const QString &host, quint16 port, bool implicitTls)
{
    QMetaObject::invokeMethod(
        m_side.data(),
        [side = m_side.data(), host, port, implicitTls] {
            side->inner()->connectToHost(host, port, implicitTls);
        },
        Qt::QueuedConnection);
}

void ThreadedTransport::startTls()
{
    QMetaObject::invokeMethod(
        m_side.data(), [side = m_side.data()] { side->inner()->startTls(); }, Qt::QueuedConnection);
}

void ThreadedTransport::write(const QByteArray &data)
{
    QMetaObject::invokeMethod(
        m_side.data(), [side = m_side.data(), data] { side->inner()->write(data); },
        Qt::QueuedConnection);
}

QByteArray ThreadedTransport::readAll()
{
    QByteArray data;
    bool resume = false;
    {
        QMutexLocker lock(&m_inbox->mutex);
        data.swap(m_inbox->bytes);
        m_inbox->signalled = false;
        resume = m_inbox->paused;
        m_inbox->paused = false;
    }
    if (resume)
        QMetaObject::invokeMethod(
            m_side.data(), [side = m_side.data()] { side->pull(); }, Qt::QueuedConnection);
    return data;
}

bool ThreadedTransport::isEncrypted() const
{
    return m_encrypted;
}

void ThreadedTransport::abort()
{
    m_aborted = true;
    {
        QMutexLocker lock(&m_inbox->mutex);
        m_inbox->bytes.clear();
    }
    QMetaObject::invokeMethod(
        m_side.data(), [side = m_side.data()] { side->inner()->abort(); }, Qt::QueuedConnection);
}

} // namespace satchel::sync

#include "ThreadedTransport.moc"

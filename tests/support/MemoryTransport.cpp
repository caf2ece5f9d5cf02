#include "MemoryTransport.h"

namespace satchel::test {

void MemoryTransport::connectToHost(const QString &, quint16, bool implicitTls)
{
    m_open = true;
    if (implicitTls) {
        m_encrypted = true;
        Q_EMIT encrypted();
    } else {
        Q_EMIT connected();
    }
}

void MemoryTransport::startTls()
{
    if (!m_open)
        return;
    m_encrypted = true;
    Q_EMIT encrypted();
}

void MemoryTransport::deliver(const QByteArray &data)
{
    if (!m_open)
        return;
    m_incoming += data;
    Q_EMIT readyRead();
}

void MemoryTransport::close()
{
    if (!m_open)
        return;
    m_open = false;
    Q_EMIT failed(Failure::RemoteClosed, QStringLiteral("closed by the test"), {}, {});
}

} // namespace satchel::test

#include "DovecotServer.h"

#include "DovecotFixture.h"

namespace satchel::test {

DovecotServer::DovecotServer() = default;

DovecotServer::~DovecotServer() = default;

QString DovecotServer::missingReason()
{
    return DovecotFixture::findDovecot().isEmpty() ? DovecotFixture::missingDovecotReason()
                                                   : QString();
}

bool DovecotServer::start()
{
    if (!m_dovecot) {
        DovecotOptions options;
        options.extraConfig << QStringLiteral("auth_failure_delay = 0")
                            << QStringLiteral("login_trusted_networks = 127.0.0.0/8");
        m_dovecot = std::make_unique<DovecotFixture>(options);
    }
    if (!m_dovecot->start())
        return fail(m_dovecot->errorString());
    m_pop3Port = m_dovecot->pop3Port();
    m_pop3sPort = m_dovecot->pop3sPort();
    m_userName = m_dovecot->userName();
    m_password = m_dovecot->password();
    m_instanceDir = m_dovecot->instanceDir();
    return true;
}

void DovecotServer::stop()
{
    if (m_dovecot)
        m_dovecot->stop();
}

QString DovecotServer::logTail() const
{
    return m_dovecot ? m_dovecot->logTail() : QString();
}

bool DovecotServer::deliver(const QList<QByteArray> &messages)
{
    if (!m_dovecot || m_dovecot->instanceDir().isEmpty())
        return fail(QStringLiteral("deliver() before start()"));
    for (const QByteArray &raw : messages) {
        if (!m_dovecot->addMessage(raw))
            return fail(m_dovecot->errorString());
    }
    return true;
}

QSslCertificate DovecotServer::certificate() const
{
    return m_dovecot ? m_dovecot->certificate() : QSslCertificate();
}

} // namespace satchel::test

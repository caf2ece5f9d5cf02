#include "pop3/SslSocketTransport.h"

#include <QSslConfiguration>
#include <QSslSocket>

namespace satchel::pop3 {

SslSocketTransport::SslSocketTransport(QList<QSslCertificate> extraCaCertificates,
                                       QByteArray acceptedSha256, QObject *parent)
    : Transport(parent)
    , m_socket(new QSslSocket(this))
    , m_acceptedSha256(std::move(acceptedSha256))
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!extraCaCertificates.isEmpty())
        config.addCaCertificates(extraCaCertificates);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // TLS 1.2 at least (RFC 8996 deprecates the older ones).
    config.setProtocol(QSsl::TlsV1_2OrLater);
    m_socket->setSslConfiguration(config);

    connect(m_socket, &QSslSocket::connected, this, [this] {
        // Commands are small and each waits for its answer (unless pipelined): Nagle's algorithm
        // would hold them back for the server's delayed ACK, costing tens of ms per command.
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // With implicit TLS the handshake was already requested; only a plain start reports here.
        if (m_socket->mode() == QSslSocket::UnencryptedMode)
            Q_EMIT connected();
    });
    connect(m_socket, &QSslSocket::encrypted, this, &Transport::encrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &Transport::readyRead);
    connect(m_socket, &QSslSocket::sslErrors, this, &SslSocketTransport::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SslSocketTransport::onSocketError);
}

SslSocketTransport::~SslSocketTransport() = default;

void SslSocketTransport::connectToHost(const QString &host, quint16 port, bool implicitTls)
{
    m_host = host;
    m_socket->setPeerVerifyName(host);
    if (implicitTls)
        m_socket->connectToHostEncrypted(host, port); // SNI: the host name
    else
        m_socket->connectToHost(host, port);
}

void SslSocketTransport::startTls()
{
    m_socket->startClientEncryption();
}

void SslSocketTransport::write(const QByteArray &data)
{
    m_socket->write(data);
    // Out now, not when the event loop next runs: a caller busy storing mail (the fetch job's
    // keep-alive NOOP) may not return to it for a while.
    m_socket->flush();
}

QByteArray SslSocketTransport::readAll()
{
    return m_socket->readAll();
}

bool SslSocketTransport::isEncrypted() const
{
    return m_socket->isEncrypted();
}

void SslSocketTransport::abort()
{
    m_aborted = true;
    m_socket->abort();
}

void SslSocketTransport::onSslErrors(const QList<QSslError> &errors)
{
    m_sslErrors = errors;
    m_chain = m_socket->peerCertificateChain();
    const QSslCertificate leaf = m_socket->peerCertificate();
    if (m_acceptedSha256.isEmpty() || leaf.isNull()
        || leaf.digest(QCryptographicHash::Sha256) != m_acceptedSha256)
        return; // not ignored: the handshake fails and onSocketError reports these errors

    // The user accepted exactly this certificate: ignore the errors reported for it and nothing
    // else. An error about another certificate in the chain, or none at all, is not excused.
    QList<QSslError> excused;
    for (const QSslError &error : errors) {
        if (error.certificate().isNull() || error.certificate() == leaf)
            excused << QSslError(error.error(), leaf);
    }
    if (excused.size() == errors.size())
        m_socket->ignoreSslErrors(excused);
}

void SslSocketTransport::onSocketError()
{
    if (m_aborted)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString detail = m_socket->errorString();
    Failure failure = Failure::Network;
    QList<QSslError> errors;
    QList<QSslCertificate> chain;
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        failure = Failure::HostNotFound;
        break;
    case QAbstractSocket::ConnectionRefusedError:
        failure = Failure::ConnectionRefused;
        break;
    case QAbstractSocket::RemoteHostClosedError:
        failure = Failure::RemoteClosed;
        break;
    case QAbstractSocket::SslHandshakeFailedError:
        if (!m_sslErrors.isEmpty()) {
            failure = Failure::CertificateRejected;
            errors = m_sslErrors;
            chain = m_chain;
        } else {
            failure = Failure::Tls;
        }
        break;
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        failure = Failure::Tls;
        break;
    default:
        break;
    }
    Q_EMIT failed(failure, detail, errors, chain);
}

} // namespace satchel::pop3

#include "DemoServer.h"

#include "DemoPop3Connection.h"
#include "SelfSignedCertificate.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>

#include <array>
#include <functional>

namespace satchel::app {

namespace {

Q_LOGGING_CATEGORY(lcDemo, "satchel.demo")

// Hands each accepted descriptor over, so that the TLS socket is made and configured here. Not
// QSslServer: with Qt 6.4.2 its handshake never completed when client and server share a thread
// (seen in tst_demo); a QSslSocket started by hand, as the tests' fake server does, works.
class Listener : public QTcpServer
{
public:
    Listener(std::function<void(qintptr)> handler, QObject *parent)
        : QTcpServer(parent)
        , m_handler(std::move(handler))
    { }

protected:
    void incomingConnection(qintptr descriptor) override { m_handler(descriptor); }

private:
    std::function<void(qintptr)> m_handler;
};

} // namespace

DemoServer::DemoServer(QList<DemoMessage> messages, QObject *parent)
    : QObject(parent)
    , m_messages(std::move(messages))
    , m_removed(m_messages.size(), false)
    , m_user(QStringLiteral("demo"))
{
    // Not a secret worth keeping (it guards a demo mailbox on loopback for one run), but made
    // fresh each time so that nothing else on this machine can guess its way in.
    std::array<quint32, 6> random {};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    const QByteArray bytes(reinterpret_cast<const char *>(random.data()),
                           qsizetype(sizeof(random)));
    m_password = QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding));
}

DemoServer::~DemoServer()
{
    stop();
}

bool DemoServer::start()
{
    if (isListening())
        return true;
    if (!QSslSocket::supportsSsl()) {
        m_error = tr("The demo needs TLS, and Qt found no TLS library on this system.");
        return false;
    }
    if (m_certificate.isNull()) {
        SelfSignedCertificate generated
            = SelfSignedCertificate::generate(QStringLiteral("Satchel demo server"));
        if (!generated.isValid()) {
            m_error = generated.error;
            return false;
        }
        m_certificate = generated.certificate;
        m_key = generated.key;
    }

    m_server = new Listener([this](qintptr descriptor) { onIncoming(descriptor); }, this);
    // Loopback only, a port nobody else chose: the demo never opens anything to the network.
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        m_error
            = tr("The demo server could not listen on 127.0.0.1: %1").arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    return true;
}

void DemoServer::stop()
{
    if (!m_server)
        return;
    m_server->close();
    // The connections are children of the server; they go with it.
    delete m_server;
    m_server = nullptr;
    m_lockHolder = nullptr;
}

bool DemoServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 DemoServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QByteArray DemoServer::certificateSha256() const
{
    return m_certificate.digest(QCryptographicHash::Sha256);
}

int DemoServer::messageCount() const
{
    return int(present().size());
}

void DemoServer::onIncoming(qintptr descriptor)
{
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        qCDebug(lcDemo) << "cannot take the connection:" << socket->errorString();
        delete socket;
        return;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(m_certificate);
    config.setPrivateKey(m_key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients show no certificate
    config.setProtocol(QSsl::TlsV1_2OrLater);
    socket->setSslConfiguration(config);
    // The connection owns the socket and deletes itself when the socket closes; a client that
    // refuses the certificate ends it during the handshake.
    auto *connection = new DemoPop3Connection(socket, this, m_server);
    connect(connection, &DemoPop3Connection::greeted, this, [this] { ++m_sessions; });
    socket->startServerEncryption();
}

bool DemoServer::checkCredentials(const QByteArray &user, const QByteArray &password) const
{
    return user == m_user.toUtf8() && password == m_password.toUtf8();
}

bool DemoServer::lock(DemoPop3Connection *connection)
{
    if (m_lockHolder && m_lockHolder != connection)
        return false;
    m_lockHolder = connection;
    return true;
}

void DemoServer::unlock(DemoPop3Connection *connection)
{
    if (m_lockHolder == connection)
        m_lockHolder = nullptr;
}

QList<int> DemoServer::present() const
{
    QList<int> indexes;
    for (int i = 0; i < m_messages.size(); ++i) {
        if (!m_removed.at(i))
            indexes.append(i);
    }
    return indexes;
}

void DemoServer::remove(const QList<int> &indexes)
{
    for (int index : indexes)
        m_removed[index] = true;
}

void DemoServer::noteBatch(int commands)
{
    m_largestBatch = std::max(m_largestBatch, commands);
}

} // namespace satchel::app

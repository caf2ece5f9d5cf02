#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>

namespace satchel::util {

namespace {

QString canonicalDirectory(const QString &path)
{
    if (!QFileInfo::exists(path) && QDir().mkpath(path)) {
        // A profile holds someone's mail: readable by its owner only (DESIGN.md).
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(path).absoluteFilePath() : canonical;
}

constexpr int HandOverTimeoutMs = 3000;

} // namespace

SingleInstance::SingleInstance(const QString &profileDirectory, QObject *parent)
    : QObject(parent)
    , m_profileDirectory(canonicalDirectory(profileDirectory))
    , m_serverName(QStringLiteral("satchel-")
                   + QString::fromLatin1(QCryptographicHash::hash(m_profileDirectory.toUtf8(),
                                                                  QCryptographicHash::Sha256)
                                             .toHex()
                                             .left(24)))
    , m_lock(QDir(m_profileDirectory).filePath(QStringLiteral("satchel.lock")))
{
    // QLockFile writes the holder's pid and host: a lock left by a crashed process is taken over.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

SingleInstance::Role SingleInstance::start(const QStringList &arguments)
{
    if (m_lock.tryLock(0)) {
        // A socket file left by a crashed primary would make listen() fail.
        QLocalServer::removeServer(m_serverName);
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readRequest);
        if (!m_server->listen(m_serverName))
            qWarning("satchel: cannot listen on %s: %s", qPrintable(m_serverName),
                     qPrintable(m_server->errorString()));
        return Role::Primary;
    }

    // The second launch has no event loop yet and nothing else to do but hand over and exit, so
    // it waits, with a deadline, rather than building one.
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(HandOverTimeoutMs))
        return Role::Unreachable;
    socket.write(QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact)
                 + '\n');
    if (!socket.waitForBytesWritten(HandOverTimeoutMs))
        return Role::Unreachable;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(HandOverTimeoutMs))
            return Role::Unreachable;
    }
    return socket.readLine().trimmed() == "ok" ? Role::Secondary : Role::Unreachable;
}

void SingleInstance::readRequest()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > 64 * 1024) // not a Satchel talking
                    socket->abort();
                return;
            }
            const QJsonDocument request = QJsonDocument::fromJson(socket->readLine());
            QStringList arguments;
            for (const QJsonValue &v : request.array())
                arguments.append(v.toString());
            socket->write("ok\n");
            socket->flush();
            Q_EMIT activationRequested(arguments);
        });
    }
}

} // namespace satchel::util

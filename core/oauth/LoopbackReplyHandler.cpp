#include "oauth/LoopbackReplyHandler.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

namespace satchel::oauth {

namespace {

// A redirect's request line and headers are well under this; more is not a browser.
constexpr qsizetype MaxRequestBytes = 16 * 1024;

} // namespace

LoopbackReplyHandler::LoopbackReplyHandler(QObject *parent)
    : QOAuthOobReplyHandler(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

LoopbackReplyHandler::~LoopbackReplyHandler() = default;

bool LoopbackReplyHandler::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool LoopbackReplyHandler::isListening() const
{
    return m_server->isListening();
}

void LoopbackReplyHandler::close()
{
    m_server->close();
}

QString LoopbackReplyHandler::callback() const
{
    return QStringLiteral("http://127.0.0.1:%1/").arg(m_server->serverPort());
}

void LoopbackReplyHandler::readRequest(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    if (buffer.size() > MaxRequestBytes) {
        socket->abort();
        return;
    }
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    buffer.clear();
    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    if (requestLine.value(0) != "GET" || requestLine.size() != 3 || target.path() != u"/") {
        answer(socket, "404 Not Found", QString());
        return;
    }
    QVariantMap values;
    const QUrlQuery query(target);
    for (const auto &[key, value] : query.queryItems())
        values.insert(key, value);
    answer(socket, "200 OK", m_pageText);
    // The flow checks the state and exchanges the code; a wrong state is ignored there.
    Q_EMIT callbackReceived(values);
}

void LoopbackReplyHandler::answer(QTcpSocket *socket, const QByteArray &status, const QString &text)
{
    const QByteArray body = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Satchel"
                            "</title></head><body><p>"
        + text.toHtmlEscaped().toUtf8() + "</p></body></html>";
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: text/html; charset=utf-8\r\n"
                  + "Content-Length: " + QByteArray::number(body.size())
                  + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace satchel::oauth

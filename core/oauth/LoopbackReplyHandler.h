#pragma once

#include <QHash>
#include <QOAuthOobReplyHandler>
#include <QString>

class QTcpServer;
class QTcpSocket;

namespace satchel::oauth {

// The loopback listener for the sign-in's redirect (RFC 8252 section 7.3): 127.0.0.1 only, a port
// the system picks, and exactly the path "/". Qt 6.4's QOAuthHttpServerReplyHandler takes any
// path that starts with its own (so, with "/", every path), which tst_oauthsignin showed; this one
// answers anything else with 404 and hands nothing on. Token answers are read as Qt's
// out-of-band handler reads them.
class LoopbackReplyHandler : public QOAuthOobReplyHandler
{
    Q_OBJECT

public:
    explicit LoopbackReplyHandler(QObject *parent = nullptr);
    ~LoopbackReplyHandler() override;

    [[nodiscard]] bool listen();
    [[nodiscard]] bool isListening() const;
    void close();
    // http://127.0.0.1:<port>/
    [[nodiscard]] QString callback() const override;
    // The page the browser shows once the redirect arrived.
    void setPageText(const QString &text) { m_pageText = text; }

private:
    void readRequest(QTcpSocket *socket);
    static void answer(QTcpSocket *socket, const QByteArray &status, const QString &text);

    QTcpServer *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QString m_pageText;
};

} // namespace satchel::oauth

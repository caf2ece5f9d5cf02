#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QTest>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QTcpServer;

namespace satchel::test {

/*
 * An in-process POP3 server that plays a conversation script, for testing the client against
 * exact bytes and every failure mode. One script step per string:
 *
 *   S: text         send text + CRLF (text is UTF-8)
 *   S-RAW: bytes    send bytes exactly, no CRLF added; escapes \r \n \t \\ \0 \xHH
 *   S-CALL: name    send what the responder registered under `name` returns (nonces, SCRAM)
 *   C: text         the client must send exactly this line, ended by CRLF
 *   C~ regex        the client must send a line the whole of which matches regex
 *   WAIT ms         pause before the next step
 *   STARTTLS        begin server-side TLS here (after "S: +OK" to STLS)
 *   STALL           from here on send nothing and answer nothing; the connection stays open
 *   DROP            send what is queued, then abort the connection (no TLS close_notify)
 *   CLOSE           graceful disconnect
 *
 * Consecutive S steps go out together. The client may pipeline: its lines are queued and matched
 * in order. The first deviation (wrong line, a line after the script ended, bare LF, a line over
 * 64 KiB, an unscripted connection, a disconnect while the script expected more) becomes
 * failure(); while the link is up the server then answers "-ERR fake server: unexpected
 * command" and drops the connection, so the client under test fails fast instead of hanging.
 * A script that was not played to the end is caught by SATCHEL_VERIFY_CONVERSATION().
 */
class FakePop3Server : public QObject
{
    Q_OBJECT

public:
    // Computes an S-CALL step's bytes (sent verbatim) from the lines this connection has received.
    using Responder = std::function<QByteArray(const QList<QByteArray> &received)>;

    static constexpr qsizetype MaxLineLength = 64 * 1024;
    static constexpr int DefaultWaitMs = 5000;

    explicit FakePop3Server(QObject *parent = nullptr);
    ~FakePop3Server() override;

    // Listens on 127.0.0.1, on a port the system picks.
    [[nodiscard]] bool listen();
    [[nodiscard]] quint16 port() const;

    // The script for every connection not served by a queued script. Replaces earlier ones.
    void setScript(const QStringList &script);
    // One script per successive connection, in order; a connection beyond them (and beyond
    // setScript()) is a failure.
    void addConnectionScript(const QStringList &script);
    void setResponder(const QString &name, Responder responder);

    void setAcceptBareLf(bool accept) { m_acceptBareLf = accept; }
    // What the server says before hanging up on a deviation (another protocol's error line).
    void setDeviationReply(const QByteArray &line) { m_deviationReply = line; }
    // Off: a line that arrives before the server answered the previous one is a failure, for
    // proving that a client does not pipeline when the server did not offer PIPELINING.
    void setPipeliningAllowed(bool allowed) { m_pipeliningAllowed = allowed; }
    // With pipelining off: consecutive C steps are still one block the client may send in one
    // go (SMTP's message after 354), so only the first line of a block must wait for an answer.
    void setBlocksAllowed(bool allowed) { m_blocksAllowed = allowed; }
    void setTlsCertificate(const QSslCertificate &certificate, const QSslKey &key);
    // Every connection starts with a TLS handshake (port 995 style).
    void setImplicitTls(bool implicit) { m_implicitTls = implicit; }

    // The first deviation from the script; empty while everything went as scripted.
    [[nodiscard]] QString failure() const { return m_failures.value(0); }
    [[nodiscard]] QStringList failures() const { return m_failures; }
    // Every expected connection came and played its script to the end.
    [[nodiscard]] bool scriptCompleted() const;
    // Runs the event loop until the script completed or failed, at most `ms`. True when it
    // completed without a failure.
    [[nodiscard]] bool waitForCompletion(int ms = DefaultWaitMs);
    // The failure, or where the conversation stopped and what the client sent: for QVERIFY2.
    [[nodiscard]] QString report() const;
    // Every line the script took from the clients, matched or not, without CRLF, in order over
    // all connections. How a test reads a line a C~ step accepted (a nonce, say).
    [[nodiscard]] QList<QByteArray> receivedLines() const { return m_receivedLines; }
    [[nodiscard]] int connectionCount() const { return m_connectionCount; }

    // A multi-line response body as one S-RAW step: dot-stuffed, CRLF added if missing, and the
    // terminating ".". Give it CRLF text; it is sent byte for byte otherwise.
    [[nodiscard]] static QStringList multiline(const QByteArray &body);
    // What multiline() puts on the wire.
    [[nodiscard]] static QByteArray dotStuffed(const QByteArray &body);
    // An S-RAW step that sends exactly `bytes`.
    [[nodiscard]] static QString rawStep(const QByteArray &bytes);

Q_SIGNALS:
    void failed(const QString &message);

private:
    struct Step
    {
        enum class Kind { Send, Call, Expect, ExpectMatch, Wait, StartTls, Stall, Drop, Close };
        Kind kind = Kind::Send;
        QByteArray bytes; // Send: the wire bytes; Expect: the line without CRLF
        QRegularExpression pattern; // ExpectMatch, anchored
        QString responder; // Call
        int ms = 0; // Wait
        int number = 0; // 1-based position in the script, for messages
        QString text; // the step as written (shortened), for messages
    };
    using Script = std::vector<Step>;
    class Connection;

    [[nodiscard]] std::optional<Script> parse(const QStringList &script);
    void acceptConnection(qintptr descriptor);
    void recordFailure(const QString &message);

    QTcpServer *m_listener = nullptr;
    std::optional<Script> m_defaultScript;
    std::deque<Script> m_queuedScripts;
    QHash<QString, Responder> m_responders;
    std::vector<std::unique_ptr<Connection>> m_connections;
    QStringList m_failures;
    QList<QByteArray> m_receivedLines;
    QSslCertificate m_certificate;
    QSslKey m_key;
    int m_connectionCount = 0;
    QByteArray m_deviationReply = "-ERR fake server: unexpected command";
    bool m_acceptBareLf = false;
    bool m_pipeliningAllowed = true;
    bool m_blocksAllowed = false;
    bool m_implicitTls = false;
};

} // namespace satchel::test

// Fails the current test, saying where and why, unless the server's script completed without a
// deviation (waiting for it up to FakePop3Server::DefaultWaitMs).
#define SATCHEL_VERIFY_CONVERSATION(server)                                                        \
    do {                                                                                           \
        const bool satchelConversationOk = (server).waitForCompletion();                           \
        QVERIFY2(satchelConversationOk, qPrintable((server).report()));                            \
    } while (false)

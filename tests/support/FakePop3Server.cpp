#include "FakePop3Server.h"

#include <QHostAddress>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <algorithm>
#include <tuple>

namespace satchel::test {

namespace {

constexpr qsizetype MaxShownBytes = 200;

// Bytes as a readable quoted string for failure messages: control bytes escaped, long data cut.
QString quoted(const QByteArray &bytes)
{
    QByteArray shown;
    const qsizetype limit = std::min(bytes.size(), MaxShownBytes);
    for (qsizetype i = 0; i < limit; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == '\r')
            shown += "\\r";
        else if (c == '\n')
            shown += "\\n";
        else if (c == '\t')
            shown += "\\t";
        else if (c == '\\' || c == '"')
            shown += '\\' + QByteArray(1, static_cast<char>(c));
        else if (c < 0x20 || c >= 0x7f)
            shown += "\\x" + QByteArray::number(c, 16).rightJustified(2, '0');
        else
            shown += static_cast<char>(c);
    }
    QString result = u'"' + QString::fromLatin1(shown) + u'"';
    if (bytes.size() > limit)
        result += QStringLiteral(" (%1 more bytes)").arg(bytes.size() - limit);
    return result;
}

QString shortened(const QString &text)
{
    constexpr qsizetype MaxShownChars = 80;
    if (text.size() <= MaxShownChars)
        return text;
    return text.left(MaxShownChars) + QStringLiteral("... (%1 characters)").arg(text.size());
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Decodes an S-RAW step. Works on UTF-8 bytes and copies escape-free runs whole, so a
// multi-megabyte body costs a few memcpy()s, not a QString operation per byte.
std::optional<QByteArray> unescape(const QByteArray &text, QString *error)
{
    QByteArray out;
    out.reserve(text.size());
    qsizetype from = 0;
    for (;;) {
        const qsizetype backslash = text.indexOf('\\', from);
        if (backslash < 0) {
            out.append(text.constData() + from, text.size() - from);
            return out;
        }
        out.append(text.constData() + from, backslash - from);
        if (backslash + 1 >= text.size()) {
            *error = QStringLiteral("a lone backslash at the end");
            return std::nullopt;
        }
        const char kind = text.at(backslash + 1);
        from = backslash + 2;
        switch (kind) {
        case 'r':
            out.append('\r');
            break;
        case 'n':
            out.append('\n');
            break;
        case 't':
            out.append('\t');
            break;
        case '\\':
            out.append('\\');
            break;
        case '0':
            out.append('\0');
            break;
        case 'x': {
            const int high = backslash + 2 < text.size() ? hexValue(text.at(backslash + 2)) : -1;
            const int low = backslash + 3 < text.size() ? hexValue(text.at(backslash + 3)) : -1;
            if (high < 0 || low < 0) {
                *error = QStringLiteral("\\x needs two hex digits");
                return std::nullopt;
            }
            out.append(static_cast<char>(high * 16 + low));
            from = backslash + 4;
            break;
        }
        default:
            *error = QStringLiteral("unknown escape \\%1 (known: \\r \\n \\t \\\\ \\0 \\xHH)")
                         .arg(QLatin1Char(kind));
            return std::nullopt;
        }
    }
}

// The text after a step keyword: "S: +OK" and "S:+OK" both give "+OK".
QString argument(const QString &step, qsizetype keywordLength)
{
    const qsizetype skip = step.size() > keywordLength && step.at(keywordLength) == u' ' ? 1 : 0;
    return step.mid(keywordLength + skip);
}

} // namespace

// One accepted client and its own copy of the script. An explicit state machine, driven only by
// socket signals and timers:
//
//   Handshaking --encrypted--> Running   (implicit TLS; STARTTLS re-enters it mid-script)
//   Running: plays steps until an expectation needs a line not yet received
//     WAIT -> Waiting --timer--> Running          STALL -> Stalled (reads are discarded)
//     DROP -> Draining --queue written--> Finished   CLOSE -> Finished
//     deviation -> "-ERR", then Draining (the failure is recorded first)
//   any state --client disconnects--> Finished (a failure unless the script was played out)
class FakePop3Server::Connection : public QObject
{
public:
    Connection(FakePop3Server *server, int number, Script script, qintptr descriptor);
    ~Connection() override;

    [[nodiscard]] bool completed() const { return !m_failed && m_next >= m_script.size(); }
    [[nodiscard]] QString whereStopped() const;

private:
    enum class Phase { Handshaking, Running, Waiting, Stalled, Draining, Finished };

    struct Line
    {
        QByteArray bytes; // without the line end
        bool bareLf = false;
        bool pipelined = false; // arrived while an earlier line was still unanswered
    };

    void run();
    void onReadyRead();
    void onDisconnected();
    void startTls();
    // Ends the connection for a deviation: records it, tells the client, then drops the link.
    void fail(const QString &message);
    void dropWhenWritten();
    void dropIfWritten();
    [[nodiscard]] QString stepLabel(size_t index) const;
    [[nodiscard]] QString currentStepText() const;

    FakePop3Server *m_server;
    QSslSocket *m_socket;
    Script m_script;
    size_t m_next = 0;
    int m_number;
    Phase m_phase = Phase::Running;
    bool m_failed = false;
    // The client has been sent nothing since its last line (or the greeting is still due): a
    // line arriving now is pipelined.
    bool m_answerOwed = true;
    QByteArray m_partial; // received bytes that are not a whole line yet
    std::deque<Line> m_lines; // whole lines not yet matched against the script
    QList<QByteArray> m_received; // this connection's lines, for responders
};

FakePop3Server::Connection::Connection(FakePop3Server *server, int number, Script script,
                                       qintptr descriptor)
    : m_server(server)
    , m_socket(new QSslSocket(this))
    , m_script(std::move(script))
    , m_number(number)
{
    connect(m_socket, &QIODevice::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QAbstractSocket::disconnected, this, &Connection::onDisconnected);
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        if (m_phase != Phase::Handshaking)
            return;
        m_phase = Phase::Running;
        run();
    });
    if (!m_socket->setSocketDescriptor(descriptor)) {
        m_failed = true;
        m_phase = Phase::Finished;
        m_server->recordFailure(QStringLiteral("connection %1: cannot take over the socket: %2")
                                    .arg(m_number)
                                    .arg(m_socket->errorString()));
        return;
    }
    // Nagle would hold back the small answers a test waits for.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_server->m_implicitTls)
        startTls();
    else
        run();
}

FakePop3Server::Connection::~Connection()
{
    // The socket dies with us and emits disconnected() on its way; nobody must handle that.
    m_socket->disconnect(this);
}

QString FakePop3Server::Connection::stepLabel(size_t index) const
{
    const int number = index < m_script.size()
        ? m_script[index].number
        : (m_script.empty() ? 1 : m_script.back().number + 1);
    QString label = QStringLiteral("step %1").arg(number);
    if (m_number > 1)
        label += QStringLiteral(" (connection %1)").arg(m_number);
    return label;
}

QString FakePop3Server::Connection::currentStepText() const
{
    return m_next < m_script.size() ? m_script[m_next].text
                                    : QStringLiteral("the end of the script");
}

QString FakePop3Server::Connection::whereStopped() const
{
    QString where = QStringLiteral("connection %1 stopped at %2, waiting for \"%3\"")
                        .arg(m_number)
                        .arg(stepLabel(m_next), currentStepText());
    if (!m_lines.empty())
        where
            += QStringLiteral("; unmatched lines start with %1").arg(quoted(m_lines.front().bytes));
    if (!m_partial.isEmpty())
        where += QStringLiteral("; partial line %1").arg(quoted(m_partial));
    if (m_phase == Phase::Handshaking)
        where += QStringLiteral("; TLS handshake not finished");
    return where;
}

void FakePop3Server::Connection::run()
{
    while (m_phase == Phase::Running) {
        if (m_next >= m_script.size()) {
            if (!m_lines.empty())
                fail(QStringLiteral("%1: the script had ended, client sent %2")
                         .arg(stepLabel(m_next), quoted(m_lines.front().bytes)));
            return;
        }
        const Step &step = m_script[m_next];
        switch (step.kind) {
        case Step::Kind::Send:
            m_socket->write(step.bytes);
            m_answerOwed = false;
            ++m_next;
            break;
        case Step::Kind::Call: {
            const Responder responder = m_server->m_responders.value(step.responder);
            if (!responder) {
                fail(QStringLiteral("%1: no responder named \"%2\" (setResponder())")
                         .arg(stepLabel(m_next), step.responder));
                return;
            }
            m_socket->write(responder(m_received));
            m_answerOwed = false;
            ++m_next;
            break;
        }
        case Step::Kind::Expect:
        case Step::Kind::ExpectMatch: {
            if (m_lines.empty())
                return; // readyRead() comes back here
            const Line line = std::move(m_lines.front());
            m_lines.pop_front();
            m_received.append(line.bytes);
            m_server->m_receivedLines.append(line.bytes);
            m_answerOwed = true;
            if (line.bareLf && !m_server->m_acceptBareLf) {
                fail(QStringLiteral("%1: client ended the line %2 with a bare LF, not CRLF")
                         .arg(stepLabel(m_next), quoted(line.bytes)));
                return;
            }
            const bool inBlock = m_server->m_blocksAllowed && m_next > 0
                && (m_script[m_next - 1].kind == Step::Kind::Expect
                    || m_script[m_next - 1].kind == Step::Kind::ExpectMatch);
            if (line.pipelined && !m_server->m_pipeliningAllowed && !inBlock) {
                fail(QStringLiteral("%1: client sent %2 before the answer to its previous "
                                    "command (pipelining is off)")
                         .arg(stepLabel(m_next), quoted(line.bytes)));
                return;
            }
            const bool matches = step.kind == Step::Kind::Expect
                ? line.bytes == step.bytes
                : step.pattern.match(QString::fromUtf8(line.bytes)).hasMatch();
            if (!matches) {
                fail(QStringLiteral("%1: expected \"%2\", client sent %3")
                         .arg(stepLabel(m_next), step.text, quoted(line.bytes)));
                return;
            }
            ++m_next;
            break;
        }
        case Step::Kind::Wait:
            ++m_next;
            m_phase = Phase::Waiting;
            QTimer::singleShot(step.ms, this, [this] {
                if (m_phase != Phase::Waiting)
                    return;
                m_phase = Phase::Running;
                run();
            });
            return;
        case Step::Kind::StartTls:
            // Bytes the client sent after STLS but before the handshake would be read as if
            // they had come over TLS: the plaintext command injection of CVE-2011-0411.
            if (!m_lines.empty() || !m_partial.isEmpty()) {
                fail(QStringLiteral("%1: client sent %2 after STLS, before the TLS handshake")
                         .arg(stepLabel(m_next),
                              quoted(m_lines.empty() ? m_partial : m_lines.front().bytes)));
                return;
            }
            ++m_next;
            startTls();
            return;
        case Step::Kind::Stall:
            ++m_next;
            m_phase = Phase::Stalled;
            return;
        case Step::Kind::Drop:
            ++m_next;
            dropWhenWritten();
            return;
        case Step::Kind::Close:
            ++m_next;
            m_phase = Phase::Finished;
            m_socket->disconnectFromHost(); // writes what is queued first
            return;
        }
    }
}

void FakePop3Server::Connection::startTls()
{
    if (!QSslSocket::supportsSsl() || m_server->m_certificate.isNull()) {
        fail(QStringLiteral("%1: TLS is not available (%2)")
                 .arg(stepLabel(m_next > 0 ? m_next - 1 : 0),
                      QSslSocket::supportsSsl() ? QStringLiteral("setTlsCertificate() not called")
                                                : QStringLiteral("no TLS backend")));
        return;
    }
    m_phase = Phase::Handshaking;
    m_socket->setLocalCertificate(m_server->m_certificate);
    m_socket->setPrivateKey(m_server->m_key);
    m_socket->setPeerVerifyMode(QSslSocket::VerifyNone); // clients show no certificate
    m_socket->startServerEncryption();
}

void FakePop3Server::Connection::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    if (m_phase == Phase::Stalled || m_phase == Phase::Draining || m_phase == Phase::Finished)
        return; // deaf on purpose
    m_partial.append(data);

    qsizetype start = 0;
    for (;;) {
        const qsizetype lf = m_partial.indexOf('\n', start);
        if (lf < 0)
            break;
        Line line;
        line.bareLf = lf == start || m_partial.at(lf - 1) != '\r';
        line.bytes = m_partial.mid(start, (line.bareLf ? lf : lf - 1) - start);
        start = lf + 1;
        if (line.bytes.size() > MaxLineLength) {
            fail(QStringLiteral("%1: client sent a line of %2 bytes (more than 64 KiB)")
                     .arg(stepLabel(m_next))
                     .arg(line.bytes.size()));
            return;
        }
        // Judged when the line's turn comes, so the failure names the step it was meant for.
        line.pipelined = m_answerOwed || !m_lines.empty();
        m_lines.push_back(std::move(line));
    }
    m_partial.remove(0, start);
    if (m_partial.size() > MaxLineLength) {
        fail(QStringLiteral("%1: client sent more than 64 KiB without a line end")
                 .arg(stepLabel(m_next)));
        return;
    }
    if (m_phase == Phase::Running)
        run();
}

void FakePop3Server::Connection::onDisconnected()
{
    const Phase phase = m_phase;
    m_phase = Phase::Finished;
    if (m_failed || phase == Phase::Stalled || phase == Phase::Draining || phase == Phase::Finished)
        return;
    // Hanging up after the last step is the client's part. That includes a script ending in
    // STARTTLS: a client that refuses the certificate is what such a test wants.
    if (m_next >= m_script.size() && m_lines.empty())
        return;
    m_failed = true;
    QString message = QStringLiteral("%1: client disconnected while the script expected \"%2\"")
                          .arg(stepLabel(m_next), currentStepText());
    if (!m_lines.empty())
        message += QStringLiteral(" (unmatched line %1)").arg(quoted(m_lines.front().bytes));
    if (phase == Phase::Handshaking)
        message += QStringLiteral(" (during the TLS handshake: %1)").arg(m_socket->errorString());
    m_server->recordFailure(message);
}

void FakePop3Server::Connection::fail(const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_server->recordFailure(message);
    if (m_phase == Phase::Handshaking) {
        m_phase = Phase::Finished;
        m_socket->abort();
        return;
    }
    m_socket->write(m_server->m_deviationReply + "\r\n");
    dropWhenWritten();
}

// abort() would discard what Qt has not written yet, and a "drop in the middle of RETR" must
// deliver the half message first. So wait until the queue is empty, then abort.
void FakePop3Server::Connection::dropWhenWritten()
{
    m_phase = Phase::Draining;
    connect(m_socket, &QIODevice::bytesWritten, this, &Connection::dropIfWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &Connection::dropIfWritten);
    dropIfWritten();
}

void FakePop3Server::Connection::dropIfWritten()
{
    if (m_phase != Phase::Draining || m_socket->bytesToWrite() > 0
        || m_socket->encryptedBytesToWrite() > 0)
        return;
    m_phase = Phase::Finished;
    // Not from inside the socket's own bytesWritten signal: a QSslSocket is still in its OpenSSL
    // write path there, and aborting under it crashed the test (seen when a script went off
    // course on a TLS connection). One turn of the event loop later nothing is left to write.
    QTimer::singleShot(0, m_socket, [socket = m_socket] { socket->abort(); });
}

// A QTcpServer that hands the raw descriptor over, so each connection is a QSslSocket that can
// start TLS at any step (QSslServer only knows TLS from the first byte).
class SslCapableListener : public QTcpServer
{
public:
    using Handler = std::function<void(qintptr)>;
    SslCapableListener(Handler handler, QObject *parent)
        : QTcpServer(parent)
        , m_handler(std::move(handler))
    { }

protected:
    void incomingConnection(qintptr descriptor) override { m_handler(descriptor); }

private:
    Handler m_handler;
};

FakePop3Server::FakePop3Server(QObject *parent)
    : QObject(parent)
    , m_listener(new SslCapableListener(
          [this](qintptr descriptor) { acceptConnection(descriptor); }, this))
{ }

FakePop3Server::~FakePop3Server()
{
    // Connections before the listener, while everything they point to is still whole.
    m_connections.clear();
}

bool FakePop3Server::listen()
{
    return m_listener->listen(QHostAddress::LocalHost, 0);
}

quint16 FakePop3Server::port() const
{
    return m_listener->serverPort();
}

void FakePop3Server::setScript(const QStringList &script)
{
    m_defaultScript = parse(script);
}

void FakePop3Server::addConnectionScript(const QStringList &script)
{
    if (auto parsed = parse(script))
        m_queuedScripts.push_back(std::move(*parsed));
}

void FakePop3Server::setResponder(const QString &name, Responder responder)
{
    m_responders.insert(name, std::move(responder));
}

void FakePop3Server::setTlsCertificate(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

std::optional<FakePop3Server::Script> FakePop3Server::parse(const QStringList &script)
{
    Script steps;
    steps.reserve(static_cast<size_t>(script.size()));
    bool ended = false; // after STALL, DROP or CLOSE nothing more can happen
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QString &source = script.at(i);
        Step step;
        step.number = static_cast<int>(i + 1);
        step.text = shortened(source);
        auto error = [&](const QString &why) {
            recordFailure(QStringLiteral("script error at step %1 (\"%2\"): %3")
                              .arg(step.number)
                              .arg(step.text, why));
            return std::nullopt;
        };
        if (ended)
            return error(QStringLiteral("nothing can follow STALL, DROP or CLOSE"));

        if (source.startsWith(u"S-RAW:")) {
            QString why;
            const auto bytes = unescape(argument(source, 6).toUtf8(), &why);
            if (!bytes)
                return error(why);
            step.bytes = *bytes;
        } else if (source.startsWith(u"S-CALL:")) {
            step.kind = Step::Kind::Call;
            step.responder = argument(source, 7);
        } else if (source.startsWith(u"S:")) {
            step.bytes = argument(source, 2).toUtf8() + "\r\n";
        } else if (source.startsWith(u"C:")) {
            step.kind = Step::Kind::Expect;
            step.bytes = argument(source, 2).toUtf8();
        } else if (source.startsWith(u"C~")) {
            step.kind = Step::Kind::ExpectMatch;
            step.pattern.setPattern(QRegularExpression::anchoredPattern(argument(source, 2)));
            if (!step.pattern.isValid())
                return error(QStringLiteral("bad regular expression: ")
                             + step.pattern.errorString());
        } else if (source.startsWith(u"WAIT")) {
            step.kind = Step::Kind::Wait;
            bool ok = false;
            step.ms = argument(source, 4).toInt(&ok);
            if (!ok || step.ms < 0)
                return error(QStringLiteral("WAIT needs milliseconds, e.g. \"WAIT 200\""));
        } else if (source == u"STARTTLS") {
            step.kind = Step::Kind::StartTls;
        } else if (source == u"STALL") {
            step.kind = Step::Kind::Stall;
        } else if (source == u"DROP") {
            step.kind = Step::Kind::Drop;
        } else if (source == u"CLOSE") {
            step.kind = Step::Kind::Close;
        } else {
            return error(QStringLiteral("unknown step; known: S:, S-RAW:, S-CALL:, C:, C~, "
                                        "WAIT, STARTTLS, STALL, DROP, CLOSE"));
        }
        ended = step.kind == Step::Kind::Stall || step.kind == Step::Kind::Drop
            || step.kind == Step::Kind::Close;
        steps.push_back(std::move(step));
    }
    return steps;
}

void FakePop3Server::acceptConnection(qintptr descriptor)
{
    ++m_connectionCount;
    Script script;
    if (!m_queuedScripts.empty()) {
        script = std::move(m_queuedScripts.front());
        m_queuedScripts.pop_front();
    } else if (m_defaultScript) {
        script = *m_defaultScript; // QByteArray data is shared, not copied
    } else {
        recordFailure(QStringLiteral("connection %1: no script left for it (the client "
                                     "connected once more than the test expected)")
                          .arg(m_connectionCount));
        // A throwaway socket just to say so and hang up.
        auto *socket = new QTcpSocket(this);
        if (socket->setSocketDescriptor(descriptor)) {
            if (!m_implicitTls)
                socket->write("-ERR fake server: unexpected connection\r\n");
            connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
        } else {
            delete socket;
        }
        return;
    }
    m_connections.push_back(
        std::make_unique<Connection>(this, m_connectionCount, std::move(script), descriptor));
}

void FakePop3Server::recordFailure(const QString &message)
{
    m_failures.append(message);
    QString seen;
    for (const QByteArray &line : std::as_const(m_receivedLines)) {
        // Even a test's password stays out of the log: the report shows that it was sent.
        const bool secret = line.toUpper().startsWith("PASS ");
        seen += QStringLiteral("\n  C: ")
            + (secret ? QStringLiteral("PASS (hidden)") : quoted(line));
    }
    qWarning("FakePop3Server: %s\n lines received so far:%s", qPrintable(message),
             seen.isEmpty() ? " none" : qPrintable(seen));
    Q_EMIT failed(message);
}

bool FakePop3Server::scriptCompleted() const
{
    if (!m_queuedScripts.empty() || m_connectionCount == 0)
        return false;
    if (m_connectionCount > static_cast<int>(m_connections.size()))
        return false; // an unscripted connection came
    return std::all_of(m_connections.cbegin(), m_connections.cend(),
                       [](const auto &connection) { return connection->completed(); });
}

bool FakePop3Server::waitForCompletion(int ms)
{
    // Whether it stopped early or timed out, the state decides, not qWaitFor()'s answer.
    std::ignore
        = QTest::qWaitFor([this] { return scriptCompleted() || !m_failures.isEmpty(); }, ms);
    return scriptCompleted() && m_failures.isEmpty();
}

QString FakePop3Server::report() const
{
    if (!m_failures.isEmpty())
        return m_failures.join(QStringLiteral("; then: "));
    if (scriptCompleted())
        return QStringLiteral("the conversation went as scripted");
    QStringList problems;
    if (m_connectionCount == 0)
        problems.append(QStringLiteral("no client connected"));
    if (!m_queuedScripts.empty())
        problems.append(QStringLiteral("%1 queued connection script(s) never used")
                            .arg(m_queuedScripts.size()));
    for (const auto &connection : m_connections) {
        if (!connection->completed())
            problems.append(connection->whereStopped());
    }
    return QStringLiteral("script not completed: ") + problems.join(QStringLiteral("; "));
}

QByteArray FakePop3Server::dotStuffed(const QByteArray &body)
{
    QByteArray wire;
    wire.reserve(body.size() + body.size() / 64 + 8);
    qsizetype lineStart = 0;
    while (lineStart < body.size()) {
        const qsizetype lf = body.indexOf('\n', lineStart);
        const qsizetype lineEnd = lf < 0 ? body.size() : lf + 1;
        if (body.at(lineStart) == '.')
            wire.append('.');
        wire.append(body.constData() + lineStart, lineEnd - lineStart);
        lineStart = lineEnd;
    }
    if (!wire.isEmpty() && !wire.endsWith("\r\n"))
        wire.append("\r\n"); // the terminator must be on a line of its own
    wire.append(".\r\n");
    return wire;
}

QStringList FakePop3Server::multiline(const QByteArray &body)
{
    return {rawStep(dotStuffed(body))};
}

QString FakePop3Server::rawStep(const QByteArray &bytes)
{
    static constexpr char hexDigits[] = "0123456789abcdef";
    QByteArray escaped = "S-RAW: ";
    escaped.reserve(escaped.size() + bytes.size() + bytes.size() / 16);
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '\r')
            escaped.append("\\r");
        else if (u == '\n')
            escaped.append("\\n");
        else if (u == '\\')
            escaped.append("\\\\");
        else if (u < 0x20 || u >= 0x7f)
            escaped.append("\\x").append(hexDigits[u >> 4]).append(hexDigits[u & 0xf]);
        else
            escaped.append(c);
    }
    return QString::fromLatin1(escaped);
}

} // namespace satchel::test

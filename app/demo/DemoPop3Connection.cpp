#include "DemoPop3Connection.h"

#include "DemoServer.h"

#include <QSslSocket>

#include <utility>

namespace satchel::app {

namespace {

// RFC 2449: 255 octets for a command line; a little more does no harm, a lot is abuse.
constexpr qsizetype MaxLineLength = 1024;
constexpr int HandshakeTimeoutMs = 60'000;
constexpr int IdleTimeoutMs = 10 * 60'000;

QByteArray ok(const QByteArray &text = {})
{
    return text.isEmpty() ? QByteArray("+OK\r\n") : "+OK " + text + "\r\n";
}

QByteArray err(const QByteArray &text)
{
    return "-ERR " + text + "\r\n";
}

// A multi-line body: CRLF lines, a leading "." doubled, then the terminating ".".
QByteArray dotStuffed(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() + 16);
    bool lineStart = true;
    for (const char c : text) {
        if (lineStart && c == '.')
            out += '.';
        out += c;
        lineStart = c == '\n';
    }
    if (!out.isEmpty() && !out.endsWith("\r\n"))
        out += "\r\n";
    out += ".\r\n";
    return out;
}

// The header, the blank line, and the first `lines` lines of the body (TOP).
QByteArrayView topOf(const QByteArray &raw, int lines)
{
    const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return raw;
    qsizetype end = headerEnd + 4;
    for (int i = 0; i < lines && end < raw.size(); ++i) {
        const qsizetype next = raw.indexOf("\r\n", end);
        end = next < 0 ? raw.size() : next + 2;
    }
    return QByteArrayView(raw).first(end);
}

} // namespace

DemoPop3Connection::DemoPop3Connection(QSslSocket *socket, DemoServer *server, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_server(server)
{
    m_socket->setParent(this);
    connect(m_socket, &QSslSocket::readyRead, this, &DemoPop3Connection::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &DemoPop3Connection::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this] {
        // A client that rejects the certificate, or drops the link: nothing is applied.
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            onDisconnected();
    });
    // Implicit TLS: the greeting is the first thing said inside the encrypted channel.
    connect(m_socket, &QSslSocket::encrypted, this, &DemoPop3Connection::greet);

    // A client that never finishes the handshake, or goes quiet, does not hold the mailbox for
    // ever (RFC 1939 8: an inactivity timer of at least 10 minutes, with no deletions applied).
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        m_socket->abort();
        onDisconnected();
    });
    m_idle.start(HandshakeTimeoutMs);
}

DemoPop3Connection::~DemoPop3Connection()
{
    m_server->unlock(this);
}

void DemoPop3Connection::greet()
{
    if (m_state != State::Handshake)
        return;
    m_state = State::Authorization;
    m_idle.start(IdleTimeoutMs);
    m_socket->write(ok("Satchel demo POP3 server ready"));
    Q_EMIT greeted();
}

void DemoPop3Connection::onDisconnected()
{
    if (m_gone)
        return;
    m_gone = true;
    m_state = State::Closing;
    m_idle.stop();
    m_server->unlock(this);
    deleteLater();
}

void DemoPop3Connection::onReadyRead()
{
    if (m_state == State::Handshake || m_state == State::Closing) {
        m_socket->readAll(); // nothing is asked before the greeting or after QUIT
        return;
    }
    m_buffer += m_socket->readAll();
    m_idle.start(IdleTimeoutMs);
    QByteArray out;
    int commands = 0;
    qsizetype lf;
    while (m_state != State::Closing && (lf = m_buffer.indexOf('\n')) >= 0) {
        QByteArray line = m_buffer.left(lf);
        m_buffer.remove(0, lf + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        ++commands;
        out += handle(line);
    }
    m_server->noteBatch(commands);
    if (m_state != State::Closing && m_buffer.size() > MaxLineLength) {
        out += err("line too long");
        m_state = State::Closing;
    }
    if (!out.isEmpty())
        m_socket->write(out);
    if (m_state == State::Closing)
        m_socket->disconnectFromHost(); // after what was written has gone out
}

QByteArray DemoPop3Connection::handle(const QByteArray &line)
{
    if (m_state == State::SaslPlain) {
        m_state = State::Authorization;
        if (line == "*")
            return err("authentication cancelled");
        return saslPlain(line);
    }
    QList<QByteArray> words = line.split(' ');
    words.removeAll(QByteArray());
    if (words.isEmpty())
        return err("empty command");
    const QByteArray command = words.takeFirst().toUpper();
    if (command == "QUIT") {
        QByteArray reply = ok("goodbye");
        if (m_state == State::Transaction) {
            QList<int> indexes;
            for (int number : std::as_const(m_deleted))
                indexes.append(m_maildrop.at(number - 1));
            m_server->remove(indexes);
            reply = ok(QByteArray::number(indexes.size()) + " messages deleted; goodbye");
        }
        m_server->unlock(this);
        m_state = State::Closing;
        return reply;
    }
    if (command == "CAPA")
        return capabilities();
    if (m_state == State::Transaction)
        return handleTransaction(command, words);
    return handleAuthorization(command, words);
}

QByteArray DemoPop3Connection::capabilities() const
{
    QByteArray list = "+OK capability list follows\r\n"
                      "TOP\r\nUIDL\r\nPIPELINING\r\nRESP-CODES\r\nAUTH-RESP-CODE\r\n"
                      "EXPIRE NEVER\r\nIMPLEMENTATION Satchel-demo\r\n";
    if (m_state != State::Transaction)
        list += "USER\r\nSASL PLAIN\r\n";
    return list + ".\r\n";
}

QByteArray DemoPop3Connection::handleAuthorization(const QByteArray &command,
                                                   const QList<QByteArray> &arguments)
{
    if (command == "USER") {
        if (arguments.size() != 1)
            return err("USER takes one argument");
        m_user = arguments.first();
        return ok("send PASS");
    }
    if (command == "PASS") {
        if (m_user.isEmpty())
            return err("USER first");
        const QByteArray user = std::exchange(m_user, {});
        return login(user, arguments.join(' '));
    }
    if (command == "AUTH") {
        if (arguments.isEmpty())
            return "+OK\r\nPLAIN\r\n.\r\n";
        if (arguments.first().toUpper() != "PLAIN")
            return err("unsupported mechanism; PLAIN only");
        if (arguments.size() == 1) {
            m_state = State::SaslPlain;
            return "+ \r\n";
        }
        return saslPlain(arguments.at(1));
    }
    return err("not logged in: " + command + " is not possible yet");
}

QByteArray DemoPop3Connection::saslPlain(const QByteArray &base64)
{
    // RFC 4616: authzid NUL authcid NUL passwd; "=" is an empty initial response.
    auto decoded = QByteArray::fromBase64Encoding(base64 == "=" ? QByteArray() : base64,
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return err("[AUTH] the PLAIN response is not base64");
    const QList<QByteArray> fields = decoded.decoded.split('\0');
    if (fields.size() != 3 || (!fields.at(0).isEmpty() && fields.at(0) != fields.at(1)))
        return err("[AUTH] malformed PLAIN response");
    return login(fields.at(1), fields.at(2));
}

QByteArray DemoPop3Connection::login(const QByteArray &user, const QByteArray &password)
{
    if (!m_server->checkCredentials(user, password))
        return err("[AUTH] wrong user name or password");
    if (!m_server->lock(this))
        return err("[IN-USE] the demo mailbox is open in another session");
    m_maildrop = m_server->present();
    m_deleted.clear();
    m_state = State::Transaction;
    return ok("logged in; " + QByteArray::number(m_maildrop.size()) + " messages");
}

int DemoPop3Connection::messageIndex(const QByteArray &argument, QByteArray &error) const
{
    bool isNumber = false;
    const int number = argument.toInt(&isNumber);
    if (!isNumber || number < 1 || number > m_maildrop.size()) {
        error = err("no such message");
        return -1;
    }
    if (m_deleted.contains(number)) {
        error = err("message " + argument + " is deleted");
        return -1;
    }
    return m_maildrop.at(number - 1);
}

qint64 DemoPop3Connection::dropSize() const
{
    qint64 total = 0;
    for (int number = 1; number <= m_maildrop.size(); ++number) {
        if (!m_deleted.contains(number))
            total += m_server->message(m_maildrop.at(number - 1)).raw.size();
    }
    return total;
}

int DemoPop3Connection::liveCount() const
{
    return int(m_maildrop.size() - m_deleted.size());
}

QByteArray DemoPop3Connection::handleTransaction(const QByteArray &command,
                                                 const QList<QByteArray> &arguments)
{
    QByteArray error;
    if (command == "STAT")
        return ok(QByteArray::number(liveCount()) + ' ' + QByteArray::number(dropSize()));
    if (command == "NOOP")
        return ok();
    if (command == "RSET") {
        m_deleted.clear();
        return ok(QByteArray::number(m_maildrop.size()) + " messages");
    }
    if (command == "LIST" || command == "UIDL") {
        const bool list = command == "LIST";
        auto entry = [&](int number) -> QByteArray {
            const DemoMessage &message = m_server->message(m_maildrop.at(number - 1));
            return QByteArray::number(number) + ' '
                + (list ? QByteArray::number(message.raw.size()) : message.uidl);
        };
        if (!arguments.isEmpty()) {
            if (messageIndex(arguments.first(), error) < 0)
                return error;
            return ok(entry(arguments.first().toInt()));
        }
        QByteArray out = list ? ok(QByteArray::number(liveCount()) + " messages") : ok();
        for (int number = 1; number <= m_maildrop.size(); ++number) {
            if (!m_deleted.contains(number))
                out += entry(number) + "\r\n";
        }
        return out + ".\r\n";
    }
    if (command == "RETR" || command == "TOP") {
        const bool top = command == "TOP";
        if (arguments.size() != (top ? 2 : 1))
            return err(
                command
                + (top ? " takes a message number and a line count" : " takes a message number"));
        const int index = messageIndex(arguments.first(), error);
        if (index < 0)
            return error;
        const QByteArray &raw = m_server->message(index).raw;
        if (!top)
            return ok(QByteArray::number(raw.size()) + " octets") + dotStuffed(raw);
        bool isNumber = false;
        const int lines = arguments.at(1).toInt(&isNumber);
        if (!isNumber || lines < 0)
            return err("the line count must be a number, 0 or more");
        return ok() + dotStuffed(topOf(raw, lines));
    }
    if (command == "DELE") {
        if (arguments.size() != 1)
            return err("DELE takes a message number");
        if (messageIndex(arguments.first(), error) < 0)
            return error;
        m_deleted.insert(arguments.first().toInt());
        return ok("message " + arguments.first() + " deleted");
    }
    return err("unknown command " + command);
}

} // namespace satchel::app

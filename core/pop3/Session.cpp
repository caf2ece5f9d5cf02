#include "pop3/Session.h"

#include "pop3/Apop.h"
#include "pop3/Logging.h"
#include "pop3/SaslMechanism.h"
#include "pop3/SslSocketTransport.h"
#include "pop3/Transport.h"

#include <QPointer>

#include <algorithm>

namespace satchel::pop3 {

namespace {

using Expect = ResponseParser::Expect;

QByteArray number(int n)
{
    return QByteArray::number(n);
}

// "n value" lines of LIST and UIDL; tolerant of extra spaces and tabs.
bool parseNumberedLine(QByteArrayView line, int &numberOut, QByteArray &valueOut)
{
    const QList<QByteArray> words = line.toByteArray().simplified().split(' ');
    if (words.size() < 2)
        return false;
    bool ok = false;
    numberOut = words.at(0).toInt(&ok);
    if (!ok || numberOut < 1)
        return false;
    valueOut = words.at(1);
    return !valueOut.isEmpty();
}

template<typename Entry, typename MakeEntry>
std::optional<QList<Entry>> parseListing(const QByteArray &body, MakeEntry make)
{
    QList<Entry> entries;
    for (QByteArrayView rest(body); !rest.isEmpty();) {
        const qsizetype lf = rest.indexOf('\n');
        const QByteArrayView line = lf < 0 ? rest : rest.first(lf);
        rest = lf < 0 ? QByteArrayView() : rest.sliced(lf + 1);
        if (line.trimmed().isEmpty())
            continue;
        int n = 0;
        QByteArray value;
        if (!parseNumberedLine(line, n, value))
            return std::nullopt;
        auto entry = make(n, value);
        if (!entry)
            return std::nullopt;
        entries.append(*entry);
    }
    return entries;
}

// LIST and UIDL answer in a body, or, asked about one message, on the status line itself.
template<typename Entry, typename MakeEntry>
std::optional<QList<Entry>> listing(const Response &response, bool oneMessage, MakeEntry make)
{
    return oneMessage ? parseListing<Entry>(QByteArray(response.text + '\n'), make)
                      : parseListing<Entry>(response.body, make);
}

} // namespace

Session::Session(SessionSettings settings, QObject *parent)
    : Session(settings,
              std::make_unique<SslSocketTransport>(settings.caCertificates,
                                                   settings.acceptedCertificateSha256),
              parent)
{
    m_transportFactory
        = [ca = m_settings.caCertificates, pin = m_settings.acceptedCertificateSha256]() {
              return std::unique_ptr<Transport>(std::make_unique<SslSocketTransport>(ca, pin));
          };
}

Session::Session(SessionSettings settings, std::unique_ptr<Transport> transport, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_transport(std::move(transport))
    , m_parser(ResponseParser::Limits {m_settings.maxLineLength, m_settings.maxMessageSize})
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &Session::onTimeout);
    connectTransport();
}

Session::~Session()
{
    // Destroying a live session is a cancel without the signal: the link is simply dropped,
    // which the server treats like any lost connection (no deletions applied).
    if (m_transport)
        m_transport->abort();
}

void Session::connectTransport()
{
    connect(m_transport.get(), &Transport::connected, this, &Session::onConnected);
    connect(m_transport.get(), &Transport::encrypted, this, &Session::onEncrypted);
    connect(m_transport.get(), &Transport::readyRead, this, &Session::onReadyRead);
    connect(m_transport.get(), &Transport::failed, this,
            [this](Transport::Failure failure, const QString &detail,
                   const QList<QSslError> &errors, const QList<QSslCertificate> &chain) {
                onTransportFailed(static_cast<int>(failure), detail, errors, chain);
            });
}

bool Session::isEncrypted() const
{
    return m_transport->isEncrypted();
}

bool Session::isPipelining() const
{
    return m_settings.usePipelining && m_capabilities.pipelining && m_settings.pipelineWindow > 1;
}

void Session::open()
{
    if (m_state != State::Idle)
        return;
    // A line break would end the command early and let the rest run as a command of its own
    // (USER, PASS and APOP put these on the line as they are); a NUL would split PLAIN. Refused
    // before a byte goes out.
    for (const QString &field : {m_settings.user, m_settings.secret}) {
        if (field.contains(u'\r') || field.contains(u'\n') || field.contains(QChar(0))) {
            m_state = State::Connecting; // so that fail() reports it as any other failure
            fail(ErrorKind::InvalidCredentials,
                 tr("The user name or password contains a line break or a NUL character, which "
                    "cannot be sent to a POP3 server."));
            return;
        }
    }
    m_state = State::Connecting;
    connectToServer();
}

void Session::connectToServer()
{
    const bool implicitTls = m_settings.security == Security::ImplicitTls;
    qCDebug(lcPop3) << "connecting to" << m_settings.host << m_settings.port
                    << (implicitTls ? "with implicit TLS" : "in plain text");
    armWatchdog(m_settings.connectTimeoutMs + (implicitTls ? m_settings.handshakeTimeoutMs : 0));
    m_transport->connectToHost(m_settings.host, m_settings.port, implicitTls);
}

// --- queueing ------------------------------------------------------------------------------

void Session::stat()
{
    enqueue({Command::Stat});
}
void Session::list()
{
    enqueue({Command::List});
}
void Session::list(int n)
{
    enqueue({Command::List, n});
}
void Session::uidl()
{
    enqueue({Command::Uidl});
}
void Session::uidl(int n)
{
    enqueue({Command::Uidl, n});
}
void Session::top(int n, int lines)
{
    enqueue({Command::Top, n, std::max(0, lines)});
}
void Session::retrieve(int n, qint64 sizeHint)
{
    enqueue({Command::Retr, n, 0, sizeHint});
}
void Session::remove(int n)
{
    enqueue({Command::Dele, n});
}
void Session::noop()
{
    enqueue({Command::Noop});
}
void Session::reset()
{
    enqueue({Command::Rset});
}
void Session::quit()
{
    enqueue({Command::Quit});
}

void Session::enqueue(PendingCommand command)
{
    if (m_state == State::Done || m_state == State::Failed || m_quitQueued) {
        qCWarning(lcPop3) << "command after the session ended or after QUIT ignored:"
                          << command.command;
        return;
    }
    if (command.command == Command::Quit)
        m_quitQueued = true;
    m_queue.push_back(command);
    if (m_state == State::Transaction)
        pump();
}

void Session::pump()
{
    const size_t window = isPipelining() ? static_cast<size_t>(m_settings.pipelineWindow) : 1;
    // With pipelining the window is refilled once half of it has been answered, not after each
    // answer: a whole run of commands goes out in one write (one TLS record, one segment, one
    // wake-up of the server) instead of one command per answer, and the server always has
    // half a window of answers to send while this thread does other work. On the volume corpus
    // from Dovecot, refilling a 128-command window at half took a fetch from 5.3 to 4.7 s
    // (median of five, interleaved) against 32 refilled one by one.
    if (window > 1 && m_inFlight.size() > window / 2)
        return;
    QByteArray batch; // one write for the whole batch: one segment, one round trip
    while (!m_queue.empty() && m_inFlight.size() < window) {
        const PendingCommand command = m_queue.front();
        m_queue.pop_front();
        QByteArray line;
        Expect expect = Expect::SingleLine;
        qsizetype hint = 0;
        switch (command.command) {
        case Command::Stat:
            line = "STAT";
            break;
        case Command::List:
            line = command.number ? "LIST " + number(command.number) : QByteArray("LIST");
            expect = command.number ? Expect::SingleLine : Expect::MultiLine;
            break;
        case Command::Uidl:
            line = command.number ? "UIDL " + number(command.number) : QByteArray("UIDL");
            expect = command.number ? Expect::SingleLine : Expect::MultiLine;
            break;
        case Command::Top:
            line = "TOP " + number(command.number) + ' ' + number(command.lines);
            expect = Expect::MultiLine;
            break;
        case Command::Retr:
            line = "RETR " + number(command.number);
            expect = Expect::MultiLine;
            hint = static_cast<qsizetype>(command.sizeHint);
            break;
        case Command::Dele:
            line = "DELE " + number(command.number);
            break;
        case Command::Noop:
            line = "NOOP";
            break;
        case Command::Rset:
            line = "RSET";
            break;
        case Command::Quit:
            line = "QUIT";
            break;
        }
        qCDebug(lcPop3).noquote() << "C:" << QString::fromLatin1(line);
        batch += line + "\r\n";
        m_parser.expect(expect, hint);
        m_inFlight.push_back(command);
    }
    if (!batch.isEmpty()) {
        m_transport->write(batch);
        m_sinceSend.start();
        armWatchdog(m_settings.commandTimeoutMs);
    }
}

void Session::send(const QByteArray &line, const QByteArray &logged)
{
    qCDebug(lcPop3).noquote() << "C:" << QString::fromLatin1(logged.isEmpty() ? line : logged);
    m_transport->write(line + "\r\n");
    m_sinceSend.start();
    armWatchdog(m_settings.commandTimeoutMs);
}

void Session::sendPhase(const QByteArray &line, Expect expect, State next, const QByteArray &logged)
{
    m_state = next;
    m_parser.expect(expect);
    send(line, logged);
}

// --- transport events ----------------------------------------------------------------------

void Session::onConnected()
{
    if (m_state != State::Connecting)
        return;
    m_state = State::Greeting;
    m_parser.expect(Expect::SingleLine);
    armWatchdog(m_settings.commandTimeoutMs);
}

void Session::onEncrypted()
{
    if (m_state == State::Connecting) {
        m_state = State::Greeting;
        m_parser.expect(Expect::SingleLine);
        armWatchdog(m_settings.commandTimeoutMs);
    } else if (m_state == State::StlsHandshake) {
        // RFC 2595 4: everything learned before TLS is forgotten and asked again.
        m_capabilities = Capabilities();
        sendPhase("CAPA", Expect::MultiLine, State::Capa);
    }
}

void Session::onReadyRead()
{
    const QByteArray data = m_transport->readAll();
    if (m_state == State::Done || m_state == State::Failed || data.isEmpty())
        return;
    if (m_state == State::Connecting || m_state == State::StlsHandshake) {
        fail(ErrorKind::Protocol, tr("The server sent data before the connection was ready."));
        return;
    }
    m_parser.feed(data);
    QPointer<Session> self(this);
    while (m_parser.hasResponse()) {
        handleResponse(m_parser.takeResponse());
        if (!self || m_state == State::Done || m_state == State::Failed)
            return;
    }
    if (m_parser.hasError()) {
        fail(ErrorKind::Protocol,
             tr("The server broke the POP3 protocol: %1").arg(m_parser.errorString()));
        return;
    }
    if (!m_inFlight.empty()) {
        const PendingCommand &front = m_inFlight.front();
        if (front.command == Command::Retr && m_parser.currentBodySize() > 0)
            Q_EMIT retrieveProgress(front.number, m_parser.currentBodySize());
        if (!self)
            return;
    }
    // Data keeps arriving: the silence the watchdog guards against starts again now.
    if (m_watchdog.isActive())
        armWatchdog(m_settings.commandTimeoutMs);
}

void Session::onTransportFailed(int failure, const QString &detail, const QList<QSslError> &errors,
                                const QList<QSslCertificate> &chain)
{
    if (m_state == State::Done || m_state == State::Failed)
        return;
    const auto how = static_cast<Transport::Failure>(failure);
    // Some servers close the connection right after refusing a login method: the next method
    // then gets one new connection.
    if (m_fallbackInFlight && !m_reconnected && m_transportFactory
        && (how == Transport::Failure::RemoteClosed || how == Transport::Failure::Network)) {
        reconnectForFallback();
        return;
    }
    Pop3Error error;
    switch (how) {
    case Transport::Failure::HostNotFound:
        error.kind = ErrorKind::HostNotFound;
        error.message = tr("The server %1 could not be found.").arg(m_settings.host);
        break;
    case Transport::Failure::ConnectionRefused:
        error.kind = ErrorKind::ConnectionRefused;
        error.message = tr("The server %1 refused the connection on port %2.")
                            .arg(m_settings.host)
                            .arg(m_settings.port);
        break;
    case Transport::Failure::CertificateRejected:
        error.kind = ErrorKind::CertificateRejected;
        error.message = tr("The server's certificate could not be verified: %1").arg(detail);
        error.certificateErrors = errors;
        error.certificateChain = chain;
        break;
    case Transport::Failure::Tls:
        error.kind = ErrorKind::Tls;
        error.message = tr("A secure connection could not be established: %1").arg(detail);
        break;
    case Transport::Failure::RemoteClosed:
        error.kind = ErrorKind::Network;
        error.message = m_state == State::Transaction && m_quitQueued
            ? tr("The connection closed before the server confirmed QUIT; no message was deleted.")
            : tr("The server closed the connection.");
        break;
    case Transport::Failure::Network:
        error.kind = ErrorKind::Network;
        error.message = tr("The connection failed: %1").arg(detail);
        break;
    }
    fail(std::move(error));
}

void Session::onTimeout()
{
    QString what;
    switch (m_state) {
    case State::Connecting:
        what = tr("connecting to the server");
        break;
    case State::StlsHandshake:
        what = tr("the secure handshake");
        break;
    default:
        what = tr("the server's answer");
        break;
    }
    fail(ErrorKind::Timeout, tr("Gave up waiting for %1.").arg(what));
}

// --- responses -----------------------------------------------------------------------------

void Session::handleResponse(const Response &response)
{
    qCDebug(lcPop3).noquote() << "S:"
                              << (response.status == Response::Status::Ok ? QStringLiteral("+OK")
                                      : response.status == Response::Status::Err
                                      ? QStringLiteral("-ERR")
                                      : QStringLiteral("+"))
                              << (m_state == State::AuthSasl ? QStringLiteral("<sasl>")
                                                             : QString::fromUtf8(response.text));
    if (m_state == State::AuthUser || m_state == State::AuthPass || m_state == State::AuthApop
        || m_state == State::AuthSasl)
        m_fallbackInFlight = false; // answered: a close from now on is not a refusal's
    switch (m_state) {
    case State::Greeting:
        handleGreeting(response);
        return;
    case State::Capa:
    case State::CapaAfterAuth:
        handleCapa(response);
        return;
    case State::Stls:
        if (!response.isOk()) {
            fail(errorFromResponse(ErrorKind::StlsUnavailable,
                                   tr("The server refused to start TLS (STLS)."), response));
            return;
        }
        // Anything after "+OK" in the same read arrived unencrypted and may be an injection
        // (CVE-2011-0411 and kin): refuse it rather than treat it as part of the TLS session.
        if (m_parser.pendingExpectations() != 0 || m_parser.hasResponse()) {
            fail(ErrorKind::Protocol, tr("The server sent unexpected data before starting TLS."));
            return;
        }
        m_state = State::StlsHandshake;
        armWatchdog(m_settings.handshakeTimeoutMs);
        m_transport->startTls();
        return;
    case State::AuthUser:
    case State::AuthPass:
    case State::AuthApop:
        handleAuthResponse(response);
        return;
    case State::AuthSasl:
        handleSaslResponse(response);
        return;
    case State::Transaction:
        handleTransaction(response);
        return;
    case State::Idle:
    case State::Connecting:
    case State::StlsHandshake:
    case State::Done:
    case State::Failed:
        break;
    }
    fail(ErrorKind::Protocol, tr("The server sent a response nobody asked for."));
}

void Session::handleGreeting(const Response &response)
{
    if (!response.isOk()) {
        fail(errorFromResponse(
            ErrorKind::Protocol,
            tr("The server refused the connection: %1").arg(QString::fromUtf8(response.text)),
            response));
        return;
    }
    m_greeting = response.text;
    m_apopTimestamp = apopTimestamp(response.text);
    sendPhase("CAPA", Expect::MultiLine, State::Capa);
}

void Session::handleCapa(const Response &response)
{
    const bool afterAuth = m_state == State::CapaAfterAuth;
    if (response.isOk())
        m_capabilities = Capabilities::parse(response.body);
    else if (!afterAuth)
        m_capabilities = Capabilities(); // CAPA is optional (RFC 2449); nothing is known

    if (afterAuth) {
        enterTransaction();
        return;
    }

    if (m_settings.security == Security::StartTls && !m_transport->isEncrypted()) {
        // Never opportunistic: without STLS on offer, stop before any credential leaves.
        if (!m_capabilities.stls) {
            fail(ErrorKind::StlsUnavailable,
                 tr("The server does not offer STLS, and this account requires it. Nothing was "
                    "sent; check the security setting (perhaps TLS on port 995)."));
            return;
        }
        sendPhase("STLS", Expect::SingleLine, State::Stls);
        return;
    }
    startAuthentication();
}

void Session::enterTransaction()
{
    m_state = State::Transaction;
    m_watchdog.stop();
    QPointer<Session> self(this);
    Q_EMIT opened();
    // A slot of opened() may have cancelled or deleted the session.
    if (self && m_state == State::Transaction)
        pump();
}

void Session::handleTransaction(const Response &response)
{
    if (m_inFlight.empty()) {
        fail(ErrorKind::Protocol, tr("The server sent a response nobody asked for."));
        return;
    }
    const PendingCommand command = m_inFlight.front();
    m_inFlight.pop_front();

    QPointer<Session> self(this);
    if (!response.isOk()) {
        if (command.command == Command::Quit) {
            // RFC 1939 6: -ERR to QUIT means some deletions could not be applied.
            fail(errorFromResponse(ErrorKind::CommandFailed,
                                   tr("The server could not apply the deletions: %1")
                                       .arg(QString::fromUtf8(response.text)),
                                   response));
            return;
        }
        Q_EMIT commandFailed(
            command.command, command.number,
            errorFromResponse(
                ErrorKind::CommandFailed,
                tr("The server refused the command: %1").arg(QString::fromUtf8(response.text)),
                response));
    } else {
        auto malformed = [&](const QString &what) {
            Q_EMIT commandFailed(command.command, command.number,
                                 Pop3Error {ErrorKind::Protocol,
                                            tr("The server's %1 answer is malformed.").arg(what),
                                            ResponseCode::None,
                                            response.text,
                                            {},
                                            {}});
        };
        switch (command.command) {
        case Command::Stat: {
            // "+OK count octets", possibly followed by text (RFC 1939 5).
            const QList<QByteArray> words = response.text.simplified().split(' ');
            bool countOk = false;
            bool octetsOk = false;
            const int count = words.value(0).toInt(&countOk);
            const qint64 octets = words.value(1).toLongLong(&octetsOk);
            if (countOk && octetsOk && count >= 0 && octets >= 0)
                Q_EMIT statReceived(count, octets);
            else
                malformed(QStringLiteral("STAT"));
            break;
        }
        case Command::List: {
            const auto entries = listing<MessageSize>(
                response, command.number != 0,
                [](int n, const QByteArray &value) -> std::optional<MessageSize> {
                    bool ok = false;
                    const qint64 octets = value.toLongLong(&ok);
                    return ok && octets >= 0 ? std::optional(MessageSize {n, octets})
                                             : std::nullopt;
                });
            if (entries)
                Q_EMIT listReceived(*entries);
            else
                malformed(QStringLiteral("LIST"));
            break;
        }
        case Command::Uidl: {
            const auto entries = listing<UidlEntry>(response, command.number != 0,
                                                    [](int n, const QByteArray &value) {
                                                        return std::optional(UidlEntry {n, value});
                                                    });
            if (entries)
                Q_EMIT uidlReceived(*entries);
            else
                malformed(QStringLiteral("UIDL"));
            break;
        }
        case Command::Top:
        case Command::Retr:
            if (response.bodyTooLarge) {
                Q_EMIT commandFailed(
                    command.command, command.number,
                    Pop3Error {ErrorKind::MessageTooLarge,
                               tr("Message %1 is larger than the limit of %2 MB and was skipped.")
                                   .arg(command.number)
                                   .arg(m_settings.maxMessageSize / (1024 * 1024)),
                               ResponseCode::None,
                               response.text,
                               {},
                               {}});
            } else if (command.command == Command::Retr) {
                Q_EMIT messageRetrieved(command.number, response.body);
            } else {
                Q_EMIT topRetrieved(command.number, response.body);
            }
            break;
        case Command::Dele:
            Q_EMIT messageDeleted(command.number);
            break;
        case Command::Noop:
            Q_EMIT noopDone();
            break;
        case Command::Rset:
            Q_EMIT resetDone();
            break;
        case Command::Quit:
            m_state = State::Done;
            m_watchdog.stop();
            m_transport->abort();
            Q_EMIT quitDone();
            return;
        }
    }
    if (!self || m_state != State::Transaction)
        return;
    if (m_inFlight.empty() && m_queue.empty())
        m_watchdog.stop(); // idle: nothing is awaited, so silence is fine
    pump();
}

// --- errors and the watchdog ---------------------------------------------------------------

void Session::armWatchdog(int ms)
{
    m_watchdog.start(std::max(1, ms));
}

Pop3Error Session::errorFromResponse(ErrorKind fallback, const QString &message,
                                     const Response &response) const
{
    Pop3Error error {fallback, message, response.code, response.text, {}, {}};
    switch (response.code) {
    case ResponseCode::InUse:
        error.kind = ErrorKind::InUse;
        error.message
            = tr("The mailbox is in use by another session; Satchel will try again later.");
        break;
    case ResponseCode::LoginDelay:
        error.kind = ErrorKind::LoginDelay;
        error.message
            = tr("The server asks to wait longer between checks; Satchel will try again later.");
        break;
    case ResponseCode::SysTemp:
        error.kind = ErrorKind::TemporaryFailure;
        error.message = tr("The server has a temporary problem; Satchel will try again later.");
        break;
    case ResponseCode::SysPerm:
        error.kind = ErrorKind::PermanentFailure;
        error.message = tr("The server reports a permanent problem with this mailbox: %1")
                            .arg(QString::fromUtf8(response.text));
        break;
    case ResponseCode::Auth:
        error.kind = ErrorKind::AuthenticationFailed;
        error.message = tr("The user name or password is wrong.");
        break;
    case ResponseCode::None:
    case ResponseCode::Utf8:
    case ResponseCode::Other:
        break;
    }
    return error;
}

void Session::fail(ErrorKind kind, const QString &message, const Response *response)
{
    fail(response ? errorFromResponse(kind, message, *response)
                  : Pop3Error {kind, message, ResponseCode::None, {}, {}, {}});
}

void Session::fail(Pop3Error error)
{
    if (m_state == State::Done || m_state == State::Failed)
        return;
    qCInfo(lcPop3).noquote() << "session failed in state" << m_state << ":" << error.message;
    m_state = State::Failed;
    m_watchdog.stop();
    m_transport->abort();
    m_queue.clear();
    m_inFlight.clear();
    m_sasl.reset();
    Q_EMIT failed(error);
}

void Session::cancel()
{
    fail(ErrorKind::Cancelled, tr("Cancelled."));
}

} // namespace satchel::pop3

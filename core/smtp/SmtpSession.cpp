#include "smtp/SmtpSession.h"

#include "pop3/SaslMechanism.h"
#include "pop3/SslSocketTransport.h"
#include "pop3/Transport.h"
#include "smtp/Logging.h"
#include "smtp/SubmissionData.h"

#include <algorithm>

namespace satchel::smtp {

namespace {

using Kind = SmtpOutcome::Kind;
using Cause = SmtpOutcome::Cause;
using Stage = SmtpOutcome::Stage;

bool hasLineBreakOrNul(const QString &text)
{
    return text.contains(u'\r') || text.contains(u'\n') || text.contains(QChar(0));
}

bool isAscii(const QByteArray &bytes)
{
    return !SubmissionData::hasEightBit(bytes);
}

} // namespace

SmtpSession::SmtpSession(SmtpSettings settings, QObject *parent)
    : SmtpSession(settings,
                  std::make_unique<pop3::SslSocketTransport>(settings.caCertificates,
                                                             settings.acceptedCertificateSha256),
                  parent)
{ }

SmtpSession::SmtpSession(SmtpSettings settings, std::unique_ptr<pop3::Transport> transport,
                         QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_transport(std::move(transport))
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &SmtpSession::onTimeout);
    connectTransport();
}

SmtpSession::~SmtpSession()
{
    if (m_transport)
        m_transport->abort();
}

void SmtpSession::connectTransport()
{
    using pop3::Transport;
    connect(m_transport.get(), &Transport::connected, this, &SmtpSession::onConnected);
    connect(m_transport.get(), &Transport::encrypted, this, &SmtpSession::onEncrypted);
    connect(m_transport.get(), &Transport::readyRead, this, &SmtpSession::onReadyRead);
    connect(m_transport.get(), &Transport::failed, this,
            [this](Transport::Failure failure, const QString &detail,
                   const QList<QSslError> &errors, const QList<QSslCertificate> &chain) {
                onTransportFailed(static_cast<int>(failure), detail, errors, chain);
            });
}

bool SmtpSession::isEncrypted() const
{
    return m_transport->isEncrypted();
}

void SmtpSession::submit(const QString &sender, const QStringList &recipients,
                         const QByteArray &message)
{
    if (m_state != State::Idle)
        return;
    m_state = State::Connecting;
    // A line break would end the command early and smuggle in a command of its own.
    bool unsendable = hasLineBreakOrNul(sender) || hasLineBreakOrNul(m_settings.user)
        || hasLineBreakOrNul(m_settings.secret);
    for (const QString &recipient : recipients) {
        unsendable = unsendable || hasLineBreakOrNul(recipient) || recipient.trimmed().isEmpty();
        m_recipients.append(recipient.trimmed().toUtf8());
    }
    if (unsendable || recipients.isEmpty()) {
        finish({Kind::Rejected,
                Stage::Connect,
                Cause::InvalidInput,
                tr("The message has no recipients, or an address or the credentials contain a "
                   "line break, which cannot be sent to an SMTP server."),
                0,
                {},
                {},
                {},
                {},
                {}},
               false);
        return;
    }
    if (m_settings.security == pop3::Security::None && !m_settings.allowPlaintext) {
        finish({Kind::Rejected,
                Stage::Connect,
                Cause::StartTlsUnavailable,
                tr("Sending mail without encryption is not allowed."),
                0,
                {},
                {},
                {},
                {},
                {}},
               false);
        return;
    }
    m_sender = sender.trimmed().toUtf8();
    m_prepared = SubmissionData::prepare(message);
    m_data = SubmissionData::dotStuffed(m_prepared);

    const bool implicitTls = m_settings.security == pop3::Security::ImplicitTls;
    qCDebug(lcSmtp) << "connecting to" << m_settings.host << m_settings.port
                    << (implicitTls ? "with implicit TLS" : "in plain text");
    m_watchdog.start(m_settings.connectTimeoutMs);
    m_transport->connectToHost(m_settings.host, m_settings.port, implicitTls);
}

void SmtpSession::cancel()
{
    if (m_state == State::Idle || m_state == State::Done)
        return;
    failLink(Cause::Cancelled, tr("Sending was cancelled."));
}

void SmtpSession::send(const QByteArray &line, const QByteArray &logged)
{
    qCDebug(lcSmtp).noquote() << "C:" << QString::fromUtf8(logged.isEmpty() ? line : logged);
    m_transport->write(line + "\r\n");
}

void SmtpSession::onConnected()
{
    if (m_state != State::Connecting)
        return;
    m_state = State::Greeting;
    m_watchdog.start(m_settings.greetingTimeoutMs);
}

void SmtpSession::onEncrypted()
{
    if (m_state == State::Connecting) {
        onConnected();
    } else if (m_state == State::StartTlsHandshake) {
        // RFC 3207 4.2: everything learnt before TLS is forgotten and EHLO asked again.
        m_extensions.clear();
        sendEhlo();
    }
}

void SmtpSession::onReadyRead()
{
    m_reader.feed(m_transport->readAll());
    while (m_state != State::Done && m_state != State::Idle) {
        SmtpReply reply;
        const SmtpReplyReader::Status status = m_reader.next(reply);
        if (status == SmtpReplyReader::Status::NeedMore)
            return;
        if (status == SmtpReplyReader::Status::Error) {
            failLink(Cause::Protocol, tr("The server sent something that is not an SMTP reply."));
            return;
        }
        qCDebug(lcSmtp).noquote() << "S:" << reply.code
                                  << QString::fromUtf8(reply.enhancedCode + ' ' + reply.text());
        handleReply(reply);
    }
}

void SmtpSession::onTransportFailed(int failure, const QString &detail,
                                    const QList<QSslError> &errors,
                                    const QList<QSslCertificate> &chain)
{
    if (m_state == State::Done || m_state == State::Idle)
        return;
    using F = pop3::Transport::Failure;
    switch (static_cast<F>(failure)) {
    case F::HostNotFound:
        failLink(Cause::HostNotFound, tr("The server %1 was not found.").arg(m_settings.host));
        return;
    case F::ConnectionRefused:
        failLink(Cause::ConnectionRefused,
                 tr("The server %1 refused the connection.").arg(m_settings.host));
        return;
    case F::CertificateRejected: {
        SmtpOutcome outcome {Kind::Rejected,
                             stage(),
                             Cause::CertificateRejected,
                             tr("The server's certificate could not be verified: %1").arg(detail),
                             0,
                             {},
                             {},
                             {},
                             errors,
                             chain};
        m_transport->abort();
        finish(std::move(outcome), false);
        return;
    }
    case F::Tls:
        m_transport->abort();
        finish({Kind::Rejected,
                stage(),
                Cause::Tls,
                tr("The secure connection to the server failed: %1").arg(detail),
                0,
                {},
                {},
                {},
                {},
                {}},
               false);
        return;
    case F::RemoteClosed:
    case F::Network:
        break;
    }
    failLink(Cause::Network, tr("The connection to the server was lost: %1").arg(detail));
}

void SmtpSession::onTimeout()
{
    if (m_state == State::Done || m_state == State::Idle)
        return;
    failLink(Cause::Timeout, tr("The server did not answer in time."));
}

SmtpOutcome::Stage SmtpSession::stage() const
{
    switch (m_state) {
    case State::Idle:
    case State::Connecting:
        return Stage::Connect;
    case State::Greeting:
        return Stage::Greeting;
    case State::Ehlo:
        return Stage::Ehlo;
    case State::StartTls:
    case State::StartTlsHandshake:
        return Stage::StartTls;
    case State::Auth:
        return Stage::Auth;
    case State::Envelope:
        return m_envelopeReplies.size() <= 1 ? Stage::Mail : Stage::Rcpt; // the first is MAIL's
    case State::Data:
        return Stage::Data;
    case State::Message:
    case State::Done:
        break;
    }
    return Stage::Message;
}

// --- the conversation -----------------------------------------------------------------------

void SmtpSession::handleReply(const SmtpReply &reply)
{
    switch (m_state) {
    case State::Greeting:
        if (reply.code == 220)
            sendEhlo();
        else
            failWithReply(reply, tr("The server refused the connection."));
        return;
    case State::Ehlo:
        handleEhlo(reply);
        return;
    case State::StartTls:
        if (reply.code == 220) {
            m_state = State::StartTlsHandshake;
            m_watchdog.start(m_settings.connectTimeoutMs);
            m_transport->startTls();
        } else {
            failWithReply(reply, tr("The server refused to start encryption (STARTTLS)."));
        }
        return;
    case State::Auth:
        handleAuth(reply);
        return;
    case State::Envelope:
        handleEnvelope(reply);
        return;
    case State::Data:
        handleData(reply);
        return;
    case State::Message:
        handleMessage(reply);
        return;
    case State::StartTlsHandshake:
        // RFC 3207: nothing may come between 220 and the handshake (a man in the middle could
        // inject replies that would then count as encrypted).
        failLink(Cause::Protocol, tr("The server sent data before the secure connection began."));
        return;
    case State::Idle:
    case State::Connecting:
    case State::Done:
        return;
    }
}

void SmtpSession::sendEhlo()
{
    m_state = State::Ehlo;
    const QByteArray domain
        = m_settings.heloDomain.isEmpty() ? QByteArray("[127.0.0.1]") : m_settings.heloDomain;
    send("EHLO " + domain);
    m_watchdog.start(m_settings.commandTimeoutMs);
}

void SmtpSession::handleEhlo(const SmtpReply &reply)
{
    if (reply.code != 250) {
        // No HELO fallback: without EHLO there is no STARTTLS and no AUTH, so nothing that
        // submission may do.
        failWithReply(reply, tr("The server refused EHLO; it cannot be used to send mail."));
        return;
    }
    m_extensions.clear();
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        QList<QByteArray> words = reply.lines.at(i).simplified().split(' ');
        QByteArray keyword = words.takeFirst().toUpper();
        // Old servers say "AUTH=LOGIN PLAIN" besides (or instead of) "AUTH LOGIN PLAIN".
        if (keyword.startsWith("AUTH=")) {
            words.prepend(keyword.mid(5));
            keyword = "AUTH";
        }
        if (!keyword.isEmpty())
            m_extensions[keyword] += words;
    }
    if (!isEncrypted() && m_settings.security != pop3::Security::None) {
        if (!offers("STARTTLS")) {
            refuse(Cause::StartTlsUnavailable,
                   tr("The server does not offer encryption (STARTTLS); the message was not sent "
                      "over an unencrypted connection."));
            return;
        }
        m_state = State::StartTls;
        send("STARTTLS");
        m_watchdog.start(m_settings.commandTimeoutMs);
        return;
    }
    if (m_settings.user.isEmpty())
        startEnvelope();
    else
        startAuthentication();
}

void SmtpSession::startAuthentication()
{
    QList<QByteArray> offered = m_extensions.value("AUTH");
    const QList<QByteArray> all = offered;
    if (!isEncrypted()) {
        offered.removeIf([](const QByteArray &name) {
            const auto kind = pop3::saslMechanismFromName(name);
            return !kind || pop3::saslSendsSecretInClear(*kind);
        });
    }
    const auto choice = pop3::chooseSaslMechanism(offered, m_settings.secretIsOAuthToken);
    if (!choice) {
        const bool onlyInClear
            = pop3::chooseSaslMechanism(all, m_settings.secretIsOAuthToken).has_value();
        if (onlyInClear)
            refuse(Cause::InsecureAuthRefused,
                   tr("The server offers only ways of logging in that would send the password "
                      "unencrypted."));
        else
            refuse(Cause::NoMechanism,
                   tr("The server offers no way of logging in that Satchel speaks."));
        return;
    }
    pop3::SaslCredentials credentials;
    credentials.user = m_settings.user;
    credentials.secret = m_settings.secret;
    credentials.host = m_settings.host;
    credentials.port = m_settings.port;
    credentials.bearerInitialResponse = m_settings.oauthInitialResponse;
    m_sasl = pop3::createSaslMechanism(*choice, credentials);
    m_authUsed = m_sasl->name();
    m_state = State::Auth;
    QByteArray line = "AUTH " + m_authUsed;
    QByteArray logged = line;
    // RFC 4954 4: the initial response on the AUTH line ("=" when it is empty).
    if (const std::optional<QByteArray> initial = m_sasl->initialResponse()) {
        line += ' ' + (initial->isEmpty() ? QByteArray("=") : initial->toBase64());
        logged += " <redacted>";
    }
    send(line, logged);
    m_watchdog.start(m_settings.commandTimeoutMs);
}

void SmtpSession::handleAuth(const SmtpReply &reply)
{
    if (reply.code == 334) {
        const pop3::SaslMechanism::Step step
            = m_sasl->respond(QByteArray::fromBase64(reply.lines.value(0).trimmed()));
        if (step.kind == pop3::SaslMechanism::Step::Kind::Fail) {
            send("*"); // RFC 4954: cancels the exchange; the server answers 501
            return;
        }
        send(step.response.toBase64(), "<redacted>");
        m_watchdog.start(m_settings.commandTimeoutMs);
        return;
    }
    if (reply.code == 235) {
        if (!m_sasl->isComplete()) {
            refuse(Cause::Protocol,
                   tr("The server accepted the login without proving that it knows the password."));
            return;
        }
        qCDebug(lcSmtp) << "logged in with" << m_authUsed;
        startEnvelope();
        return;
    }
    QString message
        = tr("The server refused the login with %1.").arg(QString::fromLatin1(m_authUsed));
    if (const QString said = m_sasl->serverMessage(); !said.isEmpty())
        message += u' ' + said;
    failWithReply(reply, message);
}

void SmtpSession::startEnvelope()
{
    m_state = State::Envelope; // refusals below are about the message: Stage::Mail
    const bool utf8Addresses = !isAscii(m_sender)
        || std::any_of(m_recipients.cbegin(), m_recipients.cend(),
                       [](const QByteArray &r) { return !isAscii(r); });
    const bool eightBit = SubmissionData::hasEightBit(m_prepared);
    if (utf8Addresses && !offers("SMTPUTF8")) {
        refuse(Cause::EightBitUnsupported,
               tr("The server cannot take addresses with non-ASCII characters (no SMTPUTF8)."));
        return;
    }
    if (eightBit && !offers("8BITMIME") && !utf8Addresses) {
        refuse(Cause::EightBitUnsupported,
               tr("The message contains 8-bit data, which the server cannot take (no 8BITMIME)."));
        return;
    }
    // RFC 1870: refuse here what the server would refuse after the upload.
    const qint64 limit = m_extensions.value("SIZE").value(0).toLongLong();
    if (limit > 0 && m_prepared.size() > limit) {
        refuse(Cause::MessageTooLarge,
               tr("The message (%1 bytes) is larger than the server accepts (%2 bytes).")
                   .arg(m_prepared.size())
                   .arg(limit));
        return;
    }
    QByteArray mail = "MAIL FROM:<" + m_sender + '>';
    if (offers("SIZE"))
        mail += " SIZE=" + QByteArray::number(m_prepared.size());
    if (eightBit && offers("8BITMIME"))
        mail += " BODY=8BITMIME";
    if (utf8Addresses)
        mail += " SMTPUTF8";
    m_envelope = {{mail, {}}};
    for (const QByteArray &recipient : m_recipients)
        m_envelope.append({"RCPT TO:<" + recipient + '>', QString::fromUtf8(recipient)});
    m_envelopeSent = 0;
    m_envelopeReplies.clear();
    // RFC 2920: MAIL and every RCPT in one write; DATA waits for their replies, so that a
    // refused recipient never leads to a message sent to the others.
    const bool pipelining = m_settings.usePipelining && offers("PIPELINING");
    const qsizetype count = pipelining ? m_envelope.size() : 1;
    for (; m_envelopeSent < count; ++m_envelopeSent)
        send(m_envelope.at(m_envelopeSent).line);
    m_watchdog.start(m_settings.commandTimeoutMs);
}

void SmtpSession::handleEnvelope(const SmtpReply &reply)
{
    m_envelopeReplies.append(reply);
    if (reply.code == 421) { // the server is closing now; the other replies will not come
        failWithReply(reply, tr("The server closed the connection."));
        return;
    }
    const bool mailRefused = m_envelopeReplies.first().code != 250;
    if (m_envelopeReplies.size() < m_envelope.size()) {
        if (m_envelopeSent == m_envelopeReplies.size() && !mailRefused) {
            send(m_envelope.at(m_envelopeSent++).line); // one at a time without PIPELINING
            m_watchdog.start(m_settings.commandTimeoutMs);
            return;
        }
        if (m_envelopeSent > m_envelopeReplies.size())
            return; // pipelined: more replies to come
    }
    if (mailRefused) {
        m_envelopeReplies = {m_envelopeReplies.first()}; // Stage::Mail
        failWithReply(m_envelopeReplies.first(), tr("The server refused the sender address."));
        return;
    }
    // A permanent refusal anywhere decides over a temporary one: a retry cannot fix it.
    qsizetype temporary = -1;
    for (qsizetype i = 1; i < m_envelopeReplies.size(); ++i) {
        const SmtpReply &r = m_envelopeReplies.at(i);
        if (r.code == 250 || r.code == 251)
            continue;
        if (!r.isTemporary()) {
            failWithReply(r,
                          tr("The server refused the recipient %1; the message was sent to "
                             "nobody.")
                              .arg(m_envelope.at(i).recipient),
                          m_envelope.at(i).recipient);
            return;
        }
        if (temporary < 0)
            temporary = i;
    }
    if (temporary > 0) {
        failWithReply(m_envelopeReplies.at(temporary),
                      tr("The server cannot take the recipient %1 now; the message was sent to "
                         "nobody.")
                          .arg(m_envelope.at(temporary).recipient),
                      m_envelope.at(temporary).recipient);
        return;
    }
    m_state = State::Data;
    send("DATA");
    m_watchdog.start(m_settings.dataInitiationTimeoutMs);
}

void SmtpSession::handleData(const SmtpReply &reply)
{
    if (reply.code != 354) {
        failWithReply(reply, tr("The server refused to take the message."));
        return;
    }
    m_state = State::Message;
    qCDebug(lcSmtp).noquote() << "C: <the message," << m_data.size() << "octets, and \".\">";
    m_transport->write(m_data);
    // From here a lost reply means the server may have the message.
    m_dotSent = true;
    m_watchdog.start(m_settings.dataBlockTimeoutMs + m_settings.dataTerminationTimeoutMs);
}

void SmtpSession::handleMessage(const SmtpReply &reply)
{
    if (reply.code != 250) {
        failWithReply(reply, tr("The server refused the message."));
        return;
    }
    finish({Kind::Accepted,
            Stage::Message,
            Cause::ServerReply,
            tr("The message was sent."),
            reply.code,
            reply.enhancedCode,
            reply.text(),
            {},
            {},
            {}},
           true);
}

// --- endings --------------------------------------------------------------------------------

void SmtpSession::failWithReply(const SmtpReply &reply, const QString &message,
                                const QString &recipient)
{
    SmtpOutcome outcome {reply.isTemporary() ? Kind::Temporary : Kind::Rejected,
                         stage(),
                         Cause::ServerReply,
                         message,
                         reply.code,
                         reply.enhancedCode,
                         reply.text(),
                         recipient,
                         {},
                         {}};
    if (!outcome.serverText.isEmpty())
        outcome.message += u' '
            + tr("The server said: %1")
                  .arg(QString::fromUtf8(
                      (reply.enhancedCode.isEmpty() ? QByteArray() : reply.enhancedCode + ' ')
                      + outcome.serverText));
    // 421: the server is closing the connection; QUIT would only be written into the void.
    finish(std::move(outcome), reply.code != 421);
}

void SmtpSession::refuse(Cause cause, const QString &message)
{
    finish({Kind::Rejected, stage(), cause, message, 0, {}, {}, {}, {}, {}}, true);
}

void SmtpSession::failLink(Cause cause, const QString &message)
{
    SmtpOutcome outcome {m_dotSent ? Kind::MayHaveBeenSent : Kind::Temporary,
                         stage(),
                         cause,
                         message,
                         0,
                         {},
                         {},
                         {},
                         {},
                         {}};
    if (m_dotSent)
        outcome.message += u' '
            + tr("The link was lost after the whole message had gone out, so the server may have "
                 "accepted it: check before sending it again.");
    m_transport->abort();
    finish(std::move(outcome), false);
}

void SmtpSession::finish(SmtpOutcome outcome, bool sendQuit)
{
    if (m_state == State::Done)
        return;
    m_watchdog.stop();
    if (sendQuit)
        send("QUIT");
    m_state = State::Done;
    m_sasl.reset();
    qCDebug(lcSmtp) << "finished:" << static_cast<int>(outcome.kind) << outcome.message;
    Q_EMIT finished(outcome);
}

} // namespace satchel::smtp

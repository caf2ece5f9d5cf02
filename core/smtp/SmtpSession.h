#pragma once

// Why a client of our own rather than libcurl's SMTP (issue 23 item 4): it is event-loop friendly
// by construction (a state machine driven by the transport's signals, no thread, no multi handle
// to pump), and it sits on the seams the POP3 engine already proved: the same pop3::Transport
// (SslSocketTransport in production, so the same certificate pinning and private CAs), the same
// SaslMechanism implementations (SCRAM, PLAIN, LOGIN, XOAUTH2, OAUTHBEARER), the same redaction
// of secrets in the log, and the same scripted fake-server testing over real TCP and TLS. With
// libcurl each of those would be a second implementation, and the outcome this class must
// report exactly (accepted, refused, temporary, or "may have been sent" after the final dot) is
// not something CURLE_* codes distinguish.

#include "smtp/SmtpOutcome.h"
#include "smtp/SmtpReplyReader.h"
#include "smtp/SmtpSettings.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace satchel::pop3 {
class SaslMechanism;
class Transport;
} // namespace satchel::pop3

namespace satchel::smtp {

// One message submission (RFC 6409) over one connection:
//
//   Connecting -> Greeting (220) -> Ehlo (250) -> [StartTls (220) -> handshake -> Ehlo again]
//   -> [Auth (334...235)] -> Envelope (MAIL, each RCPT; pipelined when offered) -> Data (354)
//   -> Message (250 to the final ".") -> QUIT, finished(Accepted).
//
// Any other ending is finished() with the outcome's kind saying what the outbox must do. EHLO
// refused ends it: HELO is never tried, since submission needs EHLO's extensions (STARTTLS, AUTH).
// One refused RCPT refuses the whole message (nothing is sent to the others): a message that
// reached only some recipients surprises its author more than one sent again after a fix.
// finished() comes exactly once. Nothing blocks; a watchdog with RFC 5321's timeouts bounds
// every wait; cancel() works at any moment.
class SmtpSession : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        Connecting,
        Greeting,
        Ehlo,
        StartTls,
        StartTlsHandshake,
        Auth,
        Envelope,
        Data,
        Message,
        Done,
    };
    Q_ENUM(State)

    // Production: a QSslSocket transport with the settings' CA certificates and pin.
    explicit SmtpSession(SmtpSettings settings, QObject *parent = nullptr);
    SmtpSession(SmtpSettings settings, std::unique_ptr<pop3::Transport> transport,
                QObject *parent = nullptr);
    ~SmtpSession() override;

    // Submits `message` (RFC 5322 bytes; any line ends) from `sender` to the envelope
    // `recipients` (To, Cc and Bcc). A Bcc header in `message` is removed before it is sent.
    void submit(const QString &sender, const QStringList &recipients, const QByteArray &message);
    // Ends at once; finished(Cancelled) follows, MayHaveBeenSent if the final "." was out.
    void cancel();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isEncrypted() const;
    // EHLO's keywords, upper case, with their parameters (the last EHLO's).
    [[nodiscard]] const QHash<QByteArray, QList<QByteArray>> &extensions() const
    {
        return m_extensions;
    }
    // The SASL mechanism used, e.g. "SCRAM-SHA-256"; empty without AUTH.
    [[nodiscard]] QByteArray authenticationUsed() const { return m_authUsed; }
    // The octets the message body had on the wire, before dot-stuffing: what Sent should keep
    // (plus the Bcc header, which is the caller's to keep).
    [[nodiscard]] const QByteArray &preparedMessage() const { return m_prepared; }

Q_SIGNALS:
    void finished(const satchel::smtp::SmtpOutcome &outcome);

private:
    struct EnvelopeCommand
    {
        QByteArray line;
        QString recipient; // empty for MAIL
    };

    void connectTransport();
    void send(const QByteArray &line, const QByteArray &logged = {});
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onTransportFailed(int failure, const QString &detail, const QList<QSslError> &errors,
                           const QList<QSslCertificate> &chain);
    void onTimeout();

    void handleReply(const SmtpReply &reply);
    void sendEhlo();
    void handleEhlo(const SmtpReply &reply);
    void startAuthentication();
    void handleAuth(const SmtpReply &reply);
    void startEnvelope();
    void handleEnvelope(const SmtpReply &reply);
    void handleData(const SmtpReply &reply);
    void handleMessage(const SmtpReply &reply);

    [[nodiscard]] bool offers(const QByteArray &keyword) const
    {
        return m_extensions.contains(keyword);
    }
    [[nodiscard]] SmtpOutcome::Stage stage() const;
    // The server said no: 4xx temporary, 5xx (or anything else) permanent. QUIT follows.
    void failWithReply(const SmtpReply &reply, const QString &message,
                       const QString &recipient = {});
    // Refused on this side, with the connection still usable: QUIT follows.
    void refuse(SmtpOutcome::Cause cause, const QString &message);
    // The link is unusable (dropped, timed out, garbage): aborted, nothing more is sent.
    void failLink(SmtpOutcome::Cause cause, const QString &message);
    void finish(SmtpOutcome outcome, bool sendQuit);

    SmtpSettings m_settings;
    std::unique_ptr<pop3::Transport> m_transport;
    SmtpReplyReader m_reader;
    QTimer m_watchdog;
    State m_state = State::Idle;
    QHash<QByteArray, QList<QByteArray>> m_extensions;
    std::unique_ptr<pop3::SaslMechanism> m_sasl;
    QByteArray m_authUsed;
    QByteArray m_sender;
    QList<QByteArray> m_recipients;
    QByteArray m_prepared;
    QByteArray m_data; // dot-stuffed, with the final "."
    QList<EnvelopeCommand> m_envelope;
    qsizetype m_envelopeSent = 0;
    QList<SmtpReply> m_envelopeReplies;
    bool m_dotSent = false;
};

} // namespace satchel::smtp

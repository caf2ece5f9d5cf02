#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace satchel::smtp {

// How one submission ended. The outbox acts on `kind` alone: the four cases are the four
// different things it must do with the message.
struct SmtpOutcome
{
    enum class Kind {
        // 250 to the final "." of DATA: the server took responsibility for the message.
        Accepted,
        // A permanent refusal (5xx, or refused here before upload: too large, no STARTTLS, an
        // untrusted certificate, no usable AUTH). Retrying the same thing will not help: the
        // message goes back to the user with `serverText`.
        Rejected,
        // A 4xx reply, or the link lost / timed out before the final "." was handed over. The
        // server has not got the message: retry later with backoff.
        Temporary,
        // The final "." was handed to the link, and then the link dropped or the reply timed out.
        // The server may have accepted it: never resend silently, ask the user to check.
        MayHaveBeenSent,
    };

    // Where the conversation was when it ended, for the details and for the outbox to tell an
    // account problem (Greeting..Auth) from a message problem (Mail..Message).
    enum class Stage {
        Connect,
        Greeting,
        Ehlo,
        StartTls,
        Auth,
        Mail,
        Rcpt,
        Data,
        Message, // after the message's final "."
    };

    // Why, beyond the server's reply: what went wrong on this side.
    enum class Cause {
        ServerReply, // the server's reply says it: see replyCode, enhancedCode, serverText
        HostNotFound,
        ConnectionRefused,
        Network, // the link dropped
        Timeout,
        CertificateRejected, // see certificateErrors and certificateChain
        Tls,
        StartTlsUnavailable, // port 587 without STARTTLS: never continued in plain text
        InsecureAuthRefused, // only mechanisms that would send the password unencrypted
        NoMechanism, // no AUTH mechanism both sides speak
        InvalidInput, // an address or credential with a line break; no recipients
        MessageTooLarge, // over the server's SIZE, refused before MAIL
        EightBitUnsupported, // 8-bit data or UTF-8 addresses that the server cannot take
        Protocol, // the server broke the protocol
        Cancelled,
    };

    Kind kind = Kind::Temporary;
    Stage stage = Stage::Connect;
    Cause cause = Cause::ServerReply;
    QString message; // for people, translated
    int replyCode = 0; // the server's, 0 when none
    QByteArray enhancedCode; // RFC 3463, e.g. "5.1.1", when the server sent one
    QByteArray serverText; // the server's words, all lines joined
    QString recipient; // Stage::Rcpt: the refused recipient (the first one)
    QList<QSslError> certificateErrors;
    QList<QSslCertificate> certificateChain;

    [[nodiscard]] bool isAccepted() const { return kind == Kind::Accepted; }
};

} // namespace satchel::smtp

Q_DECLARE_METATYPE(satchel::smtp::SmtpOutcome)

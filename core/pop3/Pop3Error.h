#pragma once

#include "pop3/ResponseCode.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace satchel::pop3 {

// Why a session or a command failed. Each kind is a different thing for the user to do, which is
// why they are distinct: try later, fix the password, look at a certificate, fix the settings.
enum class ErrorKind {
    None,
    HostNotFound, // the name does not resolve
    ConnectionRefused, // nothing listens there
    Network, // any other socket error, including a dropped link
    Timeout, // connect, handshake or a command took longer than allowed
    CertificateRejected, // the chain or host name did not verify; see certificateErrors
    Tls, // the TLS handshake failed for another reason
    StlsUnavailable, // STLS required but not offered, or refused
    InsecureAuthRefused, // only mechanisms that would expose the password in clear
    NoMechanism, // no authentication method both sides speak
    InvalidCredentials, // a user name or password that cannot be sent (a line break in it)
    AuthenticationFailed, // [AUTH], or -ERR to the credentials
    InUse, // [IN-USE]: try later
    LoginDelay, // [LOGIN-DELAY]: try later
    TemporaryFailure, // [SYS/TEMP]: try later
    PermanentFailure, // [SYS/PERM]: a person must act
    Protocol, // the server broke the protocol (garbage, malformed lists)
    CommandFailed, // -ERR to a transaction command; the session goes on
    MessageTooLarge, // a message over the size limit; it was skipped, the session goes on
    Cancelled,
};

struct Pop3Error
{
    ErrorKind kind = ErrorKind::None;
    QString message; // for people, translated
    ResponseCode code = ResponseCode::None;
    QByteArray serverText; // what the server said, for the details view
    QList<QSslError> certificateErrors;
    QList<QSslCertificate> certificateChain;

    [[nodiscard]] bool isError() const { return kind != ErrorKind::None; }
    // Try-later conditions are reported quietly and retried by the scheduler.
    [[nodiscard]] bool isTemporary() const
    {
        return kind == ErrorKind::InUse || kind == ErrorKind::LoginDelay
            || kind == ErrorKind::TemporaryFailure || kind == ErrorKind::Timeout
            || kind == ErrorKind::Network || kind == ErrorKind::ConnectionRefused;
    }
};

} // namespace satchel::pop3

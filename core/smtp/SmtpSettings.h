#pragma once

#include "pop3/Security.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace satchel::smtp {

// RFC 5321 4.5.3.2's minimum timeouts: generous on purpose, because a server may run its
// content checks (spam, virus) while the client waits, the final "." above all.
inline constexpr int GreetingTimeoutMs = 5 * 60'000;
inline constexpr int MailTimeoutMs = 5 * 60'000;
inline constexpr int RcptTimeoutMs = 5 * 60'000;
inline constexpr int DataInitiationTimeoutMs = 2 * 60'000;
inline constexpr int DataBlockTimeoutMs = 3 * 60'000;
inline constexpr int DataTerminationTimeoutMs = 10 * 60'000;
// EHLO, STARTTLS, AUTH, RSET, QUIT: RFC 5321 names none; the MAIL one is as generous.
inline constexpr int CommandTimeoutMs = 5 * 60'000;
inline constexpr int ConnectTimeoutMs = 30'000;

struct SmtpSettings
{
    QString host;
    quint16 port = 587;
    // StartTls (587, RFC 6409) or ImplicitTls (465, RFC 8314). None only with allowPlaintext.
    pop3::Security security = pop3::Security::StartTls;
    // Security::None is refused unless this is set: for tests against a plain fake server.
    bool allowPlaintext = false;

    // Empty: no AUTH (a server that relays for its own network).
    QString user;
    QString secret; // password or OAuth token; never logged
    bool secretIsOAuthToken = false;
    bool oauthInitialResponse = false; // as pop3::SessionSettings

    // The EHLO argument. Empty: the address literal "[127.0.0.1]", valid syntax (RFC 5321
    // 4.1.3) that tells the server nothing about this machine; submission servers authenticate
    // the user, not the name.
    QByteArray heloDomain;

    QByteArray acceptedCertificateSha256; // the pinned certificate, as for POP3
    QList<QSslCertificate> caCertificates;

    bool usePipelining = true; // MAIL and RCPT together when the server offers PIPELINING

    // RFC 5321 4.5.3.2; tests may shorten them.
    int connectTimeoutMs = ConnectTimeoutMs;
    int greetingTimeoutMs = GreetingTimeoutMs;
    int commandTimeoutMs = CommandTimeoutMs;
    int dataInitiationTimeoutMs = DataInitiationTimeoutMs;
    int dataBlockTimeoutMs = DataBlockTimeoutMs;
    int dataTerminationTimeoutMs = DataTerminationTimeoutMs;
};

} // namespace satchel::smtp

#pragma once

#include "pop3/LoginMethod.h"
#include "pop3/Security.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <optional>

namespace satchel::pop3 {

struct SessionSettings
{
    QString host;
    quint16 port = 995;
    Security security = Security::ImplicitTls;

    QString user;
    QString secret; // password or OAuth token; never logged
    bool secretIsOAuthToken = false;
    // XOAUTH2 / OAUTHBEARER: the token on the AUTH line (RFC 5034 initial response) rather than
    // after the server's "+". Off by default: Microsoft's POP server takes only the latter; the
    // provider presets say which form each server accepts.
    bool oauthInitialResponse = false;
    LoginMethod loginMethod;
    // With the automatic choice: the method that worked last time, tried first. When the server
    // refuses it, the session probes again from the strongest.
    LoginMethod rememberedLogin;
    // Over an unencrypted connection (Security::None), a password may be sent in clear (USER/PASS,
    // PLAIN, LOGIN) only when this is set too; challenge-response methods never expose it.
    bool allowCleartextPassword = false;

    // The SHA-256 of the one certificate the user accepted although it did not verify.
    QByteArray acceptedCertificateSha256;
    // Extra trust anchors (a private CA, or a test certificate), added to the system's.
    QList<QSslCertificate> caCertificates;

    bool usePipelining = true; // when the server advertises PIPELINING
    // Commands in flight at most, refilled at half. Commands are a few bytes each; the answers
    // are bounded by the reader (ThreadedTransport's inbox, TCP flow control), not by this.
    int pipelineWindow = 128;

    int connectTimeoutMs = 30'000;
    int handshakeTimeoutMs = 30'000;
    // The longest silence allowed while a response is awaited; a large RETR that keeps
    // arriving never trips it.
    int commandTimeoutMs = 60'000;

    qsizetype maxLineLength = 64 * 1024;
    qsizetype maxMessageSize = qsizetype(256) * 1024 * 1024;
};

} // namespace satchel::pop3

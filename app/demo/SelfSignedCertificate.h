#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace satchel::app {

// A certificate and key made in memory for the demo server, valid for 127.0.0.1 and localhost.
// Nothing is written to disk: the key lives as long as the server and goes with it. Nobody
// trusts it; the demo's client pins its SHA-256 instead (SslSocketTransport's exact exception).
struct SelfSignedCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QString error; // for people; empty on success

    [[nodiscard]] bool isValid() const { return error.isEmpty(); }

    // An EC P-256 key and an X.509 v3 certificate with SAN DNS:localhost, IP:127.0.0.1.
    [[nodiscard]] static SelfSignedCertificate generate(const QString &commonName);
};

} // namespace satchel::app

#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace satchel::test {

// A self-signed certificate for localhost / 127.0.0.1, made at test time with the openssl command
// line (nothing secret is ever checked in). Used by the fake POP3 server's TLS steps and by the
// Dovecot fixture.
class TestCertificate
{
public:
    // Writes cert.pem and key.pem into `directory`. On failure isValid() is false and
    // errorString() names the cause (openssl missing, openssl failed and what it said).
    [[nodiscard]] static TestCertificate
    generate(const QString &directory, const QString &commonName = QStringLiteral("localhost"),
             const QString &subjectAltNames = QStringLiteral("DNS:localhost,IP:127.0.0.1"));

    [[nodiscard]] bool isValid() const { return !m_certificate.isNull() && !m_key.isNull(); }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QSslCertificate certificate() const { return m_certificate; }
    [[nodiscard]] QSslKey privateKey() const { return m_key; }
    [[nodiscard]] QString certificatePath() const { return m_certificatePath; }
    [[nodiscard]] QString keyPath() const { return m_keyPath; }
    // SHA-256 of the DER certificate: what an account pins when the user accepts it.
    [[nodiscard]] QByteArray sha256() const
    {
        return m_certificate.digest(QCryptographicHash::Sha256);
    }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_certificatePath;
    QString m_keyPath;
    QString m_error;
};

} // namespace satchel::test

#pragma once

#include "pop3/Transport.h"

class QSslSocket;

namespace satchel::pop3 {

// QSslSocket with verification always on: the chain and the host name (SNI is the host name).
// The only exception is exact: if the server's leaf certificate has the SHA-256 the user
// accepted, the errors reported for it, and only those, are ignored (STYLE.md item 5).
class SslSocketTransport final : public Transport
{
    Q_OBJECT

public:
    SslSocketTransport(QList<QSslCertificate> extraCaCertificates, QByteArray acceptedSha256,
                       QObject *parent = nullptr);
    ~SslSocketTransport() override;

    void connectToHost(const QString &host, quint16 port, bool implicitTls) override;
    void startTls() override;
    void write(const QByteArray &data) override;
    [[nodiscard]] QByteArray readAll() override;
    [[nodiscard]] bool isEncrypted() const override;
    void abort() override;

private:
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();

    QSslSocket *m_socket = nullptr;
    QString m_host;
    QByteArray m_acceptedSha256;
    QList<QSslError> m_sslErrors;
    QList<QSslCertificate> m_chain;
    bool m_aborted = false;
};

} // namespace satchel::pop3

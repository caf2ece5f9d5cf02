#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace satchel::pop3 {

// The byte stream a session runs over. Production uses SslSocketTransport (QSslSocket); tests
// and the fuzzer inject their own. The session never blocks on it: it reacts to the signals.
class Transport : public QObject
{
    Q_OBJECT

public:
    enum class Failure {
        HostNotFound,
        ConnectionRefused,
        RemoteClosed,
        Network,
        CertificateRejected,
        Tls,
    };
    Q_ENUM(Failure)

    using QObject::QObject;
    ~Transport() override = default;

    // Opens the connection; with `implicitTls` the TLS handshake follows at once and
    // `encrypted()` is what says it is ready, otherwise `connected()`.
    virtual void connectToHost(const QString &host, quint16 port, bool implicitTls) = 0;
    // Upgrades the open plain connection (after STLS +OK); `encrypted()` follows.
    virtual void startTls() = 0;
    virtual void write(const QByteArray &data) = 0;
    [[nodiscard]] virtual QByteArray readAll() = 0;
    [[nodiscard]] virtual bool isEncrypted() const = 0;
    // Closes at once, without waiting for anything; no signal follows.
    virtual void abort() = 0;

Q_SIGNALS:
    void connected();
    void encrypted();
    void readyRead();
    // `errors` and `chain` are set for CertificateRejected, so the UI can show what failed.
    void failed(satchel::pop3::Transport::Failure failure, const QString &detail,
                const QList<QSslError> &errors, const QList<QSslCertificate> &chain);
};

} // namespace satchel::pop3

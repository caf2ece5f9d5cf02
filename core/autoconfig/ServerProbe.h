#pragma once

#include "pop3/Capabilities.h"
#include "pop3/SaslMechanism.h"
#include "pop3/SessionSettings.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace satchel::autoconfig {

// One place to look for a POP3 server.
struct ProbeCandidate
{
    QString host;
    quint16 port = 995;
    pop3::Security security = pop3::Security::ImplicitTls;
    friend bool operator==(const ProbeCandidate &, const ProbeCandidate &) = default;
};

// What one candidate answered.
struct ProbeAttempt
{
    enum class Outcome {
        Works, // a POP3 server, encrypted as asked, certificate verified; CAPA read (if offered)
        CertificateRejected, // a server answered TLS, but its certificate did not verify
        NoTls, // a POP3 server on the plain port that does not offer STLS
        HostNotFound,
        ConnectionRefused,
        Timeout,
        TlsFailed, // the handshake failed for another reason (not TLS at all, old protocol)
        NotPop3, // something answered, but not a POP3 greeting
        NetworkError,
    };

    ProbeCandidate candidate;
    Outcome outcome = Outcome::NetworkError;
    QString detail; // what the socket or server said, untranslated technical text
    QByteArray greeting;
    pop3::Capabilities capabilities; // as read (after STLS when it was used)
    QList<QSslError> certificateErrors;
    QList<QSslCertificate> certificateChain;
};

// The strongest setup found, with how to log in there.
struct ProbeResult
{
    // Set when a server works (or works but for its certificate, see certificateProblem).
    std::optional<ProbeCandidate> best;
    pop3::Capabilities capabilities; // of `best`
    // The strongest login method `best` offers: SASL SCRAM > CRAM-MD5 > PLAIN > LOGIN > USER.
    pop3::LoginMethod loginMethod;
    // `best` works only once the user accepts its certificate.
    bool certificateProblem = false;
    // Some server answered, but only without encryption (no STLS, no port 995).
    bool onlyUnencrypted = false;
    QList<ProbeAttempt> attempts; // every candidate, in the order given

    [[nodiscard]] bool found() const { return best.has_value(); }
};

// Looks for a domain's POP3 server without logging in: connects to each candidate at once,
// reads the greeting and CAPA (with STLS on the plain port), says QUIT and compares. Implicit
// TLS beats STLS; a verified certificate beats an unverified one; then the order given. Never
// sends a user name or password. Nothing blocks; every connection has its own time limit.
class ServerProbe : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // Extra trust anchors (a private CA; the test certificate in tests).
        QList<QSslCertificate> caCertificates;
        int timeoutMs = 15'000; // per candidate: connect, handshake, greeting and CAPA together
    };

    // pop.DOMAIN, mail.DOMAIN and DOMAIN on 995 with implicit TLS, then the same on 110 with STLS.
    [[nodiscard]] static QList<ProbeCandidate> candidatesFor(const QString &domain);

    ServerProbe(QList<ProbeCandidate> candidates, Options options, QObject *parent = nullptr);
    ~ServerProbe() override;

    void start();
    // Stops every connection; finished() is not emitted.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const ProbeResult &result() const { return m_result; }

    // The pure choice, for tests and for callers that collected attempts themselves.
    [[nodiscard]] static ProbeResult choose(const QList<ProbeAttempt> &attempts);

Q_SIGNALS:
    void attemptFinished(const satchel::autoconfig::ProbeAttempt &attempt);
    void finished(const satchel::autoconfig::ProbeResult &result);

private:
    class Connection;
    void onConnectionDone(int index, const ProbeAttempt &attempt);
    void onConnectionClosed();

    QList<ProbeCandidate> m_candidates;
    Options m_options;
    QList<Connection *> m_connections; // children
    QList<std::optional<ProbeAttempt>> m_attempts;
    ProbeResult m_result;
    int m_pending = 0; // attempts not reported yet
    int m_open = 0; // connections not closed yet
    bool m_running = false;
};

} // namespace satchel::autoconfig

Q_DECLARE_METATYPE(satchel::autoconfig::ProbeAttempt)
Q_DECLARE_METATYPE(satchel::autoconfig::ProbeResult)

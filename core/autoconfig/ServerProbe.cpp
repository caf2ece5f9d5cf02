#include "autoconfig/ServerProbe.h"

#include "pop3/ResponseParser.h"
#include "pop3/SslSocketTransport.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

namespace satchel::autoconfig {

namespace {

Q_LOGGING_CATEGORY(lcProbe, "satchel.autoconfig.probe")

using pop3::ResponseParser;
using pop3::Security;
using Outcome = ProbeAttempt::Outcome;

} // namespace

// One candidate: greeting, CAPA, (STLS, handshake, CAPA), QUIT. The POP3 Session cannot stop
// before logging in, and a probe must never send credentials, so this is a small state machine
// of its own over the same transport and response parser.
class ServerProbe::Connection : public QObject
{
public:
    enum class State { Connecting, Greeting, Capa, Stls, Handshake, CapaAfterTls, Quitting, Done };

    Connection(ProbeCandidate candidate, const Options &options,
               std::function<void(const ProbeAttempt &)> done, std::function<void()> closed,
               QObject *parent)
        : QObject(parent)
        , m_transport(options.caCertificates, QByteArray())
        , m_done(std::move(done))
        , m_closed(std::move(closed))
    {
        m_attempt.candidate = std::move(candidate);
        m_timer.setSingleShot(true);
        m_timer.setInterval(options.timeoutMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_state == State::Quitting)
                stop();
            else
                finish(Outcome::Timeout, QStringLiteral("no answer in time"));
        });
        connect(&m_transport, &pop3::Transport::connected, this, [this] {
            if (m_state == State::Connecting)
                expect(State::Greeting, ResponseParser::Expect::SingleLine);
        });
        connect(&m_transport, &pop3::Transport::encrypted, this, [this] {
            if (m_state == State::Connecting)
                expect(State::Greeting, ResponseParser::Expect::SingleLine);
            else if (m_state == State::Handshake)
                send("CAPA", State::CapaAfterTls, ResponseParser::Expect::MultiLine);
        });
        connect(&m_transport, &pop3::Transport::readyRead, this, [this] { onReadyRead(); });
        connect(&m_transport, &pop3::Transport::failed, this,
                [this](pop3::Transport::Failure failure, const QString &detail,
                       const QList<QSslError> &errors, const QList<QSslCertificate> &chain) {
                    onFailed(failure, detail, errors, chain);
                });
    }

    ~Connection() override { m_transport.abort(); }

    // Closes the connection for good; the closed callback runs once, and nothing after it.
    void stop()
    {
        if (m_state == State::Done)
            return;
        m_state = State::Done;
        m_timer.stop();
        m_transport.abort();
        if (m_closed)
            std::exchange(m_closed, nullptr)();
    }

    // No callbacks from here on (the probe is going away or starting over).
    void silence()
    {
        m_closed = nullptr;
        m_done = [](const ProbeAttempt &) {};
        stop();
    }

    void start()
    {
        m_timer.start();
        const ProbeCandidate &c = m_attempt.candidate;
        qCDebug(lcProbe) << "probing" << c.host << c.port;
        m_transport.connectToHost(c.host, c.port, c.security == Security::ImplicitTls);
    }

private:
    void expect(State next, ResponseParser::Expect kind)
    {
        m_state = next;
        m_parser.expect(kind);
    }

    void send(const QByteArray &line, State next, ResponseParser::Expect kind)
    {
        expect(next, kind);
        m_transport.write(line + "\r\n");
    }

    void onReadyRead()
    {
        const QByteArray data = m_transport.readAll();
        if (m_state == State::Done)
            return;
        if (m_state == State::Quitting) {
            stop(); // the answer to QUIT, whatever it is
            return;
        }
        if (m_state == State::Connecting || m_state == State::Handshake) {
            finish(Outcome::NotPop3, QStringLiteral("data before the connection was ready"));
            return;
        }
        m_parser.feed(data);
        while (m_state != State::Done && m_parser.hasResponse())
            handle(m_parser.takeResponse());
        if (m_state != State::Done && m_parser.hasError())
            finish(Outcome::NotPop3, m_parser.errorString());
    }

    void handle(const pop3::Response &response)
    {
        switch (m_state) {
        case State::Greeting:
            if (!response.isOk()) {
                finish(Outcome::NotPop3, QString::fromUtf8(response.text));
                return;
            }
            m_attempt.greeting = response.text;
            send("CAPA", State::Capa, ResponseParser::Expect::MultiLine);
            return;
        case State::Capa:
            m_attempt.capabilities
                = response.isOk() ? pop3::Capabilities::parse(response.body) : pop3::Capabilities();
            if (m_attempt.candidate.security != Security::StartTls) {
                finish(Outcome::Works, {});
            } else if (!m_attempt.capabilities.stls) {
                finish(Outcome::NoTls, QStringLiteral("STLS is not offered"));
            } else {
                send("STLS", State::Stls, ResponseParser::Expect::SingleLine);
            }
            return;
        case State::Stls:
            if (!response.isOk()) {
                finish(Outcome::NoTls, QString::fromUtf8(response.text));
                return;
            }
            if (m_parser.pendingExpectations() != 0 || m_parser.hasResponse()) {
                finish(Outcome::NotPop3, QStringLiteral("data after STLS +OK"));
                return;
            }
            m_state = State::Handshake;
            m_transport.startTls();
            return;
        case State::CapaAfterTls:
            // RFC 2595: what was said before TLS is forgotten.
            m_attempt.capabilities
                = response.isOk() ? pop3::Capabilities::parse(response.body) : pop3::Capabilities();
            finish(Outcome::Works, {});
            return;
        case State::Connecting:
        case State::Handshake:
        case State::Quitting:
        case State::Done:
            return;
        }
    }

    void onFailed(pop3::Transport::Failure failure, const QString &detail,
                  const QList<QSslError> &errors, const QList<QSslCertificate> &chain)
    {
        if (m_state == State::Quitting) {
            stop();
            return;
        }
        if (m_state == State::Done)
            return;
        using F = pop3::Transport::Failure;
        switch (failure) {
        case F::HostNotFound:
            finish(Outcome::HostNotFound, detail);
            return;
        case F::ConnectionRefused:
            finish(Outcome::ConnectionRefused, detail);
            return;
        case F::CertificateRejected:
            m_attempt.certificateErrors = errors;
            m_attempt.certificateChain = chain;
            finish(Outcome::CertificateRejected, detail);
            return;
        case F::Tls:
            finish(Outcome::TlsFailed, detail);
            return;
        case F::RemoteClosed:
            // A server that hangs up before greeting is not a POP3 server we can use.
            finish(m_state == State::Greeting ? Outcome::NotPop3 : Outcome::NetworkError, detail);
            return;
        case F::Network:
            finish(Outcome::NetworkError, detail);
            return;
        }
    }

    void finish(Outcome outcome, const QString &detail)
    {
        if (m_state == State::Done || m_state == State::Quitting)
            return;
        // A server that answered gets a QUIT and a moment to answer it, so it logs a clean
        // end rather than a dropped client; the attempt is reported at once all the same.
        const bool polite = outcome == Outcome::Works || outcome == Outcome::NoTls;
        m_state = State::Quitting;
        m_attempt.outcome = outcome;
        m_attempt.detail = detail;
        qCDebug(lcProbe) << m_attempt.candidate.host << m_attempt.candidate.port << "outcome"
                         << int(outcome) << detail;
        const ProbeAttempt attempt = m_attempt;
        m_done(attempt);
        if (m_state != State::Quitting)
            return; // silenced meanwhile
        if (polite) {
            m_transport.write("QUIT\r\n");
            m_timer.start(2000);
        } else {
            stop();
        }
    }

    pop3::SslSocketTransport m_transport;
    ResponseParser m_parser;
    QTimer m_timer;
    State m_state = State::Connecting;
    ProbeAttempt m_attempt;
    std::function<void(const ProbeAttempt &)> m_done;
    std::function<void()> m_closed;
};

QList<ProbeCandidate> ServerProbe::candidatesFor(const QString &domain)
{
    QString d = domain.trimmed().toLower();
    if (d.endsWith(u'.'))
        d.chop(1);
    if (d.isEmpty())
        return {};
    const QStringList hosts {QStringLiteral("pop.") + d, QStringLiteral("mail.") + d, d};
    QList<ProbeCandidate> candidates;
    for (const QString &host : hosts)
        candidates << ProbeCandidate {host, 995, Security::ImplicitTls};
    for (const QString &host : hosts)
        candidates << ProbeCandidate {host, 110, Security::StartTls};
    return candidates;
}

ServerProbe::ServerProbe(QList<ProbeCandidate> candidates, Options options, QObject *parent)
    : QObject(parent)
    , m_candidates(std::move(candidates))
    , m_options(std::move(options))
{
    qRegisterMetaType<ProbeAttempt>();
    qRegisterMetaType<ProbeResult>();
}

ServerProbe::~ServerProbe()
{
    // The connections are children and go with the probe; none may report into a half-destroyed
    // probe meanwhile.
    for (Connection *connection : std::as_const(m_connections))
        connection->silence();
}

void ServerProbe::start()
{
    cancel();
    m_running = true;
    m_result = ProbeResult();
    m_attempts = QList<std::optional<ProbeAttempt>>(m_candidates.size());
    m_pending = int(m_candidates.size());
    m_open = m_pending;
    if (m_pending == 0) {
        m_running = false;
        Q_EMIT finished(m_result);
        return;
    }
    for (int i = 0; i < m_candidates.size(); ++i) {
        m_connections << new Connection(
            m_candidates.at(i), m_options,
            [this, i](const ProbeAttempt &attempt) { onConnectionDone(i, attempt); },
            [this] { onConnectionClosed(); }, this);
    }
    // Started after all exist: a candidate that fails at once (a bad name) cannot finish the
    // probe before the others began.
    for (Connection *connection : std::as_const(m_connections))
        connection->start();
}

void ServerProbe::cancel()
{
    m_running = false;
    m_pending = 0;
    m_open = 0;
    // Deleted later: cancel() may run inside a connection's own report.
    for (Connection *connection : std::as_const(m_connections)) {
        connection->silence();
        connection->deleteLater();
    }
    m_connections.clear();
}

void ServerProbe::onConnectionDone(int index, const ProbeAttempt &attempt)
{
    if (!m_running || index >= m_attempts.size() || m_attempts.at(index))
        return;
    m_attempts[index] = attempt;
    --m_pending;
    Q_EMIT attemptFinished(attempt);
}

void ServerProbe::onConnectionClosed()
{
    if (!m_running || --m_open > 0)
        return;
    // Every attempt was reported before its connection closed; every server that answered
    // got its QUIT answered (or 2 s to do so), so the caller may delete the probe now.
    QList<ProbeAttempt> all;
    for (const auto &a : std::as_const(m_attempts))
        all << a.value_or(ProbeAttempt {});
    m_result = choose(all);
    m_running = false;
    for (Connection *connection : std::as_const(m_connections))
        connection->deleteLater();
    m_connections.clear();
    Q_EMIT finished(m_result);
}

ProbeResult ServerProbe::choose(const QList<ProbeAttempt> &attempts)
{
    ProbeResult result;
    result.attempts = attempts;
    // Rank: verified beats a certificate problem; implicit TLS beats STLS; then the order given.
    auto rank = [](const ProbeAttempt &a) {
        if (a.outcome != Outcome::Works && a.outcome != Outcome::CertificateRejected)
            return -1;
        int r = a.candidate.security == Security::ImplicitTls ? 2 : 1;
        if (a.outcome == Outcome::Works)
            r += 10;
        return r;
    };
    int bestRank = -1;
    const ProbeAttempt *best = nullptr;
    for (const ProbeAttempt &attempt : attempts) {
        if (attempt.outcome == Outcome::NoTls)
            result.onlyUnencrypted = true;
        const int r = rank(attempt);
        if (r > bestRank) {
            bestRank = r;
            best = &attempt;
        }
    }
    if (!best)
        return result;
    result.onlyUnencrypted = false;
    result.best = best->candidate;
    result.capabilities = best->capabilities;
    result.certificateProblem = best->outcome == Outcome::CertificateRejected;
    // The strongest password mechanism on offer; without SASL, USER/PASS (or whatever the
    // session finds at login: APOP shows only in the greeting, which Automatic also handles).
    if (const auto kind = pop3::chooseSaslMechanism(best->capabilities.sasl, false)) {
        result.loginMethod = pop3::LoginMethod::sasl(*kind);
    } else if (best->capabilities.user) {
        result.loginMethod = pop3::LoginMethod::userPass();
    }
    return result;
}

} // namespace satchel::autoconfig

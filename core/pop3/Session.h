#pragma once

#include "pop3/Capabilities.h"
#include "pop3/Pop3Error.h"
#include "pop3/ResponseParser.h"
#include "pop3/SessionSettings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

namespace satchel::pop3 {

class SaslMechanism;
class Transport;

struct UidlEntry
{
    int number = 0;
    QByteArray uidl;
    friend bool operator==(const UidlEntry &, const UidlEntry &) = default;
};

struct MessageSize
{
    int number = 0;
    qint64 octets = 0;
    friend bool operator==(const MessageSize &, const MessageSize &) = default;
};

// One POP3 session (RFC 1939) as an explicit state machine over an injected transport.
//
// open() connects, secures, authenticates and ends in the TRANSACTION state with opened().
// Transaction commands may be queued at any time before that; they are sent once the session is
// open, several at a time when the server offers PIPELINING (RFC 2449), one at a time otherwise,
// and each answer arrives as its own signal, in the order the commands were queued. -ERR to a
// transaction command is reported with commandFailed() and the session goes on; anything that
// makes the connection unusable ends it with failed(). Deletions are applied by the server only
// when quitDone() arrives (+OK to QUIT): until then a caller must assume none happened.
//
// Nothing blocks: no waitFor*(), a watchdog bounds every wait, cancel() works at any moment.
class Session : public QObject
{
    Q_OBJECT

public:
    /*  Transitions (one switch in handleResponse(); the transport's signals drive the rest):

        Idle          open()                       -> Connecting
        Connecting    connected (plain)            -> Greeting
                      encrypted (implicit TLS)     -> Greeting
        Greeting      +OK                          -> Capa
                      -ERR / garbage               -> Failed (code-typed / Protocol)
        Capa          +OK + list | -ERR            -> Stls       if STLS required and not yet secure
                                                   -> Auth       otherwise
                      STLS required, not offered   -> Failed (StlsUnavailable), nothing sent
        Stls          +OK                          -> StlsHandshake;  -ERR -> Failed
        StlsHandshake encrypted                    -> Capa (asked again, the old answer forgotten)
        Auth          +OK (SASL: server verified)  -> CapaAfterAuth (if CAPA worked) | Transaction
                      -ERR, fallback allowed       -> Auth (the next method; see loginFallback())
                      -ERR                         -> Failed (AuthenticationFailed, InUse, ...)
                      closed while a fallback waits -> Connecting (once; a new transport)
        CapaAfterAuth +OK | -ERR                   -> Transaction, opened()
        Transaction   queued commands, pipelined; QUIT +OK -> Done, quitDone()
        any           transport failure, timeout   -> Failed; cancel() -> Failed (Cancelled)  */
    enum class State {
        Idle,
        Connecting,
        Greeting,
        Capa,
        Stls,
        StlsHandshake,
        AuthUser,
        AuthPass,
        AuthApop,
        AuthSasl,
        CapaAfterAuth,
        Transaction,
        Done,
        Failed,
    };
    Q_ENUM(State)

    enum class Command { Stat, List, Uidl, Top, Retr, Dele, Noop, Rset, Quit };
    Q_ENUM(Command)

    // Production: a QSslSocket transport configured from the settings.
    explicit Session(SessionSettings settings, QObject *parent = nullptr);
    Session(SessionSettings settings, std::unique_ptr<Transport> transport,
            QObject *parent = nullptr);
    ~Session() override;

    // Makes a fresh transport when the login must reconnect (a server that closes the connection
    // after refusing a method). The production constructor sets one; without one the session
    // does not reconnect. Set before open().
    using TransportFactory = std::function<std::unique_ptr<Transport>()>;
    void setTransportFactory(TransportFactory factory) { m_transportFactory = std::move(factory); }

    void open();

    void stat();
    void list();
    void list(int number);
    void uidl();
    void uidl(int number);
    void top(int number, int lines);
    // `sizeHint` (from LIST) lets the body be allocated once.
    void retrieve(int number, qint64 sizeHint = 0);
    void remove(int number);
    // Also the keep-alive a caller sends while its own work keeps it from reading more mail.
    void noop();
    void reset();
    void quit();

    // Ends the session at once, whatever it is doing; failed(Cancelled) follows.
    void cancel();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const Capabilities &capabilities() const { return m_capabilities; }
    [[nodiscard]] QByteArray greeting() const { return m_greeting; }
    [[nodiscard]] bool isEncrypted() const;
    [[nodiscard]] bool isPipelining() const;
    // How the login was done, e.g. "SCRAM-SHA-256", "APOP", "USER".
    [[nodiscard]] QByteArray authenticationUsed() const { return m_authUsed; }
    // The server accepted the login (authenticationUsed() says how).
    [[nodiscard]] bool isLoggedIn() const { return m_loggedIn; }
    // The methods the server refused in this login, in the order they were tried.
    [[nodiscard]] QList<QByteArray> refusedLogins() const { return m_refusedLogins; }
    // The methods the server offers and Satchel speaks but did not try: not allowed on this
    // connection, not the account's chosen one, or not reached. Known once the login started.
    [[nodiscard]] QList<QByteArray> untriedLogins() const;
    [[nodiscard]] int commandsInFlight() const { return static_cast<int>(m_inFlight.size()); }
    // Milliseconds since the last command went to the server (-1 before the first): how long
    // the server has waited for us, if it has answered everything. For a caller's keep-alive.
    [[nodiscard]] qint64 msSinceLastCommand() const
    {
        return m_sinceSend.isValid() ? m_sinceSend.elapsed() : -1;
    }
    [[nodiscard]] const SessionSettings &settings() const { return m_settings; }

Q_SIGNALS:
    void opened();
    void statReceived(int count, qint64 octets);
    void listReceived(const QList<satchel::pop3::MessageSize> &sizes);
    void uidlReceived(const QList<satchel::pop3::UidlEntry> &entries);
    void messageRetrieved(int number, const QByteArray &raw);
    void topRetrieved(int number, const QByteArray &raw);
    void retrieveProgress(int number, qint64 bytesSoFar);
    void messageDeleted(int number);
    void noopDone();
    void resetDone();
    // +OK to QUIT: the server has applied this session's deletions.
    void quitDone();
    void commandFailed(satchel::pop3::Session::Command command, int number,
                       const satchel::pop3::Pop3Error &error);
    void failed(const satchel::pop3::Pop3Error &error);

private:
    struct PendingCommand
    {
        Command command;
        int number = 0; // 0: the command has no message number (or lists all)
        int lines = 0;
        qint64 sizeHint = 0;
    };

    void connectTransport();
    void connectToServer();
    void enqueue(PendingCommand command);
    void pump();
    void send(const QByteArray &line, const QByteArray &logged = {});
    void sendPhase(const QByteArray &line, ResponseParser::Expect expect, State next,
                   const QByteArray &logged = {});

    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onTransportFailed(int failure, const QString &detail, const QList<QSslError> &errors,
                           const QList<QSslCertificate> &chain);
    void onTimeout();

    void handleResponse(const Response &response);
    void handleGreeting(const Response &response);
    void handleCapa(const Response &response);
    void startAuthentication();
    void startLogin(const LoginMethod &method);
    // The methods Satchel speaks that this server offers, strongest first, whatever the security.
    [[nodiscard]] QList<LoginMethod> offeredLogins() const;
    // The automatic choice's order: the offered methods this connection allows, the remembered
    // one first, without those already refused or tried twice.
    [[nodiscard]] QList<LoginMethod> loginCandidates() const;
    // After a refusal: sends the next method and returns true when the policy allows it.
    [[nodiscard]] bool loginFallback(const Response &response);
    void failLogin(Pop3Error error);
    void reconnectForFallback();
    void handleAuthResponse(const Response &response);
    void handleSaslResponse(const Response &response);
    void authenticated();
    // Logged in (and CAPA asked again where it worked): opened(), then the queued commands.
    void enterTransaction();
    void handleTransaction(const Response &response);

    void armWatchdog(int ms);
    void fail(ErrorKind kind, const QString &message, const Response *response = nullptr);
    void fail(Pop3Error error);
    [[nodiscard]] Pop3Error errorFromResponse(ErrorKind fallback, const QString &message,
                                              const Response &response) const;

    SessionSettings m_settings;
    std::unique_ptr<Transport> m_transport;
    ResponseParser m_parser;
    QTimer m_watchdog;
    QElapsedTimer m_sinceSend;
    State m_state = State::Idle;
    Capabilities m_capabilities;
    QByteArray m_greeting;
    QByteArray m_apopTimestamp;
    QByteArray m_authUsed;
    std::unique_ptr<SaslMechanism> m_sasl;
    TransportFactory m_transportFactory;
    LoginMethod m_loginTried; // the method of the attempt in progress
    QList<QByteArray> m_refusedLogins;
    QHash<QByteArray, int> m_loginAttempts; // per method: at most two in one open()
    bool m_fallbackInFlight = false; // a fallback went out and has no answer yet
    bool m_reconnected = false;
    bool m_loggedIn = false;
    QString m_saslAbortReason;
    std::deque<PendingCommand> m_queue;
    std::deque<PendingCommand> m_inFlight;
    bool m_quitQueued = false;
};

} // namespace satchel::pop3

Q_DECLARE_METATYPE(satchel::pop3::Pop3Error)
Q_DECLARE_METATYPE(satchel::pop3::UidlEntry)
Q_DECLARE_METATYPE(satchel::pop3::MessageSize)

#include "pop3/Session.h"

#include "pop3/Apop.h"
#include "pop3/Logging.h"
#include "pop3/SaslMechanism.h"
#include "pop3/Transport.h"

// The login phase of Session: choosing among the methods the server offers, APOP, USER/PASS and
// SASL, and the fallback from a method the server may not have set up for this user (README
// "Command line": the automatic login). The rest of the protocol is in Session.cpp.

namespace satchel::pop3 {

namespace {

// RFC 5034 4: an AUTH line with its initial response must fit in 255 octets; longer ones wait
// for the server's "+".
constexpr qsizetype MaxAuthLineWithInitialResponse = 255;

using Expect = ResponseParser::Expect;

bool sendsPasswordInClear(const LoginMethod &method)
{
    switch (method.kind()) {
    case LoginMethod::Kind::UserPass:
        return true;
    case LoginMethod::Kind::Sasl:
        return saslSendsSecretInClear(*method.saslMechanism());
    case LoginMethod::Kind::Apop:
    case LoginMethod::Kind::Automatic:
        break;
    }
    return false;
}

// Methods that need a secret the server keeps for them (an APOP or CRAM-MD5 secret, SCRAM keys):
// many servers offer them to everyone but have them set up for few users, so a refusal says
// little about the password.
bool mayBeUnsetForUser(const LoginMethod &method)
{
    if (method.kind() == LoginMethod::Kind::Apop)
        return true;
    if (method.kind() != LoginMethod::Kind::Sasl)
        return false;
    switch (*method.saslMechanism()) {
    case SaslMechanismKind::CramMd5:
    case SaslMechanismKind::ScramSha1:
    case SaslMechanismKind::ScramSha256:
        return true;
    default:
        return false;
    }
}

QString joinNames(const QList<QByteArray> &names)
{
    QStringList out;
    for (const QByteArray &name : names)
        out << QString::fromLatin1(name);
    return out.join(QStringLiteral(", "));
}

} // namespace

void Session::startAuthentication()
{
    const bool encrypted = m_transport->isEncrypted();
    const bool cleartextAllowed = encrypted || m_settings.allowCleartextPassword;
    const LoginMethod &chosen = m_settings.loginMethod;

    switch (chosen.kind()) {
    case LoginMethod::Kind::Sasl:
        if (!cleartextAllowed && saslSendsSecretInClear(*chosen.saslMechanism())) {
            fail(ErrorKind::InsecureAuthRefused,
                 tr("Logging in with %1 would send the password unencrypted, which this account "
                    "does not allow.")
                     .arg(chosen.name()));
            return;
        }
        startLogin(chosen);
        return;
    case LoginMethod::Kind::Apop:
        if (m_apopTimestamp.isEmpty()) {
            fail(ErrorKind::NoMechanism,
                 tr("The server does not support APOP (its greeting has no timestamp)."));
            return;
        }
        startLogin(chosen);
        return;
    case LoginMethod::Kind::UserPass:
        if (!cleartextAllowed) {
            fail(ErrorKind::InsecureAuthRefused,
                 tr("Logging in with USER/PASS would send the password unencrypted, which this "
                    "account does not allow."));
            return;
        }
        startLogin(chosen);
        return;
    case LoginMethod::Kind::Automatic:
        break;
    }

    if (m_settings.secretIsOAuthToken) {
        // Providers do not always list XOAUTH2; Thunderbird tries it regardless, and so do we.
        startLogin(LoginMethod::sasl(
            chooseSaslMechanism(m_capabilities.sasl, true).value_or(SaslMechanismKind::XOAuth2)));
        return;
    }
    if (const QList<LoginMethod> candidates = loginCandidates(); !candidates.isEmpty()) {
        startLogin(candidates.first());
        return;
    }
    if (!m_refusedLogins.isEmpty()) {
        // Connected again after a refusal, and the server no longer offers what was left.
        failLogin({ErrorKind::AuthenticationFailed,
                   tr("The server did not accept the login."),
                   ResponseCode::None,
                   {},
                   {},
                   {}});
        return;
    }
    if (!cleartextAllowed) {
        fail(ErrorKind::InsecureAuthRefused,
             tr("The server offers only ways of logging in that would send the password "
                "unencrypted, which this account does not allow."));
        return;
    }
    fail(ErrorKind::NoMechanism,
         tr("The server offers no way of logging in that Satchel supports."));
}

QList<LoginMethod> Session::offeredLogins() const
{
    const auto offered = [this](const LoginMethod &method) {
        switch (method.kind()) {
        case LoginMethod::Kind::Sasl:
            return std::any_of(m_capabilities.sasl.cbegin(), m_capabilities.sasl.cend(),
                               [&method](const QByteArray &name) {
                                   return saslMechanismFromName(name) == method.saslMechanism();
                               });
        case LoginMethod::Kind::Apop:
            return !m_apopTimestamp.isEmpty();
        case LoginMethod::Kind::UserPass:
            // A server that answered CAPA lists USER when it takes it (RFC 2449 6.5); one that
            // did not answer CAPA predates it and takes USER/PASS.
            return !m_capabilities.known || m_capabilities.user;
        case LoginMethod::Kind::Automatic:
            break;
        }
        return false;
    };
    // The order the user is shown, strongest first: the methods that keep the password on this
    // machine (SCRAM, CRAM-MD5, APOP) before those that send it, as Thunderbird ranks them.
    // A server that offers APOP without a secret for this user costs one refusal, once: the
    // method that worked is remembered.
    QList<LoginMethod> list = LoginMethod::choices();
    list.removeIf([&offered](const LoginMethod &method) { return !offered(method); });
    return list;
}

QList<LoginMethod> Session::loginCandidates() const
{
    const bool encrypted = m_transport->isEncrypted();
    const bool cleartextAllowed = encrypted || m_settings.allowCleartextPassword;
    // After a refusal, never a password in clear without TLS, whatever the account allows: the
    // user who got APOP's protection did not agree to lose it silently.
    const bool afterRefusal = !m_refusedLogins.isEmpty();
    QList<LoginMethod> candidates;
    for (const LoginMethod &method : offeredLogins()) {
        const QByteArray name = method.name().toLatin1();
        if (sendsPasswordInClear(method) && (!cleartextAllowed || (afterRefusal && !encrypted)))
            continue;
        if (m_refusedLogins.contains(name) || m_loginAttempts.value(name) >= 2)
            continue;
        candidates << method;
    }
    if (const LoginMethod remembered = m_settings.rememberedLogin; !remembered.isAutomatic()) {
        if (const qsizetype at = candidates.indexOf(remembered); at > 0)
            candidates.move(at, 0);
    }
    return candidates;
}

QList<QByteArray> Session::untriedLogins() const
{
    QList<QByteArray> untried;
    if (m_settings.secretIsOAuthToken)
        return untried;
    // A refused PLAIN, LOGIN or USER/PASS means the server checked the password itself and said
    // no: no other method can do better with the same user name and password.
    const bool clearRefused
        = std::any_of(m_refusedLogins.cbegin(), m_refusedLogins.cend(), [](const QByteArray &n) {
              const auto method = LoginMethod::fromName(QString::fromLatin1(n));
              return method && sendsPasswordInClear(*method);
          });
    if (clearRefused)
        return untried;
    for (const LoginMethod &method : offeredLogins()) {
        const QByteArray name = method.name().toLatin1();
        if (!m_loginAttempts.contains(name))
            untried << name;
    }
    return untried;
}

void Session::startLogin(const LoginMethod &method)
{
    m_loginTried = method;
    const QByteArray name = method.name().toLatin1();
    ++m_loginAttempts[name];
    m_authUsed = name;
    const QByteArray user = m_settings.user.toUtf8();
    switch (method.kind()) {
    case LoginMethod::Kind::Sasl: {
        const SaslMechanismKind kind = *method.saslMechanism();
        SaslCredentials credentials {
            m_settings.user, m_settings.secret, {}, m_settings.host, m_settings.port};
        credentials.bearerInitialResponse = m_settings.oauthInitialResponse;
        m_sasl = createSaslMechanism(kind, credentials);
        QByteArray line = "AUTH " + m_authUsed;
        QByteArray logged = line;
        if (const auto initial = m_sasl->initialResponse()) {
            const QByteArray encoded = initial->isEmpty() ? QByteArray("=") : initial->toBase64();
            if (line.size() + 1 + encoded.size() <= MaxAuthLineWithInitialResponse) {
                line += ' ' + encoded;
                logged += " <redacted>";
            } else {
                // Too long for the AUTH line: start over without it, answering the first "+".
                m_sasl = createSaslMechanism(kind, credentials);
            }
        }
        sendPhase(line, Expect::Auth, State::AuthSasl, logged);
        return;
    }
    case LoginMethod::Kind::Apop:
        sendPhase("APOP " + user + ' ' + apopDigest(m_apopTimestamp, m_settings.secret),
                  Expect::SingleLine, State::AuthApop, "APOP " + user + " <redacted>");
        return;
    case LoginMethod::Kind::UserPass:
        sendPhase("USER " + user, Expect::SingleLine, State::AuthUser);
        return;
    case LoginMethod::Kind::Automatic:
        break;
    }
    Q_UNREACHABLE();
}

bool Session::loginFallback(const Response &response)
{
    m_refusedLogins << m_authUsed;
    if (!m_settings.loginMethod.isAutomatic() || m_settings.secretIsOAuthToken)
        return false; // a method the user chose is the one they get
    switch (response.code) {
    case ResponseCode::InUse:
    case ResponseCode::LoginDelay:
    case ResponseCode::SysTemp:
    case ResponseCode::SysPerm:
        return false; // the server said why, and it is not the method
    case ResponseCode::None:
    case ResponseCode::Auth:
    case ResponseCode::Utf8:
    case ResponseCode::Other:
        break;
    }
    // The remembered method stopped working: probe again from the strongest.
    const bool rememberedRefused = m_refusedLogins.size() == 1
        && !m_settings.rememberedLogin.isAutomatic() && m_loginTried == m_settings.rememberedLogin;
    if (!rememberedRefused && !mayBeUnsetForUser(m_loginTried))
        return false; // a refused password itself: the password is wrong
    const QList<LoginMethod> candidates = loginCandidates();
    if (candidates.isEmpty())
        return false;
    // Where the connection allows it, straight to a method that works whatever the server stores
    // (PLAIN, LOGIN, USER over TLS): SCRAM, CRAM-MD5 and APOP all need the password or a secret of
    // their own on the server, so when one is missing the others mostly are too, and every
    // refusal costs time (Dovecot waits longer after each: 0.5, 4, 8, 15 s). Without TLS, the
    // remaining challenge-response methods are tried in order.
    auto next = candidates.first();
    if (!rememberedRefused) {
        const auto any = std::find_if(candidates.cbegin(), candidates.cend(),
                                      [](const LoginMethod &m) { return !mayBeUnsetForUser(m); });
        if (any != candidates.cend())
            next = *any;
    }
    qCInfo(lcPop3) << "the server refused" << m_authUsed << "; trying" << next.name();
    // RFC 1939 and RFC 5034: after a refused APOP or AUTH the session stays in AUTHORIZATION.
    m_fallbackInFlight = true;
    startLogin(next);
    return true;
}

void Session::failLogin(Pop3Error error)
{
    if (error.kind == ErrorKind::AuthenticationFailed) {
        if (m_refusedLogins.size() > 1)
            error.message
                = tr("%1 (Satchel tried %2.)").arg(error.message, joinNames(m_refusedLogins));
        QList<QByteArray> inClear;
        QList<QByteArray> others;
        for (const QByteArray &name : untriedLogins()) {
            const auto method = LoginMethod::fromName(QString::fromLatin1(name));
            (method && sendsPasswordInClear(*method) && !m_transport->isEncrypted() ? inClear
                                                                                    : others)
                << name;
        }
        if (!others.isEmpty())
            error.message += u' '
                + tr("The server also offers %1, which Satchel did not try: another login method "
                     "may work.")
                      .arg(joinNames(others));
        if (!inClear.isEmpty())
            error.message += u' '
                + tr("The server also offers %1, which would send the password unencrypted; "
                     "Satchel does not fall back to that on its own.")
                      .arg(joinNames(inClear));
    }
    fail(std::move(error));
}

void Session::reconnectForFallback()
{
    qCInfo(lcPop3) << "the server closed the connection after a refused login; connecting again"
                   << "for" << m_authUsed;
    m_reconnected = true;
    m_fallbackInFlight = false;
    // The attempt that got no answer goes again on the new connection (its second try, the
    // last: m_loginAttempts caps it).
    m_transport->disconnect(this);
    m_transport->abort();
    m_transport.release()->deleteLater(); // we may be inside its signal
    m_transport = m_transportFactory();
    connectTransport();
    m_parser.reset();
    m_capabilities = Capabilities();
    m_greeting.clear();
    m_apopTimestamp.clear();
    m_sasl.reset();
    m_saslAbortReason.clear();
    m_state = State::Connecting;
    connectToServer();
}

void Session::handleAuthResponse(const Response &response)
{
    if (!response.isOk()) {
        if (loginFallback(response))
            return;
        failLogin(errorFromResponse(ErrorKind::AuthenticationFailed,
                                    tr("The server did not accept the user name or password: %1")
                                        .arg(QString::fromUtf8(response.text)),
                                    response));
        return;
    }
    if (m_state == State::AuthUser) {
        sendPhase("PASS " + m_settings.secret.toUtf8(), Expect::SingleLine, State::AuthPass,
                  "PASS <redacted>");
        return;
    }
    authenticated();
}

void Session::handleSaslResponse(const Response &response)
{
    switch (response.status) {
    case Response::Status::Continuation: {
        // RFC 5034 requires padded base64 (RFC 4648); Qt alone would also take unpadded text,
        // and a server sending "+ Rubbish" must be cancelled, not answered.
        auto decoded = QByteArray::fromBase64Encoding(response.text,
                                                      QByteArray::AbortOnBase64DecodingErrors);
        SaslMechanism::Step step;
        if (!decoded || response.text.size() % 4 != 0) {
            step.kind = SaslMechanism::Step::Kind::Fail;
            step.error = tr("the server's challenge is not valid base64");
        } else {
            step = m_sasl->respond(*decoded);
        }
        if (step.kind == SaslMechanism::Step::Kind::Fail) {
            // RFC 5034: "*" cancels; the server answers -ERR, and then we report why.
            m_saslAbortReason = step.error;
            send("*");
            return;
        }
        send(step.response.toBase64(), step.response.isEmpty() ? QByteArray() : "<redacted>");
        return;
    }
    case Response::Status::Ok:
        if (!m_sasl->isComplete()) {
            fail(ErrorKind::Protocol,
                 tr("The server accepted the login without proving that it knows the password; "
                    "it may not be the server it claims to be."));
            return;
        }
        authenticated();
        return;
    case Response::Status::Err:
        if (!m_saslAbortReason.isEmpty()) {
            fail(ErrorKind::Protocol,
                 tr("Logging in with %1 failed: %2")
                     .arg(QString::fromLatin1(m_authUsed), m_saslAbortReason));
            return;
        }
        {
            const QString serverMessage = m_sasl->serverMessage();
            if (loginFallback(response))
                return;
            Pop3Error error = errorFromResponse(
                ErrorKind::AuthenticationFailed,
                tr("The server did not accept the login (%1): %2")
                    .arg(QString::fromLatin1(m_authUsed), QString::fromUtf8(response.text)),
                response);
            if (!serverMessage.isEmpty())
                error.serverText = serverMessage.toUtf8();
            failLogin(std::move(error));
        }
        return;
    }
}

void Session::authenticated()
{
    m_sasl.reset();
    m_loggedIn = true;
    qCDebug(lcPop3) << "logged in with" << m_authUsed;
    if (m_capabilities.known) {
        // Asked again: some servers list PIPELINING, EXPIRE or LOGIN-DELAY only now.
        sendPhase("CAPA", Expect::MultiLine, State::CapaAfterAuth);
        return;
    }
    enterTransaction();
}

} // namespace satchel::pop3

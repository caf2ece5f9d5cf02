#include "autoconfig/LoginCheck.h"

#include "pop3/Session.h"

#include <QPointer>

namespace satchel::autoconfig {

using Outcome = LoginCheckResult::Outcome;
using pop3::ErrorKind;
using pop3::Session;

LoginCheck::LoginCheck(pop3::SessionSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_requestedUser(m_settings.user)
{
    qRegisterMetaType<LoginCheckResult>();
}

LoginCheck::~LoginCheck()
{
    cancel();
}

Outcome LoginCheck::outcomeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return Outcome::Ok;
    case ErrorKind::AuthenticationFailed:
    case ErrorKind::InvalidCredentials:
        return Outcome::WrongPassword;
    case ErrorKind::HostNotFound:
    case ErrorKind::ConnectionRefused:
    case ErrorKind::Network:
    case ErrorKind::Timeout:
        return Outcome::Unreachable;
    case ErrorKind::StlsUnavailable:
    case ErrorKind::Tls:
        return Outcome::NoTls;
    case ErrorKind::CertificateRejected:
        return Outcome::CertificateUntrusted;
    case ErrorKind::InsecureAuthRefused:
    case ErrorKind::NoMechanism:
        return Outcome::NoUsableLogin;
    case ErrorKind::InUse:
    case ErrorKind::LoginDelay:
    case ErrorKind::TemporaryFailure:
        return Outcome::TryLater;
    case ErrorKind::PermanentFailure:
    case ErrorKind::Protocol:
    case ErrorKind::CommandFailed:
    case ErrorKind::MessageTooLarge:
    case ErrorKind::Cancelled:
        break;
    }
    return Outcome::Failed;
}

void LoginCheck::start()
{
    cancel();
    m_result = LoginCheckResult();
    m_settings.user = m_requestedUser;
    startSession();
}

void LoginCheck::startSession()
{
    m_uidlAnswered = false;
    m_result.userName = m_settings.user;
    m_result.usersTried << m_settings.user;
    m_session = new Session(m_settings, this);
    connect(m_session, &Session::opened, this, [this] {
        m_result.loggedIn = true;
        m_result.capabilities = m_session->capabilities();
        m_result.authenticationUsed = m_session->authenticationUsed();
        m_result.refusedLogins = m_session->refusedLogins();
        Q_EMIT progress(tr("Logged in; counting the messages on the server..."));
        m_session->stat();
        m_session->uidl();
        m_session->quit();
    });
    connect(m_session, &Session::statReceived, this, [this](int count, qint64 octets) {
        m_result.messageCount = count;
        m_result.octets = octets;
    });
    connect(m_session, &Session::uidlReceived, this, [this] {
        m_uidlAnswered = true;
        m_result.hasUidl = true;
    });
    connect(m_session, &Session::commandFailed, this,
            [this](Session::Command command, int, const pop3::Pop3Error &error) {
                if (command == Session::Command::Uidl) {
                    m_uidlAnswered = true;
                    m_result.hasUidl = false;
                    m_result.serverText = error.serverText;
                }
            });
    connect(m_session, &Session::quitDone, this, [this] {
        finish(m_uidlAnswered && m_result.hasUidl ? Outcome::Ok : Outcome::LacksUidl);
    });
    connect(m_session, &Session::failed, this, &LoginCheck::onFailed);
    if (m_result.usersTried.size() == 1)
        Q_EMIT progress(tr("Connecting to %1...").arg(m_settings.host));
    m_session->open();
}

void LoginCheck::cancel()
{
    if (!m_session)
        return;
    Session *session = m_session;
    m_session = nullptr;
    session->disconnect(this);
    session->deleteLater(); // may be inside one of its own signals
}

bool LoginCheck::tryLocalPart(const pop3::Pop3Error &error)
{
    const qsizetype at = m_settings.user.lastIndexOf(u'@');
    if (error.kind != ErrorKind::AuthenticationFailed || at <= 0 || m_result.usersTried.size() > 1
        || !m_session->untriedLogins().isEmpty())
        return false;
    const QString whole = m_settings.user;
    m_settings.user = whole.left(at);
    Q_EMIT progress(
        tr("The server refused the user name %1; trying %2...").arg(whole, m_settings.user));
    cancel();
    startSession();
    return true;
}

void LoginCheck::onFailed(const pop3::Pop3Error &error)
{
    m_result.refusedLogins = m_session->refusedLogins();
    m_result.untriedLogins = m_session->untriedLogins();
    if (tryLocalPart(error))
        return;
    m_result.detail = error.message;
    m_result.errorKind = error.kind;
    m_result.serverText = error.serverText;
    m_result.certificateErrors = error.certificateErrors;
    m_result.certificateChain = error.certificateChain;
    finish(outcomeFor(error.kind));
}

void LoginCheck::finish(Outcome outcome)
{
    if (!m_session)
        return;
    m_result.outcome = outcome;
    cancel();
    Q_EMIT finished(m_result);
}

} // namespace satchel::autoconfig

#pragma once

#include "pop3/Capabilities.h"
#include "pop3/Pop3Error.h"
#include "pop3/SessionSettings.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace satchel::pop3 {
class Session;
}

namespace satchel::autoconfig {

// What a test login found; each outcome is a different thing for the user to do (Explanations).
struct LoginCheckResult
{
    enum class Outcome {
        Ok, // logged in, STAT and UIDL answered
        WrongPassword,
        Unreachable, // no such host, refused, timed out, network down
        NoTls, // no STLS on offer, or no TLS handshake possible on this port
        CertificateUntrusted, // see certificateErrors and certificateChain
        LacksUidl, // logged in, but the server has no UIDL: leave-on-server cannot work
        NoUsableLogin, // only ways of logging in that would expose the password here
        TryLater, // [IN-USE], [LOGIN-DELAY], [SYS/TEMP]
        Failed, // anything else; `detail` says what
    };

    Outcome outcome = Outcome::Failed;
    bool loggedIn = false;
    QString detail; // the engine's own (translated) message, for a details line
    pop3::ErrorKind errorKind = pop3::ErrorKind::None;
    QByteArray serverText;
    QList<QSslError> certificateErrors;
    QList<QSslCertificate> certificateChain;
    pop3::Capabilities capabilities; // after login
    QByteArray authenticationUsed;
    // The login methods the server refused (before one worked, or before giving up), and those
    // it offers that were not tried: what the explanation suggests instead of the password.
    QList<QByteArray> refusedLogins;
    QList<QByteArray> untriedLogins;
    // The user name that logged in, or the last one tried; with usersTried, whether the local
    // part of an address was tried after the server refused the whole address.
    QString userName;
    QStringList usersTried;
    int messageCount = 0;
    qint64 octets = 0;
    bool hasUidl = false;

    [[nodiscard]] bool ok() const { return outcome == Outcome::Ok; }
};

// Logs in with the given settings, asks STAT and UIDL, and says QUIT: the wizard's "test login".
// Deletes nothing. finished() comes exactly once after start(), unless cancelled.
class LoginCheck : public QObject
{
    Q_OBJECT

public:
    explicit LoginCheck(pop3::SessionSettings settings, QObject *parent = nullptr);
    ~LoginCheck() override;

    void start();
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_session != nullptr; }

    // How a session failure reads as an outcome.
    [[nodiscard]] static LoginCheckResult::Outcome outcomeFor(pop3::ErrorKind kind);

Q_SIGNALS:
    void progress(const QString &step);
    void finished(const satchel::autoconfig::LoginCheckResult &result);

private:
    void startSession();
    void finish(LoginCheckResult::Outcome outcome);
    void onFailed(const pop3::Pop3Error &error);
    // The whole address refused as a user name, and no other login method left to try: many
    // providers want the local part only.
    [[nodiscard]] bool tryLocalPart(const pop3::Pop3Error &error);

    pop3::SessionSettings m_settings;
    QString m_requestedUser; // m_settings.user changes when the local part is tried
    pop3::Session *m_session = nullptr;
    LoginCheckResult m_result;
    bool m_uidlAnswered = false;
};

} // namespace satchel::autoconfig

Q_DECLARE_METATYPE(satchel::autoconfig::LoginCheckResult)

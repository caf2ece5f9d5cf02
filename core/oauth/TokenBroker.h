#pragma once

#include "oauth/OAuthProvider.h"
#include "oauth/TokenGrant.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace satchel::accounts {
class SecretStore;
}

namespace satchel::oauth {

// The tokens of the accounts that sign in with OAuth2. Access tokens live in memory only and are
// refreshed shortly before they expire; refresh tokens live in the keychain (SecretStore) under
// the account's secret key, and where no keychain answers, in memory until Satchel quits.
class TokenBroker : public QObject
{
    Q_OBJECT

public:
    struct TokenReply
    {
        enum class Outcome {
            Ok,
            SignInNeeded, // no refresh token, or the server refused it: a person signs in
            Failed, // the sign-in server could not be asked: try later
        };
        Outcome outcome = Outcome::Ok;
        QString accessToken; // a secret: never logged
        QString message; // for people, when not Ok
        // SignInNeeded because the server refused the stored sign-in (not: there was none).
        bool refused = false;
    };
    using TokenDone = std::function<void(const TokenReply &reply)>;
    // inKeychain false: kept for this session only; `detail` is the keychain's words.
    using KeptDone = std::function<void(bool inKeychain, const QString &detail)>;

    explicit TokenBroker(accounts::SecretStore *secrets, QObject *parent = nullptr);

    // An access token valid for a while yet; refreshed first when it expires within the margin,
    // or always with `forceRefresh` (after the POP3 server refused the one it had). Answers once,
    // never from inside this call.
    void accessToken(qint64 accountId, const QString &secretKey, const OAuthProvider &provider,
                     bool forceRefresh, TokenDone done);
    // What a browser sign-in granted.
    void keepGrant(qint64 accountId, const QString &secretKey, const TokenGrant &grant,
                   KeptDone done);
    // The account is gone or signs in differently (its keychain entry is removed with it).
    void forget(qint64 accountId);

    // How long before its expiry an access token is refreshed (default 5 minutes).
    void setRefreshMarginSeconds(int seconds) { m_marginSeconds = seconds; }
    [[nodiscard]] bool keychainUnavailable() const { return m_keychainUnavailable; }

private:
    struct Access
    {
        QString token;
        QDateTime expiresAt;
    };
    void refreshWith(qint64 accountId, const QString &secretKey, const OAuthProvider &provider,
                     const QString &refreshToken, TokenDone done);
    void keepRefreshToken(qint64 accountId, const QString &secretKey, const QString &refreshToken,
                          KeptDone done);
    static void answerLater(QObject *context, TokenDone done, TokenReply reply);

    accounts::SecretStore *m_secrets;
    QHash<qint64, Access> m_access;
    QHash<qint64, QString> m_sessionRefreshTokens; // no keychain answers: this session only
    bool m_keychainUnavailable = false;
    int m_marginSeconds = 300;
};

} // namespace satchel::oauth

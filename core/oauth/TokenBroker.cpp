#include "oauth/TokenBroker.h"

#include "accounts/SecretStore.h"
#include "oauth/TokenRefresh.h"

#include <QPointer>

namespace satchel::oauth {

using accounts::SecretReply;
using Outcome = TokenBroker::TokenReply::Outcome;

TokenBroker::TokenBroker(accounts::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{ }

void TokenBroker::answerLater(QObject *context, TokenDone done, TokenReply reply)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), reply = std::move(reply)] { done(reply); },
        Qt::QueuedConnection);
}

void TokenBroker::accessToken(qint64 accountId, const QString &secretKey,
                              const OAuthProvider &provider, bool forceRefresh, TokenDone done)
{
    if (!forceRefresh) {
        const auto it = m_access.constFind(accountId);
        // A token without an expiry is used until the server refuses it.
        if (it != m_access.cend()
            && (!it->expiresAt.isValid()
                || QDateTime::currentDateTimeUtc().secsTo(it->expiresAt) > m_marginSeconds)) {
            answerLater(this, std::move(done), TokenReply {Outcome::Ok, it->token, {}});
            return;
        }
    }
    m_access.remove(accountId);
    if (const auto it = m_sessionRefreshTokens.constFind(accountId);
        it != m_sessionRefreshTokens.cend()) {
        refreshWith(accountId, secretKey, provider, *it, std::move(done));
        return;
    }
    if (m_keychainUnavailable) {
        answerLater(this, std::move(done),
                    TokenReply {Outcome::SignInNeeded,
                                {},
                                tr("No keychain answers, so the sign-in is kept only until "
                                   "Satchel quits; sign in again.")});
        return;
    }
    m_secrets->read(secretKey, this,
                    [this, accountId, secretKey, provider,
                     done = std::move(done)](const SecretReply &reply) mutable {
                        if (reply.ok()) {
                            refreshWith(accountId, secretKey, provider, reply.secret,
                                        std::move(done));
                            return;
                        }
                        if (reply.outcome == SecretReply::Outcome::Unavailable)
                            m_keychainUnavailable = true;
                        TokenReply answer {Outcome::SignInNeeded, {}, {}};
                        answer.message = reply.outcome == SecretReply::Outcome::NotFound
                            ? tr("This account has not been signed in yet.")
                            : reply.message;
                        done(answer);
                    });
}

void TokenBroker::refreshWith(qint64 accountId, const QString &secretKey,
                              const OAuthProvider &provider, const QString &refreshToken,
                              TokenDone done)
{
    auto *refresh = new TokenRefresh(provider, refreshToken, this);
    const auto shared = std::make_shared<TokenDone>(std::move(done));
    connect(refresh, &TokenRefresh::refreshed, this,
            [this, refresh, accountId, secretKey, refreshToken, shared](const TokenGrant &grant) {
                refresh->deleteLater();
                m_access.insert(accountId, Access {grant.accessToken, grant.expiresAt});
                // A server that rotates refresh tokens sends a new one each time (RFC 6749
                // section 6); the old one may be dead already.
                if (grant.refreshToken != refreshToken)
                    keepRefreshToken(accountId, secretKey, grant.refreshToken, {});
                (*shared)(TokenReply {Outcome::Ok, grant.accessToken, {}});
            });
    connect(refresh, &TokenRefresh::failed, this,
            [this, refresh, accountId, shared](bool refused, const QString &message) {
                refresh->deleteLater();
                if (refused)
                    m_sessionRefreshTokens.remove(accountId);
                (*shared)(TokenReply {
                    refused ? Outcome::SignInNeeded : Outcome::Failed, {}, message, refused});
            });
    refresh->start();
}

void TokenBroker::keepGrant(qint64 accountId, const QString &secretKey, const TokenGrant &grant,
                            KeptDone done)
{
    m_access.insert(accountId, Access {grant.accessToken, grant.expiresAt});
    keepRefreshToken(accountId, secretKey, grant.refreshToken, std::move(done));
}

void TokenBroker::keepRefreshToken(qint64 accountId, const QString &secretKey,
                                   const QString &refreshToken, KeptDone done)
{
    if (refreshToken.isEmpty()) {
        // Nothing to keep: the access token serves until it expires, then a sign-in follows.
        if (done)
            done(!m_keychainUnavailable, {});
        return;
    }
    if (m_keychainUnavailable) {
        m_sessionRefreshTokens.insert(accountId, refreshToken);
        if (done)
            done(false, {});
        return;
    }
    m_secrets->write(
        secretKey, refreshToken, this,
        [this, accountId, refreshToken, done = std::move(done)](const SecretReply &reply) {
            if (reply.ok())
                m_sessionRefreshTokens.remove(accountId);
            else
                m_sessionRefreshTokens.insert(accountId, refreshToken);
            if (reply.outcome == SecretReply::Outcome::Unavailable)
                m_keychainUnavailable = true;
            if (done)
                done(reply.ok(), reply.message);
        });
}

void TokenBroker::forget(qint64 accountId)
{
    m_access.remove(accountId);
    m_sessionRefreshTokens.remove(accountId);
}

} // namespace satchel::oauth

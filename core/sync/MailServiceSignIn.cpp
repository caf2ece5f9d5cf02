#include "sync/MailService.h"

#include "oauth/BrowserSignIn.h"
#include "oauth/ProviderLookup.h"
#include "oauth/TokenBroker.h"

// MailService's OAuth2 part: an access token before each fetch of an account that signs in with
// the browser, one more refresh after a refusal, and the sign-in itself when none is left. The
// accounts, passwords and fetches are in MailService.cpp.

namespace satchel::sync {

using accounts::AccountSettings;
using Outcome = FetchResult::Outcome;

// --- OAuth2 sign-in -----------------------------------------------------------------------------

Result<oauth::OAuthProvider> MailService::oauthProviderFor(const AccountSettings &a) const
{
    if (m_options.oauthProvider)
        return m_options.oauthProvider(a);
    return oauth::providerFor(a.oauthProvider, a.oauthClientId, a.oauthClientSecret);
}

void MailService::withAccessToken(qint64 accountId, bool forceRefresh, Then then, GaveUp gaveUp)
{
    const std::optional<AccountSettings> a = account(accountId);
    if (!a) {
        gaveUp(FetchResult::endedWith(Outcome::Cancelled));
        return;
    }
    if (!forceRefresh && m_nextAttemptPasswords.contains(accountId)) {
        then(m_nextAttemptPasswords.take(accountId));
        return;
    }
    Result<oauth::OAuthProvider> provider = oauthProviderFor(*a);
    if (!provider) {
        // No client ID, say: a person changes the settings.
        gaveUp(FetchResult::endedWith(Outcome::Refused, provider.error().message));
        return;
    }
    m_tokens->accessToken(
        accountId, a->secretKey(), *provider, forceRefresh,
        [this, accountId, then, gaveUp](const oauth::TokenBroker::TokenReply &reply) {
            using TokenOutcome = oauth::TokenBroker::TokenReply::Outcome;
            switch (reply.outcome) {
            case TokenOutcome::Ok:
                then(reply.accessToken);
                return;
            case TokenOutcome::Failed: // the sign-in server could not be asked
                gaveUp(FetchResult::endedWith(Outcome::TryLater, reply.message));
                return;
            case TokenOutcome::SignInNeeded:
                askToSignIn(accountId,
                            reply.refused ? SignInReason::Expired : SignInReason::NotSignedIn,
                            reply.message, then, gaveUp);
                return;
            }
        });
}

void MailService::signIn(qint64 accountId, std::function<void(const Status &status)> done)
{
    const std::optional<AccountSettings> a = account(accountId);
    if (!a || !a->signsInWithOAuth()) {
        done(Error {Error::Code::Invalid, tr("This account does not sign in with a browser.")});
        return;
    }
    askToSignIn(
        accountId, SignInReason::Requested, QString(), [done](const QString &) { done(Status {}); },
        [done](const FetchResult &r) {
            done(Error {Error::Code::Invalid, r.message});
        });
}

void MailService::keepSignIn(qint64 accountId, const oauth::TokenGrant &grant,
                             std::function<void(bool inKeychain)> done)
{
    const std::optional<AccountSettings> signedIn = account(accountId);
    if (!signedIn)
        return;
    m_oauthRetried.remove(accountId);
    m_tokens->keepGrant(
        accountId, signedIn->secretKey(), grant,
        [this, accountId, name = signedIn->name, done = std::move(done)](bool inKeychain,
                                                                         const QString &why) {
            if (!inKeychain && !m_toldSignInNotStored) {
                m_toldSignInNotStored = true;
                m_prompter->inform({Notice::Kind::SignInNotStored, accountId, name, why});
            }
            if (done)
                done(inKeychain);
        });
}

void MailService::askToSignIn(qint64 accountId, SignInReason reason, const QString &detail,
                              Then then, GaveUp gaveUp)
{
    const std::optional<AccountSettings> a = account(accountId);
    if (!a) {
        gaveUp(FetchResult::endedWith(Outcome::Cancelled));
        return;
    }
    if (const auto waiting = m_signIns.find(accountId); waiting != m_signIns.end()) {
        waiting->second.then << std::move(then);
        waiting->second.gaveUp << std::move(gaveUp);
        return;
    }
    Result<oauth::OAuthProvider> provider = oauthProviderFor(*a);
    if (!provider) {
        gaveUp(FetchResult::endedWith(Outcome::Refused, provider.error().message));
        return;
    }
    auto *signIn = new oauth::BrowserSignIn(*provider, this);
    signIn->setLoginHint(a->address.isEmpty() ? a->user : a->address);
    if (!signIn->start()) {
        const FetchResult failed = FetchResult::endedWith(Outcome::Failed, signIn->errorString());
        delete signIn;
        gaveUp(failed);
        return;
    }
    SignInWait &wait = m_signIns[accountId];
    wait.signIn = signIn;
    wait.then << std::move(then);
    wait.gaveUp << std::move(gaveUp);
    connect(signIn, &oauth::BrowserSignIn::signedIn, this,
            [this, accountId](const oauth::TokenGrant &grant) {
                // Done once the keychain has it: `account login` ends the process right after.
                keepSignIn(accountId, grant, [this, accountId, token = grant.accessToken](bool) {
                    endSignIn(accountId, token, {});
                });
            });
    connect(signIn, &oauth::BrowserSignIn::failed, this, [this, accountId](const QString &why) {
        endSignIn(accountId, std::nullopt, FetchResult::endedWith(Outcome::Authentication, why));
    });

    SignInQuestion question;
    question.accountId = accountId;
    question.accountName = a->name;
    question.login = QStringLiteral("%1@%2").arg(a->user, a->host);
    question.providerName = provider->name;
    question.reason = reason;
    question.detail = detail;
    question.url = signIn->authorizationUrl();
    const QPointer<MailService> self(this);
    const QPointer<oauth::BrowserSignIn> asked(signIn);
    const QString name = a->name;
    m_prompter->askSignIn(question, [self, accountId, asked, name](bool opened) {
        if (!self || opened)
            return;
        // Answered on the event loop, as a password is: never under askToSignIn's feet.
        QMetaObject::invokeMethod(
            self.get(),
            [self, accountId, asked, name] {
                if (!self)
                    return;
                const auto waiting = self->m_signIns.find(accountId);
                if (waiting == self->m_signIns.end() || waiting->second.signIn != asked)
                    return;
                self->endSignIn(accountId, std::nullopt,
                                FetchResult::endedWith(
                                    Outcome::Authentication,
                                    tr("%1 needs you to sign in with your browser.").arg(name)));
            },
            Qt::QueuedConnection);
    });
}

void MailService::endSignIn(qint64 accountId, const std::optional<QString> &accessToken,
                            const FetchResult &failure)
{
    const auto waiting = m_signIns.find(accountId);
    if (waiting == m_signIns.end())
        return;
    const SignInWait wait = std::move(waiting->second);
    m_signIns.erase(waiting);
    wait.signIn->deleteLater();
    if (accessToken) {
        for (const Then &t : wait.then)
            t(*accessToken);
    } else {
        for (const GaveUp &g : wait.gaveUp)
            g(failure);
    }
}

} // namespace satchel::sync

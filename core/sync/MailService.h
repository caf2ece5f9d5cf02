#pragma once

#include "accounts/AccountSettings.h"
#include "oauth/OAuthProvider.h"
#include "oauth/TokenGrant.h"
#include "sync/FetchJob.h"
#include "sync/Prompter.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSslCertificate>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace satchel::accounts {
class SecretStore;
}
namespace satchel::store {
class Archive;
}
namespace satchel::oauth {
class BrowserSignIn;
class TokenBroker;
} // namespace satchel::oauth

namespace satchel::sync {

class FetchRunner;
class NetworkMonitor;
class Scheduler;
class SchedulerClock;

// How a fetch came about. It decides whether "headers only while metered" applies and how the
// fetch is tried again once a person has given a password or accepted a certificate.
enum class FetchKind {
    Check, // the schedule, or a person's "Get mail": through the Scheduler, metered rules apply
    Direct, // at once, exactly as asked (the command line, the demo)
    MarkAllDownloaded, // FetchSettings::markAllAsDownloaded; never tried again by itself
};

// The mail service that the window, the command line and the demo share (DESIGN.md, core/sync):
// the accounts and their secrets, the scheduler, the fetch runners (one per account, off the
// calling thread), "download the rest", and the retry after a password, certificate or sign-in
// question. GUI-free: it asks through a Prompter and reports through its signals; the window's
// MailController keeps only what needs widgets, the command line maps results to exit codes.
//
// Passwords live in the keychain (SecretStore). Where none answers, or the keychain refuses one,
// a password is kept in memory until the service goes, never written down; a password a person
// has just typed is used for the next attempt whether or not it may be remembered.
//
// Lives on the thread of `archive` (the caller's own connection; the runners open theirs from
// its path). `archive`, `secrets` and `prompter` must outlive it.
class MailService : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // Trust anchors added to every session (tests: the test certificate).
        QList<QSslCertificate> extraCaCertificates;
        // Null: the system's network state and clock, made when the schedule is first used (the
        // command line never uses it, and so never loads a network backend).
        NetworkMonitor *network = nullptr;
        SchedulerClock *clock = nullptr;
        // The OAuth2 provider of an account that signs in with one. Null: the built-in presets
        // with the account's or the build's client ID (oauth::providerFor); tests point it at
        // their mock authorization server.
        std::function<Result<oauth::OAuthProvider>(const accounts::AccountSettings &account)>
            oauthProvider;
    };

    MailService(store::Archive *archive, accounts::SecretStore *secrets, Prompter *prompter,
                Options options, QObject *parent = nullptr);
    MailService(store::Archive *archive, accounts::SecretStore *secrets, Prompter *prompter);
    // Cancels what runs and waits for its threads: what was committed stays.
    ~MailService() override;

    [[nodiscard]] store::Archive *archive() const { return m_archive; }

    // --- accounts ---------------------------------------------------------------------------

    // Reads the accounts from the archive again; accountsChanged() follows.
    [[nodiscard]] Status reloadAccounts();
    [[nodiscard]] QList<accounts::AccountSettings> accounts() const { return m_accounts; }
    [[nodiscard]] std::optional<accounts::AccountSettings> account(qint64 accountId) const;
    [[nodiscard]] std::optional<accounts::AccountSettings> accountNamed(const QString &name) const;
    // `wanted`, or "wanted (2)"... when an account already has that name (any case).
    [[nodiscard]] QString uniqueName(const QString &wanted) const;

    // Stores a new account (its password is setPassword()'s); where the schedule runs, the
    // account is checked on its interval from its first getMail() on.
    [[nodiscard]] Result<qint64> addAccount(accounts::AccountSettings settings);
    // Changed settings (and a new password, if given): a check follows where the schedule runs.
    [[nodiscard]] Status updateAccount(const accounts::AccountSettings &settings,
                                       const std::optional<QString> &newPassword = std::nullopt);
    // Stops its fetch, removes it (with its mail, or keeping it) and its password; `done` once
    // the keychain has answered.
    [[nodiscard]] Status removeAccount(qint64 accountId, bool deleteMail,
                                       std::function<void()> done = {});
    // The download history from the UIDLs kept on the stored messages: how many rows it added.
    [[nodiscard]] Result<int> rebuildHistory(qint64 accountId);

    // A password from a person (the wizard, --password-stdin): kept in the keychain, else for
    // this session only; `done` once it is in place, with whether the keychain keeps it.
    void setPassword(qint64 accountId, const QString &password,
                     std::function<void(bool inKeychain)> done = {});
    [[nodiscard]] bool keychainUnavailable() const { return m_keychainUnavailable; }

    // --- OAuth2 sign-in ---------------------------------------------------------------------
    //
    // An account with an OAuth provider gets a fresh access token before each fetch (refreshed
    // shortly before it expires), and one more after the server refused one; when the provider
    // refuses the refresh, or there is no sign-in yet, the Prompter is asked to sign in
    // (SignInQuestion: the browser's address) and the fetch goes on once that is done.

    // Signs the account in now through the browser (the Prompter gets the address); `done` with
    // an Error for people when it did not happen.
    void signIn(qint64 accountId, std::function<void(const Status &status)> done);
    // What a browser sign-in made elsewhere granted (the wizard's, before the account existed):
    // kept exactly as a sign-in of the service's own, in the keychain or for this session only
    // (the Prompter is told once); `done` once it is in place.
    void keepSignIn(qint64 accountId, const oauth::TokenGrant &grant,
                    std::function<void(bool inKeychain)> done = {});

    // --- fetching ---------------------------------------------------------------------------

    // Checks every account now, then each on its interval while online (the window).
    void startSchedule();
    // "Get mail": one account, or every account when accountId is 0 (or names none); through
    // the scheduler, so a fetch already running is not started twice.
    void getMail(qint64 accountId = 0);
    // One account at once. False when it is fetching (or waiting for its password) already, or
    // there is no such account.
    bool fetchNow(qint64 accountId, FetchKind kind = FetchKind::Direct);
    void cancelAll();
    // "Download the rest" of a partial message, on a worker thread like a fetch. An Error (with
    // a message for people) when it cannot start: one is running, no such message, or its
    // account no longer gets mail. restFinished() follows otherwise.
    [[nodiscard]] Status downloadRest(qint64 messageId);

    [[nodiscard]] bool isFetching(qint64 accountId = 0) const;
    [[nodiscard]] bool isDownloadingRest() const { return m_rest || m_restWaiting; }
    // The running fetches together.
    [[nodiscard]] FetchProgress progress() const;
    // Made on first use, with Options::network and ::clock.
    [[nodiscard]] Scheduler *scheduler();

Q_SIGNALS:
    void accountsChanged();
    void fetchStarted(qint64 accountId, satchel::sync::FetchKind kind);
    void fetchProgress(qint64 accountId, const satchel::sync::FetchProgress &progress);
    // Every fetch asked for ends here exactly once, also one that could not start (no password
    // given: Authentication; settings that cannot work: Failed). After an Authentication or
    // Certificate outcome of a Check or Direct fetch the service asks and tries again itself.
    void fetchFinished(qint64 accountId, satchel::sync::FetchKind kind,
                       const satchel::sync::FetchResult &result);
    void restStarted(qint64 messageId, qint64 accountId);
    // result.messageGone: the server no longer has it, so its rest cannot be downloaded.
    void restFinished(qint64 messageId, qint64 accountId, const satchel::sync::FetchResult &result);

private:
    using Then = std::function<void(const QString &password)>;
    // What a fetch ends with when it could not start (no token, settings that cannot work).
    using GaveUp = std::function<void(const FetchResult &result)>;
    struct SignInWait
    {
        oauth::BrowserSignIn *signIn = nullptr;
        QList<Then> then;
        QList<GaveUp> gaveUp;
    };
    struct PasswordRequest
    {
        qint64 accountId = 0;
        PasswordReason reason = PasswordReason::NotStored;
        QString detail;
        QList<Then> then;
        QList<std::function<void()>> gaveUp;
    };
    struct Running
    {
        std::unique_ptr<FetchRunner> runner;
        FetchKind kind = FetchKind::Direct;
        FetchProgress progress;
        QString password; // for the retry after a certificate was accepted; memory only
        bool meteredHeadersOnly = false;
    };

    void withPassword(qint64 accountId, Then then, std::function<void()> gaveUp);
    void queuePasswordQuestion(PasswordRequest request);
    void askNextPassword();
    void passwordAnswered(qint64 accountId, bool keychainWritable,
                          const std::optional<PasswordAnswer> &answer);
    void keepPassword(qint64 accountId, const QString &password,
                      std::function<void(bool inKeychain)> done);
    void noteKeychainUnavailable(const accounts::AccountSettings &account, const QString &detail);
    // After a refusal by the server: ask again, then `retry` with the new password.
    void askAgainAfterRefusal(qint64 accountId, Then retry);
    // After a certificate that did not verify: ask, pin what was accepted, then `retry`.
    void askAboutCertificate(qint64 accountId, const pop3::Pop3Error &error,
                             std::function<void()> retry);

    [[nodiscard]] Result<oauth::OAuthProvider>
    oauthProviderFor(const accounts::AccountSettings &a) const;
    void withAccessToken(qint64 accountId, bool forceRefresh, Then then, GaveUp gaveUp);
    void askToSignIn(qint64 accountId, SignInReason reason, const QString &detail, Then then,
                     GaveUp gaveUp);
    void endSignIn(qint64 accountId, const std::optional<QString> &accessToken,
                   const FetchResult &failure);

    [[nodiscard]] Result<pop3::SessionSettings> sessionFor(const accounts::AccountSettings &a,
                                                           const QString &password) const;
    void fetchDue(qint64 accountId);
    void runFetch(qint64 accountId, const QString &password, FetchKind kind);
    void fetchEnded(qint64 accountId, const FetchResult &result);
    // Keeps the login method that worked for an account on the automatic choice, and forgets it
    // when the login failed, so the next one probes from the strongest.
    void rememberLogin(qint64 accountId, const FetchResult &result);
    void endWithoutFetch(qint64 accountId, FetchKind kind, FetchResult result);
    void retry(qint64 accountId, FetchKind kind);
    void runRest(qint64 messageId, qint64 accountId, const QString &password);
    void restEnded(qint64 messageId, qint64 accountId, const QString &password,
                   const FetchResult &result);

    store::Archive *m_archive;
    accounts::SecretStore *m_secrets;
    Prompter *m_prompter;
    Options m_options;
    Scheduler *m_scheduler = nullptr;

    QList<accounts::AccountSettings> m_accounts;
    std::map<qint64, Running> m_running;
    QSet<qint64> m_waitingForPassword; // fetches asked for, their password not there yet
    std::unique_ptr<FetchRunner> m_rest;
    bool m_restWaiting = false; // "download the rest" asked for, its password not there yet

    // Passwords in memory only: remembered until the service goes, or handed to the next attempt.
    QHash<qint64, QString> m_sessionPasswords;
    QHash<qint64, QString> m_nextAttemptPasswords;
    QSet<qint64> m_passwordRejected; // the server said no to the one we have: ask
    bool m_keychainUnavailable = false;
    bool m_toldNoKeychain = false;
    std::deque<PasswordRequest> m_passwordQueue;
    bool m_asking = false; // a password question is with the prompter

    oauth::TokenBroker *m_tokens;
    std::map<qint64, SignInWait> m_signIns; // one browser sign-in per account at a time
    QSet<qint64> m_oauthRetried; // refused once: the next refusal is not retried
    bool m_toldSignInNotStored = false;
};

} // namespace satchel::sync

Q_DECLARE_METATYPE(satchel::sync::FetchKind)

#include "sync/MailService.h"

#include "accounts/SecretStore.h"
#include "oauth/BrowserSignIn.h"
#include "oauth/TokenBroker.h"
#include "store/Archive.h"
#include "sync/FetchRunner.h"
#include "sync/Scheduler.h"

#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>

namespace satchel::sync {

Q_LOGGING_CATEGORY(lcService, "satchel.sync.service")

using accounts::AccountSettings;
using accounts::SecretReply;
using Outcome = FetchResult::Outcome;

MailService::MailService(store::Archive *archive, accounts::SecretStore *secrets,
                         Prompter *prompter, Options options, QObject *parent)
    : QObject(parent)
    , m_archive(archive)
    , m_secrets(secrets)
    , m_prompter(prompter)
    , m_options(std::move(options))
    , m_tokens(new oauth::TokenBroker(secrets, this))
{
    qRegisterMetaType<FetchResult>();
    qRegisterMetaType<FetchProgress>();
    qRegisterMetaType<FetchKind>();
}

MailService::MailService(store::Archive *archive, accounts::SecretStore *secrets,
                         Prompter *prompter)
    : MailService(archive, secrets, prompter, Options {})
{ }

MailService::~MailService()
{
    // The runners cancel and wait for their threads; what was committed stays.
    m_rest.reset();
    m_running.clear();
}

// --- accounts -----------------------------------------------------------------------------------

Status MailService::reloadAccounts()
{
    Result<QList<AccountSettings>> loaded = accounts::loadAccounts(*m_archive);
    if (!loaded)
        return loaded.error();
    m_accounts = *loaded;
    Q_EMIT accountsChanged();
    return {};
}

std::optional<AccountSettings> MailService::account(qint64 accountId) const
{
    for (const AccountSettings &a : m_accounts) {
        if (a.accountId == accountId)
            return a;
    }
    return std::nullopt;
}

std::optional<AccountSettings> MailService::accountNamed(const QString &name) const
{
    for (const AccountSettings &a : m_accounts) {
        if (a.name == name)
            return a;
    }
    return std::nullopt;
}

QString MailService::uniqueName(const QString &wanted) const
{
    const auto taken = [this](const QString &name) {
        return std::any_of(m_accounts.cbegin(), m_accounts.cend(), [&](const AccountSettings &a) {
            return a.name.compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    if (!taken(wanted))
        return wanted;
    for (int n = 2;; ++n) {
        const QString name = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
        if (!taken(name))
            return name;
    }
}

Result<qint64> MailService::addAccount(AccountSettings settings)
{
    settings.accountId = 0;
    Result<qint64> id = accounts::saveAccount(*m_archive, settings);
    if (!id)
        return id;
    if (Status s = reloadAccounts(); !s)
        return s.error();
    return id;
}

Status MailService::updateAccount(const AccountSettings &settings,
                                  const std::optional<QString> &newPassword)
{
    const std::optional<AccountSettings> old = account(settings.accountId);
    if (!old)
        return Error {Error::Code::NotFound, tr("There is no such account.")};
    AccountSettings toSave = settings;
    // The remembered login belongs to one server and user: kept while they stay, whether or not
    // the caller's copy carried it.
    const bool sameLogin = old->host == settings.host && old->port == settings.port
        && old->security == settings.security && old->user == settings.user
        && old->loginMethod == settings.loginMethod;
    toSave.rememberedLogin = sameLogin ? old->rememberedLogin : pop3::LoginMethod();
    Result<qint64> saved = accounts::saveAccount(*m_archive, toSave);
    if (!saved)
        return saved.error();
    const qint64 id = settings.accountId;
    // The provider or client may have changed: the next fetch refreshes.
    m_tokens->forget(id);
    m_oauthRetried.remove(id);
    if (newPassword) {
        m_passwordRejected.remove(id);
        m_sessionPasswords.remove(id);
        keepPassword(id, *newPassword, {});
    }
    if (Status s = reloadAccounts(); !s)
        return s;
    // Changed settings deserve a check now (the scheduler does it when it runs).
    if (m_scheduler)
        m_scheduler->setAccount(id, settings.checkIntervalMinutes);
    return {};
}

Status MailService::removeAccount(qint64 accountId, bool deleteMail, std::function<void()> done)
{
    const std::optional<AccountSettings> a = account(accountId);
    if (!a)
        return Error {Error::Code::NotFound, tr("There is no such account.")};
    // Its fetch ends first (what it committed stays, or goes with the mail below).
    m_running.erase(accountId);
    m_waitingForPassword.remove(accountId);
    if (m_scheduler)
        m_scheduler->removeAccount(accountId);
    if (Status s = m_archive->removeAccount(accountId, deleteMail); !s)
        return s;
    m_sessionPasswords.remove(accountId);
    m_nextAttemptPasswords.remove(accountId);
    m_passwordRejected.remove(accountId);
    m_tokens->forget(accountId);
    m_oauthRetried.remove(accountId);
    if (const auto wait = m_signIns.find(accountId); wait != m_signIns.end()) {
        wait->second.signIn->deleteLater();
        m_signIns.erase(wait);
    }
    const AccountSettings removed = *a;
    m_secrets->remove(removed.secretKey(), this,
                      [this, removed, done = std::move(done)](const SecretReply &reply) {
                          if (!reply.ok() && reply.outcome != SecretReply::Outcome::NotFound
                              && reply.outcome != SecretReply::Outcome::Unavailable)
                              m_prompter->inform({Notice::Kind::PasswordNotRemoved,
                                                  removed.accountId, removed.name, reply.message});
                          if (done)
                              done();
                      });
    return reloadAccounts();
}

Result<int> MailService::rebuildHistory(qint64 accountId)
{
    if (!account(accountId))
        return Error {Error::Code::NotFound, tr("There is no such account.")};
    // One INSERT ... SELECT over the account's messages: quick enough for a rare action.
    return m_archive->rebuildLedger(accountId);
}

// --- passwords ----------------------------------------------------------------------------------

void MailService::setPassword(qint64 accountId, const QString &password,
                              std::function<void(bool inKeychain)> done)
{
    m_passwordRejected.remove(accountId);
    keepPassword(accountId, password, std::move(done));
}

void MailService::keepPassword(qint64 accountId, const QString &password,
                               std::function<void(bool inKeychain)> done)
{
    const std::optional<AccountSettings> a = account(accountId);
    if (!a)
        return;
    if (m_keychainUnavailable) {
        m_sessionPasswords.insert(accountId, password);
        noteKeychainUnavailable(*a, QString());
        if (done)
            done(false);
        return;
    }
    m_secrets->write(
        a->secretKey(), password, this,
        [this, account = *a, password, done = std::move(done)](const SecretReply &reply) {
            if (!reply.ok()) {
                m_sessionPasswords.insert(account.accountId, password);
                if (reply.outcome == SecretReply::Outcome::Unavailable)
                    noteKeychainUnavailable(account, reply.message);
                else
                    m_prompter->inform({Notice::Kind::PasswordNotStored, account.accountId,
                                        account.name, reply.message});
            }
            if (done)
                done(reply.ok());
        });
}

void MailService::noteKeychainUnavailable(const AccountSettings &account, const QString &detail)
{
    m_keychainUnavailable = true;
    if (m_toldNoKeychain)
        return;
    m_toldNoKeychain = true;
    m_prompter->inform({Notice::Kind::NoKeychain, account.accountId, account.name, detail});
}

void MailService::withPassword(qint64 accountId, Then then, std::function<void()> gaveUp)
{
    const std::optional<AccountSettings> a = account(accountId);
    if (!a) {
        gaveUp();
        return;
    }
    if (m_nextAttemptPasswords.contains(accountId)) {
        then(m_nextAttemptPasswords.take(accountId));
        return;
    }
    PasswordRequest request;
    request.accountId = accountId;
    request.then << std::move(then);
    request.gaveUp << std::move(gaveUp);
    if (m_passwordRejected.contains(accountId)) {
        request.reason = PasswordReason::WrongPassword;
        queuePasswordQuestion(std::move(request));
        return;
    }
    if (const auto it = m_sessionPasswords.constFind(accountId); it != m_sessionPasswords.cend()) {
        request.then.constFirst()(*it);
        return;
    }
    if (m_keychainUnavailable) {
        request.reason = PasswordReason::NoKeychain;
        queuePasswordQuestion(std::move(request));
        return;
    }
    m_secrets->read(a->secretKey(), this,
                    [this, request = std::move(request)](const SecretReply &reply) mutable {
                        switch (reply.outcome) {
                        case SecretReply::Outcome::Ok:
                            for (const Then &t : std::as_const(request.then))
                                t(reply.secret);
                            return;
                        case SecretReply::Outcome::NotFound:
                            request.reason = PasswordReason::NotStored;
                            break;
                        case SecretReply::Outcome::Refused:
                            request.reason = PasswordReason::KeychainRefused;
                            request.detail = reply.message;
                            break;
                        case SecretReply::Outcome::Unavailable:
                            m_keychainUnavailable = true;
                            request.reason = PasswordReason::NoKeychain;
                            request.detail = reply.message;
                            break;
                        }
                        queuePasswordQuestion(std::move(request));
                    });
}

void MailService::queuePasswordQuestion(PasswordRequest request)
{
    // One question per account: a second request waits for the answer to the first.
    for (PasswordRequest &queued : m_passwordQueue) {
        if (queued.accountId == request.accountId) {
            queued.then += request.then;
            queued.gaveUp += request.gaveUp;
            return;
        }
    }
    m_passwordQueue.push_back(std::move(request));
    if (!m_asking)
        askNextPassword();
}

void MailService::askNextPassword()
{
    while (!m_passwordQueue.empty() && !account(m_passwordQueue.front().accountId))
        m_passwordQueue.pop_front(); // removed meanwhile
    if (m_passwordQueue.empty())
        return;
    const PasswordRequest &request = m_passwordQueue.front();
    const AccountSettings a = *account(request.accountId);
    PasswordQuestion question;
    question.accountId = a.accountId;
    question.accountName = a.name;
    question.login = QStringLiteral("%1@%2").arg(a.user, a.host);
    question.reason = request.reason;
    question.detail = request.detail;
    question.keychainWritable = !m_keychainUnavailable
        && request.reason != PasswordReason::KeychainRefused
        && request.reason != PasswordReason::NoKeychain;
    question.firstWithoutKeychain
        = request.reason == PasswordReason::NoKeychain && !m_toldNoKeychain;
    if (request.reason == PasswordReason::NoKeychain)
        m_toldNoKeychain = true;
    m_asking = true;
    // Answered later, on this thread's event loop, even when the prompter answers at once: the
    // queue is never changed under askNextPassword's feet.
    const QPointer<MailService> self(this);
    const bool writable = question.keychainWritable;
    const qint64 accountId = a.accountId;
    m_prompter->askPassword(
        question, [self, accountId, writable](const std::optional<PasswordAnswer> &answer) {
            if (!self)
                return;
            QMetaObject::invokeMethod(
                self.get(),
                [self, accountId, writable, answer] {
                    if (self)
                        self->passwordAnswered(accountId, writable, answer);
                },
                Qt::QueuedConnection);
        });
}

void MailService::passwordAnswered(qint64 accountId, bool keychainWritable,
                                   const std::optional<PasswordAnswer> &answer)
{
    m_asking = false;
    const auto it
        = std::find_if(m_passwordQueue.begin(), m_passwordQueue.end(),
                       [&](const PasswordRequest &r) { return r.accountId == accountId; });
    if (it == m_passwordQueue.end()) {
        askNextPassword();
        return;
    }
    const PasswordRequest done = std::move(*it);
    m_passwordQueue.erase(it);
    if (answer) {
        m_passwordRejected.remove(accountId);
        if (answer->remember && keychainWritable)
            keepPassword(accountId, answer->password, {});
        else if (answer->remember)
            m_sessionPasswords.insert(accountId, answer->password);
        for (const Then &t : done.then)
            t(answer->password);
    } else {
        for (const auto &g : done.gaveUp)
            g();
    }
    askNextPassword();
}

void MailService::askAgainAfterRefusal(qint64 accountId, Then retry)
{
    m_sessionPasswords.remove(accountId);
    m_passwordRejected.insert(accountId);
    withPassword(accountId, std::move(retry), [] {});
}

void MailService::askAboutCertificate(qint64 accountId, const pop3::Pop3Error &error,
                                      std::function<void()> retry)
{
    const std::optional<AccountSettings> a = account(accountId);
    if (!a)
        return;
    CertificateQuestion question;
    question.accountId = accountId;
    question.accountName = a->name;
    question.host = a->host;
    question.error = error;
    question.pinnedSha256 = a->pinnedSha256;
    const QByteArray shown = error.certificateChain.value(0).digest(QCryptographicHash::Sha256);
    question.changed = !a->pinnedSha256.isEmpty() && shown != a->pinnedSha256;
    const QPointer<MailService> self(this);
    m_prompter->askCertificate(
        question, [self, accountId, retry = std::move(retry)](const QByteArray &accepted) {
            if (!self || accepted.isEmpty())
                return;
            std::optional<AccountSettings> current = self->account(accountId);
            if (!current)
                return;
            // Saved as it is, not through updateAccount(): the retry below is the one check.
            current->pinnedSha256 = accepted;
            if (Result<qint64> saved = accounts::saveAccount(*self->m_archive, *current); !saved) {
                qCWarning(lcService)
                    << "the accepted certificate could not be stored:" << saved.error().message;
                return;
            }
            (void)self->reloadAccounts();
            retry();
        });
}

// --- fetching -----------------------------------------------------------------------------------

Scheduler *MailService::scheduler()
{
    if (!m_scheduler) {
        NetworkMonitor *network
            = m_options.network ? m_options.network : new QtNetworkMonitor(this);
        SchedulerClock *clock = m_options.clock ? m_options.clock : new SystemSchedulerClock(this);
        m_scheduler = new Scheduler(network, clock, this);
        connect(m_scheduler, &Scheduler::fetchDue, this, &MailService::fetchDue);
    }
    return m_scheduler;
}

void MailService::startSchedule()
{
    Scheduler *s = scheduler();
    for (const AccountSettings &a : std::as_const(m_accounts))
        s->setAccount(a.accountId, a.checkIntervalMinutes);
    s->start();
}

void MailService::getMail(qint64 accountId)
{
    Scheduler *s = scheduler();
    if (accountId != 0 && account(accountId)) {
        s->setAccount(accountId, account(accountId)->checkIntervalMinutes);
        s->fetchNow(accountId);
        return;
    }
    // Every account (also for an account that does not fetch: mail imported, or kept).
    for (const AccountSettings &a : std::as_const(m_accounts)) {
        s->setAccount(a.accountId, a.checkIntervalMinutes);
        s->fetchNow(a.accountId);
    }
}

bool MailService::fetchNow(qint64 accountId, FetchKind kind)
{
    if (!account(accountId) || m_running.count(accountId)
        || m_waitingForPassword.contains(accountId))
        return false;
    m_waitingForPassword.insert(accountId);
    const Then run = [this, accountId, kind](const QString &secret) {
        m_waitingForPassword.remove(accountId);
        runFetch(accountId, secret, kind);
    };
    const GaveUp gaveUp = [this, accountId, kind](const FetchResult &r) {
        m_waitingForPassword.remove(accountId);
        endWithoutFetch(accountId, kind, r);
    };
    if (account(accountId)->signsInWithOAuth()) {
        withAccessToken(accountId, false, run, gaveUp);
        return true;
    }
    withPassword(accountId, run, [gaveUp] {
        gaveUp(FetchResult::endedWith(Outcome::Authentication,
                                      tr("Satchel needs the password to get mail.")));
    });
    return true;
}

void MailService::fetchDue(qint64 accountId)
{
    if (!fetchNow(accountId, FetchKind::Check) && !m_running.count(accountId)
        && !m_waitingForPassword.contains(accountId)) {
        // No such account any more: the scheduler hears the fetch is over.
        FetchResult r;
        r.outcome = Outcome::Cancelled;
        m_scheduler->fetchFinished(accountId, r);
    }
}

Result<pop3::SessionSettings> MailService::sessionFor(const AccountSettings &a,
                                                      const QString &password) const
{
    Result<pop3::SessionSettings> session = a.sessionSettings();
    if (!session)
        return session;
    session->secret = password;
    session->caCertificates += m_options.extraCaCertificates;
    if (a.signsInWithOAuth()) {
        Result<oauth::OAuthProvider> provider = oauthProviderFor(a);
        if (!provider)
            return provider.error();
        // The form the provider's server accepts (the presets say), unless the account chose.
        session->oauthInitialResponse = provider->initialResponse;
        if (session->loginMethod.isAutomatic())
            session->loginMethod = pop3::LoginMethod::sasl(provider->mechanism);
    }
    return session;
}

void MailService::runFetch(qint64 accountId, const QString &password, FetchKind kind)
{
    const std::optional<AccountSettings> a = account(accountId);
    if (!a || m_running.count(accountId)) {
        FetchResult r;
        r.outcome = Outcome::Cancelled;
        endWithoutFetch(accountId, kind, r);
        return;
    }
    Result<pop3::SessionSettings> session = sessionFor(*a, password);
    if (!session) {
        FetchResult r;
        r.outcome = Outcome::Refused; // the settings cannot work: a person edits them
        r.message = session.error().message;
        endWithoutFetch(accountId, kind, r);
        return;
    }
    FetchRequest request;
    request.archivePath = m_archive->path();
    request.session = *session;
    request.fetch = a->fetchSettings();
    request.fetch.markAllAsDownloaded = kind == FetchKind::MarkAllDownloaded;
    // On a metered link the account may want only the headers; the rest of each message can be
    // had with "download the rest" while it is on the server.
    const bool metered = kind == FetchKind::Check && a->headersOnlyWhenMetered
        && !request.fetch.headersOnly && m_scheduler && m_scheduler->suggestHeadersOnly();
    request.fetch.headersOnly = request.fetch.headersOnly || metered;
    Running &running = m_running[accountId];
    running.runner = std::make_unique<FetchRunner>(std::move(request));
    running.kind = kind;
    running.password = password;
    running.meteredHeadersOnly = metered;
    FetchRunner *runner = running.runner.get();
    connect(runner, &FetchRunner::progress, this, [this, accountId](const FetchProgress &p) {
        if (const auto it = m_running.find(accountId); it != m_running.end())
            it->second.progress = p;
        Q_EMIT fetchProgress(accountId, p);
    });
    connect(runner, &FetchRunner::finished, this,
            [this, accountId](const FetchResult &result) { fetchEnded(accountId, result); });
    runner->start();
    Q_EMIT fetchStarted(accountId, kind);
}

void MailService::fetchEnded(qint64 accountId, const FetchResult &ended)
{
    const auto it = m_running.find(accountId);
    if (it == m_running.end())
        return;
    // Not deleted inside its own signal.
    it->second.runner.release()->deleteLater();
    const QString usedPassword = it->second.password;
    const FetchKind kind = it->second.kind;
    FetchResult result = ended;
    if (it->second.meteredHeadersOnly)
        result.warnings.prepend(tr("headers only (metered connection)"));
    m_running.erase(it);
    rememberLogin(accountId, result);
    const std::optional<AccountSettings> a = account(accountId);
    if (a && a->signsInWithOAuth() && kind != FetchKind::MarkAllDownloaded) {
        if (result.outcome != Outcome::Authentication) {
            m_oauthRetried.remove(accountId);
        } else if (!m_oauthRetried.contains(accountId)) {
            // The server refused the token (revoked early, or its clock differs from ours):
            // once more with a freshly refreshed one before anybody is bothered.
            m_oauthRetried.insert(accountId);
            m_waitingForPassword.insert(accountId);
            withAccessToken(
                accountId, true,
                [this, accountId, kind](const QString &token) {
                    m_waitingForPassword.remove(accountId);
                    runFetch(accountId, token, kind);
                },
                [this, accountId, kind](const FetchResult &r) {
                    m_waitingForPassword.remove(accountId);
                    endWithoutFetch(accountId, kind, r);
                });
            return;
        } else {
            // A fresh token refused too: not a matter of tokens (POP switched off, say).
            m_oauthRetried.remove(accountId);
        }
    }
    if (m_scheduler)
        m_scheduler->fetchFinished(accountId, result);
    Q_EMIT fetchFinished(accountId, kind, result);
    // Marking everything as downloaded is retried only by a person: an ordinary fetch would
    // download what they asked to leave.
    if (kind == FetchKind::MarkAllDownloaded)
        return;
    if (result.outcome == Outcome::Authentication && a && !a->signsInWithOAuth()) {
        askAgainAfterRefusal(accountId, [this, accountId, kind](const QString &password) {
            m_nextAttemptPasswords.insert(accountId, password);
            retry(accountId, kind);
        });
    } else if (result.outcome == Outcome::Certificate) {
        askAboutCertificate(accountId, result.error, [this, accountId, kind, usedPassword] {
            m_nextAttemptPasswords.insert(accountId, usedPassword);
            retry(accountId, kind);
        });
    }
}

void MailService::rememberLogin(qint64 accountId, const FetchResult &result)
{
    std::optional<AccountSettings> a = account(accountId);
    if (!a || !a->loginMethod.isAutomatic())
        return;
    QString remembered = a->rememberedLogin.name();
    if (!result.loginUsed.isEmpty())
        remembered = QString::fromLatin1(result.loginUsed);
    else if (result.outcome == Outcome::Authentication)
        remembered.clear(); // it stopped working: probe from the strongest
    const std::optional<pop3::LoginMethod> method = pop3::LoginMethod::fromName(remembered);
    if (!method || *method == a->rememberedLogin)
        return;
    a->rememberedLogin = *method;
    if (Result<qint64> saved = accounts::saveAccount(*m_archive, *a); !saved) {
        qCWarning(lcService) << "the login method that worked could not be stored:"
                             << saved.error().message;
        return;
    }
    (void)reloadAccounts();
}

void MailService::endWithoutFetch(qint64 accountId, FetchKind kind, FetchResult result)
{
    if (m_scheduler)
        m_scheduler->fetchFinished(accountId, result);
    Q_EMIT fetchFinished(accountId, kind, result);
}

void MailService::retry(qint64 accountId, FetchKind kind)
{
    if (kind == FetchKind::Check)
        scheduler()->fetchNow(accountId);
    else
        fetchNow(accountId, kind);
}

void MailService::cancelAll()
{
    for (auto &[id, running] : m_running)
        running.runner->cancel();
    if (m_rest)
        m_rest->cancel();
}

bool MailService::isFetching(qint64 accountId) const
{
    return accountId == 0 ? !m_running.empty() : m_running.count(accountId) > 0;
}

FetchProgress MailService::progress() const
{
    FetchProgress sum;
    for (const auto &[id, running] : m_running) {
        sum.messagesDone += running.progress.messagesDone;
        sum.messagesTotal += running.progress.messagesTotal;
        sum.bytesDone += running.progress.bytesDone;
        sum.bytesTotal += running.progress.bytesTotal;
    }
    return sum;
}

// --- the rest of a partial message --------------------------------------------------------------

Status MailService::downloadRest(qint64 messageId)
{
    if (isDownloadingRest())
        return Error {Error::Code::Invalid,
                      tr("Satchel is already downloading the rest of a message.")};
    Result<store::MessageRow> row = m_archive->message(messageId);
    if (!row)
        return row.error();
    const qint64 accountId = row->accountId;
    if (!account(accountId))
        return Error {Error::Code::NotFound,
                      tr("The account this message came from no longer gets mail, so the rest of "
                         "the message cannot be downloaded.")};
    m_restWaiting = true;
    const Then run = [this, messageId, accountId](const QString &secret) {
        m_restWaiting = false;
        runRest(messageId, accountId, secret);
    };
    const GaveUp gaveUp = [this, messageId, accountId](const FetchResult &r) {
        m_restWaiting = false;
        Q_EMIT restFinished(messageId, accountId, r);
    };
    if (account(accountId)->signsInWithOAuth()) {
        withAccessToken(accountId, false, run, gaveUp);
        return {};
    }
    withPassword(accountId, run, [gaveUp] {
        gaveUp(FetchResult::endedWith(
            Outcome::Authentication,
            tr("Satchel needs the password to download the rest of the message.")));
    });
    return {};
}

void MailService::runRest(qint64 messageId, qint64 accountId, const QString &password)
{
    const std::optional<AccountSettings> a = account(accountId);
    if (!a || m_rest) {
        FetchResult r; // removed meanwhile (one runs at a time: the caller saw to that)
        r.outcome = Outcome::Cancelled;
        Q_EMIT restFinished(messageId, accountId, r);
        return;
    }
    FetchRequest request;
    request.archivePath = m_archive->path();
    request.fetch = a->fetchSettings();
    request.restMessageId = messageId;
    Result<pop3::SessionSettings> session = sessionFor(*a, password);
    if (!session) {
        FetchResult r;
        r.outcome = Outcome::Refused;
        r.message = session.error().message;
        Q_EMIT restFinished(messageId, accountId, r);
        return;
    }
    request.session = *session;
    m_rest = std::make_unique<FetchRunner>(std::move(request));
    connect(m_rest.get(), &FetchRunner::finished, this,
            [this, messageId, accountId, password](const FetchResult &result) {
                restEnded(messageId, accountId, password, result);
            });
    m_rest->start();
    Q_EMIT restStarted(messageId, accountId);
}

void MailService::restEnded(qint64 messageId, qint64 accountId, const QString &password,
                            const FetchResult &result)
{
    m_rest.release()->deleteLater();
    rememberLogin(accountId, result);
    Q_EMIT restFinished(messageId, accountId, result);
    const auto again
        = [this, messageId, accountId](const QString &pw) { runRest(messageId, accountId, pw); };
    const std::optional<AccountSettings> a = account(accountId);
    if (result.outcome == Outcome::Authentication && a && a->signsInWithOAuth())
        withAccessToken(accountId, true, again, [](const FetchResult &) {});
    else if (result.outcome == Outcome::Authentication)
        askAgainAfterRefusal(accountId, again);
    else if (result.outcome == Outcome::Certificate)
        askAboutCertificate(accountId, result.error, [again, password] { again(password); });
}

} // namespace satchel::sync

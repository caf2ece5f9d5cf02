#include "MailController.h"

#include "AccountEditDialog.h"
#include "AccountsDialog.h"
#include "CertificateDialog.h"
#include "FetchProblemBar.h"
#include "MainWindow.h"
#include "MessageView.h"
#include "RestDownload.h"
#include "accounts/SecretStore.h"
#include "store/Archive.h"
#include "sync/FetchRunner.h"
#include "sync/Scheduler.h"

#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace satchel::ui {

using accounts::AccountSettings;
using accounts::SecretReply;
using sync::FetchResult;
using Outcome = sync::FetchResult::Outcome;

namespace {

// The window's text waits this long after a stored message before it reads the archive again:
// often enough to see mail arrive, seldom enough not to redo the list for every message.
constexpr int kRefreshDelayMs = 1000;

} // namespace

MailController::MailController(MainWindow *window, store::Archive *archive,
                               accounts::SecretStore *secrets, Options options, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_archive(archive)
    , m_secrets(secrets)
    , m_options(std::move(options))
{
    qRegisterMetaType<sync::FetchResult>();
    qRegisterMetaType<sync::FetchProgress>();
    m_network = m_options.network ? m_options.network : new sync::QtNetworkMonitor(this);
    m_clock = m_options.clock ? m_options.clock : new sync::SystemSchedulerClock(this);
    m_scheduler = new sync::Scheduler(m_network, m_clock, this);
    connect(m_scheduler, &sync::Scheduler::fetchDue, this, &MailController::fetchDue);

    m_problems = new FetchProblemBar(m_window);
    m_window->statusBar()->addWidget(m_problems, 1);
    connect(m_problems, &FetchProblemBar::actionRequested, this, &MailController::problemAction);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, m_window, &MainWindow::refresh);

    connect(m_window, &MainWindow::getMailRequested, this, &MailController::getMail);
    connect(m_window, &MainWindow::cancelFetchRequested, this, &MailController::cancelAll);
    connect(m_window, &MainWindow::downloadRestRequested, this, &MailController::downloadRest);
    connect(m_window, &MainWindow::newAccountRequested, this, &MailController::addAccount);
    connect(m_window, &MainWindow::manageAccountsRequested, this, &MailController::manageAccounts);
}

MailController::MailController(MainWindow *window, store::Archive *archive,
                               accounts::SecretStore *secrets)
    : MailController(window, archive, secrets, Options {})
{ }

MailController::~MailController()
{
    // The runners cancel and wait for their threads; what was committed stays.
    m_rest.reset();
    m_running.clear();
    m_window->setAccountActionsEnabled(false);
}

AccountWizard *MailController::wizard() const
{
    return m_wizard;
}

AccountsDialog *MailController::accountsDialog() const
{
    return m_accountsDialog;
}

AccountEditDialog *MailController::editDialog() const
{
    return m_editDialog;
}

PasswordDialog *MailController::passwordDialog() const
{
    return m_passwordDialog;
}

CertificateDialog *MailController::certificateDialog() const
{
    return m_certificateDialog;
}

QMessageBox *MailController::question() const
{
    return m_question;
}

void MailController::start()
{
    reloadAccounts();
    for (const AccountSettings &a : std::as_const(m_accounts))
        m_scheduler->setAccount(a.accountId, a.checkIntervalMinutes);
    m_window->setAccountActionsEnabled(true);
    if (m_options.checkAtStart)
        m_scheduler->start();
    if (m_accounts.isEmpty() && m_options.wizardWhenNoAccount)
        QTimer::singleShot(0, this, &MailController::addAccount);
}

std::optional<AccountSettings> MailController::account(qint64 accountId) const
{
    for (const AccountSettings &a : m_accounts) {
        if (a.accountId == accountId)
            return a;
    }
    return std::nullopt;
}

void MailController::reloadAccounts()
{
    Result<QList<AccountSettings>> loaded = accounts::loadAccounts(*m_archive);
    if (!loaded) {
        setProblem(0, tr("The account settings cannot be read: %1").arg(loaded.error().message),
                   ProblemAction::Retry);
        return;
    }
    m_accounts = *loaded;
    // File > Get Mail For: one entry per account.
    if (auto *menu = m_window->findChild<QMenu *>(QStringLiteral("getMailForMenu"))) {
        menu->clear();
        for (const AccountSettings &a : std::as_const(m_accounts)) {
            const qint64 id = a.accountId;
            QAction *entry = menu->addAction(a.name, this, [this, id] { getMail(id); });
            entry->setObjectName(QStringLiteral("getMailFor_%1").arg(id));
        }
        menu->setEnabled(!m_accounts.isEmpty());
    }
    if (m_accountsDialog)
        m_accountsDialog->setAccounts(m_accounts);
    Q_EMIT accountsChanged();
}

QWidget *MailController::dialogParent() const
{
    if (m_accountsDialog && m_accountsDialog->isVisible())
        return m_accountsDialog;
    return m_window;
}

QString MailController::uniqueName(const QString &wanted) const
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

// --- adding, editing, removing ---------------------------------------------------------------

void MailController::addAccount()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    auto *wizard = new AccountWizard(m_options.wizard, dialogParent());
    m_wizard = wizard;
    connect(wizard, &QDialog::accepted, this,
            [this, wizard] { wizardAccepted(wizard->account()); });
    connect(wizard, &QDialog::finished, wizard, &QObject::deleteLater);
    wizard->open();
}

void MailController::wizardAccepted(const NewAccount &account)
{
    AccountSettings settings = account.settings;
    settings.name
        = uniqueName(settings.address.isEmpty() ? settings.displayName : settings.address);
    Result<qint64> id = accounts::saveAccount(*m_archive, settings);
    if (!id) {
        inform(tr("Adding the account"),
               tr("The account could not be stored: %1").arg(id.error().message));
        return;
    }
    settings.accountId = *id;
    const qint64 accountId = *id;
    reloadAccounts();
    m_window->refresh();
    Q_EMIT accountAdded(accountId);

    // The password goes to the keychain only; the first fetch follows once it is there (or,
    // without a keychain, kept in memory until Satchel quits).
    const QString password = account.password;
    const int interval = settings.checkIntervalMinutes;
    const auto fetchFirst = [this, accountId, interval] {
        if (!this->account(accountId))
            return;
        m_scheduler->setAccount(accountId, interval);
        m_scheduler->fetchNow(accountId);
    };
    if (m_keychainUnavailable) {
        m_sessionPasswords.insert(accountId, password);
        noteNoKeychain();
        fetchFirst();
        return;
    }
    m_secrets->write(settings.secretKey(), password, this,
                     [this, accountId, password, fetchFirst](const SecretReply &reply) {
                         if (!reply.ok()) {
                             m_sessionPasswords.insert(accountId, password);
                             if (reply.outcome == SecretReply::Outcome::Unavailable) {
                                 m_keychainUnavailable = true;
                                 noteNoKeychain();
                             } else {
                                 inform(tr("Keychain"),
                                        tr("The keychain did not store the password (%1). "
                                           "Satchel uses it until it quits and will ask for it "
                                           "again after that; it is never written to disk.")
                                            .arg(reply.message));
                             }
                         }
                         fetchFirst();
                     });
}

void MailController::manageAccounts()
{
    if (m_accountsDialog) {
        m_accountsDialog->raise();
        m_accountsDialog->activateWindow();
        return;
    }
    auto *dialog = new AccountsDialog(m_window);
    m_accountsDialog = dialog;
    dialog->setAccounts(m_accounts);
    connect(dialog, &AccountsDialog::addRequested, this, &MailController::addAccount);
    connect(dialog, &AccountsDialog::editRequested, this, &MailController::editAccount);
    connect(dialog, &AccountsDialog::removeRequested, this, &MailController::askToRemoveAccount);
    connect(dialog, &AccountsDialog::rebuildHistoryRequested, this,
            &MailController::rebuildHistory);
    connect(dialog, &AccountsDialog::markAllDownloadedRequested, this,
            &MailController::askToMarkAllDownloaded);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->open();
}

void MailController::editAccount(qint64 accountId)
{
    const std::optional<AccountSettings> a = account(accountId);
    if (!a || m_editDialog)
        return;
    auto *dialog = new AccountEditDialog(*a, dialogParent(), m_scheduler->canTellMetered());
    m_editDialog = dialog;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { (void)updateAccount(dialog->settings(), dialog->newPassword()); });
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->open();
}

bool MailController::updateAccount(const AccountSettings &settings,
                                   const std::optional<QString> &newPassword)
{
    if (!account(settings.accountId))
        return false;
    Result<qint64> saved = accounts::saveAccount(*m_archive, settings);
    if (!saved) {
        inform(tr("Changing the account"),
               tr("The settings could not be stored: %1").arg(saved.error().message));
        return false;
    }
    const qint64 id = settings.accountId;
    if (newPassword) {
        m_passwordRejected.remove(id);
        m_sessionPasswords.remove(id);
        if (m_keychainUnavailable) {
            m_sessionPasswords.insert(id, *newPassword);
        } else {
            const QString password = *newPassword;
            m_secrets->write(settings.secretKey(), password, this,
                             [this, id, password](const SecretReply &reply) {
                                 if (reply.ok())
                                     return;
                                 if (reply.outcome == SecretReply::Outcome::Unavailable) {
                                     m_keychainUnavailable = true;
                                     noteNoKeychain();
                                 }
                                 m_sessionPasswords.insert(id, password);
                             });
        }
    }
    reloadAccounts();
    m_problems->clearProblem(id);
    // Changed settings deserve a check now (the scheduler does it when it runs).
    m_scheduler->setAccount(id, settings.checkIntervalMinutes);
    return true;
}

void MailController::askToRemoveAccount(qint64 accountId)
{
    const std::optional<AccountSettings> a = account(accountId);
    if (!a || m_question)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Account"),
                                tr("Remove the account %1?").arg(a->name), QMessageBox::NoButton,
                                dialogParent());
    box->setObjectName(QStringLiteral("removeAccountQuestion"));
    box->setInformativeText(
        tr("Satchel stops getting mail from it and forgets its password. The mail already here "
           "can stay in the archive, or go with the account. Nothing on the server is deleted."));
    QPushButton *keep = box->addButton(tr("Remove, &Keep Its Mail"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("removeKeepMail"));
    QPushButton *drop = box->addButton(tr("Remove With Its &Mail"), QMessageBox::DestructiveRole);
    drop->setObjectName(QStringLiteral("removeDeleteMail"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    m_question = box;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, keep, drop, accountId](auto *b) {
        if (b == keep)
            (void)removeAccount(accountId, false);
        else if (b == drop)
            (void)removeAccount(accountId, true);
        box->deleteLater();
    });
    box->open();
}

void MailController::rebuildHistory(qint64 accountId)
{
    const std::optional<AccountSettings> a = account(accountId);
    if (!a)
        return;
    // One INSERT ... SELECT over the account's messages: quick enough for a rare action.
    Result<int> added = m_archive->rebuildLedger(accountId);
    if (!added) {
        inform(tr("Download History"),
               tr("The download history of %1 could not be rebuilt: %2")
                   .arg(a->name, added.error().message));
        return;
    }
    inform(tr("Download History"),
           tr("%n message(s) stored here were added to the download history of %1; Satchel "
              "will not download them again.",
              nullptr, *added)
               .arg(a->name));
}

void MailController::askToMarkAllDownloaded(qint64 accountId)
{
    const std::optional<AccountSettings> a = account(accountId);
    if (!a || m_question)
        return;
    auto *box
        = new QMessageBox(QMessageBox::Question, tr("Mark All as Downloaded"),
                          tr("Take every message on the server of %1 as downloaded?").arg(a->name),
                          QMessageBox::NoButton, dialogParent());
    box->setObjectName(QStringLiteral("markAllQuestion"));
    box->setInformativeText(
        tr("Satchel connects once and remembers every message the server has now, without "
           "downloading any of them. It will only get mail that arrives after this, and it never "
           "deletes those messages from the server: it has no copy of them."));
    QPushButton *mark = box->addButton(tr("&Mark All"), QMessageBox::AcceptRole);
    mark->setObjectName(QStringLiteral("markAllConfirm"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    m_question = box;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, mark, accountId](auto *b) {
        if (b == mark)
            markAllDownloaded(accountId);
        box->deleteLater();
    });
    box->open();
}

void MailController::markAllDownloaded(qint64 accountId)
{
    const std::optional<AccountSettings> a = account(accountId);
    if (!a)
        return;
    if (m_running.count(accountId)) {
        inform(tr("Mark All as Downloaded"),
               tr("Satchel is getting mail for %1 right now. Try again when it is done.")
                   .arg(a->name));
        return;
    }
    withPassword(
        accountId,
        [this, accountId](const QString &password) { runFetch(accountId, password, true); }, [] {});
}

void MailController::markAllEnded(qint64 accountId, const FetchResult &result)
{
    const std::optional<AccountSettings> a = account(accountId);
    const QString name = a ? a->name : QString();
    if (result.outcome == Outcome::Success && result.errors.isEmpty()) {
        inform(tr("Mark All as Downloaded"),
               tr("%n message(s) on the server of %1 now count as downloaded.", nullptr,
                  result.markedElsewhere)
                   .arg(name));
        return;
    }
    // Not retried by itself: a retry is a person's choice, and an ordinary fetch would download
    // what they asked to leave.
    const QString why = result.outcome == Outcome::Success ? result.errors.constFirst()
        : a                                                ? explain(*a, result)
                                                           : result.message;
    inform(tr("Mark All as Downloaded"),
           tr("Nothing on the server of %1 was marked as downloaded: %2").arg(name, why));
}

bool MailController::removeAccount(qint64 accountId, bool deleteMail)
{
    const std::optional<AccountSettings> a = account(accountId);
    if (!a)
        return false;
    // Its fetch ends first (what it committed stays, or goes with the mail below).
    m_running.erase(accountId);
    m_scheduler->removeAccount(accountId);
    if (Status s = m_archive->removeAccount(accountId, deleteMail); !s) {
        inform(tr("Removing the account"),
               tr("The account could not be removed: %1").arg(s.error().message));
        return false;
    }
    m_secrets->remove(a->secretKey(), this, [this, name = a->name](const SecretReply &reply) {
        if (!reply.ok() && reply.outcome != SecretReply::Outcome::NotFound
            && reply.outcome != SecretReply::Outcome::Unavailable)
            m_window->statusBar()->showMessage(
                tr("The password of %1 could not be removed from the keychain: %2")
                    .arg(name, reply.message),
                15000);
    });
    m_sessionPasswords.remove(accountId);
    m_nextAttemptPasswords.remove(accountId);
    m_passwordRejected.remove(accountId);
    m_problems->clearProblem(accountId);
    reloadAccounts();
    m_window->refresh();
    if (deleteMail)
        m_window->selectFolder(std::nullopt);
    updateWindowStatus();
    return true;
}

// --- passwords -------------------------------------------------------------------------------

void MailController::withPassword(qint64 accountId, Then then, std::function<void()> gaveUp)
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
        request.reason = PasswordDialog::Reason::WrongPassword;
        askPassword(std::move(request));
        return;
    }
    if (const auto it = m_sessionPasswords.constFind(accountId); it != m_sessionPasswords.cend()) {
        for (const Then &t : std::as_const(request.then))
            t(*it);
        return;
    }
    if (m_keychainUnavailable) {
        request.reason = PasswordDialog::Reason::NoKeychain;
        askPassword(std::move(request));
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
                            request.reason = PasswordDialog::Reason::NotStored;
                            break;
                        case SecretReply::Outcome::Refused:
                            request.reason = PasswordDialog::Reason::KeychainRefused;
                            request.detail = reply.message;
                            break;
                        case SecretReply::Outcome::Unavailable:
                            m_keychainUnavailable = true;
                            request.reason = PasswordDialog::Reason::NoKeychain;
                            break;
                        }
                        askPassword(std::move(request));
                    });
}

void MailController::askPassword(PasswordRequest request)
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
    if (!m_passwordDialog)
        showNextPasswordRequest();
}

void MailController::showNextPasswordRequest()
{
    while (!m_passwordQueue.empty() && !account(m_passwordQueue.front().accountId))
        m_passwordQueue.pop_front(); // removed meanwhile
    if (m_passwordQueue.empty())
        return;
    const PasswordRequest &request = m_passwordQueue.front();
    const AccountSettings a = *account(request.accountId);
    const bool keychainWritable = !m_keychainUnavailable
        && request.reason != PasswordDialog::Reason::KeychainRefused
        && request.reason != PasswordDialog::Reason::NoKeychain;
    const bool firstNotice
        = request.reason == PasswordDialog::Reason::NoKeychain && !m_toldNoKeychain;
    if (request.reason == PasswordDialog::Reason::NoKeychain)
        m_toldNoKeychain = true;
    auto *dialog
        = new PasswordDialog(a.name, QStringLiteral("%1@%2").arg(a.user, a.host), request.reason,
                             keychainWritable, request.detail, firstNotice, dialogParent());
    m_passwordDialog = dialog;
    const qint64 accountId = a.accountId;
    connect(
        dialog, &QDialog::finished, this, [this, dialog, accountId, key = a.secretKey()](int r) {
            dialog->deleteLater();
            PasswordRequest done = std::move(m_passwordQueue.front());
            m_passwordQueue.pop_front();
            m_passwordDialog = nullptr;
            if (r == QDialog::Accepted) {
                const QString password = dialog->password();
                m_passwordRejected.remove(accountId);
                if (dialog->remember() && dialog->offersKeychain()) {
                    m_secrets->write(key, password, this,
                                     [this, accountId, password](const SecretReply &reply) {
                                         if (reply.ok())
                                             return;
                                         if (reply.outcome == SecretReply::Outcome::Unavailable) {
                                             m_keychainUnavailable = true;
                                             noteNoKeychain();
                                         }
                                         m_sessionPasswords.insert(accountId, password);
                                     });
                } else if (dialog->remember()) {
                    m_sessionPasswords.insert(accountId, password);
                }
                for (const Then &t : std::as_const(done.then))
                    t(password);
            } else {
                for (const auto &g : std::as_const(done.gaveUp))
                    g();
            }
            showNextPasswordRequest();
        });
    dialog->open();
    Q_EMIT passwordRequested(accountId);
}

void MailController::noteNoKeychain()
{
    if (m_toldNoKeychain)
        return;
    m_toldNoKeychain = true;
    inform(tr("No keychain"),
           tr("No keychain answers on this computer, so Satchel cannot keep passwords. It uses "
              "them until it quits and asks for them once in each session; they are never "
              "written to disk."));
}

// --- getting mail ----------------------------------------------------------------------------

void MailController::getMail(qint64 accountId)
{
    if (m_accounts.isEmpty()) {
        addAccount();
        return;
    }
    if (accountId != 0 && account(accountId)) {
        m_scheduler->fetchNow(accountId);
        return;
    }
    // Every Inbox, or an account that does not fetch (mail imported, or kept after removal).
    for (const AccountSettings &a : std::as_const(m_accounts))
        m_scheduler->fetchNow(a.accountId);
}

bool MailController::isFetching(qint64 accountId) const
{
    return accountId == 0 ? !m_running.empty() : m_running.count(accountId) > 0;
}

void MailController::cancelAll()
{
    for (auto &[id, running] : m_running)
        running.runner->cancel();
    if (m_rest)
        m_rest->cancel();
}

void MailController::fetchDue(qint64 accountId)
{
    if (m_running.count(accountId)) {
        return; // the scheduler and a person asked at once
    }
    withPassword(
        accountId, [this, accountId](const QString &password) { runFetch(accountId, password); },
        [this, accountId] {
            FetchResult r;
            r.outcome = Outcome::Authentication;
            m_scheduler->fetchFinished(accountId, r);
            setProblem(accountId, tr("Satchel needs the password to get mail."),
                       ProblemAction::Retry);
        });
}

void MailController::runFetch(qint64 accountId, const QString &password, bool markAll)
{
    const std::optional<AccountSettings> a = account(accountId);
    if (!a || m_running.count(accountId)) {
        FetchResult r;
        r.outcome = Outcome::Cancelled;
        m_scheduler->fetchFinished(accountId, r);
        return;
    }
    Result<pop3::SessionSettings> session = a->sessionSettings();
    if (!session) {
        FetchResult r;
        r.outcome = Outcome::Failed;
        r.message = session.error().message;
        m_scheduler->fetchFinished(accountId, r);
        setProblem(accountId, session.error().message, ProblemAction::Edit);
        return;
    }
    session->secret = password;
    session->caCertificates += m_options.extraCaCertificates;
    sync::FetchRequest request;
    request.archivePath = m_archive->path();
    request.session = *session;
    request.fetch = a->fetchSettings();
    request.fetch.markAllAsDownloaded = markAll;
    // On a metered link the account may want only the headers; the rest of each message can be
    // had with "download the rest" while it is on the server.
    if (!markAll && a->headersOnlyWhenMetered && !request.fetch.headersOnly
        && m_scheduler->suggestHeadersOnly()) {
        request.fetch.headersOnly = true;
        m_roundNotes << tr("%1: headers only (metered connection)").arg(a->name);
    }
    Running &running = m_running[accountId];
    running.runner = std::make_unique<sync::FetchRunner>(std::move(request));
    running.password = password;
    running.markAll = markAll;
    sync::FetchRunner *runner = running.runner.get();
    connect(runner, &sync::FetchRunner::progress, this,
            [this, accountId](const sync::FetchProgress &p) { fetchProgressed(accountId, p); });
    connect(runner, &sync::FetchRunner::finished, this,
            [this, accountId](const FetchResult &result) { fetchEnded(accountId, result); });
    runner->start();
    updateWindowStatus();
    Q_EMIT fetchStarted(accountId);
}

void MailController::fetchProgressed(qint64 accountId, const sync::FetchProgress &progress)
{
    const auto it = m_running.find(accountId);
    if (it == m_running.end())
        return;
    const bool stored = progress.messagesDone > it->second.progress.messagesDone;
    it->second.progress = progress;
    int done = 0, total = 0;
    for (const auto &[id, running] : m_running) {
        done += running.progress.messagesDone;
        total += running.progress.messagesTotal;
    }
    if (total > 0)
        m_window->fetchProgress(0, done, total);
    // New mail shows as it is stored, not only at the end.
    if (stored && !m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void MailController::fetchEnded(qint64 accountId, const FetchResult &result)
{
    const auto it = m_running.find(accountId);
    if (it == m_running.end())
        return;
    // Not deleted inside its own signal.
    it->second.runner.release()->deleteLater();
    const QString usedPassword = it->second.password;
    const bool markAll = it->second.markAll;
    m_running.erase(it);
    m_scheduler->fetchFinished(accountId, result);
    if (markAll) {
        markAllEnded(accountId, result);
        Q_EMIT fetchFinished(accountId, result);
        updateWindowStatus();
        return;
    }

    const std::optional<AccountSettings> a = account(accountId);
    const QString name = a ? a->name : QString();
    m_roundNew += result.newMessages;
    switch (result.outcome) {
    case Outcome::Success:
        m_roundChecked = true;
        if (result.errors.isEmpty()) {
            m_problems->clearProblem(accountId);
        } else {
            setProblem(
                accountId,
                tr("%n message(s) could not be stored: %1", nullptr, int(result.errors.size()))
                    .arg(result.errors.constFirst()),
                ProblemAction::Retry);
        }
        for (const QString &warning : result.warnings)
            m_roundNotes << tr("%1: %2").arg(name, warning);
        // The tray notification, with the count and the newest sender and subject.
        if (result.newMessages > 0)
            m_window->newMailArrived(accountId, result.newMessages);
        break;
    case Outcome::Cancelled:
        m_roundNotes << tr("%1: cancelled").arg(name);
        break;
    case Outcome::TryLater:
        // Quiet: a line in the status bar; the scheduler tries again by itself.
        m_problems->clearProblem(accountId);
        if (a)
            m_roundNotes << tr("%1: %2").arg(name, explain(*a, result));
        break;
    case Outcome::Authentication:
        m_sessionPasswords.remove(accountId);
        m_passwordRejected.insert(accountId);
        setProblem(accountId, a ? explain(*a, result) : result.message, ProblemAction::Retry);
        withPassword(
            accountId,
            [this, accountId](const QString &password) {
                m_nextAttemptPasswords.insert(accountId, password);
                m_scheduler->fetchNow(accountId);
            },
            [] {});
        break;
    case Outcome::Certificate:
        setProblem(accountId, a ? explain(*a, result) : result.message, ProblemAction::Retry);
        showCertificate(accountId, result.error, [this, accountId, usedPassword] {
            m_nextAttemptPasswords.insert(accountId, usedPassword);
            m_scheduler->fetchNow(accountId);
        });
        break;
    case Outcome::Refused:
        setProblem(accountId, a ? explain(*a, result) : result.message, ProblemAction::Edit);
        break;
    case Outcome::Failed:
        if (a) {
            const pop3::ErrorKind kind = result.error.kind;
            const bool settings = kind == pop3::ErrorKind::HostNotFound
                || kind == pop3::ErrorKind::StlsUnavailable
                || kind == pop3::ErrorKind::InsecureAuthRefused
                || kind == pop3::ErrorKind::NoMechanism || kind == pop3::ErrorKind::Tls;
            setProblem(accountId, explain(*a, result),
                       settings ? ProblemAction::Edit : ProblemAction::Retry);
        }
        break;
    }
    Q_EMIT fetchFinished(accountId, result);
    updateWindowStatus();
}

void MailController::updateWindowStatus()
{
    if (!m_running.empty()) {
        QStringList names;
        for (const auto &[id, running] : m_running) {
            if (const auto a = account(id))
                names << a->name;
        }
        m_window->fetchStarted(0, names.join(QLatin1String(", ")));
        int done = 0, total = 0;
        for (const auto &[id, running] : m_running) {
            done += running.progress.messagesDone;
            total += running.progress.messagesTotal;
        }
        if (total > 0)
            m_window->fetchProgress(0, done, total);
        return;
    }
    if (m_rest)
        return;
    m_refreshTimer.stop();
    QStringList summary;
    if (m_roundNew > 0)
        summary << tr("%n new message(s)", nullptr, m_roundNew);
    else if (m_roundChecked)
        summary << tr("No new messages");
    summary += m_roundNotes;
    m_roundNew = 0;
    m_roundChecked = false;
    m_roundNotes.clear();
    m_window->fetchFinished(0, summary.join(QStringLiteral(" · "))); // refreshes the window
}

void MailController::showCertificate(qint64 accountId, const pop3::Pop3Error &error,
                                     std::function<void()> accepted)
{
    const std::optional<AccountSettings> a = account(accountId);
    if (!a || m_certificateDialog)
        return; // one at a time; the problem bar keeps the others
    const QByteArray shown = error.certificateChain.value(0).digest(QCryptographicHash::Sha256);
    const bool changed = !a->pinnedSha256.isEmpty() && shown != a->pinnedSha256;
    auto *dialog = new CertificateDialog(a->host, error.certificateChain, error.certificateErrors,
                                         changed ? CertificateDialog::Mode::Changed
                                                 : CertificateDialog::Mode::Untrusted,
                                         a->pinnedSha256, dialogParent());
    m_certificateDialog = dialog;
    connect(dialog, &QDialog::finished, this,
            [this, dialog, accountId, accepted = std::move(accepted)](int code) {
                dialog->deleteLater();
                m_certificateDialog = nullptr;
                std::optional<AccountSettings> current = account(accountId);
                if (!current)
                    return;
                if (code != QDialog::Accepted || dialog->acceptedSha256().isEmpty()) {
                    setProblem(accountId,
                               tr("The server's certificate was not accepted, so Satchel did "
                                  "not connect."),
                               ProblemAction::Retry);
                    return;
                }
                current->pinnedSha256 = dialog->acceptedSha256();
                Result<qint64> saved = accounts::saveAccount(*m_archive, *current);
                if (!saved) {
                    setProblem(accountId, saved.error().message, ProblemAction::Retry);
                    return;
                }
                reloadAccounts();
                m_problems->clearProblem(accountId);
                accepted();
            });
    dialog->open();
    Q_EMIT certificateRequested(accountId);
}

void MailController::setProblem(qint64 accountId, const QString &text, ProblemAction action)
{
    const std::optional<AccountSettings> a = account(accountId);
    m_problemActions.insert(accountId, action);
    m_problems->setProblem(accountId, a ? a->name : tr("Satchel"), text,
                           action == ProblemAction::Edit ? tr("&Edit Account…") : tr("&Retry"));
}

void MailController::problemAction(qint64 accountId)
{
    if (!account(accountId)) {
        m_problems->clearProblem(accountId);
        return;
    }
    if (m_problemActions.value(accountId) == ProblemAction::Edit) {
        editAccount(accountId);
        return;
    }
    m_scheduler->fetchNow(accountId);
}

QString MailController::explain(const AccountSettings &a, const FetchResult &result) const
{
    using pop3::ErrorKind;
    switch (result.error.kind) {
    case ErrorKind::HostNotFound:
        return tr("There is no server named %1: check the server name in the account's "
                  "settings.")
            .arg(a.host);
    case ErrorKind::ConnectionRefused:
    case ErrorKind::Network:
    case ErrorKind::Timeout:
        return tr("the server could not be reached; Satchel tries again later.");
    case ErrorKind::InUse:
        return tr("the mailbox is in use by another program; Satchel tries again later.");
    case ErrorKind::LoginDelay:
        return tr("the server wants a pause between logins; Satchel tries again later.");
    case ErrorKind::TemporaryFailure:
        return tr("the server is busy for now; Satchel tries again later.");
    case ErrorKind::AuthenticationFailed:
    case ErrorKind::InvalidCredentials:
        return tr("The server did not accept the user name or password.");
    case ErrorKind::CertificateRejected:
        return tr("The server's certificate could not be verified.");
    case ErrorKind::StlsUnavailable:
    case ErrorKind::Tls:
        return tr("The server offers no encryption on this port: try TLS on port 995 or "
                  "STARTTLS on port 110 in the account's settings.");
    case ErrorKind::InsecureAuthRefused:
    case ErrorKind::NoMechanism:
        return tr("The server offers no way of logging in that keeps the password safe on this "
                  "connection: choose another security setting or login method.");
    case ErrorKind::PermanentFailure:
        return tr("The server refused access to the mailbox: %1")
            .arg(QString::fromUtf8(result.error.serverText).trimmed());
    default:
        break;
    }
    switch (result.outcome) {
    case Outcome::TryLater:
        return tr("the server asked Satchel to come back later; it tries again by itself.");
    case Outcome::Authentication:
        return tr("The server did not accept the user name or password.");
    case Outcome::Refused:
        return result.message;
    default:
        break;
    }
    return result.message.isEmpty() ? tr("Getting mail went wrong.")
                                    : tr("Getting mail went wrong: %1").arg(result.message);
}

// --- the rest of a partial message -----------------------------------------------------------

void MailController::downloadRest(qint64 messageId)
{
    if (m_rest) {
        m_window->statusBar()->showMessage(
            tr("Satchel is already downloading the rest of a message."), 5000);
        return;
    }
    Result<store::MessageRow> row = m_archive->message(messageId);
    if (!row) {
        inform(tr("Download the Rest"), row.error().message);
        return;
    }
    const qint64 accountId = row->accountId;
    if (!account(accountId)) {
        inform(tr("Download the Rest"),
               tr("The account this message came from no longer gets mail, so the rest of the "
                  "message cannot be downloaded."));
        return;
    }
    withPassword(
        accountId,
        [this, messageId, accountId](const QString &password) {
            runRest(messageId, accountId, password);
        },
        [] {});
}

void MailController::runRest(qint64 messageId, qint64 accountId, const QString &password)
{
    const std::optional<AccountSettings> a = account(accountId);
    if (!a || m_rest)
        return;
    Result<pop3::SessionSettings> session = a->sessionSettings();
    if (!session) {
        setProblem(accountId, session.error().message, ProblemAction::Edit);
        return;
    }
    session->secret = password;
    session->caCertificates += m_options.extraCaCertificates;
    m_rest = std::make_unique<RestDownload>(m_archive, *session, messageId);
    connect(m_rest.get(), &RestDownload::finished, this,
            [this, messageId, accountId, password](const FetchResult &result, bool gone) {
                m_rest.release()->deleteLater();
                if (result.outcome == Outcome::Certificate) {
                    showCertificate(accountId, result.error,
                                    [this, messageId, accountId, password] {
                                        runRest(messageId, accountId, password);
                                    });
                }
                restEnded(messageId, accountId, result, gone);
            });
    m_window->fetchStarted(accountId, a->name);
    m_rest->start();
}

void MailController::restEnded(qint64 messageId, qint64 accountId, const FetchResult &result,
                               bool gone)
{
    QString line;
    const std::optional<AccountSettings> a = account(accountId);
    switch (result.outcome) {
    case Outcome::Success:
        line = tr("Downloaded the rest of the message.");
        break;
    case Outcome::Authentication:
        m_sessionPasswords.remove(accountId);
        m_passwordRejected.insert(accountId);
        withPassword(
            accountId,
            [this, messageId, accountId](const QString &password) {
                runRest(messageId, accountId, password);
            },
            [] {});
        break;
    case Outcome::Certificate:
    case Outcome::Cancelled:
        break;
    case Outcome::TryLater:
        line = a
            ? tr("The rest of the message could not be downloaded now: %1").arg(explain(*a, result))
            : result.message;
        break;
    case Outcome::Refused:
    case Outcome::Failed:
        if (gone)
            inform(tr("Download the Rest"),
                   tr("This message is no longer on the server, so its rest cannot be "
                      "downloaded. What Satchel has of it (the headers, or its beginning) "
                      "stays here."));
        else
            inform(tr("Download the Rest"), result.message);
        break;
    }
    if (!m_running.empty()) {
        updateWindowStatus();
    } else {
        m_window->fetchFinished(0, line); // refreshes folders and the list
    }
    if (result.outcome == Outcome::Success && m_window->messageView()->messageId() == messageId)
        m_window->messageView()->showMessage(messageId); // the whole message now
    Q_EMIT restFinished(messageId, result, gone);
}

void MailController::inform(const QString &title, const QString &text)
{
    auto *box
        = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, dialogParent());
    box->setObjectName(QStringLiteral("mailControllerNotice"));
    connect(box, &QDialog::finished, box, &QObject::deleteLater);
    box->open();
}

} // namespace satchel::ui

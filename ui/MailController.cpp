#include "MailController.h"

#include "AccountEditDialog.h"
#include "AccountsDialog.h"
#include "CertificateDialog.h"
#include "FetchProblemBar.h"
#include "MainWindow.h"
#include "MessageView.h"
#include "store/Archive.h"
#include "sync/Scheduler.h"

#include <QApplication>
#include <QDesktopServices>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace satchel::ui {

using accounts::AccountSettings;
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
    , m_options(std::move(options))
{
    sync::MailService::Options service;
    service.extraCaCertificates = m_options.extraCaCertificates;
    service.network = m_options.network;
    service.clock = m_options.clock;
    service.oauthProvider = m_options.oauthProvider;
    m_service = new sync::MailService(archive, secrets, this, service, this);
    connect(m_service, &sync::MailService::accountsChanged, this,
            &MailController::accountsReloaded);
    connect(m_service, &sync::MailService::fetchStarted, this, [this](qint64 accountId) {
        updateWindowStatus();
        Q_EMIT fetchStarted(accountId);
    });
    connect(m_service, &sync::MailService::fetchProgress, this, &MailController::fetchProgressed);
    connect(m_service, &sync::MailService::fetchFinished, this, &MailController::fetchEnded);
    connect(m_service, &sync::MailService::restStarted, this, [this](qint64, qint64 accountId) {
        if (const auto a = account(accountId))
            m_window->fetchStarted(accountId, a->name);
    });
    connect(m_service, &sync::MailService::restFinished, this, &MailController::restEnded);

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
    // The service's runners cancel and wait for their threads; what was committed stays. It goes
    // first, while this object (its Prompter) is still whole.
    delete m_service;
    m_service = nullptr;
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
    if (Status s = m_service->reloadAccounts(); !s)
        setProblem(0, tr("The account settings cannot be read: %1").arg(s.error().message),
                   ProblemAction::Retry);
    m_window->setAccountActionsEnabled(true);
    if (m_options.checkAtStart)
        m_service->startSchedule();
    if (accounts().isEmpty() && m_options.wizardWhenNoAccount)
        QTimer::singleShot(0, this, &MailController::addAccount);
}

void MailController::accountsReloaded()
{
    const QList<AccountSettings> all = accounts();
    // File > Get Mail For: one entry per account.
    if (auto *menu = m_window->findChild<QMenu *>(QStringLiteral("getMailForMenu"))) {
        menu->clear();
        for (const AccountSettings &a : all) {
            const qint64 id = a.accountId;
            QAction *entry = menu->addAction(a.name, this, [this, id] { getMail(id); });
            entry->setObjectName(QStringLiteral("getMailFor_%1").arg(id));
        }
        menu->setEnabled(!all.isEmpty());
    }
    if (m_accountsDialog)
        m_accountsDialog->setAccounts(all);
    Q_EMIT accountsChanged();
}

QWidget *MailController::dialogParent() const
{
    if (m_accountsDialog && m_accountsDialog->isVisible())
        return m_accountsDialog;
    return m_window;
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
    settings.name = m_service->uniqueName(settings.address.isEmpty() ? settings.displayName
                                                                     : settings.address);
    Result<qint64> id = m_service->addAccount(settings);
    if (!id) {
        inform(tr("Adding the account"),
               tr("The account could not be stored: %1").arg(id.error().message));
        return;
    }
    const qint64 accountId = *id;
    m_window->refresh();
    Q_EMIT accountAdded(accountId);
    // The password, or the browser sign-in, goes to the keychain only (or, without one, is kept
    // in memory until Satchel quits); the first check follows once it is there, so that it does
    // not ask for it.
    const auto firstCheck = [this, accountId](bool) {
        if (this->account(accountId))
            m_service->getMail(accountId);
    };
    if (settings.signsInWithOAuth() && account.signIn)
        m_service->keepSignIn(accountId, *account.signIn, firstCheck);
    else
        m_service->setPassword(accountId, account.password, firstCheck);
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
    dialog->setAccounts(accounts());
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
    auto *dialog
        = new AccountEditDialog(*a, dialogParent(), m_service->scheduler()->canTellMetered());
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
    if (Status s = m_service->updateAccount(settings, newPassword); !s) {
        inform(tr("Changing the account"),
               tr("The settings could not be stored: %1").arg(s.error().message));
        return false;
    }
    m_problems->clearProblem(settings.accountId);
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
    Result<int> added = m_service->rebuildHistory(accountId);
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
    if (!m_service->fetchNow(accountId, sync::FetchKind::MarkAllDownloaded))
        inform(tr("Mark All as Downloaded"),
               tr("Satchel is getting mail for %1 right now. Try again when it is done.")
                   .arg(a->name));
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
    if (Status s = m_service->removeAccount(accountId, deleteMail); !s) {
        inform(tr("Removing the account"),
               tr("The account could not be removed: %1").arg(s.error().message));
        return false;
    }
    m_problems->clearProblem(accountId);
    m_window->refresh();
    if (deleteMail)
        m_window->selectFolder(std::nullopt);
    updateWindowStatus();
    return true;
}

// --- questions from the service ----------------------------------------------------------------

void MailController::askPassword(const sync::PasswordQuestion &question, PasswordReply reply)
{
    if (m_passwordDialog) {
        // The service asks one question at a time; this is not one of its own.
        reply(std::nullopt);
        return;
    }
    auto *dialog = new PasswordDialog(question.accountName, question.login, question.reason,
                                      question.keychainWritable, question.detail,
                                      question.firstWithoutKeychain, dialogParent());
    m_passwordDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog, reply = std::move(reply)](int r) {
        dialog->deleteLater();
        m_passwordDialog = nullptr;
        if (r == QDialog::Accepted)
            reply(sync::PasswordAnswer {dialog->password(), dialog->remember()});
        else
            reply(std::nullopt);
    });
    dialog->open();
    Q_EMIT passwordRequested(question.accountId);
}

void MailController::askCertificate(const sync::CertificateQuestion &question,
                                    CertificateReply reply)
{
    if (m_certificateDialog) {
        reply({}); // one at a time; the problem bar keeps the others
        return;
    }
    const qint64 accountId = question.accountId;
    auto *dialog = new CertificateDialog(
        question.host, question.error.certificateChain, question.error.certificateErrors,
        question.changed ? CertificateDialog::Mode::Changed : CertificateDialog::Mode::Untrusted,
        question.pinnedSha256, dialogParent());
    m_certificateDialog = dialog;
    connect(dialog, &QDialog::finished, this,
            [this, dialog, accountId, reply = std::move(reply)](int code) {
                dialog->deleteLater();
                m_certificateDialog = nullptr;
                const QByteArray accepted
                    = code == QDialog::Accepted ? dialog->acceptedSha256() : QByteArray();
                if (accepted.isEmpty() && account(accountId))
                    setProblem(accountId,
                               tr("The server's certificate was not accepted, so Satchel did "
                                  "not connect."),
                               ProblemAction::Retry);
                else
                    m_problems->clearProblem(accountId);
                reply(accepted);
            });
    dialog->open();
    Q_EMIT certificateRequested(accountId);
}

void MailController::inform(const sync::Notice &notice)
{
    switch (notice.kind) {
    case sync::Notice::Kind::NoKeychain:
        inform(tr("No keychain"),
               tr("No keychain answers on this computer, so Satchel cannot keep passwords. It "
                  "uses them until it quits and asks for them once in each session; they are "
                  "never written to disk."));
        break;
    case sync::Notice::Kind::PasswordNotStored:
        inform(tr("Keychain"),
               tr("The keychain did not store the password (%1). Satchel uses it until it quits "
                  "and will ask for it again after that; it is never written to disk.")
                   .arg(notice.detail));
        break;
    case sync::Notice::Kind::PasswordNotRemoved:
        m_window->statusBar()->showMessage(
            tr("The password of %1 could not be removed from the keychain: %2")
                .arg(notice.accountName, notice.detail),
            15000);
        break;
    case sync::Notice::Kind::SignInNotStored:
        inform(tr("Keychain"),
               tr("The keychain did not store the sign-in of %1, so it lasts only until Satchel "
                  "quits; after that Satchel asks you to sign in again. It is never written to "
                  "disk.")
                   .arg(notice.accountName));
        break;
    }
}

void MailController::askSignIn(const sync::SignInQuestion &question, SignInReply reply)
{
    QString why;
    switch (question.reason) {
    case sync::SignInReason::NotSignedIn:
        why = tr("To get mail for %1 (%2), sign in to %3 with your web browser.")
                  .arg(question.accountName, question.login, question.providerName);
        break;
    case sync::SignInReason::Expired:
        why = tr("%1 no longer accepts Satchel's sign-in for %2 (%3). Sign in again with your "
                 "web browser.")
                  .arg(question.providerName, question.accountName, question.login);
        break;
    case sync::SignInReason::Requested:
        why = tr("Sign in to %1 for %2 (%3) with your web browser.")
                  .arg(question.providerName, question.accountName, question.login);
        break;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Sign in with your browser"), why,
                                QMessageBox::Cancel, dialogParent());
    box->setObjectName(QStringLiteral("signInQuestion"));
    box->setInformativeText(
        tr("Satchel opens the sign-in page in your browser and waits for it to finish; you can "
           "close the browser tab afterwards."));
    if (!question.detail.isEmpty())
        box->setDetailedText(question.detail);
    QPushButton *open = box->addButton(tr("Open Browser"), QMessageBox::AcceptRole);
    box->setDefaultButton(open);
    const QUrl url = question.url;
    const qint64 accountId = question.accountId;
    connect(box, &QDialog::finished, this,
            [this, box, open, url, accountId, reply = std::move(reply)](int) {
                box->deleteLater();
                const bool opened = box->clickedButton() == open && QDesktopServices::openUrl(url);
                if (!opened && account(accountId))
                    setProblem(accountId, tr("Satchel needs you to sign in with your browser."),
                               ProblemAction::Retry);
                reply(opened);
            });
    box->open();
    Q_EMIT signInRequested(accountId);
}

// --- getting mail ----------------------------------------------------------------------------

void MailController::getMail(qint64 accountId)
{
    if (accounts().isEmpty()) {
        addAccount();
        return;
    }
    m_service->getMail(accountId);
}

void MailController::fetchProgressed()
{
    const sync::FetchProgress all = m_service->progress();
    if (all.messagesTotal > 0)
        m_window->fetchProgress(0, all.messagesDone, all.messagesTotal);
    // New mail shows as it is stored, not only at the end.
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void MailController::fetchEnded(qint64 accountId, sync::FetchKind how, const FetchResult &result)
{
    if (how == sync::FetchKind::MarkAllDownloaded) {
        markAllEnded(accountId, result);
        Q_EMIT fetchFinished(accountId, result);
        updateWindowStatus();
        return;
    }
    const std::optional<AccountSettings> a = account(accountId);
    const QString name = a ? a->name : QString();
    m_roundNew += result.newMessages();
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
        if (!result.newMessageIds.isEmpty())
            m_window->newMailArrived(accountId, result.newMessageIds);
        break;
    case Outcome::Cancelled:
        if (a)
            m_roundNotes << tr("%1: cancelled").arg(name);
        break;
    case Outcome::TryLater:
        // Quiet: a line in the status bar; the scheduler tries again by itself.
        m_problems->clearProblem(accountId);
        if (a)
            m_roundNotes << tr("%1: %2").arg(name, explain(*a, result));
        break;
    case Outcome::Authentication:
        // The service asks for the password next (its dialog says why) and tries again.
        setProblem(accountId,
                   a && result.error.kind != pop3::ErrorKind::None ? explain(*a, result)
                                                                   : result.message,
                   ProblemAction::Retry);
        break;
    case Outcome::Certificate:
        setProblem(accountId, a ? explain(*a, result) : result.message, ProblemAction::Retry);
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
    if (m_service->isFetching()) {
        QStringList names;
        for (const AccountSettings &a : accounts()) {
            if (m_service->isFetching(a.accountId))
                names << a.name;
        }
        m_window->fetchStarted(0, names.join(QLatin1String(", ")));
        fetchProgressed();
        return;
    }
    if (m_service->isDownloadingRest())
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
    m_service->getMail(accountId);
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
        // A fresh token refused too: the mailbox, not the sign-in (POP switched off, say).
        if (a.signsInWithOAuth())
            return tr("The server did not accept the sign-in although it is new; check that the "
                      "provider allows POP for this mailbox.");
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
    if (Status s = m_service->downloadRest(messageId); !s) {
        if (m_service->isDownloadingRest())
            m_window->statusBar()->showMessage(s.error().message, 5000);
        else
            inform(tr("Download the Rest"), s.error().message);
    }
}

void MailController::restEnded(qint64 messageId, qint64 accountId, const FetchResult &result)
{
    QString line;
    const std::optional<AccountSettings> a = account(accountId);
    switch (result.outcome) {
    case Outcome::Success:
        line = tr("Downloaded the rest of the message.");
        break;
    case Outcome::Authentication: // the service asks for the password and tries again
    case Outcome::Certificate: // the service asks about the certificate and tries again
    case Outcome::Cancelled:
        break;
    case Outcome::TryLater:
        line = a
            ? tr("The rest of the message could not be downloaded now: %1").arg(explain(*a, result))
            : result.message;
        break;
    case Outcome::Refused:
    case Outcome::Failed:
        if (result.messageGone)
            inform(tr("Download the Rest"),
                   tr("This message is no longer on the server, so its rest cannot be "
                      "downloaded. What Satchel has of it (the headers, or its beginning) "
                      "stays here."));
        else
            inform(tr("Download the Rest"), result.message);
        break;
    }
    if (m_service->isFetching())
        updateWindowStatus();
    else
        m_window->fetchFinished(0, line); // refreshes folders and the list
    if (result.outcome == Outcome::Success && m_window->messageView()->messageId() == messageId)
        m_window->messageView()->showMessage(messageId); // the whole message now
    Q_EMIT restFinished(messageId, result, result.messageGone);
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

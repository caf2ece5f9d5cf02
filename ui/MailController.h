#pragma once

#include "AccountWizard.h"
#include "PasswordDialog.h"
#include "accounts/AccountSettings.h"
#include "sync/FetchJob.h"
#include "sync/MailService.h"
#include "sync/Prompter.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>

#include <optional>

class QMessageBox;
class QWidget;

namespace satchel::accounts {
class SecretStore;
}
namespace satchel::store {
class Archive;
}
namespace satchel::sync {
class NetworkMonitor;
class Scheduler;
class SchedulerClock;
} // namespace satchel::sync

namespace satchel::ui {

class AccountEditDialog;
class AccountsDialog;
class CertificateDialog;
class FetchProblemBar;
class MainWindow;

// What needs widgets when the window works with real accounts: the account wizard on a first run
// and from File > New Account…, Edit > Accounts… (edit, remove, the download history), the
// password and certificate dialogs through which sync::MailService asks (this class is its
// Prompter), progress and cancel in the status bar, each account's problem explained calmly with
// what to do next, and the new-mail notification. Accounts, passwords, the schedule, the fetches,
// "download the rest" and the retries after a question are the service's (core/sync), shared
// with the command line and the demo. The window only asks (its signals) and shows (its slots).
//
// Every dialog opens with open(), never a nested event loop; while one is open its accessor
// returns it (tests drive them that way).
class MailController : public QObject, private sync::Prompter
{
    Q_OBJECT

public:
    struct Options
    {
        // The wizard's presets, probe candidates, extra trust anchors and timeouts.
        AccountWizard::Options wizard;
        // Trust anchors added to every fetch (tests: the test certificate).
        QList<QSslCertificate> extraCaCertificates;
        // Null: the system's network state and clock.
        sync::NetworkMonitor *network = nullptr;
        sync::SchedulerClock *clock = nullptr;
        // A profile without accounts opens the wizard at start().
        bool wizardWhenNoAccount = true;
        // start() checks every account at once and then on its interval; off, only when asked.
        bool checkAtStart = true;
        // Tests: the OAuth2 provider of an account (sync::MailService::Options).
        std::function<Result<oauth::OAuthProvider>(const accounts::AccountSettings &account)>
            oauthProvider;
    };

    // `archive` is the window's own connection (the fetches open theirs from its path); it and
    // `secrets` must outlive this object.
    MailController(MainWindow *window, store::Archive *archive, accounts::SecretStore *secrets,
                   Options options, QObject *parent = nullptr);
    MailController(MainWindow *window, store::Archive *archive, accounts::SecretStore *secrets);
    // Cancels what runs and waits for its threads.
    ~MailController() override;

    void start();

    [[nodiscard]] sync::MailService *service() const { return m_service; }
    [[nodiscard]] QList<accounts::AccountSettings> accounts() const
    {
        return m_service->accounts();
    }
    [[nodiscard]] std::optional<accounts::AccountSettings> account(qint64 accountId) const
    {
        return m_service->account(accountId);
    }

    void addAccount();
    void manageAccounts();
    void editAccount(qint64 accountId);
    void askToRemoveAccount(qint64 accountId);
    // The download history from the UIDLs kept on the stored messages; says how many it added.
    void rebuildHistory(qint64 accountId);
    // Asks first; then one session that lists the server and records every message there as
    // downloaded, downloading none (FetchSettings::markAllAsDownloaded), and says how it went.
    void askToMarkAllDownloaded(qint64 accountId);
    void markAllDownloaded(qint64 accountId);
    // Without dialogs (the dialogs end here). A new password goes to the keychain.
    bool updateAccount(const accounts::AccountSettings &settings,
                       const std::optional<QString> &newPassword = std::nullopt);
    bool removeAccount(qint64 accountId, bool deleteMail);

    // One account, or every account when accountId is 0 (or names no fetching account).
    void getMail(qint64 accountId);
    void cancelAll() { m_service->cancelAll(); }
    void downloadRest(qint64 messageId);

    [[nodiscard]] bool isFetching(qint64 accountId = 0) const
    {
        return m_service->isFetching(accountId);
    }
    [[nodiscard]] bool isDownloadingRest() const { return m_service->isDownloadingRest(); }
    [[nodiscard]] bool keychainUnavailable() const { return m_service->keychainUnavailable(); }
    [[nodiscard]] sync::Scheduler *scheduler() const { return m_service->scheduler(); }
    [[nodiscard]] FetchProblemBar *problemBar() const { return m_problems; }
    [[nodiscard]] AccountWizard *wizard() const;
    [[nodiscard]] AccountsDialog *accountsDialog() const;
    [[nodiscard]] AccountEditDialog *editDialog() const;
    [[nodiscard]] PasswordDialog *passwordDialog() const;
    [[nodiscard]] CertificateDialog *certificateDialog() const;
    [[nodiscard]] QMessageBox *question() const;

Q_SIGNALS:
    void accountsChanged();
    void accountAdded(qint64 accountId);
    void fetchStarted(qint64 accountId);
    void fetchFinished(qint64 accountId, const satchel::sync::FetchResult &result);
    void restFinished(qint64 messageId, const satchel::sync::FetchResult &result, bool messageGone);
    // A dialog the user has to answer has opened (tests wait for these).
    void passwordRequested(qint64 accountId);
    void certificateRequested(qint64 accountId);
    void signInRequested(qint64 accountId);

private:
    enum class ProblemAction { Retry, Edit };

    // sync::Prompter: the service asks, a dialog answers.
    void askPassword(const sync::PasswordQuestion &question, PasswordReply reply) override;
    void askCertificate(const sync::CertificateQuestion &question, CertificateReply reply) override;
    void inform(const sync::Notice &notice) override;
    void askSignIn(const sync::SignInQuestion &question, SignInReply reply) override;

    void accountsReloaded();
    [[nodiscard]] QWidget *dialogParent() const;
    void wizardAccepted(const NewAccount &account);

    void fetchProgressed();
    void fetchEnded(qint64 accountId, sync::FetchKind how, const sync::FetchResult &result);
    void markAllEnded(qint64 accountId, const sync::FetchResult &result);
    void updateWindowStatus();
    void setProblem(qint64 accountId, const QString &text, ProblemAction action);
    [[nodiscard]] QString explain(const accounts::AccountSettings &account,
                                  const sync::FetchResult &result) const;
    void problemAction(qint64 accountId);
    void restEnded(qint64 messageId, qint64 accountId, const sync::FetchResult &result);
    void inform(const QString &title, const QString &text);

    MainWindow *m_window;
    store::Archive *m_archive;
    Options m_options;
    sync::MailService *m_service = nullptr;
    FetchProblemBar *m_problems = nullptr;

    QStringList m_roundNotes; // what the fetches since the status was last idle had to say
    int m_roundNew = 0;
    bool m_roundChecked = false; // some account's check succeeded
    QTimer m_refreshTimer;
    QHash<qint64, ProblemAction> m_problemActions;

    QPointer<AccountWizard> m_wizard;
    QPointer<AccountsDialog> m_accountsDialog;
    QPointer<AccountEditDialog> m_editDialog;
    QPointer<PasswordDialog> m_passwordDialog;
    QPointer<CertificateDialog> m_certificateDialog;
    QPointer<QMessageBox> m_question;
};

} // namespace satchel::ui

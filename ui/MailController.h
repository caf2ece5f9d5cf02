#pragma once

#include "AccountWizard.h"
#include "PasswordDialog.h"
#include "accounts/AccountSettings.h"
#include "pop3/Pop3Error.h"
#include "sync/FetchJob.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QTimer>

#include <deque>
#include <functional>
#include <map>
#include <memory>
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
class FetchRunner;
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
class RestDownload;

// What makes the window work with real accounts: the account wizard on a first run and from
// File > New Account…, Edit > Accounts… (edit, remove), passwords from the keychain (or asked
// for, never written down), "Get mail" per account and for all through sync::FetchRunner (off the
// UI thread) with progress and cancel in the status bar, the scheduler's periodic checks, each
// account's problem explained calmly with what to do next, and "download the rest" of a partial
// message through sync::FetchRestJob. The window only asks (its signals) and shows (its slots);
// this class decides.
//
// Every dialog opens with open(), never a nested event loop; while one is open its accessor
// returns it (tests drive them that way).
class MailController : public QObject
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
    };

    // `archive` is the window's own connection (the fetches open theirs from its path); it and
    // `secrets` must outlive this object.
    MailController(MainWindow *window, store::Archive *archive, accounts::SecretStore *secrets,
                   Options options, QObject *parent = nullptr);
    MailController(MainWindow *window, store::Archive *archive, accounts::SecretStore *secrets);
    // Cancels what runs and waits for its threads.
    ~MailController() override;

    void start();

    [[nodiscard]] QList<accounts::AccountSettings> accounts() const { return m_accounts; }
    [[nodiscard]] std::optional<accounts::AccountSettings> account(qint64 accountId) const;

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
    void cancelAll();
    void downloadRest(qint64 messageId);

    [[nodiscard]] bool isFetching(qint64 accountId = 0) const;
    [[nodiscard]] bool isDownloadingRest() const { return m_rest != nullptr; }
    [[nodiscard]] bool keychainUnavailable() const { return m_keychainUnavailable; }
    [[nodiscard]] sync::Scheduler *scheduler() const { return m_scheduler; }
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

private:
    using Then = std::function<void(const QString &password)>;
    struct PasswordRequest
    {
        qint64 accountId = 0;
        PasswordDialog::Reason reason = PasswordDialog::Reason::NotStored;
        QString detail;
        QList<Then> then;
        QList<std::function<void()>> gaveUp;
    };
    struct Running
    {
        std::unique_ptr<sync::FetchRunner> runner;
        sync::FetchProgress progress;
        QString password; // for the retry after the certificate was accepted; memory only
        bool markAll = false; // markAllDownloaded(): reported on its own, never retried
    };
    enum class ProblemAction { Retry, Edit };

    void reloadAccounts();
    [[nodiscard]] QWidget *dialogParent() const;
    [[nodiscard]] QString uniqueName(const QString &wanted) const;
    void wizardAccepted(const NewAccount &account);

    void withPassword(qint64 accountId, Then then, std::function<void()> gaveUp);
    void askPassword(PasswordRequest request);
    void showNextPasswordRequest();
    void noteNoKeychain();

    void fetchDue(qint64 accountId);
    void runFetch(qint64 accountId, const QString &password, bool markAll = false);
    void markAllEnded(qint64 accountId, const sync::FetchResult &result);
    void fetchProgressed(qint64 accountId, const sync::FetchProgress &progress);
    void fetchEnded(qint64 accountId, const sync::FetchResult &result);
    void updateWindowStatus();
    void showCertificate(qint64 accountId, const pop3::Pop3Error &error,
                         std::function<void()> accepted);
    void setProblem(qint64 accountId, const QString &text, ProblemAction action);
    void problemAction(qint64 accountId);
    [[nodiscard]] QString explain(const accounts::AccountSettings &account,
                                  const sync::FetchResult &result) const;

    void runRest(qint64 messageId, qint64 accountId, const QString &password);
    void restEnded(qint64 messageId, qint64 accountId, const sync::FetchResult &result, bool gone);
    void inform(const QString &title, const QString &text);

    MainWindow *m_window;
    store::Archive *m_archive;
    accounts::SecretStore *m_secrets;
    Options m_options;
    sync::NetworkMonitor *m_network = nullptr;
    sync::SchedulerClock *m_clock = nullptr;
    sync::Scheduler *m_scheduler = nullptr;
    FetchProblemBar *m_problems = nullptr;

    QList<accounts::AccountSettings> m_accounts;
    std::map<qint64, Running> m_running;
    QStringList m_roundNotes; // what the fetches since the status was last idle had to say
    int m_roundNew = 0;
    bool m_roundChecked = false; // some account's check succeeded
    QTimer m_refreshTimer;
    std::unique_ptr<RestDownload> m_rest;

    // Passwords in memory only: remembered until Satchel quits, or handed to the next attempt.
    QHash<qint64, QString> m_sessionPasswords;
    QHash<qint64, QString> m_nextAttemptPasswords;
    QSet<qint64> m_passwordRejected; // the server said no to the one we have: ask
    QHash<qint64, ProblemAction> m_problemActions;
    bool m_keychainUnavailable = false;
    bool m_toldNoKeychain = false;
    std::deque<PasswordRequest> m_passwordQueue;

    QPointer<AccountWizard> m_wizard;
    QPointer<AccountsDialog> m_accountsDialog;
    QPointer<AccountEditDialog> m_editDialog;
    QPointer<PasswordDialog> m_passwordDialog;
    QPointer<CertificateDialog> m_certificateDialog;
    QPointer<QMessageBox> m_question;
};

} // namespace satchel::ui

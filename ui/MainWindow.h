#pragma once

#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSplitter;
class QSystemTrayIcon;
class QTimer;
class QToolButton;
class QTreeView;

namespace satchel::store {
class Archive;
}
namespace satchel::model {
class FolderModel;
class MessageListModel;
} // namespace satchel::model

namespace satchel::ui {

class FolderActions;
class MessageActions;
class MessageNavigation;
class MessageView;
class TrayNotifier;

// The reader's window: folders on the left, the message list above the message view on the right,
// as in every desktop mail client people already know. It reads and changes the archive through
// the models; fetching is someone else's: the window asks with getMailRequested() and shows what
// it is told through the fetch slots.
//
// This file and MainWindow.cpp hold the window's widgets and what it shows: the folder or search
// results, the current message, the fetch's progress, the layout saved between starts.
// MainWindowMenus.cpp makes its actions, menus and tool bar. Its parts, each in its own file: what
// acts on the selected messages (MessageActions), folder management (FolderActions), moving
// through the list (MessageNavigation), and the unread count and new-mail notice in the title and
// tray (TrayNotifier).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The archive to show (not owned; it must outlive the window or be replaced first).
    void setArchive(store::Archive *archive);
    [[nodiscard]] store::Archive *archive() const { return m_archive; }

    // Asked before anything is deleted for good; the default asks with a message box. Tests
    // answer themselves.
    using Confirmer = std::function<bool(const QString &title, const QString &text)>;
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

    [[nodiscard]] QAction *quitAction() const { return m_quitAction; }
    [[nodiscard]] model::FolderModel *folderModel() const { return m_folderModel; }
    [[nodiscard]] model::MessageListModel *messageModel() const { return m_messageModel; }
    [[nodiscard]] MessageView *messageView() const { return m_messageView; }
    [[nodiscard]] QTreeView *messageList() const { return m_messageList; }
    [[nodiscard]] QTreeView *folderTree() const { return m_folderTree; }
    [[nodiscard]] QLineEdit *searchField() const { return m_searchField; }
    [[nodiscard]] QAction *action(const QString &objectName) const;
    // The tray icon (it exists, hidden, where the desktop has no tray).
    [[nodiscard]] QSystemTrayIcon *trayIcon() const;

    // Shows a folder (nothing: every Inbox) and selects it in the tree.
    void selectFolder(std::optional<qint64> folderId);
    [[nodiscard]] QList<qint64> selectedMessageIds() const;
    [[nodiscard]] qint64 currentMessageId() const;
    void selectMessage(qint64 id);

    // Folder management without dialogs (the menu actions ask for the name, then call these).
    bool createFolder(const QString &name, qint64 accountId, std::optional<qint64> parentId);
    bool renameFolder(qint64 folderId, const QString &name);
    bool deleteFolder(qint64 folderId);
    bool moveSelectedTo(qint64 folderId);
    bool emptyTrash();
    bool exportMessages(const QList<qint64> &ids, const QString &path, bool mbox);

    // For the window's parts: what the list shows, and how the window tells and asks.
    // The account of the folder chosen in the tree (0: All Inboxes).
    [[nodiscard]] qint64 currentAccountId() const;
    // The folder the list shows when no search runs (nothing: All Inboxes).
    [[nodiscard]] std::optional<qint64> shownFolder() const { return m_shownFolder; }
    [[nodiscard]] bool isSearching() const { return m_searching; }
    // A failure, calmly: in the status bar.
    void showError(const QString &what, const QString &message);
    // Through the confirmer (setConfirmer()).
    [[nodiscard]] bool confirm(const QString &title, const QString &text);
    // Counts unread mail again: the folder tree, the title and the tray's badge.
    void updateUnread();

public Q_SLOTS:
    // The fetch engine reports here (wired by whoever runs fetches).
    void fetchStarted(qint64 accountId, const QString &accountName);
    void fetchProgress(qint64 accountId, int done, int total);
    void fetchFinished(qint64 accountId, const QString &error);
    void setOnline(bool online);
    void setAccountActionsEnabled(bool enabled);
    // New mail stored by someone else: read folders, counts and the list again.
    void refresh();
    // A fetch stored these new messages for the account: refresh(), and tell the user in a
    // tray notification with the count and the newest one's sender and subject. The fetch
    // wiring calls this with FetchResult::newMessageIds.
    void newMailArrived(qint64 accountId, const QList<qint64> &messageIds);
    // Conversations as a tree in the message list, or one row per message; saved.
    void setThreaded(bool threaded);

Q_SIGNALS:
    // "Get mail" for one account, or for every account when accountId is 0.
    void getMailRequested(qint64 accountId);
    void cancelFetchRequested();
    // The rest of a partial message, still on the server, is wanted.
    void downloadRestRequested(qint64 messageId);
    // File > New Account… and Edit > Accounts… (enabled once someone handles them:
    // setAccountActionsEnabled()).
    void newAccountRequested();
    void manageAccountsRequested();
    // The text of a new-mail notification, whether or not a tray showed it.
    void newMailNotified(const QString &title, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // In MainWindowMenus.cpp.
    void createActions();
    void createAccountActions();
    void createMenus();
    QMenu *createLanguageMenu();
    void createViewMenu();
    void markFirstRowsPainted();
    void createCentralArea();
    void createStatusBar();
    void restoreLayout();
    void saveLayout();
    void showAbout();
    void updateActions();
    void folderActivated(const QModelIndex &index);
    void currentMessageChanged();
    void runSearch();
    void searchTextEdited();

    store::Archive *m_archive = nullptr;
    model::FolderModel *m_folderModel = nullptr;
    model::MessageListModel *m_messageModel = nullptr;
    Confirmer m_confirm;
    std::optional<qint64> m_shownFolder; // what the list shows when no search runs
    bool m_searching = false;

    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_moveMenu = nullptr;
    QSplitter *m_outerSplitter = nullptr;
    QSplitter *m_readerSplitter = nullptr;
    QTreeView *m_folderTree = nullptr;
    QTreeView *m_messageList = nullptr;
    QLabel *m_listCaption = nullptr;
    MessageView *m_messageView = nullptr;
    QLineEdit *m_searchField = nullptr;
    QTimer *m_searchTimer = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_fetchLabel = nullptr;
    QProgressBar *m_fetchProgress = nullptr;
    QToolButton *m_cancelFetch = nullptr;

    MessageActions *m_messageActions = nullptr;
    FolderActions *m_folderActions = nullptr;
    MessageNavigation *m_navigation = nullptr;
    TrayNotifier *m_trayNotifier = nullptr;
};

} // namespace satchel::ui

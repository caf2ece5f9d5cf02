#include "MainWindow.h"

#include "FolderActions.h"
#include "MessageActions.h"
#include "MessageNavigation.h"
#include "MessageView.h"
#include "model/MessageListModel.h"
#include "util/Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QKeySequence>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

// MainWindow's actions with their names and shortcuts, and where they appear: the menu bar,
// the tool bar and the context menus of the folder tree and the message list. What the actions
// do is the window's and its parts' (MessageActions, FolderActions, MessageNavigation).

namespace satchel::ui {

using model::MessageListModel;

namespace {

QAction *makeAction(QObject *parent, const QString &name, const QString &text,
                    const QList<QKeySequence> &keys = {})
{
    auto *action = new QAction(text, parent);
    action->setObjectName(name);
    action->setShortcuts(keys);
    return action;
}

} // namespace

void MainWindow::createActions()
{
    m_quitAction = makeAction(this, QStringLiteral("quitAction"), tr("&Quit"),
                              QKeySequence::keyBindings(QKeySequence::Quit));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_aboutAction = makeAction(this, QStringLiteral("aboutAction"), tr("&About Satchel"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    auto *getMail = makeAction(this, QStringLiteral("getMailAction"), tr("&Get Mail"),
                               {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_T)});
    connect(getMail, &QAction::triggered, this,
            [this] { Q_EMIT getMailRequested(currentAccountId()); });
    auto *getAll = makeAction(this, QStringLiteral("getAllMailAction"), tr("Get &All Mail"),
                              {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)});
    connect(getAll, &QAction::triggered, this, [this] { Q_EMIT getMailRequested(0); });

    createAccountActions();

    auto *search = makeAction(this, QStringLiteral("searchAction"), tr("&Search"),
                              {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find,
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)});
    connect(search, &QAction::triggered, this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });

    auto *trash
        = makeAction(this, QStringLiteral("deleteAction"), tr("&Delete"), {QKeySequence::Delete});
    connect(trash, &QAction::triggered, this, [this] { m_messageActions->deleteSelected(); });
    auto *purge
        = makeAction(this, QStringLiteral("deletePermanentlyAction"), tr("Delete &Permanently…"),
                     {QKeySequence(Qt::SHIFT | Qt::Key_Delete)});
    connect(purge, &QAction::triggered, this,
            [this] { m_messageActions->deleteSelectedPermanently(); });
    auto *emptyTrashAction
        = makeAction(this, QStringLiteral("emptyTrashAction"), tr("&Empty Trash…"));
    connect(emptyTrashAction, &QAction::triggered, this, [this] { (void)emptyTrash(); });

    auto *markRead = makeAction(this, QStringLiteral("markReadAction"), tr("Mark as &Read"),
                                {QKeySequence(Qt::Key_R)});
    connect(markRead, &QAction::triggered, this, [this] { m_messageActions->markSelected(true); });
    auto *markUnread = makeAction(this, QStringLiteral("markUnreadAction"), tr("Mark as &Unread"),
                                  {QKeySequence(Qt::Key_U)});
    connect(markUnread, &QAction::triggered, this,
            [this] { m_messageActions->markSelected(false); });
    auto *flag = makeAction(this, QStringLiteral("toggleFlagAction"), tr("&Flag / Unflag"),
                            {QKeySequence(Qt::Key_S)});
    connect(flag, &QAction::triggered, this, [this] { m_messageActions->toggleFlagSelected(); });

    auto *next = makeAction(this, QStringLiteral("nextMessageAction"), tr("&Next Message"),
                            {QKeySequence(Qt::Key_F)});
    connect(next, &QAction::triggered, this, [this] { m_navigation->selectNext(false); });
    auto *nextUnread = makeAction(this, QStringLiteral("nextUnreadAction"),
                                  tr("Next &Unread Message"), {QKeySequence(Qt::Key_N)});
    connect(nextUnread, &QAction::triggered, this, [this] { m_navigation->selectNext(true); });
    auto *previous = makeAction(this, QStringLiteral("previousMessageAction"),
                                tr("&Previous Message"), {QKeySequence(Qt::Key_B)});
    connect(previous, &QAction::triggered, this, [this] { m_navigation->selectPrevious(); });

    auto *source = makeAction(this, QStringLiteral("showSourceAction"), tr("Message &Source"),
                              {QKeySequence(Qt::CTRL | Qt::Key_U)});
    connect(source, &QAction::triggered, this, [this] { m_messageView->showSource(); });

    auto *newFolder = makeAction(this, QStringLiteral("newFolderAction"), tr("&New Folder…"));
    connect(newFolder, &QAction::triggered, this, [this] { m_folderActions->newFolderAsk(); });
    auto *renameFolderAction
        = makeAction(this, QStringLiteral("renameFolderAction"), tr("&Rename Folder…"));
    connect(renameFolderAction, &QAction::triggered, this,
            [this] { m_folderActions->renameFolderAsk(); });
    auto *deleteFolderAction
        = makeAction(this, QStringLiteral("deleteFolderAction"), tr("De&lete Folder…"));
    connect(deleteFolderAction, &QAction::triggered, this,
            [this] { m_folderActions->deleteFolderAsk(); });

    const std::pair<const char *, std::pair<bool, bool>> exports[] = {
        {"exportSelectionMboxAction", {true, true}},
        {"exportSelectionEmlAction", {true, false}},
        {"exportFolderMboxAction", {false, true}},
        {"exportFolderEmlAction", {false, false}},
    };
    const QString exportTexts[]
        = {tr("Selected Messages as &mbox…"), tr("Selected Messages as .&eml Files…"),
           tr("Folder as m&box…"), tr("Folder as .em&l Files…")};
    int i = 0;
    for (const auto &[name, how] : exports) {
        auto *a = makeAction(this, QLatin1String(name), exportTexts[i++]);
        const bool selection = how.first, mbox = how.second;
        connect(a, &QAction::triggered, this,
                [this, selection, mbox] { m_messageActions->exportAsk(selection, mbox); });
    }

    // Single-letter shortcuts work while the list or the message has the focus; typing into
    // the search field still types (a line edit takes printable keys before shortcuts).
    for (QAction *a : findChildren<QAction *>())
        a->setShortcutContext(Qt::WindowShortcut);
}

// Adding and managing accounts is the mail controller's (ui/MailController); until one is
// connected (the demo has none) the actions stay disabled.
void MainWindow::createAccountActions()
{
    auto *add = makeAction(this, QStringLiteral("newAccountAction"), tr("New &Account…"));
    connect(add, &QAction::triggered, this, &MainWindow::newAccountRequested);
    auto *manage = makeAction(this, QStringLiteral("manageAccountsAction"), tr("A&ccounts…"));
    connect(manage, &QAction::triggered, this, &MainWindow::manageAccountsRequested);
    setAccountActionsEnabled(false);
}

void MainWindow::setAccountActionsEnabled(bool enabled)
{
    action(QStringLiteral("newAccountAction"))->setEnabled(enabled);
    action(QStringLiteral("manageAccountsAction"))->setEnabled(enabled);
}

// The interface language: the system's, or one Satchel has a translation for, each named in its
// own language so that a user lost in a foreign interface still finds theirs. Saved in the
// settings; the window is built in a language once, so the new one shows from the next start.
QMenu *MainWindow::createLanguageMenu()
{
    auto *menu = new QMenu(tr("&Language"), this);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const QString saved = util::savedLanguage();
    const auto add = [&](const QString &code, const QString &label) {
        QAction *a = menu->addAction(label);
        a->setObjectName(QStringLiteral("language_")
                         + (code.isEmpty() ? QStringLiteral("system") : code));
        a->setCheckable(true);
        a->setChecked(code == saved);
        a->setData(code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            util::saveLanguage(code);
            statusBar()->showMessage(tr("Satchel will use the new language from its next start."),
                                     10000);
        });
    };
    add(QString(), tr("The system's language"));
    menu->addSeparator();
    QStringList codes = util::availableLanguages();
    codes << QStringLiteral("en");
    codes.sort();
    for (const QString &code : std::as_const(codes)) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        add(code, name.isEmpty() ? code : name);
    }
    return menu;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("getMailAction")));
    file->addAction(action(QStringLiteral("getAllMailAction")));
    // Filled with one entry per account by whoever handles the accounts (ui/MailController).
    QMenu *getMailFor = file->addMenu(tr("Get Mail &For"));
    getMailFor->setObjectName(QStringLiteral("getMailForMenu"));
    getMailFor->setEnabled(false);
    file->addSeparator();
    file->addAction(action(QStringLiteral("newAccountAction")));
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(action(QStringLiteral("exportSelectionMboxAction")));
    exportMenu->addAction(action(QStringLiteral("exportSelectionEmlAction")));
    exportMenu->addAction(action(QStringLiteral("exportFolderMboxAction")));
    exportMenu->addAction(action(QStringLiteral("exportFolderEmlAction")));
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("searchAction")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("deleteAction")));
    edit->addAction(action(QStringLiteral("deletePermanentlyAction")));
    edit->addAction(action(QStringLiteral("emptyTrashAction")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("manageAccountsAction")));
    edit->addMenu(createLanguageMenu());

    createViewMenu();

    QMenu *folder = menuBar()->addMenu(tr("F&older"));
    folder->addAction(action(QStringLiteral("newFolderAction")));
    folder->addAction(action(QStringLiteral("renameFolderAction")));
    folder->addAction(action(QStringLiteral("deleteFolderAction")));

    QMenu *message = menuBar()->addMenu(tr("&Message"));
    m_moveMenu = message->addMenu(tr("&Move To"));
    m_moveMenu->setObjectName(QStringLiteral("moveMenu"));
    connect(m_moveMenu, &QMenu::aboutToShow, m_messageActions,
            [this] { m_messageActions->fillMoveMenu(m_moveMenu); });
    message->addAction(action(QStringLiteral("markReadAction")));
    message->addAction(action(QStringLiteral("markUnreadAction")));
    message->addAction(action(QStringLiteral("toggleFlagAction")));
    message->addSeparator();
    message->addAction(action(QStringLiteral("showSourceAction")));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(action(QStringLiteral("nextMessageAction")));
    go->addAction(action(QStringLiteral("nextUnreadAction")));
    go->addAction(action(QStringLiteral("previousMessageAction")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->addAction(action(QStringLiteral("getMailAction")));
    bar->addAction(action(QStringLiteral("deleteAction")));
    bar->addAction(action(QStringLiteral("markReadAction")));
    bar->addAction(action(QStringLiteral("toggleFlagAction")));
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_searchField);

    // Context menus: the actions people look for where they right-click.
    m_folderTree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_folderTree->addActions(
        {action(QStringLiteral("getMailAction")), action(QStringLiteral("newFolderAction")),
         action(QStringLiteral("renameFolderAction")), action(QStringLiteral("deleteFolderAction")),
         action(QStringLiteral("emptyTrashAction")),
         action(QStringLiteral("exportFolderMboxAction"))});
    m_messageList->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_messageList, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addMenu(m_moveMenu);
        menu.addAction(action(QStringLiteral("markReadAction")));
        menu.addAction(action(QStringLiteral("markUnreadAction")));
        menu.addAction(action(QStringLiteral("toggleFlagAction")));
        menu.addSeparator();
        menu.addAction(action(QStringLiteral("deleteAction")));
        menu.addAction(action(QStringLiteral("deletePermanentlyAction")));
        menu.addSeparator();
        menu.addAction(action(QStringLiteral("exportSelectionMboxAction")));
        menu.addAction(action(QStringLiteral("showSourceAction")));
        menu.exec(m_messageList->viewport()->mapToGlobal(pos));
    });
}

// View: how the message list shows a folder. Threading is saved for the next start.
void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    auto *threads = makeAction(this, QStringLiteral("threadedViewAction"), tr("&Threads"));
    threads->setCheckable(true);
    threads->setToolTip(tr("Show each conversation as one row that opens to its messages"));
    auto *expandAll = makeAction(this, QStringLiteral("expandThreadsAction"),
                                 tr("&Expand All Threads"), {QKeySequence(Qt::Key_Asterisk)});
    auto *collapseAll = makeAction(this, QStringLiteral("collapseThreadsAction"),
                                   tr("&Collapse All Threads"), {QKeySequence(Qt::Key_Backslash)});
    for (QAction *a : {threads, expandAll, collapseAll})
        a->setShortcutContext(Qt::WindowShortcut);
    connect(expandAll, &QAction::triggered, m_messageList, &QTreeView::expandAll);
    connect(collapseAll, &QAction::triggered, this, [this] {
        const qint64 current = currentMessageId();
        m_messageList->collapseAll();
        // The message on screen stays the current one: its conversation's row.
        const QModelIndex at = m_messageModel->indexOfId(current);
        if (at.parent().isValid()) {
            const QSignalBlocker blocker(m_messageList->selectionModel());
            m_messageList->selectionModel()->setCurrentIndex(
                at.parent(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    });
    view->addAction(threads);
    view->addAction(expandAll);
    view->addAction(collapseAll);
    QSettings settings;
    const bool saved = settings.value(QStringLiteral("MainWindow/threaded"), false).toBool();
    threads->setChecked(saved);
    setThreaded(saved);
    connect(threads, &QAction::toggled, this, &MainWindow::setThreaded);
}

} // namespace satchel::ui

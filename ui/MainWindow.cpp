#include "MainWindow.h"

#include "MessageView.h"
#include "SafeBrowser.h"
#include "UnreadDelegate.h"
#include "io/Exporter.h"
#include "model/FolderModel.h"
#include "model/MessageListModel.h"
#include "store/Archive.h"
#include "util/Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDrag>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <cstdio>

namespace satchel::ui {

using model::FolderModel;
using model::MessageListModel;

namespace {

// How long typing pauses before the search runs: short enough to feel live, long enough not to
// search for every letter of a word.
constexpr int kSearchDelayMs = 250;

QAction *makeAction(QObject *parent, const QString &name, const QString &text,
                    const QList<QKeySequence> &keys = {})
{
    auto *action = new QAction(text, parent);
    action->setObjectName(name);
    action->setShortcuts(keys);
    return action;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Satchel"));
    setObjectName(QStringLiteral("mainWindow"));
    m_folderModel = new FolderModel(nullptr, this);
    m_messageModel = new MessageListModel(nullptr, this);
    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    createActions();
    createCentralArea();
    createMenus();
    createStatusBar();
    createTrayIcon();
    resize(1100, 720);
    restoreLayout();
    updateActions();
    if (qEnvironmentVariableIsSet("SATCHEL_BENCH_MARK"))
        markFirstRowsPainted();

    connect(m_folderModel, &FolderModel::moveRequested, this, &MainWindow::moveRequestedByDrop);
    connect(m_messageModel, &MessageListModel::countsChanged, this, &MainWindow::updateUnread);
    connect(m_messageModel, &MessageListModel::loadFailed, this,
            [this](const QString &message) { showError(tr("Reading the archive"), message); });
    connect(m_messageView, &MessageView::downloadRestRequested, this,
            &MainWindow::downloadRestRequested);
    connect(m_messageView, &MessageView::linkActivated, this, [](const QUrl &url) {
        // Only on the user's click, and only to the desktop's browser or mail program.
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https")
            || scheme == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
    });
}

MainWindow::~MainWindow() = default;

namespace {

// For tests/bench/bench_ui's cold start: once the message list has painted rows, prints
// "SATCHEL_BENCH_MARK first-rows-painted <ms since the epoch>" on stdout; with the variable set
// to "quit", then leaves.
class FirstRowsMark : public QObject
{
public:
    FirstRowsMark(QWidget *viewport, const QAbstractItemModel *model)
        : QObject(viewport)
        , m_model(model)
    {
        viewport->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_model->rowCount() == 0)
            return false;
        watched->removeEventFilter(this);
        // Queued: printed after this paint has been done.
        QTimer::singleShot(0, this, [this] {
            std::printf("SATCHEL_BENCH_MARK first-rows-painted %lld\n",
                        qlonglong(QDateTime::currentMSecsSinceEpoch()));
            std::fflush(stdout);
            if (qgetenv("SATCHEL_BENCH_MARK") == "quit")
                QCoreApplication::exit(0);
            deleteLater();
        });
        return false;
    }

private:
    const QAbstractItemModel *m_model;
};

} // namespace

namespace {

// The message list drags what the window's actions act on: a collapsed conversation selected
// is all of its messages (MainWindow::selectedMessageIds()), not only its first.
class MessageTreeView : public QTreeView
{
public:
    explicit MessageTreeView(MainWindow *window)
        : QTreeView(window)
        , m_window(window)
    { }

protected:
    void startDrag(Qt::DropActions supportedActions) override
    {
        QMimeData *dragged = MessageListModel::mimeDataFor(m_window->selectedMessageIds());
        if (!dragged)
            return;
        auto *drag = new QDrag(this);
        drag->setMimeData(dragged);
        // The folder that takes the drop asks the window to move them (moveRequestedByDrop()):
        // nothing is removed here.
        drag->exec(supportedActions & Qt::MoveAction, Qt::MoveAction);
    }

private:
    MainWindow *m_window;
};

} // namespace

void MainWindow::markFirstRowsPainted()
{
    new FirstRowsMark(m_messageList->viewport(), m_messageModel);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

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
    connect(trash, &QAction::triggered, this, &MainWindow::deleteSelected);
    auto *purge
        = makeAction(this, QStringLiteral("deletePermanentlyAction"), tr("Delete &Permanently…"),
                     {QKeySequence(Qt::SHIFT | Qt::Key_Delete)});
    connect(purge, &QAction::triggered, this, &MainWindow::deleteSelectedPermanently);
    auto *emptyTrashAction
        = makeAction(this, QStringLiteral("emptyTrashAction"), tr("&Empty Trash…"));
    connect(emptyTrashAction, &QAction::triggered, this, [this] { (void)emptyTrash(); });

    auto *markRead = makeAction(this, QStringLiteral("markReadAction"), tr("Mark as &Read"),
                                {QKeySequence(Qt::Key_R)});
    connect(markRead, &QAction::triggered, this, [this] { markSelected(true); });
    auto *markUnread = makeAction(this, QStringLiteral("markUnreadAction"), tr("Mark as &Unread"),
                                  {QKeySequence(Qt::Key_U)});
    connect(markUnread, &QAction::triggered, this, [this] { markSelected(false); });
    auto *flag = makeAction(this, QStringLiteral("toggleFlagAction"), tr("&Flag / Unflag"),
                            {QKeySequence(Qt::Key_S)});
    connect(flag, &QAction::triggered, this, &MainWindow::toggleFlagSelected);

    auto *next = makeAction(this, QStringLiteral("nextMessageAction"), tr("&Next Message"),
                            {QKeySequence(Qt::Key_F)});
    connect(next, &QAction::triggered, this, [this] { selectNext(false); });
    auto *nextUnread = makeAction(this, QStringLiteral("nextUnreadAction"),
                                  tr("Next &Unread Message"), {QKeySequence(Qt::Key_N)});
    connect(nextUnread, &QAction::triggered, this, [this] { selectNext(true); });
    auto *previous = makeAction(this, QStringLiteral("previousMessageAction"),
                                tr("&Previous Message"), {QKeySequence(Qt::Key_B)});
    connect(previous, &QAction::triggered, this, &MainWindow::selectPrevious);

    auto *source = makeAction(this, QStringLiteral("showSourceAction"), tr("Message &Source"),
                              {QKeySequence(Qt::CTRL | Qt::Key_U)});
    connect(source, &QAction::triggered, this, [this] { m_messageView->showSource(); });

    auto *newFolder = makeAction(this, QStringLiteral("newFolderAction"), tr("&New Folder…"));
    connect(newFolder, &QAction::triggered, this, &MainWindow::newFolderAsk);
    auto *renameFolderAction
        = makeAction(this, QStringLiteral("renameFolderAction"), tr("&Rename Folder…"));
    connect(renameFolderAction, &QAction::triggered, this, &MainWindow::renameFolderAsk);
    auto *deleteFolderAction
        = makeAction(this, QStringLiteral("deleteFolderAction"), tr("De&lete Folder…"));
    connect(deleteFolderAction, &QAction::triggered, this, &MainWindow::deleteFolderAsk);

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
                [this, selection, mbox] { exportAsk(selection, mbox); });
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
    connect(m_moveMenu, &QMenu::aboutToShow, this, &MainWindow::fillMoveMenu);
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

void MainWindow::setThreaded(bool threaded)
{
    if (QAction *a = action(QStringLiteral("threadedViewAction")); a && a->isChecked() != threaded)
        a->setChecked(threaded); // toggled() comes back here and finds nothing to do
    for (const char *name : {"expandThreadsAction", "collapseThreadsAction"})
        if (QAction *a = action(QLatin1String(name)))
            a->setEnabled(threaded);
    QSettings().setValue(QStringLiteral("MainWindow/threaded"), threaded);
    m_messageList->setRootIsDecorated(threaded);
    m_messageList->setTreePosition(MessageListModel::SubjectColumn);
    if (threaded == m_messageModel->isThreaded())
        return;
    const qint64 current = currentMessageId();
    m_messageModel->setThreaded(threaded);
    if (current)
        selectMessage(current);
}

void MainWindow::createCentralArea()
{
    m_folderTree = new QTreeView(this);
    m_folderTree->setObjectName(QStringLiteral("folderTree"));
    m_folderTree->setAccessibleName(tr("Folders"));
    m_folderTree->setHeaderHidden(true);
    m_folderTree->setModel(m_folderModel);
    m_folderTree->setItemDelegate(new UnreadDelegate(FolderModel::UnreadRole, m_folderTree));
    m_folderTree->setDragDropMode(QAbstractItemView::DropOnly);
    m_folderTree->setAcceptDrops(true);
    m_folderTree->setDropIndicatorShown(true);
    connect(m_folderTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { folderActivated(current); });
    connect(m_folderModel, &QAbstractItemModel::modelReset, m_folderTree, &QTreeView::expandAll);

    m_messageList = new MessageTreeView(this);
    m_messageList->setObjectName(QStringLiteral("messageList"));
    m_messageList->setAccessibleName(tr("Messages"));
    m_messageList->setRootIsDecorated(false);
    m_messageList->setUniformRowHeights(true);
    m_messageList->setAllColumnsShowFocus(true);
    m_messageList->setAlternatingRowColors(true);
    m_messageList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_messageList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_messageList->setDragEnabled(true);
    m_messageList->setDragDropMode(QAbstractItemView::DragOnly);
    m_messageList->setDefaultDropAction(Qt::MoveAction);
    m_messageList->setSortingEnabled(true);
    m_messageList->setModel(m_messageModel);
    auto *delegate = new UnreadDelegate(MessageListModel::UnreadRole, m_messageList);
    delegate->setPaperclipColumn(MessageListModel::AttachmentColumn,
                                 MessageListModel::AttachmentRole);
    delegate->setThreadUnreadRole(MessageListModel::ThreadUnreadRole);
    delegate->setSummary(MessageListModel::SubjectColumn, MessageListModel::ThreadSummaryRole);
    m_messageList->setItemDelegate(delegate);
    m_messageList->installEventFilter(this);
    QHeaderView *header = m_messageList->header();
    header->setSortIndicator(MessageListModel::DateColumn, Qt::DescendingOrder);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(MessageListModel::SubjectColumn, QHeaderView::Stretch);
    const int glyph = fontMetrics().height() + 12;
    header->resizeSection(MessageListModel::FlagColumn, glyph);
    header->resizeSection(MessageListModel::AttachmentColumn, glyph);
    header->resizeSection(MessageListModel::SenderColumn, fontMetrics().averageCharWidth() * 28);
    // Wide enough for the longest usual value in the user's own locale and font.
    const QFontMetrics bold(QFont(font().family(), font().pointSize(), QFont::Bold));
    const int padding = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + 16;
    header->resizeSection(MessageListModel::DateColumn,
                          bold.horizontalAdvance(QLocale().toString(
                              QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat))
                              + padding);
    header->resizeSection(MessageListModel::SizeColumn,
                          bold.horizontalAdvance(QLocale().formattedDataSize(1023 * 1024 + 1000))
                              + padding);
    header->resizeSection(MessageListModel::PartialColumn,
                          bold.horizontalAdvance(tr("Partial")) + padding);
    connect(m_messageList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::currentMessageChanged);
    connect(m_messageList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);

    m_listCaption = new QLabel(this);
    m_listCaption->setObjectName(QStringLiteral("listCaption"));
    m_listCaption->setMargin(4);
    m_listCaption->setWordWrap(true);
    m_listCaption->hide();

    auto *listArea = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listArea);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(m_listCaption);
    listLayout->addWidget(m_messageList);

    m_messageView = new MessageView(this);
    m_messageView->body()->installEventFilter(this);
    m_messageView->body()->setPlaceholderText(
        tr("No account yet. Add one to start reading offline."));

    m_searchField = new QLineEdit(this);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setAccessibleName(tr("Search all mail"));
    m_searchField->setPlaceholderText(tr("Search all mail… (Ctrl+K)"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    m_searchField->setToolTip(tr("Words, \"phrases\", from: to: subject: has:attachment "
                                 "is:unread is:flagged folder: before: after:, OR, NOT"));
    m_searchField->installEventFilter(this);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::runSearch);
    connect(m_searchField, &QLineEdit::textChanged, this, &MainWindow::searchTextEdited);
    connect(m_searchField, &QLineEdit::returnPressed, this, &MainWindow::runSearch);

    m_readerSplitter = new QSplitter(Qt::Vertical, this);
    m_readerSplitter->setObjectName(QStringLiteral("readerSplitter"));
    m_readerSplitter->addWidget(listArea);
    m_readerSplitter->addWidget(m_messageView);
    m_readerSplitter->setStretchFactor(1, 2);
    m_readerSplitter->setChildrenCollapsible(false);
    // A first start shows about a dozen rows above the message, as Thunderbird's default does;
    // after that the saved state wins.
    m_readerSplitter->setSizes({300, 400});

    m_outerSplitter = new QSplitter(Qt::Horizontal, this);
    m_outerSplitter->setObjectName(QStringLiteral("outerSplitter"));
    m_outerSplitter->addWidget(m_folderTree);
    m_outerSplitter->addWidget(m_readerSplitter);
    m_outerSplitter->setStretchFactor(1, 3);
    m_outerSplitter->setSizes({240, 860});
    setCentralWidget(m_outerSplitter);
}

void MainWindow::createStatusBar()
{
    m_fetchLabel = new QLabel(this);
    m_fetchLabel->setObjectName(QStringLiteral("fetchLabel"));
    m_fetchProgress = new QProgressBar(this);
    m_fetchProgress->setObjectName(QStringLiteral("fetchProgress"));
    m_fetchProgress->setAccessibleName(tr("Fetch progress"));
    m_fetchProgress->setMaximumWidth(200);
    m_cancelFetch = new QToolButton(this);
    m_cancelFetch->setObjectName(QStringLiteral("cancelFetch"));
    m_cancelFetch->setText(tr("Cancel"));
    m_cancelFetch->setAccessibleName(tr("Cancel fetching mail"));
    connect(m_cancelFetch, &QToolButton::clicked, this, &MainWindow::cancelFetchRequested);
    statusBar()->addWidget(m_fetchLabel);
    statusBar()->addWidget(m_fetchProgress);
    statusBar()->addWidget(m_cancelFetch);
    m_fetchProgress->hide();
    m_cancelFetch->hide();

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("connectionStatus"));
    statusBar()->addPermanentWidget(m_statusLabel);
    setOnline(false);
}

void MainWindow::createTrayIcon()
{
    // Made even where the desktop has no tray, hidden then: its badge and tooltip stay right
    // for when one appears, and tests can read them.
    m_tray = new QSystemTrayIcon(this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    auto *menu = new QMenu(this);
    menu->addAction(action(QStringLiteral("getAllMailAction")));
    menu->addSeparator();
    menu->addAction(m_quitAction);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    updateUnread();
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

void MainWindow::updateUnread()
{
    m_folderModel->refreshCounts();
    showUnread();
}

// The counts the folder model has: title, tray badge and tooltip.
void MainWindow::showUnread()
{
    const int unread = m_folderModel->totalUnread();
    setWindowTitle(unread > 0 ? tr("Satchel (%n unread)", nullptr, unread) : tr("Satchel"));
    if (!m_tray)
        return;
    // A drawn badge: no icon theme is needed, and it follows the palette.
    const int size = 64;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(palette().color(QPalette::Highlight));
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(4, 12, size - 8, size - 24), 8, 8);
    painter.setPen(palette().color(QPalette::HighlightedText));
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(unread > 99 ? 20 : 28);
    painter.setFont(font);
    painter.drawText(pixmap.rect(), Qt::AlignCenter,
                     unread > 0 ? (unread > 999 ? QStringLiteral("999+") : QString::number(unread))
                                : QStringLiteral("✉"));
    painter.end();
    m_tray->setIcon(QIcon(pixmap));
    m_tray->setToolTip(unread > 0 ? tr("Satchel: %n unread", nullptr, unread) : tr("Satchel"));
}

namespace {

// Sender names and subjects are a stranger's text; some notification servers read markup.
QString notificationText(const QString &text, int maxLength)
{
    QString out = text.simplified();
    out.replace(u'<', QChar(0x2039)).replace(u'>', QChar(0x203A)).replace(u'&', QChar(0xFF06));
    if (out.size() > maxLength)
        out = out.left(maxLength - 1) + QChar(0x2026);
    return out;
}

} // namespace

void MainWindow::newMailArrived(qint64 accountId, const QList<qint64> &messageIds)
{
    refresh(); // the list, the folder counts, the title and the tray's badge and tooltip
    const int count = int(messageIds.size());
    if (count <= 0 || !m_archive)
        return;
    // The newest of what the fetch stored is named. A fetch stores in server order, which is
    // arrival order, so the newest are among the last stored: a bounded look at those, as the UI
    // thread must not read thousands of rows after a first fetch.
    constexpr qsizetype kLookBack = 100;
    std::optional<store::MessageRow> newest;
    for (qsizetype i = std::max<qsizetype>(0, count - kLookBack); i < count; ++i) {
        Result<store::MessageRow> row = m_archive->message(messageIds.at(i));
        if (row && (!newest || row->date > newest->date))
            newest = *row;
    }
    QString account;
    if (Result<QHash<qint64, QString>> names = m_archive->accountNames(); names)
        account = names->value(accountId);
    const QString title = account.isEmpty()
        ? tr("%n new message(s)", nullptr, count)
        : tr("%n new message(s) for %1", nullptr, count).arg(notificationText(account, 60));
    QString text;
    if (newest) {
        const QString sender
            = newest->senderName.isEmpty() ? newest->senderAddress : newest->senderName;
        const QString subject = newest->subject.isEmpty() ? tr("(no subject)") : newest->subject;
        text = count == 1
            ? tr("From %1: %2").arg(notificationText(sender, 60), notificationText(subject, 120))
            : tr("Newest from %1: %2")
                  .arg(notificationText(sender, 60), notificationText(subject, 120));
    }
    Q_EMIT newMailNotified(title, text);
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
}

void MainWindow::setArchive(store::Archive *archive)
{
    m_archive = archive;
    m_messageView->clear();
    m_messageView->setArchive(archive);
    m_messageModel->setArchive(archive);
    m_folderModel->setArchive(archive);
    m_messageView->body()->setPlaceholderText(archive ? tr("No message selected.")
                                                      : tr("No account yet. Add one to start "
                                                           "reading offline."));
    if (archive)
        selectFolder(std::nullopt);
    showUnread(); // the folder model has just counted (a scan of the archive)
    updateActions();
}

void MainWindow::refresh()
{
    const std::optional<qint64> folder = m_shownFolder;
    const qint64 current = currentMessageId();
    m_folderModel->reload();
    const QModelIndex index
        = folder ? m_folderModel->indexForFolder(*folder) : m_folderModel->unifiedInboxIndex();
    {
        const QSignalBlocker blocker(m_folderTree->selectionModel());
        m_folderTree->setCurrentIndex(index);
    }
    m_messageModel->refresh();
    if (current)
        selectMessage(current);
    showUnread(); // reload() counted
}

void MainWindow::selectFolder(std::optional<qint64> folderId)
{
    const QModelIndex index
        = folderId ? m_folderModel->indexForFolder(*folderId) : m_folderModel->unifiedInboxIndex();
    if (index.isValid() && index != m_folderTree->currentIndex())
        m_folderTree->setCurrentIndex(index); // folderActivated() follows
    else
        folderActivated(index);
}

void MainWindow::folderActivated(const QModelIndex &index)
{
    if (!m_archive || !index.isValid())
        return;
    const auto kind = FolderModel::Kind(index.data(FolderModel::KindRole).toInt());
    if (kind == FolderModel::Kind::Account)
        return; // an account node is a heading; its folders are below it
    // Choosing a folder ends a search, as in Thunderbird.
    if (!m_searchField->text().isEmpty()) {
        const QSignalBlocker blocker(m_searchField);
        m_searchField->clear();
        m_searchTimer->stop();
    }
    m_searching = false;
    m_listCaption->hide();
    m_shownFolder = kind == FolderModel::Kind::UnifiedInbox
        ? std::nullopt
        : std::optional<qint64>(index.data(FolderModel::FolderIdRole).toLongLong());
    m_messageView->clear();
    m_messageModel->setFolder(m_shownFolder);
    updateActions();
}

std::optional<qint64> MainWindow::currentFolderId() const
{
    return m_searching ? std::nullopt : m_shownFolder;
}

qint64 MainWindow::currentAccountId() const
{
    const QModelIndex index = m_folderTree->currentIndex();
    return index.isValid() ? index.data(FolderModel::AccountIdRole).toLongLong() : 0;
}

QList<qint64> MainWindow::selectedMessageIds() const
{
    QList<qint64> ids;
    QSet<qint64> seen;
    const auto add = [&ids, &seen](const QModelIndex &index) {
        const qint64 id = index.data(MessageListModel::IdRole).toLongLong();
        if (id != 0 && !seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    };
    const QModelIndexList rows = m_messageList->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        add(row);
        // A collapsed conversation stands for all of its messages (as in Thunderbird).
        if (!row.parent().isValid() && m_messageModel->hasChildren(row)
            && !m_messageList->isExpanded(row)) {
            for (int child = 0; child < m_messageModel->rowCount(row); ++child)
                add(m_messageModel->index(child, 0, row));
        }
    }
    return ids;
}

qint64 MainWindow::currentMessageId() const
{
    return m_messageView->messageId();
}

void MainWindow::selectMessage(qint64 id)
{
    const QModelIndex index = m_messageModel->indexOfId(id, MessageListModel::SubjectColumn);
    if (!index.isValid())
        return;
    if (index.parent().isValid())
        m_messageList->expand(index.parent());
    m_messageList->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_messageList->scrollTo(index);
}

void MainWindow::currentMessageChanged()
{
    const QModelIndex current = m_messageList->currentIndex();
    if (!current.isValid()) {
        m_messageView->clear();
        updateActions();
        return;
    }
    const qint64 id = current.data(MessageListModel::IdRole).toLongLong();
    if (id == m_messageView->messageId())
        return;
    if (m_messageView->showMessage(id) && current.data(MessageListModel::UnreadRole).toBool()) {
        // Opening a message reads it (Thunderbird's default).
        if (Status s = m_messageModel->setFlags({id}, store::MessageFlag::Read); !s)
            showError(tr("Marking as read"), s.error().message);
    }
    updateActions();
}

void MainWindow::updateActions()
{
    const bool haveArchive = m_archive != nullptr;
    const bool selection = haveArchive && m_messageList->selectionModel()->hasSelection();
    for (const char *name :
         {"deleteAction", "deletePermanentlyAction", "markReadAction", "markUnreadAction",
          "toggleFlagAction", "exportSelectionMboxAction", "exportSelectionEmlAction"})
        action(QLatin1String(name))->setEnabled(selection);
    m_moveMenu->setEnabled(selection);
    action(QStringLiteral("showSourceAction"))->setEnabled(m_messageView->messageId() != 0);
    const QModelIndex folder = m_folderTree->currentIndex();
    const bool userFolder = haveArchive && !m_searching && folder.isValid()
        && folder.data(FolderModel::KindRole).toInt() == int(FolderModel::Kind::Folder)
        && folder.data(FolderModel::FolderRoleRole).toInt() == int(store::FolderRole::User);
    const bool anyFolder
        = haveArchive && !m_searching && m_messageModel->mode() != MessageListModel::Mode::Empty;
    action(QStringLiteral("renameFolderAction"))->setEnabled(userFolder);
    action(QStringLiteral("deleteFolderAction"))->setEnabled(userFolder);
    action(QStringLiteral("newFolderAction"))->setEnabled(haveArchive && currentAccountId() != 0);
    action(QStringLiteral("exportFolderMboxAction"))->setEnabled(anyFolder);
    action(QStringLiteral("exportFolderEmlAction"))->setEnabled(anyFolder);
    action(QStringLiteral("emptyTrashAction"))->setEnabled(haveArchive);
}

void MainWindow::searchTextEdited()
{
    m_searchTimer->start();
}

void MainWindow::runSearch()
{
    m_searchTimer->stop();
    if (!m_archive)
        return;
    const QString text = m_searchField->text().trimmed();
    if (text.isEmpty()) {
        if (m_searching) {
            m_searching = false;
            m_listCaption->hide();
            m_messageView->clear();
            m_messageModel->setFolder(m_shownFolder);
            updateActions();
        }
        return;
    }
    const Status s = m_messageModel->setSearch(text);
    m_listCaption->show();
    if (!s) {
        // Half-typed queries are normal: say what is wrong, keep the last results.
        m_listCaption->setText(tr("Search: %1").arg(s.error().message));
        m_listCaption->setForegroundRole(QPalette::PlaceholderText);
        return;
    }
    m_searching = true;
    m_messageView->clear();
    m_listCaption->setForegroundRole(QPalette::WindowText);
    const int found = int(m_messageModel->ids().size()); // messages, not conversations
    m_listCaption->setText(
        m_messageModel->searchLimited()
            ? tr("Search results: the newest %n messages that match", nullptr, found)
            : tr("Search results: %n message(s)", nullptr, found));
    {
        const QSignalBlocker blocker(m_folderTree->selectionModel());
        m_folderTree->clearSelection();
    }
    updateActions();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_searchField) {
            if (key->key() == Qt::Key_Escape) {
                m_searchField->clear();
                runSearch();
                m_messageList->setFocus();
                return true;
            }
            if (key->key() == Qt::Key_Down) {
                m_messageList->setFocus();
                return true;
            }
        } else if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            pageOrNext();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::pageOrNext()
{
    if (m_messageView->messageId() == 0 || !m_messageView->pageDown())
        selectNext(false);
}

// The message after `from` in reading order: into a conversation (collapsed or not) before
// the row below it, reading more pages at the end of those read.
QModelIndex MainWindow::messageAfter(const QModelIndex &from, bool intoCollapsed) const
{
    const QModelIndex current = from.siblingAtColumn(0);
    if (current.isValid() && m_messageModel->hasChildren(current)
        && (intoCollapsed || m_messageList->isExpanded(current)))
        return m_messageModel->index(0, 0, current);
    const QModelIndex top = current.parent().isValid() ? current.parent() : current;
    if (current.parent().isValid() && current.row() + 1 < m_messageModel->rowCount(top))
        return m_messageModel->index(current.row() + 1, 0, top);
    const int row = top.isValid() ? top.row() + 1 : 0;
    while (row >= m_messageModel->rowCount() && m_messageModel->canFetchMore({}))
        m_messageModel->fetchMore({});
    return m_messageModel->index(row, 0);
}

void MainWindow::selectNext(bool unreadOnly)
{
    // N looks inside collapsed conversations too (and opens the one it stops in); F and Space
    // go through the rows as shown.
    QModelIndex index = m_messageList->currentIndex();
    for (;;) {
        index = messageAfter(index, unreadOnly);
        if (!index.isValid())
            return;
        if (!unreadOnly || index.data(MessageListModel::UnreadRole).toBool()) {
            selectMessage(index.data(MessageListModel::IdRole).toLongLong());
            return;
        }
    }
}

void MainWindow::selectPrevious()
{
    const QModelIndex above = m_messageList->indexAbove(m_messageList->currentIndex());
    if (above.isValid())
        selectMessage(above.data(MessageListModel::IdRole).toLongLong());
}

qint64 MainWindow::neighbourOutside(const QList<qint64> &leaving) const
{
    // The message that slides into the place of those that go is the next to read: the first
    // row below that stays, else the nearest above.
    const QSet<qint64> gone(leaving.cbegin(), leaving.cend());
    const QModelIndex current = m_messageList->currentIndex();
    for (QModelIndex i = current; i.isValid(); i = m_messageList->indexBelow(i)) {
        const qint64 id = i.data(MessageListModel::IdRole).toLongLong();
        if (!gone.contains(id))
            return id;
    }
    for (QModelIndex i = current; i.isValid(); i = m_messageList->indexAbove(i)) {
        const qint64 id = i.data(MessageListModel::IdRole).toLongLong();
        if (!gone.contains(id))
            return id;
    }
    return 0;
}

void MainWindow::markSelected(bool read)
{
    const QList<qint64> ids = selectedMessageIds();
    if (ids.isEmpty())
        return;
    const Status s = read ? m_messageModel->setFlags(ids, store::MessageFlag::Read)
                          : m_messageModel->setFlags(ids, {}, store::MessageFlag::Read);
    if (!s)
        showError(tr("Marking messages"), s.error().message);
}

void MainWindow::toggleFlagSelected()
{
    const QList<qint64> ids = selectedMessageIds();
    if (ids.isEmpty())
        return;
    // Like Thunderbird: if the current one is flagged, all lose the flag; otherwise all get it.
    const bool flagged = m_messageList->currentIndex().data(MessageListModel::FlaggedRole).toBool();
    const Status s = flagged ? m_messageModel->setFlags(ids, {}, store::MessageFlag::Flagged)
                             : m_messageModel->setFlags(ids, store::MessageFlag::Flagged);
    if (!s)
        showError(tr("Flagging messages"), s.error().message);
}

void MainWindow::afterRowsRemoved(qint64 nextId)
{
    if (m_messageModel->rowCount() == 0 || !m_messageModel->indexOfId(nextId).isValid()) {
        if (!m_messageModel->indexOfId(m_messageView->messageId()).isValid())
            m_messageView->clear();
        if (m_messageModel->rowCount() == 0)
            return;
        nextId = m_messageModel->index(0, 0).data(MessageListModel::IdRole).toLongLong();
    }
    selectMessage(nextId);
}

void MainWindow::deleteSelected()
{
    const QList<qint64> ids = selectedMessageIds();
    if (ids.isEmpty())
        return;
    // In the Trash, Delete means for good (and asks), as in other mail programs.
    const QModelIndex folder = m_folderTree->currentIndex();
    if (!m_searching && folder.isValid()
        && folder.data(FolderModel::FolderRoleRole).toInt() == int(store::FolderRole::Trash)
        && folder.data(FolderModel::KindRole).toInt() == int(FolderModel::Kind::Folder)) {
        deleteSelectedPermanently();
        return;
    }
    const qint64 next = neighbourOutside(ids);
    if (Status s = m_messageModel->moveToTrash(ids); !s) {
        showError(tr("Deleting messages"), s.error().message);
        return;
    }
    afterRowsRemoved(next);
}

void MainWindow::deleteSelectedPermanently()
{
    const QList<qint64> ids = selectedMessageIds();
    if (ids.isEmpty())
        return;
    if (!confirm(tr("Delete Permanently"),
                 tr("Delete %n message(s) permanently? They cannot be recovered. With the "
                    "setting “leave on the server until deleted here”, the server's copy is "
                    "deleted at the next fetch.",
                    nullptr, int(ids.size()))))
        return;
    const qint64 next = neighbourOutside(ids);
    if (Status s = m_messageModel->deletePermanently(ids); !s) {
        showError(tr("Deleting messages"), s.error().message);
        return;
    }
    afterRowsRemoved(next);
}

bool MainWindow::emptyTrash()
{
    if (!m_archive)
        return false;
    // The Trash of the account in view, or every Trash from "All Inboxes" and searches.
    QList<qint64> trashes;
    const qint64 account = m_searching ? 0 : currentAccountId();
    for (const store::Folder &f : m_folderModel->folders()) {
        if (f.role == store::FolderRole::Trash && (account == 0 || f.accountId == account))
            trashes.append(f.id);
    }
    QList<qint64> ids;
    for (const qint64 trash : std::as_const(trashes)) {
        Result<QList<qint64>> inTrash = m_archive->folderMessageIds(trash);
        if (!inTrash) {
            showError(tr("Emptying the Trash"), inTrash.error().message);
            return false;
        }
        ids += *inTrash;
    }
    if (ids.isEmpty())
        return true;
    if (!confirm(tr("Empty Trash"),
                 tr("Permanently delete the %n message(s) in the Trash? With the setting "
                    "“leave on the server until deleted here”, their copies on the server will "
                    "be deleted the next time mail is fetched.",
                    nullptr, int(ids.size()))))
        return false;
    if (Status s = m_archive->deletePermanently(ids); !s) {
        showError(tr("Emptying the Trash"), s.error().message);
        return false;
    }
    m_messageModel->removeIds(ids);
    if (!m_messageList->currentIndex().isValid())
        m_messageView->clear();
    updateUnread();
    return true;
}

void MainWindow::fillMoveMenu()
{
    m_moveMenu->clear();
    const QModelIndex current = m_messageList->currentIndex();
    if (!current.isValid())
        return;
    const qint64 account = current.data(MessageListModel::AccountIdRole).toLongLong();
    const QList<store::Folder> folders = m_folderModel->folders();
    QHash<qint64, store::Folder> byId;
    for (const store::Folder &f : folders)
        byId.insert(f.id, f);
    QList<std::pair<QString, qint64>> entries;
    for (const store::Folder &f : folders) {
        if (f.accountId != account)
            continue;
        QString path = m_folderModel->indexForFolder(f.id).data(FolderModel::NameRole).toString();
        for (std::optional<qint64> p = f.parentId; p && byId.contains(*p);
             p = byId.value(*p).parentId)
            path = byId.value(*p).name + u" / " + path;
        entries.append({path, f.id});
    }
    std::sort(entries.begin(), entries.end(),
              [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    for (const auto &[path, id] : std::as_const(entries)) {
        const qint64 folderId = id;
        m_moveMenu->addAction(path, this, [this, folderId] { (void)moveSelectedTo(folderId); });
    }
}

bool MainWindow::moveSelectedTo(qint64 folderId)
{
    const QList<qint64> ids = selectedMessageIds();
    if (ids.isEmpty())
        return false;
    const qint64 next = neighbourOutside(ids);
    if (Status s = m_messageModel->moveTo(ids, folderId); !s) {
        showError(tr("Moving messages"), s.error().message);
        return false;
    }
    if (!m_messageModel->indexOfId(m_messageView->messageId()).isValid())
        afterRowsRemoved(next);
    return true;
}

void MainWindow::moveRequestedByDrop(const QList<qint64> &ids, qint64 folderId)
{
    const qint64 next = neighbourOutside(ids);
    if (Status s = m_messageModel->moveTo(ids, folderId); !s) {
        showError(tr("Moving messages"), s.error().message);
        return;
    }
    if (!m_messageModel->indexOfId(m_messageView->messageId()).isValid())
        afterRowsRemoved(next);
}

bool MainWindow::createFolder(const QString &name, qint64 accountId, std::optional<qint64> parentId)
{
    if (!m_archive)
        return false;
    Result<qint64> id = m_archive->createFolder(accountId, name, parentId);
    if (!id) {
        showError(tr("New folder"), id.error().message);
        return false;
    }
    refresh();
    return true;
}

bool MainWindow::renameFolder(qint64 folderId, const QString &name)
{
    if (!m_archive)
        return false;
    if (Status s = m_archive->renameFolder(folderId, name); !s) {
        showError(tr("Renaming the folder"), s.error().message);
        return false;
    }
    refresh();
    return true;
}

bool MainWindow::deleteFolder(qint64 folderId)
{
    if (!m_archive)
        return false;
    if (Status s = m_archive->deleteFolder(folderId); !s) {
        showError(tr("Deleting the folder"), s.error().message);
        return false;
    }
    refresh();
    // The folder on screen may have gone with it (itself or a subfolder).
    if (m_shownFolder && !m_folderModel->indexForFolder(*m_shownFolder).isValid()) {
        m_shownFolder.reset();
        selectFolder(std::nullopt);
    }
    return true;
}

void MainWindow::newFolderAsk()
{
    const QModelIndex folder = m_folderTree->currentIndex();
    const qint64 account = currentAccountId();
    if (!m_archive || account == 0)
        return;
    std::optional<qint64> parent;
    if (folder.data(FolderModel::KindRole).toInt() == int(FolderModel::Kind::Folder)
        && folder.data(FolderModel::FolderRoleRole).toInt() == int(store::FolderRole::User))
        parent = folder.data(FolderModel::FolderIdRole).toLongLong();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Folder"), tr("Folder name:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        (void)createFolder(name.trimmed(), account, parent);
}

void MainWindow::renameFolderAsk()
{
    const QModelIndex folder = m_folderTree->currentIndex();
    if (!folder.isValid()
        || folder.data(FolderModel::FolderRoleRole).toInt() != int(store::FolderRole::User))
        return;
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Rename Folder"), tr("New name:"), QLineEdit::Normal,
                                folder.data(FolderModel::NameRole).toString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        (void)renameFolder(folder.data(FolderModel::FolderIdRole).toLongLong(), name.trimmed());
}

void MainWindow::deleteFolderAsk()
{
    const QModelIndex folder = m_folderTree->currentIndex();
    if (!folder.isValid()
        || folder.data(FolderModel::FolderRoleRole).toInt() != int(store::FolderRole::User))
        return;
    if (!confirm(tr("Delete Folder"),
                 tr("Delete the folder “%1” and its subfolders? Their messages are moved to the "
                    "Trash.")
                     .arg(folder.data(FolderModel::NameRole).toString())))
        return;
    (void)deleteFolder(folder.data(FolderModel::FolderIdRole).toLongLong());
}

bool MainWindow::exportMessages(const QList<qint64> &ids, const QString &path, bool mbox)
{
    if (!m_archive || ids.isEmpty())
        return false;
    Result<int> written
        = mbox ? io::exportMbox(*m_archive, ids, path) : io::exportEml(*m_archive, ids, path);
    if (!written) {
        showError(tr("Exporting"), written.error().message);
        return false;
    }
    statusBar()->showMessage(tr("Exported %n message(s) to %1", nullptr, *written).arg(path), 5000);
    return true;
}

void MainWindow::exportAsk(bool selection, bool mbox)
{
    if (!m_archive)
        return;
    QList<qint64> ids;
    if (selection) {
        ids = selectedMessageIds();
    } else if (m_shownFolder) {
        Result<QList<qint64>> all = m_archive->folderMessageIds(*m_shownFolder);
        if (!all) {
            showError(tr("Exporting"), all.error().message);
            return;
        }
        ids = *all;
    } else {
        for (const store::Folder &f : m_folderModel->folders()) {
            if (f.role != store::FolderRole::Inbox)
                continue;
            Result<QList<qint64>> inbox = m_archive->folderMessageIds(f.id);
            if (inbox)
                ids += *inbox;
        }
    }
    if (ids.isEmpty())
        return;
    const QString path = mbox
        ? QFileDialog::getSaveFileName(this, tr("Export as mbox"), QString(),
                                       tr("Mailbox files (*.mbox);;All files (*)"))
        : QFileDialog::getExistingDirectory(this, tr("Export as .eml Files"));
    if (!path.isEmpty())
        (void)exportMessages(ids, path, mbox);
}

void MainWindow::fetchStarted(qint64 accountId, const QString &accountName)
{
    Q_UNUSED(accountId);
    m_fetchLabel->setText(tr("Getting mail for %1…").arg(accountName));
    m_fetchProgress->setRange(0, 0); // busy until the first count arrives
    m_fetchProgress->show();
    m_cancelFetch->show();
}

void MainWindow::fetchProgress(qint64 accountId, int done, int total)
{
    Q_UNUSED(accountId);
    m_fetchProgress->setRange(0, qMax(total, 0));
    m_fetchProgress->setValue(done);
    m_fetchProgress->setFormat(tr("%1 of %2").arg(done).arg(total));
    m_fetchProgress->show();
    m_cancelFetch->show();
}

void MainWindow::fetchFinished(qint64 accountId, const QString &error)
{
    Q_UNUSED(accountId);
    m_fetchProgress->hide();
    m_cancelFetch->hide();
    m_fetchLabel->setText(error.isEmpty() ? QString() : error);
    refresh();
}

void MainWindow::setOnline(bool online)
{
    m_statusLabel->setText(online ? tr("Online") : tr("Offline"));
    m_statusLabel->setToolTip(online ? tr("The mail servers can be reached.")
                                     : tr("Working offline: everything here is stored on "
                                          "this computer."));
}

void MainWindow::showError(const QString &what, const QString &message)
{
    // Calm: the status bar, not a dialog that blocks the reading.
    statusBar()->showMessage(tr("%1 failed: %2").arg(what, message), 10000);
}

bool MainWindow::confirm(const QString &title, const QString &text)
{
    return m_confirm ? m_confirm(title, text) : false;
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_outerSplitter->restoreState(settings.value(QStringLiteral("outerSplitter")).toByteArray());
    m_readerSplitter->restoreState(settings.value(QStringLiteral("readerSplitter")).toByteArray());
    m_messageList->header()->restoreState(
        settings.value(QStringLiteral("messageListHeader")).toByteArray());
    m_messageView->setDetailsShown(settings.value(QStringLiteral("headerDetails"), false).toBool());
    // The sort restored with the header is the one the model must use.
    m_messageModel->sort(m_messageList->header()->sortIndicatorSection(),
                         m_messageList->header()->sortIndicatorOrder());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("outerSplitter"), m_outerSplitter->saveState());
    settings.setValue(QStringLiteral("readerSplitter"), m_readerSplitter->saveState());
    settings.setValue(QStringLiteral("messageListHeader"), m_messageList->header()->saveState());
    settings.setValue(QStringLiteral("headerDetails"), m_messageView->detailsShown());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Satchel"),
                       tr("<p><b>Satchel %1</b></p><p>An offline mail reader that never loses a "
                          "message.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace satchel::ui

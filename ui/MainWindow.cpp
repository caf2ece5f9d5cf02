#include "MainWindow.h"

#include "FirstRowsMark.h"
#include "FolderActions.h"
#include "MessageActions.h"
#include "MessageNavigation.h"
#include "MessageTreeView.h"
#include "MessageView.h"
#include "SafeBrowser.h"
#include "TrayNotifier.h"
#include "UnreadDelegate.h"
#include "model/FolderModel.h"
#include "model/MessageListModel.h"
#include "store/Archive.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace satchel::ui {

using model::FolderModel;
using model::MessageListModel;

namespace {

// How long typing pauses before the search runs: short enough to feel live, long enough not to
// search for every letter of a word.
constexpr int kSearchDelayMs = 250;

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
    // The parts work on the widgets, so they come after them; the actions made above call them
    // only when triggered.
    m_messageActions = new MessageActions(this);
    m_folderActions = new FolderActions(this);
    m_navigation = new MessageNavigation(this);
    createMenus();
    createStatusBar();
    m_trayNotifier = new TrayNotifier(this);
    resize(1100, 720);
    restoreLayout();
    updateActions();
    if (qEnvironmentVariableIsSet("SATCHEL_BENCH_MARK"))
        markFirstRowsPainted();

    connect(m_folderModel, &FolderModel::moveRequested, m_messageActions,
            &MessageActions::moveRequestedByDrop);
    connect(m_messageModel, &MessageListModel::countsChanged, m_trayNotifier,
            &TrayNotifier::updateUnread);
    connect(m_trayNotifier, &TrayNotifier::newMailNotified, this, &MainWindow::newMailNotified);
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

void MainWindow::markFirstRowsPainted()
{
    new FirstRowsMark(m_messageList->viewport(), m_messageModel);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
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

QSystemTrayIcon *MainWindow::trayIcon() const
{
    return m_trayNotifier->trayIcon();
}

void MainWindow::updateUnread()
{
    m_trayNotifier->updateUnread();
}

void MainWindow::newMailArrived(qint64 accountId, const QList<qint64> &messageIds)
{
    refresh(); // the list, the folder counts, the title and the tray's badge and tooltip
    m_trayNotifier->notifyNewMail(accountId, messageIds);
}

// The public API's folder and message work is the parts': the same code the menus run.
bool MainWindow::createFolder(const QString &name, qint64 accountId, std::optional<qint64> parentId)
{
    return m_folderActions->createFolder(name, accountId, parentId);
}

bool MainWindow::renameFolder(qint64 folderId, const QString &name)
{
    return m_folderActions->renameFolder(folderId, name);
}

bool MainWindow::deleteFolder(qint64 folderId)
{
    return m_folderActions->deleteFolder(folderId);
}

bool MainWindow::moveSelectedTo(qint64 folderId)
{
    return m_messageActions->moveSelectedTo(folderId);
}

bool MainWindow::emptyTrash()
{
    return m_messageActions->emptyTrash();
}

bool MainWindow::exportMessages(const QList<qint64> &ids, const QString &path, bool mbox)
{
    return m_messageActions->exportMessages(ids, path, mbox);
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
    m_trayNotifier->showUnread(); // the folder model has just counted (a scan of the archive)
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
    m_trayNotifier->showUnread(); // reload() counted
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
            m_navigation->pageOrNext();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
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

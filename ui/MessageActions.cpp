#include "MessageActions.h"

#include "MainWindow.h"
#include "MessageView.h"
#include "io/Exporter.h"
#include "model/FolderModel.h"
#include "model/MessageListModel.h"
#include "store/Archive.h"

#include <QFileDialog>
#include <QMenu>
#include <QSet>
#include <QStatusBar>
#include <QTreeView>

#include <algorithm>

namespace satchel::ui {

using model::FolderModel;
using model::MessageListModel;

MessageActions::MessageActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_messageModel(window->messageModel())
    , m_folderModel(window->folderModel())
    , m_messageList(window->messageList())
    , m_folderTree(window->folderTree())
    , m_messageView(window->messageView())
{ }

void MessageActions::markSelected(bool read)
{
    const QList<qint64> ids = m_window->selectedMessageIds();
    if (ids.isEmpty())
        return;
    const Status s = read ? m_messageModel->setFlags(ids, store::MessageFlag::Read)
                          : m_messageModel->setFlags(ids, {}, store::MessageFlag::Read);
    if (!s)
        m_window->showError(MainWindow::tr("Marking messages"), s.error().message);
}

void MessageActions::toggleFlagSelected()
{
    const QList<qint64> ids = m_window->selectedMessageIds();
    if (ids.isEmpty())
        return;
    // Like Thunderbird: if the current one is flagged, all lose the flag; otherwise all get it.
    const bool flagged = m_messageList->currentIndex().data(MessageListModel::FlaggedRole).toBool();
    const Status s = flagged ? m_messageModel->setFlags(ids, {}, store::MessageFlag::Flagged)
                             : m_messageModel->setFlags(ids, store::MessageFlag::Flagged);
    if (!s)
        m_window->showError(MainWindow::tr("Flagging messages"), s.error().message);
}

void MessageActions::afterRowsRemoved(qint64 nextId)
{
    if (m_messageModel->rowCount() == 0 || !m_messageModel->indexOfId(nextId).isValid()) {
        if (!m_messageModel->indexOfId(m_messageView->messageId()).isValid())
            m_messageView->clear();
        if (m_messageModel->rowCount() == 0)
            return;
        nextId = m_messageModel->index(0, 0).data(MessageListModel::IdRole).toLongLong();
    }
    m_window->selectMessage(nextId);
}

void MessageActions::deleteSelected()
{
    const QList<qint64> ids = m_window->selectedMessageIds();
    if (ids.isEmpty())
        return;
    // In the Trash, Delete means for good (and asks), as in other mail programs.
    const QModelIndex folder = m_folderTree->currentIndex();
    if (!m_window->isSearching() && folder.isValid()
        && folder.data(FolderModel::FolderRoleRole).toInt() == int(store::FolderRole::Trash)
        && folder.data(FolderModel::KindRole).toInt() == int(FolderModel::Kind::Folder)) {
        deleteSelectedPermanently();
        return;
    }
    deleteAndSelectNext(ids, false);
}

void MessageActions::deleteSelectedPermanently()
{
    const QList<qint64> ids = m_window->selectedMessageIds();
    if (ids.isEmpty())
        return;
    if (!m_window->confirm(
            MainWindow::tr("Delete Permanently"),
            MainWindow::tr("Delete %n message(s) permanently? They cannot be recovered. With the "
                           "setting “leave on the server until deleted here”, the server's copy is "
                           "deleted at the next fetch.",
                           nullptr, int(ids.size()))))
        return;
    deleteAndSelectNext(ids, true);
}

// To the Trash or for good; then the message that slid into their place is the one to read.
void MessageActions::deleteAndSelectNext(const QList<qint64> &ids, bool permanently)
{
    const qint64 next = neighbourOutside(ids);
    const Status s
        = permanently ? m_messageModel->deletePermanently(ids) : m_messageModel->moveToTrash(ids);
    if (!s) {
        m_window->showError(MainWindow::tr("Deleting messages"), s.error().message);
        return;
    }
    afterRowsRemoved(next);
}

bool MessageActions::emptyTrash()
{
    if (!m_window->archive())
        return false;
    // The Trash of the account in view, or every Trash from "All Inboxes" and searches.
    QList<qint64> trashes;
    const qint64 account = m_window->isSearching() ? 0 : m_window->currentAccountId();
    for (const store::Folder &f : m_folderModel->folders()) {
        if (f.role == store::FolderRole::Trash && (account == 0 || f.accountId == account))
            trashes.append(f.id);
    }
    QList<qint64> ids;
    for (const qint64 trash : std::as_const(trashes)) {
        Result<QList<qint64>> inTrash = m_window->archive()->folderMessageIds(trash);
        if (!inTrash) {
            m_window->showError(MainWindow::tr("Emptying the Trash"), inTrash.error().message);
            return false;
        }
        ids += *inTrash;
    }
    if (ids.isEmpty())
        return true;
    if (!m_window->confirm(
            MainWindow::tr("Empty Trash"),
            MainWindow::tr(
                "Permanently delete the %n message(s) in the Trash? With the setting "
                "“leave on the server until deleted here”, their copies on the server will "
                "be deleted the next time mail is fetched.",
                nullptr, int(ids.size()))))
        return false;
    if (Status s = m_window->archive()->deletePermanently(ids); !s) {
        m_window->showError(MainWindow::tr("Emptying the Trash"), s.error().message);
        return false;
    }
    m_messageModel->removeIds(ids);
    if (!m_messageList->currentIndex().isValid())
        m_messageView->clear();
    m_window->updateUnread();
    return true;
}

void MessageActions::fillMoveMenu(QMenu *menu)
{
    menu->clear();
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
        menu->addAction(path, this, [this, folderId] { (void)moveSelectedTo(folderId); });
    }
}

bool MessageActions::moveSelectedTo(qint64 folderId)
{
    const QList<qint64> ids = m_window->selectedMessageIds();
    if (ids.isEmpty())
        return false;
    return moveTo(ids, folderId);
}

void MessageActions::moveRequestedByDrop(const QList<qint64> &ids, qint64 folderId)
{
    (void)moveTo(ids, folderId);
}

// Moved messages stay in search results (they still match) and in their own folder: the next
// message takes the place of the one on screen only when that one has left the list.
bool MessageActions::moveTo(const QList<qint64> &ids, qint64 folderId)
{
    const qint64 next = neighbourOutside(ids);
    if (Status s = m_messageModel->moveTo(ids, folderId); !s) {
        m_window->showError(MainWindow::tr("Moving messages"), s.error().message);
        return false;
    }
    if (!m_messageModel->indexOfId(m_messageView->messageId()).isValid())
        afterRowsRemoved(next);
    return true;
}

qint64 MessageActions::neighbourOutside(const QList<qint64> &leaving) const
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

bool MessageActions::exportMessages(const QList<qint64> &ids, const QString &path, bool mbox)
{
    if (!m_window->archive() || ids.isEmpty())
        return false;
    Result<int> written = mbox ? io::exportMbox(*m_window->archive(), ids, path)
                               : io::exportEml(*m_window->archive(), ids, path);
    if (!written) {
        m_window->showError(MainWindow::tr("Exporting"), written.error().message);
        return false;
    }
    m_window->statusBar()->showMessage(
        MainWindow::tr("Exported %n message(s) to %1", nullptr, *written).arg(path), 5000);
    return true;
}

void MessageActions::exportAsk(bool selection, bool mbox)
{
    if (!m_window->archive())
        return;
    QList<qint64> ids;
    if (selection) {
        ids = m_window->selectedMessageIds();
    } else if (m_window->shownFolder()) {
        Result<QList<qint64>> all = m_window->archive()->folderMessageIds(*m_window->shownFolder());
        if (!all) {
            m_window->showError(MainWindow::tr("Exporting"), all.error().message);
            return;
        }
        ids = *all;
    } else {
        for (const store::Folder &f : m_folderModel->folders()) {
            if (f.role != store::FolderRole::Inbox)
                continue;
            Result<QList<qint64>> inbox = m_window->archive()->folderMessageIds(f.id);
            if (inbox)
                ids += *inbox;
        }
    }
    if (ids.isEmpty())
        return;
    const QString path = mbox
        ? QFileDialog::getSaveFileName(m_window, MainWindow::tr("Export as mbox"), QString(),
                                       MainWindow::tr("Mailbox files (*.mbox);;All files (*)"))
        : QFileDialog::getExistingDirectory(m_window, MainWindow::tr("Export as .eml Files"));
    if (!path.isEmpty())
        (void)exportMessages(ids, path, mbox);
}

} // namespace satchel::ui

#include "FolderActions.h"

#include "MainWindow.h"
#include "model/FolderModel.h"
#include "store/Archive.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QTreeView>

namespace satchel::ui {

using model::FolderModel;

FolderActions::FolderActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{ }

bool FolderActions::createFolder(const QString &name, qint64 accountId,
                                 std::optional<qint64> parentId)
{
    if (!m_window->archive())
        return false;
    Result<qint64> id = m_window->archive()->createFolder(accountId, name, parentId);
    if (!id) {
        m_window->showError(MainWindow::tr("New folder"), id.error().message);
        return false;
    }
    m_window->refresh();
    return true;
}

bool FolderActions::renameFolder(qint64 folderId, const QString &name)
{
    if (!m_window->archive())
        return false;
    if (Status s = m_window->archive()->renameFolder(folderId, name); !s) {
        m_window->showError(MainWindow::tr("Renaming the folder"), s.error().message);
        return false;
    }
    m_window->refresh();
    return true;
}

bool FolderActions::deleteFolder(qint64 folderId)
{
    if (!m_window->archive())
        return false;
    if (Status s = m_window->archive()->deleteFolder(folderId); !s) {
        m_window->showError(MainWindow::tr("Deleting the folder"), s.error().message);
        return false;
    }
    m_window->refresh();
    // The folder on screen may have gone with it (itself or a subfolder): All Inboxes, which
    // is always there, takes its place.
    if (const std::optional<qint64> shown = m_window->shownFolder();
        shown && !m_window->folderModel()->indexForFolder(*shown).isValid())
        m_window->selectFolder(std::nullopt);
    return true;
}

void FolderActions::newFolderAsk()
{
    const QModelIndex folder = m_window->folderTree()->currentIndex();
    const qint64 account = m_window->currentAccountId();
    if (!m_window->archive() || account == 0)
        return;
    std::optional<qint64> parent;
    if (folder.data(FolderModel::KindRole).toInt() == int(FolderModel::Kind::Folder)
        && folder.data(FolderModel::FolderRoleRole).toInt() == int(store::FolderRole::User))
        parent = folder.data(FolderModel::FolderIdRole).toLongLong();
    bool ok = false;
    const QString name
        = QInputDialog::getText(m_window, MainWindow::tr("New Folder"),
                                MainWindow::tr("Folder name:"), QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        (void)createFolder(name.trimmed(), account, parent);
}

void FolderActions::renameFolderAsk()
{
    const QModelIndex folder = m_window->folderTree()->currentIndex();
    if (!folder.isValid()
        || folder.data(FolderModel::FolderRoleRole).toInt() != int(store::FolderRole::User))
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, MainWindow::tr("Rename Folder"),
                                               MainWindow::tr("New name:"), QLineEdit::Normal,
                                               folder.data(FolderModel::NameRole).toString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        (void)renameFolder(folder.data(FolderModel::FolderIdRole).toLongLong(), name.trimmed());
}

void FolderActions::deleteFolderAsk()
{
    const QModelIndex folder = m_window->folderTree()->currentIndex();
    if (!folder.isValid()
        || folder.data(FolderModel::FolderRoleRole).toInt() != int(store::FolderRole::User))
        return;
    if (!m_window->confirm(
            MainWindow::tr("Delete Folder"),
            MainWindow::tr(
                "Delete the folder “%1” and its subfolders? Their messages are moved to the "
                "Trash.")
                .arg(folder.data(FolderModel::NameRole).toString())))
        return;
    (void)deleteFolder(folder.data(FolderModel::FolderIdRole).toLongLong());
}

} // namespace satchel::ui

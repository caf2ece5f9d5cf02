#pragma once

#include "store/Folder.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace satchel::store {

class ArchiveConnection;

// The part of the archive that owns the folders table: an account's Inbox and Trash, user
// folders and their tree, and the one rule that deleting a folder never loses mail (its messages
// go to the Trash first). Archive.h documents each call.
class Folders
{
public:
    explicit Folders(ArchiveConnection &connection);

    [[nodiscard]] Result<qint64> create(qint64 accountId, const QString &name,
                                        std::optional<qint64> parentId);
    [[nodiscard]] Result<qint64> special(qint64 accountId, FolderRole role);
    [[nodiscard]] Result<QList<Folder>> list(std::optional<qint64> accountId);
    [[nodiscard]] Status rename(qint64 folderId, const QString &name);
    [[nodiscard]] Status remove(qint64 folderId);
    [[nodiscard]] Result<QList<qint64>> messageIds(qint64 folderId);

    // Inside the caller's transaction: a new account's Inbox and Trash.
    [[nodiscard]] Status createSpecialFolders(qint64 accountId);
    // The folder's account, by id: for a statement prepared once and run for many messages
    // (MessageInserter) as well as for create().
    [[nodiscard]] static const QString &accountOfSql();

private:
    ArchiveConnection &m_connection;
};

} // namespace satchel::store

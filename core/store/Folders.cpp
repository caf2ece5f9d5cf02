#include "store/Folders.h"

#include "store/ArchiveConnection.h"
#include "store/SqlHelpers.h"
#include "store/Transaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace satchel::store {

namespace {

// What createFolder() and renameFolder() refuse: a blank name, or one with the path separator.
std::optional<Error> badName(const QString &name)
{
    if (name.trimmed().isEmpty() || name.contains(u'/'))
        return Error {Error::Code::Invalid,
                      QStringLiteral("\"%1\" cannot be a folder name").arg(name)};
    return std::nullopt;
}

} // namespace

Folders::Folders(ArchiveConnection &connection)
    : m_connection(connection)
{ }

const QString &Folders::accountOfSql()
{
    static const QString sql = QStringLiteral("SELECT account_id FROM folders WHERE id = ?");
    return sql;
}

Result<qint64> Folders::create(qint64 accountId, const QString &name,
                               std::optional<qint64> parentId)
{
    if (std::optional<Error> error = badName(name))
        return *error;
    const QSqlDatabase &db = m_connection.db();
    if (parentId) {
        QSqlQuery q(db);
        if (Status s = select(q, accountOfSql(), {*parentId}, QStringLiteral("folder lookup")); !s)
            return s.error();
        if (!q.next())
            return notFound(QStringLiteral("No folder %1").arg(*parentId));
        if (q.value(0).toLongLong() != accountId)
            return Error {Error::Code::Invalid,
                          QStringLiteral("A folder's parent must belong to the same account")};
    }
    QSqlQuery q(db);
    if (Status s
        = execute(q,
                  QStringLiteral("INSERT INTO folders (account_id, parent_id, name, "
                                 "role) VALUES (?, ?, ?, 0)"),
                  {accountId,
                   parentId ? QVariant(*parentId) : QVariant(QMetaType(QMetaType::LongLong)), name},
                  QStringLiteral("Cannot create the folder %1").arg(name));
        !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status Folders::createSpecialFolders(qint64 accountId)
{
    QSqlQuery q(m_connection.db());
    if (Status s = prepare(q,
                           QStringLiteral("INSERT INTO folders (account_id, parent_id, name, "
                                          "role) VALUES (?, NULL, ?, ?)"));
        !s)
        return s;
    const std::pair<QString, FolderRole> special[] = {{QStringLiteral("Inbox"), FolderRole::Inbox},
                                                      {QStringLiteral("Trash"), FolderRole::Trash}};
    for (const auto &[name, role] : special) {
        q.addBindValue(accountId);
        q.addBindValue(name);
        q.addBindValue(int(role));
        if (Status s = run(q, QStringLiteral("Cannot create the folder %1").arg(name)); !s)
            return s;
    }
    return {};
}

Result<qint64> Folders::special(qint64 accountId, FolderRole role)
{
    QSqlQuery q(m_connection.db());
    if (Status s
        = select(q, QStringLiteral("SELECT id FROM folders WHERE account_id = ? AND role = ?"),
                 {accountId, int(role)}, QStringLiteral("folder lookup"));
        !s)
        return s.error();
    if (!q.next())
        return notFound(QStringLiteral("Account %1 has no such folder").arg(accountId));
    return q.value(0).toLongLong();
}

Result<QList<Folder>> Folders::list(std::optional<qint64> accountId)
{
    const QString sql = QStringLiteral("SELECT id, account_id, parent_id, name, role FROM folders")
        + (accountId ? QStringLiteral(" WHERE account_id = ?") : QString())
        + QStringLiteral(" ORDER BY account_id, role = 0, name");
    QSqlQuery q(m_connection.db());
    if (Status s = select(q, sql, accountId ? QVariantList {*accountId} : QVariantList {},
                          QStringLiteral("folder list"));
        !s)
        return s.error();
    QList<Folder> result;
    while (q.next()) {
        Folder f;
        f.id = q.value(0).toLongLong();
        f.accountId = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            f.parentId = q.value(2).toLongLong();
        f.name = q.value(3).toString();
        f.role = static_cast<FolderRole>(q.value(4).toInt());
        result.append(f);
    }
    return result;
}

Status Folders::rename(qint64 folderId, const QString &name)
{
    if (std::optional<Error> error = badName(name))
        return *error;
    QSqlQuery q(m_connection.db());
    if (Status s
        = execute(q, QStringLiteral("UPDATE folders SET name = ? WHERE id = ? AND role = 0"),
                  {name, folderId}, QStringLiteral("Cannot rename the folder to %1").arg(name));
        !s)
        return s;
    if (q.numRowsAffected() != 1)
        return notFound(QStringLiteral("No user folder %1").arg(folderId));
    return {};
}

Status Folders::remove(qint64 folderId)
{
    const QSqlDatabase &db = m_connection.db();
    return inTransaction(m_connection, Durability::Normal, [&]() -> Status {
        {
            QSqlQuery role(db);
            if (Status s = select(role, QStringLiteral("SELECT role FROM folders WHERE id = ?"),
                                  {folderId}, QStringLiteral("folder lookup"));
                !s)
                return s;
            if (!role.next())
                return notFound(QStringLiteral("No folder %1").arg(folderId));
            if (role.value(0).toInt() != int(FolderRole::User))
                return Error {Error::Code::Invalid,
                              QStringLiteral("The Inbox and the Trash cannot be deleted")};
        }
        // The folder and every folder below it: their messages go to the Trash with no origin
        // to return to, since the origin is about to go.
        QSqlQuery toTrash(db);
        if (Status s = execute(
                toTrash,
                QStringLiteral(
                    "WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL SELECT f.id FROM folders f "
                    "JOIN tree t ON f.parent_id = t.id) "
                    "UPDATE messages SET trash_origin = NULL, folder_id = (SELECT f.id FROM "
                    "folders f WHERE f.account_id = messages.account_id AND f.role = 2) "
                    "WHERE folder_id IN (SELECT id FROM tree)"),
                {folderId}, QStringLiteral("Cannot move the folder's messages to the Trash"));
            !s)
            return s;
        // Subfolders go by ON DELETE CASCADE.
        QSqlQuery remove(db);
        return execute(remove, QStringLiteral("DELETE FROM folders WHERE id = ?"), {folderId},
                       QStringLiteral("Cannot delete the folder"));
    });
}

Result<QList<qint64>> Folders::messageIds(qint64 folderId)
{
    return selectIds(m_connection.db(),
                     QStringLiteral("SELECT id FROM messages WHERE folder_id = ? "
                                    "ORDER BY date DESC, id DESC"),
                     {folderId}, QStringLiteral("folder messages"));
}

} // namespace satchel::store

#include "store/Accounts.h"

#include "store/ArchiveConnection.h"
#include "store/Folders.h"
#include "store/MessageEdits.h"
#include "store/SqlHelpers.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace satchel::store {

Accounts::Accounts(ArchiveConnection &connection, Folders &folders, MessageEdits &edits)
    : m_connection(connection)
    , m_folders(folders)
    , m_edits(edits)
{ }

Result<qint64> Accounts::create(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error {Error::Code::Invalid, QStringLiteral("An account needs a name")};
    return inTransaction(m_connection, Durability::Normal, [&]() -> Result<qint64> {
        qint64 accountId = 0;
        {
            QSqlQuery q(m_connection.db());
            if (Status s = execute(q,
                                   QStringLiteral("INSERT INTO accounts (name, created) VALUES "
                                                  "(?, ?)"),
                                   {name, QDateTime::currentMSecsSinceEpoch()},
                                   QStringLiteral("Cannot create the account %1").arg(name));
                !s)
                return s.error();
            accountId = q.lastInsertId().toLongLong();
        }
        if (Status s = m_folders.createSpecialFolders(accountId); !s)
            return s.error();
        return accountId;
    });
}

Result<QHash<qint64, QString>> Accounts::names()
{
    QSqlQuery q(m_connection.db());
    if (Status s = select(q, QStringLiteral("SELECT id, name FROM accounts"), {},
                          QStringLiteral("account list"));
        !s)
        return s.error();
    QHash<qint64, QString> names;
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

Status Accounts::setSettings(qint64 accountId, const QByteArray &settings)
{
    QSqlQuery q(m_connection.db());
    return execute(q,
                   QStringLiteral("INSERT INTO account_settings (account_id, settings) VALUES "
                                  "(?, ?) ON CONFLICT (account_id) DO UPDATE SET settings = "
                                  "excluded.settings"),
                   {accountId, QString::fromUtf8(settings)},
                   QStringLiteral("Cannot save the settings of account %1").arg(accountId));
}

Result<QHash<qint64, QByteArray>> Accounts::settings()
{
    QSqlQuery q(m_connection.db());
    if (Status s = select(q, QStringLiteral("SELECT account_id, settings FROM account_settings"),
                          {}, QStringLiteral("account settings"));
        !s)
        return s.error();
    QHash<qint64, QByteArray> all;
    while (q.next())
        all.insert(q.value(0).toLongLong(), q.value(1).toString().toUtf8());
    return all;
}

Status Accounts::remove(qint64 accountId, bool deleteMail)
{
    const QSqlDatabase &db = m_connection.db();
    const QVariantList account {accountId};
    return inTransaction(m_connection, Durability::Normal, [&]() -> Status {
        if (!deleteMail) {
            // The mail stays in the account's folders and only fetching ends. The ledger stays
            // with it: adding the account again later fetches only what it does not have.
            QSqlQuery q(db);
            return execute(q, QStringLiteral("DELETE FROM account_settings WHERE account_id = ?"),
                           account, QStringLiteral("remove account"));
        }
        Result<QList<qint64>> ids
            = selectIds(db, QStringLiteral("SELECT id FROM messages WHERE account_id = ?"), account,
                        QStringLiteral("account messages"));
        if (!ids)
            return ids.error();
        if (Status s = m_edits.deleteInTransaction(*ids); !s)
            return s;
        // Folders, ledger and settings go by ON DELETE CASCADE.
        QSqlQuery q(db);
        if (Status s = execute(q, QStringLiteral("DELETE FROM accounts WHERE id = ?"), account,
                               QStringLiteral("remove account"));
            !s)
            return s;
        if (q.numRowsAffected() != 1)
            return notFound(QStringLiteral("No account %1").arg(accountId));
        return {};
    });
}

} // namespace satchel::store

#include "store/UidlLedger.h"

#include "store/ArchiveConnection.h"
#include "store/SqlHelpers.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace satchel::store {

namespace {

const QString &selectEntries()
{
    static const QString columns
        = QStringLiteral("SELECT account_id, uidl, first_seen, message, state FROM uidl_ledger");
    return columns;
}

LedgerEntry readEntry(const QSqlQuery &q)
{
    LedgerEntry e;
    e.accountId = q.value(0).toLongLong();
    e.uidl = q.value(1).toString();
    e.firstSeen = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    if (!q.value(3).isNull())
        e.messageId = q.value(3).toLongLong();
    e.state = static_cast<LedgerState>(q.value(4).toInt());
    return e;
}

} // namespace

UidlLedger::UidlLedger(ArchiveConnection &connection)
    : m_connection(connection)
{ }

const QString &UidlLedger::recordSql()
{
    static const QString sql = QStringLiteral("INSERT INTO uidl_ledger (account_id, uidl, "
                                              "first_seen, message, state) VALUES (?, ?, ?, ?, ?)");
    return sql;
}

void UidlLedger::bindRecord(QSqlQuery &q, qint64 accountId, const QString &uidl, qint64 firstSeenMs,
                            qint64 messageId, LedgerState state)
{
    q.addBindValue(accountId);
    q.addBindValue(uidl);
    q.addBindValue(firstSeenMs);
    q.addBindValue(messageId);
    q.addBindValue(int(state));
}

Result<std::optional<LedgerEntry>> UidlLedger::entry(qint64 accountId, const QString &uidl)
{
    QSqlQuery q(m_connection.db());
    if (Status s = select(q, selectEntries() + u" WHERE account_id = ? AND uidl = ?",
                          {accountId, uidl}, QStringLiteral("ledger"));
        !s)
        return s.error();
    if (!q.next())
        return std::optional<LedgerEntry>();
    return std::optional<LedgerEntry>(readEntry(q));
}

Result<QList<LedgerEntry>> UidlLedger::entries(qint64 accountId)
{
    QSqlQuery q(m_connection.db());
    if (Status s = select(q, selectEntries() + u" WHERE account_id = ? ORDER BY first_seen, uidl",
                          {accountId}, QStringLiteral("ledger"));
        !s)
        return s.error();
    QList<LedgerEntry> entries;
    while (q.next())
        entries.append(readEntry(q));
    return entries;
}

Status UidlLedger::markDeleteSent(qint64 accountId, const QStringList &uidls)
{
    // Durable: the rows must be on disk before the DELE they announce is sent.
    return inTransaction(m_connection, Durability::Durable, [&] {
        return changeEach(
            m_connection.db(),
            QStringLiteral("UPDATE uidl_ledger SET state = ? WHERE account_id = ? AND uidl = ?"),
            uidls, QStringLiteral("ledger"),
            [&](const QString &uidl) {
                return QVariantList {int(LedgerState::DeleteSent), accountId, uidl};
            },
            [](const QString &uidl) {
                return QStringLiteral("UIDL %1 is not in the ledger").arg(uidl);
            });
    });
}

Status UidlLedger::forgetDeleteSent(qint64 accountId)
{
    return inTransaction(m_connection, Durability::Normal, [&]() -> Status {
        QSqlQuery q(m_connection.db());
        return execute(q,
                       QStringLiteral("DELETE FROM uidl_ledger WHERE account_id = ? AND state = ?"),
                       {accountId, int(LedgerState::DeleteSent)}, QStringLiteral("ledger"));
    });
}

Result<int> UidlLedger::markElsewhere(qint64 accountId, const QStringList &uidls,
                                      const QDateTime &firstSeen)
{
    return inTransaction(m_connection, Durability::Normal, [&]() -> Result<int> {
        QSqlQuery q(m_connection.db());
        if (Status s = prepare(q,
                               // Not OR IGNORE: that would hide a CHECK failure too.
                               QStringLiteral("INSERT INTO uidl_ledger (account_id, uidl, "
                                              "first_seen, message, state) VALUES (?, ?, ?, "
                                              "NULL, ?) ON CONFLICT (account_id, uidl) DO "
                                              "NOTHING"));
            !s)
            return s.error();
        int added = 0;
        for (const QString &uidl : uidls) {
            q.addBindValue(accountId);
            q.addBindValue(uidl);
            q.addBindValue(firstSeen.toMSecsSinceEpoch());
            q.addBindValue(int(LedgerState::Elsewhere));
            if (Status s = run(q, QStringLiteral("ledger")); !s)
                return s.error();
            added += q.numRowsAffected() > 0 ? 1 : 0;
        }
        return added;
    });
}

Result<int> UidlLedger::rebuild(qint64 accountId)
{
    return inTransaction(m_connection, Durability::Normal, [&] {
        // Oldest first, so the first stored copy of a repeated UIDL gets the row.
        return changeRows(m_connection.db(),
                          QStringLiteral("INSERT INTO uidl_ledger (account_id, uidl, first_seen, "
                                         "message, state) SELECT account_id, uidl, first_seen, "
                                         "id, CASE WHEN partial THEN ? ELSE ? END FROM messages "
                                         "WHERE account_id = ? AND uidl IS NOT NULL AND uidl <> "
                                         "'' ORDER BY first_seen, id ON CONFLICT (account_id, "
                                         "uidl) DO NOTHING"),
                          {int(LedgerState::Partial), int(LedgerState::Stored), accountId},
                          QStringLiteral("ledger rebuild"));
    });
}

Status UidlLedger::prune(qint64 accountId, const QStringList &completeServerUidls)
{
    const QSqlDatabase &db = m_connection.db();
    return inTransaction(m_connection, Durability::Normal, [&]() -> Status {
        if (Status s = exec(db,
                            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS server_uidls "
                                           "(uidl TEXT PRIMARY KEY) WITHOUT ROWID"));
            !s)
            return s;
        if (Status s = exec(db, QStringLiteral("DELETE FROM server_uidls")); !s)
            return s;
        QSqlQuery fill(db);
        if (Status s
            = prepare(fill, QStringLiteral("INSERT OR IGNORE INTO server_uidls (uidl) VALUES (?)"));
            !s)
            return s;
        for (const QString &uidl : completeServerUidls) {
            fill.addBindValue(uidl);
            if (Status s = run(fill, QStringLiteral("ledger")); !s)
                return s;
        }
        QSqlQuery prune(db);
        return execute(prune,
                       QStringLiteral("DELETE FROM uidl_ledger WHERE account_id = ? AND uidl NOT "
                                      "IN (SELECT uidl FROM server_uidls)"),
                       {accountId}, QStringLiteral("ledger"));
    });
}

Status UidlLedger::markBodyStored(qint64 messageId)
{
    QSqlQuery q(m_connection.db());
    return execute(
        q, QStringLiteral("UPDATE uidl_ledger SET state = ? WHERE message = ? AND state = ?"),
        {int(LedgerState::Stored), messageId, int(LedgerState::Partial)}, QStringLiteral("ledger"));
}

} // namespace satchel::store

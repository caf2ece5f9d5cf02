#pragma once

#include "store/LedgerEntry.h"
#include "util/Result.h"

#include <QList>
#include <QStringList>

#include <optional>

class QSqlQuery;

namespace satchel::store {

class ArchiveConnection;

// The part of the archive that owns the UIDL ledger (uidl_ledger; DESIGN.md, "never lose a
// message"): which server messages were downloaded, deleted or marked as kept elsewhere, and
// the steps of the safe delete (delete_sent durably before DELE, forgotten after QUIT +OK).
// Archive.h documents each call. A stored message's row is written by the insert itself, in
// its transaction, with recordSql() and bindRecord().
class UidlLedger
{
public:
    explicit UidlLedger(ArchiveConnection &connection);

    [[nodiscard]] Result<std::optional<LedgerEntry>> entry(qint64 accountId, const QString &uidl);
    [[nodiscard]] Result<QList<LedgerEntry>> entries(qint64 accountId);
    [[nodiscard]] Status markDeleteSent(qint64 accountId, const QStringList &uidls);
    [[nodiscard]] Status forgetDeleteSent(qint64 accountId);
    [[nodiscard]] Result<int> markElsewhere(qint64 accountId, const QStringList &uidls,
                                            const QDateTime &firstSeen);
    [[nodiscard]] Result<int> rebuild(qint64 accountId);
    [[nodiscard]] Status prune(qint64 accountId, const QStringList &completeServerUidls);
    // Inside the caller's transaction: the partial message's row becomes Stored (its body came).
    [[nodiscard]] Status markBodyStored(qint64 messageId);

    // The INSERT of a stored message's row, for a statement prepared once and run for many
    // messages (MessageInserter), and its bindings.
    [[nodiscard]] static const QString &recordSql();
    static void bindRecord(QSqlQuery &q, qint64 accountId, const QString &uidl, qint64 firstSeenMs,
                           qint64 messageId, LedgerState state);

private:
    ArchiveConnection &m_connection;
};

} // namespace satchel::store

#pragma once

#include "store/Durability.h"
#include "store/MessageFlags.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>

namespace satchel::store {

class ArchiveConnection;
class MessageQueries;
class SearchIndex;
class UidlLedger;

// The part of the archive that changes stored messages: flags, moves, the Trash, deleting for
// good (row, raw bytes, index entry; the ledger row stays) and completing a partial message
// with its body. Each call is one transaction; Archive.h documents them.
class MessageEdits
{
public:
    MessageEdits(ArchiveConnection &connection, MessageQueries &queries, SearchIndex &index,
                 UidlLedger &ledger);

    [[nodiscard]] Status move(const QList<qint64> &ids, qint64 folderId);
    [[nodiscard]] Status setFlags(const QList<qint64> &ids, MessageFlags set, MessageFlags clear);
    [[nodiscard]] Status moveToTrash(const QList<qint64> &ids);
    [[nodiscard]] Status deletePermanently(const QList<qint64> &ids);
    [[nodiscard]] Status completePartial(qint64 id, const QByteArray &raw, Durability durability);

    // Inside the caller's transaction: deletePermanently() (for removing an account's mail).
    [[nodiscard]] Status deleteInTransaction(const QList<qint64> &ids);

private:
    ArchiveConnection &m_connection;
    MessageQueries &m_queries;
    SearchIndex &m_index;
    UidlLedger &m_ledger;
};

} // namespace satchel::store

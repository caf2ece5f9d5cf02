#pragma once

#include "store/DerivedColumns.h"
#include "store/Durability.h"
#include "store/NewMessage.h"
#include "util/Result.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QSqlQuery>

#include <utility>
#include <vector>

namespace satchel::store {

class ArchiveConnection;

// The part of the archive that inserts messages, the hot path of fetching and importing: one
// instance per insert transaction prepares its statements once and inserts each message with
// them, its row, raw bytes, threading links, search row and (with a uidl) ledger row.
// Archive::insertMessages() uses it through insertAll(), Archive::InsertBatch keeps one across
// calls. Its statements must be gone before COMMIT (an open statement makes SQLite refuse it).
class MessageInserter
{
public:
    explicit MessageInserter(const QSqlDatabase &db);
    MessageInserter(const MessageInserter &) = delete;
    MessageInserter &operator=(const MessageInserter &) = delete;

    // Once, inside the transaction, before the first insert().
    [[nodiscard]] Status prepare();
    // The message's id. On failure part of it may be written: the caller rolls back.
    [[nodiscard]] Result<qint64> insert(const NewMessage &message);
    // Writes the search rows of the messages inserted so far, all of them or those that fit
    // before the deadline; true once none is left. Must run before COMMIT.
    [[nodiscard]] Result<bool> writeSearchRows(QDeadlineTimer deadline = QDeadlineTimer::Forever);

    // The columns of `messages` that follow from a message's bytes, in bindContent()'s order:
    // insert() writes them, MessageEdits::completePartial() writes them again. `fallbackDate`
    // stands in for a missing or unreadable Date header.
    [[nodiscard]] static const QString &contentColumns();
    static void bindContent(QSqlQuery &q, const mime::ParsedMessage &parsed,
                            const DerivedColumns &derived, const QDateTime &fallbackDate,
                            const QByteArray &raw, const QByteArray &rawHash);

    // Many messages in one transaction of their own, all or nothing.
    [[nodiscard]] static Result<QList<qint64>> insertAll(ArchiveConnection &connection,
                                                         const QList<NewMessage> &messages,
                                                         Durability durability);

private:
    [[nodiscard]] Result<qint64> conversationFor(const mime::ParsedMessage &parsed,
                                                 const QString &subjectSort, qint64 accountId);

    QSqlQuery m_folderAccount, m_insertMessage, m_maxMessageId, m_insertRaw, m_insertRef,
        m_insertFts, m_insertLedger, m_byMessageId, m_byRef, m_bySubject, m_merge;
    QHash<qint64, qint64> m_folderAccounts; // folder -> account, checked once per transaction
    // The id the next message gets: what SQLite would choose (the largest id plus one; the
    // table has no AUTOINCREMENT), known before the insert, so that a message that starts a
    // conversation is inserted with conversation_id = id at once instead of updated after,
    // which moved its entry in the conversation index a second time. Read once per
    // transaction, which holds the write lock (BEGIN IMMEDIATE); 0: not read yet.
    qint64 m_nextMessageId = 0;
    // The search index rows of the transaction's messages, written together just before COMMIT
    // (writeSearchRows()). FTS5 collects a transaction's rows in memory and writes them as one
    // segment, but writes out what it holds whenever a statement opens a savepoint, and the
    // threading UPDATE of the next message does. Inserted with each message, every message
    // became a segment of its own, to be merged again and again.
    std::vector<std::pair<qint64, FtsDocument>> m_pendingFts;
    size_t m_ftsWritten = 0; // of m_pendingFts, by writeSearchRows() calls with a deadline
};

} // namespace satchel::store

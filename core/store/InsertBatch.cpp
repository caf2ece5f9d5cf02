// Archive::InsertBatch: messages inserted one at a time into one transaction that stays open
// between calls (Archive.h). The inserting itself is MessageInserter's.
#include "store/Archive.h"

#include "store/ArchiveConnection.h"
#include "store/MessageInserter.h"
#include "store/Transaction.h"

namespace satchel::store {

Result<std::unique_ptr<Archive::InsertBatch>> Archive::beginInsertBatch()
{
    std::unique_ptr<InsertBatch> batch(new InsertBatch(*m_connection));
    if (Status s = batch->start(); !s)
        return s.error(); // the transaction rolls back with the batch
    batch->m_open = true;
    return batch;
}

Archive::InsertBatch::InsertBatch(ArchiveConnection &connection)
    : m_connection(connection)
{ }

Archive::InsertBatch::~InsertBatch()
{
    m_inserter.reset(); // before the transaction's rollback, as before a commit
}

Status Archive::InsertBatch::start()
{
    m_inserter.reset();
    // Rolls back the transaction before, if any, as it goes.
    m_transaction = std::make_unique<Transaction>(m_connection, Durability::Normal);
    if (Status s = m_transaction->begin(); !s)
        return s;
    m_inserter = std::make_unique<MessageInserter>(m_connection.db());
    return m_inserter->prepare();
}

Result<qint64> Archive::InsertBatch::add(NewMessage message)
{
    if (!m_open)
        return Error {Error::Code::Invalid, QStringLiteral("The insert batch is closed")};
    Result<qint64> id = m_inserter->insert(message);
    if (id) {
        // Kept for a restart without the parsed form: parsed again if it comes to that (rare),
        // rather than holding every parsed message of the batch.
        message.parsed.reset();
        message.derived.reset();
        m_kept.append(std::move(message));
        return id;
    }
    // Part of this message may be written, in the transaction with the others: the transaction
    // starts again without it. (A savepoint per message would undo it in place, but FTS5 writes
    // its pending index out at every savepoint, which made a whole fetch twice as slow.) Where
    // that fails too (a full disk), the batch is lost.
    if (!restart()) {
        m_open = false;
        m_kept.clear();
    }
    return id.error();
}

bool Archive::InsertBatch::restart()
{
    if (!start())
        return false;
    // In the same order, so each gets the id it had.
    for (const NewMessage &message : std::as_const(m_kept)) {
        if (!m_inserter->insert(message))
            return false;
    }
    return true;
}

Status Archive::InsertBatch::commit()
{
    if (!m_open)
        return Error {Error::Code::Invalid, QStringLiteral("The insert batch is closed")};
    m_open = false;
    if (Result<bool> written = m_inserter->writeSearchRows(); !written)
        return written.error(); // the transaction rolls back with the batch
    m_inserter.reset(); // an open statement makes SQLite refuse COMMIT
    if (Status s = m_transaction->commit(); !s)
        return s;
    m_connection.committedInBulk();
    return {};
}

Result<bool> Archive::InsertBatch::writeSearchRows(int budgetMs)
{
    if (!m_open)
        return Error {Error::Code::Invalid, QStringLiteral("The insert batch is closed")};
    Result<bool> written = m_inserter->writeSearchRows(QDeadlineTimer(budgetMs));
    if (!written)
        m_open = false; // as a failed commit: the transaction rolls back with the batch
    return written;
}

} // namespace satchel::store

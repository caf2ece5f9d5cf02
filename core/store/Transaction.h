#pragma once

#include "store/ArchiveConnection.h"
#include "store/Durability.h"
#include "util/Result.h"

#include <type_traits>

namespace satchel::store {

// BEGIN IMMEDIATE ... COMMIT on an archive's connection, rolled back unless committed: every
// write of the archive that needs more than one statement goes through this guard, most through
// inTransaction() below. A durable transaction raises synchronous to FULL for its commit (it
// cannot be changed inside a transaction) and lowers it again afterwards.
//
// One at a time per connection, as in SQLite: begin() refuses (Error::Code::Invalid) while
// another transaction is open on the connection, such as an InsertBatch's, and leaves that one
// alone. Every QSqlQuery that ran inside must be finished or gone before commit(): an open
// statement makes SQLite refuse COMMIT.
class Transaction
{
public:
    Transaction(ArchiveConnection &connection, Durability durability);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] Status begin();
    // On failure the transaction stays open, and the destructor rolls it back.
    [[nodiscard]] Status commit();
    [[nodiscard]] bool isOpen() const { return m_open; }

private:
    void rollback();

    ArchiveConnection &m_connection;
    bool m_durable;
    bool m_raisedSynchronous = false;
    bool m_open = false;
};

// Runs `work` (a callable returning Status or Result<T>) in a transaction: committed when it
// succeeds, rolled back when it fails, with work's result or the failure to begin or commit. The
// statements `work` makes are gone when it returns, before the COMMIT.
template<typename Work>
[[nodiscard]] std::invoke_result_t<Work &> inTransaction(ArchiveConnection &connection,
                                                         Durability durability, Work &&work)
{
    Transaction transaction(connection, durability);
    if (Status s = transaction.begin(); !s)
        return s.error();
    std::invoke_result_t<Work &> result = work();
    if (!result)
        return result;
    if (Status s = transaction.commit(); !s)
        return s.error();
    return result;
}

} // namespace satchel::store

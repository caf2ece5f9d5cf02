#include "store/Transaction.h"

#include "store/SqlHelpers.h"

namespace satchel::store {

Transaction::Transaction(ArchiveConnection &connection, Durability durability)
    : m_connection(connection)
    , m_durable(durability == Durability::Durable)
{ }

Transaction::~Transaction()
{
    if (m_open)
        rollback();
    if (m_raisedSynchronous)
        (void)exec(m_connection.db(), QStringLiteral("PRAGMA synchronous = NORMAL"));
}

Status Transaction::begin()
{
    if (m_open || m_connection.m_inTransaction)
        return Error {Error::Code::Invalid,
                      QStringLiteral("%1: a transaction is already open on this connection (an "
                                     "insert batch, say); nothing else may write until it ends")
                          .arg(m_connection.path())};
    if (m_durable) {
        m_raisedSynchronous = true; // lowered again in any case: FULL may have taken effect
        if (Status s = exec(m_connection.db(), QStringLiteral("PRAGMA synchronous = FULL")); !s)
            return s;
    }
    if (Status s = exec(m_connection.db(), QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s;
    m_open = true;
    m_connection.m_inTransaction = true;
    return {};
}

Status Transaction::commit()
{
    if (!m_open)
        return Error {Error::Code::Invalid, QStringLiteral("No transaction to commit")};
    if (Status s = exec(m_connection.db(), QStringLiteral("COMMIT")); !s)
        return s; // still open: the destructor rolls back
    m_open = false;
    m_connection.m_inTransaction = false;
    return {};
}

void Transaction::rollback()
{
    (void)exec(m_connection.db(), QStringLiteral("ROLLBACK"));
    m_open = false;
    m_connection.m_inTransaction = false;
}

} // namespace satchel::store

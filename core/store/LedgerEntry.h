#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace satchel::store {

// One row of the UIDL ledger (DESIGN.md, "never lose a message").
enum class LedgerState { Stored = 0, Partial = 1, DeleteSent = 2 };

struct LedgerEntry
{
    qint64 accountId = 0;
    QString uidl;
    QDateTime firstSeen;
    std::optional<qint64> messageId; // nothing once the local copy was permanently deleted
    LedgerState state = LedgerState::Stored;
};

} // namespace satchel::store

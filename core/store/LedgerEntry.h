#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace satchel::store {

// One row of the UIDL ledger (DESIGN.md, "never lose a message").
//   Stored      the message is here (or was, until deleted here: messageId empty)
//   Partial     only its headers are here; the body is still only on the server
//   DeleteSent  DELE is (about to be) sent; cleared after QUIT +OK
//   Elsewhere   "mark everything on the server as already downloaded": known, so never
//               downloaded, but never stored here - so Satchel never deletes it from the server,
//               whatever the retention policy (it would lose a message nobody has a copy of).
enum class LedgerState { Stored = 0, Partial = 1, DeleteSent = 2, Elsewhere = 3 };

struct LedgerEntry
{
    qint64 accountId = 0;
    QString uidl;
    QDateTime firstSeen;
    std::optional<qint64> messageId; // nothing once the local copy was permanently deleted
    LedgerState state = LedgerState::Stored;
};

} // namespace satchel::store

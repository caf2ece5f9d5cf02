#pragma once

#include "mime/ParsedMessage.h"
#include "store/DerivedColumns.h"
#include "store/MessageFlags.h"
#include "store/RawCodec.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace satchel::store {

// A message to insert. With a uidl, its ledger row is written in the same transaction.
struct NewMessage
{
    qint64 accountId = 0;
    qint64 folderId = 0;
    QByteArray raw; // kept byte for byte
    QDateTime arrival; // first seen here; the ledger's first-seen time; the last-resort date
    QString uidl; // the POP3 UIDL, or empty
    bool partial = false; // only the headers (TOP n 0) or a prefix were downloaded
    MessageFlags flags;
    // The caller may parse on another thread and hand the result over; otherwise insert parses.
    std::optional<mime::ParsedMessage> parsed;
    // deriveColumns(*parsed), when the caller has it already (used only together with parsed).
    std::optional<DerivedColumns> derived;
    // Archive::rawHash(raw), when the caller has it already; otherwise insert computes it.
    QByteArray rawHash;
    // encodeRaw(raw), when the caller has it already (computed on another thread); otherwise
    // insert encodes.
    std::optional<EncodedRaw> encodedRaw;
};

} // namespace satchel::store

#include "store/MessageEdits.h"

#include "mime/MessageParser.h"
#include "store/ArchiveConnection.h"
#include "store/Folder.h"
#include "store/MessageInserter.h"
#include "store/MessageQueries.h"
#include "store/RawCodec.h"
#include "store/SearchIndex.h"
#include "store/SqlHelpers.h"
#include "store/Transaction.h"
#include "store/UidlLedger.h"

#include <QSqlQuery>
#include <QVariant>

namespace satchel::store {

namespace {

QString noMessage(qint64 id)
{
    return QStringLiteral("No message %1").arg(id);
}

} // namespace

MessageEdits::MessageEdits(ArchiveConnection &connection, MessageQueries &queries,
                           SearchIndex &index, UidlLedger &ledger)
    : m_connection(connection)
    , m_queries(queries)
    , m_index(index)
    , m_ledger(ledger)
{ }

Status MessageEdits::move(const QList<qint64> &ids, qint64 folderId)
{
    return inTransaction(m_connection, Durability::Normal, [&] {
        return changeEach(
            m_connection.db(),
            QStringLiteral("UPDATE messages SET folder_id = ?, trash_origin = NULL WHERE id = ? "
                           "AND account_id = (SELECT account_id FROM folders WHERE id = ?)"),
            ids, QStringLiteral("move"),
            [&](qint64 id) {
                return QVariantList {folderId, id, folderId};
            },
            [&](qint64 id) {
                return QStringLiteral("No message %1 in the account of folder %2")
                    .arg(id)
                    .arg(folderId);
            });
    });
}

Status MessageEdits::setFlags(const QList<qint64> &ids, MessageFlags set, MessageFlags clear)
{
    return inTransaction(m_connection, Durability::Normal, [&] {
        return changeEach(
            m_connection.db(),
            QStringLiteral("UPDATE messages SET flags = (flags | ?) & ~? WHERE id = ?"), ids,
            QStringLiteral("flags"),
            [&](qint64 id) {
                return QVariantList {set.toInt(), clear.toInt(), id};
            },
            noMessage);
    });
}

Status MessageEdits::moveToTrash(const QList<qint64> &ids)
{
    return inTransaction(m_connection, Durability::Normal, [&]() -> Status {
        QSqlQuery q(m_connection.db()), inTrash(m_connection.db());
        if (Status s
            = prepare(q,
                      QStringLiteral(
                          "UPDATE messages SET trash_origin = folder_id, folder_id = (SELECT f.id "
                          "FROM folders f WHERE f.account_id = messages.account_id AND f.role = 2) "
                          "WHERE id = ?"));
            !s)
            return s;
        if (Status s = prepare(inTrash,
                               QStringLiteral("SELECT f.role FROM messages m JOIN folders f ON "
                                              "f.id = m.folder_id WHERE m.id = ?"));
            !s)
            return s;
        for (const qint64 id : ids) {
            inTrash.addBindValue(id);
            if (Status s = run(inTrash, QStringLiteral("trash")); !s)
                return s;
            if (!inTrash.next())
                return notFound(noMessage(id));
            const bool already = inTrash.value(0).toInt() == int(FolderRole::Trash);
            inTrash.finish();
            if (already)
                continue;
            q.addBindValue(id);
            if (Status s = run(q, QStringLiteral("trash")); !s)
                return s;
        }
        return {};
    });
}

Status MessageEdits::deletePermanently(const QList<qint64> &ids)
{
    return inTransaction(m_connection, Durability::Normal,
                         [&]() -> Status { return deleteInTransaction(ids); });
}

Status MessageEdits::deleteInTransaction(const QList<qint64> &ids)
{
    // The index rows first: removing one repeats what was indexed, derived from the raw bytes,
    // which go with the message.
    if (Status s = m_index.removeRows(ids); !s)
        return s;
    // Raw bytes and threading links go by ON DELETE CASCADE; the ledger row keeps the UIDL with
    // message = NULL (ON DELETE SET NULL).
    return changeEach(
        m_connection.db(), QStringLiteral("DELETE FROM messages WHERE id = ?"), ids,
        QStringLiteral("delete"), [](qint64 id) { return QVariantList {id}; }, noMessage);
}

Status MessageEdits::completePartial(qint64 id, const QByteArray &raw, Durability durability)
{
    Result<MessageRow> row = m_queries.message(id);
    if (!row)
        return row.error();
    if (!row->partial)
        return Error {Error::Code::Invalid,
                      QStringLiteral("Message %1 is not partial; it is complete already").arg(id)};
    Result<QByteArray> oldRaw = m_queries.rawMessage(id);
    if (!oldRaw)
        return oldRaw.error();
    // Parsed and derived before the transaction, which holds the write lock.
    const QDateTime firstSeen = row->firstSeen;
    const mime::ParsedMessage parsed = mime::parseMessage(raw, firstSeen);
    const FtsDocument oldDoc = SearchIndex::documentOf(*oldRaw);
    const DerivedColumns columns = deriveColumns(parsed);
    const EncodedRaw encoded = encodeRaw(raw);

    return inTransaction(m_connection, durability, [&]() -> Status {
        if (Status s = m_index.replaceRow(id, oldDoc, columns.fts); !s)
            return s;
        // Only while still partial: the body is stored once.
        QSqlQuery update(m_connection.db());
        if (Status s = prepare(update,
                               u"UPDATE messages SET (" + MessageInserter::contentColumns()
                                   + u") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                     u"?), partial = 0 WHERE id = ? AND partial <> 0");
            !s)
            return s;
        MessageInserter::bindContent(update, parsed, columns, firstSeen, raw, rawSha256(raw));
        update.addBindValue(id);
        if (Status s = run(update, QStringLiteral("Cannot store the message")); !s)
            return s;
        if (update.numRowsAffected() != 1)
            return notFound(QStringLiteral("No partial message %1").arg(id));

        QSqlQuery updateRaw(m_connection.db());
        if (Status s = execute(updateRaw,
                               QStringLiteral("UPDATE message_raw SET encoding = ?, data = ? "
                                              "WHERE id = ?"),
                               {int(encoded.encoding), encoded.data, id},
                               QStringLiteral("Cannot store the raw message"));
            !s)
            return s;
        return m_ledger.markBodyStored(id);
    });
}

} // namespace satchel::store

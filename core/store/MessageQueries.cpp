#include "store/MessageQueries.h"

#include "store/ArchiveConnection.h"
#include "store/RawCodec.h"
#include "store/SearchQuery.h"
#include "store/SqlHelpers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace satchel::store {

namespace {

// The columns of a MessageRow, in readRow()'s order.
const QString &rowColumns()
{
    static const QString columns = QStringLiteral(
        "id, account_id, folder_id, conversation_id, date, date_offset, sender_name, "
        "sender_address, recipients, subject, preview, size, flags, has_attachments, partial, "
        "uidl, first_seen, message_id");
    return columns;
}
constexpr int kRowColumnCount = 18;

MessageRow readRow(const QSqlQuery &q)
{
    MessageRow r;
    r.id = q.value(0).toLongLong();
    r.accountId = q.value(1).toLongLong();
    r.folderId = q.value(2).toLongLong();
    r.conversationId = q.value(3).toLongLong();
    r.date = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::OffsetFromUTC,
                                            q.value(5).toInt());
    r.senderName = q.value(6).toString();
    r.senderAddress = q.value(7).toString();
    r.recipients = q.value(8).toString();
    r.subject = q.value(9).toString();
    r.preview = q.value(10).toString();
    r.size = q.value(11).toLongLong();
    r.flags = MessageFlags::fromInt(q.value(12).toInt());
    r.hasAttachments = q.value(13).toBool();
    r.partial = q.value(14).toBool();
    r.uidl = q.value(15).toString();
    r.firstSeen = QDateTime::fromMSecsSinceEpoch(q.value(16).toLongLong(), Qt::UTC);
    r.messageId = q.value(17).toString();
    return r;
}

QLatin1String sortColumn(SortKey key)
{
    switch (key) {
    case SortKey::Date:
        return QLatin1String("date");
    case SortKey::Sender:
        return QLatin1String("sender_sort");
    case SortKey::Subject:
        return QLatin1String("subject_sort");
    case SortKey::Size:
        return QLatin1String("size");
    }
    return QLatin1String("date");
}

} // namespace

MessageQueries::MessageQueries(ArchiveConnection &connection)
    : m_connection(connection)
{ }

Result<MessageRow> MessageQueries::message(qint64 id)
{
    QSqlQuery q(m_connection.db());
    if (Status s = select(q, u"SELECT " + rowColumns() + u" FROM messages WHERE id = ?", {id},
                          QStringLiteral("message"));
        !s)
        return s.error();
    if (!q.next())
        return notFound(QStringLiteral("No message %1").arg(id));
    return readRow(q);
}

Result<QByteArray> MessageQueries::rawMessage(qint64 id)
{
    QSqlQuery q(m_connection.db());
    if (Status s = select(q, QStringLiteral("SELECT encoding, data FROM message_raw WHERE id = ?"),
                          {id}, QStringLiteral("raw message"));
        !s)
        return s.error();
    if (!q.next())
        return notFound(QStringLiteral("No message %1").arg(id));
    const int encoding = q.value(0).toInt();
    if (std::optional<QByteArray> raw = decodeRaw(encoding, q.value(1).toByteArray()))
        return *std::move(raw);
    return Error {Error::Code::Corrupt,
                  QStringLiteral("The stored bytes of message %1 (encoding %2) do not decode")
                      .arg(id)
                      .arg(encoding)};
}

Result<Page> MessageQueries::page(const PageRequest &request)
{
    if (request.limit <= 0)
        return Error {Error::Code::Invalid, QStringLiteral("A page needs a positive size")};
    const QString key = sortColumn(request.sortKey);
    const bool ascending = request.order == Qt::AscendingOrder;
    QString sql = u"SELECT " + rowColumns() + u", " + key + u" FROM messages WHERE "
        + (request.folderId
               ? QStringLiteral("folder_id = ?")
               : QStringLiteral("folder_id IN (SELECT id FROM folders WHERE role = 1)"));
    if (request.after)
        sql += u" AND (" + key + u", id) " + (ascending ? u">" : u"<") + u" (?, ?)";
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    sql += u" ORDER BY " + key + direction + u", id" + direction + u" LIMIT ?";

    QVariantList values;
    if (request.folderId)
        values.append(*request.folderId);
    if (request.after)
        values << request.after->sortValue << request.after->id;
    values.append(request.limit + 1); // one more tells whether there is a next page
    QSqlQuery q(m_connection.db());
    if (Status s = select(q, sql, values, QStringLiteral("message list")); !s)
        return s.error();
    Page page;
    QVariant lastKey;
    while (q.next()) {
        if (page.rows.size() == request.limit) {
            page.next = PageCursor {lastKey, page.rows.constLast().id};
            break;
        }
        page.rows.append(readRow(q));
        lastKey = q.value(kRowColumnCount);
    }
    return page;
}

Result<QHash<qint64, int>> MessageQueries::unreadCounts()
{
    QSqlQuery q(m_connection.db());
    if (Status s = select(q,
                          QStringLiteral("SELECT folder_id, count(*) FROM messages WHERE "
                                         "(flags & %1) = 0 GROUP BY folder_id")
                              .arg(int(MessageFlag::Read)),
                          {}, QStringLiteral("unread counts"));
        !s)
        return s.error();
    QHash<qint64, int> counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

Result<QList<qint64>> MessageQueries::conversation(qint64 conversationId)
{
    return selectIds(m_connection.db(),
                     QStringLiteral("SELECT id FROM messages WHERE conversation_id = ? "
                                    "ORDER BY date, id"),
                     {conversationId}, QStringLiteral("conversation"));
}

Result<QList<qint64>> MessageQueries::messageIds()
{
    return selectIds(m_connection.db(), QStringLiteral("SELECT id FROM messages ORDER BY id"), {},
                     QStringLiteral("message list"));
}

Result<std::optional<qint64>> MessageQueries::findByRawHash(const QByteArray &hash)
{
    QSqlQuery q(m_connection.db());
    if (Status s = select(q, QStringLiteral("SELECT id FROM messages WHERE raw_sha256 = ? LIMIT 1"),
                          {hash}, QStringLiteral("duplicate lookup"));
        !s)
        return s.error();
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<QList<qint64>> MessageQueries::searchIds(const QString &ftsMatch, int limit)
{
    return selectIds(m_connection.db(),
                     QStringLiteral("SELECT rowid FROM message_fts WHERE message_fts MATCH ? "
                                    "ORDER BY rank LIMIT ?"),
                     {ftsMatch, limit}, QStringLiteral("search"));
}

Result<QList<qint64>> MessageQueries::search(const SearchQuery &query, int limit)
{
    const SearchQuery::Sql sql = query.toSql();
    QVariantList values = sql.bindings;
    values.append(limit > 0 ? limit : -1);
    return selectIds(m_connection.db(),
                     QStringLiteral("SELECT m.id FROM messages m WHERE %1 "
                                    "ORDER BY m.date DESC, m.id DESC LIMIT ?")
                         .arg(sql.where),
                     values, QStringLiteral("search"));
}

Result<QList<MessageRow>> MessageQueries::searchRows(const SearchQuery &query, int limit)
{
    const SearchQuery::Sql sql = query.toSql();
    QString columns = rowColumns();
    columns.replace(QLatin1String(", "), QLatin1String(", m."));
    columns += QLatin1String(", m.from_json, m.to_json, m.cc_json, m.attachments_json, m.has_html");
    QVariantList values = sql.bindings;
    values.append(limit > 0 ? limit : -1);
    QSqlQuery q(m_connection.db());
    if (Status s = select(q,
                          QStringLiteral("SELECT m.%1 FROM messages m WHERE %2 "
                                         "ORDER BY m.date DESC, m.id DESC LIMIT ?")
                              .arg(columns, sql.where),
                          values, QStringLiteral("search"));
        !s)
        return s.error();
    QList<MessageRow> rows;
    while (q.next()) {
        MessageRow row = readRow(q);
        // The lists after the row's own columns; null in rows older than schema 6.
        constexpr int lists = kRowColumnCount;
        if (!q.value(lists).isNull() && !q.value(lists + 1).isNull() && !q.value(lists + 2).isNull()
            && !q.value(lists + 3).isNull() && !q.value(lists + 4).isNull()) {
            row.fromJson = q.value(lists).toString().toUtf8();
            row.toJson = q.value(lists + 1).toString().toUtf8();
            row.ccJson = q.value(lists + 2).toString().toUtf8();
            row.attachmentsJson = q.value(lists + 3).toString().toUtf8();
            row.hasHtml = q.value(lists + 4).toInt();
        }
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace satchel::store

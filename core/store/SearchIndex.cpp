#include "store/SearchIndex.h"

#include "mime/MessageParser.h"
#include "store/ArchiveConnection.h"
#include "store/MessageQueries.h"
#include "store/RawCodec.h"
#include "store/SqlHelpers.h"
#include "store/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace satchel::store {

SearchIndex::SearchIndex(ArchiveConnection &connection, MessageQueries &queries)
    : m_connection(connection)
    , m_queries(queries)
{ }

const QString &SearchIndex::insertSql()
{
    static const QString sql
        = QStringLiteral("INSERT INTO message_fts (rowid, subject, sender, recipients, reply_to, "
                         "body, attachments) VALUES (?, ?, ?, ?, ?, ?, ?)");
    return sql;
}

void SearchIndex::bindRow(QSqlQuery &q, qint64 id, const FtsDocument &doc)
{
    q.addBindValue(id);
    for (const QString *column :
         {&doc.subject, &doc.sender, &doc.recipients, &doc.replyTo, &doc.body, &doc.attachments})
        q.addBindValue(text(*column));
}

FtsDocument SearchIndex::documentOf(const QByteArray &raw)
{
    // The arrival time only feeds the date fallback, which the index does not contain.
    return ftsDocument(mime::parseMessage(raw, QDateTime::fromSecsSinceEpoch(0, Qt::UTC)));
}

namespace {

// The FTS5 'delete' command: the row's values as they were indexed.
const QString &deleteSql()
{
    static const QString sql = QStringLiteral(
        "INSERT INTO message_fts (message_fts, rowid, subject, sender, recipients, reply_to, "
        "body, attachments) VALUES ('delete', ?, ?, ?, ?, ?, ?, ?)");
    return sql;
}

} // namespace

Status SearchIndex::removeRows(const QList<qint64> &ids)
{
    QSqlQuery remove(m_connection.db());
    if (Status s = prepare(remove, deleteSql()); !s)
        return s;
    for (const qint64 id : ids) {
        Result<QByteArray> raw = m_queries.rawMessage(id);
        if (!raw)
            return raw.error();
        bindRow(remove, id, documentOf(*raw));
        if (Status s = run(remove, QStringLiteral("search index")); !s)
            return s;
    }
    return {};
}

Status SearchIndex::replaceRow(qint64 id, const FtsDocument &indexed, const FtsDocument &doc)
{
    QSqlQuery remove(m_connection.db()), insert(m_connection.db());
    if (Status s = prepare(remove, deleteSql()); !s)
        return s;
    bindRow(remove, id, indexed);
    if (Status s = run(remove, QStringLiteral("search index")); !s)
        return s;
    if (Status s = prepare(insert, insertSql()); !s)
        return s;
    bindRow(insert, id, doc);
    return run(insert, QStringLiteral("search index"));
}

Status SearchIndex::rebuild()
{
    const QSqlDatabase &db = m_connection.db();
    return inTransaction(m_connection, Durability::Normal, [&]() -> Status {
        if (Status s = exec(
                db, QStringLiteral("INSERT INTO message_fts (message_fts) VALUES ('delete-all')"));
            !s)
            return s;
        QSqlQuery messages(db), insert(db), derived(db), fingerprint(db);
        messages.setForwardOnly(true);
        if (Status s
            = prepare(messages, QStringLiteral("SELECT id, encoding, data FROM message_raw"));
            !s)
            return s;
        if (Status s = prepare(insert, insertSql()); !s)
            return s;
        // The columns derived from the parse besides the index follow the parser too.
        if (Status s = prepare(derived,
                               QStringLiteral("UPDATE messages SET from_json = ?, to_json = ?, "
                                              "cc_json = ?, attachments_json = ?, has_html = ?, "
                                              "has_attachments = ?, preview = ? WHERE id = ?"));
            !s)
            return s;
        if (Status s = run(messages, QStringLiteral("reindex")); !s)
            return s;
        while (messages.next()) {
            const qint64 id = messages.value(0).toLongLong();
            // A row that does not decode (a damaged archive) is indexed as empty rather than
            // stopping the rebuild; showing that message reports the damage.
            const QByteArray raw
                = decodeRaw(messages.value(1).toInt(), messages.value(2).toByteArray())
                      .value_or(QByteArray());
            // The arrival time only feeds the date fallback, which neither the index nor these
            // columns contain.
            const mime::ParsedMessage parsed
                = mime::parseMessage(raw, QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
            const DerivedColumns columns = deriveColumns(parsed);
            for (const QString *json :
                 {&columns.fromJson, &columns.toJson, &columns.ccJson, &columns.attachmentsJson})
                derived.addBindValue(*json);
            derived.addBindValue(columns.hasHtml);
            derived.addBindValue(parsed.hasAttachments);
            derived.addBindValue(text(columns.preview));
            derived.addBindValue(id);
            if (Status s = run(derived, QStringLiteral("reindex")); !s)
                return s;
            bindRow(insert, id, columns.fts);
            if (Status s = run(insert, QStringLiteral("reindex")); !s)
                return s;
        }
        return execute(fingerprint,
                       QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES "
                                      "('index_fingerprint', ?)"),
                       {mime::parserFingerprint()}, QStringLiteral("reindex"));
    });
}

Status SearchIndex::ensureCurrent()
{
    QString fingerprint;
    {
        QSqlQuery q(m_connection.db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'index_fingerprint'")))
            return sqlError(q.lastError(), QStringLiteral("index fingerprint"));
        if (q.next())
            fingerprint = q.value(0).toString();
    }
    // A new archive, or a parser that may index differently: derive the index again, so that
    // deletes (which repeat what was indexed) keep matching it.
    if (fingerprint != mime::parserFingerprint()) {
        if (Status s = rebuild(); !s)
            return s;
    }
    return ensureRawHashes();
}

Status SearchIndex::ensureRawHashes()
{
    QList<qint64> missing;
    {
        QSqlQuery q(m_connection.db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id FROM messages WHERE raw_sha256 IS NULL")))
            return sqlError(q.lastError(), QStringLiteral("raw hashes"));
        while (q.next())
            missing.append(q.value(0).toLongLong());
    }
    if (missing.isEmpty())
        return {};
    return inTransaction(m_connection, Durability::Normal, [&]() -> Status {
        QSqlQuery update(m_connection.db());
        if (Status s
            = prepare(update, QStringLiteral("UPDATE messages SET raw_sha256 = ? WHERE id = ?"));
            !s)
            return s;
        for (const qint64 id : std::as_const(missing)) {
            Result<QByteArray> raw = m_queries.rawMessage(id);
            if (!raw)
                return raw.error();
            update.addBindValue(rawSha256(*raw));
            update.addBindValue(id);
            if (Status s = run(update, QStringLiteral("raw hashes")); !s)
                return s;
        }
        return {};
    });
}

std::optional<QString> SearchIndex::check()
{
    QSqlQuery q(m_connection.db());
    if (!q.exec(QStringLiteral("INSERT INTO message_fts (message_fts) VALUES ('integrity-check')")))
        return q.lastError().text();
    return std::nullopt;
}

} // namespace satchel::store

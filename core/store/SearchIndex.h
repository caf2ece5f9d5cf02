#pragma once

#include "store/DerivedColumns.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace satchel::store {

class ArchiveConnection;
class MessageQueries;

// The part of the archive that owns what is derived from the raw bytes rather than stored as
// given: the search index (message_fts, contentless FTS5), the messages' parse-derived columns
// (the address and attachment lists, has_html, preview) and their raw_sha256. It keeps them in
// step with the parser: open() checks the parser's fingerprint and rebuilds them when it
// changed. Writers of messages add and remove index rows through it, in their transaction.
class SearchIndex
{
public:
    SearchIndex(ArchiveConnection &connection, MessageQueries &queries);

    // The INSERT of one index row, for a statement prepared once and run for many messages
    // (MessageInserter), and its bindings in the same order: rowid, then the columns.
    [[nodiscard]] static const QString &insertSql();
    static void bindRow(QSqlQuery &q, qint64 id, const FtsDocument &doc);
    // The index entry of stored raw bytes, derived again exactly as insert derived it.
    [[nodiscard]] static FtsDocument documentOf(const QByteArray &raw);

    // Inside the caller's transaction: the rows of messages about to be deleted. A contentless
    // FTS5 row is removed by repeating exactly what was indexed, derived again from the raw
    // bytes; NotFound for an id with none.
    [[nodiscard]] Status removeRows(const QList<qint64> &ids);
    // Inside the caller's transaction: a message's row, `indexed` before, `doc` now.
    [[nodiscard]] Status replaceRow(qint64 id, const FtsDocument &indexed, const FtsDocument &doc);

    // Derives the whole index and the parse-derived columns again from the raw messages.
    [[nodiscard]] Status rebuild();
    // At open: rebuild() when the parser changed since the index was built (or for a new
    // archive), and the raw hashes of rows written before there were any.
    [[nodiscard]] Status ensureCurrent();
    // FTS5's own integrity check: nullopt when the index is sound, the problem otherwise.
    [[nodiscard]] std::optional<QString> check();

private:
    [[nodiscard]] Status ensureRawHashes();

    ArchiveConnection &m_connection;
    MessageQueries &m_queries;
};

} // namespace satchel::store

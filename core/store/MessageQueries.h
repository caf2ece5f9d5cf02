#pragma once

#include "store/MessageRow.h"
#include "store/Paging.h"
#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

namespace satchel::store {

class ArchiveConnection;
class SearchQuery;

// The part of the archive that reads messages: single rows, keyset pages of a folder, counts,
// conversations, lists of ids, the raw bytes, and the answers of the search language
// (SearchQuery::toSql()) and of raw FTS5 queries. It writes nothing; Archive.h documents each
// call.
class MessageQueries
{
public:
    explicit MessageQueries(ArchiveConnection &connection);

    [[nodiscard]] Result<MessageRow> message(qint64 id);
    [[nodiscard]] Result<QByteArray> rawMessage(qint64 id);
    [[nodiscard]] Result<Page> page(const PageRequest &request);
    [[nodiscard]] Result<QHash<qint64, int>> unreadCounts();
    [[nodiscard]] Result<QList<qint64>> conversation(qint64 conversationId);
    [[nodiscard]] Result<QList<qint64>> messageIds();
    [[nodiscard]] Result<std::optional<qint64>> findByRawHash(const QByteArray &hash);

    [[nodiscard]] Result<QList<qint64>> searchIds(const QString &ftsMatch, int limit);
    [[nodiscard]] Result<QList<qint64>> search(const SearchQuery &query, int limit);
    [[nodiscard]] Result<QList<MessageRow>> searchRows(const SearchQuery &query, int limit);

private:
    ArchiveConnection &m_connection;
};

} // namespace satchel::store

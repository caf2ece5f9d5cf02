#pragma once

#include "store/SearchQuery.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace satchel::store {

// One message a search found, as the archive stores it: the views point into SQLite's memory
// and hold UTF-8 (or nothing, for a NULL) until the callback returns.
struct SearchHit
{
    qint64 id = 0;
    qint64 dateMs = 0; // UTC
    int dateOffset = 0; // the sender's offset, seconds
    QByteArrayView senderName;
    QByteArrayView senderAddress;
    QByteArrayView subject;
    // Only with details (search --json):
    qint64 accountId = 0;
    qint64 folderId = 0;
    QByteArrayView messageId;
    int flags = 0;
    qint64 size = 0;
    // The lists stored by migration 6, as JSON arrays; null views when a row lacks them.
    QByteArrayView fromJson, toJson, ccJson, attachmentsJson;
    int hasHtml = -1; // -1: not stored
};

// `satchel search` straight from the archive file: read-only, with SQLite's C API, and nothing
// but Qt Core and libsqlite3 loaded. Why not Archive: opening through Qt SQL loads its SQLite
// plugin (dlopen with some forty libraries in scope), and Archive::open checks and migrates the
// schema; together that is more than notmuch needs for a whole search. Archive stays the one
// writer: this reader declines (open() gives nothing) whenever the file needs more than a read —
// no archive yet, another schema version, a search index built by another parser — and the
// caller then opens the Archive, which migrates and answers. The query's SQL is the one
// SearchQuery::toSql() gives Archive::search(), so both find exactly the same messages.
class SearchQueryReader
{
public:
    [[nodiscard]] static std::unique_ptr<SearchQueryReader> open(const QString &archivePath);
    ~SearchQueryReader();
    SearchQueryReader(const SearchQueryReader &) = delete;
    SearchQueryReader &operator=(const SearchQueryReader &) = delete;

    // The hits newest first (date, then id), as Archive::search() orders them; limit <= 0: all.
    // `each` returns false to stop. False on an SQL error or when `each` stopped.
    [[nodiscard]] bool search(const SearchQuery &query, int limit, bool details,
                              const std::function<bool(const SearchHit &)> &each);
    // id -> name of the folders or accounts; nothing on an SQL error.
    [[nodiscard]] std::optional<QHash<qint64, QString>> folderNames();
    [[nodiscard]] std::optional<QHash<qint64, QString>> accountNames();

private:
    explicit SearchQueryReader(sqlite3 *db);
    [[nodiscard]] std::optional<QHash<qint64, QString>> names(const char *sql);

    sqlite3 *m_db;
};

} // namespace satchel::store

#pragma once

#include "search/QuerySql.h"
#include "store/SearchHit.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

struct sqlite3;

namespace satchel::store {

// `satchel search` straight from the archive file: read-only, with SQLite's C API and no Qt, so
// that the `satchel` launcher answers a search with libsqlite3 alone; satchel-cli's quick path
// (app/QuickSearch.cpp, --json) reads through it too. Why not Archive: opening through Qt SQL
// loads its SQLite plugin (dlopen with some forty libraries in scope), and Archive::open checks
// and migrates the schema; together that is more than notmuch needs for a whole search. Archive
// stays the one writer: this reader declines (open() gives nothing) whenever the file needs more
// than a read — no archive yet, another schema version, a search index built by another parser —
// and the caller then leaves the search to the Archive, which migrates and answers. The SQL is
// search::QuerySql's, which Archive::search() runs too, so both find exactly the same messages.
class ArchiveSearchReader
{
public:
    // `archivePath` as SQLite takes a file name: UTF-8.
    [[nodiscard]] static std::unique_ptr<ArchiveSearchReader> open(const std::string &archivePath);
    ~ArchiveSearchReader();
    ArchiveSearchReader(const ArchiveSearchReader &) = delete;
    ArchiveSearchReader &operator=(const ArchiveSearchReader &) = delete;

    // The hits newest first (date, then id), as Archive::search() orders them; limit <= 0: all.
    // `each` returns false to stop. False on an SQL error or when `each` stopped.
    [[nodiscard]] bool search(const search::QuerySql &sql, int limit, bool details,
                              const std::function<bool(const SearchHit &)> &each);
    // id -> name of the folders or accounts; nothing on an SQL error.
    using Names = std::unordered_map<std::int64_t, std::string>;
    [[nodiscard]] std::optional<Names> folderNames();
    [[nodiscard]] std::optional<Names> accountNames();

    // The archive's index fingerprint this build writes (mime::parserFingerprint(), which
    // tst_searchquery compares with this).
    [[nodiscard]] static std::string indexFingerprint();

private:
    explicit ArchiveSearchReader(sqlite3 *db);
    [[nodiscard]] std::optional<Names> names(const char *sql);

    sqlite3 *m_db;
};

} // namespace satchel::store

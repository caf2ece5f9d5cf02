#pragma once

// No Qt here. The `satchel` launcher answers the common `satchel search` with this alone, so that
// the process loads libsqlite3 and the C++ runtime and nothing else: Qt Core and its libraries
// (ICU, GLib, PCRE2...) cost a search more than the search itself (app/CMakeLists.txt).

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace satchel::store {

// SearchQuery::parse() + toSql() for the queries that need no Unicode tables: ASCII only. The
// result is the same SQL text and the same bindings as SearchQuery::toSql() gives
// (tst_searchquery compares them over every query the tests know). Nothing when the query is
// not ASCII, malformed (SearchQuery explains it), or has a date outside 1970–2037 (local
// midnight there is Qt's business).
struct PlainSql
{
    std::string where;
    std::vector<std::variant<std::int64_t, std::string>> bindings;
};
[[nodiscard]] std::optional<PlainSql> plainSearchSql(std::string_view query);

// One hit, as SearchHit without the details; the views hold UTF-8 until the callback returns.
struct PlainHit
{
    std::int64_t id = 0;
    std::int64_t dateMs = 0;
    int dateOffset = 0;
    std::string_view senderName, senderAddress, subject;
};

// SearchQueryReader::open() + search() for PlainSql: read-only, declining (false) whenever the
// archive needs the Archive first (missing, another schema, an index of another parser) or SQLite
// fails. `each` sees the hits newest first; limit <= 0: all.
[[nodiscard]] bool plainSearch(const std::string &archivePath, const PlainSql &sql, int limit,
                               const std::function<void(const PlainHit &)> &each);

// The archive's index fingerprint this build writes (mime::parserFingerprint()).
[[nodiscard]] std::string plainParserFingerprint();

// QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offset).toString(Qt::ISODate) for the
// years 1000–9999 ("2024-02-08T10:00:00+01:00", "...Z" for offset 0); false for other years.
[[nodiscard]] bool appendPlainIsoDate(std::string &out, std::int64_t msSinceEpoch,
                                      int offsetSeconds);

} // namespace satchel::store

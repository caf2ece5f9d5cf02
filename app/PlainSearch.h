#pragma once

// No Qt here: what a plain `satchel search` (no --json) prints, for the launcher
// (launcher_main.cpp) and for QuickSearch.cpp, so that both print the same bytes as the
// Archive's answer in CommandLine.cpp (tst_commandline compares them).

#include "search/QuerySql.h"
#include "store/ArchiveSearchReader.h"
#include "store/SearchHit.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace satchel::app {

// QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offset).toString(Qt::ISODate) for the
// years 1000-9999 ("2024-02-08T10:00:00+01:00", "...Z" for offset 0); false for other years,
// whose form is Qt's business.
[[nodiscard]] bool appendIsoDate(std::string &out, std::int64_t msSinceEpoch, int offsetSeconds);

// One line of the default output: id, date, sender (name, else address), subject; tabs between,
// a line feed after. False when the date needs Qt (appendIsoDate()).
[[nodiscard]] bool appendSearchLine(std::string &out, const store::SearchHit &hit);

// A query (UTF-8) parsed and translated, and the archive at `archivePath` open to run it on.
// Nothing when the Archive must answer: a malformed query (it explains), or an archive the reader
// declines (store/ArchiveSearchReader.h).
struct OpenedSearch
{
    std::unique_ptr<store::ArchiveSearchReader> reader;
    search::QuerySql sql;
};
[[nodiscard]] std::optional<OpenedSearch> openSearch(const std::string &query,
                                                     const std::string &archivePath);

// The lines for `query` (UTF-8) from the archive at `archivePath`, newest first, at most `limit`
// (0: all). Nothing when the Archive must answer: what openSearch() declines, an SQL error, a
// date only Qt writes.
[[nodiscard]] std::optional<std::string> plainSearchLines(const std::string &query, int limit,
                                                          const std::string &archivePath);

} // namespace satchel::app

#pragma once

#include "search/QueryNode.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace satchel::search {

// A parsed query as SQL for the archive: a condition on `messages m` with ? placeholders, whose
// full-text parts are `m.id IN (SELECT rowid FROM message_fts WHERE message_fts MATCH ?)` with
// every user word quoted for FTS5, and the values for the placeholders in order (UTF-8 text or
// integers). Archive::search() (through store::SearchQuery) and ArchiveSearchReader run it.
struct QuerySql
{
    using Value = std::variant<std::int64_t, std::string>;

    std::string where;
    std::vector<Value> bindings;

    [[nodiscard]] static QuerySql of(const QueryNode &root);

    // The FTS5 column(s) a Text field searches; empty for all of them.
    [[nodiscard]] static std::string_view ftsColumns(QueryNode::Field field);
};

} // namespace satchel::search

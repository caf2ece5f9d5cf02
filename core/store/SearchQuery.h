#pragma once

#include "search/QueryNode.h"
#include "util/Result.h"

#include <QString>
#include <QVariantList>

namespace satchel::store {

// One node of a parsed query: the Qt-free tree of core/search/ (QueryNode.h), text in UTF-8.
using SearchNode = search::QueryNode;

// The search language (the grammar is in search/QueryParser.h, its one implementation) for Qt
// code: QString in, the translated message of a malformed query, and SQL with QVariant bindings.
class SearchQuery
{
public:
    // A malformed query is an Error (Code::Invalid) whose message says where (the character
    // position, counted from 1 in UTF-16 units as QString counts) and what was expected;
    // `errorPosition` receives the position.
    [[nodiscard]] static Result<SearchQuery> parse(const QString &query,
                                                   qsizetype *errorPosition = nullptr);

    [[nodiscard]] const SearchNode &root() const { return m_root; }

    // The translation to SQL for the archive (search/QuerySql.h): a condition on `messages m`
    // with ? placeholders, whose full-text parts are `m.id IN (SELECT rowid FROM message_fts
    // WHERE message_fts MATCH ?)` with every user word quoted for FTS5. Only core/store uses this.
    struct Sql
    {
        QString where;
        QVariantList bindings;
    };
    [[nodiscard]] Sql toSql() const;

    // The FTS5 column(s) a Text field searches.
    [[nodiscard]] static QString ftsColumns(SearchNode::Field field);

private:
    SearchNode m_root;
};

} // namespace satchel::store

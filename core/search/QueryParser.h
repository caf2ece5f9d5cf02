#pragma once

#include "search/QueryError.h"
#include "search/QueryLexer.h"
#include "search/QueryNode.h"

#include <optional>
#include <string_view>
#include <variant>
#include <vector>

namespace satchel::search {

// The search language (issue 4), parsed by recursive descent:
//
//   query    := or EOF
//   or       := and ("OR" and)*
//   and      := unary (["AND"] unary)*          juxtaposition means AND
//   unary    := ("NOT" | "-") unary | primary
//   primary  := "(" or ")" | term
//   term     := word | "phrase" | name ":" (word | "phrase")
//
// So NOT binds tighter than AND, and AND tighter than OR. AND, OR and NOT are operators only in
// capitals ("or" is a word, as in Gmail and Xapian); operator names (from:, FROM:) are not case
// sensitive. Operators: from: to: subject: (text), has:attachment, is:read|unread|flagged|
// unflagged|answered, folder:NAME, before:YYYY-MM-DD (exclusive: earlier than that day) and
// after:YYYY-MM-DD (inclusive: that day or later), both by local midnight. A word matches whole
// tokens (no prefixes) the way SQLite's unicode61 tokenizer splits them: case and diacritics do
// not matter, and punctuation splits a word into a phrase ("e-mail" is the phrase "e mail").
//
// The one implementation: the Qt-free launcher (app/launcher_main.cpp) and the application
// (store::SearchQuery, which adds the translated messages) both parse here. Any UTF-8 query.
class QueryParser
{
public:
    // The tree of a UTF-8 query, or why it is malformed.
    [[nodiscard]] static std::variant<QueryNode, QueryError> parse(std::string_view query);

    // How deep parentheses and NOT may nest: far beyond what anyone types, and far below what
    // the recursion needs of the stack (about a kilobyte a level; a thread may have only 1 MB).
    static constexpr int kMaxDepth = 256;

private:
    explicit QueryParser(std::vector<QueryToken> tokens)
        : m_tokens(std::move(tokens))
    { }

    [[nodiscard]] const QueryToken &peek() const { return m_tokens.at(m_next); }
    const QueryToken &take() { return m_tokens.at(m_next++); }

    [[nodiscard]] std::optional<QueryError> parseQuery(QueryNode &root);
    [[nodiscard]] std::optional<QueryError> parseOr(QueryNode &out);
    [[nodiscard]] std::optional<QueryError> parseAnd(QueryNode &out);
    [[nodiscard]] std::optional<QueryError> parseUnary(QueryNode &out);
    [[nodiscard]] std::optional<QueryError> parsePrimary(QueryNode &out);

    std::vector<QueryToken> m_tokens;
    std::size_t m_next = 0;
    int m_depth = 0; // parseUnary() calls in progress
};

} // namespace satchel::search

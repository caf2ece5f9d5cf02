#pragma once

#include "search/QueryError.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace satchel::search {

struct QueryToken
{
    enum class Type { LParen, RParen, And, Or, Not, Term, End };
    Type type = Type::End;
    std::size_t position = 0; // byte offset into the query
    std::string name; // a term's operator, lower case; empty for a plain word or phrase
    std::string value;
    bool quoted = false;
};

// Splits a UTF-8 query into tokens. Words end at a space (isQuerySpace()), a parenthesis or a
// quote; AND, OR and NOT are operators only in capitals; `name:` is an operator name when `name`
// is ASCII letters (FROM: is from:); "-" before anything but a space, ")" or "-" is NOT.
class QueryLexer
{
public:
    explicit QueryLexer(std::string_view text)
        : m_text(text)
    { }

    // All tokens, ending with End; or the first error. The text must be UTF-8.
    [[nodiscard]] std::optional<QueryError> run(std::vector<QueryToken> &out) const;

private:
    [[nodiscard]] std::optional<QueryError> readPhrase(std::size_t &i, std::string &value) const;
    [[nodiscard]] bool spaceAt(std::size_t i) const;
    [[nodiscard]] std::size_t wordEnd(std::size_t i) const;

    std::string_view m_text;
};

} // namespace satchel::search

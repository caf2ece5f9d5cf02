#include "search/QueryLexer.h"

#include "search/Unicode.h"

namespace satchel::search {

namespace {

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

} // namespace

bool QueryLexer::spaceAt(std::size_t i) const
{
    return isQuerySpace(decodeUtf8(m_text, i).value);
}

// Where the word starting at `i` ends: a space, a parenthesis or a quote.
std::size_t QueryLexer::wordEnd(std::size_t i) const
{
    while (i < m_text.size()) {
        const char c = m_text[i];
        if (c == '(' || c == ')' || c == '"')
            break;
        const CodePoint next = decodeUtf8(m_text, i);
        if (isQuerySpace(next.value))
            break;
        i += next.length;
    }
    return i;
}

std::optional<QueryError> QueryLexer::readPhrase(std::size_t &i, std::string &value) const
{
    const std::size_t close = m_text.find('"', i + 1);
    if (close == std::string_view::npos)
        return QueryError {QueryError::Code::UnclosedQuote, i, {}, {}, 0};
    value = std::string(m_text.substr(i + 1, close - i - 1));
    i = close + 1;
    return std::nullopt;
}

std::optional<QueryError> QueryLexer::run(std::vector<QueryToken> &out) const
{
    std::size_t i = 0;
    const std::size_t n = m_text.size();
    while (true) {
        while (i < n && spaceAt(i))
            i += decodeUtf8(m_text, i).length;
        QueryToken t;
        t.position = i;
        if (i == n) {
            t.type = QueryToken::Type::End;
            out.push_back(std::move(t));
            return std::nullopt;
        }
        const char c = m_text[i];
        if (c == '(') {
            t.type = QueryToken::Type::LParen;
            ++i;
        } else if (c == ')') {
            t.type = QueryToken::Type::RParen;
            ++i;
        } else if (c == '"') {
            t.type = QueryToken::Type::Term;
            if (std::optional<QueryError> error = readPhrase(i, t.value))
                return error;
            t.quoted = true;
        } else if (c == '-' && i + 1 < n && !spaceAt(i + 1) && m_text[i + 1] != ')'
                   && m_text[i + 1] != '-') {
            t.type = QueryToken::Type::Not; // -word: NOT word
            ++i;
        } else {
            std::size_t end = wordEnd(i);
            const std::string_view word = m_text.substr(i, end - i);
            if (word == "AND") {
                t.type = QueryToken::Type::And;
            } else if (word == "OR") {
                t.type = QueryToken::Type::Or;
            } else if (word == "NOT") {
                t.type = QueryToken::Type::Not;
            } else {
                t.type = QueryToken::Type::Term;
                const std::size_t colon = word.find(':');
                bool isOperator = colon != std::string_view::npos && colon > 0;
                for (std::size_t k = 0; isOperator && k < colon; ++k)
                    isOperator = isAsciiLetter(word[k]);
                if (isOperator) {
                    t.name = asciiLower(word.substr(0, colon));
                    t.value = std::string(word.substr(colon + 1));
                    if (t.value.empty() && end < n && m_text[end] == '"') {
                        if (std::optional<QueryError> error = readPhrase(end, t.value))
                            return error;
                        t.quoted = true;
                    }
                } else {
                    t.value = std::string(word);
                }
            }
            i = end;
        }
        out.push_back(std::move(t));
    }
}

} // namespace satchel::search

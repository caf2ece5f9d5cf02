#pragma once

#include <cstddef>
#include <string>

namespace satchel::search {

// Why a query is malformed, where, and what it expected: a code and its details, never text.
// store::SearchQuery turns it into a translated sentence; the launcher only declines.
struct QueryError
{
    enum class Code {
        NotUtf8, // the bytes at `position` are not UTF-8 (never from a QString)
        Empty, // nothing but spaces: a word, a "phrase" or an operator was expected
        UnclosedQuote, // the " at `position` is never closed
        UnopenedParenthesis, // a ")" without its "("
        UnclosedParenthesis, // a ")" was expected to close the "(" at `openedAt`
        EmptyParentheses, // "()": a term was expected between them
        ExpectedEnd, // more after a whole query
        EndsAfter, // the query ends after `word` (OR, AND, NOT or "(") where a term must follow
        ParenthesisAfter, // ")" after `word` where a term must follow
        OperatorAfter, // `value` (OR or AND) after `word` where a term must follow
        TermExpectedAfter, // something else after `word` where a term must follow
        TermExpectedBefore, // `word` (OR or AND) where a term must start
        TermExpected, // something else where a term must start
        NothingToSearch, // the word or phrase `word` has no letters or digits
        MissingValue, // nothing after the operator `word` and its colon
        BadHasValue, // has: takes "attachment"
        BadIsValue, // is: takes read, unread, flagged, unflagged, answered
        BadDate, // `word` (before or after) takes YYYY-MM-DD, not `value`
        UnknownOperator, // no operator is called `word`
        TooDeep, // parentheses and NOT nested more than QueryParser::kMaxDepth deep
    };

    Code code = Code::Empty;
    std::size_t position = 0; // a byte offset into the UTF-8 query
    std::string word;
    std::string value;
    std::size_t openedAt = 0; // UnclosedParenthesis: the byte offset of the "("
};

} // namespace satchel::search

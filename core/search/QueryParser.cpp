#include "search/QueryParser.h"

#include "search/Unicode.h"

namespace satchel::search {

namespace {

using Code = QueryError::Code;
using Type = QueryToken::Type;

QueryError error(Code code, std::size_t position, std::string word = {}, std::string value = {})
{
    return QueryError {code, position, std::move(word), std::move(value), 0};
}

bool startsUnary(const QueryToken &t)
{
    return t.type == Type::Term || t.type == Type::LParen || t.type == Type::Not;
}

const char *operatorName(Type type)
{
    return type == Type::Or ? "OR" : "AND";
}

// What went wrong when a term was expected at `t`, after the operator `after`, and something
// else came.
QueryError expectedTerm(const QueryToken &t, const char *after)
{
    switch (t.type) {
    case Type::End:
        return error(Code::EndsAfter, t.position, after);
    case Type::RParen:
        return error(Code::ParenthesisAfter, t.position, after);
    case Type::Or:
    case Type::And:
        return error(Code::OperatorAfter, t.position, after, operatorName(t.type));
    default:
        return error(Code::TermExpectedAfter, t.position, after);
    }
}

bool hasSearchableText(std::string_view text)
{
    for (std::size_t i = 0; i < text.size();) {
        const CodePoint c = decodeUtf8(text, i);
        if (isLetterOrNumber(c.value))
            return true;
        i += c.length;
    }
    return false;
}

void append(QueryNode &group, QueryNode child)
{
    if (child.kind == group.kind) {
        for (QueryNode &grandchild : child.children)
            group.children.push_back(std::move(grandchild));
    } else {
        group.children.push_back(std::move(child));
    }
}

std::optional<QueryError> textTerm(const QueryToken &t, QueryNode::Field field, QueryNode &out)
{
    if (!hasSearchableText(t.value))
        return error(Code::NothingToSearch, t.position, t.value);
    out.kind = QueryNode::Kind::Text;
    out.field = field;
    out.text = t.value;
    return std::nullopt;
}

// A term: a word or phrase, or an operator and its value.
std::optional<QueryError> term(const QueryToken &t, QueryNode &out)
{
    using Kind = QueryNode::Kind;
    if (t.name.empty())
        return textTerm(t, QueryNode::Field::Any, out);
    const std::size_t valueAt = t.position + t.name.size() + 1;
    if (t.value.empty() && !t.quoted)
        return error(Code::MissingValue, valueAt, t.name);
    if (t.name == "from")
        return textTerm(t, QueryNode::Field::From, out);
    if (t.name == "to")
        return textTerm(t, QueryNode::Field::To, out);
    if (t.name == "subject")
        return textTerm(t, QueryNode::Field::Subject, out);
    // ASCII case folding is Qt's toLower() here: no other letter lowers to one of these words.
    const std::string value = asciiLower(t.value);
    if (t.name == "has") {
        if (value != "attachment" && value != "attachments")
            return error(Code::BadHasValue, valueAt);
        out.kind = Kind::HasAttachment;
        return std::nullopt;
    }
    if (t.name == "is") {
        out.kind = Kind::Flag;
        if (value == "unread" || value == "read") {
            out.flag = QueryNode::Flag::Read;
            out.flagSet = value == "read";
        } else if (value == "flagged" || value == "unflagged" || value == "starred") {
            out.flag = QueryNode::Flag::Flagged;
            out.flagSet = value != "unflagged";
        } else if (value == "answered" || value == "replied") {
            out.flag = QueryNode::Flag::Answered;
        } else {
            return error(Code::BadIsValue, valueAt);
        }
        return std::nullopt;
    }
    if (t.name == "before" || t.name == "after") {
        const std::optional<CalendarDate> date = CalendarDate::parse(t.value);
        const std::optional<std::int64_t> midnight = date ? date->localMidnightMs() : std::nullopt;
        if (!midnight)
            return error(Code::BadDate, valueAt, t.name, t.value);
        out.kind = t.name == "before" ? Kind::Before : Kind::After;
        out.date = *date;
        out.midnightMs = *midnight;
        return std::nullopt;
    }
    if (t.name == "folder") {
        out.kind = Kind::Folder;
        out.text = t.value;
        return std::nullopt;
    }
    return error(Code::UnknownOperator, t.position, t.name);
}

} // namespace

std::variant<QueryNode, QueryError> QueryParser::parse(std::string_view query)
{
    if (const std::size_t bad = firstNonUtf8(query); bad < query.size())
        return error(Code::NotUtf8, bad);
    std::vector<QueryToken> tokens;
    if (std::optional<QueryError> e = QueryLexer(query).run(tokens))
        return std::move(*e);
    QueryNode root;
    if (std::optional<QueryError> e = QueryParser(std::move(tokens)).parseQuery(root))
        return std::move(*e);
    return root;
}

std::optional<QueryError> QueryParser::parseQuery(QueryNode &root)
{
    if (peek().type == Type::End)
        return error(Code::Empty, 0);
    if (std::optional<QueryError> e = parseOr(root))
        return e;
    if (peek().type == Type::RParen)
        return error(Code::UnopenedParenthesis, peek().position);
    if (peek().type != Type::End)
        return error(Code::ExpectedEnd, peek().position);
    return std::nullopt;
}

std::optional<QueryError> QueryParser::parseOr(QueryNode &out)
{
    QueryNode first;
    if (std::optional<QueryError> e = parseAnd(first))
        return e;
    if (peek().type != Type::Or) {
        out = std::move(first);
        return std::nullopt;
    }
    QueryNode group;
    group.kind = QueryNode::Kind::Or;
    append(group, std::move(first));
    while (peek().type == Type::Or) {
        take();
        if (!startsUnary(peek()))
            return expectedTerm(peek(), "OR");
        QueryNode next;
        if (std::optional<QueryError> e = parseAnd(next))
            return e;
        append(group, std::move(next));
    }
    out = std::move(group);
    return std::nullopt;
}

std::optional<QueryError> QueryParser::parseAnd(QueryNode &out)
{
    QueryNode first;
    if (std::optional<QueryError> e = parseUnary(first))
        return e;
    QueryNode group;
    group.kind = QueryNode::Kind::And;
    append(group, std::move(first));
    while (true) {
        if (peek().type == Type::And) {
            take();
            if (!startsUnary(peek()))
                return expectedTerm(peek(), "AND");
        } else if (!startsUnary(peek())) {
            break;
        }
        QueryNode next;
        if (std::optional<QueryError> e = parseUnary(next))
            return e;
        append(group, std::move(next));
    }
    if (group.children.size() == 1) {
        QueryNode only = std::move(group.children.front());
        out = std::move(only);
    } else {
        out = std::move(group);
    }
    return std::nullopt;
}

std::optional<QueryError> QueryParser::parseUnary(QueryNode &out)
{
    // Every "(" and NOT comes through here once: the one place to bound the recursion.
    ++m_depth;
    struct Leave
    {
        int &depth;
        ~Leave() { --depth; }
    } leave {m_depth};
    if (m_depth > kMaxDepth)
        return error(Code::TooDeep, peek().position);
    if (peek().type != Type::Not)
        return parsePrimary(out);
    take();
    if (!startsUnary(peek()))
        return expectedTerm(peek(), "NOT");
    QueryNode child;
    if (std::optional<QueryError> e = parseUnary(child))
        return e;
    if (child.kind == QueryNode::Kind::Not) { // NOT NOT x is x
        QueryNode inner = std::move(child.children.front());
        out = std::move(inner);
        return std::nullopt;
    }
    out.kind = QueryNode::Kind::Not;
    out.children.clear();
    out.children.push_back(std::move(child));
    return std::nullopt;
}

std::optional<QueryError> QueryParser::parsePrimary(QueryNode &out)
{
    const QueryToken &t = peek();
    switch (t.type) {
    case Type::LParen: {
        const std::size_t opened = t.position;
        take();
        if (peek().type == Type::RParen)
            return error(Code::EmptyParentheses, peek().position);
        if (!startsUnary(peek()))
            return expectedTerm(peek(), "\"(\"");
        if (std::optional<QueryError> e = parseOr(out))
            return e;
        if (peek().type != Type::RParen) {
            QueryError e = error(Code::UnclosedParenthesis, peek().position);
            e.openedAt = opened;
            return e;
        }
        take();
        return std::nullopt;
    }
    case Type::Term:
        return term(take(), out);
    case Type::RParen:
        return error(Code::UnopenedParenthesis, t.position);
    case Type::Or:
    case Type::And:
        return error(Code::TermExpectedBefore, t.position, operatorName(t.type));
    default:
        return error(Code::TermExpected, t.position);
    }
}

} // namespace satchel::search

#include "store/SearchQueryPlain.h"

#include "mime/ParserRevision.h"
#include "store/SchemaVersion.h"

#include <sqlite3.h>

#include <cstdlib>
#include <ctime>
#include <memory>

// Each step below mirrors the one of the same name in SearchQuery.cpp; change both together.

namespace satchel::store {

namespace {

enum class Kind { And, Or, Not, Text, HasAttachment, Flag, Before, After, Folder };
enum class Field { Any, From, To, Subject };

struct Node
{
    Kind kind = Kind::Text;
    Field field = Field::Any;
    std::string text;
    int flag = 1;
    bool flagSet = true;
    std::int64_t dateMs = 0;
    std::vector<Node> children;
};

struct Token
{
    enum class Type { LParen, RParen, And, Or, Not, Term, End };
    Type type = Type::End;
    std::string name;
    std::string value;
    bool quoted = false;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool isWordEnd(char c)
{
    return isSpace(c) || c == '(' || c == ')' || c == '"';
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string lower(std::string s)
{
    for (char &c : s) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return s;
}

bool readPhrase(std::string_view text, size_t &i, std::string &value)
{
    const size_t close = text.find('"', i + 1);
    if (close == std::string_view::npos)
        return false;
    value = std::string(text.substr(i + 1, close - i - 1));
    i = close + 1;
    return true;
}

bool lex(std::string_view text, std::vector<Token> &out)
{
    size_t i = 0;
    const size_t n = text.size();
    while (true) {
        while (i < n && isSpace(text[i]))
            ++i;
        Token t;
        if (i == n) {
            out.push_back(t);
            return true;
        }
        const char c = text[i];
        if (c == '(') {
            t.type = Token::Type::LParen;
            ++i;
        } else if (c == ')') {
            t.type = Token::Type::RParen;
            ++i;
        } else if (c == '"') {
            t.type = Token::Type::Term;
            if (!readPhrase(text, i, t.value))
                return false;
            t.quoted = true;
        } else if (c == '-' && i + 1 < n && !isSpace(text[i + 1]) && text[i + 1] != ')'
                   && text[i + 1] != '-') {
            t.type = Token::Type::Not;
            ++i;
        } else {
            size_t end = i;
            while (end < n && !isWordEnd(text[end]))
                ++end;
            const std::string_view word = text.substr(i, end - i);
            if (word == "AND") {
                t.type = Token::Type::And;
            } else if (word == "OR") {
                t.type = Token::Type::Or;
            } else if (word == "NOT") {
                t.type = Token::Type::Not;
            } else {
                t.type = Token::Type::Term;
                const size_t colon = word.find(':');
                bool isOperator = colon != std::string_view::npos && colon > 0;
                for (size_t k = 0; isOperator && k < colon; ++k)
                    isOperator = isAsciiLetter(word[k]);
                if (isOperator) {
                    t.name = lower(std::string(word.substr(0, colon)));
                    t.value = std::string(word.substr(colon + 1));
                    if (t.value.empty() && end < n && text[end] == '"') {
                        if (!readPhrase(text, end, t.value))
                            return false;
                        t.quoted = true;
                    }
                } else {
                    t.value = std::string(word);
                }
            }
            i = end;
        }
        out.push_back(t);
    }
}

bool hasSearchableText(const std::string &text)
{
    for (const char c : text) {
        if ((c >= '0' && c <= '9') || isAsciiLetter(c))
            return true;
    }
    return false;
}

// QDate::fromString(value, "yyyy-MM-dd").startOfDay().toMSecsSinceEpoch(), for 1970–2037.
std::optional<std::int64_t> localMidnight(const std::string &value)
{
    if (value.size() != 10 || value[4] != '-' || value[7] != '-')
        return std::nullopt;
    for (size_t k : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (value[k] < '0' || value[k] > '9')
            return std::nullopt;
    }
    const int year = std::atoi(value.substr(0, 4).c_str());
    const int month = std::atoi(value.substr(5, 2).c_str());
    const int day = std::atoi(value.substr(8, 2).c_str());
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (year < 1970 || year > 2037 || month < 1 || month > 12 || day < 1
        || day > days[month - 1] + (month == 2 && leap ? 1 : 0))
        return std::nullopt;
    std::tm t {};
    t.tm_year = year - 1900;
    t.tm_mon = month - 1;
    t.tm_mday = day;
    t.tm_isdst = -1;
    const std::time_t seconds = std::mktime(&t);
    if (seconds == std::time_t(-1) || t.tm_mday != day || t.tm_hour != 0 || t.tm_min != 0)
        return std::nullopt; // no midnight that day (a time-zone change): Qt knows better
    return std::int64_t(seconds) * 1000;
}

class Parser
{
public:
    explicit Parser(std::vector<Token> tokens)
        : m_tokens(std::move(tokens))
    { }

    bool parse(Node &root)
    {
        if (peek().type == Token::Type::End)
            return false;
        return parseOr(root) && peek().type == Token::Type::End;
    }

private:
    const Token &peek() const { return m_tokens.at(m_next); }
    const Token &take() { return m_tokens.at(m_next++); }

    static bool startsUnary(const Token &t)
    {
        return t.type == Token::Type::Term || t.type == Token::Type::LParen
            || t.type == Token::Type::Not;
    }

    static void append(Node &group, Node child)
    {
        if (child.kind == group.kind) {
            for (Node &grandchild : child.children)
                group.children.push_back(std::move(grandchild));
        } else {
            group.children.push_back(std::move(child));
        }
    }

    bool parseOr(Node &out)
    {
        Node first;
        if (!parseAnd(first))
            return false;
        if (peek().type != Token::Type::Or) {
            out = std::move(first);
            return true;
        }
        Node group;
        group.kind = Kind::Or;
        append(group, std::move(first));
        while (peek().type == Token::Type::Or) {
            take();
            if (!startsUnary(peek()))
                return false;
            Node next;
            if (!parseAnd(next))
                return false;
            append(group, std::move(next));
        }
        out = std::move(group);
        return true;
    }

    bool parseAnd(Node &out)
    {
        Node first;
        if (!parseUnary(first))
            return false;
        Node group;
        group.kind = Kind::And;
        append(group, std::move(first));
        while (true) {
            if (peek().type == Token::Type::And) {
                take();
                if (!startsUnary(peek()))
                    return false;
            } else if (!startsUnary(peek())) {
                break;
            }
            Node next;
            if (!parseUnary(next))
                return false;
            append(group, std::move(next));
        }
        if (group.children.size() == 1) {
            Node only = std::move(group.children.front());
            out = std::move(only);
        } else {
            out = std::move(group);
        }
        return true;
    }

    bool parseUnary(Node &out)
    {
        if (peek().type == Token::Type::Not) {
            take();
            if (!startsUnary(peek()))
                return false;
            Node child;
            if (!parseUnary(child))
                return false;
            if (child.kind == Kind::Not) { // NOT NOT x is x
                Node inner = std::move(child.children.front());
                out = std::move(inner);
                return true;
            }
            out.kind = Kind::Not;
            out.children.clear();
            out.children.push_back(std::move(child));
            return true;
        }
        return parsePrimary(out);
    }

    bool parsePrimary(Node &out)
    {
        const Token &t = peek();
        switch (t.type) {
        case Token::Type::LParen:
            take();
            if (peek().type == Token::Type::RParen || !startsUnary(peek()))
                return false;
            if (!parseOr(out) || peek().type != Token::Type::RParen)
                return false;
            take();
            return true;
        case Token::Type::Term: {
            const Token term = take();
            return this->term(term, out);
        }
        default:
            return false;
        }
    }

    static bool textTerm(const Token &t, Field field, Node &out)
    {
        if (!hasSearchableText(t.value))
            return false;
        out.kind = Kind::Text;
        out.field = field;
        out.text = t.value;
        return true;
    }

    static bool term(const Token &t, Node &out)
    {
        if (t.name.empty())
            return textTerm(t, Field::Any, out);
        if (t.value.empty() && !t.quoted)
            return false;
        if (t.name == "from")
            return textTerm(t, Field::From, out);
        if (t.name == "to")
            return textTerm(t, Field::To, out);
        if (t.name == "subject")
            return textTerm(t, Field::Subject, out);
        const std::string value = lower(t.value);
        if (t.name == "has") {
            if (value != "attachment" && value != "attachments")
                return false;
            out.kind = Kind::HasAttachment;
            return true;
        }
        if (t.name == "is") {
            out.kind = Kind::Flag;
            if (value == "unread" || value == "read") {
                out.flag = 0x1;
                out.flagSet = value == "read";
            } else if (value == "flagged" || value == "unflagged" || value == "starred") {
                out.flag = 0x2;
                out.flagSet = value != "unflagged";
            } else if (value == "answered" || value == "replied") {
                out.flag = 0x4;
            } else {
                return false;
            }
            return true;
        }
        if (t.name == "before" || t.name == "after") {
            const std::optional<std::int64_t> ms = localMidnight(t.value);
            if (!ms)
                return false;
            out.kind = t.name == "before" ? Kind::Before : Kind::After;
            out.dateMs = *ms;
            return true;
        }
        if (t.name == "folder") {
            out.kind = Kind::Folder;
            out.text = t.value;
            return true;
        }
        return false;
    }

    std::vector<Token> m_tokens;
    size_t m_next = 0;
};

std::string ftsString(const std::string &text)
{
    std::string quoted = "\"";
    for (const char c : text) {
        quoted += c;
        if (c == '"')
            quoted += '"';
    }
    return quoted + '"';
}

const char *ftsColumns(Field field)
{
    switch (field) {
    case Field::Any:
        return "";
    case Field::From:
        return "sender";
    case Field::To:
        return "recipients";
    case Field::Subject:
        return "subject";
    }
    return "";
}

std::optional<std::string> ftsExpression(const Node &node)
{
    switch (node.kind) {
    case Kind::Text: {
        const std::string columns = ftsColumns(node.field);
        const std::string phrase = ftsString(node.text);
        return columns.empty() ? phrase : '{' + columns + "} : " + phrase;
    }
    case Kind::Or: {
        std::string expression = "(";
        for (size_t i = 0; i < node.children.size(); ++i) {
            const std::optional<std::string> part = ftsExpression(node.children[i]);
            if (!part)
                return std::nullopt;
            expression += (i > 0 ? " OR " : "") + *part;
        }
        return expression + ')';
    }
    case Kind::And: {
        std::vector<std::string> positive, negative;
        for (const Node &child : node.children) {
            const bool isNot = child.kind == Kind::Not;
            const std::optional<std::string> part
                = ftsExpression(isNot ? child.children.front() : child);
            if (!part)
                return std::nullopt;
            (isNot ? negative : positive).push_back(*part);
        }
        if (positive.empty())
            return std::nullopt;
        auto join = [](const std::vector<std::string> &parts, const char *glue) {
            std::string s;
            for (size_t i = 0; i < parts.size(); ++i)
                s += (i > 0 ? glue : "") + parts[i];
            return s;
        };
        std::string expression = '(' + join(positive, " AND ") + ')';
        if (!negative.empty())
            expression += " NOT (" + join(negative, " OR ") + ')';
        return '(' + expression + ')';
    }
    default:
        return std::nullopt;
    }
}

const char kFtsCondition[] = "m.id IN (SELECT rowid FROM message_fts WHERE message_fts MATCH ?)";

void toSql(const Node &node, PlainSql &out)
{
    if (const std::optional<std::string> fts = ftsExpression(node)) {
        out.where += kFtsCondition;
        out.bindings.emplace_back(*fts);
        return;
    }
    switch (node.kind) {
    case Kind::And: {
        Node textPart;
        textPart.kind = Kind::And;
        std::vector<const Node *> others;
        for (const Node &child : node.children) {
            if (child.kind != Kind::Not && ftsExpression(child))
                textPart.children.push_back(child);
            else
                others.push_back(&child);
        }
        out.where += '(';
        bool first = true;
        if (!textPart.children.empty()) {
            out.where += kFtsCondition;
            out.bindings.emplace_back(*ftsExpression(textPart));
            first = false;
        }
        for (const Node *child : others) {
            if (!first)
                out.where += " AND ";
            first = false;
            toSql(*child, out);
        }
        out.where += ')';
        return;
    }
    case Kind::Or:
        out.where += '(';
        for (size_t i = 0; i < node.children.size(); ++i) {
            if (i > 0)
                out.where += " OR ";
            toSql(node.children[i], out);
        }
        out.where += ')';
        return;
    case Kind::Not:
        out.where += "NOT (";
        toSql(node.children.front(), out);
        out.where += ')';
        return;
    case Kind::HasAttachment:
        out.where += "m.has_attachments = 1";
        return;
    case Kind::Flag:
        out.where += node.flagSet ? "(m.flags & ?) <> 0" : "(m.flags & ?) = 0";
        out.bindings.emplace_back(std::int64_t(node.flag));
        return;
    case Kind::Before:
    case Kind::After:
        out.where += node.kind == Kind::Before ? "m.date < ?" : "m.date >= ?";
        out.bindings.emplace_back(node.dateMs);
        return;
    case Kind::Folder:
        out.where += "m.folder_id IN (SELECT id FROM folders WHERE name = ? COLLATE NOCASE)";
        out.bindings.emplace_back(node.text);
        return;
    case Kind::Text:
        break;
    }
}

struct DatabaseClose
{
    void operator()(sqlite3 *db) const noexcept { sqlite3_close(db); }
};
struct StatementFinalize
{
    void operator()(sqlite3_stmt *statement) const noexcept { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalize>;

Statement prepare(sqlite3 *db, const std::string &sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
        return nullptr;
    return Statement(statement);
}

std::string_view text(sqlite3_stmt *statement, int column)
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    if (!data)
        return {};
    return std::string_view(data, size_t(sqlite3_column_bytes(statement, column)));
}

std::optional<std::string> scalar(sqlite3 *db, const char *sql)
{
    Statement statement = prepare(db, sql);
    if (!statement || sqlite3_step(statement.get()) != SQLITE_ROW)
        return std::nullopt;
    return std::string(text(statement.get(), 0));
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

char *writeDigits(char *at, std::int64_t value, int width)
{
    char buffer[24];
    int n = 0;
    do {
        buffer[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0 && n < 20);
    for (int i = n; i < width; ++i)
        *at++ = '0';
    while (n > 0)
        *at++ = buffer[--n];
    return at;
}

} // namespace

std::optional<PlainSql> plainSearchSql(std::string_view query)
{
    for (const char c : query) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return std::nullopt; // Unicode case and letters: SearchQuery's
    }
    std::vector<Token> tokens;
    if (!lex(query, tokens))
        return std::nullopt;
    Node root;
    if (!Parser(std::move(tokens)).parse(root))
        return std::nullopt;
    PlainSql sql;
    toSql(root, sql);
    return sql;
}

std::string plainParserFingerprint()
{
    return "satchel-parser-" + std::to_string(mime::kParserRevision) + "/gmime-"
        + SATCHEL_GMIME_VERSION;
}

bool plainSearch(const std::string &archivePath, const PlainSql &sql, int limit,
                 const std::function<void(const PlainHit &)> &each)
{
    sqlite3 *raw = nullptr;
    // SQLITE_OPEN_READONLY never creates the file: a missing archive fails here.
    const int opened = sqlite3_open_v2(archivePath.c_str(), &raw,
                                       SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    const std::unique_ptr<sqlite3, DatabaseClose> db(raw);
    if (opened != SQLITE_OK)
        return false;
    sqlite3_busy_timeout(raw, 5000); // as the Archive waits for a writer
    const std::optional<std::string> version = scalar(raw, "PRAGMA user_version");
    if (!version || *version != std::to_string(kLatestSchemaVersion))
        return false;
    const std::optional<std::string> fingerprint
        = scalar(raw, "SELECT value FROM meta WHERE key = 'index_fingerprint'");
    if (!fingerprint || *fingerprint != plainParserFingerprint())
        return false;
    // The statement of Archive::search() with the columns of a result line.
    Statement statement = prepare(raw,
                                  "SELECT m.id, m.date, m.date_offset, m.sender_name, "
                                  "m.sender_address, m.subject FROM messages m WHERE "
                                      + sql.where + " ORDER BY m.date DESC, m.id DESC LIMIT ?");
    if (!statement)
        return false;
    sqlite3_stmt *s = statement.get();
    int index = 1;
    for (const auto &value : sql.bindings) {
        const int bound = std::holds_alternative<std::int64_t>(value)
            ? sqlite3_bind_int64(s, index, std::get<std::int64_t>(value))
            : sqlite3_bind_text(s, index, std::get<std::string>(value).c_str(),
                                int(std::get<std::string>(value).size()), SQLITE_TRANSIENT);
        if (bound != SQLITE_OK)
            return false;
        ++index;
    }
    if (sqlite3_bind_int64(s, index, limit > 0 ? limit : -1) != SQLITE_OK)
        return false;
    PlainHit hit;
    while (true) {
        const int step = sqlite3_step(s);
        if (step == SQLITE_DONE)
            return true;
        if (step != SQLITE_ROW)
            return false;
        hit.id = sqlite3_column_int64(s, 0);
        hit.dateMs = sqlite3_column_int64(s, 1);
        hit.dateOffset = sqlite3_column_int(s, 2);
        hit.senderName = text(s, 3);
        hit.senderAddress = text(s, 4);
        hit.subject = text(s, 5);
        each(hit);
    }
}

bool appendPlainIsoDate(std::string &out, std::int64_t msSinceEpoch, int offsetSeconds)
{
    const std::int64_t local = floorDiv(msSinceEpoch, 1000) + offsetSeconds;
    const std::int64_t days = floorDiv(local, 86400);
    const std::int64_t secondOfDay = local - days * 86400;
    // Days since 1970-01-01 to a civil date (the proleptic Gregorian calendar QDate uses).
    const std::int64_t z = days + 719468;
    const std::int64_t era = floorDiv(z, 146097);
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t day = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1000 || year > 9999)
        return false;
    char text[32];
    char *at = writeDigits(text, year, 4);
    *at++ = '-';
    at = writeDigits(at, month, 2);
    *at++ = '-';
    at = writeDigits(at, day, 2);
    *at++ = 'T';
    at = writeDigits(at, secondOfDay / 3600, 2);
    *at++ = ':';
    at = writeDigits(at, secondOfDay / 60 % 60, 2);
    *at++ = ':';
    at = writeDigits(at, secondOfDay % 60, 2);
    if (offsetSeconds == 0) { // Qt makes an offset of 0 UTC, written "Z"
        *at++ = 'Z';
    } else {
        const int magnitude = std::abs(offsetSeconds);
        *at++ = offsetSeconds > 0 ? '+' : '-';
        at = writeDigits(at, magnitude / 3600, 2);
        *at++ = ':';
        at = writeDigits(at, magnitude / 60 % 60, 2);
    }
    out.append(text, size_t(at - text));
    return true;
}

} // namespace satchel::store

#include "store/SearchQuery.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace satchel::store {

namespace {

// The context of this file's texts. Q_DECLARE_TR_FUNCTIONS rather than a free SearchQueryText::tr()
// wrapper: lupdate files a free SearchQueryText::tr() under the enclosing namespace or class, a
// context the code never asks for at run time, so the text would never be translated.
struct SearchQueryText
{
    Q_DECLARE_TR_FUNCTIONS(SearchQueryText)
};

struct Token
{
    enum class Type { LParen, RParen, And, Or, Not, Term, End };
    Type type = Type::End;
    qsizetype position = 0; // 0-based index into the query
    QString name; // a term's operator, lower case; empty for a plain word or phrase
    QString value;
    bool quoted = false;
};

struct SyntaxError
{
    qsizetype position = 0; // 0-based
    QString message;
};

bool isSpace(QChar c)
{
    return c.isSpace();
}

bool isWordEnd(QChar c)
{
    return isSpace(c) || c == u'(' || c == u')' || c == u'"';
}

class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
    { }

    // All tokens, ending with End; or the first error.
    std::optional<SyntaxError> run(QList<Token> &out)
    {
        qsizetype i = 0;
        const qsizetype n = m_text.size();
        while (true) {
            while (i < n && isSpace(m_text.at(i)))
                ++i;
            Token t;
            t.position = i;
            if (i == n) {
                t.type = Token::Type::End;
                out.append(t);
                return std::nullopt;
            }
            const QChar c = m_text.at(i);
            if (c == u'(') {
                t.type = Token::Type::LParen;
                ++i;
            } else if (c == u')') {
                t.type = Token::Type::RParen;
                ++i;
            } else if (c == u'"') {
                t.type = Token::Type::Term;
                if (auto error = readPhrase(i, t.value))
                    return error;
                t.quoted = true;
            } else if (c == u'-' && i + 1 < n && !isSpace(m_text.at(i + 1))
                       && m_text.at(i + 1) != u')' && m_text.at(i + 1) != u'-') {
                t.type = Token::Type::Not; // -word: NOT word
                ++i;
            } else {
                qsizetype end = i;
                while (end < n && !isWordEnd(m_text.at(end)))
                    ++end;
                const QString word = m_text.mid(i, end - i);
                if (word == u"AND") {
                    t.type = Token::Type::And;
                } else if (word == u"OR") {
                    t.type = Token::Type::Or;
                } else if (word == u"NOT") {
                    t.type = Token::Type::Not;
                } else {
                    t.type = Token::Type::Term;
                    const qsizetype colon = word.indexOf(u':');
                    bool isOperator = colon > 0;
                    for (qsizetype k = 0; isOperator && k < colon; ++k) {
                        const char16_t u = word.at(k).unicode();
                        isOperator = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
                    }
                    if (isOperator) {
                        t.name = word.left(colon).toLower();
                        t.value = word.mid(colon + 1);
                        if (t.value.isEmpty() && end < n && m_text.at(end) == u'"') {
                            if (auto error = readPhrase(end, t.value))
                                return error;
                            t.quoted = true;
                        }
                    } else {
                        t.value = word;
                    }
                }
                i = end;
            }
            out.append(t);
        }
    }

private:
    // A "quoted phrase" starting at i; moves i past the closing quote.
    std::optional<SyntaxError> readPhrase(qsizetype &i, QString &value)
    {
        const qsizetype close = m_text.indexOf(u'"', i + 1);
        if (close < 0)
            return SyntaxError {
                i, SearchQueryText::tr("a quote that is never closed: expected a closing \"")};
        value = m_text.mid(i + 1, close - i - 1);
        i = close + 1;
        return std::nullopt;
    }

    const QString &m_text;
};

bool hasSearchableText(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

class Parser
{
public:
    explicit Parser(QList<Token> tokens)
        : m_tokens(std::move(tokens))
    { }

    std::optional<SyntaxError> parse(SearchNode &root)
    {
        if (peek().type == Token::Type::End)
            return SyntaxError {
                0,
                SearchQueryText::tr("the query is empty: expected a word, a \"phrase\" or an "
                                    "operator such as from:")};
        if (auto error = parseOr(root))
            return error;
        if (peek().type == Token::Type::RParen)
            return SyntaxError {
                peek().position,
                SearchQueryText::tr("a closing parenthesis without an opening one")};
        if (peek().type != Token::Type::End)
            return SyntaxError {peek().position,
                                SearchQueryText::tr("expected the end of the query")};
        return std::nullopt;
    }

private:
    const Token &peek() const { return m_tokens.at(m_next); }
    const Token &take() { return m_tokens.at(m_next++); }

    static bool startsUnary(const Token &t)
    {
        return t.type == Token::Type::Term || t.type == Token::Type::LParen
            || t.type == Token::Type::Not;
    }

    // What to say when a term was expected at `t` and something else came.
    static SyntaxError expectedTerm(const Token &t, const QString &after)
    {
        switch (t.type) {
        case Token::Type::End:
            return {
                t.position,
                SearchQueryText::tr("the query ends after %1: expected a search term").arg(after)};
        case Token::Type::RParen:
            return {t.position,
                    SearchQueryText::tr("expected a search term after %1, not \")\"").arg(after)};
        case Token::Type::Or:
        case Token::Type::And:
            return {
                t.position,
                SearchQueryText::tr("expected a search term after %1, not %2")
                    .arg(after,
                         t.type == Token::Type::Or ? QStringLiteral("OR") : QStringLiteral("AND"))};
        default:
            return {t.position, SearchQueryText::tr("expected a search term after %1").arg(after)};
        }
    }

    static void append(SearchNode &group, SearchNode child)
    {
        if (child.kind == group.kind)
            group.children.append(std::move(child.children));
        else
            group.children.append(std::move(child));
    }

    std::optional<SyntaxError> parseOr(SearchNode &out)
    {
        SearchNode first;
        if (auto error = parseAnd(first))
            return error;
        if (peek().type != Token::Type::Or) {
            out = std::move(first);
            return std::nullopt;
        }
        SearchNode group;
        group.kind = SearchNode::Kind::Or;
        append(group, std::move(first));
        while (peek().type == Token::Type::Or) {
            take();
            if (!startsUnary(peek()))
                return expectedTerm(peek(), QStringLiteral("OR"));
            SearchNode next;
            if (auto error = parseAnd(next))
                return error;
            append(group, std::move(next));
        }
        out = std::move(group);
        return std::nullopt;
    }

    std::optional<SyntaxError> parseAnd(SearchNode &out)
    {
        SearchNode first;
        if (auto error = parseUnary(first))
            return error;
        SearchNode group;
        group.kind = SearchNode::Kind::And;
        append(group, std::move(first));
        while (true) {
            if (peek().type == Token::Type::And) {
                take();
                if (!startsUnary(peek()))
                    return expectedTerm(peek(), QStringLiteral("AND"));
            } else if (!startsUnary(peek())) {
                break;
            }
            SearchNode next;
            if (auto error = parseUnary(next))
                return error;
            append(group, std::move(next));
        }
        if (group.children.size() == 1)
            out = std::move(group.children.first());
        else
            out = std::move(group);
        return std::nullopt;
    }

    std::optional<SyntaxError> parseUnary(SearchNode &out)
    {
        if (peek().type == Token::Type::Not) {
            take();
            if (!startsUnary(peek()))
                return expectedTerm(peek(), QStringLiteral("NOT"));
            SearchNode child;
            if (auto error = parseUnary(child))
                return error;
            if (child.kind == SearchNode::Kind::Not) { // NOT NOT x is x
                out = std::move(child.children.first());
                return std::nullopt;
            }
            out.kind = SearchNode::Kind::Not;
            out.children = {std::move(child)};
            return std::nullopt;
        }
        return parsePrimary(out);
    }

    std::optional<SyntaxError> parsePrimary(SearchNode &out)
    {
        const Token &t = peek();
        switch (t.type) {
        case Token::Type::LParen: {
            take();
            if (peek().type == Token::Type::RParen)
                return SyntaxError {peek().position,
                                    SearchQueryText::tr("empty parentheses: expected a search "
                                                        "term between \"(\" and \")\"")};
            if (!startsUnary(peek()))
                return expectedTerm(peek(), QStringLiteral("\"(\""));
            if (auto error = parseOr(out))
                return error;
            if (peek().type != Token::Type::RParen)
                return SyntaxError {
                    peek().position,
                    SearchQueryText::tr("expected \")\" to close the \"(\" at position %1")
                        .arg(t.position + 1)};
            take();
            return std::nullopt;
        }
        case Token::Type::Term:
            take();
            return term(t, out);
        case Token::Type::RParen:
            return SyntaxError {
                t.position, SearchQueryText::tr("a closing parenthesis without an opening one")};
        case Token::Type::Or:
        case Token::Type::And:
            return SyntaxError {
                t.position,
                SearchQueryText::tr("expected a search term before %1")
                    .arg(t.type == Token::Type::Or ? QStringLiteral("OR") : QStringLiteral("AND"))};
        default:
            return SyntaxError {t.position, SearchQueryText::tr("expected a search term")};
        }
    }

    static std::optional<SyntaxError> textTerm(const Token &t, SearchNode::Field field,
                                               SearchNode &out)
    {
        if (!hasSearchableText(t.value))
            return SyntaxError {
                t.position,
                SearchQueryText::tr("\"%1\" has no letters or digits to search for").arg(t.value)};
        out.kind = SearchNode::Kind::Text;
        out.field = field;
        out.text = t.value;
        return std::nullopt;
    }

    static std::optional<SyntaxError> term(const Token &t, SearchNode &out)
    {
        if (t.name.isEmpty())
            return textTerm(t, SearchNode::Field::Any, out);
        const qsizetype valueAt = t.position + t.name.size() + 1;
        if (t.value.isEmpty() && !t.quoted)
            return SyntaxError {valueAt,
                                SearchQueryText::tr("expected a value after %1:").arg(t.name)};
        if (t.name == u"from")
            return textTerm(t, SearchNode::Field::From, out);
        if (t.name == u"to")
            return textTerm(t, SearchNode::Field::To, out);
        if (t.name == u"subject")
            return textTerm(t, SearchNode::Field::Subject, out);
        const QString value = t.value.toLower();
        if (t.name == u"has") {
            if (value != u"attachment" && value != u"attachments")
                return SyntaxError {valueAt, SearchQueryText::tr("has: expects \"attachment\"")};
            out.kind = SearchNode::Kind::HasAttachment;
            return std::nullopt;
        }
        if (t.name == u"is") {
            out.kind = SearchNode::Kind::Flag;
            if (value == u"unread" || value == u"read") {
                out.flag = MessageFlag::Read;
                out.flagSet = value == u"read";
            } else if (value == u"flagged" || value == u"unflagged" || value == u"starred") {
                out.flag = MessageFlag::Flagged;
                out.flagSet = value != u"unflagged";
            } else if (value == u"answered" || value == u"replied") {
                out.flag = MessageFlag::Answered;
            } else {
                return SyntaxError {
                    valueAt,
                    SearchQueryText::tr("is: expects read, unread, flagged, unflagged "
                                        "or answered")};
            }
            return std::nullopt;
        }
        if (t.name == u"before" || t.name == u"after") {
            const QDate date = QDate::fromString(t.value, QStringLiteral("yyyy-MM-dd"));
            if (!date.isValid() || t.value.size() != 10)
                return SyntaxError {
                    valueAt,
                    SearchQueryText::tr("expected a date as YYYY-MM-DD after %1:, not "
                                        "\"%2\"")
                        .arg(t.name, t.value)};
            out.kind = t.name == u"before" ? SearchNode::Kind::Before : SearchNode::Kind::After;
            out.date = date;
            return std::nullopt;
        }
        if (t.name == u"folder") {
            out.kind = SearchNode::Kind::Folder;
            out.text = t.value;
            return std::nullopt;
        }
        return SyntaxError {
            t.position,
            SearchQueryText::tr("unknown operator %1: (known: from, to, subject, has, is, before, "
                                "after, folder; put the word in quotes to search for it as text)")
                .arg(t.name)};
    }

    QList<Token> m_tokens;
    qsizetype m_next = 0;
};

QString ftsString(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

// The node as one FTS5 expression, when it is made of text terms only.
std::optional<QString> ftsExpression(const SearchNode &node)
{
    switch (node.kind) {
    case SearchNode::Kind::Text: {
        const QString columns = SearchQuery::ftsColumns(node.field);
        const QString phrase = ftsString(node.text);
        return columns.isEmpty() ? phrase : QString(u'{' + columns + u"} : " + phrase);
    }
    case SearchNode::Kind::Or: {
        QStringList parts;
        for (const SearchNode &child : node.children) {
            const std::optional<QString> part = ftsExpression(child);
            if (!part)
                return std::nullopt;
            parts.append(*part);
        }
        return QString(u'(' + parts.join(QLatin1String(" OR ")) + u')');
    }
    case SearchNode::Kind::And: {
        // FTS5's NOT is binary: (p1 AND p2) NOT (n1 OR n2). It needs a positive part.
        QStringList positive, negative;
        for (const SearchNode &child : node.children) {
            const bool isNot = child.kind == SearchNode::Kind::Not;
            const std::optional<QString> part
                = ftsExpression(isNot ? child.children.constFirst() : child);
            if (!part)
                return std::nullopt;
            (isNot ? negative : positive).append(*part);
        }
        if (positive.isEmpty())
            return std::nullopt;
        QString expression = u'(' + positive.join(QLatin1String(" AND ")) + u')';
        if (!negative.isEmpty())
            expression += u" NOT (" + negative.join(QLatin1String(" OR ")) + u')';
        return QString(u'(' + expression + u')');
    }
    default:
        return std::nullopt;
    }
}

const QString &ftsCondition()
{
    static const QString sql
        = QStringLiteral("m.id IN (SELECT rowid FROM message_fts WHERE message_fts MATCH ?)");
    return sql;
}

void toSql(const SearchNode &node, SearchQuery::Sql &out)
{
    if (const std::optional<QString> fts = ftsExpression(node)) {
        out.where += ftsCondition();
        out.bindings.append(*fts);
        return;
    }
    switch (node.kind) {
    case SearchNode::Kind::And: {
        // The text terms of an AND go to FTS5 as one MATCH; the rest are conditions beside it.
        SearchNode textPart;
        textPart.kind = SearchNode::Kind::And;
        QList<const SearchNode *> others;
        for (const SearchNode &child : node.children) {
            if (child.kind != SearchNode::Kind::Not && ftsExpression(child))
                textPart.children.append(child);
            else
                others.append(&child);
        }
        out.where += u'(';
        bool first = true;
        if (!textPart.children.isEmpty()) {
            out.where += ftsCondition();
            out.bindings.append(*ftsExpression(textPart));
            first = false;
        }
        for (const SearchNode *child : std::as_const(others)) {
            if (!first)
                out.where += QLatin1String(" AND ");
            first = false;
            toSql(*child, out);
        }
        out.where += u')';
        return;
    }
    case SearchNode::Kind::Or: {
        out.where += u'(';
        for (qsizetype i = 0; i < node.children.size(); ++i) {
            if (i > 0)
                out.where += QLatin1String(" OR ");
            toSql(node.children.at(i), out);
        }
        out.where += u')';
        return;
    }
    case SearchNode::Kind::Not:
        out.where += QLatin1String("NOT (");
        toSql(node.children.constFirst(), out);
        out.where += u')';
        return;
    case SearchNode::Kind::HasAttachment:
        // "= 1", not "<> 0": the column holds 0 or 1, and equality can use the index of
        // schema 6 (messages_attachments).
        out.where += QLatin1String("m.has_attachments = 1");
        return;
    case SearchNode::Kind::Flag:
        out.where += node.flagSet ? QLatin1String("(m.flags & ?) <> 0")
                                  : QLatin1String("(m.flags & ?) = 0");
        out.bindings.append(int(node.flag));
        return;
    case SearchNode::Kind::Before:
    case SearchNode::Kind::After:
        out.where += node.kind == SearchNode::Kind::Before ? QLatin1String("m.date < ?")
                                                           : QLatin1String("m.date >= ?");
        out.bindings.append(node.date.startOfDay().toMSecsSinceEpoch());
        return;
    case SearchNode::Kind::Folder:
        out.where += QLatin1String(
            "m.folder_id IN (SELECT id FROM folders WHERE name = ? COLLATE NOCASE)");
        out.bindings.append(node.text);
        return;
    case SearchNode::Kind::Text:
        break; // handled by ftsExpression()
    }
}

QString fieldName(SearchNode::Field field)
{
    switch (field) {
    case SearchNode::Field::Any:
        return QStringLiteral("any");
    case SearchNode::Field::From:
        return QStringLiteral("from");
    case SearchNode::Field::To:
        return QStringLiteral("to");
    case SearchNode::Field::Subject:
        return QStringLiteral("subject");
    }
    return {};
}

} // namespace

QString SearchNode::describe() const
{
    auto group = [this](const char *name) {
        QString s = u'(' + QLatin1String(name);
        for (const SearchNode &child : children)
            s += u' ' + child.describe();
        return QString(s + u')');
    };
    switch (kind) {
    case Kind::And:
        return group("and");
    case Kind::Or:
        return group("or");
    case Kind::Not:
        return group("not");
    case Kind::Text:
        return QString(u"(text " + fieldName(field) + u" \"" + text + u"\")");
    case Kind::HasAttachment:
        return QStringLiteral("(has attachment)");
    case Kind::Flag: {
        const char *names[] = {"read", "flagged", "answered"};
        const int index = flag == MessageFlag::Read ? 0 : flag == MessageFlag::Flagged ? 1 : 2;
        return QString(QLatin1String(flagSet ? "(is " : "(is-not ") + QLatin1String(names[index])
                       + u')');
    }
    case Kind::Before:
        return QString(u"(before " + date.toString(Qt::ISODate) + u')');
    case Kind::After:
        return QString(u"(after " + date.toString(Qt::ISODate) + u')');
    case Kind::Folder:
        return QString(u"(folder \"" + text + u"\")");
    }
    return {};
}

Result<SearchQuery> SearchQuery::parse(const QString &query, qsizetype *errorPosition)
{
    QList<Token> tokens;
    std::optional<SyntaxError> error = Lexer(query).run(tokens);
    SearchQuery result;
    if (!error)
        error = Parser(std::move(tokens)).parse(result.m_root);
    if (error) {
        if (errorPosition)
            *errorPosition = error->position + 1;
        return Error {
            Error::Code::Invalid,
            QCoreApplication::translate("SearchQueryText", "Search query, at character %1: %2")
                .arg(error->position + 1)
                .arg(error->message)};
    }
    return result;
}

SearchQuery::Sql SearchQuery::toSql() const
{
    Sql sql;
    store::toSql(m_root, sql);
    return sql;
}

QString SearchQuery::ftsColumns(SearchNode::Field field)
{
    switch (field) {
    case SearchNode::Field::Any:
        return {};
    case SearchNode::Field::From:
        return QStringLiteral("sender");
    case SearchNode::Field::To:
        return QStringLiteral("recipients");
    case SearchNode::Field::Subject:
        return QStringLiteral("subject");
    }
    return {};
}

} // namespace satchel::store

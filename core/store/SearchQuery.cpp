#include "store/SearchQuery.h"

#include "search/QueryParser.h"
#include "search/QuerySql.h"
#include "store/MessageFlags.h"

#include <QCoreApplication>

namespace satchel::store {

static_assert(int(SearchNode::Flag::Read) == int(MessageFlag::Read)
              && int(SearchNode::Flag::Flagged) == int(MessageFlag::Flagged)
              && int(SearchNode::Flag::Answered) == int(MessageFlag::Answered));

namespace {

// The context of this file's texts. Q_DECLARE_TR_FUNCTIONS rather than a free SearchQueryText::tr()
// wrapper: lupdate files a free SearchQueryText::tr() under the enclosing namespace or class, a
// context the code never asks for at run time, so the text would never be translated.
struct SearchQueryText
{
    Q_DECLARE_TR_FUNCTIONS(SearchQueryText)
};

QString utf8(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// A byte offset into the UTF-8 query as a QString index: what the user sees as the position.
qsizetype characterIndex(const QByteArray &query, std::size_t offset)
{
    return QString::fromUtf8(query.constData(), qsizetype(offset)).size();
}

// The sentence for an error: what is wrong, and what was expected.
QString message(const search::QueryError &e, const QByteArray &query)
{
    using Code = search::QueryError::Code;
    const QString word = utf8(e.word);
    switch (e.code) {
    case Code::UnclosedQuote:
        return SearchQueryText::tr("a quote that is never closed: expected a closing \"");
    case Code::Empty:
        return SearchQueryText::tr("the query is empty: expected a word, a \"phrase\" or an "
                                   "operator such as from:");
    case Code::UnopenedParenthesis:
        return SearchQueryText::tr("a closing parenthesis without an opening one");
    case Code::ExpectedEnd:
        return SearchQueryText::tr("expected the end of the query");
    case Code::EndsAfter:
        return SearchQueryText::tr("the query ends after %1: expected a search term").arg(word);
    case Code::ParenthesisAfter:
        return SearchQueryText::tr("expected a search term after %1, not \")\"").arg(word);
    case Code::OperatorAfter:
        return SearchQueryText::tr("expected a search term after %1, not %2")
            .arg(word, utf8(e.value));
    case Code::TermExpectedAfter:
        return SearchQueryText::tr("expected a search term after %1").arg(word);
    case Code::EmptyParentheses:
        return SearchQueryText::tr("empty parentheses: expected a search term between \"(\" and "
                                   "\")\"");
    case Code::UnclosedParenthesis:
        return SearchQueryText::tr("expected \")\" to close the \"(\" at position %1")
            .arg(characterIndex(query, e.openedAt) + 1);
    case Code::TermExpectedBefore:
        return SearchQueryText::tr("expected a search term before %1").arg(word);
    case Code::NothingToSearch:
        return SearchQueryText::tr("\"%1\" has no letters or digits to search for").arg(word);
    case Code::MissingValue:
        return SearchQueryText::tr("expected a value after %1:").arg(word);
    case Code::BadHasValue:
        return SearchQueryText::tr("has: expects \"attachment\"");
    case Code::BadIsValue:
        return SearchQueryText::tr("is: expects read, unread, flagged, unflagged or answered");
    case Code::BadDate:
        return SearchQueryText::tr("expected a date as YYYY-MM-DD after %1:, not \"%2\"")
            .arg(word, utf8(e.value));
    case Code::UnknownOperator:
        return SearchQueryText::tr("unknown operator %1: (known: from, to, subject, has, is, "
                                   "before, after, folder; put the word in quotes to search for "
                                   "it as text)")
            .arg(word);
    case Code::TooDeep:
        return SearchQueryText::tr("parentheses and NOT are nested more than %1 deep here")
            .arg(search::QueryParser::kMaxDepth);
    case Code::NotUtf8: // QString::toUtf8() never gives that
    case Code::TermExpected:
        break;
    }
    return SearchQueryText::tr("expected a search term");
}

} // namespace

Result<SearchQuery> SearchQuery::parse(const QString &query, qsizetype *errorPosition)
{
    const QByteArray utf8Query = query.toUtf8();
    std::variant<SearchNode, search::QueryError> parsed = search::QueryParser::parse(
        std::string_view(utf8Query.constData(), size_t(utf8Query.size())));
    if (const auto *error = std::get_if<search::QueryError>(&parsed)) {
        const qsizetype position = characterIndex(utf8Query, error->position) + 1;
        if (errorPosition)
            *errorPosition = position;
        return Error {
            Error::Code::Invalid,
            QCoreApplication::translate("SearchQueryText", "Search query, at character %1: %2")
                .arg(position)
                .arg(message(*error, utf8Query))};
    }
    SearchQuery result;
    result.m_root = std::get<SearchNode>(std::move(parsed));
    return result;
}

SearchQuery::Sql SearchQuery::toSql() const
{
    const search::QuerySql sql = search::QuerySql::of(m_root);
    Sql out;
    out.where = QString::fromUtf8(sql.where.data(), qsizetype(sql.where.size()));
    out.bindings.reserve(qsizetype(sql.bindings.size()));
    for (const search::QuerySql::Value &value : sql.bindings) {
        if (const auto *number = std::get_if<std::int64_t>(&value))
            out.bindings.append(qint64(*number));
        else
            out.bindings.append(utf8(std::get<std::string>(value)));
    }
    return out;
}

QString SearchQuery::ftsColumns(SearchNode::Field field)
{
    const std::string_view columns = search::QuerySql::ftsColumns(field);
    return QString::fromLatin1(columns.data(), qsizetype(columns.size()));
}

} // namespace satchel::store

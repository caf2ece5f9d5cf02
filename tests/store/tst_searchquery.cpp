#include "mime/MessageParser.h"
#include "store/Schema.h"
#include "store/SchemaVersion.h"
#include "store/SearchQuery.h"
#include "store/SearchQueryPlain.h"

#include <QRandomGenerator>
#include <QTest>

using namespace satchel;
using namespace satchel::store;

// The search language's grammar, one row per case: what a query parses to (its canonical form)
// or where and why it is refused. The archive side is tst_searchequivalence.
class TestSearchQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void quotesUserTextForFts5();
    void plainTranslationEqualsSearchQuery();
    void plainConstantsAgree();
};

void TestSearchQuery::parses_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("tree");

    auto row = [](const char *name, const char *query, const char *tree) {
        QTest::newRow(name) << QString::fromUtf8(query) << QString::fromUtf8(tree);
    };
    row("word", "lisbon", R"((text any "lisbon"))");
    row("spaces around", "  lisbon  ", R"((text any "lisbon"))");
    row("phrase", R"("boarding pass")", R"((text any "boarding pass"))");
    row("implicit and", "a b c", R"((and (text any "a") (text any "b") (text any "c")))");
    row("explicit and", "a AND b", R"((and (text any "a") (text any "b")))");
    row("or", "a OR b", R"((or (text any "a") (text any "b")))");
    row("and binds tighter than or", "a b OR c",
        R"((or (and (text any "a") (text any "b")) (text any "c")))");
    row("or then and", "a OR b c", R"((or (text any "a") (and (text any "b") (text any "c"))))");
    row("not binds tighter than and", "NOT a b", R"((and (not (text any "a")) (text any "b")))");
    row("minus is not", "-a b", R"((and (not (text any "a")) (text any "b")))");
    row("not not", "NOT NOT a", R"((text any "a"))");
    row("parentheses", "(a OR b) c", R"((and (or (text any "a") (text any "b")) (text any "c")))");
    row("nested parentheses", "((a))", R"((text any "a"))");
    row("not group", "NOT (a OR b)", R"((not (or (text any "a") (text any "b"))))");
    row("lower-case or is a word", "a or b",
        R"((and (text any "a") (text any "or") (text any "b")))");
    row("quoted OR is a word", R"("OR")", R"((text any "OR"))");
    row("from", "from:alice@example.org", R"((text from "alice@example.org"))");
    row("operator case", "FROM:Alice", R"((text from "Alice"))");
    row("from phrase", R"(from:"Alice Archer")", R"((text from "Alice Archer"))");
    row("to", "to:bob", R"((text to "bob"))");
    row("subject", "Subject:invoice", R"((text subject "invoice"))");
    row("has attachment", "has:attachment", "(has attachment)");
    row("has attachments", "has:Attachments", "(has attachment)");
    row("is unread", "is:unread", "(is-not read)");
    row("is read", "is:read", "(is read)");
    row("is flagged", "is:flagged", "(is flagged)");
    row("is unflagged", "is:unflagged", "(is-not flagged)");
    row("is answered", "is:answered", "(is answered)");
    row("before", "before:2024-02-29", "(before 2024-02-29)");
    row("after", "after:2001-01-01", "(after 2001-01-01)");
    row("folder", "folder:Work", R"((folder "Work"))");
    row("folder phrase", R"(folder:"Old mail")", R"((folder "Old mail"))");
    row("colon in a word", "10:30", R"((text any "10:30"))");
    row("punctuation kept for the tokenizer", "e-mail", R"((text any "e-mail"))");
    row("everything", R"((from:alice OR to:alice) -is:read has:attachment after:2020-01-01)",
        R"((and (or (text from "alice") (text to "alice")) (not (is read)) (has attachment) )"
        R"((after 2020-01-01)))");
    row("unicode", "Köln", R"((text any "Köln"))");
}

void TestSearchQuery::parses()
{
    QFETCH(QString, query);
    QFETCH(QString, tree);
    const Result<SearchQuery> parsed = SearchQuery::parse(query);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->root().describe(), tree);
}

void TestSearchQuery::refuses_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("position"); // 1-based character
    QTest::addColumn<QString>("says");

    auto row = [](const char *name, const char *query, int position, const char *says) {
        QTest::newRow(name) << QString::fromUtf8(query) << position << QString::fromUtf8(says);
    };
    row("empty", "", 1, "empty");
    row("blank", "   ", 1, "empty");
    row("unclosed parenthesis", "(a OR b", 8, "expected \")\" to close the \"(\" at position 1");
    row("stray closing parenthesis", "a)", 2, "closing parenthesis without an opening");
    row("leading closing parenthesis", ") a", 1, "closing parenthesis without an opening");
    row("empty parentheses", "a ()", 4, "empty parentheses");
    row("dangling or", "a OR", 5, "ends after OR");
    row("leading or", "OR a", 1, "before OR");
    row("or or", "a OR OR b", 6, "after OR, not OR");
    row("dangling and", "a AND", 6, "ends after AND");
    row("dangling not", "a NOT", 6, "ends after NOT");
    row("or before parenthesis", "(a OR) b", 6, "after OR, not \")\"");
    row("unknown operator", "colour:red", 1, "unknown operator colour:");
    row("url needs quotes", "http://x", 1, "put the word in quotes");
    row("missing value", "from: alice", 6, "expected a value after from:");
    row("bad date", "before:2024-13-01", 8, "YYYY-MM-DD");
    row("short date", "after:2024-1-1", 7, "YYYY-MM-DD");
    row("no date", "after:yesterday", 7, "YYYY-MM-DD");
    row("bad is", "is:urgent", 4, "is: expects");
    row("bad has", "has:pictures", 5, "has: expects");
    row("unterminated quote", "a \"boarding pass", 3, "never closed");
    row("nothing to search", "a ---", 3, "no letters or digits");
    row("empty phrase", "\"\"", 1, "no letters or digits");
}

void TestSearchQuery::refuses()
{
    QFETCH(QString, query);
    QFETCH(int, position);
    QFETCH(QString, says);
    qsizetype at = -1;
    const Result<SearchQuery> parsed = SearchQuery::parse(query, &at);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, Error::Code::Invalid);
    QVERIFY2(parsed.error().message.contains(says), qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(QStringLiteral("character %1").arg(position)),
             qPrintable(parsed.error().message));
    QCOMPARE(at, qsizetype(position));
}

// Whatever the user types reaches FTS5 as a quoted string (FTS5 operators, column filters and
// prefix stars are text), and the SQL itself carries only placeholders.
void TestSearchQuery::quotesUserTextForFts5()
{
    const Result<SearchQuery> parsed = SearchQuery::parse(
        QString::fromUtf8("x* \"NEAR(a b)\" from:\"a\"\"b\" subject:'x; DROP"));
    QVERIFY(parsed.ok());
    const SearchQuery::Sql sql = parsed->toSql();
    QVERIFY(!sql.where.contains(u'\''));
    QCOMPARE(sql.bindings.size(), 1);
    const QString expected = QString::fromUtf8("((\"x*\" AND \"NEAR(a b)\" AND {sender} : \"a\" "
                                               "AND \"b\" AND {subject} : \"'x;\" AND \"DROP\"))");
    QCOMPARE(sql.bindings.constFirst().toString(), expected);
}

namespace {

// Both translations of one query: the same SQL and bindings, or both refuse (the plain one may
// also decline what only SearchQuery handles: non-ASCII text, dates outside 1970–2037).
QString comparePlain(const QString &query)
{
    const Result<SearchQuery> parsed = SearchQuery::parse(query);
    const QByteArray utf8 = query.toUtf8();
    const std::optional<PlainSql> plain
        = plainSearchSql(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (!parsed.ok())
        return plain ? QStringLiteral("plain accepts what SearchQuery refuses") : QString();
    if (!plain) {
        bool ascii = true;
        for (const QChar c : query)
            ascii = ascii && c.unicode() < 0x80;
        const bool oddDate
            = query.contains(QLatin1String("before:")) || query.contains(QLatin1String("after:"));
        return ascii && !oddDate ? QStringLiteral("plain declines an ASCII query") : QString();
    }
    const SearchQuery::Sql sql = parsed->toSql();
    if (QString::fromStdString(plain->where) != sql.where)
        return u"where: " + QString::fromStdString(plain->where) + u" vs " + sql.where;
    if (qsizetype(plain->bindings.size()) != sql.bindings.size())
        return QStringLiteral("binding count");
    for (qsizetype i = 0; i < sql.bindings.size(); ++i) {
        const auto &p = plain->bindings.at(size_t(i));
        const QVariant &q = sql.bindings.at(i);
        const bool same = std::holds_alternative<std::int64_t>(p)
            ? q.metaType().id() != QMetaType::QString && q.toLongLong() == std::get<std::int64_t>(p)
            : q.metaType().id() == QMetaType::QString
                && q.toString() == QString::fromStdString(std::get<std::string>(p));
        if (!same)
            return QStringLiteral("binding %1: %2").arg(i).arg(q.toString());
    }
    return {};
}

} // namespace

// The launcher's Qt-free translation (SearchQueryPlain.h) against SearchQuery, on the queries the
// tests know and on thousands of random ones made of the language's pieces.
void TestSearchQuery::plainTranslationEqualsSearchQuery()
{
    QStringList queries = {
        QStringLiteral("lisbon"),
        QStringLiteral("\"boarding pass\""),
        QStringLiteral("from:alice"),
        QStringLiteral("FROM:Bob"),
        QStringLiteral("to:alpha.example"),
        QStringLiteral("subject:\"flight to\""),
        QStringLiteral("has:attachment"),
        QStringLiteral("has:Attachments"),
        QStringLiteral("-has:attachment after:2020-01-01"),
        QStringLiteral("is:unread"),
        QStringLiteral("is:read AND is:flagged"),
        QStringLiteral("is:unflagged is:answered"),
        QStringLiteral("is:starred is:replied"),
        QStringLiteral("after:2021-01-01 before:2021-12-31"),
        QStringLiteral("before:2024-02-29"),
        QStringLiteral("before:2023-02-29"),
        QStringLiteral("folder:work"),
        QStringLiteral("folder:\"Old Mail\""),
        QStringLiteral("lisbon -koln"),
        QStringLiteral("NOT NOT lisbon"),
        QStringLiteral("(lisbon OR hotel) AND NOT from:bob"),
        QStringLiteral("NOT (is:unread OR is:flagged)"),
        QStringLiteral("\"or\" \"not\""),
        QStringLiteral("-from:alice -to:alice has:attachment OR is:flagged"),
        QStringLiteral("e-mail"),
        QStringLiteral("a\"b"),
        QStringLiteral("\"a \"\"b\""),
        QStringLiteral("(a"),
        QStringLiteral("a)"),
        QStringLiteral("()"),
        QStringLiteral("a OR"),
        QStringLiteral("AND a"),
        QStringLiteral("- a"),
        QStringLiteral("--a"),
        QStringLiteral("-(a OR b)"),
        QStringLiteral("x:y"),
        QStringLiteral("from:"),
        QStringLiteral("from:\"\""),
        QStringLiteral("is:maybe"),
        QStringLiteral("has:pdf"),
        QStringLiteral("before:2024-1-1"),
        QStringLiteral("after:0000-01-01"),
        QStringLiteral("after:1969-12-31"),
        QStringLiteral("!!!"),
        QStringLiteral("  "),
        QStringLiteral("\"unclosed"),
        QStringLiteral("café"),
        QStringLiteral("from:josé"),
        QStringLiteral("a\tb\nc"),
        QStringLiteral("1:2"),
        QStringLiteral("http://x.example/a"),
        QStringLiteral("enron -gas"),
        QStringLiteral("(linux OR windows) perl"),
        QStringLiteral("offer OR free OR money OR credit"),
        QStringLiteral("a AND (b OR -c) d"),
    };
    // Random queries from the language's pieces, malformed ones included.
    const QStringList pieces = {QStringLiteral("lisbon"),
                                QStringLiteral("\"boarding pass\""),
                                QStringLiteral("from:anna"),
                                QStringLiteral("to:\"Bob B\""),
                                QStringLiteral("subject:x"),
                                QStringLiteral("has:attachment"),
                                QStringLiteral("is:read"),
                                QStringLiteral("is:unread"),
                                QStringLiteral("is:flagged"),
                                QStringLiteral("is:answered"),
                                QStringLiteral("before:2022-03-04"),
                                QStringLiteral("after:2001-01-01"),
                                QStringLiteral("folder:Inbox"),
                                QStringLiteral("AND"),
                                QStringLiteral("OR"),
                                QStringLiteral("NOT"),
                                QStringLiteral("-"),
                                QStringLiteral("("),
                                QStringLiteral(")"),
                                QStringLiteral("e-mail"),
                                QStringLiteral("a\"q"),
                                QStringLiteral("x:y"),
                                QStringLiteral("\""),
                                QStringLiteral("...")};
    QRandomGenerator rng(77);
    for (int i = 0; i < 20000; ++i) {
        QString q;
        const int n = rng.bounded(1, 8);
        for (int k = 0; k < n; ++k) {
            q += pieces.at(rng.bounded(int(pieces.size())));
            q += rng.bounded(4) ? QStringLiteral(" ") : QString();
        }
        queries.append(q);
    }
    int answered = 0;
    for (const QString &q : std::as_const(queries)) {
        const QString problem = comparePlain(q);
        QVERIFY2(problem.isEmpty(), qPrintable(q + u": " + problem));
        const QByteArray utf8 = q.toUtf8();
        answered += plainSearchSql(std::string_view(utf8.constData(), size_t(utf8.size()))) ? 1 : 0;
    }
    QVERIFY2(answered > 2000, qPrintable(QString::number(answered))); // not all refused
}

void TestSearchQuery::plainConstantsAgree()
{
    QCOMPARE(kLatestSchemaVersion, latestSchemaVersion());
    QCOMPARE(QString::fromStdString(plainParserFingerprint()), mime::parserFingerprint());
    // The plain date form is Qt's.
    for (const qint64 ms : {qint64(0), qint64(951782400000), qint64(1706830200999),
                            qint64(2082758399000), qint64(-1)}) {
        for (const int offset : {0, 3600, -12600, 49500, -43200}) {
            std::string plain;
            QVERIFY(appendPlainIsoDate(plain, ms, offset));
            QCOMPARE(QString::fromStdString(plain),
                     QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offset)
                         .toString(Qt::ISODate));
        }
    }
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"

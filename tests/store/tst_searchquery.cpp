#include "store/SearchQuery.h"

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

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"

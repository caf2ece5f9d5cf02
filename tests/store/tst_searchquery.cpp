#include "Must.h"
#include "mime/MessageParser.h"
#include "search/CalendarDate.h"
#include "search/QueryParser.h"
#include "search/Unicode.h"
#include "store/Archive.h"
#include "store/ArchiveSearchReader.h"
#include "store/Schema.h"
#include "store/SchemaVersion.h"
#include "store/SearchQuery.h"

#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTest>

#include <ctime>

using namespace satchel;
using namespace satchel::store;
using satchel::test::must;

// The search language (core/search/, through its Qt adapter store::SearchQuery), one row per
// case: what a query parses to (its canonical form), where and why it is refused, the SQL it
// becomes; and the Unicode and calendar facts it relies on, against Qt's. The archive side is
// tst_searchequivalence.
class TestSearchQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void errorsAreCodesAndByteOffsets_data();
    void errorsAreCodesAndByteOffsets();
    void translatesToSql_data();
    void translatesToSql();
    void quotesUserTextForFts5();
    void everyAcceptedQueryRuns();
    void charactersAreQts();
    void utf8IsQts();
    void datesAreQts();
    void localMidnightIsQts_data();
    void localMidnightIsQts();
    void constantsAgree();
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
    row("is starred", "is:Starred", "(is flagged)");
    row("is unflagged", "is:unflagged", "(is-not flagged)");
    row("is answered", "is:answered", "(is answered)");
    row("is replied", "is:REPLIED", "(is answered)");
    row("before", "before:2024-02-29", "(before 2024-02-29)");
    row("after", "after:2001-01-01", "(after 2001-01-01)");
    row("before 1970", "after:1969-12-31", "(after 1969-12-31)");
    row("after 2038", "before:2100-01-01", "(before 2100-01-01)");
    row("first day", "before:0001-01-01", "(before 0001-01-01)");
    row("last day", "after:9999-12-31", "(after 9999-12-31)");
    row("quoted date", R"(after:"2020-02-02")", "(after 2020-02-02)");
    row("folder", "folder:Work", R"((folder "Work"))");
    row("folder phrase", R"(folder:"Old mail")", R"((folder "Old mail"))");
    row("colon in a word", "10:30", R"((text any "10:30"))");
    row("punctuation kept for the tokenizer", "e-mail", R"((text any "e-mail"))");
    row("everything", R"((from:alice OR to:alice) -is:read has:attachment after:2020-01-01)",
        R"((and (or (text from "alice") (text to "alice")) (not (is read)) (has attachment) )"
        R"((after 2020-01-01)))");
    row("unicode", "Köln", R"((text any "Köln"))");
    // Non-ASCII, which the Qt-free launcher answers too since the one implementation.
    row("no-break space separates", "a\u00a0b", R"((and (text any "a") (text any "b")))");
    row("ideographic space separates", "東京\u3000大阪",
        R"((and (text any "東京") (text any "大阪")))");
    row("em space separates", "a\u2003b\u2028c",
        R"((and (text any "a") (text any "b") (text any "c")))");
    row("zero-width space does not", "a\u200bb", "(text any \"a\u200bb\")");
    row("non-ASCII phrase", R"("Über uns")", R"((text any "Über uns"))");
    row("non-ASCII from", "from:josé", R"((text from "josé"))");
    row("non-ASCII folder", "FOLDER:Entwürfe", R"((folder "Entwürfe"))");
    row("non-ASCII operator name is a word", "fröm:x", R"((text any "fröm:x"))");
    row("minus before non-ASCII", "-café", R"((not (text any "café")))");
    row("capital non-ASCII is a word", "a ÄND b",
        R"((and (text any "a") (text any "ÄND") (text any "b")))");
    row("Greek", "ΚΑΙ OR λόγος", R"((or (text any "ΚΑΙ") (text any "λόγος")))");
    row("parentheses around non-ASCII", "(Köln)", R"((text any "Köln"))");
    row("quote ends a non-ASCII word", "Köln\"x\"", R"((and (text any "Köln") (text any "x")))");
    // Letters past U+FFFF are letters (the Qt implementation looked at UTF-16 halves and refused
    // them; SQLite's tokenizer indexes them).
    QTest::newRow("255 parentheses")
        << QString(255, u'(') + u'a' + QString(255, u')') << QStringLiteral("(text any \"a\")");
    QTest::newRow("255 NOT") << QString(QStringLiteral("NOT ")).repeated(255) + u'a'
                             << QStringLiteral("(not (text any \"a\"))");
    row("letter past U+FFFF", "𝐀", R"((text any "𝐀"))");
    row("ideograph past U+FFFF", "from:𠀀", R"((text from "𠀀"))");
    row("emoji beside a letter", "🙂x", R"((text any "🙂x"))");
}

void TestSearchQuery::parses()
{
    QFETCH(QString, query);
    QFETCH(QString, tree);
    const Result<SearchQuery> parsed = SearchQuery::parse(query);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(QString::fromStdString(parsed->root().describe()), tree);
}

void TestSearchQuery::refuses_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("position"); // 1-based character (UTF-16 unit, as QString counts)
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
    row("and after parenthesis", "( AND a)", 3, "after \"(\", not AND");
    row("unknown operator", "colour:red", 1, "unknown operator colour:");
    row("url needs quotes", "http://x", 1, "put the word in quotes");
    row("missing value", "from: alice", 6, "expected a value after from:");
    row("bad date", "before:2024-13-01", 8, "YYYY-MM-DD");
    row("short date", "after:2024-1-1", 7, "YYYY-MM-DD");
    row("no date", "after:yesterday", 7, "YYYY-MM-DD");
    row("year zero", "after:0000-01-01", 7, "YYYY-MM-DD");
    row("no such day", "before:2023-02-29", 8, "not \"2023-02-29\"");
    row("bad is", "is:urgent", 4, "is: expects");
    row("bad has", "has:pictures", 5, "has: expects");
    row("unterminated quote", "a \"boarding pass", 3, "never closed");
    row("nothing to search", "a ---", 3, "no letters or digits");
    row("empty phrase", "\"\"", 1, "no letters or digits");
    row("empty from phrase", "from:\"\"", 1, "no letters or digits");
    // Positions count characters as QString does, whatever the script.
    row("dangling or after non-ASCII", "é OR", 5, "ends after OR");
    row("a letter past U+FFFF is two", "𝐀 OR", 6, "ends after OR");
    row("unclosed parenthesis after non-ASCII", "ü (a", 5, "close the \"(\" at position 3");
    row("unknown operator after non-ASCII", "ü colour:red", 3, "unknown operator colour:");
    row("missing value after non-ASCII", "Köln from: x", 11, "expected a value after from:");
    row("unterminated quote after non-ASCII", "Köln \"x", 6, "never closed");
    row("dash only", "—", 1, "\"—\" has no letters or digits");
    row("minus before a no-break space", "-\u00a0a", 1, "\"-\" has no letters or digits");
    row("non-ASCII digits in a date", "before:２０２４-01-01", 8, "YYYY-MM-DD");
    row("non-ASCII has value", "has:attachmént", 5, "has: expects");
    row("dotted capital I is not i", "is:REPLİED", 4, "is: expects");
    QTest::newRow("256 parentheses") << QString(256, u'(') + u'a' + QString(256, u')') << 257
                                     << QStringLiteral("nested more than 256 deep");
    QTest::newRow("deeper") << QString(100000, u'(') + u'a' << 257
                            << QStringLiteral("nested more than 256 deep");
    QTest::newRow("256 NOT") << QString(QStringLiteral("NOT ")).repeated(256) + u'a' << 1025
                             << QStringLiteral("nested more than 256 deep");
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

// What the launcher sees of a refusal: a code, a byte offset and the words of the message.
void TestSearchQuery::errorsAreCodesAndByteOffsets_data()
{
    using Code = search::QueryError::Code;
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QByteArray>("word");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("ends after") << QByteArray("é OR") << int(Code::EndsAfter) << 5
                                << QByteArray("OR") << QByteArray();
    QTest::newRow("operator after") << QByteArray("a OR OR b") << int(Code::OperatorAfter) << 5
                                    << QByteArray("OR") << QByteArray("OR");
    QTest::newRow("parenthesis after") << QByteArray("(a AND) b") << int(Code::ParenthesisAfter)
                                       << 6 << QByteArray("AND") << QByteArray();
    QTest::newRow("before") << QByteArray("AND x") << int(Code::TermExpectedBefore) << 0
                            << QByteArray("AND") << QByteArray();
    QTest::newRow("bad date") << QByteArray("ü before:2024-13-01") << int(Code::BadDate) << 10
                              << QByteArray("before") << QByteArray("2024-13-01");
    QTest::newRow("nothing") << QByteArray("ü ---") << int(Code::NothingToSearch) << 3
                             << QByteArray("---") << QByteArray();
    QTest::newRow("not UTF-8") << QByteArray("\xff") << int(Code::NotUtf8) << 0 << QByteArray()
                               << QByteArray();
    QTest::newRow("truncated UTF-8")
        << QByteArray("a \xc3") << int(Code::NotUtf8) << 2 << QByteArray() << QByteArray();
    QTest::newRow("too deep") << QByteArray(100000, '(') + 'a' << int(Code::TooDeep) << 256
                              << QByteArray() << QByteArray();
    QTest::newRow("unknown") << QByteArray("Köln X:y") << int(Code::UnknownOperator) << 6
                             << QByteArray("x") << QByteArray();
}

void TestSearchQuery::errorsAreCodesAndByteOffsets()
{
    QFETCH(QByteArray, query);
    QFETCH(int, code);
    QFETCH(int, offset);
    QFETCH(QByteArray, word);
    QFETCH(QByteArray, value);
    const auto parsed
        = search::QueryParser::parse(std::string_view(query.constData(), size_t(query.size())));
    const auto *error = std::get_if<search::QueryError>(&parsed);
    QVERIFY(error);
    QCOMPARE(int(error->code), code);
    QCOMPARE(error->position, size_t(offset));
    QCOMPARE(QByteArray::fromStdString(error->word), word);
    QCOMPARE(QByteArray::fromStdString(error->value), value);
}

void TestSearchQuery::translatesToSql_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QVariantList>("bindings");
    const QString fts
        = QStringLiteral("m.id IN (SELECT rowid FROM message_fts WHERE message_fts MATCH ?)");
    const QString folder
        = QStringLiteral("m.folder_id IN (SELECT id FROM folders WHERE name = ? COLLATE NOCASE)");
    auto midnight = [](int y, int m, int d) {
        return QVariant(QDate(y, m, d).startOfDay().toMSecsSinceEpoch());
    };
    auto s = [](const char *text) { return QVariant(QString::fromUtf8(text)); };
    QTest::newRow("word") << QStringLiteral("lisbon") << fts << QVariantList {s("\"lisbon\"")};
    QTest::newRow("fields") << QStringLiteral("from:josé OR subject:\"Über uns\"") << fts
                            << QVariantList {s("({sender} : \"josé\" OR {subject} : \"Über "
                                               "uns\")")};
    QTest::newRow("to") << QStringLiteral("to:anna") << fts
                        << QVariantList {s("{recipients} : \"anna\"")};
    QTest::newRow("not inside the match") << QStringLiteral("lisbon -köln") << fts
                                          << QVariantList {s("((\"lisbon\") NOT (\"köln\"))")};
    QTest::newRow("not alone") << QStringLiteral("-köln") << u"NOT (" + fts + u')'
                               << QVariantList {s("\"köln\"")};
    QTest::newRow("not of a group") << QStringLiteral("NOT (a OR b) c") << fts
                                    << QVariantList {s("((\"c\") NOT ((\"a\" OR \"b\")))")};
    QTest::newRow("flags") << QStringLiteral("is:unread has:attachment")
                           << QStringLiteral("((m.flags & ?) = 0 AND m.has_attachments = 1)")
                           << QVariantList {1};
    QTest::newRow("answered") << QStringLiteral("is:answered")
                              << QStringLiteral("(m.flags & ?) <> 0") << QVariantList {4};
    QTest::newRow("text beside conditions")
        << QStringLiteral("lisbon is:flagged folder:Entwürfe")
        << u'(' + fts + u" AND (m.flags & ?) <> 0 AND " + folder + u')'
        << QVariantList {s("((\"lisbon\"))"), 2, s("Entwürfe")};
    QTest::newRow("or of text and a flag")
        << QStringLiteral("a OR is:read") << u'(' + fts + u" OR (m.flags & ?) <> 0)"
        << QVariantList {s("\"a\""), 1};
    QTest::newRow("dates") << QStringLiteral("after:2024-03-01 before:2024-04-01")
                           << QStringLiteral("(m.date >= ? AND m.date < ?)")
                           << QVariantList {midnight(2024, 3, 1), midnight(2024, 4, 1)};
    QTest::newRow("dates far away") << QStringLiteral("after:1901-05-01 before:2200-04-01")
                                    << QStringLiteral("(m.date >= ? AND m.date < ?)")
                                    << QVariantList {midnight(1901, 5, 1), midnight(2200, 4, 1)};
}

void TestSearchQuery::translatesToSql()
{
    QFETCH(QString, query);
    QFETCH(QString, where);
    QFETCH(QVariantList, bindings);
    const SearchQuery::Sql sql = must(SearchQuery::parse(query)).toSql();
    QCOMPARE(sql.where, where);
    QCOMPARE(sql.bindings.size(), bindings.size());
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        const bool text = bindings.at(i).metaType().id() == QMetaType::QString;
        QCOMPARE(sql.bindings.at(i).metaType().id() == QMetaType::QString, text);
        if (text)
            QCOMPARE(sql.bindings.at(i).toString(), bindings.at(i).toString());
        else
            QCOMPARE(sql.bindings.at(i).toLongLong(), bindings.at(i).toLongLong());
    }
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

// Thousands of random queries made of the language's pieces, malformed ones and non-ASCII ones
// included: every query the language accepts is SQL and an FTS5 expression that SQLite runs, and
// every refusal points into the query.
void TestSearchQuery::everyAcceptedQueryRuns()
{
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
                                QStringLiteral("after:1901-01-01"),
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
                                QStringLiteral("..."),
                                QStringLiteral("Köln"),
                                QStringLiteral("from:josé"),
                                QStringLiteral("\u00a0"),
                                QStringLiteral("—"),
                                QStringLiteral("𝐀"),
                                QStringLiteral("folder:\"Entwürfe\"")};
    std::unique_ptr<Archive> archive = must(Archive::open(QStringLiteral(":memory:")));
    QRandomGenerator rng(77);
    int accepted = 0;
    for (int i = 0; i < 20000; ++i) {
        QString q;
        const int n = rng.bounded(1, 8);
        for (int k = 0; k < n; ++k) {
            q += pieces.at(rng.bounded(int(pieces.size())));
            q += rng.bounded(4) ? QStringLiteral(" ") : QString();
        }
        qsizetype at = 0;
        const Result<SearchQuery> parsed = SearchQuery::parse(q, &at);
        if (!parsed) {
            QVERIFY2(at >= 1 && at <= q.size() + 1, qPrintable(q));
            continue;
        }
        ++accepted;
        const Result<QList<qint64>> found = archive->search(*parsed, 1);
        QVERIFY2(found.ok(),
                 qPrintable(q + u": " + (found.ok() ? QString() : found.error().message)));
    }
    QVERIFY2(accepted > 2000, qPrintable(QString::number(accepted))); // not all refused
}

// The two character classes of search/Unicode.h are Qt's, for every code point. When Qt's
// Unicode tables change, the failure prints the table to put in Unicode.cpp.
void TestSearchQuery::charactersAreQts()
{
    int wrong = 0;
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        if (search::isQuerySpace(c) != QChar::isSpace(c))
            QFAIL(qPrintable(QStringLiteral("isQuerySpace(U+%1)").arg(uint(c), 4, 16)));
        wrong += search::isLetterOrNumber(c) != QChar::isLetterOrNumber(c) ? 1 : 0;
    }
    if (wrong > 0) {
        QString table;
        bool inside = false;
        char32_t first = 0;
        int column = 0;
        for (char32_t c = 0; c <= 0x110000; ++c) {
            const bool letter = c <= 0x10FFFF && QChar::isLetterOrNumber(c);
            if (letter && !inside)
                first = c;
            if (!letter && inside)
                table += QStringLiteral("{0x%1, 0x%2},%3")
                             .arg(uint(first), 0, 16)
                             .arg(uint(c - 1), 0, 16)
                             .arg(++column % 5 ? u' ' : u'\n');
            inside = letter;
        }
        qInfo().noquote() << table;
        QFAIL(qPrintable(QStringLiteral("%1 code points differ from Qt's isLetterOrNumber(); the "
                                        "table above is Qt's")
                             .arg(wrong)));
    }
}

// What is UTF-8 is what Qt decodes without a replacement character.
void TestSearchQuery::utf8IsQts()
{
    QRandomGenerator rng(19);
    const QList<uchar> bytes = {0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0,
                                0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x9f, 0x8f, 0x90};
    for (int i = 0; i < 200000; ++i) {
        QByteArray text;
        const int n = rng.bounded(1, 6);
        for (int k = 0; k < n; ++k)
            text += char(bytes.at(rng.bounded(int(bytes.size()))));
        const bool qtValid = !QString::fromUtf8(text).contains(QChar::ReplacementCharacter);
        const std::string_view view(text.constData(), size_t(text.size()));
        QVERIFY2((search::firstNonUtf8(view) == view.size()) == qtValid, text.toHex().constData());
    }
}

// before: and after: take what QDate::fromString(value, "yyyy-MM-dd") takes of ten characters.
void TestSearchQuery::datesAreQts()
{
    const QStringList alphabet = {
        QStringLiteral("0"), QStringLiteral("1"),      QStringLiteral("2"),     QStringLiteral("3"),
        QStringLiteral("9"), QStringLiteral("-"),      QStringLiteral(" "),     QStringLiteral("+"),
        QStringLiteral("x"), QStringLiteral("\u0661"), QStringLiteral("\uff11")};
    QRandomGenerator rng(3);
    int accepted = 0;
    for (int i = 0; i < 50000; ++i) {
        QString value = QStringLiteral("2024-02-29");
        for (int k = rng.bounded(1, 4); k > 0; --k)
            value[rng.bounded(10)] = alphabet.at(rng.bounded(int(alphabet.size()))).at(0);
        const QDate qt = QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
        const QByteArray utf8 = value.toUtf8();
        const std::optional<search::CalendarDate> date
            = search::CalendarDate::parse(std::string_view(utf8.constData(), size_t(utf8.size())));
        QCOMPARE(date.has_value(), qt.isValid());
        if (date) {
            ++accepted;
            QCOMPARE(QDate(date->year, date->month, date->day), qt);
            QCOMPARE(QString::fromStdString(date->iso()), qt.toString(Qt::ISODate));
        }
    }
    QVERIFY(accepted > 1000);
}

void TestSearchQuery::localMidnightIsQts_data()
{
    QTest::addColumn<QByteArray>("zone");
    // Zones whose clocks skipped midnight (Sao Paulo's spring, a whole day in Apia), with offsets
    // in seconds long ago (Kolkata's and St John's local mean time), and plain ones.
    for (const char *zone : {"UTC", "Europe/Berlin", "America/New_York", "America/Sao_Paulo",
                             "Pacific/Apia", "Asia/Kolkata", "America/St_Johns", "Asia/Tehran"})
        QTest::newRow(zone) << QByteArray(zone);
}

// Local midnight for every day of 1900-2040 and some days of every century: Qt's
// QDate::startOfDay(), where the day has a midnight; where a clock change skipped it, the first
// second of the day (Qt rounds to the minute, or for a skipped day gives no valid time).
void TestSearchQuery::localMidnightIsQts()
{
    QFETCH(QByteArray, zone);
    const QByteArray saved = qgetenv("TZ");
    qputenv("TZ", zone);
    tzset();
    auto restore = qScopeGuard([&saved]() {
        if (saved.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", saved);
        tzset();
    });
    int skipped = 0;
    for (int year = 1; year <= 9999; year += year < 1900 || year > 2040 ? 97 : 1) {
        const bool everyDay = year >= 1900 && year <= 2040;
        for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(everyDay ? 1 : 31)) {
            const search::CalendarDate date {day.year(), day.month(), day.day()};
            const std::optional<std::int64_t> ms = date.localMidnightMs();
            QVERIFY2(ms, qPrintable(day.toString(Qt::ISODate)));
            const QDateTime qt = day.startOfDay();
            if (qt.isValid() && qt.time() == QTime(0, 0)) {
                QCOMPARE(*ms, qt.toMSecsSinceEpoch());
                continue;
            }
            ++skipped;
            // The first second that is this day or later.
            QVERIFY(QDateTime::fromMSecsSinceEpoch(*ms).date() >= day);
            QVERIFY(QDateTime::fromMSecsSinceEpoch(*ms - 1000).date() < day);
            if (qt.isValid())
                QVERIFY2(qAbs(*ms - qt.toMSecsSinceEpoch()) < 60000,
                         qPrintable(day.toString(Qt::ISODate)));
        }
    }
    qInfo("%s: %d days without a midnight", zone.constData(), skipped);
}

void TestSearchQuery::constantsAgree()
{
    QCOMPARE(kLatestSchemaVersion, latestSchemaVersion());
    QCOMPARE(QString::fromStdString(store::ArchiveSearchReader::indexFingerprint()),
             mime::parserFingerprint());
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"

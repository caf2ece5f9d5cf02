#include "PlainSearch.h"
#include "SearchRequest.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace satchel;
using namespace satchel::app;

// The command line the quick paths of `satchel search` take (the launcher's and satchel-cli's
// QuickSearch), and the lines they print. The same bytes as the Archive's answer are
// tst_commandline's business.
class TestSearchCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRequests_data();
    void readsRequests();
    void datesAreQts();
    void linesHaveTheirForm();
    void declinesWhatNeedsTheArchive();
};

void TestSearchCommand::readsRequests_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("answers");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("json");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("query");
    auto row = [](const char *name, QStringList arguments, bool answers, const char *profile = "",
                  bool json = false, int limit = 100, const char *query = "") {
        QTest::newRow(name) << arguments << answers << QString::fromUtf8(profile) << json << limit
                            << QString::fromUtf8(query);
    };
    const QString s = QStringLiteral("search");
    row("words", {s, QStringLiteral("from:anna"), QStringLiteral("köln")}, true, "", false, 100,
        "from:anna köln");
    row("profile and limit",
        {QStringLiteral("--profile"), QStringLiteral("/p"), s, QStringLiteral("x"),
         QStringLiteral("--limit=0")},
        true, "/p", false, 0, "x");
    row("equals forms",
        {QStringLiteral("--profile=/q"), s, QStringLiteral("--limit"), QStringLiteral("7"),
         QStringLiteral("--json"), QStringLiteral("x")},
        true, "/q", true, 7, "x");
    row("language skipped",
        {QStringLiteral("--language"), QStringLiteral("de"), s, QStringLiteral("x"),
         QStringLiteral("--language=fr")},
        true, "", false, 100, "x");
    row("no query", {s}, false);
    row("no command", {QStringLiteral("x")}, false);
    row("another command", {QStringLiteral("show"), QStringLiteral("1")}, false);
    row("help", {s, QStringLiteral("x"), QStringLiteral("--help")}, false);
    row("double dash", {s, QStringLiteral("--"), QStringLiteral("-x")}, false);
    row("two limits",
        {s, QStringLiteral("x"), QStringLiteral("--limit=1"), QStringLiteral("--limit=2")}, false);
    row("signed limit", {s, QStringLiteral("x"), QStringLiteral("--limit=+1")}, false);
    row("negative limit", {s, QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("-1")},
        false);
    row("huge limit", {s, QStringLiteral("x"), QStringLiteral("--limit=9999999999")}, false);
    row("limit without value", {s, QStringLiteral("x"), QStringLiteral("--limit")}, false);
    row("empty profile", {QStringLiteral("--profile="), s, QStringLiteral("x")}, false);
    row("two json", {s, QStringLiteral("--json"), QStringLiteral("x"), QStringLiteral("--json")},
        false);
    row("minus word", {s, QStringLiteral("-spam")}, false); // an option to the full parser
}

void TestSearchCommand::readsRequests()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, answers);
    std::vector<std::string> words;
    for (const QString &a : std::as_const(arguments))
        words.push_back(a.toStdString());
    const std::optional<SearchRequest> r = parseSearchRequest(words);
    QCOMPARE(r.has_value(), answers);
    if (!r)
        return;
    QTEST(QString::fromStdString(r->profile), "profile");
    QTEST(r->json, "json");
    QTEST(r->limit, "limit");
    QTEST(QString::fromStdString(r->query), "query");
}

// The plain date form is Qt's, in years 1000-9999; other years are left to Qt.
void TestSearchCommand::datesAreQts()
{
    for (const qint64 ms :
         {qint64(0), qint64(951782400000), qint64(1706830200999), qint64(2082758399000), qint64(-1),
          qint64(-30610137600000), qint64(253402214399000)}) {
        for (const int offset : {0, 3600, -12600, 49500, -43200}) {
            std::string plain;
            QVERIFY(appendIsoDate(plain, ms, offset));
            QCOMPARE(QString::fromStdString(plain),
                     QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offset)
                         .toString(Qt::ISODate));
        }
    }
    std::string odd;
    QVERIFY(!appendIsoDate(odd, -30610224000001, 0)); // 0999-12-31T23:59:59.999Z
    QVERIFY(!appendIsoDate(odd, 253402300800000, 0)); // 10000-01-01
    QVERIFY(odd.empty());
}

void TestSearchCommand::linesHaveTheirForm()
{
    store::SearchHit hit;
    hit.id = 42;
    hit.dateMs = 1706830200000;
    hit.dateOffset = 3600;
    hit.senderAddress = "anna@x.example";
    hit.subject = "Über";
    std::string out;
    QVERIFY(appendSearchLine(out, hit));
    hit.senderName = "Anna";
    hit.id = 7;
    QVERIFY(appendSearchLine(out, hit));
    QCOMPARE(QString::fromStdString(out),
             QString::fromUtf8("42\t2024-02-02T00:30:00+01:00\tanna@x.example\tÜber\n"
                               "7\t2024-02-02T00:30:00+01:00\tAnna\tÜber\n"));
}

// A malformed query, or an archive that is not there, is the Archive's to explain.
void TestSearchCommand::declinesWhatNeedsTheArchive()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string missing = dir.filePath(QStringLiteral("archive.sqlite")).toStdString();
    QVERIFY(!plainSearchLines("x", 0, missing));
    QVERIFY(!QFile::exists(QString::fromStdString(missing))); // and never created
    QVERIFY(!openSearch("(x", missing));
}

QTEST_GUILESS_MAIN(TestSearchCommand)
#include "tst_searchcommand.moc"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The archive depends on the QSQLITE driver that Qt ships having FTS5 and WAL; if a platform's
// Qt was built against an SQLite without them, this is where we find out, not in a user's search.
class TestSqliteFts5 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fts5MatchesAndRanks();
    void walIsAvailable();

private:
    QSqlDatabase m_db;
    QTemporaryDir m_dir;
};

void TestSqliteFts5::init()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")),
             "Qt's SQLite driver is missing: install libqt6sql6-sqlite");
    QVERIFY(m_dir.isValid());
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fts5test"));
    m_db.setDatabaseName(m_dir.filePath(QStringLiteral("test.sqlite")));
    QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
}

void TestSqliteFts5::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("fts5test"));
}

void TestSqliteFts5::fts5MatchesAndRanks()
{
    QSqlQuery q(m_db);
    QVERIFY2(q.exec(QStringLiteral("CREATE VIRTUAL TABLE mail USING fts5(subject, body, "
                                   "tokenize = 'unicode61 remove_diacritics 2')")),
             qPrintable(q.lastError().text()));
    const QList<std::pair<QString, QString>> rows = {
        {QStringLiteral("Flight to Lisbon"), QStringLiteral("Your boarding pass is attached.")},
        {QStringLiteral("Grüße aus Köln"), QStringLiteral("Das Wetter ist schön.")},
        {QStringLiteral("Invoice"), QStringLiteral("Lisbon hotel, two nights, Lisbon airport.")},
    };
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO mail(subject, body) VALUES (?, ?)")));
    for (const auto &[subject, body] : rows) {
        q.addBindValue(subject);
        q.addBindValue(body);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    // Diacritics folded: "koln" finds "Köln".
    QVERIFY(q.exec(QStringLiteral("SELECT subject FROM mail WHERE mail MATCH 'koln'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Grüße aus Köln"));
    QVERIFY(!q.next());

    // Two hits, the one that says "Lisbon" more often ranks first (bm25).
    QVERIFY(
        q.exec(QStringLiteral("SELECT subject FROM mail WHERE mail MATCH 'lisbon' ORDER BY rank")));
    QStringList hits;
    while (q.next())
        hits << q.value(0).toString();
    QCOMPARE(hits, (QStringList {QStringLiteral("Invoice"), QStringLiteral("Flight to Lisbon")}));

    // Column filter and phrase syntax, which the query language will build on.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM mail WHERE mail MATCH 'subject:lisbon'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(*) FROM mail WHERE mail MATCH '\"boarding pass\"'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestSqliteFts5::walIsAvailable()
{
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
}

QTEST_GUILESS_MAIN(TestSqliteFts5)
#include "tst_sqlitefts5.moc"

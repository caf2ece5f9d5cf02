#include "Must.h"
#include "store/Archive.h"
#include "store/ArchiveSearchReader.h"
#include "store/RawCodec.h"
#include "store/Schema.h"
#include "store/Threading.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace satchel;
using namespace satchel::store;

namespace {

const QDateTime kBase(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

QByteArray encodedWord(const QString &text)
{
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

// A message written by the test: what each field should come back as is known exactly.
QByteArray generatedMail(const QString &fromName, const QString &fromAddress,
                         const QString &subject, const QDateTime &date, const QByteArray &body,
                         const QByteArray &extraHeaders = QByteArray())
{
    return "From: " + encodedWord(fromName) + " <" + fromAddress.toUtf8() + ">\r\n"
        + "To: reader@example.org\r\nSubject: " + encodedWord(subject) + "\r\n"
        + "Date: " + date.toString(Qt::RFC2822Date).toLatin1() + "\r\n" + extraHeaders
        + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body;
}

// The Qt-free reader of `satchel search` (store/ArchiveSearchReader.h) on the file at `path`.
std::unique_ptr<ArchiveSearchReader> openReader(const QString &path)
{
    return ArchiveSearchReader::open(QFile::encodeName(path).toStdString());
}

search::QuerySql sqlOf(const SearchQuery &query)
{
    return search::QuerySql::of(query.root());
}

// Opens a second, plain connection to the same file, to look under the archive's feet.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~RawConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    QSqlDatabase m_db;
};

#define REQUIRE_OK(expr)                                                                           \
    [&]() {                                                                                        \
        auto _r = (expr);                                                                          \
        QVERIFY2(_r.ok(), qPrintable(_r.ok() ? QString() : _r.error().message));                   \
        return;                                                                                    \
    }()

PageRequest inFolder(qint64 folder)
{
    PageRequest request;
    request.folderId = folder;
    return request;
}

using test::must;

} // namespace

class TestArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void migratesFromNothing();
    void refusesNewerSchema();
    void migrationSixStoresTheListsOfOlderRows();
    void readerAnswersOnlyTheCurrentSchema();
    void filePermissions();
    void rawRoundTrip_data();
    void rawRoundTrip();
    void insertAndLedgerAreAtomic();
    void batchIsAllOrNothing();
    void insertBatchLeavesOutOnlyTheFailedMessage();
    void insertBatchWritesSearchRowsInSlices();
    void rawEncodings();
    void bulkCommitsAreCheckpointedInTheBackground();
    void listFieldsFromParse();
    void keysetPaging_data();
    void keysetPaging();
    void unifiedInbox();
    void flagsMoveTrashDelete();
    void searchIndexFollowsInsertsAndDeletes();
    void searchIndexRebuiltForANewParser();
    void conversations();
    void subjectNormalisation_data();
    void subjectNormalisation();
    void ledgerLifecycle();
    void durableCommitRestoresNormal();
    void makeDurableFlushesEarlierCommits();
    void integrityCheckFindsDamage();
    void foldersNest();

private:
    [[nodiscard]] qint64 insert(const QByteArray &raw, const QString &uidl = QString(),
                                qint64 folder = 0);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Archive> m_archive;
    qint64 m_account = 0;
    qint64 m_inbox = 0;
    qint64 m_trash = 0;
};

void TestArchive::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(
        QStringLiteral("profile-%1/archive.sqlite").arg(QRandomGenerator::global()->generate()));
    auto opened = Archive::open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_archive = std::move(opened).value();
    m_account = must(m_archive->createAccount(QStringLiteral("alice@example.org")));
    m_inbox = must(m_archive->specialFolder(m_account, FolderRole::Inbox));
    m_trash = must(m_archive->specialFolder(m_account, FolderRole::Trash));
}

void TestArchive::cleanup()
{
    m_archive.reset();
}

qint64 TestArchive::insert(const QByteArray &raw, const QString &uidl, qint64 folder)
{
    NewMessage m;
    m.accountId = m_account;
    m.folderId = folder ? folder : m_inbox;
    m.raw = raw;
    m.arrival = kBase;
    m.uidl = uidl;
    return must(m_archive->insertMessage(m));
}

void TestArchive::migratesFromNothing()
{
    m_archive.reset();
    RawConnection raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
             Archive::currentSchemaVersion());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    for (const char *table : {"accounts", "folders", "messages", "message_raw", "uidl_ledger",
                              "thread_refs", "message_fts", "meta"}) {
        QVERIFY2(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'")
                                .arg(QLatin1String(table)))
                         .toInt()
                     == 1,
                 table);
    }
    // Opening again applies nothing and keeps the data.
    auto again = Archive::open(m_path);
    QVERIFY(again.ok());
    QCOMPARE(must((*again)->folders()).size(), 2);
}

void TestArchive::refusesNewerSchema()
{
    m_archive.reset();
    {
        RawConnection raw(m_path);
        QVERIFY(raw.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Archive::currentSchemaVersion() + 1)));
    }
    auto opened = Archive::open(m_path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, Error::Code::SchemaTooNew);
    QVERIFY2(opened.error().message.contains(QLatin1String("newer version of Satchel")),
             qPrintable(opened.error().message));
    QVERIFY(opened.error().message.contains(m_path));
    // Left untouched.
    RawConnection raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
             Archive::currentSchemaVersion() + 1);
}

// An archive of schema 5 has no stored lists: opening it derives them from the raw messages, so
// that a search never parses (issue 4), and the quick reader answers only after that.
void TestArchive::migrationSixStoresTheListsOfOlderRows()
{
    const QByteArray mail = "From: Ann <ann@x.example>, bob@y.example\r\nTo: Carol "
                            "<carol@z.example>\r\nCc: =?UTF-8?Q?D=C3=A9sir=C3=A9e?= "
                            "<d@z.example>\r\nSubject: lists\r\nDate: Mon, 2 Feb 2026 10:00:00 "
                            "+0100\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; "
                            "boundary=b\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>hi</p>\r\n"
                            "--b\r\nContent-Type: application/pdf; name=\"t.pdf\"\r\n"
                            "Content-Disposition: attachment\r\n\r\n%PDF\r\n--b--\r\n";
    const qint64 id = insert(mail);
    const auto rowsFor = [this]() {
        return must(m_archive->searchRows(must(SearchQuery::parse(QStringLiteral("lists"))), 0));
    };
    const QList<MessageRow> fresh = rowsFor();
    QCOMPARE(fresh.size(), 1);
    QCOMPARE(fresh.constFirst().id, id);
    QCOMPARE(fresh.constFirst().hasHtml, 1);
    const QJsonArray from = QJsonDocument::fromJson(fresh.constFirst().fromJson).array();
    QCOMPARE(from.size(), 2);
    QCOMPARE(from.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Ann"));
    QCOMPARE(from.at(1).toObject().value(QStringLiteral("address")).toString(),
             QStringLiteral("bob@y.example"));
    const QJsonArray cc = QJsonDocument::fromJson(fresh.constFirst().ccJson).array();
    QCOMPARE(cc.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral(u"D\u00e9sir\u00e9e"));
    const QJsonArray attachments
        = QJsonDocument::fromJson(fresh.constFirst().attachmentsJson).array();
    QCOMPARE(attachments.size(), 1);
    QCOMPARE(attachments.at(0).toObject().value(QStringLiteral("filename")).toString(),
             QStringLiteral("t.pdf"));
    QCOMPARE(attachments.at(0).toObject().value(QStringLiteral("size")).toInt(), 4);

    // Back to schema 5, as an archive of the last release is.
    m_archive.reset();
    {
        RawConnection raw(m_path);
        for (const char *sql :
             {"DROP INDEX messages_folder_flags", "DROP INDEX messages_date",
              "DROP INDEX messages_attachments", "ALTER TABLE messages DROP COLUMN from_json",
              "ALTER TABLE messages DROP COLUMN to_json",
              "ALTER TABLE messages DROP COLUMN cc_json",
              "ALTER TABLE messages DROP COLUMN attachments_json",
              "ALTER TABLE messages DROP COLUMN has_html", "PRAGMA user_version = 5"})
            QVERIFY2(raw.exec(QLatin1String(sql)), sql);
    }
    QVERIFY(!openReader(m_path)); // schema 5: the Archive must migrate first
    m_archive = must(Archive::open(m_path));
    const QList<MessageRow> migrated = rowsFor();
    QCOMPARE(migrated.size(), 1);
    QCOMPARE(migrated.constFirst().fromJson, fresh.constFirst().fromJson);
    QCOMPARE(migrated.constFirst().toJson, fresh.constFirst().toJson);
    QCOMPARE(migrated.constFirst().ccJson, fresh.constFirst().ccJson);
    QCOMPARE(migrated.constFirst().attachmentsJson, fresh.constFirst().attachmentsJson);
    QCOMPARE(migrated.constFirst().hasHtml, 1);
    QVERIFY(openReader(m_path));
}

// The reader declines what needs the Archive, and finds what Archive::search() finds.
void TestArchive::readerAnswersOnlyTheCurrentSchema()
{
    QVERIFY(!openReader(m_dir.filePath(QStringLiteral("nothing.sqlite"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nothing.sqlite"))));
    for (int i = 0; i < 6; ++i)
        (void)insert(generatedMail(QStringLiteral("Anna"), QStringLiteral("anna@x.example"),
                                   QStringLiteral("reader %1").arg(i), kBase.addDays(i % 3),
                                   i % 2 ? "odd words" : "even words"));
    std::unique_ptr<ArchiveSearchReader> reader = openReader(m_path);
    QVERIFY(reader);
    for (const char *text :
         {"reader", "odd", "reader -odd", "after:2026-01-02", "from:anna even"}) {
        const SearchQuery query = must(SearchQuery::parse(QLatin1String(text)));
        QList<qint64> ids;
        QVERIFY(reader->search(sqlOf(query), 0, true, [&ids](const SearchHit &hit) {
            ids.append(hit.id);
            return hit.hasStoredLists() && hit.hasHtml == 0;
        }));
        QCOMPARE(ids, must(m_archive->search(query, 0)));
        QVERIFY2(!ids.isEmpty(), text);
        ids.clear();
        QVERIFY(reader->search(sqlOf(query), 2, false, [&ids](const SearchHit &hit) {
            ids.append(hit.id);
            return true;
        }));
        QCOMPARE(ids, must(m_archive->search(query, 2)));
    }
    reader.reset();
    // An index built by another parser is rebuilt by the Archive first.
    {
        RawConnection raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("UPDATE meta SET value = 'old' WHERE key = "
                                        "'index_fingerprint'")));
    }
    QVERIFY(!openReader(m_path));
}

void TestArchive::filePermissions()
{
#ifdef Q_OS_UNIX
    (void)insert(
        generatedMail(QStringLiteral("A"), QStringLiteral("a@x"), QStringLiteral("s"), kBase, "b"));
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto mask = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(m_path) & mask, owner);
    QVERIFY(QFile::exists(m_path + QStringLiteral("-wal")));
    QCOMPARE(QFile::permissions(m_path + QStringLiteral("-wal")) & mask, owner);
    QCOMPARE(QFile::permissions(QFileInfo(m_path).absolutePath()) & mask,
             owner | QFileDevice::ExeOwner);
#else
    QSKIP("POSIX permissions");
#endif
}

void TestArchive::rawRoundTrip_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("text") << generatedMail(QStringLiteral("Jürgen"), QStringLiteral("j@x"),
                                           QStringLiteral("Grüße"), kBase, "Hallo\r\n");
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all += char(i);
    QTest::newRow("every byte value") << QByteArray("Subject: bytes\r\n\r\n" + all + all);
    QByteArray noise(1 << 20, Qt::Uninitialized);
    QRandomGenerator rng(42);
    for (char &c : noise)
        c = char(rng.bounded(256));
    QTest::newRow("1 MB incompressible") << QByteArray("Subject: noise\r\n\r\n" + noise);
    QTest::newRow("LF only, no final newline") << QByteArray("Subject: lf\n\nno newline");
    QTest::newRow("not mail") << QByteArray("\x00\x01\x02 binary", 10);
    QTest::newRow("empty") << QByteArray();
}

void TestArchive::rawRoundTrip()
{
    QFETCH(QByteArray, raw);
    const qint64 id = insert(raw);
    const QByteArray back = must(m_archive->rawMessage(id));
    QCOMPARE(back.size(), raw.size());
    QVERIFY(back == raw);
    QCOMPARE(must(m_archive->message(id)).size, raw.size());
    QVERIFY(must(m_archive->checkIntegrity()).isEmpty());
}

void TestArchive::insertAndLedgerAreAtomic()
{
    const QByteArray first = generatedMail(QStringLiteral("A"), QStringLiteral("a@x"),
                                           QStringLiteral("first"), kBase, "one");
    const qint64 id = insert(first, QStringLiteral("UID-1"));
    const auto entry = must(m_archive->ledgerEntry(m_account, QStringLiteral("UID-1")));
    QVERIFY(entry.has_value());
    QCOMPARE(entry->messageId, std::optional<qint64>(id));
    QCOMPARE(entry->state, LedgerState::Stored);
    QCOMPARE(entry->firstSeen, kBase);
    QCOMPARE(must(m_archive->message(id)).uidl, QStringLiteral("UID-1"));

    // The same UIDL again: the ledger row cannot be written, so the message is not stored either.
    NewMessage again;
    again.accountId = m_account;
    again.folderId = m_inbox;
    again.raw = generatedMail(QStringLiteral("B"), QStringLiteral("b@x"),
                              QStringLiteral("uniquewordzebra"), kBase, "two");
    again.uidl = QStringLiteral("UID-1");
    auto failed = m_archive->insertMessage(again);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, Error::Code::Duplicate);
    RawConnection raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 1);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM message_raw")).toInt(), 1);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM uidl_ledger")).toInt(), 1);
    QVERIFY(must(m_archive->searchIds(QStringLiteral("uniquewordzebra"))).isEmpty());

    // A partial download records its state.
    NewMessage partial = again;
    partial.uidl = QStringLiteral("UID-2");
    partial.partial = true;
    const qint64 pid = must(m_archive->insertMessage(partial));
    QCOMPARE(must(m_archive->ledgerEntry(m_account, QStringLiteral("UID-2")))->state,
             LedgerState::Partial);
    QVERIFY(must(m_archive->message(pid)).partial);
}

void TestArchive::batchIsAllOrNothing()
{
    QList<NewMessage> batch;
    for (int i = 0; i < 5; ++i) {
        NewMessage m;
        m.accountId = m_account;
        m.folderId = i == 3 ? 999999 : m_inbox; // the fourth names a folder that does not exist
        m.raw = generatedMail(QStringLiteral("A"), QStringLiteral("a@x"),
                              QStringLiteral("batch %1").arg(i), kBase, "x");
        m.uidl = QStringLiteral("B%1").arg(i);
        batch.append(m);
    }
    auto failed = m_archive->insertMessages(batch);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, Error::Code::NotFound);
    QVERIFY(must(m_archive->ledger(m_account)).isEmpty());
    QVERIFY(must(m_archive->page(inFolder(m_inbox))).rows.isEmpty());

    batch[3].folderId = m_inbox;
    const QList<qint64> ids = must(m_archive->insertMessages(batch));
    QCOMPARE(ids.size(), 5);
    QCOMPARE(must(m_archive->ledger(m_account)).size(), 5);

    // A folder of another account is refused as well.
    const qint64 other = must(m_archive->createAccount(QStringLiteral("bob")));
    NewMessage wrong = batch[0];
    wrong.accountId = other;
    wrong.uidl.clear();
    QCOMPARE(m_archive->insertMessage(wrong).error().code, Error::Code::Invalid);
}

void TestArchive::insertBatchLeavesOutOnlyTheFailedMessage()
{
    auto message = [this](int i, const QString &uidl) {
        NewMessage m;
        m.accountId = m_account;
        m.folderId = m_inbox;
        m.raw = generatedMail(QStringLiteral("A"), QStringLiteral("a@x"),
                              QStringLiteral("open batch %1").arg(i), kBase.addSecs(i),
                              "findme body text");
        m.uidl = uidl;
        return m;
    };
    auto searchIds = [this] {
        return must(m_archive->search(must(SearchQuery::parse(QStringLiteral("findme"))), 0));
    };
    {
        auto batch = must(m_archive->beginInsertBatch());
        const qint64 first = must(batch->add(message(0, QStringLiteral("U0"))));
        const qint64 second = must(batch->add(message(1, QStringLiteral("U1"))));
        // The third fails only at its ledger row (the UIDL is taken), after its message, raw and
        // threading rows were written: the batch goes on without any of them.
        auto failed = batch->add(message(2, QStringLiteral("U0")));
        QVERIFY(!failed.ok());
        QVERIFY(batch->isOpen());
        const qint64 fourth = must(batch->add(message(3, QStringLiteral("U3"))));
        QCOMPARE(batch->size(), 3);
        // Nothing is visible to another connection before the commit.
        {
            RawConnection raw(m_path);
            QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 0);
        }
        REQUIRE_OK(batch->commit());
        QVERIFY(!batch->isOpen());
        QCOMPARE(must(m_archive->messageIds()), (QList<qint64> {first, second, fourth}));
        // Each with its ledger row, and the search index has exactly these (written at commit).
        QCOMPARE(must(m_archive->ledger(m_account)).size(), 3);
        QCOMPARE(must(m_archive->ledgerEntry(m_account, QStringLiteral("U0")))->messageId, first);
        QList<qint64> found = searchIds();
        std::sort(found.begin(), found.end());
        QCOMPARE(found, (QList<qint64> {first, second, fourth}));
        QVERIFY(must(m_archive->checkIntegrity()).isEmpty());
    }
    {
        // Dropped before its commit: nothing of it stays.
        auto batch = must(m_archive->beginInsertBatch());
        QVERIFY(batch->add(message(4, QStringLiteral("U4"))).ok());
    }
    QCOMPARE(must(m_archive->messageIds()).size(), 3);
    QVERIFY(!must(m_archive->ledgerEntry(m_account, QStringLiteral("U4"))).has_value());
    QCOMPARE(searchIds().size(), 3);
    // And the durable barrier after a normal commit works on its own.
    REQUIRE_OK(m_archive->syncCommits());
    QVERIFY(must(m_archive->checkIntegrity()).isEmpty());
}

void TestArchive::insertBatchWritesSearchRowsInSlices()
{
    const int count = 40;
    QList<qint64> ids;
    auto batch = must(m_archive->beginInsertBatch());
    for (int i = 0; i < count; ++i) {
        NewMessage m;
        m.accountId = m_account;
        m.folderId = m_inbox;
        m.raw = generatedMail(QStringLiteral("A"), QStringLiteral("a@x"),
                              QStringLiteral("slice %1").arg(i), kBase.addSecs(i),
                              QByteArray("slicedword word") + QByteArray::number(i) + "x");
        m.uidl = QStringLiteral("S%1").arg(i);
        ids << must(batch->add(std::move(m)));
    }
    // No time at all: a row per call, so the rows go in over many calls.
    int calls = 0;
    bool done = false;
    while (!done) {
        done = must(batch->writeSearchRows(0));
        ++calls;
        QVERIFY(calls <= count);
    }
    QVERIFY2(calls > 1, "every search row was written in the first call");
    REQUIRE_OK(batch->commit());
    auto found = must(m_archive->searchIds(QStringLiteral("slicedword")));
    std::sort(found.begin(), found.end());
    QCOMPARE(found, ids);
    // Each row exactly once, under its own message.
    QCOMPARE(must(m_archive->searchIds(QStringLiteral("word17x"))), QList<qint64> {ids.at(17)});
    QVERIFY(must(m_archive->checkIntegrity()).isEmpty());
}

void TestArchive::rawEncodings()
{
    // Mail compresses: kept as zstd, smaller; noise does not: kept as it came.
    QByteArray text;
    for (int i = 0; i < 200; ++i)
        text += "A line of ordinary mail text that repeats itself, as quoted replies do.\r\n";
    const qint64 compressed = insert(generatedMail(QStringLiteral("A"), QStringLiteral("a@x"),
                                                   QStringLiteral("long"), kBase, text));
    QByteArray noise(4096, Qt::Uninitialized);
    QRandomGenerator rng(7);
    for (char &c : noise)
        c = char(rng.bounded(256));
    const qint64 plain = insert(noise);
    {
        RawConnection raw(m_path);
        const QString encodingOf = QStringLiteral("SELECT encoding FROM message_raw WHERE id = %1");
        QCOMPARE(raw.scalar(encodingOf.arg(compressed)).toInt(), int(RawEncoding::Zstd));
        QVERIFY(raw.scalar(QStringLiteral("SELECT length(data) FROM message_raw WHERE id = %1")
                               .arg(compressed))
                    .toInt()
                < text.size() / 4);
        QCOMPARE(raw.scalar(encodingOf.arg(plain)).toInt(), int(RawEncoding::Plain));
    }
    QCOMPARE(must(m_archive->rawMessage(plain)), noise);

    // Rows that Satchel wrote with zlib before read back as they were.
    const QByteArray old = generatedMail(QStringLiteral("B"), QStringLiteral("b@x"),
                                         QStringLiteral("old"), kBase, text);
    const qint64 legacy = insert(old);
    auto setRaw = [this](qint64 id, int encoding, const QByteArray &data) {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-encodings"));
        db.setDatabaseName(m_path);
        bool ok = db.open();
        {
            QSqlQuery q(db);
            ok = ok
                && q.prepare(QStringLiteral("UPDATE message_raw SET encoding = ?, data = ? "
                                            "WHERE id = ?"));
            q.addBindValue(encoding);
            q.addBindValue(data);
            q.addBindValue(id);
            ok = ok && q.exec() && q.numRowsAffected() == 1;
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw-encodings"));
        return ok;
    };
    QVERIFY(setRaw(legacy, int(RawEncoding::Zlib), qCompress(old)));
    QCOMPARE(must(m_archive->rawMessage(legacy)), old);

    // Damage is reported, not returned as the message.
    QByteArray frame = encodeRaw(old).data;
    QCOMPARE(encodeRaw(old).encoding, RawEncoding::Zstd);
    QCOMPARE(decodeRaw(int(RawEncoding::Zstd), frame), std::optional<QByteArray>(old));
    frame[frame.size() / 2] = char(frame.at(frame.size() / 2) ^ 0x5a);
    frame.chop(3);
    QVERIFY(setRaw(legacy, int(RawEncoding::Zstd), frame));
    auto damaged = m_archive->rawMessage(legacy);
    QVERIFY(!damaged.ok());
    QCOMPARE(damaged.error().code, Error::Code::Corrupt);
    QVERIFY(setRaw(legacy, 7, old));
    auto unknown = m_archive->rawMessage(legacy);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, Error::Code::Corrupt);
    QVERIFY(!decodeRaw(int(RawEncoding::Zstd), QByteArray()).has_value());
}

void TestArchive::bulkCommitsAreCheckpointedInTheBackground()
{
    // Far below the writer's own automatic checkpoint (16,000 pages): whatever reaches the
    // database file from the log was copied there by the background checkpoint.
    REQUIRE_OK(m_archive->makeDurable()); // the log so far in the file, as a starting point
    const qint64 before = QFileInfo(m_path).size();
    QByteArray body;
    for (int i = 0; i < 400; ++i)
        body += QByteArray::number(i * 7919) + " distinct words to index, line "
            + QByteArray::number(i) + "\r\n";
    auto batch = must(m_archive->beginInsertBatch());
    for (int i = 0; i < 100; ++i) {
        NewMessage m;
        m.accountId = m_account;
        m.folderId = m_inbox;
        m.raw = generatedMail(QStringLiteral("C"), QStringLiteral("c@x"),
                              QStringLiteral("bulk %1").arg(i), kBase.addSecs(i), body);
        m.uidl = QStringLiteral("B%1").arg(i);
        QVERIFY(batch->add(std::move(m)).ok());
    }
    REQUIRE_OK(batch->commit());
    const qint64 wal = QFileInfo(m_path + QStringLiteral("-wal")).size();
    QVERIFY2(wal > 256 * 1024, qPrintable(QStringLiteral("log of %1 bytes").arg(wal)));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(m_path).size() > before + 256 * 1024, 10000);
    QCOMPARE(must(m_archive->messageIds()).size(), 100);
    QVERIFY(must(m_archive->checkIntegrity()).isEmpty());
}

void TestArchive::listFieldsFromParse()
{
    const QDateTime date(QDate(2025, 3, 4), QTime(5, 6, 7), Qt::OffsetFromUTC, -7 * 3600);
    const QByteArray raw = "From: =?UTF-8?Q?J=C3=BCrgen?= <j@example.org>\r\n"
                           "To: Anna <anna@example.org>, bob@example.org\r\n"
                           "Subject: Re: Plans\r\nDate: Tue, 4 Mar 2025 05:06:07 -0700\r\n"
                           "Message-ID: <m1@example.org>\r\nMIME-Version: 1.0\r\n"
                           "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
                           "--b\r\nContent-Type: text/plain\r\n\r\n> quoted\r\nNew text here\r\n"
                           "--b\r\nContent-Type: application/pdf; name=plan.pdf\r\n\r\n%PDF\r\n"
                           "--b--\r\n";
    const qint64 id = insert(raw);
    const MessageRow row = must(m_archive->message(id));
    QCOMPARE(row.senderName, QStringLiteral("Jürgen"));
    QCOMPARE(row.senderAddress, QStringLiteral("j@example.org"));
    QCOMPARE(row.recipients, QStringLiteral("Anna <anna@example.org>, bob@example.org"));
    QCOMPARE(row.subject, QStringLiteral("Re: Plans"));
    QCOMPARE(row.date, date);
    QCOMPARE(row.date.offsetFromUtc(), -7 * 3600);
    QCOMPARE(row.preview, QStringLiteral("New text here"));
    QVERIFY(row.hasAttachments);
    QCOMPARE(row.messageId, QStringLiteral("m1@example.org"));
    QCOMPARE(row.firstSeen, kBase);
    QCOMPARE(row.flags, MessageFlags());
    const mime::ParsedMessage parsed = must(m_archive->parsedMessage(id));
    QCOMPARE(parsed.attachments.size(), 1);
    QCOMPARE(parsed.attachments.constFirst().filename, QStringLiteral("plan.pdf"));
    QCOMPARE(m_archive->message(424242).error().code, Error::Code::NotFound);
    QCOMPARE(m_archive->rawMessage(424242).error().code, Error::Code::NotFound);
}

void TestArchive::keysetPaging_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("order");
    for (const auto &[name, key] :
         {std::pair {"date", SortKey::Date}, std::pair {"sender", SortKey::Sender},
          std::pair {"subject", SortKey::Subject}, std::pair {"size", SortKey::Size}}) {
        QTest::newRow(qPrintable(QString::fromLatin1(name) + QStringLiteral(" ascending")))
            << int(key) << int(Qt::AscendingOrder);
        QTest::newRow(qPrintable(QString::fromLatin1(name) + QStringLiteral(" descending")))
            << int(key) << int(Qt::DescendingOrder);
    }
}

void TestArchive::keysetPaging()
{
    QFETCH(int, key);
    QFETCH(int, order);
    const auto sortKey = static_cast<SortKey>(key);
    const auto sortOrder = static_cast<Qt::SortOrder>(order);

    // 1000 messages with many ties in every key, so the id tie-break is exercised.
    struct Expected
    {
        qint64 id;
        QByteArray sortValue; // compared as SQLite compares: numbers numerically, text as UTF-8
        qint64 number;
    };
    QList<Expected> expected;
    QList<NewMessage> batch;
    QRandomGenerator rng(7);
    const QStringList names
        = {QStringLiteral("Zoë"),   QStringLiteral("anna"), QStringLiteral("Anna"),
           QStringLiteral("Émile"), QStringLiteral("bob"),  QStringLiteral("李"),
           QStringLiteral("Ölaf")};
    const QStringList subjects = {QStringLiteral("Re: Budget"),
                                  QStringLiteral("budget"),
                                  QStringLiteral("Fwd: Trip"),
                                  QStringLiteral("[list] Trip"),
                                  QStringLiteral("Été"),
                                  QStringLiteral("zebra"),
                                  QStringLiteral("")};
    for (int i = 0; i < 1000; ++i) {
        const QString name = names.at(rng.bounded(names.size()));
        const QString subject = subjects.at(rng.bounded(subjects.size()));
        const QDateTime date = kBase.addSecs(qint64(rng.bounded(50)) * 3600);
        NewMessage m;
        m.accountId = m_account;
        m.folderId = m_inbox;
        m.arrival = kBase.addDays(1);
        m.raw = generatedMail(name, QStringLiteral("x%1@example.org").arg(i), subject, date,
                              QByteArray(rng.bounded(40), 'b'));
        batch.append(m);
    }
    const QList<qint64> ids = must(m_archive->insertMessages(batch));
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const MessageRow row = must(m_archive->message(ids.at(i)));
        Expected e {ids.at(i), {}, 0};
        switch (sortKey) {
        case SortKey::Date:
            e.number = row.date.toMSecsSinceEpoch();
            break;
        case SortKey::Size:
            e.number = batch.at(i).raw.size();
            break;
        case SortKey::Sender:
            e.sortValue = row.senderName.toCaseFolded().toUtf8();
            break;
        case SortKey::Subject:
            e.sortValue = normaliseSubject(row.subject).toUtf8();
            break;
        }
        expected.append(e);
    }
    std::sort(expected.begin(), expected.end(), [&](const Expected &a, const Expected &b) {
        const auto ka = std::tie(a.number, a.sortValue, a.id);
        const auto kb = std::tie(b.number, b.sortValue, b.id);
        return sortOrder == Qt::AscendingOrder ? ka < kb : kb < ka;
    });

    QList<qint64> paged;
    PageRequest request {m_inbox, sortKey, sortOrder, 37, std::nullopt};
    for (int pages = 0; pages < 100; ++pages) {
        const Page page = must(m_archive->page(request));
        for (const MessageRow &row : page.rows)
            paged.append(row.id);
        if (!page.next)
            break;
        request.after = page.next;
    }
    QList<qint64> want;
    for (const Expected &e : expected)
        want.append(e.id);
    QCOMPARE(paged.size(), want.size());
    QCOMPARE(paged, want);
}

void TestArchive::unifiedInbox()
{
    const qint64 bob = must(m_archive->createAccount(QStringLiteral("bob@example.org")));
    const qint64 bobInbox = must(m_archive->specialFolder(bob, FolderRole::Inbox));
    const qint64 a = insert(generatedMail(QStringLiteral("A"), QStringLiteral("a@x"),
                                          QStringLiteral("to alice"), kBase, "x"));
    NewMessage m;
    m.accountId = bob;
    m.folderId = bobInbox;
    m.arrival = kBase;
    m.raw = generatedMail(QStringLiteral("B"), QStringLiteral("b@x"), QStringLiteral("to bob"),
                          kBase.addSecs(60), "y");
    const qint64 b = must(m_archive->insertMessage(m));
    (void)insert(generatedMail(QStringLiteral("C"), QStringLiteral("c@x"),
                               QStringLiteral("in trash"), kBase, "z"),
                 QString(), m_trash);
    const Page page = must(m_archive->page(PageRequest {}));
    QCOMPARE(page.rows.size(), 2);
    QCOMPARE(page.rows.at(0).id, b); // newest first
    QCOMPARE(page.rows.at(1).id, a);
}

void TestArchive::flagsMoveTrashDelete()
{
    const qint64 work = must(m_archive->createFolder(m_account, QStringLiteral("Work")));
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids.append(insert(generatedMail(QStringLiteral("A"), QStringLiteral("a@x"),
                                        QStringLiteral("m%1").arg(i), kBase.addSecs(i), "x"),
                          QStringLiteral("U%1").arg(i)));
    QCOMPARE(must(m_archive->unreadCounts()).value(m_inbox), 4);

    REQUIRE_OK(m_archive->setFlags({ids[0], ids[1]}, MessageFlag::Read | MessageFlag::Flagged));
    REQUIRE_OK(m_archive->setFlags({ids[1]}, MessageFlag::Answered, MessageFlag::Flagged));
    QCOMPARE(must(m_archive->message(ids[0])).flags, MessageFlag::Read | MessageFlag::Flagged);
    QCOMPARE(must(m_archive->message(ids[1])).flags, MessageFlag::Read | MessageFlag::Answered);
    QCOMPARE(must(m_archive->unreadCounts()).value(m_inbox), 2);
    QCOMPARE(m_archive->setFlags({424242}, MessageFlag::Read).error().code, Error::Code::NotFound);

    REQUIRE_OK(m_archive->move({ids[2]}, work));
    QCOMPARE(must(m_archive->message(ids[2])).folderId, work);
    auto counts = must(m_archive->unreadCounts());
    QCOMPARE(counts.value(m_inbox), 1);
    QCOMPARE(counts.value(work), 1);
    const qint64 other = must(m_archive->createAccount(QStringLiteral("bob")));
    const qint64 otherInbox = must(m_archive->specialFolder(other, FolderRole::Inbox));
    QVERIFY(!m_archive->move({ids[2]}, otherInbox).ok()); // folders are per account
    QCOMPARE(must(m_archive->message(ids[2])).folderId, work);

    REQUIRE_OK(m_archive->moveToTrash({ids[2], ids[3]}));
    QCOMPARE(must(m_archive->message(ids[2])).folderId, m_trash);
    QCOMPARE(must(m_archive->message(ids[3])).folderId, m_trash);
    REQUIRE_OK(m_archive->moveToTrash({ids[2]})); // already there: stays
    {
        RawConnection raw(m_path);
        QCOMPARE(
            raw.scalar(
                   QStringLiteral("SELECT trash_origin FROM messages WHERE id = %1").arg(ids[2]))
                .toLongLong(),
            work);
    }
    QCOMPARE(must(m_archive->unreadCounts()).value(m_trash), 2);

    REQUIRE_OK(m_archive->deletePermanently({ids[2]}));
    QCOMPARE(m_archive->message(ids[2]).error().code, Error::Code::NotFound);
    QCOMPARE(m_archive->rawMessage(ids[2]).error().code, Error::Code::NotFound);
    QCOMPARE(m_archive->parsedMessage(ids[2]).error().code, Error::Code::NotFound);
    // The ledger remembers the UIDL, now without a local message: "deleted here".
    const auto entry = must(m_archive->ledgerEntry(m_account, QStringLiteral("U2")));
    QVERIFY(entry.has_value());
    QVERIFY(!entry->messageId.has_value());
    QCOMPARE(m_archive->deletePermanently({ids[2]}).error().code, Error::Code::NotFound);
    QCOMPARE(must(m_archive->unreadCounts()).value(m_trash), 1);
    QVERIFY(must(m_archive->checkIntegrity()).isEmpty());
}

void TestArchive::searchIndexFollowsInsertsAndDeletes()
{
    const QByteArray withAttachment
        = "From: Quentin Quux <quentin@quux.example>\r\nTo: reader@example.org\r\n"
          "Subject: Flight to Lisbon\r\nMIME-Version: 1.0\r\n"
          "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
          "--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
          "<p>Your <b>boarding</b> pass, K&ouml;ln</p>\r\n"
          "--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; "
          "filename=\"itinerary-xyzzy.pdf\"\r\n\r\n%PDF\r\n--b--\r\n";
    const qint64 a = insert(withAttachment);
    const qint64 b = insert(generatedMail(QStringLiteral("Bea"), QStringLiteral("bea@example.org"),
                                          QStringLiteral("Lisbon hotel"), kBase,
                                          "two nights near the airport"));
    auto search = [&](const char *query) {
        QList<qint64> ids = must(m_archive->searchIds(QString::fromUtf8(query)));
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    QCOMPARE(search("lisbon"), (QList<qint64> {a, b}));
    QCOMPARE(search("subject:flight"), QList<qint64> {a});
    QCOMPARE(search("boarding"), QList<qint64> {a}); // from HTML-only body
    QCOMPARE(search("koln"), QList<qint64> {a}); // entity decoded, diacritics folded
    QCOMPARE(search("sender:quux"), QList<qint64> {a});
    QCOMPARE(search("attachments:xyzzy"), QList<qint64> {a});
    QCOMPARE(search("airport"), QList<qint64> {b});

    REQUIRE_OK(m_archive->moveToTrash({a}));
    QCOMPARE(search("boarding"), QList<qint64> {a}); // Trash is still searchable
    REQUIRE_OK(m_archive->deletePermanently({a}));
    QCOMPARE(search("lisbon"), QList<qint64> {b});
    QVERIFY(search("boarding").isEmpty());
    QVERIFY(search("xyzzy").isEmpty());
    QVERIFY(must(m_archive->checkIntegrity()).isEmpty());
}

void TestArchive::searchIndexRebuiltForANewParser()
{
    const qint64 a = insert(generatedMail(QStringLiteral("A"), QStringLiteral("a@x"),
                                          QStringLiteral("quokka sighting"), kBase, "marsupial"));
    const qint64 b = insert(generatedMail(QStringLiteral("B"), QStringLiteral("b@x"),
                                          QStringLiteral("other"), kBase, "wombat"));
    m_archive.reset();
    {
        // As if an older parser had built the index: fingerprint differs, index is empty.
        RawConnection raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("UPDATE meta SET value = 'satchel-parser-0' WHERE key = "
                                        "'index_fingerprint'")));
        QVERIFY(raw.exec(
            QStringLiteral("INSERT INTO message_fts (message_fts) VALUES ('delete-all')")));
    }
    m_archive = must(Archive::open(m_path));
    QCOMPARE(must(m_archive->searchIds(QStringLiteral("quokka"))), QList<qint64> {a});
    QCOMPARE(must(m_archive->searchIds(QStringLiteral("wombat"))), QList<qint64> {b});
    // Deletes keep matching the rebuilt index.
    REQUIRE_OK(m_archive->deletePermanently({a}));
    QVERIFY(must(m_archive->searchIds(QStringLiteral("quokka"))).isEmpty());
    REQUIRE_OK(m_archive->rebuildSearchIndex());
    QCOMPARE(must(m_archive->searchIds(QStringLiteral("wombat"))), QList<qint64> {b});
    QVERIFY(must(m_archive->checkIntegrity()).isEmpty());
}

void TestArchive::conversations()
{
    auto msg = [](const char *id, const QString &subject, const QByteArray &refs, int minutes) {
        return generatedMail(QStringLiteral("A"), QStringLiteral("a@x"), subject,
                             kBase.addSecs(minutes * 60), "x",
                             "Message-ID: <" + QByteArray(id) + ">\r\n" + refs);
    };
    const qint64 root = insert(msg("root@x", QStringLiteral("Plans"), {}, 0));
    const qint64 reply
        = insert(msg("r1@x", QStringLiteral("Re: Plans"), "In-Reply-To: <root@x>\r\n", 1));
    const qint64 deep = insert(
        msg("r2@x", QStringLiteral("changed subject"), "References: <root@x> <r1@x>\r\n", 2));
    // A child that arrives before its parent, and a sibling whose parent never arrives.
    const qint64 child = insert(
        msg("c1@x", QStringLiteral("Re: Other"), "References: <p@x>\r\nIn-Reply-To: <p@x>\r\n", 3));
    const qint64 sibling
        = insert(msg("c2@x", QStringLiteral("Re: Other"), "References: <p@x>\r\n", 4));
    const qint64 parent = insert(msg("p@x", QStringLiteral("Other"), {}, 5));
    // Subject only, as a last resort: a "Re:" without references.
    const qint64 bySubject = insert(msg("s1@x", QStringLiteral("RE: plans"), {}, 6));
    const qint64 unrelated = insert(msg("u@x", QStringLiteral("Plans"), {}, 7)); // no prefix
    // A message that links two existing conversations merges them.
    const qint64 bridge
        = insert(msg("b@x", QStringLiteral("bridge"), "References: <root@x> <p@x>\r\n", 8));

    auto conv = [&](qint64 id) { return must(m_archive->message(id)).conversationId; };
    // A conversation is named after the message that started it.
    QCOMPARE(conv(root), root);
    QCOMPARE(conv(unrelated), unrelated);
    QCOMPARE(conv(reply), conv(root));
    QCOMPARE(conv(deep), conv(root));
    QCOMPARE(conv(bySubject), conv(root));
    QVERIFY(conv(unrelated) != conv(root));
    QCOMPARE(conv(bridge), conv(root));
    QCOMPARE(conv(child), conv(root)); // merged by the bridge
    QCOMPARE(conv(sibling), conv(child));
    QCOMPARE(conv(parent), conv(child));
    const QList<qint64> all = must(m_archive->conversation(conv(root)));
    QCOMPARE(all.size(), 8);
    QCOMPARE(all.constFirst(), root);
}

void TestArchive::subjectNormalisation_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<bool>("reply");
    QTest::newRow("plain") << QStringLiteral("Hello") << QStringLiteral("hello") << false;
    QTest::newRow("re") << QStringLiteral("Re: Hello") << QStringLiteral("hello") << true;
    QTest::newRow("stacked") << QStringLiteral("Re: Fwd: RE[2]: AW: Hello")
                             << QStringLiteral("hello") << true;
    QTest::newRow("list tag") << QStringLiteral("[dev] Re: Hello") << QStringLiteral("hello")
                              << true;
    QTest::newRow("tag alone") << QStringLiteral("[dev] Hello") << QStringLiteral("hello") << false;
    QTest::newRow("word starting with re")
        << QStringLiteral("Report: Q3") << QStringLiteral("report: q3") << false;
    QTest::newRow("full-width colon")
        << QStringLiteral("Re：件名") << QStringLiteral("件名") << true;
}

void TestArchive::subjectNormalisation()
{
    QFETCH(QString, subject);
    QFETCH(QString, normalised);
    QFETCH(bool, reply);
    QCOMPARE(normaliseSubject(subject), normalised);
    QCOMPARE(hasReplyPrefix(subject), reply);
}

void TestArchive::ledgerLifecycle()
{
    for (int i = 0; i < 4; ++i)
        (void)insert(generatedMail(QStringLiteral("A"), QStringLiteral("a@x"),
                                   QStringLiteral("m%1").arg(i), kBase, "x"),
                     QStringLiteral("L%1").arg(i));
    REQUIRE_OK(m_archive->markDeleteSent(m_account, {QStringLiteral("L0"), QStringLiteral("L1")}));
    QCOMPARE(must(m_archive->ledgerEntry(m_account, QStringLiteral("L0")))->state,
             LedgerState::DeleteSent);
    QCOMPARE(m_archive->markDeleteSent(m_account, {QStringLiteral("nope")}).error().code,
             Error::Code::NotFound);
    // QUIT +OK: the deletes happened; the rows go. Local messages stay.
    REQUIRE_OK(m_archive->forgetDeleteSent(m_account));
    QCOMPARE(must(m_archive->ledger(m_account)).size(), 2);
    QCOMPARE(must(m_archive->page(inFolder(m_inbox))).rows.size(), 4);
    // A complete listing without L3: its row is pruned, L2 stays.
    REQUIRE_OK(m_archive->pruneLedger(m_account, {QStringLiteral("L2"), QStringLiteral("new")}));
    const QList<LedgerEntry> left = must(m_archive->ledger(m_account));
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.constFirst().uidl, QStringLiteral("L2"));
    QCOMPARE(must(m_archive->page(inFolder(m_inbox))).rows.size(), 4);
}

void TestArchive::durableCommitRestoresNormal()
{
    NewMessage m;
    m.accountId = m_account;
    m.folderId = m_inbox;
    m.raw = generatedMail(QStringLiteral("A"), QStringLiteral("a@x"), QStringLiteral("d"), kBase,
                          "x");
    m.uidl = QStringLiteral("D1");
    QVERIFY(m_archive->insertMessage(m, Archive::Durability::Durable).ok());
    // The archive's own connection is back to NORMAL (1) for the commits that follow: checked
    // through a failed durable transaction's cleanup path too.
    QVERIFY(!m_archive->insertMessage(m, Archive::Durability::Durable).ok());
    QVERIFY(must(m_archive->ledgerEntry(m_account, QStringLiteral("D1"))).has_value());
}

void TestArchive::makeDurableFlushesEarlierCommits()
{
    // An ordinary commit lives in the WAL until a checkpoint: a copy of the main file alone does
    // not have it. After the barrier it does - what a later DELE of that message relies on.
    // A reader whose snapshot is older than the commit keeps the archive's background
    // checkpoints (PASSIVE) from copying it early; it ends before the barrier, which waits for
    // readers.
    auto reader = std::make_unique<RawConnection>(m_path);
    QVERIFY(reader->exec(QStringLiteral("BEGIN")));
    QVERIFY(reader->scalar(QStringLiteral("SELECT count(*) FROM messages")).isValid());
    const qint64 id = insert(generatedMail(QStringLiteral("A"), QStringLiteral("a@x"),
                                           QStringLiteral("flush"), kBase, "x"));
    auto mainFileHas = [this, id](const QString &copyName) {
        const QString copy = m_dir.filePath(copyName);
        QFile::remove(copy);
        if (!QFile::copy(m_path, copy))
            return false;
        RawConnection raw(copy);
        return raw.scalar(QStringLiteral("SELECT count(*) FROM messages WHERE id = %1").arg(id))
                   .toInt()
            == 1;
    };
    QVERIFY(!mainFileHas(QStringLiteral("before.sqlite")));
    QVERIFY(reader->exec(QStringLiteral("COMMIT")));
    reader.reset();
    REQUIRE_OK(m_archive->makeDurable());
    QVERIFY(mainFileHas(QStringLiteral("after.sqlite")));
    // And the archive goes on as before.
    QCOMPARE(must(m_archive->rawMessage(id)).isEmpty(), false);
}

void TestArchive::integrityCheckFindsDamage()
{
    const qint64 id = insert(
        generatedMail(QStringLiteral("A"), QStringLiteral("a@x"), QStringLiteral("x"), kBase, "x"));
    QVERIFY(must(m_archive->checkIntegrity()).isEmpty());
    {
        RawConnection raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM message_raw WHERE id = %1").arg(id)));
    }
    const QStringList problems = must(m_archive->checkIntegrity());
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(QString::number(id)), qPrintable(problems.join(u'\n')));
}

void TestArchive::foldersNest()
{
    const qint64 projects = must(m_archive->createFolder(m_account, QStringLiteral("Projects")));
    const qint64 satchelFolder
        = must(m_archive->createFolder(m_account, QStringLiteral("Satchel"), projects));
    QCOMPARE(m_archive->createFolder(m_account, QStringLiteral("Satchel"), projects).error().code,
             Error::Code::Duplicate);
    // The same name elsewhere is fine.
    QVERIFY(m_archive->createFolder(m_account, QStringLiteral("Satchel")).ok());
    QCOMPARE(m_archive->createFolder(m_account, QString()).error().code, Error::Code::Invalid);
    const QList<Folder> folders = must(m_archive->folders(m_account));
    QCOMPARE(folders.size(), 5);
    QCOMPARE(folders.at(0).role, FolderRole::Inbox);
    QCOMPARE(folders.at(1).role, FolderRole::Trash);
    const auto nested = std::find_if(folders.cbegin(), folders.cend(),
                                     [&](const Folder &f) { return f.id == satchelFolder; });
    QVERIFY(nested != folders.cend());
    QCOMPARE(nested->parentId, std::optional<qint64>(projects));
    QCOMPARE(m_archive->createAccount(QStringLiteral("alice@example.org")).error().code,
             Error::Code::Duplicate);
}

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"

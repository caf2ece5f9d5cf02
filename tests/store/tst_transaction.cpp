// The archive's one transaction helper (store/Transaction.h): commit on success, rollback on a
// failure or an early return, one transaction at a time per connection, and synchronous back
// to NORMAL after a durable commit. Through the façade too: an open InsertBatch keeps every
// other transactional write out and is not harmed by the attempt.
#include "Must.h"
#include "store/Archive.h"
#include "store/ArchiveConnection.h"
#include "store/Transaction.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace satchel;
using namespace satchel::store;
using satchel::test::must;

namespace {

// A row in the archive's own key/value table, written by the transactions under test.
Status writeMeta(ArchiveConnection &connection, const QString &key)
{
    QSqlQuery q(connection.db());
    if (!q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, 'x')")))
        return Error {Error::Code::Sql, QStringLiteral("prepare")};
    q.addBindValue(key);
    if (!q.exec())
        return Error {Error::Code::Sql, QStringLiteral("insert")};
    return {};
}

bool hasMeta(ArchiveConnection &connection, const QString &key)
{
    QSqlQuery q(connection.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() && q.value(0).toInt() == 1;
}

int synchronousLevel(ArchiveConnection &connection)
{
    QSqlQuery q(connection.db());
    return q.exec(QStringLiteral("PRAGMA synchronous")) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestTransaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void commitsWhatTheWorkWrote();
    void passesTheWorksValueOn();
    void rollsBackWhenTheWorkFails();
    void rollsBackWhenLeftWithoutCommit();
    void refusesASecondTransactionAndLeavesTheFirstAlone();
    void durableRaisesSynchronousForItsCommitOnly();
    void anOpenInsertBatchKeepsOtherWritesOut();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ArchiveConnection> m_connection;
};

void TestTransaction::init()
{
    QVERIFY(m_dir.isValid());
    m_connection = must(ArchiveConnection::open(m_dir.filePath(QStringLiteral("t.sqlite"))));
}

void TestTransaction::cleanup()
{
    m_connection.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("t.sqlite")));
}

void TestTransaction::commitsWhatTheWorkWrote()
{
    const Status s = inTransaction(*m_connection, Durability::Normal,
                                   [&] { return writeMeta(*m_connection, QStringLiteral("a")); });
    QVERIFY(s.ok());
    QVERIFY(hasMeta(*m_connection, QStringLiteral("a")));
}

void TestTransaction::passesTheWorksValueOn()
{
    const Result<int> r = inTransaction(*m_connection, Durability::Normal, [&]() -> Result<int> {
        if (Status s = writeMeta(*m_connection, QStringLiteral("v")); !s)
            return s.error();
        return 42;
    });
    QVERIFY(r.ok());
    QCOMPARE(*r, 42);
    QVERIFY(hasMeta(*m_connection, QStringLiteral("v")));
}

void TestTransaction::rollsBackWhenTheWorkFails()
{
    const Status s = inTransaction(*m_connection, Durability::Normal, [&]() -> Status {
        if (Status written = writeMeta(*m_connection, QStringLiteral("b")); !written)
            return written;
        return Error {Error::Code::NotFound, QStringLiteral("the work's own error")};
    });
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::NotFound);
    QCOMPARE(s.error().message, QStringLiteral("the work's own error"));
    QVERIFY(!hasMeta(*m_connection, QStringLiteral("b")));
    // The connection takes a new transaction afterwards.
    QVERIFY(inTransaction(*m_connection, Durability::Normal, [&] {
                return writeMeta(*m_connection, QStringLiteral("c"));
            }).ok());
    QVERIFY(hasMeta(*m_connection, QStringLiteral("c")));
}

void TestTransaction::rollsBackWhenLeftWithoutCommit()
{
    {
        Transaction transaction(*m_connection, Durability::Normal);
        QVERIFY(transaction.begin().ok());
        QVERIFY(transaction.isOpen());
        QVERIFY(writeMeta(*m_connection, QStringLiteral("d")).ok());
        QVERIFY(hasMeta(*m_connection, QStringLiteral("d"))); // inside, it is there
    }
    QVERIFY(!hasMeta(*m_connection, QStringLiteral("d")));
    Transaction again(*m_connection, Durability::Normal);
    QVERIFY(again.begin().ok());
    QVERIFY(writeMeta(*m_connection, QStringLiteral("e")).ok());
    QVERIFY(again.commit().ok());
    QVERIFY(!again.isOpen());
    QVERIFY(hasMeta(*m_connection, QStringLiteral("e")));
}

void TestTransaction::refusesASecondTransactionAndLeavesTheFirstAlone()
{
    Transaction outer(*m_connection, Durability::Normal);
    QVERIFY(outer.begin().ok());
    QVERIFY(writeMeta(*m_connection, QStringLiteral("outer")).ok());
    bool ran = false;
    const Status inner = inTransaction(*m_connection, Durability::Durable, [&] {
        ran = true;
        return writeMeta(*m_connection, QStringLiteral("inner"));
    });
    QVERIFY(!inner.ok());
    QCOMPARE(inner.error().code, Error::Code::Invalid);
    QVERIFY(!ran);
    // The refused one neither rolled back the outer transaction nor touched synchronous.
    QVERIFY(outer.isOpen());
    QCOMPARE(synchronousLevel(*m_connection), 1);
    QVERIFY(outer.commit().ok());
    QVERIFY(hasMeta(*m_connection, QStringLiteral("outer")));
    QVERIFY(!hasMeta(*m_connection, QStringLiteral("inner")));
}

void TestTransaction::durableRaisesSynchronousForItsCommitOnly()
{
    QCOMPARE(synchronousLevel(*m_connection), 1); // NORMAL, as configured
    int inside = -1;
    QVERIFY(inTransaction(*m_connection, Durability::Durable, [&] {
                inside = synchronousLevel(*m_connection);
                return writeMeta(*m_connection, QStringLiteral("f"));
            }).ok());
    QCOMPARE(inside, 2); // FULL
    QCOMPARE(synchronousLevel(*m_connection), 1);
    // Also when the work fails.
    QVERIFY(!inTransaction(*m_connection, Durability::Durable, []() -> Status {
                 return Error {Error::Code::Invalid, QStringLiteral("no")};
             }).ok());
    QCOMPARE(synchronousLevel(*m_connection), 1);
}

void TestTransaction::anOpenInsertBatchKeepsOtherWritesOut()
{
    auto archive = must(Archive::open(m_dir.filePath(QStringLiteral("a.sqlite"))));
    const qint64 account = must(archive->createAccount(QStringLiteral("alice")));
    const qint64 inbox = must(archive->specialFolder(account, FolderRole::Inbox));
    NewMessage message;
    message.accountId = account;
    message.folderId = inbox;
    message.raw = "From: a@example.org\r\nSubject: one\r\n\r\nbody\r\n";
    message.uidl = QStringLiteral("U1");
    const qint64 first = must(archive->insertMessage(message));

    auto batch = must(archive->beginInsertBatch());
    message.uidl = QStringLiteral("U2");
    const qint64 second = must(batch->add(message));
    // Each refused as it would need a transaction of its own; the batch stays as it was.
    const Status flags = archive->setFlags({first}, MessageFlag::Read);
    QVERIFY(!flags.ok());
    QCOMPARE(flags.error().code, Error::Code::Invalid);
    QVERIFY(!archive->markDeleteSent(account, {QStringLiteral("U1")}).ok());
    QVERIFY(!archive->beginInsertBatch().ok());
    QVERIFY(batch->isOpen());
    QVERIFY(batch->commit().ok());

    QCOMPARE(must(archive->messageIds()), (QList<qint64> {first, second}));
    QVERIFY(!must(archive->message(first)).flags.testFlag(MessageFlag::Read));
    QCOMPARE(must(archive->ledgerEntry(account, QStringLiteral("U1")))->state, LedgerState::Stored);
    // And once it is closed, they work.
    QVERIFY(archive->setFlags({first}, MessageFlag::Read).ok());
    QVERIFY(must(archive->message(first)).flags.testFlag(MessageFlag::Read));
    QVERIFY(must(archive->checkIntegrity()).isEmpty());
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"

#include "TestMail.h"
#include "model/FolderModel.h"
#include "model/MessageListModel.h"
#include "store/Archive.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace satchel;
using model::FolderModel;
using model::MessageListModel;

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void folderTreeHasUnifiedInboxAccountsAndNestedFolders();
    void folderCountsFollowFlagChanges();
    void listPagesThroughAFolderWithoutGapsOrRepeats();
    void unifiedInboxShowsEveryInbox();
    void sortsBySubjectSenderAndSize();
    void unreadRoleAndMarking();
    void moveTrashAndDeleteRemoveRows();
    void searchIsAVirtualFolder();
    void malformedSearchKeepsTheList();
    void dragAndDropAsksForAMove();
    void folderRenameAndDelete();

private:
    std::unique_ptr<store::Archive> m_archive;
    qint64 m_alice = 0, m_bob = 0;
    qint64 m_aliceInbox = 0, m_aliceTrash = 0, m_bobInbox = 0;
    qint64 m_work = 0, m_projects = 0;
};

void TestModels::init()
{
    Result<std::unique_ptr<store::Archive>> opened
        = store::Archive::open(QStringLiteral(":memory:"));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    m_archive = std::move(*opened);
    m_alice = *m_archive->createAccount(QStringLiteral("alice@example.org"));
    m_bob = *m_archive->createAccount(QStringLiteral("bob@example.net"));
    m_aliceInbox = *m_archive->specialFolder(m_alice, store::FolderRole::Inbox);
    m_aliceTrash = *m_archive->specialFolder(m_alice, store::FolderRole::Trash);
    m_bobInbox = *m_archive->specialFolder(m_bob, store::FolderRole::Inbox);
    m_work = *m_archive->createFolder(m_alice, QStringLiteral("Work"));
    m_projects = *m_archive->createFolder(m_alice, QStringLiteral("Projects"), m_work);
}

void TestModels::cleanup()
{
    m_archive.reset();
}

void TestModels::folderTreeHasUnifiedInboxAccountsAndNestedFolders()
{
    const QDateTime t(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    testmail::insert(*m_archive, m_alice, m_aliceInbox,
                     testmail::plain(QStringLiteral("A <a@x.org>"), QStringLiteral("one"),
                                     QStringLiteral("b"), t));
    testmail::insert(*m_archive, m_bob, m_bobInbox,
                     testmail::plain(QStringLiteral("B <b@x.org>"), QStringLiteral("two"),
                                     QStringLiteral("b"), t.addSecs(60)));
    testmail::insert(*m_archive, m_bob, m_bobInbox,
                     testmail::plain(QStringLiteral("C <c@x.org>"), QStringLiteral("three"),
                                     QStringLiteral("b"), t.addSecs(120)),
                     false, store::MessageFlag::Read);

    FolderModel folders(m_archive.get());
    QAbstractItemModelTester tester(&folders,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(folders.rowCount(), 3); // All Inboxes, alice, bob
    const QModelIndex unified = folders.unifiedInboxIndex();
    QCOMPARE(unified.data(FolderModel::KindRole).toInt(), int(FolderModel::Kind::UnifiedInbox));
    QCOMPARE(unified.data(FolderModel::UnreadRole).toInt(), 2);
    QCOMPARE(unified.data().toString(), QStringLiteral("All Inboxes (2)"));

    const QModelIndex alice = folders.index(1, 0);
    QCOMPARE(alice.data(FolderModel::NameRole).toString(), QStringLiteral("alice@example.org"));
    // Inbox, Work (with Projects inside), Trash last.
    QCOMPARE(folders.rowCount(alice), 3);
    QCOMPARE(folders.index(0, 0, alice).data(FolderModel::FolderIdRole).toLongLong(), m_aliceInbox);
    const QModelIndex work = folders.index(1, 0, alice);
    QCOMPARE(work.data(FolderModel::FolderIdRole).toLongLong(), m_work);
    QCOMPARE(folders.rowCount(work), 1);
    QCOMPARE(folders.index(0, 0, work).data(FolderModel::NameRole).toString(),
             QStringLiteral("Projects"));
    QCOMPARE(folders.index(2, 0, alice).data(FolderModel::FolderIdRole).toLongLong(), m_aliceTrash);
    QCOMPARE(folders.indexForFolder(m_projects).parent(), work);

    const QModelIndex bobInbox = folders.indexForFolder(m_bobInbox);
    QCOMPARE(bobInbox.data(FolderModel::UnreadRole).toInt(), 1);
    QCOMPARE(folders.specialFolder(m_alice, store::FolderRole::Trash), m_aliceTrash);
    QCOMPARE(folders.totalUnread(), 2);
}

void TestModels::folderCountsFollowFlagChanges()
{
    const QDateTime t(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    const qint64 id
        = testmail::insert(*m_archive, m_alice, m_aliceInbox,
                           testmail::plain(QStringLiteral("A <a@x.org>"), QStringLiteral("one"),
                                           QStringLiteral("b"), t));
    FolderModel folders(m_archive.get());
    QAbstractItemModelTester tester(&folders,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(folders.indexForFolder(m_aliceInbox).data(FolderModel::UnreadRole).toInt(), 1);
    QSignalSpy changed(&folders, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&folders, &QAbstractItemModel::modelReset);
    QVERIFY(m_archive->setFlags({id}, store::MessageFlag::Read));
    QVERIFY(folders.refreshCounts());
    QCOMPARE(folders.indexForFolder(m_aliceInbox).data(FolderModel::UnreadRole).toInt(), 0);
    QCOMPARE(folders.unifiedInboxIndex().data(FolderModel::UnreadRole).toInt(), 0);
    QCOMPARE(changed.size(), 2); // the Inbox and All Inboxes, without a reset
    QCOMPARE(reset.size(), 0);
}

void TestModels::listPagesThroughAFolderWithoutGapsOrRepeats()
{
    const QDateTime t(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    QList<store::NewMessage> batch;
    for (int i = 0; i < 450; ++i) {
        store::NewMessage m;
        m.accountId = m_alice;
        m.folderId = m_work;
        // Some share a date, so the id must break ties.
        m.raw = testmail::plain(QStringLiteral("S%1 <s%1@x.org>").arg(i % 7),
                                QStringLiteral("message %1").arg(i), QStringLiteral("body"),
                                t.addSecs((i / 3) * 60));
        m.arrival = t;
        batch.append(m);
    }
    QVERIFY(m_archive->insertMessages(batch));

    MessageListModel list(m_archive.get());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setPageSize(100);
    list.setFolder(m_work);
    QCOMPARE(list.rowCount(), 100);
    QVERIFY(list.canFetchMore({}));
    int pages = 1;
    while (list.canFetchMore({})) {
        list.fetchMore({});
        ++pages;
    }
    QCOMPARE(pages, 5);
    QCOMPARE(list.rowCount(), 450);
    QSet<qint64> seen;
    for (int r = 0; r < list.rowCount(); ++r) {
        seen.insert(list.index(r, 0).data(MessageListModel::IdRole).toLongLong());
        if (r > 0)
            QVERIFY(list.rowAt(r - 1)->date >= list.rowAt(r)->date); // newest first
    }
    QCOMPARE(seen.size(), 450);
    QCOMPARE(list.index(0, MessageListModel::SubjectColumn).data().toString(),
             QStringLiteral("message 449"));

    // refresh() keeps what was shown rather than falling back to one page.
    list.refresh();
    QCOMPARE(list.rowCount(), 450);
}

void TestModels::unifiedInboxShowsEveryInbox()
{
    const QDateTime t(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    testmail::insert(*m_archive, m_alice, m_aliceInbox,
                     testmail::plain(QStringLiteral("A <a@x.org>"), QStringLiteral("for alice"),
                                     QStringLiteral("b"), t));
    testmail::insert(*m_archive, m_bob, m_bobInbox,
                     testmail::plain(QStringLiteral("B <b@x.org>"), QStringLiteral("for bob"),
                                     QStringLiteral("b"), t.addSecs(5)));
    testmail::insert(*m_archive, m_alice, m_work,
                     testmail::plain(QStringLiteral("W <w@x.org>"), QStringLiteral("filed"),
                                     QStringLiteral("b"), t.addSecs(9)));
    MessageListModel list(m_archive.get());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setFolder(std::nullopt);
    QCOMPARE(list.mode(), MessageListModel::Mode::UnifiedInbox);
    QCOMPARE(list.rowCount(), 2);
    QCOMPARE(list.index(0, MessageListModel::SubjectColumn).data().toString(),
             QStringLiteral("for bob"));
    QCOMPARE(list.index(1, MessageListModel::SubjectColumn).data().toString(),
             QStringLiteral("for alice"));
}

void TestModels::sortsBySubjectSenderAndSize()
{
    const QDateTime t(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    testmail::insert(*m_archive, m_alice, m_aliceInbox,
                     testmail::plain(QStringLiteral("Zed <z@x.org>"), QStringLiteral("banana"),
                                     QStringLiteral("short"), t));
    testmail::insert(*m_archive, m_alice, m_aliceInbox,
                     testmail::plain(QStringLiteral("Amy <a@x.org>"), QStringLiteral("cherry"),
                                     QString(2000, u'x'), t.addSecs(60)));
    testmail::insert(*m_archive, m_alice, m_aliceInbox,
                     testmail::plain(QStringLiteral("Max <m@x.org>"), QStringLiteral("Apple"),
                                     QStringLiteral("mid mid mid"), t.addSecs(120)));
    MessageListModel list(m_archive.get());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setPageSize(2); // sorting must also work across pages
    list.setFolder(m_aliceInbox);
    auto column = [&list](int c) {
        while (list.canFetchMore({}))
            list.fetchMore({});
        QStringList values;
        for (int r = 0; r < list.rowCount(); ++r)
            values.append(list.index(r, c).data().toString());
        return values;
    };
    list.sort(MessageListModel::SubjectColumn, Qt::AscendingOrder);
    QCOMPARE(
        column(MessageListModel::SubjectColumn),
        QStringList({QStringLiteral("Apple"), QStringLiteral("banana"), QStringLiteral("cherry")}));
    list.sort(MessageListModel::SenderColumn, Qt::DescendingOrder);
    QCOMPARE(column(MessageListModel::SenderColumn),
             QStringList({QStringLiteral("Zed"), QStringLiteral("Max"), QStringLiteral("Amy")}));
    list.sort(MessageListModel::SizeColumn, Qt::AscendingOrder);
    QCOMPARE(column(MessageListModel::SubjectColumn).constLast(), QStringLiteral("cherry"));
    list.sort(MessageListModel::DateColumn, Qt::DescendingOrder);
    QCOMPARE(column(MessageListModel::SubjectColumn).constFirst(), QStringLiteral("Apple"));
}

void TestModels::unreadRoleAndMarking()
{
    const QDateTime t(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    const qint64 id
        = testmail::insert(*m_archive, m_alice, m_aliceInbox,
                           testmail::plain(QStringLiteral("A <a@x.org>"), QStringLiteral("one"),
                                           QStringLiteral("b"), t),
                           true);
    MessageListModel list(m_archive.get());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setFolder(m_aliceInbox);
    const QModelIndex first = list.index(0, MessageListModel::SubjectColumn);
    QVERIFY(first.data(MessageListModel::UnreadRole).toBool());
    QVERIFY(first.data(MessageListModel::PartialRole).toBool());
    QCOMPARE(list.index(0, MessageListModel::PartialColumn).data().toString(),
             QStringLiteral("Partial"));
    QSignalSpy counts(&list, &MessageListModel::countsChanged);
    QVERIFY(list.setFlags({id}, store::MessageFlag::Read | store::MessageFlag::Flagged));
    QVERIFY(!first.data(MessageListModel::UnreadRole).toBool());
    QVERIFY(list.index(0, 0).data(MessageListModel::FlaggedRole).toBool());
    QVERIFY(!list.index(0, MessageListModel::FlagColumn).data().toString().isEmpty());
    QCOMPARE(counts.size(), 1);
    // The archive agrees.
    QVERIFY(m_archive->message(id)->flags.testFlag(store::MessageFlag::Read));
    QVERIFY(list.setFlags({id}, {}, store::MessageFlag::Read));
    QVERIFY(first.data(MessageListModel::UnreadRole).toBool());
}

void TestModels::moveTrashAndDeleteRemoveRows()
{
    const QDateTime t(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids.append(testmail::insert(*m_archive, m_alice, m_aliceInbox,
                                    testmail::plain(QStringLiteral("A <a@x.org>"),
                                                    QStringLiteral("m%1").arg(i),
                                                    QStringLiteral("b"), t.addSecs(i))));
    MessageListModel list(m_archive.get());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setFolder(m_aliceInbox);
    QCOMPARE(list.rowCount(), 4);
    QVERIFY(list.moveTo({ids[0]}, m_work));
    QCOMPARE(list.rowCount(), 3);
    QCOMPARE(m_archive->message(ids[0])->folderId, m_work);
    QVERIFY(list.moveToTrash({ids[1], ids[2]}));
    QCOMPARE(list.rowCount(), 1);
    QCOMPARE(m_archive->message(ids[1])->folderId, m_aliceTrash);
    // A move to another account's folder is refused and nothing changes.
    QVERIFY(!list.moveTo({ids[3]}, m_bobInbox));
    QCOMPARE(list.rowCount(), 1);
    list.setFolder(m_aliceTrash);
    QCOMPARE(list.rowCount(), 2);
    QVERIFY(list.deletePermanently({ids[1]}));
    QCOMPARE(list.rowCount(), 1);
    QVERIFY(!m_archive->message(ids[1]));
}

void TestModels::searchIsAVirtualFolder()
{
    const QDateTime t(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    testmail::insert(*m_archive, m_alice, m_aliceInbox,
                     testmail::plain(QStringLiteral("A <a@x.org>"), QStringLiteral("Kayak trip"),
                                     QStringLiteral("paddles"), t));
    testmail::insert(*m_archive, m_bob, m_bobInbox,
                     testmail::plain(QStringLiteral("B <b@x.org>"), QStringLiteral("kayak rental"),
                                     QStringLiteral("boats"), t.addSecs(60)));
    testmail::insert(*m_archive, m_alice, m_work,
                     testmail::plain(QStringLiteral("C <c@x.org>"), QStringLiteral("Budget"),
                                     QStringLiteral("numbers"), t.addSecs(120)));
    MessageListModel list(m_archive.get());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setFolder(m_aliceInbox);
    QVERIFY(list.setSearch(QStringLiteral("kayak")));
    QCOMPARE(list.mode(), MessageListModel::Mode::Search);
    QCOMPARE(list.rowCount(), 2); // across accounts and folders
    QVERIFY(!list.canFetchMore({}));
    QVERIFY(list.setSearch(QStringLiteral("kayak from:a@x.org")));
    QCOMPARE(list.rowCount(), 1);
    QCOMPARE(list.index(0, MessageListModel::SubjectColumn).data().toString(),
             QStringLiteral("Kayak trip"));
    list.sort(MessageListModel::SubjectColumn, Qt::AscendingOrder);
    QVERIFY(list.setSearch(QStringLiteral("kayak OR budget")));
    QCOMPARE(list.rowCount(), 3);
    QCOMPARE(list.index(0, MessageListModel::SubjectColumn).data().toString(),
             QStringLiteral("Budget"));
    // The search limit is honoured and reported.
    QVERIFY(list.setSearch(QStringLiteral("kayak OR budget"), 2));
    QCOMPARE(list.rowCount(), 2);
    QVERIFY(list.searchLimited());
}

void TestModels::malformedSearchKeepsTheList()
{
    const QDateTime t(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    testmail::insert(*m_archive, m_alice, m_aliceInbox,
                     testmail::plain(QStringLiteral("A <a@x.org>"), QStringLiteral("x"),
                                     QStringLiteral("b"), t));
    MessageListModel list(m_archive.get());
    list.setFolder(m_aliceInbox);
    const Status s = list.setSearch(QStringLiteral("(kayak"));
    QVERIFY(!s);
    QVERIFY(!s.error().message.isEmpty());
    QCOMPARE(list.mode(), MessageListModel::Mode::Folder);
    QCOMPARE(list.rowCount(), 1);
}

void TestModels::dragAndDropAsksForAMove()
{
    const QDateTime t(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    const qint64 a = testmail::insert(*m_archive, m_alice, m_aliceInbox,
                                      testmail::plain(QStringLiteral("A <a@x.org>"),
                                                      QStringLiteral("x"), QStringLiteral("b"), t));
    const qint64 b
        = testmail::insert(*m_archive, m_alice, m_aliceInbox,
                           testmail::plain(QStringLiteral("A <a@x.org>"), QStringLiteral("y"),
                                           QStringLiteral("b"), t.addSecs(1)));
    MessageListModel list(m_archive.get());
    list.setFolder(m_aliceInbox);
    // Several columns of the same rows count once.
    std::unique_ptr<QMimeData> mime(
        list.mimeData({list.index(0, 0), list.index(0, 2), list.index(1, 3)}));
    QVERIFY(mime);
    QCOMPARE(MessageListModel::idsFromMimeData(mime.get()), QList<qint64>({b, a}));

    FolderModel folders(m_archive.get());
    QSignalSpy asked(&folders, &FolderModel::moveRequested);
    QVERIFY(
        !folders.canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, folders.unifiedInboxIndex()));
    const QModelIndex work = folders.indexForFolder(m_work);
    QVERIFY(folders.flags(work).testFlag(Qt::ItemIsDropEnabled));
    QVERIFY(folders.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, work));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).at(0).value<QList<qint64>>(), QList<qint64>({b, a}));
    QCOMPARE(asked.at(0).at(1).toLongLong(), m_work);
    QMimeData garbage;
    garbage.setData(MessageListModel::mimeType(), "\x01\x02");
    QVERIFY(MessageListModel::idsFromMimeData(&garbage).isEmpty());
}

void TestModels::folderRenameAndDelete()
{
    const QDateTime t(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    const qint64 inProjects
        = testmail::insert(*m_archive, m_alice, m_projects,
                           testmail::plain(QStringLiteral("A <a@x.org>"), QStringLiteral("x"),
                                           QStringLiteral("b"), t));
    QVERIFY(m_archive->renameFolder(m_work, QStringLiteral("Office")));
    QVERIFY(!m_archive->renameFolder(m_aliceInbox, QStringLiteral("Other")));
    QVERIFY(!m_archive->renameFolder(m_work, QStringLiteral("a/b")));
    FolderModel folders(m_archive.get());
    QAbstractItemModelTester tester(&folders,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(folders.indexForFolder(m_work).data(FolderModel::NameRole).toString(),
             QStringLiteral("Office"));

    QVERIFY(!m_archive->deleteFolder(m_aliceTrash));
    // Deleting a folder deletes its subfolders; their mail goes to the Trash, never away.
    QVERIFY(m_archive->deleteFolder(m_work));
    QCOMPARE(m_archive->message(inProjects)->folderId, m_aliceTrash);
    QCOMPARE(*m_archive->folderMessageIds(m_aliceTrash), QList<qint64>({inProjects}));
    QVERIFY(folders.reload());
    QVERIFY(!folders.indexForFolder(m_work).isValid());
    QVERIFY(!folders.indexForFolder(m_projects).isValid());
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"

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
    void threadsAreATreeThatPages();
    void threadsSortAndFollowChanges();
    void threadedSearchAndUnifiedInbox();

private:
    std::unique_ptr<store::Archive> m_archive;
    qint64 m_alice = 0, m_bob = 0;
    qint64 m_aliceInbox = 0, m_aliceTrash = 0, m_bobInbox = 0;
    qint64 m_work = 0, m_projects = 0;

    // A reply to `parent` (by In-Reply-To and References), in `folder`.
    qint64 reply(qint64 parent, qint64 folder, const QString &from, const QDateTime &date,
                 bool read = false);
};

qint64 TestModels::reply(qint64 parent, qint64 folder, const QString &from, const QDateTime &date,
                         bool read)
{
    const Result<store::MessageRow> p = m_archive->message(parent);
    if (!p)
        return -1;
    const QByteArray id = "<" + p->messageId.toUtf8() + ">";
    return testmail::insert(
        *m_archive, m_alice, folder,
        testmail::plain(from, u"Re: " + p->subject, QStringLiteral("reply"), date,
                        "In-Reply-To: " + id + "\r\nReferences: " + id + "\r\n"),
        false, read ? store::MessageFlags(store::MessageFlag::Read) : store::MessageFlags());
}

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
    // The list's view drags the window's selection by id (a collapsed conversation: all of it).
    std::unique_ptr<QMimeData> byId(MessageListModel::mimeDataFor({a, b}));
    QCOMPARE(MessageListModel::idsFromMimeData(byId.get()), QList<qint64>({a, b}));
    QVERIFY(!MessageListModel::mimeDataFor({}));
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

void TestModels::threadsAreATreeThatPages()
{
    const QDateTime t(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    // A conversation of four in Work (one more reply filed elsewhere), started first and
    // answered last, with ten messages of their own between: newest first, the conversation
    // stands where its newest reply stands, and its start is on a later page.
    const qint64 root = testmail::insert(*m_archive, m_alice, m_work,
                                         testmail::plain(QStringLiteral("Ann <ann@x.org>"),
                                                         QStringLiteral("Kayak trip"),
                                                         QStringLiteral("who comes?"), t),
                                         false, store::MessageFlag::Read);
    const qint64 r1 = reply(root, m_work, QStringLiteral("Ben <ben@x.org>"), t.addSecs(60), true);
    QList<qint64> singles;
    for (int i = 0; i < 10; ++i)
        singles.append(testmail::insert(
            *m_archive, m_alice, m_work,
            testmail::plain(QStringLiteral("S <s@x.org>"), QStringLiteral("single %1").arg(i),
                            QStringLiteral("b"), t.addSecs(600 + 60 * i))));
    const qint64 elsewhere
        = reply(r1, m_aliceInbox, QStringLiteral("Cy <cy@x.org>"), t.addSecs(1200));
    const qint64 r2 = reply(r1, m_work, QStringLiteral("Dee <dee@x.org>"), t.addSecs(1300));
    const qint64 r3 = reply(r2, m_work, QStringLiteral("Eve <eve@x.org>"), t.addSecs(3000));
    QVERIFY(root > 0 && r1 > 0 && elsewhere > 0 && r2 > 0 && r3 > 0);
    QCOMPARE(m_archive->message(r3)->conversationId, m_archive->message(root)->conversationId);

    MessageListModel list(m_archive.get());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setThreaded(true);
    list.setPageSize(4);
    list.setFolder(m_work);
    // The first page (r3, r2, single 9, single 8) makes three rows: r3 brought its whole
    // conversation, r2 with it.
    QCOMPARE(list.rowCount(), 3);
    const QModelIndex thread = list.index(0, MessageListModel::SubjectColumn);
    QCOMPARE(thread.data(MessageListModel::IdRole).toLongLong(), root);
    QCOMPARE(list.rowCount(list.index(0, 0)), 3);
    QVERIFY(list.hasChildren(list.index(0, 0)));
    QVERIFY(!list.hasChildren(list.index(1, 0)));
    QCOMPARE(list.index(0, 0, list.index(0, 0)).data(MessageListModel::IdRole).toLongLong(), r1);
    QCOMPARE(list.index(2, 0, list.index(0, 0)).data(MessageListModel::IdRole).toLongLong(), r3);
    QCOMPARE(list.index(1, 0).data(MessageListModel::IdRole).toLongLong(), singles[9]);
    // Collapsed, the row says how many and how many unread (r2 and r3).
    QCOMPARE(thread.data(MessageListModel::ThreadCountRole).toInt(), 4);
    QCOMPARE(thread.data(MessageListModel::ThreadUnreadRole).toInt(), 2);
    QCOMPARE(thread.data().toString(), QStringLiteral("Kayak trip"));
    QCOMPARE(thread.data(MessageListModel::ThreadSummaryRole).toString(),
             QStringLiteral("(4, 2 unread)"));
    QCOMPARE(thread.data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Kayak trip (4, 2 unread)"));
    QVERIFY(list.index(1, MessageListModel::SubjectColumn)
                .data(MessageListModel::ThreadSummaryRole)
                .toString()
                .isEmpty());
    QVERIFY(!thread.data(MessageListModel::UnreadRole).toBool()); // the root itself is read
    QCOMPARE(list.indexOfId(r2).parent(), list.index(0, 0));
    QCOMPARE(list.messageAt(list.indexOfId(r2))->id, r2);
    QVERIFY(!list.indexOfId(elsewhere).isValid()); // in another folder

    // Keyset paging goes on over messages: no message twice, none missing, and the later pages
    // skip the conversation's messages already shown.
    while (list.canFetchMore({}))
        list.fetchMore({});
    QCOMPARE(list.rowCount(), 11); // the conversation and ten singles
    const QList<qint64> ids = list.ids();
    QCOMPARE(ids.size(), 14);
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 14);
    QCOMPARE(list.index(10, 0).data(MessageListModel::IdRole).toLongLong(), singles[0]);

    // Off again: one row per message, as many as were read.
    list.setThreaded(false);
    QCOMPARE(list.rowCount(), 14);
    QVERIFY(!list.canFetchMore({}));
    QVERIFY(!list.hasChildren(list.index(0, 0)));
    QVERIFY(list.flags(list.index(0, 0)).testFlag(Qt::ItemNeverHasChildren));
}

void TestModels::threadsSortAndFollowChanges()
{
    const QDateTime t(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    const qint64 root
        = testmail::insert(*m_archive, m_alice, m_work,
                           testmail::plain(QStringLiteral("Ann <ann@x.org>"),
                                           QStringLiteral("Middle"), QStringLiteral("b"), t));
    const qint64 r1 = reply(root, m_work, QStringLiteral("Zoe <zoe@x.org>"), t.addSecs(60));
    const qint64 r2 = reply(root, m_work, QStringLiteral("Bob <bob@x.org>"), t.addSecs(120));
    const qint64 a = testmail::insert(*m_archive, m_alice, m_work,
                                      testmail::plain(QStringLiteral("Amy <amy@x.org>"),
                                                      QStringLiteral("Alpha"), QStringLiteral("b"),
                                                      t.addSecs(30)));
    const qint64 z = testmail::insert(*m_archive, m_alice, m_work,
                                      testmail::plain(QStringLiteral("Max <max@x.org>"),
                                                      QStringLiteral("Zulu"), QStringLiteral("b"),
                                                      t.addSecs(90)));
    MessageListModel list(m_archive.get());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setThreaded(true);
    list.setPageSize(2);
    list.setFolder(m_work);
    auto top = [&list] {
        while (list.canFetchMore({}))
            list.fetchMore({});
        QList<qint64> ids;
        for (int r = 0; r < list.rowCount(); ++r)
            ids.append(list.index(r, 0).data(MessageListModel::IdRole).toLongLong());
        return ids;
    };
    // Newest first: the conversation (its newest, r2, at 120 s), Zulu (90), Alpha (30).
    QCOMPARE(top(), QList<qint64>({root, z, a}));
    // By subject: "Alpha", "Middle" (its first message in that order), "Re: Middle" skipped,
    // "Zulu".
    list.sort(MessageListModel::SubjectColumn, Qt::AscendingOrder);
    QCOMPARE(top(), QList<qint64>({a, root, z}));
    // By sender, descending: Zoe's reply places the conversation first.
    list.sort(MessageListModel::SenderColumn, Qt::DescendingOrder);
    QCOMPARE(top(), QList<qint64>({root, z, a}));
    QCOMPARE(list.rowCount(list.index(0, 0)), 2);
    list.sort(MessageListModel::DateColumn, Qt::DescendingOrder);
    QCOMPARE(top(), QList<qint64>({root, z, a}));

    // Marking a reply read changes the conversation's count.
    const QModelIndex head = list.index(0, MessageListModel::SubjectColumn);
    QCOMPARE(head.data(MessageListModel::ThreadUnreadRole).toInt(), 3);
    QSignalSpy changed(&list, &QAbstractItemModel::dataChanged);
    QVERIFY(list.setFlags({r1}, store::MessageFlag::Read));
    QCOMPARE(head.data(MessageListModel::ThreadUnreadRole).toInt(), 2);
    QVERIFY(changed.size() >= 2); // the reply's row and the conversation's

    // The conversation's first message goes: the next one takes its row.
    const QPersistentModelIndex zulu = list.index(1, 0);
    QVERIFY(list.moveToTrash({root}));
    QCOMPARE(list.rowCount(), 3);
    QCOMPARE(list.index(0, 0).data(MessageListModel::IdRole).toLongLong(), r1);
    QCOMPARE(list.rowCount(list.index(0, 0)), 1);
    QCOMPARE(list.index(0, MessageListModel::SubjectColumn)
                 .data(MessageListModel::ThreadUnreadRole)
                 .toInt(),
             1);
    // A reply goes alone, then the whole conversation.
    QVERIFY(list.moveTo({r2}, m_projects));
    QCOMPARE(list.rowCount(list.index(0, 0)), 0);
    QVERIFY(list.moveToTrash({r1}));
    QCOMPARE(list.rowCount(), 2);
    QVERIFY(zulu.isValid());
    QCOMPARE(zulu.row(), 0);
    QCOMPARE(zulu.data(MessageListModel::IdRole).toLongLong(), z);
}

void TestModels::threadedSearchAndUnifiedInbox()
{
    const QDateTime t(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    const qint64 root = testmail::insert(*m_archive, m_alice, m_aliceInbox,
                                         testmail::plain(QStringLiteral("Ann <ann@x.org>"),
                                                         QStringLiteral("Harbour dues"),
                                                         QStringLiteral("kayak"), t));
    const qint64 r1 = reply(root, m_aliceInbox, QStringLiteral("Ben <ben@x.org>"), t.addSecs(60));
    const qint64 filed = reply(root, m_work, QStringLiteral("Cy <cy@x.org>"), t.addSecs(90));
    const qint64 other = testmail::insert(*m_archive, m_bob, m_bobInbox,
                                          testmail::plain(QStringLiteral("Dee <dee@x.org>"),
                                                          QStringLiteral("kayak club"),
                                                          QStringLiteral("b"), t.addSecs(30)));
    MessageListModel list(m_archive.get());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setThreaded(true);
    list.setFolder(std::nullopt); // every Inbox: the filed reply is not in one
    QCOMPARE(list.rowCount(), 2);
    QCOMPARE(list.index(0, 0).data(MessageListModel::IdRole).toLongLong(), root);
    QCOMPARE(list.rowCount(list.index(0, 0)), 1);
    QCOMPARE(list.index(0, 0, list.index(0, 0)).data(MessageListModel::IdRole).toLongLong(), r1);
    QCOMPARE(list.index(1, 0).data(MessageListModel::IdRole).toLongLong(), other);

    // A search groups its own results (the filed reply is one of them).
    QVERIFY(list.setSearch(QStringLiteral("harbour OR kayak OR reply")));
    QCOMPARE(list.rowCount(), 2);
    const QModelIndex head = list.indexOfId(root);
    QVERIFY(head.isValid() && !head.parent().isValid());
    QCOMPARE(list.rowCount(head), 2);
    QCOMPARE(list.indexOfId(filed).parent(), head);
    // Sorting keeps the persistent indexes on their messages.
    const QPersistentModelIndex kept = list.indexOfId(filed);
    list.sort(MessageListModel::SubjectColumn, Qt::AscendingOrder);
    QCOMPARE(list.index(0, 0).data(MessageListModel::IdRole).toLongLong(), root); // "Harbour"
    QCOMPARE(kept.data(MessageListModel::IdRole).toLongLong(), filed);
    QCOMPARE(kept.parent(), list.indexOfId(root));
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"

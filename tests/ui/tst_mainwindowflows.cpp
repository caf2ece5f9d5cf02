#include "MainWindow.h"
#include "MessageView.h"
#include "SafeBrowser.h"
#include "TestMail.h"
#include "model/FolderModel.h"
#include "model/MessageListModel.h"
#include "store/Archive.h"
#include "util/Translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace satchel;
using model::FolderModel;
using model::MessageListModel;

class TestMainWindowFlows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void selectingAMessageShowsItAndMarksItRead();
    void moveByMenuAndByDrop();
    void deleteToTrashThenPermanently();
    void emptyTrashAsksFirst();
    void searchNarrowsTheListAndErrorsAreCalm();
    void keyboardNextUnreadAndSpace();
    void markUnreadAndFlag();
    void partialMessageOffersTheRest();
    void attachmentsSaveAndSourceShows();
    void folderManagement();
    void fetchStatusArea();
    void layoutIsRemembered();
    void languageIsSavedForTheNextStart();
    void threadsFromTheViewMenu();
    void newMailNotifiesAndUpdatesTheTray();
    void attachedMessageOpensInAWindow();
    void focusableWidgetsHaveAccessibleNames();
    void searchShortcutsFocusTheField();

private:
    [[nodiscard]] int rowsShown() const { return m_window->messageModel()->rowCount(); }
    [[nodiscard]] QString subjectAt(int row) const
    {
        return m_window->messageModel()
            ->index(row, MessageListModel::SubjectColumn)
            .data()
            .toString();
    }

    // The view waits for the body it loads on its own thread.
    [[nodiscard]] bool waitForBody() const
    {
        return QTest::qWaitFor([this] { return m_window->messageView()->isLoaded(); }, 30000);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Archive> m_archive;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_account = 0, m_inbox = 0, m_trash = 0, m_work = 0;
    QList<qint64> m_ids; // newest first as shown
};

void TestMainWindowFlows::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("SatchelTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowflows"));
}

void TestMainWindowFlows::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<store::Archive>> opened = testmail::openArchive(*m_dir);
    QVERIFY(opened);
    m_archive = std::move(*opened);
    m_account = *m_archive->createAccount(QStringLiteral("traveller@example.org"));
    m_inbox = *m_archive->specialFolder(m_account, store::FolderRole::Inbox);
    m_trash = *m_archive->specialFolder(m_account, store::FolderRole::Trash);
    m_work = *m_archive->createFolder(m_account, QStringLiteral("Work"));
    const QDateTime t(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC);
    const QString subjects[] = {QStringLiteral("Kayak trip plans"), QStringLiteral("Budget review"),
                                QStringLiteral("Kayak rental receipt"), QStringLiteral("Lunch?"),
                                QStringLiteral("Old news")};
    QSettings().remove(QStringLiteral("MainWindow/threaded")); // each test starts unthreaded
    m_ids.clear();
    for (int i = 0; i < 5; ++i) {
        QString body = QStringLiteral("Message %1\n").arg(i);
        if (i == 3)
            for (int line = 0; line < 200; ++line)
                body += QStringLiteral("A long line of text number %1\n").arg(line);
        m_ids.prepend(testmail::insert(
            *m_archive, m_account, m_inbox,
            testmail::plain(QStringLiteral("Person %1 <p%1@example.com>").arg(i), subjects[i], body,
                            t.addSecs(3600 * i)),
            false, i == 4 ? store::MessageFlags(store::MessageFlag::Read) : store::MessageFlags()));
    }
    // Shown newest first: Old news, Lunch?, Kayak rental receipt, Budget review, Kayak trip plans
    m_window = std::make_unique<ui::MainWindow>();
    m_window->setConfirmer([](const QString &, const QString &) { return true; });
    m_window->setArchive(m_archive.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindowFlows::cleanup()
{
    m_window.reset();
    m_archive.reset();
    m_dir.reset();
}

void TestMainWindowFlows::selectingAMessageShowsItAndMarksItRead()
{
    QCOMPARE(rowsShown(), 5);
    QCOMPARE(subjectAt(0), QStringLiteral("Old news"));
    QCOMPARE(m_window->folderModel()->indexForFolder(m_inbox).data(FolderModel::UnreadRole).toInt(),
             4);
    QTreeView *list = m_window->messageList();
    const QRect rect
        = list->visualRect(m_window->messageModel()->index(1, MessageListModel::SubjectColumn));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_window->currentMessageId(), m_ids[1]);
    auto *subject = m_window->findChild<QLabel *>(QStringLiteral("headerSubject"));
    QVERIFY(subject && subject->isVisible());
    QCOMPARE(subject->text(), QStringLiteral("Lunch?"));
    auto *from = m_window->findChild<QLabel *>(QStringLiteral("headerFrom"));
    QCOMPARE(from->text(), QStringLiteral("Person 3 <p3@example.com>"));
    QVERIFY(waitForBody()); // the header again, now from the parsed message
    from = m_window->findChild<QLabel *>(QStringLiteral("headerFrom"));
    QCOMPARE(from->text(), QStringLiteral("Person 3 <p3@example.com>"));
    QVERIFY(m_window->messageView()->body()->toPlainText().startsWith(QLatin1String("Message 3")));
    // Read now: in the list, in the archive and in the folder's count.
    QVERIFY(!m_window->messageModel()->index(1, 0).data(MessageListModel::UnreadRole).toBool());
    QVERIFY(m_archive->message(m_ids[1])->flags.testFlag(store::MessageFlag::Read));
    QCOMPARE(m_window->folderModel()->indexForFolder(m_inbox).data(FolderModel::UnreadRole).toInt(),
             3);
    QVERIFY(m_window->windowTitle().contains(QLatin1String("3")));
}

void TestMainWindowFlows::moveByMenuAndByDrop()
{
    m_window->selectMessage(m_ids[0]);
    QVERIFY(m_window->moveSelectedTo(m_work));
    QCOMPARE(rowsShown(), 4);
    QCOMPARE(m_archive->message(m_ids[0])->folderId, m_work);
    // The next message is selected and shown.
    QCOMPARE(m_window->currentMessageId(), m_ids[1]);

    // A drop on a folder in the tree moves the dragged messages.
    MessageListModel *list = m_window->messageModel();
    std::unique_ptr<QMimeData> dragged(list->mimeData({list->index(0, 0), list->index(1, 0)}));
    FolderModel *folders = m_window->folderModel();
    QVERIFY(folders->dropMimeData(dragged.get(), Qt::MoveAction, -1, -1,
                                  folders->indexForFolder(m_work)));
    QCOMPARE(rowsShown(), 2);
    QCOMPARE(m_archive->message(m_ids[1])->folderId, m_work);
    QCOMPARE(m_archive->message(m_ids[2])->folderId, m_work);
    m_window->selectFolder(m_work);
    QCOMPARE(rowsShown(), 3);
}

void TestMainWindowFlows::deleteToTrashThenPermanently()
{
    m_window->selectMessage(m_ids[2]);
    m_window->messageList()->setFocus();
    QTest::keyClick(m_window->messageList(), Qt::Key_Delete);
    QCOMPARE(rowsShown(), 4);
    QCOMPARE(m_archive->message(m_ids[2])->folderId, m_trash);
    QCOMPARE(m_window->currentMessageId(), m_ids[3]); // the one that took its place

    // Shift+Del asks; "no" leaves the message alone.
    bool asked = false;
    m_window->setConfirmer([&asked](const QString &, const QString &text) {
        asked = true;
        return !text.isEmpty() && false;
    });
    QTest::keyClick(m_window->messageList(), Qt::Key_Delete, Qt::ShiftModifier);
    QVERIFY(asked);
    QCOMPARE(rowsShown(), 4);
    QVERIFY(m_archive->message(m_ids[3]));
    m_window->setConfirmer([](const QString &, const QString &) { return true; });
    QTest::keyClick(m_window->messageList(), Qt::Key_Delete, Qt::ShiftModifier);
    QCOMPARE(rowsShown(), 3);
    QVERIFY(!m_archive->message(m_ids[3]));
}

void TestMainWindowFlows::emptyTrashAsksFirst()
{
    QVERIFY(m_archive->moveToTrash({m_ids[0], m_ids[1]}));
    m_window->selectFolder(m_trash);
    QCOMPARE(rowsShown(), 2);
    QString question;
    m_window->setConfirmer([&question](const QString &, const QString &text) {
        question = text;
        return true;
    });
    QVERIFY(m_window->emptyTrash());
    QVERIFY(question.contains(QLatin1String("server")));
    QCOMPARE(rowsShown(), 0);
    QVERIFY(!m_archive->message(m_ids[0]));
    QVERIFY(m_archive->folderMessageIds(m_trash)->isEmpty());
}

void TestMainWindowFlows::searchNarrowsTheListAndErrorsAreCalm()
{
    QLineEdit *field = m_window->searchField();
    m_window->action(QStringLiteral("searchAction"))->trigger();
    QVERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("kayak"));
    QTRY_COMPARE(m_window->messageModel()->mode(), MessageListModel::Mode::Search);
    QTRY_COMPARE(rowsShown(), 2);
    auto *caption = m_window->findChild<QLabel *>(QStringLiteral("listCaption"));
    QVERIFY(caption->isVisible());
    QVERIFY(caption->text().contains(QLatin1String("2")));

    // Half-typed query: the results stay, the caption says what is wrong, no dialog.
    QTest::keyClicks(field, QStringLiteral(" ("));
    QTRY_VERIFY(caption->text().contains(QLatin1String("Search:")));
    QCOMPARE(rowsShown(), 2);
    QVERIFY(QApplication::activeModalWidget() == nullptr);

    QTest::keyClicks(field, QStringLiteral("receipt)"));
    QTRY_COMPARE(rowsShown(), 1);
    QCOMPARE(subjectAt(0), QStringLiteral("Kayak rental receipt"));

    // Escape ends the search: back to the folder.
    QTest::keyClick(field, Qt::Key_Escape);
    QCOMPARE(m_window->messageModel()->mode(), MessageListModel::Mode::UnifiedInbox);
    QCOMPARE(rowsShown(), 5);
    QVERIFY(!caption->isVisible());
}

void TestMainWindowFlows::keyboardNextUnreadAndSpace()
{
    // Old news is read; N goes to the first unread one after the current.
    m_window->selectMessage(m_ids[0]);
    m_window->messageList()->setFocus();
    QTest::keyClick(m_window->messageList(), Qt::Key_N);
    QCOMPARE(m_window->currentMessageId(), m_ids[1]);
    // Lunch? is long: Space pages through it before moving on (and waits while it loads).
    QTest::keyClick(m_window->messageList(), Qt::Key_Space);
    QVERIFY(waitForBody());
    QCOMPARE(m_window->currentMessageId(), m_ids[1]);
    QTest::keyClick(m_window->messageList(), Qt::Key_Space);
    QCOMPARE(m_window->currentMessageId(), m_ids[1]);
    QVERIFY(m_window->messageView()->body()->verticalScrollBar()->value() > 0);
    for (int i = 0; i < 100 && m_window->currentMessageId() == m_ids[1]; ++i)
        QTest::keyClick(m_window->messageList(), Qt::Key_Space);
    QCOMPARE(m_window->currentMessageId(), m_ids[2]);
}

void TestMainWindowFlows::markUnreadAndFlag()
{
    m_window->selectMessage(m_ids[2]);
    QVERIFY(m_archive->message(m_ids[2])->flags.testFlag(store::MessageFlag::Read));
    m_window->action(QStringLiteral("markUnreadAction"))->trigger();
    QVERIFY(!m_archive->message(m_ids[2])->flags.testFlag(store::MessageFlag::Read));
    QVERIFY(m_window->messageModel()->index(2, 0).data(MessageListModel::UnreadRole).toBool());
    m_window->action(QStringLiteral("markReadAction"))->trigger();
    QVERIFY(m_archive->message(m_ids[2])->flags.testFlag(store::MessageFlag::Read));
    m_window->messageList()->setFocus();
    QTest::keyClick(m_window->messageList(), Qt::Key_S);
    QVERIFY(m_archive->message(m_ids[2])->flags.testFlag(store::MessageFlag::Flagged));
    QVERIFY(!m_window->messageModel()
                 ->index(2, MessageListModel::FlagColumn)
                 .data()
                 .toString()
                 .isEmpty());
    QTest::keyClick(m_window->messageList(), Qt::Key_S);
    QVERIFY(!m_archive->message(m_ids[2])->flags.testFlag(store::MessageFlag::Flagged));
}

void TestMainWindowFlows::partialMessageOffersTheRest()
{
    const qint64 partial = testmail::insert(
        *m_archive, m_account, m_inbox,
        testmail::plain(QStringLiteral("Big <big@example.com>"), QStringLiteral("Huge file"),
                        QStringLiteral("first part"),
                        QDateTime(QDate(2024, 6, 1), QTime(8, 0), Qt::UTC)),
        true);
    m_window->refresh();
    m_window->selectMessage(partial);
    QCOMPARE(m_window->currentMessageId(), partial);
    auto *bar = m_window->findChild<QWidget *>(QStringLiteral("partialBar"));
    QVERIFY(bar && bar->isVisible());
    QSignalSpy wanted(m_window.get(), &ui::MainWindow::downloadRestRequested);
    m_window->findChild<QPushButton *>(QStringLiteral("downloadRest"))->click();
    QCOMPARE(wanted.size(), 1);
    QCOMPARE(wanted.at(0).at(0).toLongLong(), partial);
    m_window->selectMessage(m_ids[0]);
    QVERIFY(!bar->isVisible());
}

void TestMainWindowFlows::attachmentsSaveAndSourceShows()
{
    const QByteArray content("col1,col2\n1,2\n");
    const qint64 id
        = testmail::insert(*m_archive, m_account, m_inbox,
                           testmail::withAttachment(QStringLiteral("The figures"),
                                                    QStringLiteral("../figures.csv"), content));
    m_window->refresh();
    m_window->selectMessage(id);
    ui::MessageView *view = m_window->messageView();
    // "View source" asked for while the message loads is shown once it is there.
    m_window->action(QStringLiteral("showSourceAction"))->trigger();
    QVERIFY(waitForBody());
    QCOMPARE(view->attachments().size(), 1);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSignalSpy written(view, &ui::MessageView::attachmentsSaved);
    QCOMPARE(view->saveAllAttachments(dir.path()), 1);
    QVERIFY(written.wait(30000));
    QCOMPARE(written.at(0).at(1).toStringList(), QStringList()); // none failed
    // The name is the file's own, without the "../" that would leave the folder.
    QFile saved(dir.filePath(QStringLiteral("figures.csv")));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), content);

    auto *source = m_window->findChild<QPlainTextEdit *>(QStringLiteral("sourceText"));
    QVERIFY(source);
    QVERIFY(source->toPlainText().contains(QLatin1String("Subject: The figures")));
    QVERIFY(source->toPlainText().contains(QString::fromLatin1(content.toBase64())));
}

void TestMainWindowFlows::folderManagement()
{
    QVERIFY(m_window->createFolder(QStringLiteral("Receipts"), m_account, m_work));
    FolderModel *folders = m_window->folderModel();
    const QModelIndex work = folders->indexForFolder(m_work);
    QCOMPARE(folders->rowCount(work), 1);
    const qint64 receipts = folders->index(0, 0, work).data(FolderModel::FolderIdRole).toLongLong();
    QVERIFY(m_window->renameFolder(receipts, QStringLiteral("Invoices")));
    QCOMPARE(folders->indexForFolder(receipts).data(FolderModel::NameRole).toString(),
             QStringLiteral("Invoices"));
    QVERIFY(!m_window->renameFolder(m_inbox, QStringLiteral("Nope")));
    m_window->selectMessage(m_ids[0]);
    QVERIFY(m_window->moveSelectedTo(receipts));
    m_window->selectFolder(receipts);
    QCOMPARE(rowsShown(), 1);
    QVERIFY(m_window->deleteFolder(m_work));
    QVERIFY(!folders->indexForFolder(receipts).isValid());
    QCOMPARE(m_archive->message(m_ids[0])->folderId, m_trash); // never lost
    QCOMPARE(m_window->messageModel()->mode(), MessageListModel::Mode::UnifiedInbox);

    // Export of the selection as mbox.
    QTemporaryDir dir;
    m_window->selectMessage(m_ids[1]);
    const QString mbox = dir.filePath(QStringLiteral("out.mbox"));
    QVERIFY(m_window->exportMessages(m_window->selectedMessageIds(), mbox, true));
    QFile file(mbox);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("Subject: Lunch?"));
}

void TestMainWindowFlows::fetchStatusArea()
{
    auto *progress = m_window->findChild<QProgressBar *>(QStringLiteral("fetchProgress"));
    auto *cancel = m_window->findChild<QToolButton *>(QStringLiteral("cancelFetch"));
    auto *online = m_window->findChild<QLabel *>(QStringLiteral("connectionStatus"));
    QVERIFY(progress && cancel && online);
    QVERIFY(!progress->isVisible());
    QSignalSpy getMail(m_window.get(), &ui::MainWindow::getMailRequested);
    m_window->action(QStringLiteral("getAllMailAction"))->trigger();
    QCOMPARE(getMail.size(), 1);
    QCOMPARE(getMail.at(0).at(0).toLongLong(), 0);
    m_window->fetchStarted(m_account, QStringLiteral("traveller"));
    m_window->fetchProgress(m_account, 3, 10);
    QVERIFY(progress->isVisible() && cancel->isVisible());
    QCOMPARE(progress->value(), 3);
    QCOMPARE(progress->maximum(), 10);
    QSignalSpy cancelled(m_window.get(), &ui::MainWindow::cancelFetchRequested);
    cancel->click();
    QCOMPARE(cancelled.size(), 1);
    m_window->fetchFinished(m_account, QString());
    QVERIFY(!progress->isVisible());
    const QString offline = online->text();
    m_window->setOnline(true);
    QVERIFY(online->text() != offline);
}

void TestMainWindowFlows::layoutIsRemembered()
{
    QHeaderView *header = m_window->messageList()->header();
    header->hideSection(MessageListModel::SizeColumn);
    header->setSortIndicator(MessageListModel::SubjectColumn, Qt::AscendingOrder);
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("outerSplitter"));
    splitter->setSizes({321, 700});
    const QList<int> sizes = splitter->sizes();
    m_window->close();
    m_window.reset();

    ui::MainWindow again;
    again.setArchive(m_archive.get());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(again.messageList()->header()->isSectionHidden(MessageListModel::SizeColumn));
    QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("outerSplitter"))->sizes().constFirst(),
             sizes.constFirst());
    // The sort came back too, and the model follows it.
    QCOMPARE(again.messageModel()->sortKey(), store::SortKey::Subject);
    QCOMPARE(again.messageModel()->index(0, MessageListModel::SubjectColumn).data().toString(),
             QStringLiteral("Budget review"));
    again.close();
    // Leave no state behind for the next test.
    QSettings().clear();
}

void TestMainWindowFlows::languageIsSavedForTheNextStart()
{
    ui::MainWindow window;
    auto *german = window.findChild<QAction *>(QStringLiteral("language_de"));
    auto *system = window.findChild<QAction *>(QStringLiteral("language_system"));
    QVERIFY(german && system);
    QCOMPARE(german->text(), QStringLiteral("Deutsch")); // named in its own language
    german->trigger();
    QCOMPARE(util::savedLanguage(), QStringLiteral("de"));
    QVERIFY(german->isChecked());
    QVERIFY(!system->isChecked());
    system->trigger();
    QCOMPARE(util::savedLanguage(), QString());
}

void TestMainWindowFlows::threadsFromTheViewMenu()
{
    // Two replies to "Kayak trip plans" (the oldest): with threads on, the conversation stands
    // first (its newest reply is the newest message) and is one row.
    const Result<store::MessageRow> root = m_archive->message(m_ids[4]);
    QVERIFY(root);
    const QByteArray ref = "<" + root->messageId.toUtf8() + ">";
    const QDateTime t(QDate(2024, 5, 2), QTime(8, 0), Qt::UTC);
    const qint64 first = testmail::insert(
        *m_archive, m_account, m_inbox,
        testmail::plain(QStringLiteral("Ann <ann@example.com>"),
                        QStringLiteral("Re: Kayak trip plans"), QStringLiteral("I'm in"), t,
                        "In-Reply-To: " + ref + "\r\nReferences: " + ref + "\r\n"),
        false, store::MessageFlag::Read);
    const qint64 second = testmail::insert(
        *m_archive, m_account, m_inbox,
        testmail::plain(QStringLiteral("Ben <ben@example.com>"),
                        QStringLiteral("Re: Kayak trip plans"), QStringLiteral("Me too"),
                        t.addSecs(60), "In-Reply-To: " + ref + "\r\nReferences: " + ref + "\r\n"));
    m_window->refresh();
    QCOMPARE(rowsShown(), 7);

    QAction *threads = m_window->action(QStringLiteral("threadedViewAction"));
    QVERIFY(threads && threads->isCheckable() && !threads->isChecked());
    QVERIFY(!m_window->action(QStringLiteral("expandThreadsAction"))->isEnabled());
    m_window->selectMessage(m_ids[1]); // Lunch?
    threads->trigger();
    QVERIFY(m_window->messageModel()->isThreaded());
    QVERIFY(m_window->messageList()->rootIsDecorated());
    QCOMPARE(rowsShown(), 5);
    QCOMPARE(m_window->currentMessageId(), m_ids[1]); // still on screen and current
    QCOMPARE(m_window->messageList()->currentIndex().data(MessageListModel::IdRole).toLongLong(),
             m_ids[1]);
    const QModelIndex conversation = m_window->messageModel()->index(0, 0);
    QCOMPARE(conversation.data(MessageListModel::IdRole).toLongLong(), m_ids[4]);
    QCOMPARE(m_window->messageModel()->rowCount(conversation), 2);
    QVERIFY(!m_window->messageList()->isExpanded(conversation));
    QCOMPARE(subjectAt(0), QStringLiteral("Kayak trip plans"));
    QCOMPARE(m_window->messageModel()
                 ->index(0, MessageListModel::SubjectColumn)
                 .data(MessageListModel::ThreadSummaryRole)
                 .toString(),
             QStringLiteral("(3, 2 unread)"));

    // N goes into the collapsed conversation and opens it: the root is unread.
    m_window->selectMessage(m_ids[0]); // Old news, read, the last row
    m_window->messageList()->setFocus();
    m_window->selectMessage(m_ids[4]);
    QTest::keyClick(m_window->messageList(), Qt::Key_N);
    QCOMPARE(m_window->currentMessageId(), second); // Ann's reply is read already
    QVERIFY(m_window->messageList()->isExpanded(conversation));
    QCOMPARE(m_window->messageModel()
                 ->index(0, MessageListModel::SubjectColumn)
                 .data(MessageListModel::ThreadSummaryRole)
                 .toString(),
             QStringLiteral("(3)"));

    // Delete on a collapsed conversation deletes all of it.
    m_window->messageList()->collapse(conversation);
    m_window->selectMessage(m_ids[4]);
    QCOMPARE(m_window->selectedMessageIds(), QList<qint64>({m_ids[4], first, second}));
    QTest::keyClick(m_window->messageList(), Qt::Key_Delete);
    QCOMPARE(rowsShown(), 4);
    QCOMPARE(m_archive->message(first)->folderId, m_trash);
    QCOMPARE(m_archive->message(second)->folderId, m_trash);

    // A search counts messages, not conversations (the three in the Trash are one).
    m_window->searchField()->setText(QStringLiteral("kayak"));
    QTRY_COMPARE(m_window->messageModel()->mode(), MessageListModel::Mode::Search);
    QCOMPARE(rowsShown(), 2);
    auto *caption = m_window->findChild<QLabel *>(QStringLiteral("listCaption"));
    QVERIFY2(caption->text().contains(QLatin1String("4")), qPrintable(caption->text()));
    m_window->searchField()->clear();
    QTRY_COMPARE(m_window->messageModel()->mode(), MessageListModel::Mode::UnifiedInbox);

    // Saved for the next start.
    ui::MainWindow again;
    QVERIFY(again.action(QStringLiteral("threadedViewAction"))->isChecked());
    QVERIFY(again.messageModel()->isThreaded());
    threads->trigger();
    QVERIFY(!m_window->messageModel()->isThreaded());
    QCOMPARE(rowsShown(), 4);
    QVERIFY(!QSettings().value(QStringLiteral("MainWindow/threaded")).toBool());
}

void TestMainWindowFlows::newMailNotifiesAndUpdatesTheTray()
{
    QSystemTrayIcon *tray = m_window->trayIcon();
    QVERIFY(tray);
    QCOMPARE(tray->toolTip(), QStringLiteral("Satchel: 4 unread"));
    QSignalSpy notified(m_window.get(), &ui::MainWindow::newMailNotified);
    // Nothing new: no notification.
    m_window->newMailArrived(m_account, {});
    QCOMPARE(notified.size(), 0);

    const QDateTime t(QDate(2024, 6, 1), QTime(8, 0), Qt::UTC);
    const qint64 fees
        = testmail::insert(*m_archive, m_account, m_inbox,
                           testmail::plain(QStringLiteral("Harbour Office <office@example.com>"),
                                           QStringLiteral("Mooring fees"), QStringLiteral("b"), t));
    const qint64 ferry
        = testmail::insert(*m_archive, m_account, m_inbox,
                           testmail::plain(QStringLiteral("Ferry <ferry@example.com>"),
                                           QStringLiteral("<b>Ferry</b> times & tides"),
                                           QStringLiteral("b"), t.addSecs(60)));
    // Another account's mail, stored after and newer: not this fetch's.
    const qint64 other = *m_archive->createAccount(QStringLiteral("home"));
    testmail::insert(*m_archive, other, *m_archive->specialFolder(other, store::FolderRole::Inbox),
                     testmail::plain(QStringLiteral("Mum <mum@example.com>"),
                                     QStringLiteral("Sunday"), QStringLiteral("b"),
                                     t.addSecs(120)));
    m_window->newMailArrived(m_account, {ferry, fees});
    QCOMPARE(notified.size(), 1);
    // (The plural form comes from the English translation, not loaded here.)
    const QString title = notified.at(0).at(0).toString();
    QVERIFY2(title.startsWith(QLatin1String("2 new message"))
                 && title.endsWith(QLatin1String(" for traveller@example.org")),
             qPrintable(title));
    const QString text = notified.at(0).at(1).toString();
    QVERIFY2(text.contains(QLatin1String("Ferry")) && text.contains(QLatin1String("times")),
             qPrintable(text));
    // A stranger's subject is no markup in a notification.
    QVERIFY2(!text.contains(u'<') && !text.contains(u'&'), qPrintable(text));
    // The list, the counts, the title and the tray follow.
    QCOMPARE(rowsShown(), 8); // every Inbox: both accounts
    QCOMPARE(tray->toolTip(), QStringLiteral("Satchel: 7 unread"));
    QVERIFY(m_window->windowTitle().contains(QLatin1String("7")));
    QVERIFY(!tray->icon().isNull());
}

void TestMainWindowFlows::attachedMessageOpensInAWindow()
{
    const QByteArray inner
        = "From: Agent <agent@travel.example>\r\nTo: Reader <reader@example.org>\r\n"
          "Subject: Inner itinerary\r\nDate: Tue, 02 Apr 2024 09:00:00 +0000\r\n"
          "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
          "<p>Your ferry leaves at nine.</p><img src=\"http://127.0.0.1:9/track.png\">\r\n";
    const QByteArray outer
        = "From: Friend <friend@example.com>\r\nTo: Reader <reader@example.org>\r\n"
          "Subject: Fwd: itinerary\r\nDate: Wed, 03 Apr 2024 10:00:00 +0000\r\n"
          "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
          "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSee below.\r\n"
          "--b\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n"
        + inner + "--b--\r\n";
    const qint64 id = testmail::insert(*m_archive, m_account, m_inbox, outer);
    m_window->refresh();
    m_window->selectMessage(id);
    ui::MessageView *view = m_window->messageView();
    QCOMPARE(view->messageId(), id);
    QVERIFY(waitForBody());
    QCOMPARE(view->attachments().size(), 1);
    QVERIFY(view->attachments().at(0).isMessage);
    auto *list = view->findChild<QListWidget *>(QStringLiteral("attachmentList"));
    QVERIFY(list->item(0)->text().contains(QLatin1String("Inner itinerary")));

    // Open (the button, as a user would) shows it in a window of its own.
    auto *open = view->findChild<QPushButton *>(QStringLiteral("openAttachment"));
    QVERIFY(open);
    open->click();
    QWidget *window = view->findChild<QWidget *>(QStringLiteral("attachedMessageWindow"));
    QVERIFY(window && window->isWindow() && window->isVisible());
    QVERIFY(window->windowTitle().contains(QLatin1String("Inner itinerary")));
    auto *innerView = window->findChild<ui::MessageView *>();
    QVERIFY(innerView);
    QTRY_VERIFY_WITH_TIMEOUT(innerView->isLoaded(), 30000);
    QVERIFY(innerView->hasMessage());
    QVERIFY(window->windowTitle().contains(QLatin1String("Inner itinerary")));
    QCOMPARE(innerView->messageId(), 0);
    QCOMPARE(innerView->findChild<QLabel *>(QStringLiteral("headerSubject"))->text(),
             QStringLiteral("Inner itinerary"));
    QCOMPARE(innerView->findChild<QLabel *>(QStringLiteral("headerFrom"))->text(),
             QStringLiteral("Agent <agent@travel.example>"));
    QVERIFY(innerView->body()->toPlainText().contains(QLatin1String("ferry leaves at nine")));
    // The same privacy inside: its remote image is blocked, with the bar to allow it.
    QVERIFY(innerView->body()->remoteContentBlocked());
    QVERIFY(innerView->findChild<QWidget *>(QStringLiteral("remoteContentBar"))->isVisible());
    // Its source is its own bytes.
    innerView->showSource();
    auto *source = innerView->findChild<QPlainTextEdit *>(QStringLiteral("sourceText"));
    QVERIFY(source && source->toPlainText().startsWith(QLatin1String("From: Agent")));
    // A plain attachment is no message: no window.
    QVERIFY(!innerView->openAttachedMessage(0));
    QPointer<QWidget> guard(window);
    window->close();
    QTRY_VERIFY(!guard);
}

void TestMainWindowFlows::focusableWidgetsHaveAccessibleNames()
{
    // Every widget the keyboard can reach says what it is to a screen reader: its own
    // accessible name, or the text it shows.
    m_window->selectMessage(m_ids[1]);
    QStringList unnamed;
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || !w->isEnabled())
            continue;
        if (!w->accessibleName().isEmpty())
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w); button && !button->text().isEmpty())
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && !label->text().isEmpty())
            continue; // a label's accessible name is its text
        if (qobject_cast<QScrollBar *>(w) || w->inherits("QSplitterHandle"))
            continue;
        unnamed << QStringLiteral("%1 (%2)").arg(w->objectName(),
                                                 QString::fromLatin1(w->metaObject()->className()));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
}

void TestMainWindowFlows::searchShortcutsFocusTheField()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    for (const QKeyCombination key : {QKeyCombination(Qt::ControlModifier, Qt::Key_K),
                                      QKeyCombination(Qt::ControlModifier, Qt::Key_F)}) {
        m_window->messageList()->setFocus();
        QTRY_VERIFY(m_window->messageList()->hasFocus());
        QTest::keyClick(m_window->messageList(), key.key(), key.keyboardModifiers());
        QTRY_VERIFY(m_window->searchField()->hasFocus());
        // Escape leaves the field for the list again.
        QTest::keyClick(m_window->searchField(), Qt::Key_Escape);
        QTRY_VERIFY(m_window->messageList()->hasFocus());
    }
}

QTEST_MAIN(TestMainWindowFlows)
#include "tst_mainwindowflows.moc"

#include "MainWindow.h"
#include "MessageView.h"
#include "SafeBrowser.h"

#include <QAction>
#include <QMenuBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensWithTheReaderLayout();
    void quitClosesTheWindow();
};

void TestMainWindow::initTestCase()
{
    // Closing the window saves its layout: into a test location, not the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SatchelTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::opensWithTheReaderLayout()
{
    satchel::ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("Satchel"));

    auto *folders = window.findChild<QTreeView *>(QStringLiteral("folderTree"));
    auto *list = window.findChild<QTreeView *>(QStringLiteral("messageList"));
    auto *message = window.findChild<satchel::ui::MessageView *>(QStringLiteral("messageView"));
    QVERIFY(message);
    auto *view = window.findChild<QTextBrowser *>(QStringLiteral("messageBody"));
    QVERIFY(folders && list && view);
    QVERIFY(folders->isVisible() && list->isVisible() && view->isVisible());
    // Folders left of the list, the list above the message view.
    QVERIFY(folders->mapTo(&window, QPoint()).x() < list->mapTo(&window, QPoint()).x());
    QVERIFY(list->mapTo(&window, QPoint()).y() < view->mapTo(&window, QPoint()).y());
    QVERIFY(!folders->accessibleName().isEmpty());
    // The message view never follows links on its own (privacy).
    QVERIFY(!view->openLinks() && !view->openExternalLinks());
}

void TestMainWindow::quitClosesTheWindow()
{
    satchel::ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.quitAction());
    QCOMPARE(window.quitAction()->shortcut(), QKeySequence(QKeySequence::Quit));
    window.quitAction()->trigger();
    QVERIFY(!window.isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

namespace satchel::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Satchel"));
    setObjectName(QStringLiteral("mainWindow"));
    createActions();
    createCentralArea();
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_quitAction = fileMenu->addAction(tr("&Quit"));
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    m_aboutAction = helpMenu->addAction(tr("&About Satchel"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createCentralArea()
{
    m_folderTree = new QTreeWidget(this);
    m_folderTree->setObjectName(QStringLiteral("folderTree"));
    m_folderTree->setAccessibleName(tr("Folders"));
    m_folderTree->setHeaderHidden(true);
    m_folderTree->addTopLevelItem(new QTreeWidgetItem(QStringList {tr("All Inboxes")}));

    m_messageList = new QTreeView(this);
    m_messageList->setObjectName(QStringLiteral("messageList"));
    m_messageList->setAccessibleName(tr("Messages"));
    m_messageList->setRootIsDecorated(false);
    m_messageList->setUniformRowHeights(true);

    m_messageView = new QTextBrowser(this);
    m_messageView->setObjectName(QStringLiteral("messageView"));
    m_messageView->setAccessibleName(tr("Message"));
    // Nothing from the network, ever, unless the user asks per message (DESIGN.md, privacy).
    m_messageView->setOpenExternalLinks(false);
    m_messageView->setOpenLinks(false);
    m_messageView->setPlaceholderText(tr("No account yet. Add one to start reading offline."));

    m_readerSplitter = new QSplitter(Qt::Vertical, this);
    m_readerSplitter->addWidget(m_messageList);
    m_readerSplitter->addWidget(m_messageView);
    m_readerSplitter->setStretchFactor(1, 2);

    m_outerSplitter = new QSplitter(Qt::Horizontal, this);
    m_outerSplitter->addWidget(m_folderTree);
    m_outerSplitter->addWidget(m_readerSplitter);
    m_outerSplitter->setStretchFactor(1, 3);
    m_outerSplitter->setSizes({240, 860});
    setCentralWidget(m_outerSplitter);

    m_statusLabel = new QLabel(tr("Offline"), this);
    m_statusLabel->setObjectName(QStringLiteral("connectionStatus"));
    statusBar()->addPermanentWidget(m_statusLabel);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Satchel"),
                       tr("<p><b>Satchel %1</b></p><p>An offline mail reader that never loses a "
                          "message.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace satchel::ui

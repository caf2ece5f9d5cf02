#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;
class QTextBrowser;
class QTreeView;
class QTreeWidget;

namespace satchel::ui {

// The reader's window: folders on the left, the message list above the message view on the right,
// as in every desktop mail client people already know.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] QAction *quitAction() const { return m_quitAction; }

private:
    void createActions();
    void createCentralArea();
    void showAbout();

    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QSplitter *m_outerSplitter = nullptr;
    QSplitter *m_readerSplitter = nullptr;
    QTreeWidget *m_folderTree = nullptr;
    QTreeView *m_messageList = nullptr;
    QTextBrowser *m_messageView = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace satchel::ui

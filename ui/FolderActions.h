#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace satchel::ui {

class MainWindow;

// Folder management from the Folder menu and the folder tree: new, rename and delete, each with
// its question (a name, or a yes), and the same without the question for MainWindow's API and the
// tests. A part of MainWindow, which owns it; its words are the window's (MainWindow::tr), so they
// keep their translations.
class FolderActions : public QObject
{
    Q_OBJECT

public:
    explicit FolderActions(MainWindow *window);

    bool createFolder(const QString &name, qint64 accountId, std::optional<qint64> parentId);
    bool renameFolder(qint64 folderId, const QString &name);
    bool deleteFolder(qint64 folderId);
    void newFolderAsk();
    void renameFolderAsk();
    void deleteFolderAsk();

private:
    MainWindow *m_window;
};

} // namespace satchel::ui

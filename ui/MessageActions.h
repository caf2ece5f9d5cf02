#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QMenu;
class QTreeView;

namespace satchel::model {
class FolderModel;
class MessageListModel;
} // namespace satchel::model

namespace satchel::ui {

class MainWindow;
class MessageView;

// What acts on the messages selected in the window's list: mark read or unread, flag, delete
// (to the Trash, or for good), empty the Trash, move (Message > Move To and a drop on a folder),
// and export the selection or the folder shown. After messages leave the list it selects the one
// that slid into their place. A part of MainWindow, which owns it and runs its actions; its words
// are the window's (MainWindow::tr), so they keep their translations.
class MessageActions : public QObject
{
    Q_OBJECT

public:
    explicit MessageActions(MainWindow *window);

    void markSelected(bool read);
    void toggleFlagSelected();
    void deleteSelected();
    void deleteSelectedPermanently();
    bool emptyTrash();
    // Fills Message > Move To with the folders of the current message's account.
    void fillMoveMenu(QMenu *menu);
    bool moveSelectedTo(qint64 folderId);
    void moveRequestedByDrop(const QList<qint64> &ids, qint64 folderId);
    bool exportMessages(const QList<qint64> &ids, const QString &path, bool mbox);
    void exportAsk(bool selection, bool mbox);

private:
    void deleteAndSelectNext(const QList<qint64> &ids, bool permanently);
    bool moveTo(const QList<qint64> &ids, qint64 folderId);
    void afterRowsRemoved(qint64 nextId);
    [[nodiscard]] qint64 neighbourOutside(const QList<qint64> &leaving) const;

    MainWindow *m_window;
    model::MessageListModel *m_messageModel;
    model::FolderModel *m_folderModel;
    QTreeView *m_messageList;
    QTreeView *m_folderTree;
    MessageView *m_messageView;
};

} // namespace satchel::ui

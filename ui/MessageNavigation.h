#pragma once

#include <QModelIndex>
#include <QObject>

class QTreeView;

namespace satchel::model {
class MessageListModel;
}

namespace satchel::ui {

class MainWindow;
class MessageView;

// Moving through the window's list while reading: the next message (F), the next unread one
// (N, which looks inside collapsed conversations too), the previous one (B), and Space, which
// pages down the message on screen and then goes on to the next. A part of MainWindow, which owns
// it and gives it the keys.
class MessageNavigation : public QObject
{
    Q_OBJECT

public:
    explicit MessageNavigation(MainWindow *window);

    void pageOrNext();
    void selectNext(bool unreadOnly);
    void selectPrevious();

private:
    [[nodiscard]] QModelIndex messageAfter(const QModelIndex &from, bool intoCollapsed) const;

    MainWindow *m_window;
    model::MessageListModel *m_messageModel;
    QTreeView *m_messageList;
    MessageView *m_messageView;
};

} // namespace satchel::ui

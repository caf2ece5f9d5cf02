#include "MessageNavigation.h"

#include "MainWindow.h"
#include "MessageView.h"
#include "model/MessageListModel.h"

#include <QTreeView>

namespace satchel::ui {

using model::MessageListModel;

MessageNavigation::MessageNavigation(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_messageModel(window->messageModel())
    , m_messageList(window->messageList())
    , m_messageView(window->messageView())
{ }

void MessageNavigation::pageOrNext()
{
    if (m_messageView->messageId() == 0 || !m_messageView->pageDown())
        selectNext(false);
}

// The message after `from` in reading order: into a conversation (collapsed or not) before
// the row below it, reading more pages at the end of those read.
QModelIndex MessageNavigation::messageAfter(const QModelIndex &from, bool intoCollapsed) const
{
    const QModelIndex current = from.siblingAtColumn(0);
    if (current.isValid() && m_messageModel->hasChildren(current)
        && (intoCollapsed || m_messageList->isExpanded(current)))
        return m_messageModel->index(0, 0, current);
    const QModelIndex top = current.parent().isValid() ? current.parent() : current;
    if (current.parent().isValid() && current.row() + 1 < m_messageModel->rowCount(top))
        return m_messageModel->index(current.row() + 1, 0, top);
    const int row = top.isValid() ? top.row() + 1 : 0;
    while (row >= m_messageModel->rowCount() && m_messageModel->canFetchMore({}))
        m_messageModel->fetchMore({});
    return m_messageModel->index(row, 0);
}

void MessageNavigation::selectNext(bool unreadOnly)
{
    // N looks inside collapsed conversations too (and opens the one it stops in); F and Space
    // go through the rows as shown.
    QModelIndex index = m_messageList->currentIndex();
    for (;;) {
        index = messageAfter(index, unreadOnly);
        if (!index.isValid())
            return;
        if (!unreadOnly || index.data(MessageListModel::UnreadRole).toBool()) {
            m_window->selectMessage(index.data(MessageListModel::IdRole).toLongLong());
            return;
        }
    }
}

void MessageNavigation::selectPrevious()
{
    const QModelIndex above = m_messageList->indexAbove(m_messageList->currentIndex());
    if (above.isValid())
        m_window->selectMessage(above.data(MessageListModel::IdRole).toLongLong());
}

} // namespace satchel::ui

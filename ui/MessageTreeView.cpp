#include "MessageTreeView.h"

#include "MainWindow.h"
#include "model/MessageListModel.h"

#include <QDrag>
#include <QMimeData>

namespace satchel::ui {

MessageTreeView::MessageTreeView(MainWindow *window)
    : QTreeView(window)
    , m_window(window)
{ }

void MessageTreeView::startDrag(Qt::DropActions supportedActions)
{
    QMimeData *dragged = model::MessageListModel::mimeDataFor(m_window->selectedMessageIds());
    if (!dragged)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(dragged);
    // The folder that takes the drop asks the window to move them
    // (MessageActions::moveRequestedByDrop()): nothing is removed here.
    drag->exec(supportedActions & Qt::MoveAction, Qt::MoveAction);
}

} // namespace satchel::ui

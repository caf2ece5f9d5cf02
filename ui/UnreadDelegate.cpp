#include "UnreadDelegate.h"

#include "Paperclip.h"

#include <QApplication>
#include <QStyle>
#include <QTreeView>

namespace satchel::ui {

UnreadDelegate::UnreadDelegate(int unreadRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_unreadRole(unreadRole)
{ }

void UnreadDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant unread = index.data(m_unreadRole);
    if (unread.toBool() || unread.toInt() > 0) {
        option->font.setBold(true);
        return;
    }
    if (m_threadUnreadRole < 0 || index.parent().isValid())
        return;
    const QModelIndex head = index.siblingAtColumn(0);
    const auto *tree = qobject_cast<const QTreeView *>(option->widget);
    if (tree && index.model()->hasChildren(head) && !tree->isExpanded(head)
        && index.data(m_threadUnreadRole).toInt() > 0)
        option->font.setBold(true);
}

void UnreadDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    if (index.column() != m_clipColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (index.data(m_clipRole).toBool()) {
        const bool selected = opt.state.testFlag(QStyle::State_Selected);
        paintPaperclip(painter, opt.rect,
                       opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    }
}

} // namespace satchel::ui

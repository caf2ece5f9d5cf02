#include "UnreadDelegate.h"

#include "Paperclip.h"

#include <QApplication>
#include <QStyle>

namespace satchel::ui {

UnreadDelegate::UnreadDelegate(int unreadRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_unreadRole(unreadRole)
{ }

void UnreadDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant unread = index.data(m_unreadRole);
    if (unread.toBool() || unread.toInt() > 0)
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

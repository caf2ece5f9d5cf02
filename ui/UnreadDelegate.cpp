#include "UnreadDelegate.h"

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

} // namespace satchel::ui

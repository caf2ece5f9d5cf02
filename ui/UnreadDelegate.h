#pragma once

#include <QStyledItemDelegate>

namespace satchel::ui {

// Bold text for unread things: a message whose role `unreadRole` is true, or a folder whose
// unread count (the same role, as a number) is above zero. The models live in core, without
// QtGui, so they cannot hand out a font themselves.
class UnreadDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    UnreadDelegate(int unreadRole, QObject *parent);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_unreadRole;
};

} // namespace satchel::ui

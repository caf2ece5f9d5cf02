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
    // In this column, a true `role` is shown as a drawn paperclip instead of the model's text.
    void setPaperclipColumn(int column, int role)
    {
        m_clipColumn = column;
        m_clipRole = role;
    }
    // A collapsed conversation is bold too while `role` (a count) is above zero.
    void setThreadUnreadRole(int role) { m_threadUnreadRole = role; }
    // In this column, the text of `role` (a conversation's "(4, 2 unread)") follows the
    // model's text in a lighter weight and is never elided: the subject gives way to it.
    void setSummary(int column, int role)
    {
        m_summaryColumn = column;
        m_summaryRole = role;
    }
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void paintWithSummary(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index, const QString &summary) const;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_unreadRole;
    int m_clipColumn = -1;
    int m_clipRole = -1;
    int m_threadUnreadRole = -1;
    int m_summaryColumn = -1;
    int m_summaryRole = -1;
};

} // namespace satchel::ui

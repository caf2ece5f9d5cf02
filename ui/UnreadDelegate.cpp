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
    if (index.column() == m_summaryColumn && m_summaryColumn >= 0) {
        const QString summary = index.data(m_summaryRole).toString();
        if (!summary.isEmpty()) {
            paintWithSummary(painter, option, index, summary);
            return;
        }
    }
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

void UnreadDelegate::paintWithSummary(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index, const QString &summary) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                           .adjusted(2, 0, -2, 0); // the style's own text margin
    QFont summaryFont = opt.font;
    summaryFont.setBold(false);
    const QFontMetrics textMetrics(opt.font);
    const QFontMetrics summaryMetrics(summaryFont);
    const int gap = textMetrics.horizontalAdvance(u' ');
    const int summaryWidth = summaryMetrics.horizontalAdvance(summary);
    const int textWidth
        = qMax(0, qMin(textMetrics.horizontalAdvance(text), area.width() - summaryWidth - gap));
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = opt.state.testFlag(QStyle::State_Enabled)
        ? (opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive)
        : QPalette::Disabled;
    painter->save();
    painter->setClipRect(area);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    const QRect textRect(area.left(), area.top(), textWidth, area.height());
    painter->drawText(textRect, int(Qt::AlignLeft | Qt::AlignVCenter),
                      textMetrics.elidedText(text, Qt::ElideRight, textWidth));
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->setFont(summaryFont);
    painter->drawText(QRect(textRect.right() + 1 + gap, area.top(), summaryWidth, area.height()),
                      int(Qt::AlignLeft | Qt::AlignVCenter), summary);
    painter->restore();
}

} // namespace satchel::ui

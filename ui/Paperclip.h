#pragma once

#include <QColor>
#include <QPainter>
#include <QPainterPath>
#include <QRectF>

namespace satchel::ui {

// A paperclip drawn with lines, centred in `cell`: the attachment mark of the message list. Drawn
// rather than taken from a font or an icon theme, since neither is sure to have one.
inline void paintPaperclip(QPainter *painter, const QRectF &cell, const QColor &colour)
{
    const qreal h = qMin(cell.height(), cell.width()) * 0.7;
    const qreal w = h * 0.42;
    const QRectF outer(cell.center().x() - w / 2, cell.center().y() - h / 2, w, h);
    QPainterPath path;
    path.addRoundedRect(outer, w / 2, w / 2);
    path.moveTo(outer.center().x(), outer.top() + h * 0.28);
    path.lineTo(outer.center().x(), outer.bottom() - h * 0.18);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colour, qMax<qreal>(1.2, h / 12), Qt::SolidLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    painter->restore();
}

} // namespace satchel::ui

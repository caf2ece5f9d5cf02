#pragma once

#include <QLabel>
#include <QString>

namespace satchel::ui {

// The wizard pages' text: plain (a server's or provider's words are never rich text), wrapped,
// and selectable so that people can copy an error or an address.
inline QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace satchel::ui

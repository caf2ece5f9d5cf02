#pragma once

#include <QTreeView>

namespace satchel::ui {

class MainWindow;

// The window's message list. It drags what the window's actions act on: a collapsed
// conversation selected is all of its messages (MainWindow::selectedMessageIds()), not only its
// first.
class MessageTreeView : public QTreeView
{
public:
    explicit MessageTreeView(MainWindow *window);

protected:
    void startDrag(Qt::DropActions supportedActions) override;

private:
    MainWindow *m_window;
};

} // namespace satchel::ui

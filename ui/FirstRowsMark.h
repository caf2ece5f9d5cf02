#pragma once

#include <QObject>

class QAbstractItemModel;
class QWidget;

namespace satchel::ui {

// For tests/bench/bench_ui's cold start: once the message list has painted rows, prints
// "SATCHEL_BENCH_MARK first-rows-painted <ms since the epoch>" on stdout; with the variable set
// to "quit", then leaves. MainWindow makes one when SATCHEL_BENCH_MARK is set; it deletes itself.
class FirstRowsMark : public QObject
{
public:
    FirstRowsMark(QWidget *viewport, const QAbstractItemModel *model);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const QAbstractItemModel *m_model;
};

} // namespace satchel::ui

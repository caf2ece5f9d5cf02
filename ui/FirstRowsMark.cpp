#include "FirstRowsMark.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace satchel::ui {

FirstRowsMark::FirstRowsMark(QWidget *viewport, const QAbstractItemModel *model)
    : QObject(viewport)
    , m_model(model)
{
    viewport->installEventFilter(this);
}

bool FirstRowsMark::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || m_model->rowCount() == 0)
        return false;
    watched->removeEventFilter(this);
    // Queued: printed after this paint has been done.
    QTimer::singleShot(0, this, [this] {
        std::printf("SATCHEL_BENCH_MARK first-rows-painted %lld\n",
                    qlonglong(QDateTime::currentMSecsSinceEpoch()));
        std::fflush(stdout);
        if (qgetenv("SATCHEL_BENCH_MARK") == "quit")
            QCoreApplication::exit(0);
        deleteLater();
    });
    return false;
}

} // namespace satchel::ui

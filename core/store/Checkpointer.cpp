#include "store/Checkpointer.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <chrono>

namespace satchel::store {

BackgroundCheckpointer::BackgroundCheckpointer(QString path)
    : m_path(std::move(path))
{ }

BackgroundCheckpointer::~BackgroundCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread)
        m_thread->wait();
}

void BackgroundCheckpointer::request()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stop)
            return;
        m_requested = true;
        if (!m_thread) {
            m_thread.reset(QThread::create([this] { run(); }));
            m_thread->setObjectName(QStringLiteral("satchel-checkpoint"));
            m_thread->start();
        }
    }
    m_wake.notify_all();
}

void BackgroundCheckpointer::waitIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return !m_requested && !m_running; });
}

int BackgroundCheckpointer::completed() const
{
    std::lock_guard lock(m_mutex);
    return m_completed;
}

void BackgroundCheckpointer::run()
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("satchel-checkpoint-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        const bool opened = db.open();
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_requested || m_stop; });
            if (m_stop)
                break;
            m_requested = false;
            m_running = true;
            lock.unlock();
            // A failure (a reader's lock, a busy writer's own checkpoint, a full disk) only
            // leaves frames for the next checkpoint; the log itself stays whole.
            if (opened) {
                QSqlQuery q(db);
                (void)q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
            }
            lock.lock();
            m_running = false;
            ++m_completed;
            if (!m_requested)
                m_idle.notify_all();
            // Requests that come meanwhile are gathered into the next checkpoint.
            m_wake.wait_for(lock, std::chrono::milliseconds(MinIntervalMs),
                            [this] { return m_stop; });
        }
        m_running = false;
        m_requested = false;
        m_idle.notify_all();
        lock.unlock();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace satchel::store

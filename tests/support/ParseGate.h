#pragma once

#include "model/MessageLoader.h"

#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QSemaphore>
#include <QThread>

namespace satchel::test {

// Watches a model::MessageLoader's parses from inside its thread (its parse observer): records
// the id each parse is for and the thread it runs on, and while hold() is on, keeps the loader's
// thread waiting just before the parse until release(). So a test can see where parsing
// happens, and make requests arrive while one is being parsed, without guessing at timing.
class ParseGate
{
public:
    explicit ParseGate(model::MessageLoader &loader)
    {
        loader.setParseObserver([this](qint64 id, quint64) {
            bool hold = false;
            {
                QMutexLocker lock(&m_mutex);
                m_ids.append(id);
                m_threads.append(QThread::currentThread());
                hold = m_holding;
            }
            if (hold) {
                m_entered.release();
                m_release.acquire();
            }
        });
    }
    void hold()
    {
        QMutexLocker lock(&m_mutex);
        m_holding = true;
    }
    // True once a parse is being held.
    [[nodiscard]] bool waitEntered() { return m_entered.tryAcquire(1, 30000); }
    void release()
    {
        {
            QMutexLocker lock(&m_mutex);
            m_holding = false;
        }
        m_release.release();
    }
    [[nodiscard]] QList<qint64> ids() const
    {
        QMutexLocker lock(&m_mutex);
        return m_ids;
    }
    [[nodiscard]] QList<QThread *> threads() const
    {
        QMutexLocker lock(&m_mutex);
        return m_threads;
    }

private:
    mutable QMutex m_mutex;
    QList<qint64> m_ids;
    QList<QThread *> m_threads;
    bool m_holding = false;
    QSemaphore m_entered;
    QSemaphore m_release;
};

} // namespace satchel::test

#include "sync/ParsePool.h"

#include "mime/MessageParser.h"
#include "store/Archive.h"
#include "util/Platform.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QWaitCondition>

#include <algorithm>

namespace satchel::sync {

namespace {

void lowerWorkerPriority()
{
    // Once per worker thread (util/Platform.h says how, per system).
    static thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        util::lowerCurrentThreadPriority();
    }
}

} // namespace

struct ParsePool::Slot
{
    Item item; // the worker's until done, then the owner's
    bool done = false; // under Shared::mutex
};

struct ParsePool::Shared
{
    QMutex mutex;
    QWaitCondition finished;
    ParsePool *owner = nullptr; // null once the pool is being destroyed
    bool posted = false; // a parsed() is on its way to the owner
};

ParsePool::ParsePool(int threads, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->owner = this;
    // The owner's thread, which stores what the workers parsed, is the pipeline's narrowest
    // point (one SQLite writer): a worker per core would take turns with it on every core. So
    // one core is left to it, and on Linux the workers run a little nicer than it (below), so
    // that when the machine is busy the store goes first; they still run whenever it waits.
    // On two cores the niceness is what counted (a fetch of the volume corpus went from about
    // 11 to 9 s, bench_fetch); one nice worker and two measured alike, within the noise.
    m_threads.setMaxThreadCount(threads > 0 ? threads
                                            : std::max(1, QThread::idealThreadCount() - 1));
    m_threads.setObjectName(QStringLiteral("satchel-parse"));
}

ParsePool::~ParsePool()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->owner = nullptr; // a posted parsed() goes with this object
    }
    m_threads.clear();
    m_threads.waitForDone();
}

void ParsePool::submit(Item item)
{
    auto slot = std::make_shared<Slot>();
    m_bytes += item.raw.size();
    slot->item = std::move(item);
    m_queue.push_back(slot);
    m_threads.start([slot, shared = m_shared] {
        lowerWorkerPriority();
        Item &it = slot->item;
        it.parsed = mime::parseMessage(it.raw, it.arrival);
        it.derived = store::deriveColumns(*it.parsed);
        it.rawHash = store::Archive::rawHash(it.raw);
        it.encodedRaw = store::encodeRaw(it.raw);
        QMutexLocker lock(&shared->mutex);
        slot->done = true;
        shared->finished.wakeAll();
        if (shared->owner && !shared->posted) {
            shared->posted = true;
            QMetaObject::invokeMethod(
                shared->owner,
                [pool = shared->owner] {
                    {
                        QMutexLocker again(&pool->m_shared->mutex);
                        pool->m_shared->posted = false;
                    }
                    Q_EMIT pool->parsed();
                },
                Qt::QueuedConnection);
        }
    });
}

bool ParsePool::headReady() const
{
    if (m_queue.empty())
        return false;
    QMutexLocker lock(&m_shared->mutex);
    return m_queue.front()->done;
}

ParsePool::Item ParsePool::takeHead()
{
    Q_ASSERT(!m_queue.empty());
    std::shared_ptr<Slot> slot = m_queue.front();
    {
        QMutexLocker lock(&m_shared->mutex);
        while (!slot->done)
            m_shared->finished.wait(&m_shared->mutex);
    }
    m_queue.pop_front();
    m_bytes -= slot->item.raw.size();
    return std::move(slot->item);
}

void ParsePool::clear()
{
    m_threads.clear(); // not started: never will be
    m_queue.clear(); // running ones keep their slot alive until they end
    m_bytes = 0;
}

} // namespace satchel::sync

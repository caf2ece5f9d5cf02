#pragma once

#include <QString>

#include <memory>

#include <condition_variable>
#include <mutex>

class QThread;

namespace satchel::store {

// Copies an archive's write-ahead log into the database on a thread and a connection of its own,
// so that a writer's COMMIT need not stop for it. SQLite's automatic checkpoint runs inside the
// COMMIT that crosses its threshold and waits for two fsyncs; during a fetch that COMMIT runs on
// the thread that also reads the POP3 session, and the whole pipeline stood still for it.
// PASSIVE checkpoints: they never wait for, nor block, readers or the writer; frames they cannot
// copy yet are copied by the next one, or by the writer's own (rarer) automatic checkpoint.
class BackgroundCheckpointer
{
public:
    explicit BackgroundCheckpointer(QString path);
    // Waits for a checkpoint that is running, then ends the thread and closes its connection.
    ~BackgroundCheckpointer();
    BackgroundCheckpointer(const BackgroundCheckpointer &) = delete;
    BackgroundCheckpointer &operator=(const BackgroundCheckpointer &) = delete;

    // After a commit: a checkpoint soon, at most one every MinIntervalMs. Returns at once; the
    // thread starts on the first request.
    void request();
    // Returns once no checkpoint is running or asked for (before a checkpoint of the writer's
    // own, which would otherwise find the checkpoint lock taken).
    void waitIdle();
    // Checkpoints that have run, whether or not they could copy everything (for tests).
    [[nodiscard]] int completed() const;

    static constexpr int MinIntervalMs = 200;

private:
    void run();

    const QString m_path;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    bool m_requested = false;
    bool m_running = false;
    bool m_stop = false;
    int m_completed = 0;
    std::unique_ptr<QThread> m_thread; // "satchel-checkpoint", made on the first request
};

} // namespace satchel::store

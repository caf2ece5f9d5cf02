#pragma once

#include "pop3/SessionSettings.h"
#include "sync/FetchJob.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace satchel::pop3 {
class Transport;
}

namespace satchel::sync {

class FetchWorker;

// What one account's fetch needs: where the archive is (the runner opens its own connection on
// its own thread), the session settings with the secret filled in, and the fetch settings.
struct FetchRequest
{
    QString archivePath;
    pop3::SessionSettings session;
    FetchSettings fetch;
    // Not 0: instead of a fetch, "download the rest" of this partial message (FetchRestJob, which
    // parses and stores it on the worker thread too); `fetch` then only gives the account.
    qint64 restMessageId = 0;
    // Tests replace the transport (a fault-injecting one). Called on the fetch thread; the
    // transport is then moved to the network thread. Empty: SslSocketTransport with the
    // session's trust settings.
    std::function<std::unique_ptr<pop3::Transport>()> makeTransport;
};

// One account's fetch (or one message's rest) off the calling (UI) thread: the FetchJob (or
// FetchRestJob), the POP3 session and the
// account's own Archive connection run on a worker thread, the socket and TLS on a second one
// (ThreadedTransport), so network and TLS overlap with parsing and storing. Progress and the
// result come back as queued signals on the runner's thread. Several runners run in parallel,
// one per account; SQLite's WAL and busy timeout let their connections take turns at writing.
class FetchRunner : public QObject
{
    Q_OBJECT

public:
    explicit FetchRunner(FetchRequest request, QObject *parent = nullptr);
    // Cancels a running fetch and waits for its threads: what was committed stays.
    ~FetchRunner() override;

    void start();
    // finished() follows, with Outcome::Cancelled unless the fetch was already ending.
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const FetchResult &result() const { return m_result; }

Q_SIGNALS:
    // At most every 100 ms, and at the end of each message.
    void progress(const satchel::sync::FetchProgress &progress);
    void finished(const satchel::sync::FetchResult &result);

private:
    void onWorkerDone(const satchel::sync::FetchResult &result);
    void stopThreads();

    FetchRequest m_request;
    QThread *m_workerThread = nullptr;
    QThread *m_networkThread = nullptr;
    FetchWorker *m_worker = nullptr;
    FetchResult m_result;
    bool m_running = false;
    bool m_finished = false;
};

} // namespace satchel::sync

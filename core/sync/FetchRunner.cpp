#include "sync/FetchRunner.h"

#include "pop3/Session.h"
#include "pop3/SslSocketTransport.h"
#include "store/Archive.h"
#include "sync/FetchRestJob.h"
#include "sync/ThreadedTransport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace satchel::sync {

// Lives on the worker thread from start to end: everything it creates belongs to that thread.
class FetchWorker : public QObject
{
    Q_OBJECT

public:
    FetchWorker(FetchRequest request, QThread *networkThread)
        : m_request(std::move(request))
        , m_networkThread(networkThread)
    { }

    void run()
    {
        if (m_cancelled) {
            FetchResult r;
            r.outcome = FetchResult::Outcome::Cancelled;
            r.message = tr("Cancelled.");
            done(r);
            return;
        }
        Result<std::unique_ptr<store::Archive>> archive
            = store::Archive::open(m_request.archivePath);
        if (!archive) {
            FetchResult r;
            r.outcome = FetchResult::Outcome::Failed;
            r.message = archive.error().message;
            done(r);
            return;
        }
        m_archive = std::move(*archive);
        m_session = std::make_unique<pop3::Session>(m_request.session, makeTransport());
        // A login that falls back may need a second connection (Session::setTransportFactory).
        m_session->setTransportFactory([this] { return makeTransport(); });
        const auto finished = [this](const FetchResult &result) {
            // Not from inside the job's own signal: it is deleted in done().
            QMetaObject::invokeMethod(
                this, [this, result] { done(result); }, Qt::QueuedConnection);
        };
        m_clock.start();
        if (m_request.restMessageId != 0) {
            m_rest = std::make_unique<FetchRestJob>(m_session.get(), m_archive.get(),
                                                    m_request.restMessageId);
            connect(m_rest.get(), &FetchRestJob::finished, this, finished);
            m_rest->start();
            return;
        }
        m_job = std::make_unique<FetchJob>(m_session.get(), m_archive.get(), m_request.fetch);
        connect(m_job.get(), &FetchJob::progress, this, &FetchWorker::onProgress);
        connect(m_job.get(), &FetchJob::finished, this, finished);
        m_job->start();
    }

    void cancel()
    {
        m_cancelled = true;
        if (m_job && !m_job->isFinished())
            m_job->cancel();
        if (m_rest && !m_rest->isFinished())
            m_rest->cancel();
    }

Q_SIGNALS:
    void progress(const satchel::sync::FetchProgress &progress);
    void finished(const satchel::sync::FetchResult &result);

private:
    [[nodiscard]] std::unique_ptr<pop3::Transport> makeTransport() const
    {
        std::unique_ptr<pop3::Transport> inner = m_request.makeTransport
            ? m_request.makeTransport()
            : std::make_unique<pop3::SslSocketTransport>(
                m_request.session.caCertificates, m_request.session.acceptedCertificateSha256);
        return std::make_unique<ThreadedTransport>(std::move(inner), m_networkThread);
    }

    void onProgress(const FetchProgress &p)
    {
        // The job reports every chunk; the UI needs a few updates a second.
        const bool messageDone = p.messagesDone != m_lastMessagesDone;
        if (!messageDone && m_clock.isValid() && m_clock.elapsed() < 100)
            return;
        m_lastMessagesDone = p.messagesDone;
        m_clock.restart();
        Q_EMIT progress(p);
    }

    void done(FetchResult result)
    {
        // For both jobs in one place: what the account should remember (MailService).
        if (m_session && m_session->isLoggedIn())
            result.loginUsed = m_session->authenticationUsed();
        m_job.reset();
        m_rest.reset();
        m_session.reset(); // deletes the ThreadedTransport, which lets its network side go
        m_archive.reset();
        Q_EMIT finished(result);
        // Both threads end now; the runner waits for them.
        m_networkThread->quit();
        QThread::currentThread()->quit();
    }

    FetchRequest m_request;
    QThread *m_networkThread;
    std::unique_ptr<store::Archive> m_archive;
    std::unique_ptr<pop3::Session> m_session;
    std::unique_ptr<FetchJob> m_job;
    std::unique_ptr<FetchRestJob> m_rest;
    QElapsedTimer m_clock;
    int m_lastMessagesDone = -1;
    bool m_cancelled = false;
};

FetchRunner::FetchRunner(FetchRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{
    qRegisterMetaType<FetchProgress>();
    qRegisterMetaType<FetchResult>();
}

FetchRunner::~FetchRunner()
{
    if (m_running) {
        cancel();
        // The worker quits both threads once the job has finished.
        m_workerThread->wait();
        m_networkThread->wait();
    }
    stopThreads();
}

void FetchRunner::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    m_networkThread = new QThread(this);
    m_networkThread->setObjectName(QStringLiteral("satchel-fetch-net"));
    m_workerThread = new QThread(this);
    m_workerThread->setObjectName(QStringLiteral("satchel-fetch"));
    m_worker = new FetchWorker(m_request, m_networkThread);
    m_worker->moveToThread(m_workerThread);
    connect(m_worker, &FetchWorker::progress, this, &FetchRunner::progress);
    connect(m_worker, &FetchWorker::finished, this, &FetchRunner::onWorkerDone);
    m_networkThread->start();
    m_workerThread->start();
    QMetaObject::invokeMethod(m_worker, &FetchWorker::run, Qt::QueuedConnection);
}

void FetchRunner::cancel()
{
    if (!m_running)
        return;
    QMetaObject::invokeMethod(m_worker, &FetchWorker::cancel, Qt::QueuedConnection);
}

void FetchRunner::onWorkerDone(const FetchResult &result)
{
    if (!m_running)
        return;
    m_workerThread->wait();
    m_networkThread->wait();
    stopThreads();
    m_running = false;
    m_finished = true;
    m_result = result;
    Q_EMIT finished(m_result);
}

void FetchRunner::stopThreads()
{
    // Both threads have ended (a QThread that finishes runs the deleteLater() calls posted to
    // it, so the network side is gone too); the worker is deleted here, where nothing else
    // touches it any more.
    delete m_worker;
    m_worker = nullptr;
    delete m_workerThread;
    m_workerThread = nullptr;
    delete m_networkThread;
    m_networkThread = nullptr;
}

} // namespace satchel::sync

#include "FetchRunner.moc"

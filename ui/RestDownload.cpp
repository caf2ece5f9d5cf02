#include "RestDownload.h"

#include "pop3/Session.h"
#include "sync/FetchRestJob.h"

namespace satchel::ui {

RestDownload::RestDownload(store::Archive *archive, pop3::SessionSettings session, qint64 messageId,
                           QObject *parent)
    : QObject(parent)
    , m_archive(archive)
    , m_messageId(messageId)
    , m_session(std::make_unique<pop3::Session>(std::move(session)))
{
    qRegisterMetaType<sync::FetchResult>();
}

RestDownload::~RestDownload()
{
    if (m_job && !m_job->isFinished())
        m_job->cancel();
    m_job.reset();
    m_session.reset();
}

void RestDownload::start()
{
    if (m_job)
        return;
    m_job = std::make_unique<sync::FetchRestJob>(m_session.get(), m_archive, m_messageId);
    connect(m_job.get(), &sync::FetchRestJob::finished, this,
            [this](const sync::FetchResult &result) {
                const bool gone = m_job->messageGone();
                // Not from inside the job's signal: whoever listens may delete this object.
                QMetaObject::invokeMethod(
                    this, [this, result, gone] { Q_EMIT finished(result, gone); },
                    Qt::QueuedConnection);
            });
    m_job->start();
}

void RestDownload::cancel()
{
    if (m_job && !m_job->isFinished())
        m_job->cancel();
}

} // namespace satchel::ui

#include "sync/FetchRestJob.h"

#include "store/Archive.h"

namespace satchel::sync {

FetchRestJob::FetchRestJob(pop3::Session *session, store::Archive *archive, qint64 messageId,
                           QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_archive(archive)
    , m_messageId(messageId)
{ }

FetchRestJob::~FetchRestJob() = default;

void FetchRestJob::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    if (!m_session || !m_archive) {
        fail(tr("Nothing to fetch with: no session or no archive."));
        return;
    }
    Result<store::MessageRow> row = m_archive->message(m_messageId);
    if (!row) {
        fail(row.error().message);
        return;
    }
    if (!row->partial) {
        fail(tr("This message is complete already; there is nothing more to download."));
        return;
    }
    if (row->uidl.isEmpty()) {
        fail(tr("Satchel does not know which message on the server this one is (it has no "
                "UIDL), so the rest of it cannot be downloaded."));
        return;
    }
    m_uidl = row->uidl;

    using pop3::Session;
    connect(m_session, &Session::uidlReceived, this, &FetchRestJob::onUidl);
    connect(m_session, &Session::messageRetrieved, this, &FetchRestJob::onRetrieved);
    connect(m_session, &Session::commandFailed, this, &FetchRestJob::onCommandFailed);
    connect(m_session, &Session::quitDone, this, &FetchRestJob::finish);
    connect(m_session, &Session::failed, this, &FetchRestJob::onFailed);
    connect(m_session, &QObject::destroyed, this, [this] {
        if (m_finished)
            return;
        if (m_result.outcome == FetchResult::Outcome::Success && m_result.newMessages() == 0) {
            m_result.outcome = FetchResult::Outcome::Failed;
            m_result.message = tr("The connection was closed before the download ended.");
        }
        finish();
    });
    m_session->uidl();
    m_session->open();
}

void FetchRestJob::cancel()
{
    if (m_finished)
        return;
    if (!m_started || !m_session) {
        m_result.outcome = FetchResult::Outcome::Cancelled;
        m_result.message = tr("Cancelled.");
        finish();
        return;
    }
    m_session->cancel();
}

void FetchRestJob::onUidl(const QList<pop3::UidlEntry> &entries)
{
    if (m_finished)
        return;
    int found = 0;
    for (const pop3::UidlEntry &e : entries) {
        if (QString::fromLatin1(e.uidl) == m_uidl) {
            m_number = e.number;
            ++found;
        }
    }
    if (found == 0) {
        m_result.messageGone = true;
        quitWith(FetchResult::Outcome::Failed,
                 tr("The rest of this message cannot be downloaded: it is no longer on the "
                    "server. Only its header is kept here."));
        return;
    }
    if (found > 1) {
        quitWith(FetchResult::Outcome::Failed,
                 tr("The server lists this message's id more than once, so Satchel cannot tell "
                    "which one to download."));
        return;
    }
    m_session->retrieve(m_number);
    m_session->quit();
}

void FetchRestJob::onRetrieved(int number, const QByteArray &raw)
{
    if (m_finished || number != m_number)
        return;
    if (Status s = m_archive->completePartial(m_messageId, raw); !s) {
        m_result.outcome = FetchResult::Outcome::Failed;
        m_result.message = s.error().message;
        return; // QUIT is queued already
    }
    m_result.newMessageIds = {m_messageId};
}

void FetchRestJob::onCommandFailed(pop3::Session::Command command, int number,
                                   const pop3::Pop3Error &error)
{
    if (m_finished)
        return;
    m_result.error = error;
    if (command == pop3::Session::Command::Uidl) {
        quitWith(FetchResult::Outcome::Failed,
                 tr("The server did not list its message ids: %1").arg(error.message));
    } else if (command == pop3::Session::Command::Retr && number == m_number) {
        // QUIT follows by itself; the partial copy stays as it was.
        m_result.outcome = FetchResult::Outcome::Failed;
        m_result.message
            = tr("The rest of this message could not be downloaded: %1").arg(error.message);
    }
}

void FetchRestJob::onFailed(const pop3::Pop3Error &error)
{
    if (m_finished)
        return;
    // The rest stored, the link lost before QUIT +OK: done all the same, as nothing was to be
    // deleted on the server.
    if (m_result.outcome == FetchResult::Outcome::Success && m_result.newMessages() == 1) {
        finish();
        return;
    }
    m_result.error = error;
    if (m_result.outcome == FetchResult::Outcome::Success) {
        switch (error.kind) {
        case pop3::ErrorKind::Cancelled:
            m_result.outcome = FetchResult::Outcome::Cancelled;
            break;
        case pop3::ErrorKind::AuthenticationFailed:
        case pop3::ErrorKind::InvalidCredentials:
            m_result.outcome = FetchResult::Outcome::Authentication;
            break;
        case pop3::ErrorKind::CertificateRejected:
            m_result.outcome = FetchResult::Outcome::Certificate;
            break;
        default:
            m_result.outcome = error.isTemporary() ? FetchResult::Outcome::TryLater
                                                   : FetchResult::Outcome::Failed;
        }
        m_result.message = error.message;
    }
    finish();
}

void FetchRestJob::quitWith(FetchResult::Outcome outcome, const QString &message)
{
    m_result.outcome = outcome;
    m_result.message = message;
    m_session->quit();
}

void FetchRestJob::fail(const QString &message)
{
    m_result.outcome = FetchResult::Outcome::Failed;
    m_result.message = message;
    finish();
}

void FetchRestJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    Q_EMIT finished(m_result);
}

} // namespace satchel::sync

#include "DemoSession.h"

#include "DemoMailbox.h"
#include "DemoServer.h"
#include "pop3/Session.h"
#include "store/Archive.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTimer>

namespace satchel::app {

namespace {

// The server is on this machine: a second is an age, but a loaded CI runner under a sanitizer
// is slow, so not too tight either.
constexpr int LocalTimeoutMs = 15'000;

} // namespace

DemoSession::DemoSession(QObject *parent)
    : QObject(parent)
{ }

DemoSession::~DemoSession()
{
    // The fetch and its session go before the archive they write to and the server they talk to;
    // the archive is closed before its folder is removed.
    discardFetch();
    delete m_server;
    m_server = nullptr;
    m_archive.reset();
    m_temporaryProfile.reset();
}

void DemoSession::setProfileDirectory(const QString &directory)
{
    if (!isStarted() && !m_starting)
        m_requestedProfile = directory;
}

QString DemoSession::archivePath() const
{
    return m_profilePath.isEmpty() ? QString()
                                   : QDir(m_profilePath).filePath(QStringLiteral("archive.sqlite"));
}

void DemoSession::start()
{
    if (isStarted() || m_starting)
        return;
    m_starting = true;
    // Never finished() from inside start(): the caller may still be connecting.
    QTimer::singleShot(0, this, &DemoSession::setUp);
}

void DemoSession::setUp()
{
    Q_EMIT statusChanged(tr("Preparing the demo profile…"));
    if (m_requestedProfile.isEmpty()) {
        m_temporaryProfile = std::make_unique<QTemporaryDir>(
            QDir(QDir::tempPath()).filePath(QStringLiteral("satchel-demo-XXXXXX")));
        if (!m_temporaryProfile->isValid()) {
            failSetUp(tr("Could not make a temporary folder for the demo: %1")
                          .arg(m_temporaryProfile->errorString()));
            return;
        }
        m_profilePath = m_temporaryProfile->path();
    } else {
        if (!QDir().mkpath(m_requestedProfile)) {
            failSetUp(tr("Could not make the folder %1 for the demo.").arg(m_requestedProfile));
            return;
        }
        m_profilePath = QDir(m_requestedProfile).absolutePath();
    }

    Result<std::unique_ptr<store::Archive>> archive = store::Archive::open(archivePath());
    if (!archive) {
        failSetUp(tr("Could not open the demo archive: %1").arg(archive.error().message));
        return;
    }
    Result<qint64> account = (*archive)->createAccount(tr("Demo"));
    if (!account) {
        failSetUp(tr("Could not create the demo account: %1").arg(account.error().message));
        return;
    }

    Q_EMIT statusChanged(tr("Starting the demo mail server…"));
    auto *server = new DemoServer(DemoMailbox::load(QDateTime::currentDateTime()), this);
    if (!server->start()) {
        const QString error = server->errorString();
        delete server;
        failSetUp(error);
        return;
    }
    m_server = server;
    m_archive = std::move(archive).value();
    m_accountId = *account;
    m_starting = false;
    fetch();
}

void DemoSession::failSetUp(const QString &message)
{
    m_starting = false;
    DemoResult result = baseResult();
    result.message = message;
    result.fetch.outcome = sync::FetchResult::Outcome::Failed;
    result.fetch.message = message;
    Q_EMIT finished(result);
}

pop3::SessionSettings DemoSession::sessionSettings() const
{
    pop3::SessionSettings settings;
    if (!m_server)
        return settings;
    settings.host = m_server->host();
    settings.port = m_server->port();
    settings.security = pop3::Security::ImplicitTls;
    settings.user = m_server->userName();
    settings.secret = m_server->password();
    // Nobody can vouch for a certificate made a moment ago: the client accepts exactly this one,
    // as it would after a user looked at it and said yes.
    settings.acceptedCertificateSha256 = m_server->certificateSha256();
    settings.connectTimeoutMs = LocalTimeoutMs;
    settings.handshakeTimeoutMs = LocalTimeoutMs;
    settings.commandTimeoutMs = LocalTimeoutMs;
    return settings;
}

sync::FetchSettings DemoSession::fetchSettings() const
{
    sync::FetchSettings settings;
    settings.accountId = m_accountId;
    settings.policy = sync::RetentionPolicy(); // nothing set: leave everything on the server
    return settings;
}

void DemoSession::fetch()
{
    if (!isStarted() || isFetching())
        return;
    Q_EMIT statusChanged(tr("Fetching the demo mail…"));
    // The production constructor: an SslSocketTransport with the certificate pinned.
    m_session = new pop3::Session(sessionSettings(), this);
    m_job = new sync::FetchJob(m_session, m_archive.get(), fetchSettings(), this);
    connect(m_job, &sync::FetchJob::progress, this, &DemoSession::progress);
    connect(m_job, &sync::FetchJob::finished, this, &DemoSession::onFetchFinished);
    m_job->start();
}

void DemoSession::cancel()
{
    if (m_job)
        m_job->cancel();
}

void DemoSession::onFetchFinished(const sync::FetchResult &fetchResult)
{
    // The job and its session are done; they go once this signal has been delivered.
    if (m_job)
        m_job->deleteLater();
    if (m_session)
        m_session->deleteLater();
    m_job = nullptr;
    m_session = nullptr;

    DemoResult result = baseResult();
    result.fetch = fetchResult;
    result.newMessages = fetchResult.newMessages();
    result.ok = fetchResult.ok();
    // "%n messages": the numerus form a translation supplies (English "1 messages" until one
    // exists; the demo mailbox never has just one).
    if (result.ok && fetchResult.newMessages() == 0)
        result.message = tr("No new mail on the demo server.");
    else if (result.ok)
        result.message = tr("%n new messages fetched from the demo server.", nullptr,
                            fetchResult.newMessages());
    else if (fetchResult.outcome == sync::FetchResult::Outcome::Cancelled)
        result.message = tr("Fetching the demo mail was cancelled.");
    else
        result.message = tr("The demo could not fetch its mail: %1")
                             .arg(fetchResult.message.isEmpty() ? fetchResult.errors.join(u'\n')
                                                                : fetchResult.message);
    Q_EMIT statusChanged(result.message);
    Q_EMIT finished(result);
}

DemoResult DemoSession::baseResult() const
{
    DemoResult result;
    result.profilePath = m_profilePath;
    result.archivePath = archivePath();
    result.accountId = m_accountId;
    result.messagesOnServer = m_server ? m_server->messageCount() : 0;
    return result;
}

void DemoSession::discardFetch()
{
    if (m_job) {
        m_job->disconnect(this);
        delete m_job;
    }
    delete m_session; // drops the link; the server applies nothing
    m_job = nullptr;
    m_session = nullptr;
}

} // namespace satchel::app

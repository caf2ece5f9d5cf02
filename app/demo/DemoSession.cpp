#include "DemoSession.h"

#include "DemoMailbox.h"
#include "DemoServer.h"
#include "accounts/MemorySecretStore.h"
#include "store/Archive.h"
#include "sync/MailService.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTimer>

namespace satchel::app {

DemoSession::DemoSession(QObject *parent)
    : QObject(parent)
{ }

DemoSession::~DemoSession()
{
    // The fetch (the service and its threads) goes before the archive it writes to and the
    // server it talks to; the archive is closed before its folder is removed.
    m_service.reset();
    delete m_server;
    m_server = nullptr;
    m_archive.reset();
    m_secrets.reset();
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

accounts::SecretStore *DemoSession::secrets() const
{
    return m_secrets.get();
}

bool DemoSession::isFetching() const
{
    return m_service && m_service->isFetching(m_accountId);
}

void DemoSession::start()
{
    if (isStarted() || m_starting)
        return;
    m_starting = true;
    // Never finished() from inside start(): the caller may still be connecting.
    QTimer::singleShot(0, this, &DemoSession::startPrepared);
}

void DemoSession::startPrepared()
{
    Q_EMIT statusChanged(tr("Preparing the demo profile…"));
    if (Status s = prepare(); !s) {
        failSetUp(s.error().message);
        return;
    }
    m_starting = false;
    fetch();
}

Status DemoSession::prepare()
{
    if (isStarted())
        return {};
    if (m_requestedProfile.isEmpty()) {
        m_temporaryProfile = std::make_unique<QTemporaryDir>(
            QDir(QDir::tempPath()).filePath(QStringLiteral("satchel-demo-XXXXXX")));
        if (!m_temporaryProfile->isValid())
            return Error {Error::Code::Io,
                          tr("Could not make a temporary folder for the demo: %1")
                              .arg(m_temporaryProfile->errorString())};
        m_profilePath = m_temporaryProfile->path();
    } else {
        if (!QDir().mkpath(m_requestedProfile))
            return Error {Error::Code::Io,
                          tr("Could not make the folder %1 for the demo.").arg(m_requestedProfile)};
        m_profilePath = QDir(m_requestedProfile).absolutePath();
    }

    Result<std::unique_ptr<store::Archive>> archive = store::Archive::open(archivePath());
    if (!archive)
        return Error {archive.error().code,
                      tr("Could not open the demo archive: %1").arg(archive.error().message)};

    Q_EMIT statusChanged(tr("Starting the demo mail server…"));
    auto *server = new DemoServer(DemoMailbox::load(QDateTime::currentDateTime()), this);
    if (!server->start()) {
        const QString error = server->errorString();
        delete server;
        return Error {Error::Code::Io, error};
    }
    m_server = server;

    accounts::AccountSettings account;
    account.name = tr("Demo");
    account.displayName = account.name;
    account.host = m_server->host();
    account.port = m_server->port();
    account.security = pop3::Security::ImplicitTls;
    account.user = m_server->userName();
    // Nobody can vouch for a certificate made a moment ago: the client accepts exactly this one,
    // as it would after a user looked at it and said yes.
    account.pinnedSha256 = m_server->certificateSha256();
    account.retention = sync::RetentionPolicy(); // nothing set: leave everything on the server
    Result<qint64> id = accounts::saveAccount(**archive, account);
    if (!id) {
        delete m_server;
        m_server = nullptr;
        return Error {id.error().code,
                      tr("Could not create the demo account: %1").arg(id.error().message)};
    }
    account.accountId = *id;
    m_secrets = std::make_unique<accounts::MemorySecretStore>();
    (void)m_secrets->writeNow(account.secretKey(), m_server->password());
    m_archive = std::move(archive).value();
    m_accountId = *id;
    return {};
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

accounts::AccountSettings DemoSession::accountSettings() const
{
    if (m_archive) {
        if (Result<QList<accounts::AccountSettings>> all = accounts::loadAccounts(*m_archive)) {
            for (const accounts::AccountSettings &a : std::as_const(*all)) {
                if (a.accountId == m_accountId)
                    return a;
            }
        }
    }
    return {};
}

void DemoSession::fetch()
{
    if (!isStarted() || isFetching())
        return;
    if (!m_service) {
        m_service = std::make_unique<sync::MailService>(m_archive.get(), m_secrets.get(),
                                                        static_cast<sync::Prompter *>(this));
        connect(m_service.get(), &sync::MailService::fetchProgress, this,
                [this](qint64, const sync::FetchProgress &p) { Q_EMIT progress(p); });
        connect(
            m_service.get(), &sync::MailService::fetchFinished, this,
            [this](qint64, sync::FetchKind, const sync::FetchResult &r) { onFetchFinished(r); });
        if (Status loaded = m_service->reloadAccounts(); !loaded) {
            failSetUp(loaded.error().message);
            return;
        }
    }
    Q_EMIT statusChanged(tr("Fetching the demo mail…"));
    (void)m_service->fetchNow(m_accountId);
}

void DemoSession::cancel()
{
    if (m_service)
        m_service->cancelAll();
}

void DemoSession::askPassword(const sync::PasswordQuestion &, PasswordReply reply)
{
    reply(std::nullopt);
}

void DemoSession::askCertificate(const sync::CertificateQuestion &, CertificateReply reply)
{
    reply({});
}

void DemoSession::inform(const sync::Notice &) { }

void DemoSession::onFetchFinished(const sync::FetchResult &fetchResult)
{
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

} // namespace satchel::app

#pragma once

#include "accounts/AccountSettings.h"
#include "pop3/SessionSettings.h"
#include "sync/FetchJob.h"
#include "sync/Prompter.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace satchel::accounts {
class MemorySecretStore;
class SecretStore;
} // namespace satchel::accounts
namespace satchel::store {
class Archive;
}
namespace satchel::sync {
class MailService;
}

namespace satchel::app {

class DemoServer;

struct DemoResult
{
    bool ok = false; // the demo mail is in the archive and nothing failed
    int newMessages = 0; // stored by this fetch
    int messagesOnServer = 0; // what the demo server holds (all of it: leave forever)
    QString profilePath; // open this profile to show the demo mail
    QString archivePath; // <profilePath>/archive.sqlite
    qint64 accountId = 0; // the account "Demo" in that archive
    QString message; // for people, translated: a summary, or what went wrong
    sync::FetchResult fetch; // the engine's own account of the fetch
};

// `satchel --demo`: a throwaway profile, a POP3 server on loopback with the demo mailbox, and an
// account "Demo" for it like any other: its settings in the profile's archive (the server's
// certificate pinned, as after a user looked at it and said yes, leave on the server forever)
// and its password in an in-memory keychain. Fetches go through sync::MailService, the service
// the window and the command line use, so the demo runs the real engine end to end.
//
//   DemoSession demo;
//   connect(&demo, &DemoSession::finished, ..., [](const DemoResult &r) { open r.profilePath });
//   demo.start();
//
// The window takes the prepared profile instead (prepare(), archive(), secrets()) and fetches
// through its own MailController. Everything happens on the event loop of the thread that owns
// it; nothing blocks. The profile (a temporary folder unless setProfileDirectory() chose one) and
// the server live as long as this object. QtCore and QtNetwork only.
class DemoSession : public QObject, private sync::Prompter
{
    Q_OBJECT

public:
    explicit DemoSession(QObject *parent = nullptr);
    ~DemoSession() override;

    // Before start() or prepare(): fetch into this folder and leave it there afterwards (for CI
    // and screenshots). By default a temporary folder is made and removed with this object.
    void setProfileDirectory(const QString &directory);

    // Makes the profile, the archive, the account "Demo" with its password, and starts the
    // server, at once. An Error with a message for people when one of them fails.
    [[nodiscard]] Status prepare();
    // prepare() (later, never from inside this call), then fetch(). statusChanged() and
    // progress() report; finished() follows, always.
    void start();
    // Fetches again, over a new POP3 session (what "Get mail" does). finished() follows.
    void fetch();
    // Stops a fetch in progress; finished() follows with the outcome Cancelled.
    void cancel();

    [[nodiscard]] bool isStarted() const { return m_archive != nullptr; }
    [[nodiscard]] bool isFetching() const;
    [[nodiscard]] QString profilePath() const { return m_profilePath; }
    [[nodiscard]] QString archivePath() const;
    [[nodiscard]] qint64 accountId() const { return m_accountId; }
    // The archive the demo fetches into (this thread's connection); null before prepare().
    [[nodiscard]] store::Archive *archive() const { return m_archive.get(); }
    // The keychain that holds the demo account's password.
    [[nodiscard]] accounts::SecretStore *secrets() const;
    [[nodiscard]] const DemoServer *server() const { return m_server; }
    // The demo account as stored: how to reach the demo server, the pinned certificate.
    [[nodiscard]] accounts::AccountSettings accountSettings() const;

Q_SIGNALS:
    // A line for a status bar: what the demo is doing now.
    void statusChanged(const QString &status);
    void progress(const satchel::sync::FetchProgress &progress);
    void finished(const satchel::app::DemoResult &result);

private:
    // sync::Prompter: the demo's certificate is pinned and its password stored, so a question
    // means something broke; it is declined and the fetch's outcome says what.
    void askPassword(const sync::PasswordQuestion &question, PasswordReply reply) override;
    void askCertificate(const sync::CertificateQuestion &question, CertificateReply reply) override;
    void inform(const sync::Notice &notice) override;

    void startPrepared();
    void failSetUp(const QString &message);
    void onFetchFinished(const sync::FetchResult &fetchResult);
    [[nodiscard]] DemoResult baseResult() const;

    QString m_requestedProfile;
    std::unique_ptr<QTemporaryDir> m_temporaryProfile;
    QString m_profilePath;
    std::unique_ptr<store::Archive> m_archive;
    std::unique_ptr<accounts::MemorySecretStore> m_secrets;
    qint64 m_accountId = 0;
    DemoServer *m_server = nullptr;
    std::unique_ptr<sync::MailService> m_service; // made by the first fetch()
    bool m_starting = false;
};

} // namespace satchel::app

Q_DECLARE_METATYPE(satchel::app::DemoResult)

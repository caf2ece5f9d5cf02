#pragma once

#include "pop3/SessionSettings.h"
#include "sync/FetchJob.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace satchel::store {
class Archive;
}
namespace satchel::pop3 {
class Session;
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

// `satchel --demo`: a throwaway profile, a POP3 server on loopback with the demo mailbox, and a
// fetch of that mailbox through the real engine (pop3::Session over SslSocketTransport, with
// the server's certificate pinned, driven by sync::FetchJob) into the profile's archive.
//
//   DemoSession demo;
//   connect(&demo, &DemoSession::finished, ..., [](const DemoResult &r) { open r.profilePath });
//   demo.start();
//
// Everything happens on the event loop of the thread that owns it; nothing blocks. The profile
// (a temporary folder unless setProfileDirectory() chose one) and the server live as long as
// this object: keep it while the window shows the demo, so "Get mail" (fetch()) still works.
// QtCore and QtNetwork only.
class DemoSession : public QObject
{
    Q_OBJECT

public:
    explicit DemoSession(QObject *parent = nullptr);
    ~DemoSession() override;

    // Before start(): fetch into this folder and leave it there afterwards (for CI and
    // screenshots). By default a temporary folder is made and removed with this object.
    void setProfileDirectory(const QString &directory);

    // Makes the profile, the archive, the account "Demo" (leave on server forever) and the
    // server, then fetch(). statusChanged() and progress() report; finished() follows, always.
    void start();
    // Fetches again, over a new POP3 session (what "Get mail" does). finished() follows.
    void fetch();
    // Stops a fetch in progress; finished() follows with the outcome Cancelled.
    void cancel();

    [[nodiscard]] bool isStarted() const { return m_archive != nullptr; }
    [[nodiscard]] bool isFetching() const { return m_job != nullptr; }
    [[nodiscard]] QString profilePath() const { return m_profilePath; }
    [[nodiscard]] QString archivePath() const;
    [[nodiscard]] qint64 accountId() const { return m_accountId; }
    // The archive the demo fetched into (this thread's connection); null before start().
    [[nodiscard]] store::Archive *archive() const { return m_archive.get(); }
    [[nodiscard]] const DemoServer *server() const { return m_server; }
    // How to reach the demo server: host, port, user, password, the pinned certificate.
    [[nodiscard]] pop3::SessionSettings sessionSettings() const;
    [[nodiscard]] sync::FetchSettings fetchSettings() const;

Q_SIGNALS:
    // A line for a status bar: what the demo is doing now.
    void statusChanged(const QString &status);
    void progress(const satchel::sync::FetchProgress &progress);
    void finished(const satchel::app::DemoResult &result);

private:
    void setUp();
    void failSetUp(const QString &message);
    void onFetchFinished(const sync::FetchResult &fetchResult);
    [[nodiscard]] DemoResult baseResult() const;
    void discardFetch();

    QString m_requestedProfile;
    std::unique_ptr<QTemporaryDir> m_temporaryProfile;
    QString m_profilePath;
    std::unique_ptr<store::Archive> m_archive;
    qint64 m_accountId = 0;
    DemoServer *m_server = nullptr;
    QPointer<pop3::Session> m_session;
    QPointer<sync::FetchJob> m_job;
    bool m_starting = false;
};

} // namespace satchel::app

Q_DECLARE_METATYPE(satchel::app::DemoResult)

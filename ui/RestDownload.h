#pragma once

#include "pop3/SessionSettings.h"
#include "sync/FetchJob.h"

#include <QObject>

#include <memory>

namespace satchel::store {
class Archive;
}
namespace satchel::sync {
class FetchRestJob;
}

namespace satchel::ui {

// "Download the rest" of one partial message: a POP3 session and sync::FetchRestJob, which
// replaces the partial in place (same id, folder and flags). The network is asynchronous; the
// one message is parsed and stored on this thread through the window's own Archive connection,
// because that connection caches parsed messages and only its own completePartial() clears the
// entry (a second connection would leave the window showing the partial). finished() comes once.
class RestDownload : public QObject
{
    Q_OBJECT

public:
    RestDownload(store::Archive *archive, pop3::SessionSettings session, qint64 messageId,
                 QObject *parent = nullptr);
    ~RestDownload() override;

    void start();
    void cancel();
    [[nodiscard]] qint64 messageId() const { return m_messageId; }

Q_SIGNALS:
    // messageGone: the server no longer has the message, so its rest cannot be fetched.
    void finished(const satchel::sync::FetchResult &result, bool messageGone);

private:
    store::Archive *m_archive;
    qint64 m_messageId;
    std::unique_ptr<pop3::Session> m_session;
    std::unique_ptr<sync::FetchRestJob> m_job;
};

} // namespace satchel::ui

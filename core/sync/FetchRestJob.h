#pragma once

#include "sync/FetchJob.h"

#include <QObject>
#include <QPointer>

namespace satchel::store {
class Archive;
}

namespace satchel::sync {

// "Download the rest" of one partial message (stored headers only by a FetchJob): one session
// that lists the UIDLs, RETRs the message with the partial's UIDL and replaces the partial in
// place (Archive::completePartial: same id, folder, flags; the ledger row becomes Stored). Nothing
// is deleted on the server; the account's retention policy applies to it from the next fetch on.
//
// Results in a FetchResult: Success with newMessages 1; Failed with a message for people when the
// message is not partial, has no UIDL, or is no longer on the server (messageGone() and
// FetchResult::messageGone are then true); otherwise the outcomes of FetchJob (TryLater,
// Authentication, Certificate, Cancelled).
class FetchRestJob : public QObject
{
    Q_OBJECT

public:
    FetchRestJob(pop3::Session *session, store::Archive *archive, qint64 messageId,
                 QObject *parent = nullptr);
    ~FetchRestJob() override;

    void start();
    void cancel();

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const FetchResult &result() const { return m_result; }
    // The server no longer lists the message's UIDL: its rest cannot be downloaded any more.
    [[nodiscard]] bool messageGone() const { return m_result.messageGone; }

Q_SIGNALS:
    void finished(const satchel::sync::FetchResult &result);

private:
    void onUidl(const QList<pop3::UidlEntry> &entries);
    void onRetrieved(int number, const QByteArray &raw);
    void onCommandFailed(pop3::Session::Command command, int number, const pop3::Pop3Error &error);
    void onFailed(const pop3::Pop3Error &error);
    void quitWith(FetchResult::Outcome outcome, const QString &message);
    void fail(const QString &message);
    void finish();

    QPointer<pop3::Session> m_session;
    store::Archive *m_archive;
    qint64 m_messageId;
    QString m_uidl;
    int m_number = 0;
    FetchResult m_result;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace satchel::sync

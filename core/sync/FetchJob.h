#pragma once

#include "pop3/Pop3Error.h"
#include "pop3/Session.h"
#include "sync/RetentionPolicy.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>

namespace satchel::store {
class Archive;
}

namespace satchel::sync {

struct FetchSettings
{
    qint64 accountId = 0;
    // 0: the account's Inbox.
    qint64 folderId = 0;
    RetentionPolicy policy;
    // The clock for first-seen times and ages; tests move it forward. Empty: the system clock.
    std::function<QDateTime()> now;
};

struct FetchProgress
{
    int messagesDone = 0;
    int messagesTotal = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
};

struct FetchResult
{
    // What the caller should do about it: the command line maps these to its exit codes.
    enum class Outcome {
        Success, // everything planned was done (some messages may still have failed: errors)
        TryLater, // [IN-USE], [LOGIN-DELAY], [SYS/TEMP], a dropped link, a timeout
        Authentication, // the credentials are needed again
        Certificate, // the certificate did not verify; the user may look at it and accept it
        Refused, // the retention policy cannot work with this server (no UIDL)
        Cancelled,
        Failed, // anything else; see error
    };

    Outcome outcome = Outcome::Success;
    int newMessages = 0;
    // Applied by the server: counted only after +OK to QUIT.
    int deletedOnServer = 0;
    int leftOnServer = 0;
    // One line per message or step that failed while the session went on.
    QStringList errors;
    // Things the user should know (EXPIRE 0, a UIDL the server listed twice).
    QStringList warnings;
    // Why the session ended early; kind None on success.
    pop3::Pop3Error error;
    QString message; // for people: the refusal, the session's error or the archive's

    [[nodiscard]] bool ok() const { return outcome == Outcome::Success && errors.isEmpty(); }
};

// One fetch of one account over a Session and an Archive (DESIGN.md, "never lose a message"):
//
//   UIDL + LIST  -> prune the ledger (the listing is complete) -> RETR every UIDL the ledger does
//   not know (pipelined by the session) -> each message inserted with its ledger row in its own
//   transaction as soon as it arrives -> the delete set from the policy -> markDeleteSent (one
//   durable commit: every message stored before it is durable too) -> DELE -> QUIT ->
//   on +OK forgetDeleteSent.
//
// A server without UIDL gets LIST only and works with delete-after-download alone: each message
// is committed durably and looked up by its bytes first, so a session that breaks after the
// commit but before QUIT +OK does not store it twice. Any other policy is refused up front.
//
// The Archive must have been opened on this thread. Parsing (inside Archive::insertMessage) runs
// on this thread too for now; moving parsing and storing off the UI thread is a later step.
// The job does not own the session or the archive; start() opens the session, which must be new.
class FetchJob : public QObject
{
    Q_OBJECT

public:
    FetchJob(pop3::Session *session, store::Archive *archive, FetchSettings settings,
             QObject *parent = nullptr);
    ~FetchJob() override;

    void start();
    // Stops at once: what was committed stays, the message in flight is fetched again next time,
    // rows marked delete_sent stay marked and are sent DELE again next time. finished() follows.
    void cancel();

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const FetchResult &result() const { return m_result; }

Q_SIGNALS:
    void progress(const satchel::sync::FetchProgress &progress);
    // Once, at the end, whatever happened.
    void finished(const satchel::sync::FetchResult &result);

private:
    enum class Phase { Idle, Listing, Retrieving, Deleting, Quitting, Done };

    [[nodiscard]] QDateTime now() const;
    void onUidl(const QList<pop3::UidlEntry> &entries);
    void onList(const QList<pop3::MessageSize> &sizes);
    void onRetrieved(int number, const QByteArray &raw);
    void onRetrieveProgress(int number, qint64 bytesSoFar);
    void onDeleted(int number);
    void onCommandFailed(pop3::Session::Command command, int number, const pop3::Pop3Error &error);
    void onQuitDone();
    void onFailed(const pop3::Pop3Error &error);

    void plan();
    void retrievedOrSkipped(int number);
    void deleteAndQuit();
    void quitWithError(FetchResult::Outcome outcome, const QString &message);
    void finish();
    void emitProgress();

    QPointer<pop3::Session> m_session;
    store::Archive *m_archive;
    FetchSettings m_settings;
    FetchResult m_result;
    Phase m_phase = Phase::Idle;
    bool m_finished = false;

    bool m_haveUidl = false;
    bool m_uidlMalformed = false;
    QList<pop3::UidlEntry> m_uidls;
    QHash<int, qint64> m_sizes; // message number -> octets from LIST
    qint64 m_folderId = 0;

    QHash<int, QString> m_pending; // RETR sent: number -> UIDL (empty without UIDL)
    QList<int> m_storedWithoutUidl; // no-UIDL mode: numbers safely stored, to DELE
    QList<ServerMessage> m_listing;
    QSet<int> m_deleteSent; // numbers DELE was sent for
    QSet<int> m_deleteAcked;
    QSet<QString> m_deleteSentUidls; // listed rows in state delete_sent once the plan was marked
    QHash<int, QString> m_uidlByNumber;
    FetchProgress m_progress;
    qint64 m_inFlightBytes = 0;
};

} // namespace satchel::sync

Q_DECLARE_METATYPE(satchel::sync::FetchProgress)
Q_DECLARE_METATYPE(satchel::sync::FetchResult)

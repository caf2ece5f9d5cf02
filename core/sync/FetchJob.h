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
    // Every new message is fetched with TOP n 0 (its header only) and stored partial; the rest
    // can be downloaded later with FetchRestJob while the message is still on the server.
    // Partial messages are never deleted from the server by age, download or caps.
    bool headersOnly = false;
    // New messages larger than this (their LIST size, in octets) are fetched headers only and
    // stored partial, as in headersOnly; 0: no limit.
    qint64 maxMessageBytes = 0;
    // "Mark everything on the server as already downloaded": lists the UIDLs and records the
    // ones the ledger does not know in state Elsewhere, without downloading them. Satchel never
    // deletes those from the server (it has no copy of them), whatever the policy; the policy
    // still applies to the messages stored here. Needs UIDL; refused without it.
    bool markAllAsDownloaded = false;
    // A NOOP after a stored message when the server has heard nothing from this session for so
    // long (see "Keep-alive" below); 0 turns it off. Well below any server's autologout.
    int keepAliveMs = 30'000;
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
    // Every message stored in this session, partial ones included.
    int newMessages = 0;
    // Of newMessages, those stored headers only (headersOnly, maxMessageBytes).
    int partialMessages = 0;
    // markAllAsDownloaded: UIDLs recorded as downloaded elsewhere.
    int markedElsewhere = 0;
    // LOGIN-DELAY from CAPA (RFC 2449): the server's minimum time between two logins, in
    // seconds; 0 when it said nothing. The scheduler waits at least this long before the next
    // fetch, after a [LOGIN-DELAY] refusal as after a success.
    int loginDelaySeconds = 0;
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
// Headers only (FetchSettings::headersOnly, maxMessageBytes) uses TOP n 0 rather than TOP n k: the
// header alone is what the list and search need, its size does not depend on how long the body's
// lines are (k lines of a one-line HTML body can be megabytes), and a cut multipart body would
// be parsed into broken attachments. The rest comes with FetchRestJob, in place.
//
// Keep-alive: the job stores each message on this thread as it arrives, so nothing else on this
// thread runs while the archive is busy. With PIPELINING all RETRs go out at once, and once the
// server has answered them it waits for a command while the job works through the answers it
// has received - for as long as all of that local work takes. So after each message the job
// sends a NOOP when the server has heard nothing from it for keepAliveMs: the server is never
// left waiting longer than that plus one message's work. (A single message's work longer than
// the server's autologout - ten minutes at least, RFC 1939 3 - cannot be bridged on this thread.)
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
    void onTopRetrieved(int number, const QByteArray &raw);
    void store(int number, const QByteArray &raw, bool partial);
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

    QHash<int, QString> m_pending; // RETR or TOP sent: number -> UIDL (empty without UIDL)
    QSet<int> m_headersOnly; // of m_pending, the numbers fetched with TOP n 0
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

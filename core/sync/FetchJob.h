#pragma once

#include "pop3/Pop3Error.h"
#include "pop3/Session.h"
#include "store/LedgerEntry.h"
#include "store/NewMessage.h"
#include "sync/FetchSettings.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

namespace satchel::store {
class Archive;
}

namespace satchel::sync {

class ParsePool;

struct FetchProgress
{
    // Committed to the archive (or failed for good); bytesDone counts what has arrived.
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
        // The account's settings cannot work: its retention policy with this server (no UIDL),
        // or a CA file that cannot be read. A person has to change them.
        Refused,
        Cancelled,
        Failed, // anything else; see error
    };

    Outcome outcome = Outcome::Success;
    // Every message stored in this session, partial ones included, in the order they were
    // committed: what the window names in its notification, and where rules on arrival start.
    // "Download the rest" reports the completed message's id.
    QList<qint64> newMessageIds;
    // Of newMessageIds, those stored headers only (headersOnly, maxMessageBytes).
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
    // "Download the rest" only: the server no longer lists the message, so its rest cannot be
    // downloaded any more (the outcome is then Failed).
    bool messageGone = false;
    // How the session logged in ("USER", "CRAM-MD5"...); empty when it did not. The account
    // remembers it when its login is automatic (MailService).
    QByteArray loginUsed;
    // Why the session ended early; kind None on success.
    pop3::Pop3Error error;
    QString message; // for people: the refusal, the session's error or the archive's

    // How a fetch ends that could not start, or a sign-in that did not happen.
    [[nodiscard]] static FetchResult endedWith(Outcome outcome, const QString &message = {})
    {
        FetchResult r;
        r.outcome = outcome;
        r.message = message;
        return r;
    }

    [[nodiscard]] int newMessages() const { return int(newMessageIds.size()); }
    [[nodiscard]] bool ok() const { return outcome == Outcome::Success && errors.isEmpty(); }
};

// One fetch of one account over a Session and an Archive (DESIGN.md, "never lose a message"):
//
//   UIDL + LIST  -> prune the ledger (the listing is complete) -> RETR every UIDL the ledger does
//   not know (pipelined by the session) -> each message parsed on a worker thread (ParsePool)
//   while the next ones arrive -> inserted in arrival order with its ledger row in the same
//   transaction, several messages to a transaction -> the last batch committed durably -> the
//   delete set from the policy -> markDeleteSent (a durable commit) -> DELE -> QUIT -> on +OK
//   forgetDeleteSent.
//
// Batches: a transaction takes up to batchMaxMessages messages (1, 2, 4, ... at first, so the
// first messages show at once) and commits when it is full, when its oldest message has waited
// batchMaxMs, or when the retrieval is complete. Each message is inserted into the open
// transaction as soon as it is parsed (Archive::InsertBatch), so only the COMMIT keeps the
// session from the network. A message and its ledger row are always in the same transaction, so
// each message is either in the archive with its row or in neither and downloaded again next
// time; one that cannot be stored keeps no other out. When the link drops (any failure of the
// session), every message that had arrived complete is parsed and committed before the job
// finishes: a dropped link still costs at most the message in flight. A crash loses at most the
// uncommitted batch (none of it is in the ledger, so it is downloaded again: at-least-once, never
// twice). cancel() stops at once and leaves the uncommitted batch to the next session the same way.
// Nothing is DELE'd that is not durably committed: the last batch's commit is followed by
// Archive::syncCommits() (a durable commit makes every earlier one durable too), a barrier
// (Archive::makeDurable) comes first where that did not happen, then markDeleteSent (durable
// again), then DELE. progress().messagesDone counts only committed messages (and those that failed
// for good), result().newMessageIds only committed ones.
//
// Memory: at most MaxInHandMessages messages / MaxInHandBytes are downloaded and not yet
// committed; beyond that the job waits for the parser before it reads on, which leaves the bytes
// to the transport (bounded) and then to the kernel (TCP flow control).
//
// Headers only (FetchSettings::headersOnly, maxMessageBytes) uses TOP n 0 rather than TOP n k: the
// header alone is what the list and search need, its size does not depend on how long the body's
// lines are (k lines of a one-line HTML body can be megabytes), and a cut multipart body would
// be parsed into broken attachments. The rest comes with FetchRestJob, in place.
//
// Keep-alive: with PIPELINING the RETRs go out a window at a time (pop3::SessionSettings), and
// once the server has answered the last of them it waits for a command while the job works
// through the answers it has received - for as long as that local work takes. So after each
// committed message the job sends a NOOP when the server has heard nothing from it for keepAliveMs:
// the server is never left waiting longer than that plus one batch's commit. (A commit longer than
// the server's autologout - ten minutes at least, RFC 1939 3 - cannot be bridged on this thread.)
//
// A server without UIDL gets LIST only and works with delete-after-download alone: each message
// is committed durably on its own and looked up by its bytes first, so a session that breaks
// after the commit but before QUIT +OK does not store it twice. Any other policy is refused up
// front.
//
// The Archive must have been opened on this thread, where the job stores; parsing runs on the
// job's own worker threads. The job does not own the session or the archive; start() opens the
// session, which must be new.
class FetchJob : public QObject
{
    Q_OBJECT

public:
    FetchJob(pop3::Session *session, store::Archive *archive, FetchSettings settings,
             QObject *parent = nullptr);
    ~FetchJob() override;

    void start();
    // Stops at once: what was committed stays; what is downloaded but not committed yet (at most
    // one batch) and the message in flight are fetched again next time; rows marked delete_sent
    // stay marked and are sent DELE again next time. finished() follows.
    void cancel();

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const FetchResult &result() const { return m_result; }

Q_SIGNALS:
    void progress(const satchel::sync::FetchProgress &progress);
    // Once, at the end, whatever happened.
    void finished(const satchel::sync::FetchResult &result);

private:
    enum class Phase { Idle, Listing, Retrieving, Deleting, Quitting, Done };
    struct OpenBatch;

    [[nodiscard]] QDateTime now() const;
    void onUidl(const QList<pop3::UidlEntry> &entries);
    void onList(const QList<pop3::MessageSize> &sizes);
    static constexpr int MaxInHandMessages = 256;
    static constexpr qint64 MaxInHandBytes = 32 * 1024 * 1024;
    static constexpr qint64 MaxBatchBytes = 16 * 1024 * 1024;
    static constexpr int MaxDrainMs = 5; // storing a backlog, then a turn of the event loop

    void onRetrieved(int number, const QByteArray &raw);
    void onTopRetrieved(int number, const QByteArray &raw);
    void received(int number, const QByteArray &raw, bool partial);
    void drainParsed();
    // Hands the oldest parsed message to the batch; true when that filled the batch.
    bool takeParsed();
    // A slice of a full batch's search rows, or its COMMIT once they are written; true once the
    // batch is committed (or lost).
    bool closeBatchSlice();
    void addToBatch(store::NewMessage message);
    void batchLost(std::unique_ptr<OpenBatch> batch, const QString &reason);
    void storeWithoutUidl(const store::NewMessage &message, int number);
    void commitBatch(bool final);
    void reportDone(int count, bool keepAliveAfterLast);
    void keepAlive();
    void maybeRetrievalComplete();
    void flushAfterFailure();
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
    bool m_stopping = false; // the session failed or was cancelled: finishing

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

    std::unique_ptr<ParsePool> m_parser; // downloaded, being parsed, in arrival order
    std::unique_ptr<OpenBatch> m_batch; // inserted in a transaction, not committed yet
    int m_batchTarget = 1;
    QTimer m_batchTimer;
    bool m_needsBarrier = false; // a commit of this session is not known durable yet
    QList<store::LedgerEntry> m_planLedger; // as plan() read (and pruned) it
    bool m_ledgerChanged = false; // written since
};

} // namespace satchel::sync

Q_DECLARE_METATYPE(satchel::sync::FetchProgress)
Q_DECLARE_METATYPE(satchel::sync::FetchResult)

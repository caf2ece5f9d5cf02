#include "sync/FetchJob.h"

#include "store/Archive.h"
#include "sync/ParsePool.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace satchel::sync {

namespace {

// Debug lines (timings, keep-alives) only when asked for:
// QT_LOGGING_RULES="satchel.sync.debug=true".
Q_LOGGING_CATEGORY(lcSync, "satchel.sync", QtInfoMsg)

FetchResult::Outcome outcomeFor(const pop3::Pop3Error &error)
{
    switch (error.kind) {
    case pop3::ErrorKind::Cancelled:
        return FetchResult::Outcome::Cancelled;
    case pop3::ErrorKind::AuthenticationFailed:
    case pop3::ErrorKind::InvalidCredentials:
        return FetchResult::Outcome::Authentication;
    case pop3::ErrorKind::CertificateRejected:
        return FetchResult::Outcome::Certificate;
    default:
        return error.isTemporary() ? FetchResult::Outcome::TryLater : FetchResult::Outcome::Failed;
    }
}

} // namespace

struct FetchJob::OpenBatch
{
    std::unique_ptr<store::Archive::InsertBatch> insert;
    QStringList uidls; // stored in it so far: what is lost if the transaction is
    QList<qint64> ids; // the same messages' ids, reported once the batch is committed
    int taken = 0; // messages handed to it, stored or failed
    int partial = 0;
    qint64 bytes = 0;
    // Full: nothing more is added; its search rows are written a slice per turn of the event
    // loop (closeBatchSlice()), then it is committed.
    bool closing = false;
};

FetchJob::FetchJob(pop3::Session *session, store::Archive *archive, FetchSettings settings,
                   QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_archive(archive)
    , m_settings(std::move(settings))
{
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, [this] {
        if (!m_finished && !m_stopping && m_phase == Phase::Retrieving)
            commitBatch(false);
    });
}

FetchJob::~FetchJob() = default;

QDateTime FetchJob::now() const
{
    return m_settings.now ? m_settings.now() : QDateTime::currentDateTimeUtc();
}

void FetchJob::start()
{
    if (m_phase != Phase::Idle || m_finished)
        return;
    if (!m_session || !m_archive) {
        m_result.outcome = FetchResult::Outcome::Failed;
        m_result.message = tr("Nothing to fetch with: no session or no archive.");
        finish();
        return;
    }
    m_folderId = m_settings.folderId;
    if (m_folderId == 0) {
        Result<qint64> inbox
            = m_archive->specialFolder(m_settings.accountId, store::FolderRole::Inbox);
        if (!inbox) {
            m_result.outcome = FetchResult::Outcome::Failed;
            m_result.message = inbox.error().message;
            finish();
            return;
        }
        m_folderId = *inbox;
    }

    using pop3::Session;
    connect(m_session, &Session::uidlReceived, this, &FetchJob::onUidl);
    connect(m_session, &Session::listReceived, this, &FetchJob::onList);
    connect(m_session, &Session::messageRetrieved, this, &FetchJob::onRetrieved);
    connect(m_session, &Session::topRetrieved, this, &FetchJob::onTopRetrieved);
    connect(m_session, &Session::retrieveProgress, this, &FetchJob::onRetrieveProgress);
    connect(m_session, &Session::messageDeleted, this, &FetchJob::onDeleted);
    connect(m_session, &Session::commandFailed, this, &FetchJob::onCommandFailed);
    connect(m_session, &Session::quitDone, this, &FetchJob::onQuitDone);
    connect(m_session, &Session::failed, this, &FetchJob::onFailed);
    connect(m_session, &QObject::destroyed, this, [this] {
        if (m_finished || m_stopping)
            return;
        // Nothing after the last +OK is known to have happened: as after a dropped link.
        m_stopping = true;
        flushAfterFailure();
        m_result.outcome = FetchResult::Outcome::Failed;
        m_result.message = tr("The connection was closed before the fetch ended.");
        m_result.deletedOnServer = 0;
        m_result.leftOnServer = int(m_listing.size());
        finish();
    });

    m_phase = Phase::Listing;
    // Queued before the login so that both go out in the first pipelined batch. A server
    // without UIDL answers -ERR, and the LIST alone then plans a delete-after-download fetch.
    m_session->uidl();
    m_session->list();
    m_session->open();
}

void FetchJob::cancel()
{
    if (m_finished || m_stopping)
        return;
    if (m_phase == Phase::Idle || !m_session) {
        m_result.outcome = FetchResult::Outcome::Cancelled;
        m_result.message = tr("Cancelled.");
        finish();
        return;
    }
    m_session->cancel(); // failed(Cancelled) -> onFailed() -> finish()
}

void FetchJob::onUidl(const QList<pop3::UidlEntry> &entries)
{
    if (m_finished)
        return;
    m_haveUidl = true;
    m_uidls = entries;
}

void FetchJob::onList(const QList<pop3::MessageSize> &sizes)
{
    if (m_finished || m_phase != Phase::Listing)
        return;
    QElapsedTimer clock;
    clock.start();
    m_sizes.reserve(sizes.size());
    for (const pop3::MessageSize &s : sizes)
        m_sizes.insert(s.number, s.octets);
    plan();
    qCDebug(lcSync) << "planned" << m_listing.size() << "listed messages in" << clock.elapsed()
                    << "ms";
}

void FetchJob::plan()
{
    if (m_uidlMalformed) {
        quitWithError(FetchResult::Outcome::Failed,
                      tr("The server's list of message ids (UIDL) is malformed; nothing was "
                         "downloaded or deleted."));
        return;
    }
    const ServerVerdict verdict
        = checkServer(m_settings.policy, m_haveUidl, m_session->capabilities().expireDays);
    m_result.warnings += verdict.warnings;
    if (verdict.refused()) {
        quitWithError(FetchResult::Outcome::Refused, verdict.refusal);
        return;
    }
    if (m_settings.markAllAsDownloaded && !m_haveUidl) {
        quitWithError(FetchResult::Outcome::Refused,
                      tr("This server cannot tell its messages apart (it has no UIDL command), "
                         "so Satchel cannot remember them as already downloaded. Nothing was "
                         "marked."));
        return;
    }

    QList<int> fresh; // message numbers to RETR, in server order
    if (m_haveUidl) {
        QSet<QString> distinct;
        QStringList complete;
        QList<int> firsts;
        distinct.reserve(m_uidls.size());
        complete.reserve(m_uidls.size());
        firsts.reserve(m_uidls.size());
        m_listing.reserve(m_uidls.size());
        m_uidlByNumber.reserve(m_uidls.size());
        for (const pop3::UidlEntry &e : std::as_const(m_uidls)) {
            const QString uidl = QString::fromLatin1(e.uidl);
            m_listing.append({e.number, uidl, m_sizes.value(e.number)});
            m_uidlByNumber.insert(e.number, uidl);
            if (distinct.contains(uidl)) {
                // A broken server; the first copy is fetched, neither is ever deleted.
                qCWarning(lcSync) << "the server lists UIDL" << uidl << "more than once (message"
                                  << e.number << "); it is fetched once and left on the server";
                m_result.warnings << tr("The server lists the message id %1 more than once; "
                                        "Satchel downloads it once and leaves it on the server.")
                                         .arg(uidl);
                continue;
            }
            distinct.insert(uidl);
            complete << uidl;
            firsts << e.number;
        }
        Result<QList<store::LedgerEntry>> ledger = m_archive->ledger(m_settings.accountId);
        if (!ledger) {
            quitWithError(FetchResult::Outcome::Failed, ledger.error().message);
            return;
        }
        // The listing is complete and successful: rows for messages gone from the server go.
        // Most checks find none, and then the archive is not written at all.
        const bool stale
            = std::any_of(ledger->cbegin(), ledger->cend(),
                          [&](const store::LedgerEntry &e) { return !distinct.contains(e.uidl); });
        if (stale) {
            if (Status s = m_archive->pruneLedger(m_settings.accountId, complete); !s) {
                m_result.errors << s.error().message;
            } else {
                ledger->removeIf(
                    [&](const store::LedgerEntry &e) { return !distinct.contains(e.uidl); });
            }
        }
        QSet<QString> known;
        known.reserve(ledger->size());
        for (const store::LedgerEntry &e : std::as_const(*ledger))
            known.insert(e.uidl);
        m_planLedger = *ledger;
        for (int number : std::as_const(firsts)) {
            if (!known.contains(m_uidlByNumber.value(number)))
                fresh << number;
        }
        if (m_settings.markAllAsDownloaded) {
            QStringList unknown;
            for (int number : std::as_const(fresh))
                unknown << m_uidlByNumber.value(number);
            Result<int> marked = m_archive->markElsewhere(m_settings.accountId, unknown, now());
            if (!marked) {
                quitWithError(FetchResult::Outcome::Failed, marked.error().message);
                return;
            }
            m_result.markedElsewhere = *marked;
            m_ledgerChanged = m_ledgerChanged || *marked > 0;
            fresh.clear();
        }
    } else {
        qCInfo(lcSync) << "the server has no UIDL: every message is fetched and then deleted";
        QList<int> numbers = m_sizes.keys();
        std::sort(numbers.begin(), numbers.end());
        for (int number : std::as_const(numbers)) {
            m_listing.append({number, QString(), m_sizes.value(number)});
            fresh << number;
        }
    }
    m_result.leftOnServer = int(m_listing.size());

    m_progress.messagesTotal = int(fresh.size());
    for (int number : std::as_const(fresh)) {
        // Bytes count what RETR brings; a header-only message counts as a message only.
        const qint64 size = m_sizes.value(number);
        if (!m_settings.headersOnly
            && (!m_settings.maxMessageBytes || size <= *m_settings.maxMessageBytes))
            m_progress.bytesTotal += size;
    }
    emitProgress();
    if (fresh.isEmpty()) {
        deleteAndQuit();
        return;
    }
    m_phase = Phase::Retrieving;
    m_parser = std::make_unique<ParsePool>(m_settings.parseThreads);
    connect(m_parser.get(), &ParsePool::parsed, this, &FetchJob::drainParsed);
    int skippedWithoutUidl = 0;
    for (int number : std::as_const(fresh)) {
        const qint64 size = m_sizes.value(number);
        const bool headersOnly = m_settings.headersOnly
            || (m_settings.maxMessageBytes && size > *m_settings.maxMessageBytes);
        if (headersOnly && !m_haveUidl) {
            // Without UIDL nothing could find this message again to fetch the rest, and a
            // header-only copy must never lead to a DELE: it stays on the server, untouched.
            ++skippedWithoutUidl;
            continue;
        }
        m_pending.insert(number, m_uidlByNumber.value(number));
        if (headersOnly) {
            m_headersOnly.insert(number);
            m_session->top(number, 0);
        } else {
            m_session->retrieve(number, size);
        }
    }
    if (skippedWithoutUidl > 0) {
        m_result.warnings << tr("This server has no UIDL, so Satchel cannot come back for the "
                                "rest of a message: %n message(s) that would be downloaded "
                                "headers only were left on the server.",
                                nullptr, skippedWithoutUidl);
        m_progress.messagesTotal -= skippedWithoutUidl;
        emitProgress();
    }
    if (m_pending.isEmpty())
        deleteAndQuit();
}

void FetchJob::onRetrieved(int number, const QByteArray &raw)
{
    if (m_finished || m_stopping || !m_pending.contains(number) || m_headersOnly.contains(number))
        return;
    received(number, raw, false);
}

void FetchJob::onTopRetrieved(int number, const QByteArray &raw)
{
    if (m_finished || m_stopping || !m_pending.contains(number) || !m_headersOnly.contains(number))
        return;
    received(number, raw, true);
}

void FetchJob::received(int number, const QByteArray &raw, bool partial)
{
    ParsePool::Item item;
    item.number = number;
    item.uidl = m_pending.take(number);
    item.partial = partial;
    item.raw = raw;
    item.arrival = now();
    m_inFlightBytes = 0;
    if (!partial)
        m_progress.bytesDone += m_sizes.value(number);
    m_parser->submit(std::move(item));
    emitProgress();
    // Bounded: with too much in hand, wait for the parser here rather than read on.
    while (!m_finished && !m_stopping
           && (m_parser->size() > MaxInHandMessages || m_parser->bytes() > MaxInHandBytes))
        takeParsed();
    // Nothing is stored from here: the session goes on with the answers it has already read, so
    // that all of them reach the parser before this thread spends time on SQL. Storing after
    // each answer left the parser idle while the next answers waited behind an insert.
    // ParsePool::parsed() starts drainParsed().
}

void FetchJob::drainParsed()
{
    if (m_batch && m_batch->closing && !m_finished && !m_stopping) {
        if (!closeBatchSlice())
            return;
        // Committed: the session's turn before anything else is stored.
        if (!m_finished && !m_stopping) {
            QMetaObject::invokeMethod(this, &FetchJob::drainParsed, Qt::QueuedConnection);
            return;
        }
    }
    QElapsedTimer clock;
    clock.start();
    while (!m_finished && !m_stopping && m_parser && m_parser->headReady()) {
        const bool filled = takeParsed();
        if (m_batch && m_batch->closing && !m_finished && !m_stopping) {
            QMetaObject::invokeMethod(this, &FetchJob::drainParsed, Qt::QueuedConnection);
            return; // closeBatchSlice() from the next turn on
        }
        if ((filled || clock.elapsed() >= MaxDrainMs) && !m_finished && !m_stopping
            && m_parser->headReady()) {
            // The rest of a backlog waits for one turn of the event loop: there the session
            // reads what the server said since (the answer to a keep-alive NOOP, the next
            // RETR's) and sends what it queued, so the server is not left idle while this
            // thread stores. Without pipelining the next NOOP is only sent once the last one is
            // answered, so commits back to back would leave the server hearing nothing for the
            // whole backlog.
            QMetaObject::invokeMethod(this, &FetchJob::drainParsed, Qt::QueuedConnection);
            return;
        }
    }
    if (!m_finished && !m_stopping)
        maybeRetrievalComplete();
}

bool FetchJob::closeBatchSlice()
{
    // Writing a full batch's search rows took a third of the time of storing it, all of it at
    // COMMIT, and meanwhile the session read nothing and sent no RETR: a slice at a time, the
    // server and the parser keep working, and only the COMMIT itself holds them up.
    Result<bool> written = m_batch->insert->writeSearchRows(MaxDrainMs);
    if (!written) {
        batchLost(std::move(m_batch), written.error().message);
        return true;
    }
    if (!*written) {
        QMetaObject::invokeMethod(this, &FetchJob::drainParsed, Qt::QueuedConnection);
        return false;
    }
    commitBatch(false);
    return true;
}

bool FetchJob::takeParsed()
{
    // A batch still closing is committed now, with the rest of its search rows: this message
    // goes into the next one.
    if (m_batch && m_batch->closing)
        commitBatch(false);
    ParsePool::Item item = m_parser->takeHead();
    store::NewMessage message;
    message.partial = item.partial;
    message.accountId = m_settings.accountId;
    message.folderId = m_folderId;
    message.raw = std::move(item.raw);
    message.arrival = item.arrival;
    message.parsed = std::move(item.parsed);
    message.derived = std::move(item.derived);
    message.rawHash = std::move(item.rawHash);
    message.encodedRaw = std::move(item.encodedRaw);
    if (!m_haveUidl) {
        storeWithoutUidl(message, item.number); // a commit of its own
        return true;
    }
    // Message and ledger row in one transaction; the durable commit comes before any DELE.
    message.uidl = item.uidl;
    addToBatch(std::move(message));
    if (m_stopping || !m_batch)
        return false; // flushAfterFailure() commits what it collects
    const bool full = m_batch->taken >= m_batchTarget || m_batch->bytes >= MaxBatchBytes;
    // The last batch of the retrieval is left to maybeRetrievalComplete(), which commits it
    // durably.
    const bool last = m_pending.isEmpty() && m_parser->isEmpty();
    if (!full || last)
        return false;
    m_batch->closing = true; // drainParsed() goes on with closeBatchSlice()
    return true;
}

void FetchJob::addToBatch(store::NewMessage message)
{
    // Inserted now, into a transaction that stays open until the batch is committed: the SQL
    // work is spread over the retrieval, message by message, and between two messages the
    // session reads and sends (the next RETRs, a NOOP's answer). All of it in one call at commit
    // time kept the session from the network for a third of a second per batch.
    if (!m_batch) {
        Result<std::unique_ptr<store::Archive::InsertBatch>> begun = m_archive->beginInsertBatch();
        if (!begun) {
            m_result.errors << tr("Message %1 could not be stored: %2")
                                   .arg(message.uidl, begun.error().message);
            ++m_progress.messagesDone; // failed for good in this session
            return;
        }
        m_batch = std::make_unique<OpenBatch>();
        m_batch->insert = std::move(*begun);
        if (!m_stopping && m_settings.batchMaxMs > 0)
            m_batchTimer.start(m_settings.batchMaxMs);
    }
    ++m_batch->taken;
    const QString uidl = message.uidl;
    const bool partial = message.partial;
    const qint64 bytes = message.raw.size();
    Result<qint64> id = m_batch->insert->add(std::move(message));
    if (id) {
        m_batch->uidls << uidl;
        m_batch->ids << *id;
        m_batch->partial += partial ? 1 : 0;
        m_batch->bytes += bytes;
        return;
    }
    // Not in the ledger: downloaded again next time.
    m_result.errors << tr("Message %1 could not be stored: %2").arg(uidl, id.error().message);
    if (!m_batch->insert->isOpen())
        batchLost(std::move(m_batch), id.error().message);
}

void FetchJob::batchLost(std::unique_ptr<OpenBatch> batch, const QString &reason)
{
    // The transaction is gone (a full disk, an I/O error) and the messages with it; none of them
    // is in the ledger, so all are downloaded again next time.
    m_batchTimer.stop();
    for (const QString &uidl : std::as_const(batch->uidls))
        m_result.errors << tr("Message %1 could not be stored: %2").arg(uidl, reason);
    if (m_stopping) {
        m_progress.messagesDone += batch->taken;
        return;
    }
    reportDone(batch->taken, true);
}

void FetchJob::storeWithoutUidl(const store::NewMessage &message, int number)
{
    // Without UIDL the only memory of a message is its bytes: a copy committed by a session
    // that broke before QUIT +OK is found here and not stored twice. Each commit is durable, on
    // its own: nothing else could tell this message was stored.
    Result<std::optional<qint64>> existing = m_archive->findByRawHash(message.rawHash);
    if (!existing) {
        m_result.errors << existing.error().message;
    } else if (existing->has_value()) {
        qCInfo(lcSync) << "message" << number << "was stored by an earlier session";
        m_storedWithoutUidl << number;
    } else {
        Result<qint64> id = m_archive->insertMessage(message, store::Archive::Durability::Durable);
        if (id) {
            m_result.newMessageIds << *id;
            m_storedWithoutUidl << number;
        } else {
            m_result.errors
                << tr("Message %1 could not be stored: %2").arg(number).arg(id.error().message);
        }
    }
    if (m_stopping) {
        ++m_progress.messagesDone;
        return;
    }
    reportDone(1, !(m_pending.isEmpty() && m_parser->isEmpty()));
}

void FetchJob::commitBatch(bool final)
{
    m_batchTimer.stop();
    if (!m_batch)
        return;
    std::unique_ptr<OpenBatch> batch = std::move(m_batch);
    m_batchTarget = std::min(std::max(1, m_settings.batchMaxMessages), m_batchTarget * 2);
    if (Status s = batch->insert->commit(); !s) {
        batchLost(std::move(batch), s.error().message);
        return;
    }
    const int stored = int(batch->uidls.size());
    if (stored > 0) {
        m_needsBarrier = true;
        m_ledgerChanged = true;
    }
    // The last batch durable, and every earlier one with it. Where that fails nothing is lost
    // (it is committed) and nothing is deleted: deleteAndQuit() tries a barrier again first.
    if (final && m_needsBarrier) {
        if (Status s = m_archive->syncCommits(); s)
            m_needsBarrier = false;
        else
            m_result.errors << s.error().message;
    }
    // Counted before anyone hears of it: a progress slot may cancel the job.
    m_result.newMessageIds += batch->ids;
    m_result.partialMessages += batch->partial;
    if (m_stopping) {
        m_progress.messagesDone += batch->taken;
        emitProgress();
        return;
    }
    reportDone(batch->taken, !final);
}

void FetchJob::reportDone(int count, bool keepAliveAfterLast)
{
    for (int i = 0; i < count; ++i) {
        ++m_progress.messagesDone;
        emitProgress();
        if (m_finished || m_stopping)
            return; // a progress slot cancelled the job
        if (i + 1 < count || keepAliveAfterLast)
            keepAlive();
    }
}

void FetchJob::keepAlive()
{
    // Still more to work through: keep the server from thinking we left.
    if (m_session && !m_stopping && m_phase == Phase::Retrieving && m_settings.keepAliveMs > 0
        && m_session->msSinceLastCommand() >= m_settings.keepAliveMs) {
        qCDebug(lcSync) << "keep-alive NOOP after" << m_session->msSinceLastCommand() << "ms";
        m_session->noop();
    }
}

void FetchJob::maybeRetrievalComplete()
{
    if (m_phase != Phase::Retrieving || !m_pending.isEmpty() || (m_parser && !m_parser->isEmpty()))
        return;
    commitBatch(true);
    if (m_finished || m_stopping)
        return;
    deleteAndQuit();
}

void FetchJob::flushAfterFailure()
{
    // The link is gone, not the messages that arrived complete: parse and commit them all, so a
    // dropped link costs at most the message in flight.
    m_batchTimer.stop();
    if (!m_parser)
        return;
    while (!m_parser->isEmpty())
        takeParsed();
    commitBatch(false);
}

void FetchJob::onRetrieveProgress(int number, qint64 bytesSoFar)
{
    if (m_finished || !m_pending.contains(number) || m_headersOnly.contains(number))
        return;
    m_inFlightBytes = bytesSoFar;
    emitProgress();
}

void FetchJob::retrievedOrSkipped(int number)
{
    m_pending.remove(number);
    m_inFlightBytes = 0;
    reportDone(1, !(m_pending.isEmpty() && m_parser->isEmpty()));
    if (m_finished || m_stopping)
        return;
    maybeRetrievalComplete();
}

void FetchJob::deleteAndQuit()
{
    m_phase = Phase::Deleting;
    QList<int> numbers;
    if (m_haveUidl) {
        // The ledger as plan() read it, unless this session has written to it since.
        Result<QList<store::LedgerEntry>> ledger = m_planLedger;
        if (m_ledgerChanged)
            ledger = m_archive->ledger(m_settings.accountId);
        if (!ledger) {
            quitWithError(FetchResult::Outcome::Failed, ledger.error().message);
            return;
        }
        const RetentionPlan plan = planRetention(*ledger, m_settings.policy, now(), m_listing);
        if (!plan.toDelete.isEmpty()) {
            // Only durably committed messages are ever deleted. The last batch was committed
            // durably, which made every earlier commit durable too; where this session's last
            // commit was not durable (the last RETR failed after a timed commit), a barrier.
            if (m_needsBarrier) {
                if (Status s = m_archive->makeDurable(); !s) {
                    quitWithError(FetchResult::Outcome::Failed, s.error().message);
                    return;
                }
                m_needsBarrier = false;
            }
            // Then the rows are marked, durably too, and only then is DELE sent.
            if (Status s = m_archive->markDeleteSent(m_settings.accountId, plan.toDelete); !s) {
                quitWithError(FetchResult::Outcome::Failed, s.error().message);
                return;
            }
        }
        numbers = plan.numbers;
        // Every listed row that is delete_sent now; forgotten only if all of them got +OK.
        QSet<QString> listed;
        for (const ServerMessage &m : std::as_const(m_listing))
            listed.insert(m.uidl);
        for (const store::LedgerEntry &e : std::as_const(*ledger)) {
            if (e.state == store::LedgerState::DeleteSent && listed.contains(e.uidl))
                m_deleteSentUidls.insert(e.uidl);
        }
        for (const QString &uidl : plan.toDelete)
            m_deleteSentUidls.insert(uidl);
    } else if (m_settings.policy.deleteAfterDownload) {
        // Some of these may have been found already stored by an earlier commit that was not
        // synced (an import): one barrier makes all of them durable before the first DELE.
        if (!m_storedWithoutUidl.isEmpty()) {
            if (Status s = m_archive->makeDurable(); !s) {
                quitWithError(FetchResult::Outcome::Failed, s.error().message);
                return;
            }
        }
        numbers = m_storedWithoutUidl;
    }
    for (int number : std::as_const(numbers)) {
        m_deleteSent.insert(number);
        m_session->remove(number);
    }
    m_phase = Phase::Quitting;
    m_session->quit();
}

void FetchJob::onDeleted(int number)
{
    if (m_finished)
        return;
    m_deleteAcked.insert(number);
}

void FetchJob::onCommandFailed(pop3::Session::Command command, int number,
                               const pop3::Pop3Error &error)
{
    if (m_finished)
        return;
    using pop3::Session;
    switch (command) {
    case Session::Command::Uidl:
        if (error.kind == pop3::ErrorKind::Protocol)
            m_uidlMalformed = true;
        else
            qCInfo(lcSync) << "UIDL refused:" << error.message;
        return;
    case Session::Command::List:
        if (m_phase == Phase::Listing)
            quitWithError(FetchResult::Outcome::Failed,
                          tr("The server did not list its messages: %1").arg(error.message));
        return;
    case Session::Command::Retr:
    case Session::Command::Top:
        // Not stored, so not in the ledger: tried again next time, never deleted.
        m_result.errors
            << tr("Message %1 could not be downloaded: %2").arg(number).arg(error.message);
        if (m_pending.contains(number)) {
            if (!m_headersOnly.contains(number))
                m_progress.bytesDone += m_sizes.value(number);
            retrievedOrSkipped(number);
        }
        return;
    case Session::Command::Dele:
        // The row stays delete_sent (see onQuitDone) and the DELE is sent again next time.
        m_result.errors
            << tr("The server did not delete message %1: %2").arg(number).arg(error.message);
        return;
    default:
        qCInfo(lcSync) << "command" << command << number << "failed:" << error.message;
        return;
    }
}

void FetchJob::onQuitDone()
{
    if (m_finished)
        return;
    // +OK to QUIT: the server applied every DELE it acknowledged.
    m_result.deletedOnServer = int(m_deleteAcked.size());
    m_result.leftOnServer = int(m_listing.size()) - m_result.deletedOnServer;
    if (m_haveUidl && !m_deleteSentUidls.isEmpty()) {
        QSet<QString> acked;
        for (int number : std::as_const(m_deleteAcked))
            acked.insert(m_uidlByNumber.value(number));
        if (acked.contains(m_deleteSentUidls)) {
            if (Status s = m_archive->forgetDeleteSent(m_settings.accountId); !s)
                m_result.errors << s.error().message; // harmless: pruned next time
        } else {
            // Some marked messages are still on the server: their rows must stay, so the
            // DELE is sent again next time and they are not downloaded again; rows of the
            // deleted ones go with the next complete listing.
            qCInfo(lcSync) << "not every DELE was acknowledged; delete_sent rows kept";
        }
    }
    finish();
}

void FetchJob::onFailed(const pop3::Pop3Error &error)
{
    if (m_finished || m_stopping)
        return;
    m_stopping = true;
    if (error.kind == pop3::ErrorKind::Cancelled) {
        // At once: what is not committed yet is downloaded again next time.
        m_batchTimer.stop();
        if (m_parser)
            m_parser->clear();
        m_batch.reset(); // rolled back
    } else {
        flushAfterFailure();
    }
    m_result.error = error;
    if (m_result.outcome == FetchResult::Outcome::Success) {
        m_result.outcome = outcomeFor(error);
        m_result.message = error.message;
    }
    // Nothing is known to be deleted until +OK to QUIT.
    m_result.deletedOnServer = 0;
    m_result.leftOnServer = int(m_listing.size());
    finish();
}

void FetchJob::quitWithError(FetchResult::Outcome outcome, const QString &message)
{
    m_result.outcome = outcome;
    m_result.message = message;
    m_phase = Phase::Quitting;
    m_session->quit();
}

void FetchJob::finish()
{
    m_batch.reset(); // nothing is open here but a cancelled batch, rolled back
    m_finished = true;
    m_phase = Phase::Done;
    if (m_session) {
        // Known from the CAPA before login too, so also after a [LOGIN-DELAY] refusal.
        m_result.loginDelaySeconds
            = std::max(0, m_session->capabilities().loginDelaySeconds.value_or(0));
        disconnect(m_session, nullptr, this, nullptr);
    }
    Q_EMIT finished(m_result);
}

void FetchJob::emitProgress()
{
    FetchProgress p = m_progress;
    p.bytesDone += m_inFlightBytes;
    Q_EMIT progress(p);
}

} // namespace satchel::sync

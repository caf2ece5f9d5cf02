#include "store/MessageInserter.h"

#include "mime/MessageParser.h"
#include "store/ArchiveConnection.h"
#include "store/Folders.h"
#include "store/RawCodec.h"
#include "store/SearchIndex.h"
#include "store/SqlHelpers.h"
#include "store/Threading.h"
#include "store/Transaction.h"
#include "store/UidlLedger.h"

#include <QSet>
#include <QSqlError>
#include <QVariant>

#include <algorithm>

namespace satchel::store {

namespace {

// A reply joins a conversation on its subject alone only within this many days of it.
constexpr qint64 kSubjectThreadingWindowMs = 30LL * 24 * 3600 * 1000;

} // namespace

MessageInserter::MessageInserter(const QSqlDatabase &db)
    : m_folderAccount(db)
    , m_insertMessage(db)
    , m_maxMessageId(db)
    , m_insertRaw(db)
    , m_insertRef(db)
    , m_insertFts(db)
    , m_insertLedger(db)
    , m_byMessageId(db)
    , m_byRef(db)
    , m_bySubject(db)
    , m_merge(db)
{ }

Status MessageInserter::prepare()
{
    const std::pair<QSqlQuery *, QString> all[] = {
        {&m_folderAccount, Folders::accountOfSql()},
        {&m_insertMessage,
         u"INSERT INTO messages (id, account_id, folder_id, conversation_id, flags, partial, "
         u"uidl, first_seen, "
             + contentColumns()
             + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
               u"?, ?, ?)"},
        {&m_maxMessageId, QStringLiteral("SELECT coalesce(max(id), 0) FROM messages")},
        {&m_insertRaw,
         QStringLiteral("INSERT INTO message_raw (id, encoding, data) VALUES (?, ?, ?)")},
        {&m_insertRef,
         QStringLiteral("INSERT OR IGNORE INTO thread_refs (ref, message) VALUES (?, ?)")},
        {&m_insertFts, SearchIndex::insertSql()},
        {&m_insertLedger, UidlLedger::recordSql()},
        {&m_byMessageId,
         QStringLiteral("SELECT DISTINCT conversation_id FROM messages WHERE message_id = ? "
                        "LIMIT 16")},
        {&m_byRef,
         QStringLiteral("SELECT DISTINCT m.conversation_id FROM thread_refs t JOIN messages m "
                        "ON m.id = t.message WHERE t.ref = ? LIMIT 16")},
        {&m_bySubject,
         QStringLiteral("SELECT conversation_id FROM messages WHERE subject_sort = ? AND "
                        "account_id = ? AND date BETWEEN ? AND ? ORDER BY date DESC LIMIT 1")},
        {&m_merge,
         QStringLiteral("UPDATE messages SET conversation_id = ? WHERE conversation_id = ?")},
    };
    for (const auto &[query, sql] : all) {
        query->setForwardOnly(true);
        if (Status s = store::prepare(*query, sql); !s)
            return s;
    }
    return {};
}

const QString &MessageInserter::contentColumns()
{
    static const QString columns = QStringLiteral(
        "message_id, date, date_offset, sender_name, sender_address, sender_sort, recipients, "
        "subject, subject_sort, preview, size, has_attachments, raw_sha256, from_json, to_json, "
        "cc_json, attachments_json, has_html");
    return columns;
}

void MessageInserter::bindContent(QSqlQuery &q, const mime::ParsedMessage &parsed,
                                  const DerivedColumns &derived, const QDateTime &fallbackDate,
                                  const QByteArray &raw, const QByteArray &rawHash)
{
    const QDateTime &date = parsed.date.isValid() ? parsed.date : fallbackDate;
    q.addBindValue(parsed.messageId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                              : QVariant(parsed.messageId));
    q.addBindValue(date.toMSecsSinceEpoch());
    q.addBindValue(date.offsetFromUtc());
    q.addBindValue(text(derived.senderName));
    q.addBindValue(text(derived.senderAddress));
    q.addBindValue(text(derived.senderSort));
    q.addBindValue(text(derived.recipients));
    q.addBindValue(text(parsed.subject));
    q.addBindValue(text(derived.subjectSort));
    q.addBindValue(text(derived.preview));
    q.addBindValue(qint64(raw.size()));
    q.addBindValue(parsed.hasAttachments);
    q.addBindValue(rawHash);
    for (const QString *json :
         {&derived.fromJson, &derived.toJson, &derived.ccJson, &derived.attachmentsJson})
        q.addBindValue(*json);
    q.addBindValue(derived.hasHtml);
}

Result<QList<qint64>> MessageInserter::insertAll(ArchiveConnection &connection,
                                                 const QList<NewMessage> &messages,
                                                 Durability durability)
{
    Result<QList<qint64>> ids
        = inTransaction(connection, durability, [&]() -> Result<QList<qint64>> {
              MessageInserter inserter(connection.db());
              if (Status s = inserter.prepare(); !s)
                  return s.error();
              QList<qint64> stored;
              stored.reserve(messages.size());
              for (const NewMessage &message : messages) {
                  Result<qint64> id = inserter.insert(message);
                  if (!id)
                      return id.error(); // rolled back: none of the batch is kept
                  stored.append(*id);
              }
              if (Result<bool> written = inserter.writeSearchRows(); !written)
                  return written.error();
              return stored;
          });
    if (ids)
        connection.committedInBulk();
    return ids;
}

Result<bool> MessageInserter::writeSearchRows(QDeadlineTimer deadline)
{
    while (m_ftsWritten < m_pendingFts.size()) {
        const auto &[id, doc] = m_pendingFts[m_ftsWritten];
        SearchIndex::bindRow(m_insertFts, id, doc);
        if (Status s = run(m_insertFts, QStringLiteral("search index")); !s)
            return s.error();
        ++m_ftsWritten;
        if (deadline.hasExpired() && m_ftsWritten < m_pendingFts.size())
            return false;
    }
    m_pendingFts.clear();
    m_ftsWritten = 0;
    return true;
}

Result<qint64> MessageInserter::insert(const NewMessage &message)
{
    // The folder must exist and belong to the message's account.
    auto known = m_folderAccounts.constFind(message.folderId);
    if (known == m_folderAccounts.constEnd()) {
        m_folderAccount.addBindValue(message.folderId);
        if (Status s = run(m_folderAccount, QStringLiteral("folder lookup")); !s)
            return s.error();
        if (!m_folderAccount.next())
            return notFound(QStringLiteral("No folder %1").arg(message.folderId));
        known = m_folderAccounts.insert(message.folderId, m_folderAccount.value(0).toLongLong());
        m_folderAccount.finish();
    }
    if (known.value() != message.accountId)
        return Error {Error::Code::Invalid,
                      QStringLiteral("Folder %1 is not in account %2")
                          .arg(message.folderId)
                          .arg(message.accountId)};

    const QDateTime arrival
        = message.arrival.isValid() ? message.arrival : QDateTime::currentDateTimeUtc();
    // Parsed and derived here only when the caller did not do it on another thread.
    std::optional<mime::ParsedMessage> parsedHere;
    if (!message.parsed)
        parsedHere = mime::parseMessage(message.raw, arrival);
    const mime::ParsedMessage &parsed = message.parsed ? *message.parsed : *parsedHere;
    std::optional<DerivedColumns> derivedHere;
    if (!message.parsed || !message.derived)
        derivedHere = deriveColumns(parsed);
    const DerivedColumns &derived = derivedHere ? *derivedHere : *message.derived;

    Result<qint64> conversation = conversationFor(parsed, derived.subjectSort, message.accountId);
    if (!conversation)
        return conversation.error();

    if (m_nextMessageId == 0) {
        if (Status s = run(m_maxMessageId, QStringLiteral("message ids")); !s)
            return s.error();
        if (!m_maxMessageId.next())
            return sqlError(m_maxMessageId.lastError(), QStringLiteral("message ids"));
        m_nextMessageId = m_maxMessageId.value(0).toLongLong() + 1;
        m_maxMessageId.finish();
    }
    const qint64 id = m_nextMessageId;

    QSqlQuery &q = m_insertMessage;
    q.addBindValue(id);
    q.addBindValue(message.accountId);
    q.addBindValue(message.folderId);
    // 0: a conversation of its own, named after its first message.
    q.addBindValue(*conversation != 0 ? *conversation : id);
    q.addBindValue(message.flags.toInt());
    q.addBindValue(message.partial);
    q.addBindValue(message.uidl.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                          : QVariant(message.uidl));
    q.addBindValue(arrival.toMSecsSinceEpoch());
    bindContent(q, parsed, derived, arrival, message.raw,
                message.rawHash.isEmpty() ? rawSha256(message.raw) : message.rawHash);
    if (Status s = run(q, QStringLiteral("Cannot store the message")); !s)
        return s.error();
    ++m_nextMessageId;

    const EncodedRaw encoded = message.encodedRaw ? *message.encodedRaw : encodeRaw(message.raw);
    m_insertRaw.addBindValue(id);
    m_insertRaw.addBindValue(int(encoded.encoding));
    m_insertRaw.addBindValue(encoded.data);
    if (Status s = run(m_insertRaw, QStringLiteral("Cannot store the raw message")); !s)
        return s.error();

    QSet<QString> refs(parsed.references.cbegin(), parsed.references.cend());
    if (!parsed.inReplyTo.isEmpty())
        refs.insert(parsed.inReplyTo);
    refs.remove(parsed.messageId);
    for (const QString &ref : std::as_const(refs)) {
        m_insertRef.addBindValue(ref);
        m_insertRef.addBindValue(id);
        if (Status s = run(m_insertRef, QStringLiteral("threading link")); !s)
            return s.error();
    }

    m_pendingFts.emplace_back(id, derived.fts); // written before COMMIT

    if (!message.uidl.isEmpty()) {
        UidlLedger::bindRecord(m_insertLedger, message.accountId, message.uidl,
                               arrival.toMSecsSinceEpoch(), id,
                               message.partial ? LedgerState::Partial : LedgerState::Stored);
        if (Status s = run(m_insertLedger,
                           QStringLiteral("Cannot record UIDL %1 in the ledger").arg(message.uidl));
            !s)
            return s.error();
    }
    return id;
}

// JWZ-style, incrementally: a message joins every conversation that one of its References /
// In-Reply-To ids belongs to, or that refers to it or to a common ancestor (so children that
// arrived first are found too); several such conversations are merged into the oldest. Only
// when nothing links it, a "Re:" subject joins a recent conversation with the same subject.
// Returns 0 when the message starts a conversation of its own. subjectSort: normaliseSubject() of
// its subject, which the caller has already.
Result<qint64> MessageInserter::conversationFor(const mime::ParsedMessage &parsed,
                                                const QString &subjectSort, qint64 accountId)
{
    QSet<qint64> found;
    auto collect = [&found](QSqlQuery &q, const QString &key) -> Status {
        q.addBindValue(key);
        if (Status s = run(q, QStringLiteral("threading lookup")); !s)
            return s;
        while (q.next())
            found.insert(q.value(0).toLongLong());
        q.finish();
        return {};
    };
    QStringList refs = parsed.references;
    if (!parsed.inReplyTo.isEmpty())
        refs.append(parsed.inReplyTo);
    for (const QString &ref : std::as_const(refs)) {
        if (ref == parsed.messageId)
            continue;
        if (Status s = collect(m_byMessageId, ref); !s)
            return s.error();
        if (Status s = collect(m_byRef, ref); !s)
            return s.error();
    }
    if (!parsed.messageId.isEmpty()) {
        if (Status s = collect(m_byRef, parsed.messageId); !s)
            return s.error();
    }
    found.remove(0);

    if (found.isEmpty() && refs.isEmpty() && hasReplyPrefix(parsed.subject)) {
        if (!subjectSort.isEmpty() && parsed.date.isValid()) {
            const qint64 at = parsed.date.toMSecsSinceEpoch();
            m_bySubject.addBindValue(subjectSort);
            m_bySubject.addBindValue(accountId);
            m_bySubject.addBindValue(at - kSubjectThreadingWindowMs);
            m_bySubject.addBindValue(at + kSubjectThreadingWindowMs);
            if (Status s = run(m_bySubject, QStringLiteral("threading lookup")); !s)
                return s.error();
            if (m_bySubject.next())
                found.insert(m_bySubject.value(0).toLongLong());
            m_bySubject.finish();
        }
    }
    if (found.isEmpty())
        return qint64(0);

    const qint64 keep = *std::min_element(found.cbegin(), found.cend());
    for (const qint64 other : std::as_const(found)) {
        if (other == keep)
            continue;
        m_merge.addBindValue(keep);
        m_merge.addBindValue(other);
        if (Status s = run(m_merge, QStringLiteral("merging conversations")); !s)
            return s.error();
    }
    return keep;
}

} // namespace satchel::store

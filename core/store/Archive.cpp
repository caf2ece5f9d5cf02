#include "store/Archive.h"

#include "mime/MessageParser.h"
#include "store/Accounts.h"
#include "store/ArchiveConnection.h"
#include "store/Checkpointer.h"
#include "store/Folders.h"
#include "store/MessageEdits.h"
#include "store/MessageInserter.h"
#include "store/MessageQueries.h"
#include "store/RawCodec.h"
#include "store/Schema.h"
#include "store/SearchIndex.h"
#include "store/SqlHelpers.h"
#include "store/Transaction.h"
#include "store/UidlLedger.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace satchel::store {

Archive::Archive(std::unique_ptr<ArchiveConnection> connection)
    : m_connection(std::move(connection))
    , m_queries(std::make_unique<MessageQueries>(*m_connection))
    , m_ledger(std::make_unique<UidlLedger>(*m_connection))
    , m_index(std::make_unique<SearchIndex>(*m_connection, *m_queries))
    , m_folders(std::make_unique<Folders>(*m_connection))
    , m_edits(std::make_unique<MessageEdits>(*m_connection, *m_queries, *m_index, *m_ledger))
    , m_accounts(std::make_unique<Accounts>(*m_connection, *m_folders, *m_edits))
{ }

Archive::~Archive() = default;

Result<std::unique_ptr<Archive>> Archive::open(const QString &path)
{
    Result<std::unique_ptr<ArchiveConnection>> connection = ArchiveConnection::open(path);
    if (!connection)
        return connection.error();
    std::unique_ptr<Archive> archive(new Archive(std::move(*connection)));
    if (Status s = archive->m_index->ensureCurrent(); !s)
        return s.error();
    return archive;
}

QString Archive::path() const
{
    return m_connection->path();
}

int Archive::currentSchemaVersion()
{
    return latestSchemaVersion();
}

// Accounts and folders.

Result<qint64> Archive::createAccount(const QString &name)
{
    return m_accounts->create(name);
}

Result<QHash<qint64, QString>> Archive::accountNames()
{
    return m_accounts->names();
}

Status Archive::setAccountSettings(qint64 accountId, const QByteArray &settings)
{
    return m_accounts->setSettings(accountId, settings);
}

Result<QHash<qint64, QByteArray>> Archive::accountSettings()
{
    return m_accounts->settings();
}

Status Archive::removeAccount(qint64 accountId, bool deleteMail)
{
    Status s = m_accounts->remove(accountId, deleteMail);
    if (deleteMail)
        m_parsedCache.clear(); // which of them were the account's is not worth asking
    return s;
}

Result<qint64> Archive::createFolder(qint64 accountId, const QString &name,
                                     std::optional<qint64> parentId)
{
    return m_folders->create(accountId, name, parentId);
}

Result<qint64> Archive::specialFolder(qint64 accountId, FolderRole role)
{
    return m_folders->special(accountId, role);
}

Result<QList<Folder>> Archive::folders(std::optional<qint64> accountId)
{
    return m_folders->list(accountId);
}

Status Archive::renameFolder(qint64 folderId, const QString &name)
{
    return m_folders->rename(folderId, name);
}

Status Archive::deleteFolder(qint64 folderId)
{
    return m_folders->remove(folderId);
}

Result<QList<qint64>> Archive::folderMessageIds(qint64 folderId)
{
    return m_folders->messageIds(folderId);
}

// Inserting (InsertBatch.cpp has the batch).

Result<qint64> Archive::insertMessage(const NewMessage &message, Durability durability)
{
    Result<QList<qint64>> ids = insertMessages({message}, durability);
    if (!ids)
        return ids.error();
    return ids->constFirst();
}

Result<QList<qint64>> Archive::insertMessages(const QList<NewMessage> &messages,
                                              Durability durability)
{
    return MessageInserter::insertAll(*m_connection, messages, durability);
}

QByteArray Archive::rawHash(const QByteArray &raw)
{
    return rawSha256(raw);
}

// Reading.

Result<std::optional<qint64>> Archive::findByRawHash(const QByteArray &hash)
{
    return m_queries->findByRawHash(hash);
}

Result<QList<qint64>> Archive::messageIds()
{
    return m_queries->messageIds();
}

Result<QByteArray> Archive::rawMessage(qint64 id)
{
    return m_queries->rawMessage(id);
}

Result<mime::ParsedMessage> Archive::parsedMessage(qint64 id)
{
    if (const mime::ParsedMessage *cached = m_parsedCache.object(id))
        return *cached;
    Result<QByteArray> raw = rawMessage(id);
    if (!raw)
        return raw.error();
    Result<MessageRow> row = message(id);
    if (!row)
        return row.error();
    auto parsed = std::make_unique<mime::ParsedMessage>(mime::parseMessage(*raw, row->firstSeen));
    mime::ParsedMessage copy = *parsed;
    m_parsedCache.insert(id, parsed.release());
    return copy;
}

Result<MessageRow> Archive::message(qint64 id)
{
    return m_queries->message(id);
}

Result<Page> Archive::page(const PageRequest &request)
{
    return m_queries->page(request);
}

Result<QHash<qint64, int>> Archive::unreadCounts()
{
    return m_queries->unreadCounts();
}

Result<QList<qint64>> Archive::conversation(qint64 conversationId)
{
    return m_queries->conversation(conversationId);
}

Result<QList<qint64>> Archive::searchIds(const QString &ftsMatch, int limit)
{
    return m_queries->searchIds(ftsMatch, limit);
}

Result<QList<qint64>> Archive::search(const QString &query, int limit)
{
    Result<SearchQuery> parsed = SearchQuery::parse(query);
    if (!parsed)
        return parsed.error();
    return search(*parsed, limit);
}

Result<QList<qint64>> Archive::search(const SearchQuery &query, int limit)
{
    return m_queries->search(query, limit);
}

Result<QList<MessageRow>> Archive::searchRows(const SearchQuery &query, int limit)
{
    return m_queries->searchRows(query, limit);
}

Status Archive::rebuildSearchIndex()
{
    return m_index->rebuild();
}

// Changing messages.

Status Archive::move(const QList<qint64> &ids, qint64 folderId)
{
    return m_edits->move(ids, folderId);
}

Status Archive::setFlags(const QList<qint64> &ids, MessageFlags set, MessageFlags clear)
{
    return m_edits->setFlags(ids, set, clear);
}

Status Archive::moveToTrash(const QList<qint64> &ids)
{
    return m_edits->moveToTrash(ids);
}

Status Archive::deletePermanently(const QList<qint64> &ids)
{
    Status s = m_edits->deletePermanently(ids);
    for (const qint64 id : ids)
        m_parsedCache.remove(id);
    return s;
}

Status Archive::completePartial(qint64 id, const QByteArray &raw, Durability durability)
{
    Status s = m_edits->completePartial(id, raw, durability);
    if (s)
        m_parsedCache.remove(id);
    return s;
}

// The UIDL ledger.

Result<std::optional<LedgerEntry>> Archive::ledgerEntry(qint64 accountId, const QString &uidl)
{
    return m_ledger->entry(accountId, uidl);
}

Result<QList<LedgerEntry>> Archive::ledger(qint64 accountId)
{
    return m_ledger->entries(accountId);
}

Status Archive::markDeleteSent(qint64 accountId, const QStringList &uidls)
{
    return m_ledger->markDeleteSent(accountId, uidls);
}

Status Archive::forgetDeleteSent(qint64 accountId)
{
    return m_ledger->forgetDeleteSent(accountId);
}

Result<int> Archive::markElsewhere(qint64 accountId, const QStringList &uidls,
                                   const QDateTime &firstSeen)
{
    return m_ledger->markElsewhere(accountId, uidls, firstSeen);
}

Result<int> Archive::rebuildLedger(qint64 accountId)
{
    return m_ledger->rebuild(accountId);
}

Status Archive::pruneLedger(qint64 accountId, const QStringList &completeServerUidls)
{
    return m_ledger->prune(accountId, completeServerUidls);
}

// Durability barriers.

Status Archive::syncCommits()
{
    if (m_connection->isInMemory())
        return {};
    // A commit with nothing to write syncs nothing, hence the one row.
    return inTransaction(*m_connection, Durability::Durable, [this]() -> Status {
        QSqlQuery q(m_connection->db());
        return execute(q,
                       QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES "
                                      "('last_sync', ?)"),
                       {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                       QStringLiteral("durable commit"));
    });
}

Status Archive::makeDurable()
{
    if (m_connection->isInMemory())
        return {};
    const QSqlDatabase &db = m_connection->db();
    // With synchronous=FULL a checkpoint syncs the WAL before copying it and the database after;
    // a readers' lock can leave frames behind (busy = 1), and then the barrier has not held. A
    // background checkpoint would hold the checkpoint lock and make this one fail at once.
    if (BackgroundCheckpointer *checkpointer = m_connection->checkpointer())
        checkpointer->waitIdle();
    if (Status s = exec(db, QStringLiteral("PRAGMA synchronous = FULL")); !s)
        return s;
    QSqlQuery q(db);
    const bool ran = q.exec(QStringLiteral("PRAGMA wal_checkpoint(FULL)")) && q.next();
    const bool busy = ran && q.value(0).toInt() != 0;
    const QSqlError error = q.lastError();
    q.finish();
    (void)exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    if (!ran)
        return sqlError(error, QStringLiteral("checkpoint"));
    if (busy)
        return Error {Error::Code::Sql,
                      QCoreApplication::translate("Archive",
                                                  "The archive is busy; committed mail could not "
                                                  "be flushed to disk yet.")};
    return {};
}

// Integrity.

Result<QStringList> Archive::checkIntegrity()
{
    const QSqlDatabase &db = m_connection->db();
    QStringList problems;
    for (const QString &pragma :
         {QStringLiteral("PRAGMA integrity_check"), QStringLiteral("PRAGMA foreign_key_check")}) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(pragma))
            return sqlError(q.lastError(), pragma);
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells.append(q.value(i).toString());
            const QString line = cells.join(u' ');
            if (line != u"ok")
                problems.append(pragma.mid(7) + u": " + line);
        }
    }
    if (std::optional<QString> problem = m_index->check())
        problems.append(u"search index: " + *problem);
    // Every message has its raw bytes.
    Result<QList<qint64>> bare
        = selectIds(db,
                    QStringLiteral("SELECT m.id FROM messages m WHERE NOT EXISTS (SELECT 1 FROM "
                                   "message_raw r WHERE r.id = m.id) LIMIT 100"),
                    {}, QStringLiteral("completeness check"));
    if (!bare)
        return bare.error();
    for (const qint64 id : std::as_const(*bare))
        problems.append(QStringLiteral("message %1 lacks its raw bytes").arg(id));
    return problems;
}

} // namespace satchel::store

#pragma once

#include "mime/ParsedMessage.h"
#include "store/Durability.h"
#include "store/Folder.h"
#include "store/LedgerEntry.h"
#include "store/MessageFlags.h"
#include "store/MessageRow.h"
#include "store/NewMessage.h"
#include "store/Paging.h"
#include "store/SearchQuery.h"
#include "util/Result.h"

#include <QCache>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace satchel::store {

class Accounts;
class ArchiveConnection;
class Folders;
class MessageEdits;
class MessageInserter;
class MessageQueries;
class SearchIndex;
class Transaction;
class UidlLedger;

// The archive: one SQLite file in the profile folder, and the only code in Satchel that runs
// SQL. One instance = one connection, used from the thread that opened it only (open one
// Archive per thread; WAL lets readers and the writer work at once).
//
// A façade over parts, each in core/store/ under its own name and owning its tables and SQL:
//   ArchiveConnection  opening the file (private to its owner), WAL and pragmas, migrations
//                      (the steps are in Schema.cpp)
//   Transaction        the one transaction guard, and inTransaction() that every write uses
//   SqlHelpers         the few steps every part runs its SQL through (prepare, run, select)
//   Accounts           accounts, account_settings
//   Folders            folders: Inbox, Trash, user folders and their tree
//   MessageInserter    inserting messages (insertMessages(); InsertBatch.cpp keeps one open)
//   MessageQueries     reading messages: rows, pages, counts, raw bytes, search answers
//   MessageEdits       flags, moves, the Trash, deleting, completing a partial message
//   UidlLedger         uidl_ledger, the safe-delete steps of DESIGN.md
//   SearchIndex        message_fts and the other columns derived from the raw bytes
//                      (DerivedColumns.cpp derives them), kept in step with the parser
// Archive.cpp itself: opening, the durability barriers, the integrity check, the parsed-message
// cache, and forwarding to the parts.
class Archive
{
public:
    // Normal or durable commits (store/Durability.h says what each promises).
    using Durability = store::Durability;

    // Opens or creates the archive at `path` (":memory:" for a throwaway one). A new file is
    // created 0600 and a missing folder 0700. Migrates an older schema; refuses a newer one
    // (Error::Code::SchemaTooNew, with a message for the user).
    [[nodiscard]] static Result<std::unique_ptr<Archive>> open(const QString &path);
    ~Archive();
    Archive(const Archive &) = delete;
    Archive &operator=(const Archive &) = delete;

    [[nodiscard]] QString path() const;
    [[nodiscard]] static int currentSchemaVersion();

    // Accounts and folders. A new account comes with its Inbox and Trash.
    [[nodiscard]] Result<qint64> createAccount(const QString &name);
    [[nodiscard]] Result<qint64> createFolder(qint64 accountId, const QString &name,
                                              std::optional<qint64> parentId = std::nullopt);
    [[nodiscard]] Result<qint64> specialFolder(qint64 accountId, FolderRole role);
    [[nodiscard]] Result<QList<Folder>> folders(std::optional<qint64> accountId = std::nullopt);
    // A user folder's new name (same rules as createFolder). Inbox and Trash keep theirs.
    [[nodiscard]] Status renameFolder(qint64 folderId, const QString &name);
    // Removes a user folder and its subfolders; their messages go to the account's Trash first
    // (never lost by deleting a folder). Inbox and Trash cannot be deleted.
    [[nodiscard]] Status deleteFolder(qint64 folderId);
    // The ids of the messages in one folder, newest first (for export and emptying the Trash).
    [[nodiscard]] Result<QList<qint64>> folderMessageIds(qint64 folderId);

    // Inserts a message, its raw bytes, search index entry, threading links and (with a uidl)
    // its ledger row, all in one transaction: either all of it is there afterwards or none.
    [[nodiscard]] Result<qint64> insertMessage(const NewMessage &message,
                                               Durability durability = Durability::Normal);
    // Many messages in one transaction (what makes an import fast); all or nothing.
    [[nodiscard]] Result<QList<qint64>> insertMessages(const QList<NewMessage> &messages,
                                                       Durability durability = Durability::Normal);

    // Messages inserted one at a time into one transaction that stays open between calls, then
    // committed together: a caller that stores while it downloads can read the network between
    // two messages and still pay for one commit per batch. Each add() is all or nothing by itself
    // (the transaction starts again without a message that failed), so a message that cannot be
    // stored keeps no other out. While a batch is open nothing else may write through this
    // Archive (a write that needs a transaction is refused with Error::Code::Invalid);
    // destroying it uncommitted rolls it back.
    class InsertBatch;
    [[nodiscard]] Result<std::unique_ptr<InsertBatch>> beginInsertBatch();

    // Every commit so far on disk when this returns, with one small durable commit (it syncs
    // the write-ahead log, which holds every commit not checkpointed yet). For a caller whose last
    // commit was a normal one, such as an InsertBatch. Unlike makeDurable() it does not wait for
    // readers, and the commits stay in the log rather than in the main file.
    [[nodiscard]] Status syncCommits();

    // The key of duplicate detection: SHA-256 of the exact bytes.
    [[nodiscard]] static QByteArray rawHash(const QByteArray &raw);
    // A message stored with exactly these bytes (by rawHash()), if any.
    [[nodiscard]] Result<std::optional<qint64>> findByRawHash(const QByteArray &hash);
    // Every message id, oldest insert first.
    [[nodiscard]] Result<QList<qint64>> messageIds();
    [[nodiscard]] Result<QHash<qint64, QString>> accountNames(); // account id -> name

    // A mail account's settings, opaque here (core/accounts serialises them). Only accounts
    // that fetch mail have them; "Local" (imports) has none.
    [[nodiscard]] Status setAccountSettings(qint64 accountId, const QByteArray &settings);
    [[nodiscard]] Result<QHash<qint64, QByteArray>> accountSettings(); // account id -> settings
    // Removes the account's settings: it no longer fetches; its mail and UIDL ledger stay. With
    // `deleteMail` the account goes entirely, with its folders, messages, ledger and search
    // index entries; all of it in one transaction.
    [[nodiscard]] Status removeAccount(qint64 accountId, bool deleteMail);

    [[nodiscard]] Result<QByteArray> rawMessage(qint64 id);
    [[nodiscard]] Result<mime::ParsedMessage> parsedMessage(qint64 id); // parsed from the raw
    [[nodiscard]] Result<MessageRow> message(qint64 id);
    [[nodiscard]] Result<Page> page(const PageRequest &request);
    [[nodiscard]] Result<QHash<qint64, int>> unreadCounts(); // folder id -> unread messages
    [[nodiscard]] Result<QList<qint64>> conversation(qint64 conversationId); // ids by date

    // Moves within the messages' own account (NotFound / Invalid otherwise).
    [[nodiscard]] Status move(const QList<qint64> &ids, qint64 folderId);
    [[nodiscard]] Status setFlags(const QList<qint64> &ids, MessageFlags set,
                                  MessageFlags clear = {});
    // To each message's account's Trash; remembers where it came from.
    [[nodiscard]] Status moveToTrash(const QList<qint64> &ids);
    // Gone for good: row, raw bytes, index entry. The ledger row stays with no message, so the
    // next session knows it was deleted here ("leave until deleted locally").
    [[nodiscard]] Status deletePermanently(const QList<qint64> &ids);

    // Raw FTS5 MATCH over the columns subject, sender, recipients, reply_to, body and
    // attachments, best first. For tests and tools; people use search().
    [[nodiscard]] Result<QList<qint64>> searchIds(const QString &ftsMatch, int limit = 100);

    // The search language (store/SearchQuery.h): ids newest first (date, then id). A malformed
    // query is an Error::Code::Invalid that says where and what was expected. limit <= 0: all.
    [[nodiscard]] Result<QList<qint64>> search(const QString &query, int limit = 100);
    [[nodiscard]] Result<QList<qint64>> search(const SearchQuery &query, int limit = 100);
    // The same, with the list rows of the messages found, in one query.
    [[nodiscard]] Result<QList<MessageRow>> searchRows(const SearchQuery &query, int limit = 100);

    // Derives the whole search index again from the raw messages. open() does this by itself
    // when the parser (or GMime) changed since the index was built.
    [[nodiscard]] Status rebuildSearchIndex();

    // The UIDL ledger (DESIGN.md).
    [[nodiscard]] Result<std::optional<LedgerEntry>> ledgerEntry(qint64 accountId,
                                                                 const QString &uidl);
    [[nodiscard]] Result<QList<LedgerEntry>> ledger(qint64 accountId);
    // Marks rows delete_sent in a durable commit: call before sending DELE for them.
    [[nodiscard]] Status markDeleteSent(qint64 accountId, const QStringList &uidls);
    // A durability barrier: every commit made so far, by this connection or another, is on disk
    // when it returns (a full WAL checkpoint under synchronous=FULL). For the DELE of a message
    // that this session found already stored rather than stored itself.
    [[nodiscard]] Status makeDurable();
    // After QUIT +OK: the server applied the deletes, the rows can go.
    [[nodiscard]] Status forgetDeleteSent(qint64 accountId);
    // "Mark everything on the server as already downloaded": rows in state Elsewhere for the
    // UIDLs the ledger does not know yet (known ones are left as they are). Returns how many
    // were added.
    [[nodiscard]] Result<int> markElsewhere(qint64 accountId, const QStringList &uidls,
                                            const QDateTime &firstSeen);
    // Rebuilds the ledger rows of an account from the UIDLs kept on its stored messages (after
    // the ledger was lost or damaged): a message with a UIDL and no row gets one (its first-seen
    // time, Stored or Partial); rows that exist are left alone. Where two messages carry the same
    // UIDL the first stored wins. Rows of messages deleted here cannot come back (nothing keeps
    // their UIDL); those messages are downloaded again if still on the server. Returns how many
    // rows were added.
    [[nodiscard]] Result<int> rebuildLedger(qint64 accountId);
    // The body of a partial message arrived ("download the rest"): its raw bytes, search entry
    // and header columns are replaced in one transaction; the id, folder, flags, conversation
    // and first-seen time stay. The message is no longer partial and its ledger row becomes
    // Stored. NotFound for no such message, Invalid when it is not partial.
    [[nodiscard]] Status completePartial(qint64 id, const QByteArray &raw,
                                         Durability durability = Durability::Normal);
    // After a complete, successful UIDL listing: rows for UIDLs no longer on the server go.
    [[nodiscard]] Status pruneLedger(qint64 accountId, const QStringList &completeServerUidls);

    // SQLite's integrity_check and foreign_key_check plus the FTS5 index check; an empty list
    // means all is well.
    [[nodiscard]] Result<QStringList> checkIntegrity();

private:
    explicit Archive(std::unique_ptr<ArchiveConnection> connection);

    // The connection first: the parts hold references to it and go before it.
    std::unique_ptr<ArchiveConnection> m_connection;
    std::unique_ptr<MessageQueries> m_queries;
    std::unique_ptr<UidlLedger> m_ledger;
    std::unique_ptr<SearchIndex> m_index;
    std::unique_ptr<Folders> m_folders;
    std::unique_ptr<MessageEdits> m_edits;
    std::unique_ptr<Accounts> m_accounts;
    QCache<qint64, mime::ParsedMessage> m_parsedCache {16};
};

class Archive::InsertBatch
{
public:
    ~InsertBatch();
    InsertBatch(const InsertBatch &) = delete;
    InsertBatch &operator=(const InsertBatch &) = delete;

    // The message's id. On failure the message is not stored, and the batch goes on without it
    // if isOpen(); where it could not (a full disk, an I/O error), nothing added so far will be
    // stored either.
    [[nodiscard]] Result<qint64> add(NewMessage message);
    // Writes the search rows of the messages added so far, until about budgetMs have passed
    // (they are written at COMMIT otherwise, all at once); true once all are written. A caller
    // that must not be kept from its event loop for long calls this between turns, then
    // commit(). Nothing must be added in between: another statement would make SQLite's search
    // index write out what it holds, as a segment per message. On failure the batch is closed
    // and nothing of it is stored.
    [[nodiscard]] Result<bool> writeSearchRows(int budgetMs);
    // Commits what was added, as a normal commit (syncCommits() after it for a durable one).
    // Closed afterwards, whether it worked or not.
    [[nodiscard]] Status commit();
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] int size() const { return int(m_kept.size()); } // messages stored so far

private:
    friend class Archive;
    explicit InsertBatch(ArchiveConnection &connection);
    [[nodiscard]] Status start(); // a new transaction (rolling back the one before, if any)
    [[nodiscard]] bool restart(); // rolls back and adds m_kept again

    ArchiveConnection &m_connection;
    std::unique_ptr<Transaction> m_transaction;
    std::unique_ptr<MessageInserter> m_inserter;
    QList<NewMessage> m_kept; // added so far, without their parsed form
    bool m_open = false;
};

} // namespace satchel::store

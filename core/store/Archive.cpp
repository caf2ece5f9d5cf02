#include "store/Archive.h"

#include "mime/MessageParser.h"
#include "store/Checkpointer.h"
#include "store/DerivedColumns.h"
#include "store/RawCodec.h"
#include "store/Schema.h"
#include "store/Threading.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <openssl/evp.h>

#include <utility>
#include <vector>

namespace satchel::store {

namespace {

QAtomicInteger<quint64> g_connectionCounter;

// Search text is capped: a 20 MB log pasted into a mail would otherwise dominate the index.
constexpr qsizetype kMaxIndexedBodyChars = 1024 * 1024;
constexpr qsizetype kPreviewChars = 200;
// A reply joins a conversation on its subject alone only within this many days of it.
constexpr qint64 kSubjectThreadingWindowMs = 30LL * 24 * 3600 * 1000;

Error sqlError(const QSqlError &error, const QString &what)
{
    const QString text = error.text();
    const bool duplicate = text.contains(QLatin1String("UNIQUE constraint failed"))
        || text.contains(QLatin1String("PRIMARY KEY must be unique"));
    return Error {duplicate ? Error::Code::Duplicate : Error::Code::Sql, what + u": " + text};
}

Status exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlError(q.lastError(), sql.simplified().left(80));
    return {};
}

Status prepare(QSqlQuery &q, const QString &sql)
{
    if (!q.prepare(sql))
        return sqlError(q.lastError(), sql.simplified().left(80));
    return {};
}

Status run(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return sqlError(q.lastError(), what);
    return {};
}

// Prepares `sql`, binds `values` in order and runs it: the common start of every read.
Status select(QSqlQuery &q, const QString &sql, const QVariantList &values, const QString &what)
{
    q.setForwardOnly(true);
    if (Status s = prepare(q, sql); !s)
        return s;
    for (const QVariant &value : values)
        q.addBindValue(value);
    return run(q, what);
}

// A query whose first column is a message id.
Result<QList<qint64>> selectIds(const QSqlDatabase &db, const QString &sql,
                                const QVariantList &values, const QString &what)
{
    QSqlQuery q(db);
    if (Status s = select(q, sql, values, what); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

// A null QString binds as SQL NULL; the text columns are NOT NULL and want '' instead.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// The search index's columns after its rowid, in the order of every INSERT INTO message_fts.
void bindFtsColumns(QSqlQuery &q, const FtsDocument &doc)
{
    for (const QString *column :
         {&doc.subject, &doc.sender, &doc.recipients, &doc.replyTo, &doc.body, &doc.attachments})
        q.addBindValue(text(*column));
}

Error notFound(const QString &what)
{
    return Error {Error::Code::NotFound, what};
}

QString addressDisplay(const mime::AddressList &list)
{
    QStringList parts;
    for (const mime::Address &a : list)
        parts.append(a.display());
    return parts.join(QLatin1String(", "));
}

QString addressTokens(std::initializer_list<const mime::AddressList *> lists)
{
    QStringList addresses;
    for (const auto *list : lists) {
        for (const mime::Address &a : *list)
            addresses.append(a.display());
    }
    return addresses.join(u' ');
}

FtsDocument ftsDocument(const mime::ParsedMessage &parsed)
{
    FtsDocument doc;
    doc.subject = parsed.subject;
    doc.sender = addressTokens({&parsed.from});
    doc.recipients = addressTokens({&parsed.to, &parsed.cc});
    doc.replyTo = addressTokens({&parsed.replyTo});
    doc.body = parsed.readerText.left(kMaxIndexedBodyChars);
    QStringList names;
    for (const mime::Attachment &a : parsed.attachments) {
        if (!a.filename.isEmpty())
            names.append(a.filename);
    }
    doc.attachments = names.join(u' ');
    return doc;
}

QString addressesJson(const mime::AddressList &list)
{
    QJsonArray array;
    for (const mime::Address &a : list)
        array.append(
            QJsonObject {{QStringLiteral("name"), a.name}, {QStringLiteral("address"), a.address}});
    // TEXT, not a BLOB, in the column.
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString attachmentsJson(const QList<mime::Attachment> &list)
{
    QJsonArray attachments;
    for (const mime::Attachment &a : list)
        attachments.append(QJsonObject {{QStringLiteral("filename"), a.filename},
                                        {QStringLiteral("content_type"), a.contentType},
                                        {QStringLiteral("size"), double(a.size)}});
    return QString::fromUtf8(QJsonDocument(attachments).toJson(QJsonDocument::Compact));
}

QString previewOf(const QString &readerText)
{
    // Skip quoted lines: the preview should show what is new in the message.
    QString preview;
    for (const QStringView line : QStringView(readerText).split(u'\n')) {
        const QStringView t = line.trimmed();
        if (t.isEmpty() || t.startsWith(u'>'))
            continue;
        if (!preview.isEmpty())
            preview += u' ';
        preview += t;
        if (preview.size() >= kPreviewChars)
            break;
    }
    return preview.left(kPreviewChars);
}

// The index entry of stored raw bytes, derived again exactly as insert derived it.
FtsDocument ftsDocumentOf(const QByteArray &raw)
{
    // The arrival time only feeds the date fallback, which the index does not contain.
    return ftsDocument(mime::parseMessage(raw, QDateTime::fromSecsSinceEpoch(0, Qt::UTC)));
}

const QString &rowColumns()
{
    static const QString columns = QStringLiteral(
        "id, account_id, folder_id, conversation_id, date, date_offset, sender_name, "
        "sender_address, recipients, subject, preview, size, flags, has_attachments, partial, "
        "uidl, first_seen, message_id");
    return columns;
}

MessageRow readRow(const QSqlQuery &q)
{
    MessageRow r;
    r.id = q.value(0).toLongLong();
    r.accountId = q.value(1).toLongLong();
    r.folderId = q.value(2).toLongLong();
    r.conversationId = q.value(3).toLongLong();
    r.date = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::OffsetFromUTC,
                                            q.value(5).toInt());
    r.senderName = q.value(6).toString();
    r.senderAddress = q.value(7).toString();
    r.recipients = q.value(8).toString();
    r.subject = q.value(9).toString();
    r.preview = q.value(10).toString();
    r.size = q.value(11).toLongLong();
    r.flags = MessageFlags::fromInt(q.value(12).toInt());
    r.hasAttachments = q.value(13).toBool();
    r.partial = q.value(14).toBool();
    r.uidl = q.value(15).toString();
    r.firstSeen = QDateTime::fromMSecsSinceEpoch(q.value(16).toLongLong(), Qt::UTC);
    r.messageId = q.value(17).toString();
    return r;
}

QLatin1String sortColumn(SortKey key)
{
    switch (key) {
    case SortKey::Date:
        return QLatin1String("date");
    case SortKey::Sender:
        return QLatin1String("sender_sort");
    case SortKey::Subject:
        return QLatin1String("subject_sort");
    case SortKey::Size:
        return QLatin1String("size");
    }
    return QLatin1String("date");
}

LedgerEntry readLedger(const QSqlQuery &q)
{
    LedgerEntry e;
    e.accountId = q.value(0).toLongLong();
    e.uidl = q.value(1).toString();
    e.firstSeen = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    if (!q.value(3).isNull())
        e.messageId = q.value(3).toLongLong();
    e.state = static_cast<LedgerState>(q.value(4).toInt());
    return e;
}

} // namespace

DerivedColumns deriveColumns(const mime::ParsedMessage &parsed)
{
    DerivedColumns d;
    const mime::Address sender = parsed.sender();
    d.senderName = sender.name;
    d.senderAddress = sender.address;
    d.senderSort = (sender.name.isEmpty() ? sender.address : sender.name).toCaseFolded();
    d.recipients = addressDisplay(parsed.to);
    d.subjectSort = normaliseSubject(parsed.subject);
    d.preview = previewOf(parsed.readerText);
    d.fromJson = addressesJson(parsed.from);
    d.toJson = addressesJson(parsed.to);
    d.ccJson = addressesJson(parsed.cc);
    d.attachmentsJson = attachmentsJson(parsed.attachments);
    d.hasHtml = !parsed.htmlBody.isEmpty();
    d.fts = ftsDocument(parsed);
    return d;
}

// BEGIN IMMEDIATE ... COMMIT, rolled back unless committed. A durable transaction raises
// synchronous to FULL for its commit (it cannot be changed inside a transaction).
class Archive::Transaction
{
public:
    Transaction(const QSqlDatabase &db, Durability durability)
        : m_db(db)
        , m_durable(durability == Durability::Durable)
    { }
    ~Transaction()
    {
        if (m_open)
            (void)exec(m_db, QStringLiteral("ROLLBACK"));
        if (m_durable)
            (void)exec(m_db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] Status begin()
    {
        if (m_durable) {
            if (Status s = exec(m_db, QStringLiteral("PRAGMA synchronous = FULL")); !s)
                return s;
        }
        if (Status s = exec(m_db, QStringLiteral("BEGIN IMMEDIATE")); !s)
            return s;
        m_open = true;
        return {};
    }
    [[nodiscard]] Status commit()
    {
        if (Status s = exec(m_db, QStringLiteral("COMMIT")); !s)
            return s; // still open: the destructor rolls back
        m_open = false;
        return {};
    }

private:
    QSqlDatabase m_db;
    bool m_durable;
    bool m_open = false;
};

// Statements prepared once per insert transaction and reused for every message in it. They must
// be gone before COMMIT (an open statement makes SQLite refuse it), hence a scope of their own.
struct Archive::InsertStatements
{
    explicit InsertStatements(const QSqlDatabase &db)
        : folderAccount(db)
        , insertMessage(db)
        , maxMessageId(db)
        , insertRaw(db)
        , insertRef(db)
        , insertFts(db)
        , insertLedger(db)
        , byMessageId(db)
        , byRef(db)
        , bySubject(db)
        , merge(db)
    { }

    [[nodiscard]] Status prepareAll()
    {
        const std::pair<QSqlQuery *, QString> all[] = {
            {&folderAccount, QStringLiteral("SELECT account_id FROM folders WHERE id = ?")},
            {&insertMessage,
             QStringLiteral(
                 "INSERT INTO messages (id, account_id, folder_id, conversation_id, message_id, "
                 "date, date_offset, sender_name, sender_address, sender_sort, recipients, "
                 "subject, subject_sort, preview, size, flags, has_attachments, partial, uidl, "
                 "first_seen, raw_sha256, from_json, to_json, cc_json, attachments_json, "
                 "has_html) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                 "?, ?, ?, ?, ?, ?)")},
            {&maxMessageId, QStringLiteral("SELECT coalesce(max(id), 0) FROM messages")},
            {&insertRaw,
             QStringLiteral("INSERT INTO message_raw (id, encoding, data) VALUES (?, ?, ?)")},
            {&insertRef,
             QStringLiteral("INSERT OR IGNORE INTO thread_refs (ref, message) VALUES (?, ?)")},
            {&insertFts,
             QStringLiteral("INSERT INTO message_fts (rowid, subject, sender, recipients, "
                            "reply_to, body, attachments) VALUES (?, ?, ?, ?, ?, ?, ?)")},
            {&insertLedger,
             QStringLiteral("INSERT INTO uidl_ledger (account_id, uidl, first_seen, message, "
                            "state) VALUES (?, ?, ?, ?, ?)")},
            {&byMessageId,
             QStringLiteral("SELECT DISTINCT conversation_id FROM messages WHERE message_id = ? "
                            "LIMIT 16")},
            {&byRef,
             QStringLiteral("SELECT DISTINCT m.conversation_id FROM thread_refs t JOIN messages m "
                            "ON m.id = t.message WHERE t.ref = ? LIMIT 16")},
            {&bySubject,
             QStringLiteral("SELECT conversation_id FROM messages WHERE subject_sort = ? AND "
                            "account_id = ? AND date BETWEEN ? AND ? ORDER BY date DESC LIMIT 1")},
            {&merge,
             QStringLiteral("UPDATE messages SET conversation_id = ? WHERE conversation_id = ?")},
        };
        for (const auto &[query, sql] : all) {
            query->setForwardOnly(true);
            if (Status s = prepare(*query, sql); !s)
                return s;
        }
        return {};
    }

    // The search index rows of the transaction's messages, written together just before COMMIT
    // (flushFts()). FTS5 collects a transaction's rows in memory and writes them as one segment,
    // but writes out what it holds whenever a statement opens a savepoint, and the threading
    // UPDATE of the next message does. Inserted with each message, every message became a
    // segment of its own, to be merged again and again.
    std::vector<std::pair<qint64, FtsDocument>> pendingFts;
    size_t ftsWritten = 0; // of pendingFts, by flushFts() calls with a deadline

    // Writes the pending search rows, all of them or those that fit before the deadline; true
    // once none is left.
    [[nodiscard]] Result<bool> flushFts(QDeadlineTimer deadline = QDeadlineTimer::Forever)
    {
        while (ftsWritten < pendingFts.size()) {
            const auto &[id, doc] = pendingFts[ftsWritten];
            insertFts.addBindValue(id);
            bindFtsColumns(insertFts, doc);
            if (Status s = run(insertFts, QStringLiteral("search index")); !s)
                return s.error();
            ++ftsWritten;
            if (deadline.hasExpired() && ftsWritten < pendingFts.size())
                return false;
        }
        pendingFts.clear();
        ftsWritten = 0;
        return true;
    }

    QSqlQuery folderAccount, insertMessage, maxMessageId, insertRaw, insertRef, insertFts,
        insertLedger, byMessageId, byRef, bySubject, merge;
    QHash<qint64, qint64> folderAccounts; // folder -> account, checked once per batch
    // The id the next message gets: what SQLite would choose (the largest id plus one; the
    // table has no AUTOINCREMENT), known before the insert, so that a message that starts a
    // conversation is inserted with conversation_id = id at once instead of updated after,
    // which moved its entry in the conversation index a second time. Read once per
    // transaction, which holds the write lock (BEGIN IMMEDIATE); 0: not read yet.
    qint64 nextMessageId = 0;
};

Archive::Archive(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

Archive::~Archive()
{
    // Its connection first: the writer's close, as the last connection, then checkpoints what is
    // left and removes the log.
    m_checkpointer.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Archive::currentSchemaVersion()
{
    return latestSchemaVersion();
}

Result<std::unique_ptr<Archive>> Archive::open(const QString &path)
{
    const bool inMemory = path == u":memory:";
    if (!inMemory) {
        const QFileInfo info(path);
        const QString folder = info.absolutePath();
        if (!QFileInfo::exists(folder)) {
            if (!QDir().mkpath(folder))
                return Error {Error::Code::Io,
                              QStringLiteral("Cannot create the folder %1").arg(folder)};
            // Mail is private: the profile folder is for its owner only.
            QFile::setPermissions(
                folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
        if (!info.exists()) {
            // Created 0600 before SQLite opens it; SQLite gives -wal and -shm the same mode.
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                           QFileDevice::ReadOwner | QFileDevice::WriteOwner))
                return Error {Error::Code::Io,
                              QStringLiteral("Cannot create %1: %2").arg(path, file.errorString())};
        }
    }

    const QString connection = QStringLiteral("satchel-archive-%1").arg(++g_connectionCounter);
    std::unique_ptr<Archive> archive(new Archive(path, connection));
    archive->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    archive->m_db.setDatabaseName(path);
    archive->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!archive->m_db.open())
        return Error {Error::Code::Io,
                      QStringLiteral("Cannot open the archive %1: %2")
                          .arg(path, archive->m_db.lastError().text())};
    if (!inMemory)
        archive->m_checkpointer = std::make_unique<BackgroundCheckpointer>(path);
    if (Status s = archive->configure(); !s)
        return s.error();
    if (Status s = archive->migrate(); !s)
        return s.error();
    if (Status s = archive->ensureSearchIndexCurrent(); !s)
        return s.error();
    if (Status s = archive->ensureRawHashes(); !s)
        return s.error();
    return archive;
}

Status Archive::configure()
{
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
            return sqlError(q.lastError(), QStringLiteral("PRAGMA journal_mode"));
        const QString mode = q.value(0).toString();
        if (mode != u"wal" && m_path != u":memory:")
            return Error {Error::Code::Io,
                          QStringLiteral("%1: SQLite refused write-ahead logging (journal mode %2)")
                              .arg(m_path, mode)};
    }
    // Checkpoints: bulk writers ask m_checkpointer for one after each commit, and it copies the
    // log on its own thread. The writer's automatic checkpoint, which runs inside a COMMIT and
    // waits for two fsyncs, is left as the bound on the log's size: at 16,000 pages (64 MB) it
    // copies only what the background ones have not, and the log starts again from its
    // beginning. With SQLite's 1,000 pages, then 4,000, a fetch stopped every second for one.
    // A cache of 32 MB instead of 2 MB: an insert batch changes more pages than 2 MB holds, and
    // SQLite then writes them to the log early, some of them twice.
    for (const QString &pragma :
         {QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA foreign_keys = ON"),
          QStringLiteral("PRAGMA wal_autocheckpoint = 16000"),
          QStringLiteral("PRAGMA cache_size = -32768")}) {
        if (Status s = exec(m_db, pragma); !s)
            return s;
    }
    return {};
}

Status Archive::migrate()
{
    int version = 0;
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return sqlError(q.lastError(), QStringLiteral("PRAGMA user_version"));
        version = q.value(0).toInt();
    }
    if (version > latestSchemaVersion()) {
        return Error {Error::Code::SchemaTooNew,
                      QStringLiteral("The archive %1 was written by a newer version of Satchel "
                                     "(archive schema %2; this version understands up to %3). "
                                     "Open it with that newer version; this one leaves it "
                                     "untouched.")
                          .arg(m_path)
                          .arg(version)
                          .arg(latestSchemaVersion())};
    }
    for (const Migration &step : migrations()) {
        if (step.version <= version)
            continue;
        Transaction tx(m_db, Durability::Durable);
        if (Status s = tx.begin(); !s)
            return s;
        for (const QString &sql : step.statements) {
            if (Status s = exec(m_db, sql); !s)
                return Error {s.error().code,
                              QStringLiteral("Migration %1 of %2 failed: %3")
                                  .arg(step.version)
                                  .arg(m_path, s.error().message)};
        }
        if (Status s = exec(m_db, QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
        version = step.version;
    }
    return {};
}

Result<qint64> Archive::createAccount(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error {Error::Code::Invalid, QStringLiteral("An account needs a name")};
    Transaction tx(m_db, Durability::Normal);
    if (Status s = tx.begin(); !s)
        return s.error();
    qint64 accountId = 0;
    {
        QSqlQuery q(m_db);
        if (Status s
            = prepare(q, QStringLiteral("INSERT INTO accounts (name, created) VALUES (?, ?)"));
            !s)
            return s.error();
        q.addBindValue(name);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (Status s = run(q, QStringLiteral("Cannot create the account %1").arg(name)); !s)
            return s.error();
        accountId = q.lastInsertId().toLongLong();
    }
    const std::pair<QString, FolderRole> special[] = {{QStringLiteral("Inbox"), FolderRole::Inbox},
                                                      {QStringLiteral("Trash"), FolderRole::Trash}};
    for (const auto &[folderName, role] : special) {
        QSqlQuery q(m_db);
        if (Status s = prepare(q,
                               QStringLiteral("INSERT INTO folders (account_id, parent_id, "
                                              "name, role) VALUES (?, NULL, ?, ?)"));
            !s)
            return s.error();
        q.addBindValue(accountId);
        q.addBindValue(folderName);
        q.addBindValue(int(role));
        if (Status s = run(q, QStringLiteral("Cannot create the folder %1").arg(folderName)); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return accountId;
}

Result<qint64> Archive::createFolder(qint64 accountId, const QString &name,
                                     std::optional<qint64> parentId)
{
    if (name.trimmed().isEmpty() || name.contains(u'/'))
        return Error {Error::Code::Invalid,
                      QStringLiteral("\"%1\" cannot be a folder name").arg(name)};
    if (parentId) {
        QSqlQuery q(m_db);
        if (Status s = prepare(q, QStringLiteral("SELECT account_id FROM folders WHERE id = ?"));
            !s)
            return s.error();
        q.addBindValue(*parentId);
        if (Status s = run(q, QStringLiteral("folder lookup")); !s)
            return s.error();
        if (!q.next())
            return notFound(QStringLiteral("No folder %1").arg(*parentId));
        if (q.value(0).toLongLong() != accountId)
            return Error {Error::Code::Invalid,
                          QStringLiteral("A folder's parent must belong to the same account")};
    }
    QSqlQuery q(m_db);
    if (Status s = prepare(q,
                           QStringLiteral("INSERT INTO folders (account_id, parent_id, name, "
                                          "role) VALUES (?, ?, ?, 0)"));
        !s)
        return s.error();
    q.addBindValue(accountId);
    q.addBindValue(parentId ? QVariant(*parentId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(name);
    if (Status s = run(q, QStringLiteral("Cannot create the folder %1").arg(name)); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Result<qint64> Archive::specialFolder(qint64 accountId, FolderRole role)
{
    QSqlQuery q(m_db);
    if (Status s
        = prepare(q, QStringLiteral("SELECT id FROM folders WHERE account_id = ? AND role = ?"));
        !s)
        return s.error();
    q.addBindValue(accountId);
    q.addBindValue(int(role));
    if (Status s = run(q, QStringLiteral("folder lookup")); !s)
        return s.error();
    if (!q.next())
        return notFound(QStringLiteral("Account %1 has no such folder").arg(accountId));
    return q.value(0).toLongLong();
}

Result<QList<Folder>> Archive::folders(std::optional<qint64> accountId)
{
    QSqlQuery q(m_db);
    const QString sql = QStringLiteral("SELECT id, account_id, parent_id, name, role FROM folders")
        + (accountId ? QStringLiteral(" WHERE account_id = ?") : QString())
        + QStringLiteral(" ORDER BY account_id, role = 0, name");
    if (Status s = prepare(q, sql); !s)
        return s.error();
    if (accountId)
        q.addBindValue(*accountId);
    if (Status s = run(q, QStringLiteral("folder list")); !s)
        return s.error();
    QList<Folder> result;
    while (q.next()) {
        Folder f;
        f.id = q.value(0).toLongLong();
        f.accountId = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            f.parentId = q.value(2).toLongLong();
        f.name = q.value(3).toString();
        f.role = static_cast<FolderRole>(q.value(4).toInt());
        result.append(f);
    }
    return result;
}

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
    Transaction tx(m_db, durability);
    if (Status s = tx.begin(); !s)
        return s.error();
    QList<qint64> ids;
    ids.reserve(messages.size());
    {
        InsertStatements statements(m_db);
        if (Status s = statements.prepareAll(); !s)
            return s.error();
        for (const NewMessage &message : messages) {
            Result<qint64> id = insertOne(statements, message);
            if (!id)
                return id.error(); // the transaction rolls back: none of the batch is kept
            ids.append(*id);
        }
        if (Result<bool> flushed = statements.flushFts(); !flushed)
            return flushed.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    committedInBulk();
    return ids;
}

Result<std::unique_ptr<Archive::InsertBatch>> Archive::beginInsertBatch()
{
    std::unique_ptr<InsertBatch> batch(new InsertBatch(*this));
    batch->m_transaction = std::make_unique<Transaction>(m_db, Durability::Normal);
    if (Status s = batch->m_transaction->begin(); !s)
        return s.error();
    batch->m_statements = std::make_unique<InsertStatements>(m_db);
    if (Status s = batch->m_statements->prepareAll(); !s)
        return s.error(); // the transaction rolls back with the batch
    batch->m_open = true;
    return batch;
}

Archive::InsertBatch::InsertBatch(Archive &archive)
    : m_archive(archive)
{ }

Archive::InsertBatch::~InsertBatch()
{
    m_statements.reset(); // before the transaction's rollback, as before a commit
}

Result<qint64> Archive::InsertBatch::add(NewMessage message)
{
    if (!m_open)
        return Error {Error::Code::Invalid, QStringLiteral("The insert batch is closed")};
    Result<qint64> id = m_archive.insertOne(*m_statements, message);
    if (id) {
        // Kept for a restart without the parsed form: parsed again if it comes to that (rare),
        // rather than holding every parsed message of the batch.
        message.parsed.reset();
        message.derived.reset();
        m_kept.append(std::move(message));
        return id;
    }
    // Part of this message may be written, in the transaction with the others: the transaction
    // starts again without it. (A savepoint per message would undo it in place, but FTS5 writes
    // its pending index out at every savepoint, which made a whole fetch twice as slow.) Where
    // that fails too (a full disk), the batch is lost.
    if (!restart()) {
        m_open = false;
        m_kept.clear();
    }
    return id.error();
}

bool Archive::InsertBatch::restart()
{
    m_statements.reset();
    m_transaction = std::make_unique<Transaction>(m_archive.m_db, Durability::Normal); // rolls back
    if (!m_transaction->begin())
        return false;
    m_statements = std::make_unique<InsertStatements>(m_archive.m_db);
    if (!m_statements->prepareAll())
        return false;
    // In the same order, so each gets the id it had.
    for (const NewMessage &message : std::as_const(m_kept)) {
        if (!m_archive.insertOne(*m_statements, message))
            return false;
    }
    return true;
}

Status Archive::InsertBatch::commit()
{
    if (!m_open)
        return Error {Error::Code::Invalid, QStringLiteral("The insert batch is closed")};
    m_open = false;
    if (Result<bool> flushed = m_statements->flushFts(); !flushed)
        return flushed.error(); // the transaction rolls back with the batch
    m_statements.reset(); // an open statement makes SQLite refuse COMMIT
    if (Status s = m_transaction->commit(); !s)
        return s;
    m_archive.committedInBulk();
    return {};
}

Result<bool> Archive::InsertBatch::writeSearchRows(int budgetMs)
{
    if (!m_open)
        return Error {Error::Code::Invalid, QStringLiteral("The insert batch is closed")};
    Result<bool> flushed = m_statements->flushFts(QDeadlineTimer(budgetMs));
    if (!flushed)
        m_open = false; // as a failed commit: the transaction rolls back with the batch
    return flushed;
}

void Archive::committedInBulk()
{
    if (m_checkpointer)
        m_checkpointer->request();
}

Status Archive::syncCommits()
{
    if (m_path == QLatin1String(":memory:"))
        return {};
    // A commit with nothing to write syncs nothing, hence the one row.
    Transaction sync(m_db, Durability::Durable);
    if (Status s = sync.begin(); !s)
        return s;
    QSqlQuery q(m_db);
    if (Status s = prepare(q,
                           QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES "
                                          "('last_sync', ?)"));
        !s)
        return s;
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (Status s = run(q, QStringLiteral("durable commit")); !s)
        return s;
    q.finish();
    return sync.commit();
}

Result<qint64> Archive::insertOne(InsertStatements &st, const NewMessage &message)
{
    // The folder must exist and belong to the message's account.
    auto known = st.folderAccounts.constFind(message.folderId);
    if (known == st.folderAccounts.constEnd()) {
        st.folderAccount.addBindValue(message.folderId);
        if (Status s = run(st.folderAccount, QStringLiteral("folder lookup")); !s)
            return s.error();
        if (!st.folderAccount.next())
            return notFound(QStringLiteral("No folder %1").arg(message.folderId));
        known = st.folderAccounts.insert(message.folderId, st.folderAccount.value(0).toLongLong());
        st.folderAccount.finish();
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

    Result<qint64> conversation
        = conversationFor(st, parsed, derived.subjectSort, message.accountId);
    if (!conversation)
        return conversation.error();

    if (st.nextMessageId == 0) {
        if (Status s = run(st.maxMessageId, QStringLiteral("message ids")); !s)
            return s.error();
        if (!st.maxMessageId.next())
            return sqlError(st.maxMessageId.lastError(), QStringLiteral("message ids"));
        st.nextMessageId = st.maxMessageId.value(0).toLongLong() + 1;
        st.maxMessageId.finish();
    }
    const qint64 id = st.nextMessageId;

    const QDateTime date = parsed.date.isValid() ? parsed.date : arrival;
    const QVariant nullText {QMetaType(QMetaType::QString)};
    QSqlQuery &q = st.insertMessage;
    q.addBindValue(id);
    q.addBindValue(message.accountId);
    q.addBindValue(message.folderId);
    // 0: a conversation of its own, named after its first message.
    q.addBindValue(*conversation != 0 ? *conversation : id);
    q.addBindValue(parsed.messageId.isEmpty() ? nullText : QVariant(parsed.messageId));
    q.addBindValue(date.toMSecsSinceEpoch());
    q.addBindValue(date.offsetFromUtc());
    q.addBindValue(text(derived.senderName));
    q.addBindValue(text(derived.senderAddress));
    q.addBindValue(text(derived.senderSort));
    q.addBindValue(text(derived.recipients));
    q.addBindValue(text(parsed.subject));
    q.addBindValue(text(derived.subjectSort));
    q.addBindValue(text(derived.preview));
    q.addBindValue(qint64(message.raw.size()));
    q.addBindValue(message.flags.toInt());
    q.addBindValue(parsed.hasAttachments);
    q.addBindValue(message.partial);
    q.addBindValue(message.uidl.isEmpty() ? nullText : QVariant(message.uidl));
    q.addBindValue(arrival.toMSecsSinceEpoch());
    q.addBindValue(message.rawHash.isEmpty() ? rawHash(message.raw) : message.rawHash);
    for (const QString *json :
         {&derived.fromJson, &derived.toJson, &derived.ccJson, &derived.attachmentsJson})
        q.addBindValue(*json);
    q.addBindValue(derived.hasHtml);
    if (Status s = run(q, QStringLiteral("Cannot store the message")); !s)
        return s.error();
    ++st.nextMessageId;

    const EncodedRaw encoded = message.encodedRaw ? *message.encodedRaw : encodeRaw(message.raw);
    st.insertRaw.addBindValue(id);
    st.insertRaw.addBindValue(int(encoded.encoding));
    st.insertRaw.addBindValue(encoded.data);
    if (Status s = run(st.insertRaw, QStringLiteral("Cannot store the raw message")); !s)
        return s.error();

    QSet<QString> refs(parsed.references.cbegin(), parsed.references.cend());
    if (!parsed.inReplyTo.isEmpty())
        refs.insert(parsed.inReplyTo);
    refs.remove(parsed.messageId);
    for (const QString &ref : std::as_const(refs)) {
        st.insertRef.addBindValue(ref);
        st.insertRef.addBindValue(id);
        if (Status s = run(st.insertRef, QStringLiteral("threading link")); !s)
            return s.error();
    }

    st.pendingFts.emplace_back(id, derived.fts); // written before COMMIT

    if (!message.uidl.isEmpty()) {
        st.insertLedger.addBindValue(message.accountId);
        st.insertLedger.addBindValue(message.uidl);
        st.insertLedger.addBindValue(arrival.toMSecsSinceEpoch());
        st.insertLedger.addBindValue(id);
        st.insertLedger.addBindValue(
            int(message.partial ? LedgerState::Partial : LedgerState::Stored));
        if (Status s = run(st.insertLedger,
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
Result<qint64> Archive::conversationFor(InsertStatements &st, const mime::ParsedMessage &parsed,
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
        if (Status s = collect(st.byMessageId, ref); !s)
            return s.error();
        if (Status s = collect(st.byRef, ref); !s)
            return s.error();
    }
    if (!parsed.messageId.isEmpty()) {
        if (Status s = collect(st.byRef, parsed.messageId); !s)
            return s.error();
    }
    found.remove(0);

    if (found.isEmpty() && refs.isEmpty() && hasReplyPrefix(parsed.subject)) {
        if (!subjectSort.isEmpty() && parsed.date.isValid()) {
            const qint64 at = parsed.date.toMSecsSinceEpoch();
            st.bySubject.addBindValue(subjectSort);
            st.bySubject.addBindValue(accountId);
            st.bySubject.addBindValue(at - kSubjectThreadingWindowMs);
            st.bySubject.addBindValue(at + kSubjectThreadingWindowMs);
            if (Status s = run(st.bySubject, QStringLiteral("threading lookup")); !s)
                return s.error();
            if (st.bySubject.next())
                found.insert(st.bySubject.value(0).toLongLong());
            st.bySubject.finish();
        }
    }
    if (found.isEmpty())
        return qint64(0);

    const qint64 keep = *std::min_element(found.cbegin(), found.cend());
    for (const qint64 other : std::as_const(found)) {
        if (other == keep)
            continue;
        st.merge.addBindValue(keep);
        st.merge.addBindValue(other);
        if (Status s = run(st.merge, QStringLiteral("merging conversations")); !s)
            return s.error();
    }
    return keep;
}

QByteArray Archive::rawHash(const QByteArray &raw)
{
    // OpenSSL rather than QCryptographicHash: Qt 6.4 hashes in portable C, OpenSSL with the CPU's
    // SHA extensions where it has them. The same SHA-256 either way.
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int size = 0;
    if (EVP_Digest(raw.constData(), size_t(raw.size()),
                   reinterpret_cast<unsigned char *>(digest.data()), &size, EVP_sha256(), nullptr)
            != 1
        || size != 32)
        return QCryptographicHash::hash(raw, QCryptographicHash::Sha256);
    return digest;
}

Result<std::optional<qint64>> Archive::findByRawHash(const QByteArray &hash)
{
    QSqlQuery q(m_db);
    if (Status s = select(q, QStringLiteral("SELECT id FROM messages WHERE raw_sha256 = ? LIMIT 1"),
                          {hash}, QStringLiteral("duplicate lookup"));
        !s)
        return s.error();
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<QList<qint64>> Archive::messageIds()
{
    return selectIds(m_db, QStringLiteral("SELECT id FROM messages ORDER BY id"), {},
                     QStringLiteral("message list"));
}

Result<QList<qint64>> Archive::latestMessageIds(int limit)
{
    return selectIds(m_db, QStringLiteral("SELECT id FROM messages ORDER BY id DESC LIMIT ?"),
                     {limit}, QStringLiteral("message list"));
}

Result<QHash<qint64, QString>> Archive::accountNames()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM accounts")))
        return sqlError(q.lastError(), QStringLiteral("account list"));
    QHash<qint64, QString> names;
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

Status Archive::ensureRawHashes()
{
    QList<qint64> missing;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id FROM messages WHERE raw_sha256 IS NULL")))
            return sqlError(q.lastError(), QStringLiteral("raw hashes"));
        while (q.next())
            missing.append(q.value(0).toLongLong());
    }
    if (missing.isEmpty())
        return {};
    Transaction tx(m_db, Durability::Normal);
    if (Status s = tx.begin(); !s)
        return s;
    {
        QSqlQuery update(m_db);
        if (Status s
            = prepare(update, QStringLiteral("UPDATE messages SET raw_sha256 = ? WHERE id = ?"));
            !s)
            return s;
        for (const qint64 id : std::as_const(missing)) {
            Result<QByteArray> raw = rawMessage(id);
            if (!raw)
                return raw.error();
            update.addBindValue(rawHash(*raw));
            update.addBindValue(id);
            if (Status s = run(update, QStringLiteral("raw hashes")); !s)
                return s;
        }
    }
    return tx.commit();
}

Result<QByteArray> Archive::rawMessage(qint64 id)
{
    QSqlQuery q(m_db);
    if (Status s = select(q, QStringLiteral("SELECT encoding, data FROM message_raw WHERE id = ?"),
                          {id}, QStringLiteral("raw message"));
        !s)
        return s.error();
    if (!q.next())
        return notFound(QStringLiteral("No message %1").arg(id));
    const int encoding = q.value(0).toInt();
    if (std::optional<QByteArray> raw = decodeRaw(encoding, q.value(1).toByteArray()))
        return *std::move(raw);
    return Error {Error::Code::Corrupt,
                  QStringLiteral("The stored bytes of message %1 (encoding %2) do not decode")
                      .arg(id)
                      .arg(encoding)};
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
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = prepare(q, u"SELECT " + rowColumns() + u" FROM messages WHERE id = ?"); !s)
        return s.error();
    q.addBindValue(id);
    if (Status s = run(q, QStringLiteral("message")); !s)
        return s.error();
    if (!q.next())
        return notFound(QStringLiteral("No message %1").arg(id));
    return readRow(q);
}

Result<Page> Archive::page(const PageRequest &request)
{
    if (request.limit <= 0)
        return Error {Error::Code::Invalid, QStringLiteral("A page needs a positive size")};
    const QString key = sortColumn(request.sortKey);
    const bool ascending = request.order == Qt::AscendingOrder;
    QString sql = u"SELECT " + rowColumns() + u", " + key + u" FROM messages WHERE "
        + (request.folderId
               ? QStringLiteral("folder_id = ?")
               : QStringLiteral("folder_id IN (SELECT id FROM folders WHERE role = 1)"));
    if (request.after)
        sql += u" AND (" + key + u", id) " + (ascending ? u">" : u"<") + u" (?, ?)";
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    sql += u" ORDER BY " + key + direction + u", id" + direction + u" LIMIT ?";

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = prepare(q, sql); !s)
        return s.error();
    if (request.folderId)
        q.addBindValue(*request.folderId);
    if (request.after) {
        q.addBindValue(request.after->sortValue);
        q.addBindValue(request.after->id);
    }
    q.addBindValue(request.limit + 1); // one more tells whether there is a next page
    if (Status s = run(q, QStringLiteral("message list")); !s)
        return s.error();
    Page page;
    QVariant lastKey;
    while (q.next()) {
        if (page.rows.size() == request.limit) {
            page.next = PageCursor {lastKey, page.rows.constLast().id};
            break;
        }
        page.rows.append(readRow(q));
        lastKey = q.value(18);
    }
    return page;
}

Result<QHash<qint64, int>> Archive::unreadCounts()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT folder_id, count(*) FROM messages WHERE (flags & %1) = 0 "
                               "GROUP BY folder_id")
                    .arg(int(MessageFlag::Read))))
        return sqlError(q.lastError(), QStringLiteral("unread counts"));
    QHash<qint64, int> counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

Result<QList<qint64>> Archive::conversation(qint64 conversationId)
{
    return selectIds(m_db,
                     QStringLiteral("SELECT id FROM messages WHERE conversation_id = ? "
                                    "ORDER BY date, id"),
                     {conversationId}, QStringLiteral("conversation"));
}

Status Archive::move(const QList<qint64> &ids, qint64 folderId)
{
    Transaction tx(m_db, Durability::Normal);
    if (Status s = tx.begin(); !s)
        return s;
    {
        QSqlQuery q(m_db);
        if (Status s
            = prepare(q,
                      QStringLiteral("UPDATE messages SET folder_id = ?, trash_origin = NULL "
                                     "WHERE id = ? AND account_id = (SELECT account_id FROM "
                                     "folders WHERE id = ?)"));
            !s)
            return s;
        for (const qint64 id : ids) {
            q.addBindValue(folderId);
            q.addBindValue(id);
            q.addBindValue(folderId);
            if (Status s = run(q, QStringLiteral("move")); !s)
                return s;
            if (q.numRowsAffected() != 1)
                return notFound(QStringLiteral("No message %1 in the account of folder %2")
                                    .arg(id)
                                    .arg(folderId));
        }
    }
    return tx.commit();
}

Status Archive::setFlags(const QList<qint64> &ids, MessageFlags set, MessageFlags clear)
{
    Transaction tx(m_db, Durability::Normal);
    if (Status s = tx.begin(); !s)
        return s;
    {
        QSqlQuery q(m_db);
        if (Status s = prepare(
                q, QStringLiteral("UPDATE messages SET flags = (flags | ?) & ~? WHERE id = ?"));
            !s)
            return s;
        for (const qint64 id : ids) {
            q.addBindValue(set.toInt());
            q.addBindValue(clear.toInt());
            q.addBindValue(id);
            if (Status s = run(q, QStringLiteral("flags")); !s)
                return s;
            if (q.numRowsAffected() != 1)
                return notFound(QStringLiteral("No message %1").arg(id));
        }
    }
    return tx.commit();
}

Status Archive::moveToTrash(const QList<qint64> &ids)
{
    Transaction tx(m_db, Durability::Normal);
    if (Status s = tx.begin(); !s)
        return s;
    {
        QSqlQuery q(m_db);
        if (Status s
            = prepare(q,
                      QStringLiteral(
                          "UPDATE messages SET trash_origin = folder_id, folder_id = (SELECT f.id "
                          "FROM folders f WHERE f.account_id = messages.account_id AND f.role = 2) "
                          "WHERE id = ?"));
            !s)
            return s;
        QSqlQuery inTrash(m_db);
        if (Status s = prepare(inTrash,
                               QStringLiteral("SELECT f.role FROM messages m JOIN folders f ON "
                                              "f.id = m.folder_id WHERE m.id = ?"));
            !s)
            return s;
        for (const qint64 id : ids) {
            inTrash.addBindValue(id);
            if (Status s = run(inTrash, QStringLiteral("trash")); !s)
                return s;
            if (!inTrash.next())
                return notFound(QStringLiteral("No message %1").arg(id));
            const bool already = inTrash.value(0).toInt() == int(FolderRole::Trash);
            inTrash.finish();
            if (already)
                continue;
            q.addBindValue(id);
            if (Status s = run(q, QStringLiteral("trash")); !s)
                return s;
        }
    }
    return tx.commit();
}

Status Archive::deletePermanently(const QList<qint64> &ids)
{
    Transaction tx(m_db, Durability::Normal);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = deleteMessagesInTransaction(ids); !s)
        return s;
    return tx.commit();
}

Status Archive::deleteMessagesInTransaction(const QList<qint64> &ids)
{
    {
        QSqlQuery ftsDelete(m_db), remove(m_db);
        if (Status s
            = prepare(ftsDelete,
                      QStringLiteral("INSERT INTO message_fts (message_fts, rowid, "
                                     "subject, sender, recipients, reply_to, body, "
                                     "attachments) VALUES ('delete', ?, ?, ?, ?, ?, ?, ?)"));
            !s)
            return s;
        // Raw bytes and threading links go by ON DELETE CASCADE; the ledger row keeps the UIDL
        // with message = NULL (ON DELETE SET NULL).
        if (Status s = prepare(remove, QStringLiteral("DELETE FROM messages WHERE id = ?")); !s)
            return s;
        for (const qint64 id : ids) {
            Result<QByteArray> raw = rawMessage(id);
            if (!raw)
                return raw.error();
            // A contentless FTS5 row is removed by repeating exactly what was indexed.
            const FtsDocument doc = ftsDocumentOf(*raw);
            ftsDelete.addBindValue(id);
            bindFtsColumns(ftsDelete, doc);
            if (Status s = run(ftsDelete, QStringLiteral("search index")); !s)
                return s;
            remove.addBindValue(id);
            if (Status s = run(remove, QStringLiteral("delete")); !s)
                return s;
            if (remove.numRowsAffected() != 1)
                return notFound(QStringLiteral("No message %1").arg(id));
            m_parsedCache.remove(id);
        }
    }
    return {};
}

Status Archive::setAccountSettings(qint64 accountId, const QByteArray &settings)
{
    QSqlQuery q(m_db);
    if (Status s = prepare(q,
                           QStringLiteral("INSERT INTO account_settings (account_id, settings) "
                                          "VALUES (?, ?) ON CONFLICT (account_id) DO UPDATE "
                                          "SET settings = excluded.settings"));
        !s)
        return s;
    q.addBindValue(accountId);
    q.addBindValue(QString::fromUtf8(settings));
    return run(q, QStringLiteral("Cannot save the settings of account %1").arg(accountId));
}

Result<QHash<qint64, QByteArray>> Archive::accountSettings()
{
    QSqlQuery q(m_db);
    if (Status s = select(q, QStringLiteral("SELECT account_id, settings FROM account_settings"),
                          {}, QStringLiteral("account settings"));
        !s)
        return s.error();
    QHash<qint64, QByteArray> all;
    while (q.next())
        all.insert(q.value(0).toLongLong(), q.value(1).toString().toUtf8());
    return all;
}

Status Archive::removeAccount(qint64 accountId, bool deleteMail)
{
    Transaction tx(m_db, Durability::Normal);
    if (Status s = tx.begin(); !s)
        return s;
    const QVariantList account {accountId};
    if (deleteMail) {
        QList<qint64> ids;
        {
            QSqlQuery q(m_db);
            if (Status s = select(q, QStringLiteral("SELECT id FROM messages WHERE account_id = ?"),
                                  account, QStringLiteral("account messages"));
                !s)
                return s;
            while (q.next())
                ids << q.value(0).toLongLong();
        }
        if (Status s = deleteMessagesInTransaction(ids); !s)
            return s;
        // Folders, ledger and settings go by ON DELETE CASCADE.
        QSqlQuery q(m_db);
        if (Status s = select(q, QStringLiteral("DELETE FROM accounts WHERE id = ?"), account,
                              QStringLiteral("remove account"));
            !s)
            return s;
        if (q.numRowsAffected() != 1)
            return notFound(QStringLiteral("No account %1").arg(accountId));
    } else {
        // The mail stays in the account's folders and only fetching ends. The ledger stays
        // with it: adding the account again later fetches only what it does not have.
        QSqlQuery q(m_db);
        if (Status s
            = select(q, QStringLiteral("DELETE FROM account_settings WHERE account_id = ?"),
                     account, QStringLiteral("remove account"));
            !s)
            return s;
    }
    return tx.commit();
}

Status Archive::rebuildSearchIndex()
{
    Transaction tx(m_db, Durability::Normal);
    if (Status s = tx.begin(); !s)
        return s;
    {
        if (Status s
            = exec(m_db,
                   QStringLiteral("INSERT INTO message_fts (message_fts) VALUES ('delete-all')"));
            !s)
            return s;
        QSqlQuery messages(m_db), insert(m_db), derived(m_db);
        messages.setForwardOnly(true);
        if (Status s
            = prepare(messages, QStringLiteral("SELECT id, encoding, data FROM message_raw"));
            !s)
            return s;
        if (Status s = prepare(insert,
                               QStringLiteral("INSERT INTO message_fts (rowid, subject, "
                                              "sender, recipients, reply_to, body, "
                                              "attachments) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            !s)
            return s;
        // The columns derived from the parse besides the index follow the parser too.
        if (Status s = prepare(derived,
                               QStringLiteral("UPDATE messages SET from_json = ?, to_json = ?, "
                                              "cc_json = ?, attachments_json = ?, has_html = ?, "
                                              "has_attachments = ?, preview = ? WHERE id = ?"));
            !s)
            return s;
        if (Status s = run(messages, QStringLiteral("reindex")); !s)
            return s;
        while (messages.next()) {
            const qint64 id = messages.value(0).toLongLong();
            // A row that does not decode (a damaged archive) is indexed as empty rather than
            // stopping the rebuild; showing that message reports the damage.
            const QByteArray raw
                = decodeRaw(messages.value(1).toInt(), messages.value(2).toByteArray())
                      .value_or(QByteArray());
            // The arrival time only feeds the date fallback, which neither the index nor these
            // columns contain.
            const mime::ParsedMessage parsed
                = mime::parseMessage(raw, QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
            const DerivedColumns columns = deriveColumns(parsed);
            for (const QString *json :
                 {&columns.fromJson, &columns.toJson, &columns.ccJson, &columns.attachmentsJson})
                derived.addBindValue(*json);
            derived.addBindValue(columns.hasHtml);
            derived.addBindValue(parsed.hasAttachments);
            derived.addBindValue(text(columns.preview));
            derived.addBindValue(id);
            if (Status s = run(derived, QStringLiteral("reindex")); !s)
                return s;
            const FtsDocument &doc = columns.fts;
            insert.addBindValue(id);
            bindFtsColumns(insert, doc);
            if (Status s = run(insert, QStringLiteral("reindex")); !s)
                return s;
        }
    }
    {
        QSqlQuery q(m_db);
        if (Status s = prepare(q,
                               QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES "
                                              "('index_fingerprint', ?)"));
            !s)
            return s;
        q.addBindValue(mime::parserFingerprint());
        if (Status s = run(q, QStringLiteral("reindex")); !s)
            return s;
    }
    return tx.commit();
}

Status Archive::ensureSearchIndexCurrent()
{
    QString fingerprint;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'index_fingerprint'")))
            return sqlError(q.lastError(), QStringLiteral("index fingerprint"));
        if (q.next())
            fingerprint = q.value(0).toString();
    }
    if (fingerprint == mime::parserFingerprint())
        return {};
    // A new archive, or a parser that may index differently: derive the index again, so that
    // deletes (which repeat what was indexed) keep matching it.
    return rebuildSearchIndex();
}

Result<QList<qint64>> Archive::searchIds(const QString &ftsMatch, int limit)
{
    return selectIds(m_db,
                     QStringLiteral("SELECT rowid FROM message_fts WHERE message_fts MATCH ? "
                                    "ORDER BY rank LIMIT ?"),
                     {ftsMatch, limit}, QStringLiteral("search"));
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
    const SearchQuery::Sql sql = query.toSql();
    QVariantList values = sql.bindings;
    values.append(limit > 0 ? limit : -1);
    return selectIds(m_db,
                     QStringLiteral("SELECT m.id FROM messages m WHERE %1 "
                                    "ORDER BY m.date DESC, m.id DESC LIMIT ?")
                         .arg(sql.where),
                     values, QStringLiteral("search"));
}

Result<QList<MessageRow>> Archive::searchRows(const SearchQuery &query, int limit)
{
    const SearchQuery::Sql sql = query.toSql();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString columns = rowColumns();
    columns.replace(QLatin1String(", "), QLatin1String(", m."));
    columns += QLatin1String(", m.from_json, m.to_json, m.cc_json, m.attachments_json, m.has_html");
    if (Status s = prepare(q,
                           QStringLiteral("SELECT m.%1 FROM messages m WHERE %2 "
                                          "ORDER BY m.date DESC, m.id DESC LIMIT ?")
                               .arg(columns, sql.where));
        !s)
        return s.error();
    for (const QVariant &value : sql.bindings)
        q.addBindValue(value);
    q.addBindValue(limit > 0 ? limit : -1);
    if (Status s = run(q, QStringLiteral("search")); !s)
        return s.error();
    QList<MessageRow> rows;
    while (q.next()) {
        MessageRow row = readRow(q);
        if (!q.value(18).isNull() && !q.value(19).isNull() && !q.value(20).isNull()
            && !q.value(21).isNull() && !q.value(22).isNull()) {
            row.fromJson = q.value(18).toString().toUtf8();
            row.toJson = q.value(19).toString().toUtf8();
            row.ccJson = q.value(20).toString().toUtf8();
            row.attachmentsJson = q.value(21).toString().toUtf8();
            row.hasHtml = q.value(22).toInt();
        }
        rows.append(std::move(row));
    }
    return rows;
}

Result<std::optional<LedgerEntry>> Archive::ledgerEntry(qint64 accountId, const QString &uidl)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = prepare(q,
                           QStringLiteral("SELECT account_id, uidl, first_seen, message, state "
                                          "FROM uidl_ledger WHERE account_id = ? AND uidl = ?"));
        !s)
        return s.error();
    q.addBindValue(accountId);
    q.addBindValue(uidl);
    if (Status s = run(q, QStringLiteral("ledger")); !s)
        return s.error();
    if (!q.next())
        return std::optional<LedgerEntry>();
    return std::optional<LedgerEntry>(readLedger(q));
}

Result<QList<LedgerEntry>> Archive::ledger(qint64 accountId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = prepare(q,
                           QStringLiteral("SELECT account_id, uidl, first_seen, message, state "
                                          "FROM uidl_ledger WHERE account_id = ? ORDER BY "
                                          "first_seen, uidl"));
        !s)
        return s.error();
    q.addBindValue(accountId);
    if (Status s = run(q, QStringLiteral("ledger")); !s)
        return s.error();
    QList<LedgerEntry> entries;
    while (q.next())
        entries.append(readLedger(q));
    return entries;
}

Status Archive::makeDurable()
{
    if (m_path == QLatin1String(":memory:"))
        return {};
    // With synchronous=FULL a checkpoint syncs the WAL before copying it and the database after;
    // a readers' lock can leave frames behind (busy = 1), and then the barrier has not held. A
    // background checkpoint would hold the checkpoint lock and make this one fail at once.
    if (m_checkpointer)
        m_checkpointer->waitIdle();
    if (Status s = exec(m_db, QStringLiteral("PRAGMA synchronous = FULL")); !s)
        return s;
    QSqlQuery q(m_db);
    const bool ran = q.exec(QStringLiteral("PRAGMA wal_checkpoint(FULL)")) && q.next();
    const bool busy = ran && q.value(0).toInt() != 0;
    const QSqlError error = q.lastError();
    q.finish();
    (void)exec(m_db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    if (!ran)
        return sqlError(error, QStringLiteral("checkpoint"));
    if (busy)
        return Error {Error::Code::Sql,
                      QCoreApplication::translate("Archive",
                                                  "The archive is busy; committed mail could not "
                                                  "be flushed to disk yet.")};
    return {};
}

Status Archive::markDeleteSent(qint64 accountId, const QStringList &uidls)
{
    Transaction tx(m_db, Durability::Durable);
    if (Status s = tx.begin(); !s)
        return s;
    {
        QSqlQuery q(m_db);
        if (Status s = prepare(q,
                               QStringLiteral("UPDATE uidl_ledger SET state = ? WHERE "
                                              "account_id = ? AND uidl = ?"));
            !s)
            return s;
        for (const QString &uidl : uidls) {
            q.addBindValue(int(LedgerState::DeleteSent));
            q.addBindValue(accountId);
            q.addBindValue(uidl);
            if (Status s = run(q, QStringLiteral("ledger")); !s)
                return s;
            if (q.numRowsAffected() != 1)
                return notFound(QStringLiteral("UIDL %1 is not in the ledger").arg(uidl));
        }
    }
    return tx.commit();
}

Status Archive::forgetDeleteSent(qint64 accountId)
{
    Transaction tx(m_db, Durability::Normal);
    if (Status s = tx.begin(); !s)
        return s;
    {
        QSqlQuery q(m_db);
        if (Status s = prepare(
                q, QStringLiteral("DELETE FROM uidl_ledger WHERE account_id = ? AND state = ?"));
            !s)
            return s;
        q.addBindValue(accountId);
        q.addBindValue(int(LedgerState::DeleteSent));
        if (Status s = run(q, QStringLiteral("ledger")); !s)
            return s;
    }
    return tx.commit();
}

Result<int> Archive::markElsewhere(qint64 accountId, const QStringList &uidls,
                                   const QDateTime &firstSeen)
{
    Transaction tx(m_db, Durability::Normal);
    if (Status s = tx.begin(); !s)
        return s.error();
    int added = 0;
    {
        QSqlQuery q(m_db);
        if (Status s = prepare(q,
                               // Not OR IGNORE: that would hide a CHECK failure too.
                               QStringLiteral("INSERT INTO uidl_ledger (account_id, uidl, "
                                              "first_seen, message, state) VALUES (?, ?, ?, "
                                              "NULL, ?) ON CONFLICT (account_id, uidl) DO "
                                              "NOTHING"));
            !s)
            return s.error();
        for (const QString &uidl : uidls) {
            q.addBindValue(accountId);
            q.addBindValue(uidl);
            q.addBindValue(firstSeen.toMSecsSinceEpoch());
            q.addBindValue(int(LedgerState::Elsewhere));
            if (Status s = run(q, QStringLiteral("ledger")); !s)
                return s.error();
            added += q.numRowsAffected() > 0 ? 1 : 0;
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return added;
}

Result<int> Archive::rebuildLedger(qint64 accountId)
{
    Transaction tx(m_db, Durability::Normal);
    if (Status s = tx.begin(); !s)
        return s.error();
    int added = 0;
    {
        // Oldest first, so the first stored copy of a repeated UIDL gets the row.
        QSqlQuery q(m_db);
        if (Status s = prepare(q,
                               QStringLiteral("INSERT INTO uidl_ledger (account_id, uidl, "
                                              "first_seen, message, state) SELECT account_id, "
                                              "uidl, first_seen, id, CASE WHEN partial THEN ? "
                                              "ELSE ? END FROM messages WHERE account_id = ? "
                                              "AND uidl IS NOT NULL AND uidl <> '' ORDER BY "
                                              "first_seen, id ON CONFLICT (account_id, uidl) "
                                              "DO NOTHING"));
            !s)
            return s.error();
        q.addBindValue(int(LedgerState::Partial));
        q.addBindValue(int(LedgerState::Stored));
        q.addBindValue(accountId);
        if (Status s = run(q, QStringLiteral("ledger rebuild")); !s)
            return s.error();
        added = q.numRowsAffected();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return added;
}

Status Archive::completePartial(qint64 id, const QByteArray &raw, Durability durability)
{
    Result<MessageRow> row = message(id);
    if (!row)
        return row.error();
    if (!row->partial)
        return Error {Error::Code::Invalid,
                      QStringLiteral("Message %1 is not partial; it is complete already").arg(id)};
    Result<QByteArray> oldRaw = rawMessage(id);
    if (!oldRaw)
        return oldRaw.error();
    QDateTime firstSeen;
    {
        QSqlQuery q(m_db);
        if (Status s = select(q, QStringLiteral("SELECT first_seen FROM messages WHERE id = ?"),
                              {id}, QStringLiteral("message"));
            !s)
            return s;
        if (!q.next())
            return notFound(QStringLiteral("No message %1").arg(id));
        firstSeen = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    }
    const mime::ParsedMessage parsed = mime::parseMessage(raw, firstSeen);
    const FtsDocument oldDoc = ftsDocumentOf(*oldRaw);
    const DerivedColumns columns = deriveColumns(parsed);
    const FtsDocument &doc = columns.fts;
    const QDateTime date = parsed.date.isValid() ? parsed.date : firstSeen;
    const QVariant nullText {QMetaType(QMetaType::QString)};

    Transaction tx(m_db, durability);
    if (Status s = tx.begin(); !s)
        return s;
    {
        QSqlQuery ftsDelete(m_db), ftsInsert(m_db), update(m_db), updateRaw(m_db), ledger(m_db);
        if (Status s
            = prepare(ftsDelete,
                      QStringLiteral("INSERT INTO message_fts (message_fts, rowid, "
                                     "subject, sender, recipients, reply_to, body, "
                                     "attachments) VALUES ('delete', ?, ?, ?, ?, ?, ?, ?)"));
            !s)
            return s;
        // A contentless FTS5 row is removed by repeating exactly what was indexed.
        for (const QVariant &v :
             QVariantList {id, text(oldDoc.subject), text(oldDoc.sender), text(oldDoc.recipients),
                           text(oldDoc.replyTo), text(oldDoc.body), text(oldDoc.attachments)})
            ftsDelete.addBindValue(v);
        if (Status s = run(ftsDelete, QStringLiteral("search index")); !s)
            return s;
        if (Status s = prepare(ftsInsert,
                               QStringLiteral("INSERT INTO message_fts (rowid, subject, sender, "
                                              "recipients, reply_to, body, attachments) VALUES "
                                              "(?, ?, ?, ?, ?, ?, ?)"));
            !s)
            return s;
        for (const QVariant &v :
             QVariantList {id, text(doc.subject), text(doc.sender), text(doc.recipients),
                           text(doc.replyTo), text(doc.body), text(doc.attachments)})
            ftsInsert.addBindValue(v);
        if (Status s = run(ftsInsert, QStringLiteral("search index")); !s)
            return s;

        if (Status s = prepare(
                update,
                QStringLiteral("UPDATE messages SET message_id = ?, date = ?, date_offset = ?, "
                               "sender_name = ?, sender_address = ?, sender_sort = ?, "
                               "recipients = ?, subject = ?, subject_sort = ?, preview = ?, "
                               "size = ?, has_attachments = ?, partial = 0, raw_sha256 = ?, "
                               "from_json = ?, to_json = ?, cc_json = ?, attachments_json = ?, "
                               "has_html = ? WHERE id = ? AND partial <> 0"));
            !s)
            return s;
        update.addBindValue(parsed.messageId.isEmpty() ? nullText : QVariant(parsed.messageId));
        update.addBindValue(date.toMSecsSinceEpoch());
        update.addBindValue(date.offsetFromUtc());
        update.addBindValue(text(columns.senderName));
        update.addBindValue(text(columns.senderAddress));
        update.addBindValue(text(columns.senderSort));
        update.addBindValue(text(columns.recipients));
        update.addBindValue(text(parsed.subject));
        update.addBindValue(text(columns.subjectSort));
        update.addBindValue(text(columns.preview));
        update.addBindValue(qint64(raw.size()));
        update.addBindValue(parsed.hasAttachments);
        update.addBindValue(rawHash(raw));
        for (const QString *json :
             {&columns.fromJson, &columns.toJson, &columns.ccJson, &columns.attachmentsJson})
            update.addBindValue(*json);
        update.addBindValue(columns.hasHtml);
        update.addBindValue(id);
        if (Status s = run(update, QStringLiteral("Cannot store the message")); !s)
            return s;
        if (update.numRowsAffected() != 1)
            return notFound(QStringLiteral("No partial message %1").arg(id));

        const EncodedRaw encoded = encodeRaw(raw);
        if (Status s = prepare(updateRaw,
                               QStringLiteral("UPDATE message_raw SET encoding = ?, "
                                              "data = ? WHERE id = ?"));
            !s)
            return s;
        updateRaw.addBindValue(int(encoded.encoding));
        updateRaw.addBindValue(encoded.data);
        updateRaw.addBindValue(id);
        if (Status s = run(updateRaw, QStringLiteral("Cannot store the raw message")); !s)
            return s;

        if (Status s = prepare(ledger,
                               QStringLiteral("UPDATE uidl_ledger SET state = ? WHERE "
                                              "message = ? AND state = ?"));
            !s)
            return s;
        ledger.addBindValue(int(LedgerState::Stored));
        ledger.addBindValue(id);
        ledger.addBindValue(int(LedgerState::Partial));
        if (Status s = run(ledger, QStringLiteral("ledger")); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    m_parsedCache.remove(id);
    return {};
}

Status Archive::pruneLedger(qint64 accountId, const QStringList &completeServerUidls)
{
    Transaction tx(m_db, Durability::Normal);
    if (Status s = tx.begin(); !s)
        return s;
    {
        if (Status s = exec(m_db,
                            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS server_uidls "
                                           "(uidl TEXT PRIMARY KEY) WITHOUT ROWID"));
            !s)
            return s;
        if (Status s = exec(m_db, QStringLiteral("DELETE FROM server_uidls")); !s)
            return s;
        QSqlQuery fill(m_db);
        if (Status s
            = prepare(fill, QStringLiteral("INSERT OR IGNORE INTO server_uidls (uidl) VALUES (?)"));
            !s)
            return s;
        for (const QString &uidl : completeServerUidls) {
            fill.addBindValue(uidl);
            if (Status s = run(fill, QStringLiteral("ledger")); !s)
                return s;
        }
        QSqlQuery prune(m_db);
        if (Status s = prepare(prune,
                               QStringLiteral("DELETE FROM uidl_ledger WHERE account_id = ? "
                                              "AND uidl NOT IN (SELECT uidl FROM "
                                              "server_uidls)"));
            !s)
            return s;
        prune.addBindValue(accountId);
        if (Status s = run(prune, QStringLiteral("ledger")); !s)
            return s;
    }
    return tx.commit();
}

Result<QStringList> Archive::checkIntegrity()
{
    QStringList problems;
    for (const QString &pragma :
         {QStringLiteral("PRAGMA integrity_check"), QStringLiteral("PRAGMA foreign_key_check")}) {
        QSqlQuery q(m_db);
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
    {
        QSqlQuery q(m_db);
        if (!q.exec(
                QStringLiteral("INSERT INTO message_fts (message_fts) VALUES ('integrity-check')")))
            problems.append(u"search index: " + q.lastError().text());
    }
    {
        // Every message has its raw bytes.
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT m.id FROM messages m WHERE NOT EXISTS (SELECT 1 FROM "
                                   "message_raw r WHERE r.id = m.id) LIMIT 100")))
            return sqlError(q.lastError(), QStringLiteral("completeness check"));
        while (q.next())
            problems.append(
                QStringLiteral("message %1 lacks its raw bytes").arg(q.value(0).toLongLong()));
    }
    return problems;
}

Status Archive::renameFolder(qint64 folderId, const QString &name)
{
    if (name.trimmed().isEmpty() || name.contains(u'/'))
        return Error {Error::Code::Invalid,
                      QStringLiteral("\"%1\" cannot be a folder name").arg(name)};
    QSqlQuery q(m_db);
    if (Status s
        = prepare(q, QStringLiteral("UPDATE folders SET name = ? WHERE id = ? AND role = 0"));
        !s)
        return s;
    q.addBindValue(name);
    q.addBindValue(folderId);
    if (Status s = run(q, QStringLiteral("Cannot rename the folder to %1").arg(name)); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return notFound(QStringLiteral("No user folder %1").arg(folderId));
    return {};
}

Status Archive::deleteFolder(qint64 folderId)
{
    Transaction tx(m_db, Durability::Normal);
    if (Status s = tx.begin(); !s)
        return s;
    {
        QSqlQuery role(m_db);
        if (Status s = select(role, QStringLiteral("SELECT role FROM folders WHERE id = ?"),
                              {folderId}, QStringLiteral("folder lookup"));
            !s)
            return s;
        if (!role.next())
            return notFound(QStringLiteral("No folder %1").arg(folderId));
        if (role.value(0).toInt() != int(FolderRole::User))
            return Error {Error::Code::Invalid,
                          QStringLiteral("The Inbox and the Trash cannot be deleted")};
    }
    {
        // The folder and every folder below it: their messages go to the Trash with no origin
        // to return to, since the origin is about to go.
        QSqlQuery q(m_db);
        if (Status s = prepare(
                q,
                QStringLiteral(
                    "WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL SELECT f.id FROM folders f "
                    "JOIN tree t ON f.parent_id = t.id) "
                    "UPDATE messages SET trash_origin = NULL, folder_id = (SELECT f.id FROM "
                    "folders f WHERE f.account_id = messages.account_id AND f.role = 2) "
                    "WHERE folder_id IN (SELECT id FROM tree)"));
            !s)
            return s;
        q.addBindValue(folderId);
        if (Status s = run(q, QStringLiteral("Cannot move the folder's messages to the Trash")); !s)
            return s;
    }
    {
        // Subfolders go by ON DELETE CASCADE.
        QSqlQuery q(m_db);
        if (Status s = prepare(q, QStringLiteral("DELETE FROM folders WHERE id = ?")); !s)
            return s;
        q.addBindValue(folderId);
        if (Status s = run(q, QStringLiteral("Cannot delete the folder")); !s)
            return s;
    }
    return tx.commit();
}

Result<QList<qint64>> Archive::folderMessageIds(qint64 folderId)
{
    return selectIds(m_db,
                     QStringLiteral("SELECT id FROM messages WHERE folder_id = ? "
                                    "ORDER BY date DESC, id DESC"),
                     {folderId}, QStringLiteral("folder messages"));
}

} // namespace satchel::store

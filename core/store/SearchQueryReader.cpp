#include "store/SearchQueryReader.h"

#include "mime/MessageParser.h"
#include "store/Schema.h"

#include <QFile>
#include <QFileInfo>
#include <QVariant>

#include <sqlite3.h>

namespace satchel::store {

namespace {

struct StatementFinalize
{
    void operator()(sqlite3_stmt *statement) const noexcept { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalize>;

Statement prepare(sqlite3 *db, const QByteArray &sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
        return nullptr;
    return Statement(statement);
}

QByteArrayView text(sqlite3_stmt *statement, int column)
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    if (!data)
        return {};
    return QByteArrayView(data, sqlite3_column_bytes(statement, column));
}

bool bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return sqlite3_bind_int64(statement, index, value.toLongLong()) == SQLITE_OK;
    case QMetaType::QString: {
        const QByteArray utf8 = value.toString().toUtf8();
        return sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()),
                                 SQLITE_TRANSIENT)
            == SQLITE_OK;
    }
    default:
        return false; // a binding toSql() does not make: let the Archive answer
    }
}

// The first column of a one-row query, as text; nothing when there is no row or an error.
std::optional<QByteArray> scalar(sqlite3 *db, const char *sql)
{
    Statement statement = prepare(db, QByteArray(sql));
    if (!statement || sqlite3_step(statement.get()) != SQLITE_ROW)
        return std::nullopt;
    return text(statement.get(), 0).toByteArray();
}

} // namespace

SearchQueryReader::SearchQueryReader(sqlite3 *db)
    : m_db(db)
{ }

SearchQueryReader::~SearchQueryReader()
{
    sqlite3_close(m_db);
}

std::unique_ptr<SearchQueryReader> SearchQueryReader::open(const QString &archivePath)
{
    // A missing file would be created by SQLite; reporting that is the Archive's job.
    if (!QFileInfo(archivePath).isFile())
        return nullptr;
    sqlite3 *db = nullptr;
    const QByteArray path = QFile::encodeName(archivePath);
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    std::unique_ptr<SearchQueryReader> reader(new SearchQueryReader(db));
    sqlite3_busy_timeout(db, 5000); // as the Archive waits for a writer
    // Exactly the schema and index this build writes; anything else needs Archive::open().
    const std::optional<QByteArray> version = scalar(db, "PRAGMA user_version");
    if (!version || version->toInt() != latestSchemaVersion())
        return nullptr;
    const std::optional<QByteArray> fingerprint
        = scalar(db, "SELECT value FROM meta WHERE key = 'index_fingerprint'");
    if (!fingerprint || QString::fromUtf8(*fingerprint) != mime::parserFingerprint())
        return nullptr;
    return reader;
}

bool SearchQueryReader::search(const SearchQuery &query, int limit, bool details,
                               const std::function<bool(const SearchHit &)> &each)
{
    const SearchQuery::Sql sql = query.toSql();
    const QByteArray columns = details
        ? QByteArrayLiteral("m.id, m.date, m.date_offset, m.sender_name, m.sender_address, "
                            "m.subject, m.account_id, m.folder_id, m.message_id, m.flags, "
                            "m.size, m.from_json, m.to_json, m.cc_json, m.attachments_json, "
                            "m.has_html")
        : QByteArrayLiteral(
            "m.id, m.date, m.date_offset, m.sender_name, m.sender_address, m.subject");
    // The statement of Archive::search(), with the columns the output needs.
    const QByteArray statementText = "SELECT " + columns + " FROM messages m WHERE "
        + sql.where.toUtf8() + " ORDER BY m.date DESC, m.id DESC LIMIT ?";
    Statement statement = prepare(m_db, statementText);
    if (!statement)
        return false;
    int index = 1;
    for (const QVariant &value : sql.bindings) {
        if (!bind(statement.get(), index++, value))
            return false;
    }
    if (sqlite3_bind_int64(statement.get(), index, limit > 0 ? limit : -1) != SQLITE_OK)
        return false;
    sqlite3_stmt *s = statement.get();
    SearchHit hit;
    while (true) {
        const int step = sqlite3_step(s);
        if (step == SQLITE_DONE)
            return true;
        if (step != SQLITE_ROW)
            return false;
        hit.id = sqlite3_column_int64(s, 0);
        hit.dateMs = sqlite3_column_int64(s, 1);
        hit.dateOffset = sqlite3_column_int(s, 2);
        hit.senderName = text(s, 3);
        hit.senderAddress = text(s, 4);
        hit.subject = text(s, 5);
        if (details) {
            hit.accountId = sqlite3_column_int64(s, 6);
            hit.folderId = sqlite3_column_int64(s, 7);
            hit.messageId = text(s, 8);
            hit.flags = sqlite3_column_int(s, 9);
            hit.size = sqlite3_column_int64(s, 10);
            hit.fromJson = text(s, 11);
            hit.toJson = text(s, 12);
            hit.ccJson = text(s, 13);
            hit.attachmentsJson = text(s, 14);
            hit.hasHtml
                = sqlite3_column_type(s, 15) == SQLITE_NULL ? -1 : sqlite3_column_int(s, 15);
        }
        if (!each(hit))
            return false;
    }
}

std::optional<QHash<qint64, QString>> SearchQueryReader::names(const char *sql)
{
    Statement statement = prepare(m_db, QByteArray(sql));
    if (!statement)
        return std::nullopt;
    QHash<qint64, QString> result;
    while (true) {
        const int step = sqlite3_step(statement.get());
        if (step == SQLITE_DONE)
            return result;
        if (step != SQLITE_ROW)
            return std::nullopt;
        const QByteArrayView name = text(statement.get(), 1);
        result.insert(sqlite3_column_int64(statement.get(), 0),
                      QString::fromUtf8(name.data(), name.size()));
    }
}

std::optional<QHash<qint64, QString>> SearchQueryReader::folderNames()
{
    return names("SELECT id, name FROM folders");
}

std::optional<QHash<qint64, QString>> SearchQueryReader::accountNames()
{
    return names("SELECT id, name FROM accounts");
}

} // namespace satchel::store

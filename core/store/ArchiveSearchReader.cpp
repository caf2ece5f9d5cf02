#include "store/ArchiveSearchReader.h"

#include "mime/ParserRevision.h"
#include "store/SchemaVersion.h"

#include <sqlite3.h>

namespace satchel::store {

namespace {

struct StatementFinalize
{
    void operator()(sqlite3_stmt *statement) const noexcept { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalize>;

Statement prepare(sqlite3 *db, std::string_view sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.data(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
        return nullptr;
    return Statement(statement);
}

std::string_view text(sqlite3_stmt *statement, int column)
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    if (!data)
        return {};
    return std::string_view(data, size_t(sqlite3_column_bytes(statement, column)));
}

bool bind(sqlite3_stmt *statement, int index, const search::QuerySql::Value &value)
{
    if (const auto *number = std::get_if<std::int64_t>(&value))
        return sqlite3_bind_int64(statement, index, *number) == SQLITE_OK;
    const std::string &utf8 = std::get<std::string>(value);
    return sqlite3_bind_text(statement, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT)
        == SQLITE_OK;
}

// The JSON lists of a hit, in the order of their columns in search().
constexpr std::string_view SearchHit::*kLists[]
    = {&SearchHit::fromJson, &SearchHit::toJson, &SearchHit::ccJson, &SearchHit::attachmentsJson};

// The first column of a one-row query, as text; nothing when there is no row or an error.
std::optional<std::string> scalar(sqlite3 *db, std::string_view sql)
{
    Statement statement = prepare(db, sql);
    if (!statement || sqlite3_step(statement.get()) != SQLITE_ROW)
        return std::nullopt;
    return std::string(text(statement.get(), 0));
}

} // namespace

ArchiveSearchReader::ArchiveSearchReader(sqlite3 *db)
    : m_db(db)
{ }

ArchiveSearchReader::~ArchiveSearchReader()
{
    sqlite3_close(m_db);
}

std::string ArchiveSearchReader::indexFingerprint()
{
    return "satchel-parser-" + std::to_string(mime::kParserRevision) + "/gmime-"
        + SATCHEL_GMIME_VERSION;
}

std::unique_ptr<ArchiveSearchReader> ArchiveSearchReader::open(const std::string &archivePath)
{
    sqlite3 *db = nullptr;
    // SQLITE_OPEN_READONLY never creates the file: a missing archive (the Archive's to report)
    // fails here.
    const int opened = sqlite3_open_v2(archivePath.c_str(), &db,
                                       SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<ArchiveSearchReader> reader(new ArchiveSearchReader(db));
    if (opened != SQLITE_OK)
        return nullptr;
    sqlite3_busy_timeout(db, 5000); // as the Archive waits for a writer
    // Exactly the schema and index this build writes; anything else needs Archive::open().
    const std::optional<std::string> version = scalar(db, "PRAGMA user_version");
    if (version != std::to_string(kLatestSchemaVersion))
        return nullptr;
    if (scalar(db, "SELECT value FROM meta WHERE key = 'index_fingerprint'") != indexFingerprint())
        return nullptr;
    return reader;
}

bool ArchiveSearchReader::search(const search::QuerySql &sql, int limit, bool details,
                                 const std::function<bool(const SearchHit &)> &each)
{
    const std::string_view columns = details
        ? "m.id, m.date, m.date_offset, m.sender_name, m.sender_address, m.subject, "
          "m.account_id, m.folder_id, m.message_id, m.flags, m.size, m.from_json, m.to_json, "
          "m.cc_json, m.attachments_json, m.has_html"
        : "m.id, m.date, m.date_offset, m.sender_name, m.sender_address, m.subject";
    // The statement of Archive::search(), with the columns the output needs.
    const std::string statementText = "SELECT " + std::string(columns) + " FROM messages m WHERE "
        + sql.where + " ORDER BY m.date DESC, m.id DESC LIMIT ?";
    Statement statement = prepare(m_db, statementText);
    if (!statement)
        return false;
    sqlite3_stmt *s = statement.get();
    int index = 1;
    for (const search::QuerySql::Value &value : sql.bindings) {
        if (!bind(s, index++, value))
            return false;
    }
    if (sqlite3_bind_int64(s, index, limit > 0 ? limit : -1) != SQLITE_OK)
        return false;
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
            int column = 11;
            for (std::string_view SearchHit::*list : kLists)
                hit.*list = text(s, column++);
            hit.hasHtml
                = sqlite3_column_type(s, 15) == SQLITE_NULL ? -1 : sqlite3_column_int(s, 15);
        }
        if (!each(hit))
            return false;
    }
}

std::optional<ArchiveSearchReader::Names> ArchiveSearchReader::names(const char *sql)
{
    Statement statement = prepare(m_db, sql);
    if (!statement)
        return std::nullopt;
    Names result;
    while (true) {
        const int step = sqlite3_step(statement.get());
        if (step == SQLITE_DONE)
            return result;
        if (step != SQLITE_ROW)
            return std::nullopt;
        result.emplace(sqlite3_column_int64(statement.get(), 0), text(statement.get(), 1));
    }
}

std::optional<ArchiveSearchReader::Names> ArchiveSearchReader::folderNames()
{
    return names("SELECT id, name FROM folders");
}

std::optional<ArchiveSearchReader::Names> ArchiveSearchReader::accountNames()
{
    return names("SELECT id, name FROM accounts");
}

} // namespace satchel::store

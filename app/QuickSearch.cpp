#include "QuickSearch.h"

#include "PlainSearch.h"
#include "SearchOutput.h"
#include "SearchRequest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cstdio>

namespace satchel::app {

namespace {

QJsonArray array(std::string_view json)
{
    return QJsonDocument::fromJson(QByteArray(json.data(), qsizetype(json.size()))).array();
}

QString utf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The archive's file name as SQLite takes it: UTF-8 (QFile::encodeName() is that on Unix, and
// the ANSI code page on Windows).
std::string sqliteFileName(const QString &path)
{
#ifdef Q_OS_WIN
    return path.toStdString();
#else
    return QFile::encodeName(path).toStdString();
#endif
}

// The --json lines, or nothing when the Archive must answer.
std::optional<std::string> jsonLines(const std::string &query, int limit,
                                     const std::string &archivePath)
{
    const std::optional<OpenedSearch> opened = openSearch(query, archivePath);
    if (!opened)
        return std::nullopt;
    const std::optional<store::ArchiveSearchReader::Names> folders = opened->reader->folderNames();
    const std::optional<store::ArchiveSearchReader::Names> accounts
        = opened->reader->accountNames();
    if (!folders || !accounts)
        return std::nullopt;
    auto name = [](const store::ArchiveSearchReader::Names &names, std::int64_t id) {
        const auto found = names.find(id);
        return found == names.end() ? QString() : utf8(found->second);
    };
    std::string out;
    const bool done
        = opened->reader->search(opened->sql, limit, true, [&](const store::SearchHit &h) {
              if (!h.hasStoredLists())
                  return false; // not stored for this message: the Archive parses it
              MessageJsonFields f;
              f.id = h.id;
              f.messageId = utf8(h.messageId);
              f.subject = utf8(h.subject);
              f.from = array(h.fromJson);
              f.to = array(h.toJson);
              f.cc = array(h.ccJson);
              f.date = isoDate(h.dateMs, h.dateOffset);
              f.folder = name(*folders, h.folderId);
              f.account = name(*accounts, h.accountId);
              f.flags = h.flags;
              f.size = h.size;
              f.hasHtml = h.hasHtml != 0;
              f.attachments = array(h.attachmentsJson);
              const QByteArray line
                  = QJsonDocument(messageJsonObject(f)).toJson(QJsonDocument::Compact);
              out.append(line.constData(), size_t(line.size()));
              out += '\n';
              return true;
          });
    if (!done)
        return std::nullopt;
    return out;
}

std::optional<int> answer(const QStringList &arguments)
{
    std::vector<std::string> words;
    for (qsizetype i = 1; i < arguments.size(); ++i)
        words.push_back(arguments.at(i).toStdString());
    const std::optional<SearchRequest> request = parseSearchRequest(words);
    if (!request)
        return std::nullopt;
    const QString profile = request->profile.empty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : QString::fromStdString(request->profile);
    const std::string archivePath
        = sqliteFileName(QDir(profile).filePath(QStringLiteral("archive.sqlite")));
    const std::optional<std::string> out = request->json
        ? jsonLines(request->query, request->limit, archivePath)
        : plainSearchLines(request->query, request->limit, archivePath);
    if (!out)
        return std::nullopt;
    if (!writeStdout(QByteArray::fromRawData(out->data(), qsizetype(out->size())))) {
        std::fprintf(
            stderr, "satchel: %s\n",
            QCoreApplication::translate("CommandLineText", "cannot write to the standard output")
                .toLocal8Bit()
                .constData());
        return 1;
    }
    return 0;
}

} // namespace

std::optional<int> runQuickSearch(const QStringList &arguments)
{
    const QByteArray mode = qgetenv("SATCHEL_QUICK_SEARCH");
    if (mode == "off")
        return std::nullopt;
    const std::optional<int> code = answer(arguments);
    if (!code && mode == "only")
        return 125; // tests: this search would have needed the Archive
    return code;
}

} // namespace satchel::app

#include "QuickSearch.h"

#include "SearchOutput.h"
#include "store/SearchQueryReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>

namespace satchel::app {

namespace {

struct QuickRequest
{
    QString profile;
    bool json = false;
    int limit = 100; // the full command line's default
    QStringList words;
};

// The one shape of command line this path answers; anything else goes to the full parser.
std::optional<QuickRequest> parse(const QStringList &arguments)
{
    QuickRequest r;
    bool haveCommand = false, haveProfile = false, haveLimit = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        auto value = [&](QLatin1String name, QString &out, bool &seen) {
            if (seen)
                return false;
            seen = true;
            if (a == name) {
                if (i + 1 >= arguments.size())
                    return false;
                out = arguments.at(++i);
                return true;
            }
            out = a.mid(name.size() + 1);
            return true;
        };
        if (a == u"--profile" || a.startsWith(u"--profile=")) {
            if (!value(QLatin1String("--profile"), r.profile, haveProfile) || r.profile.isEmpty())
                return std::nullopt;
        } else if (a == u"--language" || a.startsWith(u"--language=")) {
            if (a == u"--language")
                ++i; // the language changes no byte of a search's output
        } else if (a == u"--limit" || a.startsWith(u"--limit=")) {
            QString text;
            if (!value(QLatin1String("--limit"), text, haveLimit))
                return std::nullopt;
            bool ok = false;
            r.limit = text.toInt(&ok);
            if (!ok || r.limit < 0)
                return std::nullopt;
        } else if (a == u"--json") {
            if (r.json)
                return std::nullopt;
            r.json = true;
        } else if (a.startsWith(u'-')) {
            return std::nullopt; // --help, --version, "--", a mistake: the full parser's
        } else if (!haveCommand) {
            if (a != u"search")
                return std::nullopt;
            haveCommand = true;
        } else {
            r.words.append(a);
        }
    }
    if (!haveCommand || r.words.isEmpty())
        return std::nullopt;
    return r;
}

QJsonArray array(QByteArrayView json)
{
    return QJsonDocument::fromJson(json.toByteArray()).array();
}

QString utf8(QByteArrayView text)
{
    return QString::fromUtf8(text.data(), text.size());
}

} // namespace

bool isSearchCommand(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--profile" || a == u"--language") {
            ++i;
            continue;
        }
        if (a.startsWith(u'-'))
            continue;
        return a == u"search";
    }
    return false;
}

namespace {

std::optional<int> answer(const QStringList &arguments)
{
    const std::optional<QuickRequest> request = parse(arguments);
    if (!request)
        return std::nullopt;
    const Result<store::SearchQuery> query = store::SearchQuery::parse(request->words.join(u' '));
    if (!query)
        return std::nullopt;
    const QString profile = request->profile.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : request->profile;
    const std::unique_ptr<store::SearchQueryReader> reader
        = store::SearchQueryReader::open(QDir(profile).filePath(QStringLiteral("archive.sqlite")));
    if (!reader)
        return std::nullopt;

    QByteArray out;
    if (!request->json) {
        out.reserve(64 * 1024);
        const bool done
            = reader->search(*query, request->limit, false, [&out](const store::SearchHit &h) {
                  appendSearchLine(out, h.id, h.dateMs, h.dateOffset, h.senderName, h.senderAddress,
                                   h.subject);
                  return true;
              });
        if (!done)
            return std::nullopt;
    } else {
        const std::optional<QHash<qint64, QString>> folders = reader->folderNames();
        const std::optional<QHash<qint64, QString>> accounts = reader->accountNames();
        if (!folders || !accounts)
            return std::nullopt;
        const bool done
            = reader->search(*query, request->limit, true, [&](const store::SearchHit &h) {
                  if (h.fromJson.isNull() || h.toJson.isNull() || h.ccJson.isNull()
                      || h.attachmentsJson.isNull() || h.hasHtml < 0)
                      return false; // not stored for this message: the Archive parses it
                  MessageJsonFields f;
                  f.id = h.id;
                  f.messageId = utf8(h.messageId);
                  f.subject = utf8(h.subject);
                  f.from = array(h.fromJson);
                  f.to = array(h.toJson);
                  f.cc = array(h.ccJson);
                  QByteArray date;
                  appendIsoDate(date, h.dateMs, h.dateOffset);
                  f.date = QString::fromLatin1(date);
                  f.folder = folders->value(h.folderId);
                  f.account = accounts->value(h.accountId);
                  f.flags = h.flags;
                  f.size = h.size;
                  f.hasHtml = h.hasHtml != 0;
                  f.attachments = array(h.attachmentsJson);
                  out += QJsonDocument(messageJsonObject(f)).toJson(QJsonDocument::Compact);
                  out += '\n';
                  return true;
              });
        if (!done)
            return std::nullopt;
    }
    if (!writeStdout(out)) {
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

#include "io/Importer.h"

#include "mime/MessageParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <thread>
#include <vector>

namespace satchel::io {

namespace {

// The context of this file's texts. Q_DECLARE_TR_FUNCTIONS rather than a free ImporterText::tr()
// wrapper: lupdate files a free ImporterText::tr() under the enclosing namespace or class, a
// context the code never asks for at run time, so the text would never be translated.
struct ImporterText
{
    Q_DECLARE_TR_FUNCTIONS(ImporterText)
};

bool isMboxName(const QString &name)
{
    return name.endsWith(QLatin1String(".mbox"), Qt::CaseInsensitive)
        || name.compare(QLatin1String("mbox"), Qt::CaseInsensitive) == 0;
}

// The flags in a Maildir file name ("1234.host:2,FS"); nothing for other names.
store::MessageFlags maildirFlags(const QString &fileName, bool inNew)
{
    store::MessageFlags flags;
    const qsizetype info = fileName.lastIndexOf(QLatin1String(":2,"));
    if (info < 0 || inNew)
        return flags;
    for (const QChar c : QStringView(fileName).mid(info + 3)) {
        if (c == u'S')
            flags |= store::MessageFlag::Read;
        else if (c == u'F')
            flags |= store::MessageFlag::Flagged;
        else if (c == u'R')
            flags |= store::MessageFlag::Answered;
    }
    return flags;
}

} // namespace

Importer::Importer(store::Archive &archive, qint64 accountId, qint64 folderId)
    : m_archive(archive)
    , m_accountId(accountId)
    , m_folderId(folderId)
{ }

Importer::~Importer() = default;

void Importer::problem(const QString &file, const QString &reason)
{
    m_stats.problems.append({file, reason});
}

void Importer::importPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        problem(path, ImporterText::tr("no such file or folder"));
    } else if (info.isDir()) {
        importFolder(path);
    } else if (!path.endsWith(QLatin1String(".eml"), Qt::CaseInsensitive)
               && (isMboxName(info.fileName()) || MboxReader::looksLikeMbox(path))) {
        importMbox(path);
    } else {
        importMessageFile(path, {});
    }
}

void Importer::importFolder(const QString &path)
{
    const QDir dir(path);
    const bool isMaildir = dir.exists(QStringLiteral("cur")) && dir.exists(QStringLiteral("new"));
    const bool inNew
        = dir.dirName() == u"new" && QFileInfo::exists(dir.filePath(QStringLiteral("../cur")));
    const QFileInfoList entries
        = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        // Dot files are other tools' (.notmuch, editor files); in a Maildir++ the subfolders
        // are dot folders and are mail.
        if (name.startsWith(u'.') && !(isMaildir && entry.isDir() && name != u".notmuch"))
            continue;
        if (entry.isDir()) {
            if (isMaildir && name == u"tmp")
                continue; // messages being delivered, not yet mail
            importFolder(entry.filePath());
        } else if (isMaildir) {
            continue; // a Maildir's own files (dovecot-uidlist, maildirfolder, ...)
        } else if (isMboxName(name)) {
            importMbox(entry.filePath());
        } else {
            importMessageFile(entry.filePath(), maildirFlags(name, inNew));
        }
    }
}

void Importer::importMessageFile(const QString &path, store::MessageFlags flags)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problem(path, file.errorString());
        return;
    }
    QByteArray raw = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        problem(path, file.errorString());
        return;
    }
    add(std::move(raw), path, flags);
}

void Importer::importMbox(const QString &path)
{
    MboxReader reader(m_mboxStyle);
    if (Status s = reader.open(path); !s) {
        problem(path, s.error().message);
        return;
    }
    while (true) {
        Result<std::optional<QByteArray>> message = reader.next();
        if (!message) {
            problem(path, message.error().message);
            return;
        }
        if (!*message)
            return;
        add(std::move(**message),
            ImporterText::tr("%1, message at byte %2").arg(path).arg(reader.messageOffset()), {});
    }
}

void Importer::add(QByteArray raw, QString origin, store::MessageFlags flags)
{
    m_pending.append({std::move(raw), std::move(origin), flags});
    if (m_pending.size() >= m_batchSize)
        flush();
}

void Importer::flush()
{
    if (m_pending.isEmpty())
        return;
    // Hash and parse on several threads: parsing is most of an import's time.
    const qsizetype count = m_pending.size();
    std::vector<std::optional<mime::ParsedMessage>> parsed(static_cast<size_t>(count));
    std::vector<QByteArray> hashes(static_cast<size_t>(count));
    const QDateTime arrival = QDateTime::currentDateTimeUtc();
    {
        const int threads = qBound(1, QThread::idealThreadCount(), 4);
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&, t]() {
                for (qsizetype i = t; i < count; i += threads) {
                    const QByteArray &raw = m_pending.at(i).raw;
                    hashes[size_t(i)] = store::Archive::rawHash(raw);
                    parsed[size_t(i)] = mime::parseMessage(raw, arrival);
                }
            });
        }
        for (std::thread &worker : workers)
            worker.join();
    }

    QList<store::NewMessage> batch;
    QList<qsizetype> origins; // batch index -> pending index
    for (qsizetype i = 0; i < count; ++i) {
        Pending &p = m_pending[i];
        const QByteArray &hash = hashes[size_t(i)];
        if (p.raw.isEmpty()) {
            problem(p.origin, ImporterText::tr("the file is empty"));
            continue;
        }
        if (!parsed[size_t(i)]->hasHeader) {
            problem(p.origin, ImporterText::tr("not a mail message (no header at the start)"));
            continue;
        }
        Result<std::optional<qint64>> known = m_archive.findByRawHash(hash);
        if (!known) {
            problem(p.origin, known.error().message);
            continue;
        }
        if (*known || m_pendingHashes.contains(hash)) {
            ++m_stats.duplicates;
            continue;
        }
        m_pendingHashes.insert(hash);
        store::NewMessage m;
        m.accountId = m_accountId;
        m.folderId = m_folderId;
        m.raw = std::move(p.raw);
        m.arrival = arrival;
        m.flags = p.flags;
        m.parsed = std::move(parsed[size_t(i)]);
        m.rawHash = hash;
        batch.append(std::move(m));
        origins.append(i);
    }
    Result<QList<qint64>> ids = m_archive.insertMessages(batch);
    if (ids) {
        m_stats.imported += int(ids->size());
    } else {
        // One at a time, to name the message that cannot be stored and keep the others.
        for (qsizetype b = 0; b < batch.size(); ++b) {
            Result<qint64> id = m_archive.insertMessage(batch.at(b));
            if (id)
                ++m_stats.imported;
            else
                problem(m_pending.at(origins.at(b)).origin, id.error().message);
        }
    }
    m_pending.clear();
    m_pendingHashes.clear();
    if (m_progress)
        m_progress(m_stats);
}

void Importer::finish()
{
    flush();
}

} // namespace satchel::io

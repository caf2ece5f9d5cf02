#include "model/MessageLoader.h"

#include "mime/MessageParser.h"
#include "store/Archive.h"

#include <QMutexLocker>
#include <QSaveFile>
#include <QThread>

#include <memory>
#include <utility>

namespace satchel::model {

namespace {

// The attachments a reader lists, and the inline parts the HTML shows (with their bytes). Done
// here, off the UI thread: an HTML body can be megabytes long and a message has up to
// mime::limits::maxParts parts, each looked for in it. Each extractPart() parses the message
// again, so it stops (false) as soon as the message is no longer wanted.
bool sortAttachments(const QByteArray &raw, LoadedMessage &out, const std::function<bool()> &wanted)
{
    const QString &html = out.parsed.htmlBody;
    for (const mime::Attachment &a : std::as_const(out.parsed.attachments)) {
        if (a.isSignature)
            continue;
        const bool referenced
            = !a.contentId.isEmpty() && html.contains(u"cid:" + a.contentId, Qt::CaseInsensitive);
        if (referenced) {
            const QString key = a.contentId.toLower();
            if (!out.inlineParts.contains(key)) {
                if (!wanted())
                    return false;
                out.inlineParts.insert(key,
                                       mime::extractPart(raw, a.partIndex).value_or(QByteArray()));
            }
        }
        if (!(referenced && a.isInline))
            out.listed.append(a);
    }
    return true;
}

} // namespace

// Lives on the loader's thread from start to end, with the Archive connection it opens there.
class MessageLoaderWorker : public QObject
{
    Q_OBJECT

public:
    explicit MessageLoaderWorker(MessageLoader *loader)
        : m_loader(loader)
    { }

    // Runs what is waiting: saves first (the user is waiting for a file), then the one latest
    // load. Called once per request; a call that finds nothing left returns at once.
    void drain()
    {
        for (;;) {
            std::optional<MessageLoader::LoadRequest> load;
            std::optional<MessageLoader::SaveRequest> save;
            {
                QMutexLocker lock(&m_loader->m_mutex);
                if (m_loader->m_closeArchive) {
                    m_loader->m_closeArchive = false;
                    m_archive.reset();
                    m_archivePath.clear();
                }
                if (!m_loader->m_pendingSaves.isEmpty())
                    save = m_loader->m_pendingSaves.takeFirst();
                else if (m_loader->m_pendingLoad)
                    load = std::exchange(m_loader->m_pendingLoad, std::nullopt);
                else
                    return;
            }
            if (save)
                runSave(*save);
            else
                runLoad(*load);
        }
    }

Q_SIGNALS:
    void loaded(const satchel::model::LoadedMessage &message);
    void saved(quint64 ticket, const QStringList &written, const QStringList &failed);

private:
    [[nodiscard]] bool superseded(quint64 ticket) const
    {
        return ticket != m_loader->m_latest.load();
    }

    Status openArchive(const QString &path)
    {
        if (m_archive && m_archivePath == path)
            return {};
        m_archive.reset();
        m_archivePath.clear();
        if (path.isEmpty())
            return Error {Error::Code::Invalid, QStringLiteral("No archive to read from")};
        // Another connection to ":memory:" is another, empty database.
        if (path == u":memory:")
            return Error {Error::Code::Invalid,
                          QStringLiteral("An archive in memory cannot be read from another "
                                         "thread; use a file")};
        Result<std::unique_ptr<store::Archive>> opened = store::Archive::open(path);
        if (!opened)
            return opened.error();
        m_archive = std::move(*opened);
        m_archivePath = path;
        return {};
    }

    void runLoad(const MessageLoader::LoadRequest &request)
    {
        if (superseded(request.ticket))
            return;
        LoadedMessage out;
        out.ticket = request.ticket;
        out.id = request.id;
        QByteArray raw = request.raw;
        QDateTime arrival
            = request.arrival.isValid() ? request.arrival : QDateTime::currentDateTimeUtc();
        if (request.id != 0) {
            if (Status s = openArchive(request.archivePath); !s) {
                fail(out, s.error());
                return;
            }
            // The row first: the arrival time the parse needs, and whether it is partial.
            Result<store::MessageRow> row = m_archive->message(request.id);
            if (!row) {
                fail(out, row.error());
                return;
            }
            Result<QByteArray> stored = m_archive->rawMessage(request.id);
            if (!stored) {
                fail(out, stored.error());
                return;
            }
            raw = *std::move(stored);
            arrival = row->firstSeen;
            out.partial = row->partial;
        }
        if (request.partIndex >= 0) {
            std::optional<QByteArray> inner = mime::extractPart(raw, request.partIndex);
            if (!inner) {
                fail(out,
                     Error {Error::Code::NotFound,
                            QStringLiteral("No attached message %1").arg(request.partIndex)});
                return;
            }
            raw = *std::move(inner);
        }
        if (superseded(request.ticket))
            return;
        notifyObserver(request);
        out.parsed = mime::parseMessage(raw, arrival);
        const auto wanted = [&] { return !superseded(request.ticket); };
        if (!wanted() || !sortAttachments(raw, out, wanted))
            return;
        out.raw = std::move(raw);
        Q_EMIT loaded(out);
    }

    void notifyObserver(const MessageLoader::LoadRequest &request)
    {
        MessageLoader::ParseObserver observer;
        {
            QMutexLocker lock(&m_loader->m_mutex);
            observer = m_loader->m_observer;
        }
        if (observer)
            observer(request.id, request.ticket);
    }

    void fail(LoadedMessage &out, const Error &error)
    {
        out.error = error;
        Q_EMIT loaded(out);
    }

    void runSave(const MessageLoader::SaveRequest &request)
    {
        QStringList written, failed;
        for (const PartFile &file : request.files) {
            const std::optional<QByteArray> bytes = mime::extractPart(request.raw, file.partIndex);
            QSaveFile out(file.path);
            const bool ok = bytes && out.open(QIODevice::WriteOnly)
                && out.write(*bytes) == bytes->size() && out.commit();
            (ok ? written : failed).append(file.path);
        }
        Q_EMIT saved(request.ticket, written, failed);
    }

    MessageLoader *m_loader;
    std::unique_ptr<store::Archive> m_archive;
    QString m_archivePath;
};

MessageLoader::MessageLoader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<LoadedMessage>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("satchel-message-loader"));
    m_worker = new MessageLoaderWorker(this);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &MessageLoaderWorker::loaded, this, &MessageLoader::deliver,
            Qt::QueuedConnection);
    connect(m_worker, &MessageLoaderWorker::saved, this, &MessageLoader::saved,
            Qt::QueuedConnection);
    m_thread->start();
}

MessageLoader::~MessageLoader()
{
    cancel();
    // Queued after every drain() already posted, so the saves asked for are written; the
    // worker (and its connection) goes with the thread.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            worker->drain();
            delete worker;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
}

void MessageLoader::setArchivePath(const QString &path)
{
    cancel();
    if (path == m_archivePath)
        return;
    m_archivePath = path;
    {
        QMutexLocker lock(&m_mutex);
        m_closeArchive = true;
    }
    wake();
}

quint64 MessageLoader::load(qint64 id)
{
    LoadRequest request;
    request.id = id;
    request.archivePath = m_archivePath;
    return submit(std::move(request));
}

quint64 MessageLoader::parse(const QByteArray &raw, const QDateTime &arrival)
{
    LoadRequest request;
    request.raw = raw;
    request.arrival = arrival;
    return submit(std::move(request));
}

quint64 MessageLoader::parsePart(const QByteArray &raw, int partIndex, const QDateTime &arrival)
{
    LoadRequest request;
    request.raw = raw;
    request.partIndex = partIndex;
    request.arrival = arrival;
    return submit(std::move(request));
}

quint64 MessageLoader::submit(LoadRequest request)
{
    const quint64 ticket = ++m_nextTicket;
    request.ticket = ticket;
    {
        QMutexLocker lock(&m_mutex);
        m_latest.store(ticket);
        m_pendingLoad = std::move(request);
    }
    wake();
    return ticket;
}

void MessageLoader::cancel()
{
    QMutexLocker lock(&m_mutex);
    m_latest.store(++m_nextTicket); // a ticket no request has
    m_pendingLoad.reset();
}

quint64 MessageLoader::save(const QByteArray &raw, const QList<PartFile> &files)
{
    SaveRequest request;
    request.ticket = ++m_nextTicket;
    request.raw = raw;
    request.files = files;
    {
        QMutexLocker lock(&m_mutex);
        m_pendingSaves.append(request);
    }
    wake();
    return request.ticket;
}

void MessageLoader::setParseObserver(ParseObserver observer)
{
    QMutexLocker lock(&m_mutex);
    m_observer = std::move(observer);
}

void MessageLoader::wake()
{
    QMetaObject::invokeMethod(m_worker, &MessageLoaderWorker::drain, Qt::QueuedConnection);
}

void MessageLoader::deliver(const LoadedMessage &message)
{
    // A result that was overtaken on its way here is not the latest either.
    if (message.ticket == m_latest.load())
        Q_EMIT loaded(message);
}

} // namespace satchel::model

#include "MessageLoader.moc"

#pragma once

#include "mime/ParsedMessage.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

class QThread;

namespace satchel::model {

class MessageLoaderWorker;

// One message read and parsed for the reader, as MessageLoader hands it back.
struct LoadedMessage
{
    quint64 ticket = 0; // the request it answers (MessageLoader::load() and friends return it)
    qint64 id = 0; // the archive's id; 0 for bytes given to parse() or parsePart()
    std::optional<Error> error; // set: nothing else below is
    QByteArray raw; // for parsePart(): the attached message's own bytes
    mime::ParsedMessage parsed;
    bool partial = false; // only part of it was downloaded (from the archive's row)
    // What a reader lists as attachments: neither signatures nor the inline parts that the HTML
    // body shows (those are in inlineParts).
    QList<mime::Attachment> listed;
    // The decoded bytes of every part the HTML refers to by "cid:", by lower-case Content-ID.
    QHash<QString, QByteArray> inlineParts;
};

// Where one attachment (a part index of the message's raw bytes) is to be written.
struct PartFile
{
    int partIndex = -1;
    QString path;
};

// Reads and parses messages for the reading pane on a thread of its own, so that the thread that
// asks (the UI's) never waits for SQLite's blobs or for GMime. The thread has its own Archive
// connection, opened on the first load() from archivePath and kept; it never uses a parse
// cache, so a message replaced in place by another connection (the rest of a partial message)
// is read as it is now.
//
// Only the latest load(), parse() or parsePart() counts: each supersedes the ones before it, a
// request still waiting is dropped without being read, and a result that is no longer the
// latest is never delivered (arrow keys through a list queue no backlog of parses). save()
// requests are never superseded: they run in order and each is answered.
//
// Results come back as signals on the thread that owns the loader.
class MessageLoader : public QObject
{
    Q_OBJECT

public:
    explicit MessageLoader(QObject *parent = nullptr);
    // Answers no more loads, finishes the save() requests already made, and ends the thread.
    ~MessageLoader() override;

    // The archive file load() reads ("" closes the connection). Cancels a load in progress.
    void setArchivePath(const QString &path);
    [[nodiscard]] QString archivePath() const { return m_archivePath; }

    // Message `id` of the archive: its row, raw bytes and parsed form. loaded() follows unless
    // a newer request comes first.
    quint64 load(qint64 id);
    // Bytes that are not in the archive; `arrival` as for mime::parseMessage().
    quint64 parse(const QByteArray &raw, const QDateTime &arrival);
    // The attached message that is part `partIndex` of `raw` (Attachment::isMessage).
    quint64 parsePart(const QByteArray &raw, int partIndex, const QDateTime &arrival);
    // No result for any request made so far.
    void cancel();
    // The request whose result loaded() will bring (0: none).
    [[nodiscard]] quint64 latest() const { return m_latest.load(); }

    // Writes decoded attachments of `raw` to files (QSaveFile: all of a file or none). saved()
    // follows with what was written and what was not.
    quint64 save(const QByteArray &raw, const QList<PartFile> &files);

    // Called on the loader's thread just before each parse, with the request's id and ticket.
    // For tests: to see which thread parses, and to hold it while more requests arrive.
    using ParseObserver = std::function<void(qint64 id, quint64 ticket)>;
    void setParseObserver(ParseObserver observer);

Q_SIGNALS:
    void loaded(const satchel::model::LoadedMessage &message);
    void saved(quint64 ticket, const QStringList &written, const QStringList &failed);

private:
    friend class MessageLoaderWorker;

    // What the worker takes from the caller, under m_mutex.
    struct LoadRequest
    {
        quint64 ticket = 0;
        qint64 id = 0;
        QString archivePath;
        QByteArray raw;
        int partIndex = -1;
        QDateTime arrival;
    };
    struct SaveRequest
    {
        quint64 ticket = 0;
        QByteArray raw;
        QList<PartFile> files;
    };

    quint64 submit(LoadRequest request);
    void wake();
    void deliver(const LoadedMessage &message);

    QString m_archivePath;
    QThread *m_thread = nullptr;
    MessageLoaderWorker *m_worker = nullptr;
    quint64 m_nextTicket = 0;
    std::atomic<quint64> m_latest {0};

    mutable QMutex m_mutex;
    std::optional<LoadRequest> m_pendingLoad; // only ever the latest
    QList<SaveRequest> m_pendingSaves; // in order
    bool m_closeArchive = false;
    ParseObserver m_observer;
};

} // namespace satchel::model

Q_DECLARE_METATYPE(satchel::model::LoadedMessage)

#pragma once

#include "io/MboxReader.h"
#include "store/Archive.h"
#include "store/MessageFlags.h"

#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace satchel::io {

struct ImportProblem
{
    QString file; // the file (for an mbox: "file, message at byte N")
    QString reason;
};

struct ImportStats
{
    int imported = 0;
    int duplicates = 0; // the same bytes were in the archive (or earlier in this import) already
    QList<ImportProblem> problems;
};

// Imports mail into one folder of the archive:
//  - a folder is walked at any depth, in name order: each file is one message (.eml, the files
//    of a Maildir's cur/ and new/, the enron tree), except files named *.mbox or "mbox", which
//    are mbox files; Maildir tmp/ folders and dot files are skipped; a Maildir file name's flags
//    (":2,FRS") become Flagged, Answered and Read;
//  - a file given by itself is an mbox when it starts with "From " and is not named *.eml,
//    otherwise one message.
// Messages are parsed on several threads and stored 500 per transaction; a message whose exact
// bytes are already in the archive is skipped (counted as a duplicate). A file that cannot be
// read or is not mail is named in the problems, and the import goes on.
class Importer
{
public:
    Importer(store::Archive &archive, qint64 accountId, qint64 folderId);
    ~Importer();

    void setMboxStyle(MboxStyle style) { m_mboxStyle = style; }
    void setBatchSize(int size) { m_batchSize = qMax(1, size); }
    // Called after every stored batch, e.g. for a progress line.
    void setProgress(std::function<void(const ImportStats &)> progress)
    {
        m_progress = std::move(progress);
    }

    void importPath(const QString &path);
    // Stores what is still waiting. Call once at the end; the stats are final afterwards.
    void finish();
    [[nodiscard]] const ImportStats &stats() const { return m_stats; }

private:
    struct Pending
    {
        QByteArray raw;
        QString origin;
        store::MessageFlags flags;
    };

    void importFolder(const QString &path);
    void importMessageFile(const QString &path, store::MessageFlags flags);
    void importMbox(const QString &path);
    void add(QByteArray raw, QString origin, store::MessageFlags flags);
    void flush();
    void problem(const QString &file, const QString &reason);

    store::Archive &m_archive;
    qint64 m_accountId;
    qint64 m_folderId;
    MboxStyle m_mboxStyle = MboxStyle::Auto;
    int m_batchSize = 500;
    std::function<void(const ImportStats &)> m_progress;
    QList<Pending> m_pending;
    QSet<QByteArray> m_pendingHashes;
    ImportStats m_stats;
};

} // namespace satchel::io

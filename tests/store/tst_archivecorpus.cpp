#include "Must.h"
#include "TestPaths.h"
#include "store/Archive.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace satchel;
using namespace satchel::store;

namespace {

using test::must;

struct ImportStats
{
    qint64 rawBytes = 0;
    qint64 archiveBytes = 0;
    qint64 ms = 0;
    int messages = 0;
};

// Imports the messages in batches, then checks every one comes back byte for byte, and the
// archive passes its integrity check. Returns the numbers for the log.
ImportStats importAndVerify(const QList<QByteArray> &messages, const QString &path)
{
    ImportStats stats;
    auto opened = Archive::open(path);
    if (!opened.ok())
        qFatal("%s", qPrintable(opened.error().message));
    std::unique_ptr<Archive> archive = std::move(opened).value();
    const qint64 account = must(archive->createAccount(QStringLiteral("import")));
    const qint64 inbox = must(archive->specialFolder(account, FolderRole::Inbox));
    const QDateTime arrival = QDateTime::currentDateTimeUtc();

    QElapsedTimer timer;
    timer.start();
    QList<qint64> ids;
    QList<NewMessage> batch;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        NewMessage m;
        m.accountId = account;
        m.folderId = inbox;
        m.raw = messages.at(i);
        m.arrival = arrival;
        m.uidl = QStringLiteral("uidl-%1").arg(i);
        batch.append(std::move(m));
        if (batch.size() == 500 || i + 1 == messages.size()) {
            ids += must(archive->insertMessages(batch));
            batch.clear();
        }
    }
    stats.ms = timer.elapsed();
    stats.messages = int(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        stats.rawBytes += messages.at(i).size();
        const QByteArray back = must(archive->rawMessage(ids.at(i)));
        if (back != messages.at(i))
            qFatal("message %lld does not round-trip", qlonglong(i));
    }
    const QStringList problems = must(archive->checkIntegrity());
    if (!problems.isEmpty())
        qFatal("integrity: %s", qPrintable(problems.join(u'\n')));
    archive.reset(); // closing checkpoints the WAL into the main file
    stats.archiveBytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    return stats;
}

void report(const char *what, const ImportStats &s)
{
    qInfo("%s: %d messages, %.1f MB raw -> %.1f MB archive (%.2fx), import %lld ms (%.0f msg/s)",
          what, s.messages, double(s.rawBytes) / 1e6, double(s.archiveBytes) / 1e6,
          double(s.archiveBytes) / double(qMax<qint64>(1, s.rawBytes)), s.ms,
          1000.0 * s.messages / double(qMax<qint64>(1, s.ms)));
}

} // namespace

class TestArchiveCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedMail();
    void corpusMime();
    void importDirectory();

private:
    QTemporaryDir m_dir;
};

// Mail this test writes itself: varied sizes, charsets, attachments; always available.
void TestArchiveCorpus::generatedMail()
{
    QList<QByteArray> messages;
    QRandomGenerator rng(1234);
    for (int i = 0; i < 3000; ++i) {
        QByteArray body;
        const int words = rng.bounded(20, 400);
        for (int w = 0; w < words; ++w)
            body += "word" + QByteArray::number(rng.bounded(5000)) + (w % 12 == 11 ? "\r\n" : " ");
        QByteArray raw = "From: Sender " + QByteArray::number(i % 50) + " <s"
            + QByteArray::number(i % 50)
            + "@example.org>\r\nTo: reader@example.org\r\nSubject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe_"
            + QByteArray::number(i) + "?=\r\nMessage-ID: <m" + QByteArray::number(i)
            + "@example.org>\r\n";
        if (i > 0 && i % 3 != 0)
            raw += "In-Reply-To: <m" + QByteArray::number(rng.bounded(i)) + "@example.org>\r\n";
        raw += "Date: Sun, 22 Nov 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n";
        if (i % 10 == 0) {
            QByteArray attachment(rng.bounded(1000, 20000), Qt::Uninitialized);
            for (char &c : attachment)
                c = char(rng.bounded(256));
            raw += "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: "
                   "text/plain\r\n\r\n"
                + body + "\r\n--b\r\nContent-Type: application/octet-stream; name=f.bin\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + attachment.toBase64()
                + "\r\n--b--\r\n";
        } else {
            raw += "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body;
        }
        messages.append(raw);
    }
    report("generated",
           importAndVerify(messages, m_dir.filePath(QStringLiteral("generated.sqlite"))));
}

// Every file under corpus/mime imported as one message each (mbox files included: they are
// still somebody's bytes, and must come back exactly).
void TestArchiveCorpus::corpusMime()
{
    SATCHEL_REQUIRE_CORPUS();
    QList<QByteArray> messages;
    QDirIterator it(satchel::test::corpusDir() + QStringLiteral("/mime"), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        messages.append(file.readAll());
    }
    QVERIFY(messages.size() > 1000);
    report("corpus/mime",
           importAndVerify(messages, m_dir.filePath(QStringLiteral("corpus.sqlite"))));
}

// A measuring hook, not part of the normal run: SATCHEL_IMPORT_DIR=/tmp/volume imports every
// file below it (e.g. the unpacked volume corpus) and reports time and size.
void TestArchiveCorpus::importDirectory()
{
    const QString dir = qEnvironmentVariable("SATCHEL_IMPORT_DIR");
    if (dir.isEmpty())
        QSKIP("set SATCHEL_IMPORT_DIR to a folder of messages to measure an import");
    QList<QByteArray> messages;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        messages.append(file.readAll());
    }
    // SATCHEL_IMPORT_ARCHIVE keeps the archive for a look inside (sqlite3_analyzer, dbstat).
    QString path = qEnvironmentVariable("SATCHEL_IMPORT_ARCHIVE");
    if (path.isEmpty())
        path = m_dir.filePath(QStringLiteral("dir.sqlite"));
    QVERIFY2(!QFile::exists(path), "the archive to import into must not exist yet");
    report(qPrintable(dir), importAndVerify(messages, path));
}

QTEST_GUILESS_MAIN(TestArchiveCorpus)
#include "tst_archivecorpus.moc"

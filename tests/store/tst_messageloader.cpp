#include "Must.h"
#include "ParseGate.h"
#include "mime/MessageParser.h"
#include "model/MessageLoader.h"
#include "store/Archive.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace satchel;
using model::LoadedMessage;
using model::MessageLoader;
using test::must;
using test::ParseGate;

namespace {

const QDateTime kDate(QDate(2025, 4, 2), QTime(9, 30), Qt::UTC);

QByteArray plainMail(const QByteArray &subject, const QByteArray &body)
{
    return "From: Ana <ana@example.org>\r\nTo: Reader <reader@example.org>\r\nSubject: " + subject
        + "\r\nDate: " + kDate.toString(Qt::RFC2822Date).toLatin1()
        + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body
        + "\r\n";
}

// HTML with an inline image it shows (cid:), an inline part it does not refer to, a file and an
// attached message.
QByteArray richMail(const QByteArray &image, const QByteArray &file, const QByteArray &inner)
{
    return "From: Ana <ana@example.org>\r\nTo: Reader <reader@example.org>\r\nSubject: Rich\r\n"
           "Date: "
        + kDate.toString(Qt::RFC2822Date).toLatin1()
        + "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"mix\"\r\n\r\n"
          "--mix\r\nContent-Type: multipart/related; boundary=\"rel\"\r\n\r\n"
          "--rel\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
          "<p>Look: <img src=\"cid:Logo@Example\"></p>\r\n"
          "--rel\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
          "Content-Disposition: inline\r\nContent-ID: <logo@example>\r\n\r\n"
        + image.toBase64()
        + "\r\n--rel\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
          "Content-Disposition: inline; filename=\"unused.png\"\r\nContent-ID: <unused@example>"
          "\r\n\r\n"
        + image.toBase64()
        + "\r\n--rel--\r\n"
          "--mix\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n"
          "Content-Disposition: attachment; filename=\"data.bin\"\r\n\r\n"
        + file.toBase64()
        + "\r\n--mix\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n"
        + inner + "--mix--\r\n";
}

qint64 insert(store::Archive &archive, qint64 folder, qint64 account, const QByteArray &raw,
              bool partial = false)
{
    store::NewMessage m;
    m.accountId = account;
    m.folderId = folder;
    m.raw = raw;
    m.arrival = kDate;
    m.partial = partial;
    return must(archive.insertMessage(m));
}

LoadedMessage loadedAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<LoadedMessage>();
}

} // namespace

// model::MessageLoader: the message view's reads and parses, on a thread of their own, with no
// widgets. Every archive is a file: the loader opens its own connection to it.
class TestMessageLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loadsOnItsOwnThread();
    void aNewerRequestSupersedesTheOlder();
    void cancelDropsWhatWasAsked();
    void reloadReadsWhatAnotherConnectionReplaced();
    void bytesAndAttachedMessages();
    void errorsComeBackAsResults();
    void savesAreWrittenInOrderAndNeverSuperseded();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Archive> m_archive;
    qint64 m_account = 0;
    qint64 m_inbox = 0;
};

void TestMessageLoader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_archive = must(store::Archive::open(m_dir->filePath(QStringLiteral("archive.sqlite"))));
    m_account = must(m_archive->createAccount(QStringLiteral("a")));
    m_inbox = must(m_archive->specialFolder(m_account, store::FolderRole::Inbox));
}

void TestMessageLoader::cleanup()
{
    m_archive.reset();
    m_dir.reset();
}

void TestMessageLoader::loadsOnItsOwnThread()
{
    const QByteArray image("\x89PNG pretend image", 18);
    const QByteArray file("binary\0data", 11);
    const QByteArray inner = plainMail("Inner", "inside");
    const QByteArray raw = richMail(image, file, inner);
    const qint64 id = insert(*m_archive, m_inbox, m_account, raw);

    MessageLoader loader;
    ParseGate gate(loader);
    loader.setArchivePath(m_archive->path());
    QSignalSpy loaded(&loader, &MessageLoader::loaded);
    const quint64 ticket = loader.load(id);
    QCOMPARE(loader.latest(), ticket);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.size(), 1);
    const LoadedMessage m = loadedAt(loaded, 0);
    QCOMPARE(m.ticket, ticket);
    QCOMPARE(m.id, id);
    QVERIFY(!m.error);
    QCOMPARE(m.raw, raw);
    QCOMPARE(m.parsed.subject, QStringLiteral("Rich"));
    QCOMPARE(m.parsed.from.value(0).address, QStringLiteral("ana@example.org"));
    QVERIFY(!m.partial);
    // Parsed on the loader's thread, not the caller's.
    QCOMPARE(gate.ids(), QList<qint64>({id}));
    QVERIFY(gate.threads().constFirst() != QThread::currentThread());
    QVERIFY(gate.threads().constFirst() != nullptr);

    // Listed: the file, the inline part the HTML does not show, the attached message; not the
    // image the HTML shows, whose bytes come along (by lower-case Content-ID).
    QStringList listed;
    for (const mime::Attachment &a : m.listed)
        listed << (a.isMessage ? QStringLiteral("message") : a.filename);
    QCOMPARE(listed,
             QStringList({QStringLiteral("unused.png"), QStringLiteral("data.bin"),
                          QStringLiteral("message")}));
    QCOMPARE(m.inlineParts.keys(), QStringList({QStringLiteral("logo@example")}));
    QCOMPARE(m.inlineParts.value(QStringLiteral("logo@example")), image);
}

void TestMessageLoader::aNewerRequestSupersedesTheOlder()
{
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids << insert(*m_archive, m_inbox, m_account,
                      plainMail("Message " + QByteArray::number(i), "body"));
    MessageLoader loader;
    ParseGate gate(loader);
    loader.setArchivePath(m_archive->path());
    QSignalSpy loaded(&loader, &MessageLoader::loaded);

    // The first parse is held on the loader's thread while three more requests come, as from
    // the arrow keys: only the last of them is parsed, and only its result is delivered.
    gate.hold();
    (void)loader.load(ids[0]);
    QVERIFY(gate.waitEntered());
    (void)loader.load(ids[1]);
    (void)loader.load(ids[2]);
    const quint64 last = loader.load(ids[3]);
    gate.release();
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loadedAt(loaded, 0).id, ids[3]);
    QCOMPARE(loadedAt(loaded, 0).ticket, last);
    QCOMPARE(loadedAt(loaded, 0).parsed.subject, QStringLiteral("Message 3"));
    // The two in between were never read: no backlog.
    QCOMPARE(gate.ids(), QList<qint64>({ids[0], ids[3]}));
    QTest::qWait(50);
    QCOMPARE(loaded.size(), 1);
}

void TestMessageLoader::cancelDropsWhatWasAsked()
{
    const qint64 id = insert(*m_archive, m_inbox, m_account, plainMail("Gone", "body"));
    MessageLoader loader;
    ParseGate gate(loader);
    loader.setArchivePath(m_archive->path());
    QSignalSpy loaded(&loader, &MessageLoader::loaded);
    gate.hold();
    (void)loader.load(id);
    QVERIFY(gate.waitEntered());
    loader.cancel(); // while it is being parsed
    gate.release();
    // A later request is answered, and it is the only answer.
    const quint64 next = loader.parse(plainMail("Next", "b"), kDate);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loadedAt(loaded, 0).ticket, next);
    QCOMPARE(loadedAt(loaded, 0).id, 0);
    QCOMPARE(loadedAt(loaded, 0).parsed.subject, QStringLiteral("Next"));
}

void TestMessageLoader::reloadReadsWhatAnotherConnectionReplaced()
{
    const QByteArray head = plainMail("Big file", "the first part");
    const qint64 id = insert(*m_archive, m_inbox, m_account, head, true);
    // The caller's own connection has parsed (and cached) it, as the window's once did.
    QVERIFY(m_archive->parsedMessage(id)->textBody.contains(QLatin1String("first part")));

    MessageLoader loader;
    loader.setArchivePath(m_archive->path());
    QSignalSpy loaded(&loader, &MessageLoader::loaded);
    (void)loader.load(id);
    QVERIFY(loaded.wait(30000));
    QVERIFY(loadedAt(loaded, 0).partial);
    QVERIFY(loadedAt(loaded, 0).parsed.textBody.contains(QLatin1String("first part")));

    // "Download the rest" replaces it in place from another connection.
    const QByteArray whole = plainMail("Big file", "the first part and all the rest");
    {
        std::unique_ptr<store::Archive> other = must(store::Archive::open(m_archive->path()));
        QVERIFY(other->completePartial(id, whole));
    }
    (void)loader.load(id);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.size(), 2);
    const LoadedMessage again = loadedAt(loaded, 1);
    QVERIFY(!again.partial);
    QCOMPARE(again.raw, whole);
    QVERIFY(again.parsed.textBody.contains(QLatin1String("all the rest")));
}

void TestMessageLoader::bytesAndAttachedMessages()
{
    const QByteArray inner = plainMail("Inner itinerary", "ferry at nine");
    const QByteArray outer = richMail("img", "file", inner);
    int messagePart = -1;
    for (const mime::Attachment &a : mime::parseMessage(outer, kDate).attachments)
        if (a.isMessage)
            messagePart = a.partIndex;
    QVERIFY(messagePart >= 0);

    // No archive is needed for bytes.
    MessageLoader loader;
    QSignalSpy loaded(&loader, &MessageLoader::loaded);
    (void)loader.parse(outer, kDate);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loadedAt(loaded, 0).parsed.subject, QStringLiteral("Rich"));
    QCOMPARE(loadedAt(loaded, 0).raw, outer);

    // The attached message: its own bytes, parsed.
    (void)loader.parsePart(outer, messagePart, kDate);
    QVERIFY(loaded.wait(30000));
    const LoadedMessage m = loadedAt(loaded, 1);
    QVERIFY(!m.error);
    QCOMPARE(m.id, 0);
    QCOMPARE(m.parsed.subject, QStringLiteral("Inner itinerary"));
    QVERIFY(m.raw.startsWith("From: Ana"));
    QVERIFY(m.parsed.textBody.contains(QLatin1String("ferry at nine")));

    // A part that is not there is an error, not an empty message.
    (void)loader.parsePart(outer, 9999, kDate);
    QVERIFY(loaded.wait(30000));
    QVERIFY(loadedAt(loaded, 2).error);
    QCOMPARE(loadedAt(loaded, 2).error->code, Error::Code::NotFound);
}

void TestMessageLoader::errorsComeBackAsResults()
{
    MessageLoader loader;
    QSignalSpy loaded(&loader, &MessageLoader::loaded);
    loader.setArchivePath(m_archive->path());
    const quint64 missing = loader.load(424242);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loadedAt(loaded, 0).ticket, missing);
    QCOMPARE(loadedAt(loaded, 0).id, 424242);
    QVERIFY(loadedAt(loaded, 0).error);
    QCOMPARE(loadedAt(loaded, 0).error->code, Error::Code::NotFound);

    // Another connection to ":memory:" would be another, empty database: said, not guessed.
    loader.setArchivePath(QStringLiteral(":memory:"));
    (void)loader.load(1);
    QVERIFY(loaded.wait(30000));
    QVERIFY(loadedAt(loaded, 1).error);
    QVERIFY2(loadedAt(loaded, 1).error->message.contains(QLatin1String("memory")),
             qPrintable(loadedAt(loaded, 1).error->message));
}

void TestMessageLoader::savesAreWrittenInOrderAndNeverSuperseded()
{
    const QByteArray file = QByteArray("col1,col2\n1,2\n").repeated(100);
    const QByteArray raw = richMail("img", file, plainMail("Inner", "x"));
    int filePart = -1;
    for (const mime::Attachment &a : mime::parseMessage(raw, kDate).attachments)
        if (a.filename == u"data.bin")
            filePart = a.partIndex;
    QVERIFY(filePart >= 0);
    const qint64 id = insert(*m_archive, m_inbox, m_account, raw);

    MessageLoader loader;
    loader.setArchivePath(m_archive->path());
    QSignalSpy saved(&loader, &MessageLoader::saved);
    QSignalSpy loaded(&loader, &MessageLoader::loaded);
    const QString first = m_dir->filePath(QStringLiteral("first.csv"));
    const QString second = m_dir->filePath(QStringLiteral("second.csv"));
    const QString nowhere = m_dir->filePath(QStringLiteral("no/such/folder/x.csv"));
    const QString noPart = m_dir->filePath(QStringLiteral("no-part.csv"));
    const quint64 a = loader.save(raw, {{filePart, first}});
    (void)loader.load(id); // a load between saves supersedes neither
    const quint64 b = loader.save(raw, {{filePart, second}, {filePart, nowhere}, {9999, noPart}});
    loader.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 30000);
    QCOMPARE(saved.at(0).at(0).value<quint64>(), a);
    QCOMPARE(saved.at(0).at(1).toStringList(), QStringList({first}));
    QCOMPARE(saved.at(0).at(2).toStringList(), QStringList());
    QCOMPARE(saved.at(1).at(0).value<quint64>(), b);
    QCOMPARE(saved.at(1).at(1).toStringList(), QStringList({second}));
    QCOMPARE(saved.at(1).at(2).toStringList(), QStringList({nowhere, noPart}));
    for (const QString &path : {first, second}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), file);
    }
    QVERIFY(!QFile::exists(nowhere));
    QVERIFY(!QFile::exists(noPart));
    QCOMPARE(loaded.size(), 0); // cancelled

    // Destroying the loader writes what was asked for before it goes.
    const QString last = m_dir->filePath(QStringLiteral("last.csv"));
    {
        MessageLoader brief;
        (void)brief.save(raw, {{filePart, last}});
    }
    QVERIFY(QFile::exists(last));
}

QTEST_GUILESS_MAIN(TestMessageLoader)
#include "tst_messageloader.moc"

#include "Must.h"
#include "io/Exporter.h"
#include "io/Importer.h"
#include "io/MboxReader.h"
#include "io/MboxWriter.h"
#include "store/Archive.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace satchel;
using namespace satchel::io;
using namespace satchel::store;

namespace {

using test::must;

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QList<QByteArray> readMbox(const QString &path, MboxStyle style)
{
    MboxReader reader(style);
    if (!reader.open(path).ok())
        qFatal("cannot open %s", qPrintable(path));
    QList<QByteArray> messages;
    while (true) {
        auto next = must(reader.next());
        if (!next)
            return messages;
        messages.append(*next);
    }
}

QByteArray mail(const QByteArray &subject, const QByteArray &body)
{
    return "From: a@example.org\nTo: b@example.org\nSubject: " + subject
        + "\nDate: Thu, 01 Feb 2024 10:00:00 +0100\n\n" + body;
}

} // namespace

class TestImportExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsMboxStyles_data();
    void readsMboxStyles();
    void mboxrdRoundTrip();
    void importsFoldersMaildirAndMbox();
    void namesFilesThatFail();
    void exportsEml();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;
    qint64 m_account = 0;
    qint64 m_inbox = 0;
};

void TestImportExport::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("a.sqlite")));
    m_archive = must(Archive::open(m_dir.filePath(QStringLiteral("a.sqlite"))));
    m_account = must(m_archive->createAccount(QStringLiteral("Local")));
    m_inbox = must(m_archive->specialFolder(m_account, FolderRole::Inbox));
}

void TestImportExport::cleanup()
{
    m_archive.reset();
}

void TestImportExport::readsMboxStyles_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("style");
    QTest::addColumn<QList<QByteArray>>("messages");

    const QByteArray env = "From someone@example.org Thu Feb  1 10:00:00 2024\n";
    QTest::newRow("mboxrd quoting")
        << QByteArray(env + "Subject: a\n\n>From here\n>>From there\nFrom\n\n" + env
                      + "Subject: b\n\nbody\n\n")
        << int(MboxStyle::Mboxrd)
        << QList<QByteArray> {"Subject: a\n\nFrom here\n>From there\nFrom\n",
                              "Subject: b\n\nbody\n"};
    QTest::newRow("mboxo quoting")
        << QByteArray(env + "Subject: a\n\n>From here\n>>From there\n\n") << int(MboxStyle::Mboxo)
        << QList<QByteArray> {"Subject: a\n\nFrom here\n>>From there\n"};
    QTest::newRow("unquoted From after text is body")
        << QByteArray(env + "Subject: a\n\nline\nFrom the desk of\n\n" + env + "Subject: b\n\nx\n")
        << int(MboxStyle::Auto)
        << QList<QByteArray> {"Subject: a\n\nline\nFrom the desk of\n", "Subject: b\n\nx\n"};
    QTest::newRow("content-length (mboxcl2)")
        << QByteArray(env + "Content-Length: 18\nSubject: a\n\nFrom me\n\nFrom you\n\n" + env
                      + "Subject: b\n\nx\n")
        << int(MboxStyle::Auto)
        << QList<QByteArray> {"Content-Length: 18\nSubject: a\n\nFrom me\n\nFrom you\n",
                              "Subject: b\n\nx\n"};
    QTest::newRow("wrong content-length ignored")
        << QByteArray(env + "Content-Length: 999\nSubject: a\n\nbody\n\n" + env
                      + "Subject: b\n\nx\n")
        << int(MboxStyle::Auto)
        << QList<QByteArray> {"Content-Length: 999\nSubject: a\n\nbody\n", "Subject: b\n\nx\n"};
    QTest::newRow("crlf") << QByteArray(
        "From a@b Thu Feb  1 10:00:00 2024\r\nSubject: a\r\n\r\nbody\r\n\r\nFrom "
        "a@b Thu Feb  1 10:00:00 2024\r\nSubject: b\r\n\r\nx\r\n\r\n")
                          << int(MboxStyle::Auto)
                          << QList<QByteArray> {"Subject: a\r\n\r\nbody\r\n",
                                                "Subject: b\r\n\r\nx\r\n"};
    // The envelope lines real mailers write ("From " styles), each without the blank line
    // before it too, where only the line's own shape tells it from text.
    const QList<QByteArray> envelopes = {
        "From - Mon Jan  1 00:00:00 2001\n", // Mozilla, Thunderbird
        "From MAILER-DAEMON Fri Jul  8 12:08:34 2011\n", // Pine, mutt's drafts
        "From user@host.example  Sat Jan  3 01:05:34 1996\n", // two spaces (qmail, procmail)
        "From 1466227734186082000@xxx Sat Jun 18 07:05:30 +0000 2016\n", // Google Takeout
        "From ???@??? Mon Jan 01 00:00:00 2001\n", // Eudora
        "From a@b Thu Feb 1 10:00 2024\n", // no seconds
        "From a@b Thu, 01 Feb 2024 10:00:00 +0100\n", // an RFC 5322 date
    };
    for (const QByteArray &e : envelopes) {
        QTest::newRow(qPrintable(u"envelope " + QString::fromLatin1(e.trimmed())))
            << QByteArray(e + "Subject: a\n\nbody\n" + e + "Subject: b\n\nx\n\n" + e
                          + "Subject: c\n\ny\n")
            << int(MboxStyle::Auto)
            << QList<QByteArray> {"Subject: a\n\nbody\n", "Subject: b\n\nx\n", "Subject: c\n\ny\n"};
    }
    QTest::newRow("mboxcl: content-length, and >From unquoted")
        << QByteArray(env + "Content-Length: 18\nSubject: a\n\n>From me\nFrom you\n\n" + env
                      + "Subject: b\n\nx\n")
        << int(MboxStyle::Mboxcl)
        << QList<QByteArray> {"Content-Length: 18\nSubject: a\n\nFrom me\nFrom you\n",
                              "Subject: b\n\nx\n"};
    QTest::newRow("mboxcl2: content-length, nothing unquoted")
        << QByteArray(env + "Content-Length: 18\nSubject: a\n\n>From me\nFrom you\n\n" + env
                      + "Subject: b\n\nx\n")
        << int(MboxStyle::Mboxcl2)
        << QList<QByteArray> {"Content-Length: 18\nSubject: a\n\n>From me\nFrom you\n",
                              "Subject: b\n\nx\n"};
    QTest::newRow("no blank line before envelope")
        << QByteArray(env + "Subject: a\n\nbody\n" + env + "Subject: b\n\nx\n")
        << int(MboxStyle::Auto) << QList<QByteArray> {"Subject: a\n\nbody\n", "Subject: b\n\nx\n"};
}

void TestImportExport::readsMboxStyles()
{
    QFETCH(QByteArray, file);
    QFETCH(int, style);
    QFETCH(QList<QByteArray>, messages);
    const QString path = m_dir.filePath(QStringLiteral("styles.mbox"));
    writeFile(path, file);
    QCOMPARE(readMbox(path, MboxStyle(style)), messages);
}

// What Satchel writes reads back byte for byte, whatever "From " lines the messages hold.
void TestImportExport::mboxrdRoundTrip()
{
    const QList<QByteArray> messages = {
        mail("one", "From the start\n>From quoted\n>>>From deep\n\n\nFrom\n"),
        "From an old mbox line at the top\nSubject: x\n\nbody\n",
        mail("crlf", "a\r\nFrom b\r\n\r\n"),
        mail("ends with empty lines", "x\n\n\n"),
        mail("header only", "").chopped(1),
    };
    const QString path = m_dir.filePath(QStringLiteral("out.mbox"));
    MboxWriter writer;
    QVERIFY(writer.open(path).ok());
    for (const QByteArray &m : messages)
        QVERIFY(
            writer.write(m, QStringLiteral("a@example.org"), QDateTime::currentDateTimeUtc()).ok());
    QVERIFY(writer.close().ok());
    QCOMPARE(readMbox(path, MboxStyle::Auto), messages);
    QCOMPARE(readMbox(path, MboxStyle::Mboxrd), messages);
    QCOMPARE(MboxWriter::envelopeLine(QStringLiteral("a b@x"),
                                      QDateTime(QDate(2024, 2, 1), QTime(9, 5, 7), Qt::UTC)),
             QByteArray("From a_b@x Thu Feb  1 09:05:07 2024\n"));
}

void TestImportExport::importsFoldersMaildirAndMbox()
{
    const QString root = m_dir.filePath(QStringLiteral("src"));
    writeFile(root + QStringLiteral("/plain/1.eml"), mail("plain one", "x\n"));
    writeFile(root + QStringLiteral("/plain/deep/er/2"), mail("plain two", "y"));
    writeFile(root + QStringLiteral("/md/cur/1.host:2,FS"), mail("seen flagged", "z\n"));
    writeFile(root + QStringLiteral("/md/new/2.host"), mail("new", "w\n"));
    writeFile(root + QStringLiteral("/md/tmp/3.host"), mail("half delivered", "v\n"));
    writeFile(root + QStringLiteral("/md/dovecot-uidlist"), "3 V1 N1\n");
    writeFile(root + QStringLiteral("/.notmuch/xapian"), "not mail");
    writeFile(root + QStringLiteral("/box.mbox"),
              "From x Thu Feb  1 10:00:00 2024\n" + mail("in mbox", "m\n") + "\n"
                  + "From x Thu Feb  1 10:00:00 2024\n" + mail("plain one", "x\n") + "\n");
    writeFile(root + QStringLiteral("/copy.eml"), mail("plain one", "x\n")); // a duplicate

    Importer importer(*m_archive, m_account, m_inbox);
    importer.importPath(root);
    importer.finish();
    QCOMPARE(importer.stats().problems.size(), 0);
    QCOMPARE(importer.stats().imported, 5);
    QCOMPARE(importer.stats().duplicates, 2);
    QCOMPARE(must(m_archive->search(QStringLiteral("subject:plain"), 0)).size(), 2);
    const QList<qint64> seen = must(m_archive->search(QStringLiteral("is:read is:flagged"), 0));
    QCOMPARE(seen.size(), 1);
    QCOMPARE(must(m_archive->rawMessage(seen.first())), mail("seen flagged", "z\n"));
    QCOMPARE(must(m_archive->search(QStringLiteral("is:unread"), 0)).size(), 4);

    // Importing again adds nothing.
    Importer again(*m_archive, m_account, m_inbox);
    again.importPath(root);
    again.finish();
    QCOMPARE(again.stats().imported, 0);
    QCOMPARE(again.stats().duplicates, 7);
}

void TestImportExport::namesFilesThatFail()
{
    const QString root = m_dir.filePath(QStringLiteral("bad"));
    writeFile(root + QStringLiteral("/good.eml"), mail("good", "x\n"));
    writeFile(root + QStringLiteral("/empty.eml"), "");
    writeFile(root + QStringLiteral("/notmail.eml"), "\x01\x02 binary junk without a header");
    Importer importer(*m_archive, m_account, m_inbox);
    importer.importPath(root);
    importer.importPath(m_dir.filePath(QStringLiteral("missing")));
    importer.finish();
    QCOMPARE(importer.stats().imported, 1);
    QStringList files;
    for (const ImportProblem &p : importer.stats().problems)
        files.append(QFileInfo(p.file).fileName());
    QCOMPARE(files,
             (QStringList {QStringLiteral("missing"), QStringLiteral("empty.eml"),
                           QStringLiteral("notmail.eml")}));
}

void TestImportExport::exportsEml()
{
    const QByteArray a = mail("a", "no final newline"), b = mail("b", "From x\n");
    Importer importer(*m_archive, m_account, m_inbox);
    const QString src = m_dir.filePath(QStringLiteral("emlsrc"));
    writeFile(src + QStringLiteral("/a.eml"), a);
    writeFile(src + QStringLiteral("/b.eml"), b);
    importer.importPath(src);
    importer.finish();
    const QList<qint64> ids = must(m_archive->messageIds());
    const QString out = m_dir.filePath(QStringLiteral("emlout"));
    QCOMPARE(must(exportEml(*m_archive, ids, out)), 2);
    QList<QByteArray> back;
    for (const QString &name : QDir(out).entryList(QDir::Files, QDir::Name)) {
        QFile f(QDir(out).filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        back.append(f.readAll());
    }
    QCOMPARE(back, (QList<QByteArray> {a, b}));
    const QString mbox = m_dir.filePath(QStringLiteral("all.mbox"));
    QCOMPARE(must(exportMbox(*m_archive, ids, mbox)), 2);
    QCOMPARE(readMbox(mbox, MboxStyle::Auto), (QList<QByteArray> {a + '\n', b}));
}

QTEST_GUILESS_MAIN(TestImportExport)
#include "tst_importexport.moc"

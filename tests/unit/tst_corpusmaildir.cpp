#include "CorpusMaildir.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using satchel::test::CorpusMaildir;
using satchel::test::MaildirMessage;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The file names in cur/, sorted the way Dovecot numbers new files.
QStringList dovecotOrder(const QString &maildir)
{
    QStringList names = QDir(maildir + u"/cur").entryList(QDir::Files);
    std::sort(names.begin(), names.end(), CorpusMaildir::dovecotOrdersBefore);
    return names;
}

QStringList fileNames(const QList<MaildirMessage> &messages)
{
    QStringList names;
    for (const MaildirMessage &message : messages)
        names << QFileInfo(message.path).fileName();
    return names;
}

} // namespace

class TestCorpusMaildir : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syntheticMessagesAreDistinctAndWellFormed();
    void addWritesByteExactFilesInPop3Order();
    void sequenceContinuesAcrossObjects();
    void dovecotOrderRule_data();
    void dovecotOrderRule();
    void expectedWireBytes_data();
    void expectedWireBytes();
    void folderIsFilteredSortedAndLimited();
    void tarballSkipsNotesAndKeepsArchiveOrder();
    void badInputNamesTheCause();
    void corpusFolder();
    void corpusTarball();
};

void TestCorpusMaildir::syntheticMessagesAreDistinctAndWellFormed()
{
    const QList<QByteArray> messages = CorpusMaildir::syntheticMessages(60);
    QCOMPARE(messages.size(), 60);
    QCOMPARE(CorpusMaildir::syntheticMessages(60), messages); // deterministic
    QCOMPARE(CorpusMaildir::syntheticMessages(20, 41), messages.mid(40)); // one series
    QSet<QByteArray> ids;
    QSet<QByteArray> bodies;
    for (const QByteArray &message : messages) {
        const bool crlf = message.contains("\r\n");
        const QByteArray eol = crlf ? "\r\n" : "\n";
        // One line-end convention per message, no lone CRs, a header block, a final newline.
        if (crlf)
            QCOMPARE(message.count('\r'), message.count('\n'));
        else
            QVERIFY(!message.contains('\r'));
        QVERIFY(message.endsWith(eol));
        const qsizetype separator = message.indexOf(QByteArray(eol + eol));
        QVERIFY2(separator > 0, message.constData());
        const QList<QByteArray> headers = message.left(separator).split('\n');
        for (const QByteArray &header : headers)
            QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z-]+: \\S"))
                         .match(QString::fromLatin1(header))
                         .hasMatch(),
                     header.constData());
        for (const char *name : {"From: ", "To: ", "Subject: ", "Date: ", "Message-ID: "})
            QVERIFY2(message.startsWith(name) || message.contains(QByteArray(eol + name)), name);
        const qsizetype idStart = message.indexOf("Message-ID: ");
        ids.insert(message.mid(idStart, message.indexOf('\n', idStart) - idStart));
        bodies.insert(message.mid(separator));
        // 8-bit bytes only where the headers declare them.
        const bool eightBit = std::any_of(message.cbegin(), message.cend(),
                                          [](char c) { return static_cast<uchar>(c) > 127; });
        QCOMPARE(eightBit, message.contains("Content-Transfer-Encoding: 8bit"));
    }
    QCOMPARE(ids.size(), messages.size());
    QCOMPARE(bodies.size(), messages.size());
    // The variety the wire conversion needs is really there.
    QVERIFY(std::any_of(messages.cbegin(), messages.cend(),
                        [](const QByteArray &m) { return m.contains("\n.\n"); }));
    QVERIFY(std::any_of(messages.cbegin(), messages.cend(),
                        [](const QByteArray &m) { return m.contains("\r\n.hidden"); }));
}

void TestCorpusMaildir::addWritesByteExactFilesInPop3Order()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CorpusMaildir maildir(dir.path());
    QVERIFY2(maildir.isValid(), qPrintable(maildir.errorString()));
    // Enough for the timestamps to cross a digit boundary would need 9e9 files; 120 crosses
    // the "Q99" -> "Q100" one, which string order would get wrong.
    QVERIFY2(maildir.addSynthetic(120), qPrintable(maildir.errorString()));
    const QList<MaildirMessage> messages = maildir.messages();
    QCOMPARE(messages.size(), 120);
    const QList<QByteArray> expected = CorpusMaildir::syntheticMessages(120);
    for (qsizetype i = 0; i < messages.size(); ++i) {
        QCOMPARE(messages.at(i).bytes, expected.at(i));
        QCOMPARE(readAll(messages.at(i).path), expected.at(i));
        QCOMPARE(QFileInfo(messages.at(i).path).dir().dirName(), QStringLiteral("cur"));
        QVERIFY(messages.at(i).path.endsWith(u":2,"));
    }
    QCOMPARE(dovecotOrder(dir.path()), fileNames(messages));
    QVERIFY(QDir(dir.filePath(QStringLiteral("tmp"))).isEmpty());
    QVERIFY(QDir(dir.filePath(QStringLiteral("new"))).isEmpty());
}

void TestCorpusMaildir::sequenceContinuesAcrossObjects()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QList<MaildirMessage> all;
    {
        CorpusMaildir first(dir.path());
        QVERIFY(first.addSynthetic(3));
        all += first.messages();
    }
    CorpusMaildir second(dir.path());
    QVERIFY(second.add("Subject: later\n\nlater\n", QStringLiteral("later")));
    QCOMPARE(second.messages().size(), 1);
    // Two batches from one object continue the series instead of repeating it.
    QVERIFY(second.addSynthetic(2));
    QVERIFY(second.addSynthetic(1));
    QCOMPARE(second.messages().at(3).bytes, CorpusMaildir::syntheticMessages(1, 3).constFirst());
    QCOMPARE(second.messages().at(3).origin, QStringLiteral("synthetic 3"));
    QCOMPARE(second.messages().constFirst().origin, QStringLiteral("later"));
    all += second.messages();
    QCOMPARE(dovecotOrder(dir.path()), fileNames(all));
}

void TestCorpusMaildir::dovecotOrderRule_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    // Seconds compare as numbers, not strings (Dovecot's comment: the 999999999 -> 1000000000
    // change in 2001).
    QTest::newRow("numeric seconds") << "999999999.a.host"
                                     << "1000000000.a.host";
    QTest::newRow("microseconds") << "1000.M9P1.host:2,"
                                  << "1000.M10P1.host:2,";
    QTest::newRow("then the name") << "1000.Q1.host:2,S"
                                   << "1000.Q2.host:2,";
    QTest::newRow("flags ignored") << "1000.Qa.host:2,S"
                                   << "1000.Qb.host:2,";
    QTest::newRow("ours") << "1000000009.Q9.satchel:2,"
                          << "1000000010.Q10.satchel:2,";
}

void TestCorpusMaildir::dovecotOrderRule()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QVERIFY(CorpusMaildir::dovecotOrdersBefore(first, second));
    QVERIFY(!CorpusMaildir::dovecotOrdersBefore(second, first));
    QVERIFY(!CorpusMaildir::dovecotOrdersBefore(first, first));
}

void TestCorpusMaildir::expectedWireBytes_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("size");
    // The same rows are served by a real Dovecot in tst_dovecotfixture::edgeCasesOnTheWire.
    QTest::newRow("lf") << QByteArray("A: b\n\nbody\n") << QByteArray("A: b\r\n\r\nbody\r\n.\r\n")
                        << QByteArray("A: b\r\n\r\nbody\r\n") << qint64(14);
    QTest::newRow("crlf") << QByteArray("A: b\r\n\r\nbody\r\n")
                          << QByteArray("A: b\r\n\r\nbody\r\n.\r\n")
                          << QByteArray("A: b\r\n\r\nbody\r\n") << qint64(14);
    QTest::newRow("no final newline")
        << QByteArray("A: b\n\nend") << QByteArray("A: b\r\n\r\nend\r\n.\r\n")
        << QByteArray("A: b\r\n\r\nend\r\n") << qint64(11);
    QTest::newRow("dots") << QByteArray("A: b\n\n.x\n.\n..\nend\n")
                          << QByteArray("A: b\r\n\r\n..x\r\n..\r\n...\r\nend\r\n.\r\n")
                          << QByteArray("A: b\r\n\r\n.x\r\n.\r\n..\r\nend\r\n") << qint64(24);
    QTest::newRow("lone cr") << QByteArray("A: b\n\nx\ry\n")
                             << QByteArray("A: b\r\n\r\nx\ry\r\n.\r\n")
                             << QByteArray("A: b\r\n\r\nx\ry\r\n") << qint64(13);
    QTest::newRow("ends with cr") << QByteArray("A: b\n\nx\r")
                                  << QByteArray("A: b\r\n\r\nx\r\r\n.\r\n")
                                  << QByteArray("A: b\r\n\r\nx\r\r\n") << qint64(10);
    QTest::newRow("nul") << QByteArray("A: b\n\nx\0y\n", 10)
                         << QByteArray("A: b\r\n\r\nx\0y\r\n.\r\n", 16)
                         << QByteArray("A: b\r\n\r\nx\0y\r\n", 13) << qint64(13);
    // Dovecot does not stuff a dot at the very start, so an unstuffing client loses it.
    QTest::newRow("leading dot") << QByteArray(".A: b\n\nx\n")
                                 << QByteArray(".A: b\r\n\r\nx\r\n.\r\n")
                                 << QByteArray("A: b\r\n\r\nx\r\n") << qint64(12);
    QTest::newRow("empty") << QByteArray() << QByteArray("\r\n.\r\n") << QByteArray("\r\n")
                           << qint64(0);
}

void TestCorpusMaildir::expectedWireBytes()
{
    QFETCH(QByteArray, stored);
    QFETCH(QByteArray, wire);
    QFETCH(QByteArray, content);
    QFETCH(qint64, size);
    QCOMPARE(CorpusMaildir::expectedRetrWire(stored), wire);
    QCOMPARE(CorpusMaildir::expectedRetrContent(stored), content);
    QCOMPARE(CorpusMaildir::expectedPop3Size(stored), size);
}

void TestCorpusMaildir::folderIsFilteredSortedAndLimited()
{
    QTemporaryDir source;
    QTemporaryDir target;
    QVERIFY(source.isValid() && target.isValid());
    QVERIFY(writeFile(source.filePath(QStringLiteral("b/2.eml")), "Subject: b2\n\nb2\n"));
    QVERIFY(writeFile(source.filePath(QStringLiteral("a.eml")), "Subject: a\n\na\n"));
    QVERIFY(writeFile(source.filePath(QStringLiteral("b/1.eml")), "Subject: b1\r\n\r\nb1\r\n"));
    QVERIFY(writeFile(source.filePath(QStringLiteral("b/notes.txt")), "not mail"));
    QVERIFY(writeFile(source.filePath(QStringLiteral(".hidden.eml")), "Subject: hidden\n\n"));
    QVERIFY(writeFile(source.filePath(QStringLiteral("c/d/3.msg")), "Subject: 3\n\n3\n"));

    CorpusMaildir all(target.filePath(QStringLiteral("all")));
    QVERIFY2(all.addFromFolder(source.path(), {QStringLiteral("*.eml"), QStringLiteral("*.msg")}),
             qPrintable(all.errorString()));
    const QStringList expectedOrder = {
        source.filePath(QStringLiteral("a.eml")), source.filePath(QStringLiteral("b/1.eml")),
        source.filePath(QStringLiteral("b/2.eml")), source.filePath(QStringLiteral("c/d/3.msg"))};
    QStringList origins;
    for (const MaildirMessage &message : all.messages()) {
        origins << message.origin;
        QCOMPARE(readAll(message.path), readAll(message.origin));
    }
    QCOMPARE(origins, expectedOrder);

    CorpusMaildir limited(target.filePath(QStringLiteral("limited")));
    QVERIFY(limited.addFromFolder(source.path(), {QStringLiteral("*.eml")}, 2));
    QCOMPARE(limited.messages().size(), 2);
    QCOMPARE(limited.messages().at(1).origin, expectedOrder.at(1));
}

void TestCorpusMaildir::tarballSkipsNotesAndKeepsArchiveOrder()
{
    const QString tar = QStandardPaths::findExecutable(QStringLiteral("tar"));
    if (tar.isEmpty())
        QSKIP("the 'tar' command is not installed (Debian package: tar)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString tree = dir.filePath(QStringLiteral("tree"));
    QVERIFY(writeFile(tree + u"/set/SOURCE.txt", "where it came from"));
    QVERIFY(writeFile(tree + u"/set/inbox/.DS_Store", "\0\0\0\1Bud1"));
    QVERIFY(writeFile(tree + u"/set/inbox/2_", "Subject: two\n\n2\n"));
    QVERIFY(writeFile(tree + u"/set/inbox/10_", "Subject: ten\n\n10\n"));
    QVERIFY(writeFile(tree + u"/set/inbox/1_", "Subject: one\r\n\r\n1\r\n"));
    QVERIFY(writeFile(tree + u"/set/README.md", "notes"));
    const QString archive = dir.filePath(QStringLiteral("set.tar.gz"));
    // Members in an order of our choosing, which the filler must keep.
    QProcess process;
    process.setWorkingDirectory(tree);
    process.start(tar,
                  {QStringLiteral("-czf"), archive, QStringLiteral("set/SOURCE.txt"),
                   QStringLiteral("set/inbox/.DS_Store"), QStringLiteral("set/inbox/2_"),
                   QStringLiteral("set/README.md"), QStringLiteral("set/inbox/10_"),
                   QStringLiteral("set/inbox/1_")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);

    CorpusMaildir maildir(dir.filePath(QStringLiteral("Maildir")));
    QVERIFY2(maildir.addFromTarball(archive), qPrintable(maildir.errorString()));
    QList<QByteArray> bytes;
    for (const MaildirMessage &message : maildir.messages()) {
        bytes << message.bytes;
        QCOMPARE(readAll(message.path), message.bytes);
    }
    QCOMPARE(bytes,
             (QList<QByteArray> {"Subject: two\n\n2\n", "Subject: ten\n\n10\n",
                                 "Subject: one\r\n\r\n1\r\n"}));
    QCOMPARE(maildir.messages().constFirst().origin, QString(archive + u":set/inbox/2_"));

    CorpusMaildir limited(dir.filePath(QStringLiteral("Limited")));
    QVERIFY(limited.addFromTarball(archive, 2));
    QCOMPARE(limited.messages().size(), 2);
    CorpusMaildir filtered(dir.filePath(QStringLiteral("Filtered")));
    QVERIFY(filtered.addFromTarball(archive, -1, {QStringLiteral("1*")}));
    QCOMPARE(filtered.messages().size(), 2); // 10_ and 1_
}

void TestCorpusMaildir::badInputNamesTheCause()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CorpusMaildir maildir(dir.filePath(QStringLiteral("Maildir")));
    QVERIFY(!maildir.addFromFolder(dir.filePath(QStringLiteral("nowhere"))));
    QVERIFY2(maildir.errorString().contains(u"nowhere"), qPrintable(maildir.errorString()));
    QVERIFY(!maildir.addFromTarball(dir.filePath(QStringLiteral("missing.tar.gz"))));
    QVERIFY2(maildir.errorString().contains(u"missing.tar.gz"), qPrintable(maildir.errorString()));

    const QString garbage = dir.filePath(QStringLiteral("garbage.tar.gz"));
    QVERIFY(writeFile(garbage, "this is not a tarball"));
    CorpusMaildir other(dir.filePath(QStringLiteral("Other")));
    QVERIFY(!other.addFromTarball(garbage));
    QVERIFY2(other.errorString().contains(u"tar cannot list"), qPrintable(other.errorString()));
    QVERIFY(other.messages().isEmpty());

    // A maildir that cannot be made (a file is in the way) says so up front.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("blocked")), "x"));
    CorpusMaildir blocked(dir.filePath(QStringLiteral("blocked")));
    QVERIFY(!blocked.isValid());
    QVERIFY(!blocked.add("Subject: x\n\nx\n"));
    QVERIFY2(blocked.errorString().contains(u"blocked"), qPrintable(blocked.errorString()));
}

void TestCorpusMaildir::corpusFolder()
{
    SATCHEL_REQUIRE_CORPUS();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString mime = satchel::test::corpusDir() + u"/mime";
    CorpusMaildir maildir(dir.path());
    QVERIFY2(maildir.addFromFolder(mime, {QStringLiteral("*.eml")}, 20),
             qPrintable(maildir.errorString()));
    QCOMPARE(maildir.messages().size(), 20);
    for (const MaildirMessage &message : maildir.messages()) {
        QVERIFY(message.origin.startsWith(mime));
        QVERIFY(message.origin.endsWith(u".eml"));
        const QByteArray source = readAll(message.origin);
        QVERIFY2(!source.isEmpty(), qPrintable(message.origin));
        QCOMPARE(message.bytes, source);
        QCOMPARE(readAll(message.path), source);
    }
    QCOMPARE(dovecotOrder(dir.path()), fileNames(maildir.messages()));
}

void TestCorpusMaildir::corpusTarball()
{
    SATCHEL_REQUIRE_CORPUS();
    const QString tar = QStandardPaths::findExecutable(QStringLiteral("tar"));
    if (tar.isEmpty())
        QSKIP("the 'tar' command is not installed (Debian package: tar)");
    const QString archive
        = satchel::test::corpusDir() + u"/volume/spamassassin-public-corpus.tar.gz";
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CorpusMaildir maildir(dir.path());
    QVERIFY2(maildir.addFromTarball(archive, 50), qPrintable(maildir.errorString()));
    QCOMPARE(maildir.messages().size(), 50);
    // Byte-exact against tar's own reading of a few members, not just against what we read.
    for (const qsizetype i : {0, 17, 49}) {
        const MaildirMessage &message = maildir.messages().at(i);
        const QString member = message.origin.mid(archive.size() + 1);
        QProcess process;
        process.start(tar, {QStringLiteral("-xOf"), archive, member});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(readAll(message.path), process.readAllStandardOutput());
    }
    QCOMPARE(dovecotOrder(dir.path()), fileNames(maildir.messages()));
}

QTEST_GUILESS_MAIN(TestCorpusMaildir)
#include "tst_corpusmaildir.moc"

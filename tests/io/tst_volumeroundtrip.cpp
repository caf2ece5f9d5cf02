#include "../store/VolumeCorpus.h"
#include "Must.h"
#include "io/Exporter.h"
#include "io/Importer.h"
#include "io/MboxReader.h"
#include "store/Archive.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace satchel;
using namespace satchel::io;
using namespace satchel::store;

namespace {

using test::must;

QByteArray digest(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// Hash -> how many times those exact bytes occur (a corpus may hold the same message twice).
using Multiset = QHash<QByteArray, int>;

} // namespace

// Both volume corpora, imported through core/io and exported again: every message's bytes come
// out exactly as they went in, as .eml files and through mbox (mboxrd). The one thing mbox
// cannot carry is a message without a final line break: it comes back with one.
class TestVolumeRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
};

void TestVolumeRoundTrip::roundTrip()
{
    const QStringList archives = satchel::test::volumeArchives();
    if (archives.isEmpty())
        QSKIP("corpus/volume is not here (../shared/corpus or $SATCHEL_CORPUS): nothing to "
              "round-trip");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = dir.filePath(QStringLiteral("source"));
    for (const QString &archive : archives) {
        const QString error = satchel::test::unpack(archive, source);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    Multiset in, inMbox;
    int files = 0;
    QDirIterator it(source, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = it.fileName();
        if (name == u"SOURCE.txt" || name.startsWith(u'.')) { // not mail: the corpus's notes
            QVERIFY(QFile::remove(path));
            continue;
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        ++in[digest(bytes)];
        ++inMbox[digest(bytes.endsWith('\n') ? bytes : bytes + '\n')];
        ++files;
    }
    qInfo("%d messages in %lld corpora", files, qlonglong(archives.size()));

    auto archive = must(Archive::open(dir.filePath(QStringLiteral("a.sqlite"))));
    const qint64 account = must(archive->createAccount(QStringLiteral("Local")));
    Importer importer(*archive, account, must(archive->specialFolder(account, FolderRole::Inbox)));
    importer.importPath(source);
    importer.finish();
    QCOMPARE(importer.stats().problems.size(), 0);
    QCOMPARE(importer.stats().imported, int(in.size())); // distinct byte strings
    QCOMPARE(importer.stats().imported + importer.stats().duplicates, files);

    const QList<qint64> ids = must(archive->messageIds());
    const QString eml = dir.filePath(QStringLiteral("eml"));
    QCOMPARE(must(exportEml(*archive, ids, eml)), int(ids.size()));
    QSet<QByteArray> outEml;
    QDirIterator files2(eml, QDir::Files);
    while (files2.hasNext()) {
        QFile f(files2.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray d = digest(f.readAll());
        QVERIFY2(in.contains(d), qPrintable(f.fileName()));
        outEml.insert(d);
    }
    QCOMPARE(outEml.size(), in.size());

    const QString mbox = dir.filePath(QStringLiteral("all.mbox"));
    QCOMPARE(must(exportMbox(*archive, ids, mbox)), int(ids.size()));
    MboxReader reader;
    QVERIFY(reader.open(mbox).ok());
    QSet<QByteArray> outMbox;
    int read = 0;
    while (true) {
        std::optional<QByteArray> next = must(reader.next());
        if (!next)
            break;
        const QByteArray d = digest(*next);
        QVERIFY2(inMbox.contains(d),
                 qPrintable(QStringLiteral("mbox message at byte %1").arg(reader.messageOffset())));
        outMbox.insert(d);
        ++read;
    }
    QCOMPARE(read, int(ids.size()));
    QCOMPARE(outMbox.size(), inMbox.size());
}

QTEST_GUILESS_MAIN(TestVolumeRoundTrip)
#include "tst_volumeroundtrip.moc"

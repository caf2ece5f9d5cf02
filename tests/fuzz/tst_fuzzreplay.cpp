// Replays every seed and every input the fuzzers ever found a problem with, in the ordinary test
// run (and so under the sanitizers in CI): a crash found once stays a named test row forever.
#include "MessageFuzz.h"
#include "Pop3SessionFuzz.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

class TestFuzzReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pop3Session_data();
    void pop3Session();
    void message_data();
    void message();
};

namespace {

// The seeds and regressions of one fuzz target, a row each.
void addInputRows(const QString &target)
{
    QTest::addColumn<QString>("path");
    int rows = 0;
    for (const QString &kind : {QStringLiteral("seeds"), QStringLiteral("regressions")}) {
        QDirIterator it(QStringLiteral(SATCHEL_FUZZ_DIR "/") + kind + u'/' + target, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
            ++rows;
        }
    }
    QVERIFY2(rows > 0,
             qPrintable(QStringLiteral("no seeds for %1 under " SATCHEL_FUZZ_DIR).arg(target)));
}

QByteArray readInput(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace

void TestFuzzReplay::pop3Session_data()
{
    addInputRows(QStringLiteral("pop3_session"));
}

void TestFuzzReplay::pop3Session()
{
    QFETCH(QString, path);
    const QByteArray input = readInput(path);
    satchel::fuzz::runPop3Session(input);
    // Every split of the same server bytes must be survived too.
    for (int chunk = 0; chunk < 8 && input.size() >= 2; ++chunk) {
        QByteArray variant = input;
        variant[1] = static_cast<char>(chunk);
        satchel::fuzz::runPop3Session(variant);
    }
}

void TestFuzzReplay::message_data()
{
    addInputRows(QStringLiteral("message"));
}

void TestFuzzReplay::message()
{
    QFETCH(QString, path);
    satchel::fuzz::runMessage(readInput(path));
}

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzzreplay.moc"

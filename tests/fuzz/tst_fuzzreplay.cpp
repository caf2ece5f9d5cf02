// Replays every seed and every input the fuzzers ever found a problem with, in the ordinary test
// run (and so under the sanitizers in CI): a crash found once stays a named test row forever.
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
};

void TestFuzzReplay::pop3Session_data()
{
    QTest::addColumn<QString>("path");
    int rows = 0;
    for (const QString &folder : {QStringLiteral(SATCHEL_FUZZ_DIR "/seeds/pop3_session"),
                                  QStringLiteral(SATCHEL_FUZZ_DIR "/regressions/pop3_session")}) {
        QDirIterator it(folder, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
            ++rows;
        }
    }
    QVERIFY2(rows > 0, "no seeds found under " SATCHEL_FUZZ_DIR);
}

void TestFuzzReplay::pop3Session()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray input = file.readAll();
    satchel::fuzz::runPop3Session(input);
    // Every split of the same server bytes must be survived too.
    for (int chunk = 0; chunk < 8 && input.size() >= 2; ++chunk) {
        QByteArray variant = input;
        variant[1] = static_cast<char>(chunk);
        satchel::fuzz::runPop3Session(variant);
    }
}

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzzreplay.moc"

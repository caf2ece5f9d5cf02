// Import and search, Satchel vs notmuch, on the two corpus/volume sets (issue 4's benchmark).
// Both run as child processes on the same unpacked maildir tree and are measured the same way
// (wall time, and peak RSS from wait4's rusage). Prints a Markdown report with the ratios and
// whether the targets are met.
//
//   bench_archive [--runs N] [--quick] [--json FILE] [--satchel PATH]
//
// Every figure is the median of N runs (3 unless told) with its spread, the searches the median
// of max(7, N) rounds; --quick uses only the smaller volume corpus and one import; --json writes
// the figures for tests/bench/run's report.
#include "../store/VolumeCorpus.h"
#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

qint64 treeBytes(const QString &path)
{
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

struct Query
{
    const char *satchel;
    const char *notmuch;
};

// The same question in both languages.
const Query kQueries[] = {
    {"money", "money"},
    {"linux", "linux"},
    {"gas", "gas"},
    {"california", "california"},
    {"meeting", "meeting"},
    {"contract", "contract"},
    {"spamassassin", "spamassassin"},
    {"razor", "razor"},
    {"\"conference call\"", "\"conference call\""},
    {"\"free money\"", "\"free money\""},
    {"from:dasovich", "from:dasovich"},
    {"from:jeff", "from:jeff"},
    {"to:kean", "to:kean"},
    {"subject:meeting", "subject:meeting"},
    {"subject:energy", "subject:energy"},
    {"power price", "power and price"},
    {"power OR energy", "power or energy"},
    {"enron -gas", "enron and not gas"},
    {"(linux OR windows) perl", "(linux or windows) and perl"},
    {"click remove", "click and remove"},
    {"has:attachment", "tag:attachment"},
    {"has:attachment contract", "tag:attachment and contract"},
    {"after:2001-01-01", "date:2001-01-01.."},
    {"before:2001-01-01 after:2000-06-01", "date:2000-06-01..2000-12-31"},
    {"after:2002-09-01 linux", "date:2002-09-01.. and linux"},
    {"is:unread", "tag:unread"},
    {"from:dasovich subject:california", "from:dasovich and subject:california"},
    {"NOT enron", "not enron"},
    {"offer OR free OR money OR credit", "offer or free or money or credit"},
    {"zzzyxwv", "zzzyxwv"},
};

} // namespace

namespace {

using satchel::bench::ChildRun;
using satchel::bench::median;
using satchel::bench::percentile;
using satchel::bench::runChild;

QString spread(const QList<double> &v, double scale = 1.0, int decimals = 1)
{
    if (v.size() < 2)
        return QString::number(median(v) / scale, 'f', decimals);
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    return QStringLiteral("%1 (%2–%3)")
        .arg(median(v) / scale, 0, 'f', decimals)
        .arg(*lo / scale, 0, 'f', decimals)
        .arg(*hi / scale, 0, 'f', decimals);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("runs"), QStringLiteral("Runs of each measurement."), QStringLiteral("N"),
         QStringLiteral("3")},
        {QStringLiteral("quick"), QStringLiteral("One corpus, one run.")},
        {QStringLiteral("json"), QStringLiteral("Write the figures here."), QStringLiteral("FILE")},
        {QStringLiteral("satchel"), QStringLiteral("The satchel binary."), QStringLiteral("PATH")},
    });
    parser.addPositionalArgument(QStringLiteral("satchel"),
                                 QStringLiteral("(old form of --satchel)"));
    parser.process(app);
    const bool quick = parser.isSet(QStringLiteral("quick"));
    const int runs = quick ? 1 : std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QString satchel = parser.value(QStringLiteral("satchel"));
    if (satchel.isEmpty() && !parser.positionalArguments().isEmpty())
        satchel = parser.positionalArguments().constFirst();
    if (satchel.isEmpty())
        satchel = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/satchel");

    const QString notmuch = QStandardPaths::findExecutable(QStringLiteral("notmuch"));
    QStringList archives = satchel::test::volumeArchives();
    if (quick && archives.size() > 1)
        archives = archives.mid(archives.size() - 1); // the smaller one
    if (archives.isEmpty() || notmuch.isEmpty() || !QFileInfo::exists(satchel)) {
        std::fprintf(stderr, "needs corpus/volume, notmuch (bash .ci/setup --bench) and %s\n",
                     qPrintable(satchel));
        return 77;
    }
    QTemporaryDir dir;
    const QString mail = dir.filePath(QStringLiteral("mail"));
    for (const QString &a : archives) {
        const QString error = satchel::test::unpack(a, mail);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    int messages = 0;
    {
        QDirIterator it(mail, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (it.fileName() == u"SOURCE.txt" || it.fileName().startsWith(u'.'))
                QFile::remove(path); // not mail
            else
                ++messages;
        }
    }
    const qint64 rawBytes = treeBytes(mail);

    const QString config = dir.filePath(QStringLiteral("notmuch-config"));
    {
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write("[database]\npath=" + mail.toLocal8Bit()
                + "\n[user]\nname=Bench\nprimary_email=bench@example.org\n[new]\ntags=unread;"
                  "inbox;\nignore=\n[search]\nexclude_tags=\n[maildir]\nsynchronize_flags=false\n");
    }
    const QStringList notmuchEnv {QStringLiteral("NOTMUCH_CONFIG=") + config};

    // Imports: a fresh archive and a fresh notmuch database each run, alternating.
    QList<double> satchelImportMs, notmuchNewMs, satchelRssMb, notmuchRssMb;
    QString profile;
    qint64 archiveBytes = 0, notmuchBytes = 0;
    int satchelExit = 0, notmuchExit = 0;
    for (int r = 0; r < runs; ++r) {
        profile = dir.filePath(QStringLiteral("profile-%1").arg(r));
        const ChildRun s = runChild(
            {satchel, QStringLiteral("--profile"), profile, QStringLiteral("import"), mail});
        QDir(mail + QStringLiteral("/.notmuch")).removeRecursively();
        const ChildRun n = runChild({notmuch, QStringLiteral("new")}, notmuchEnv);
        satchelImportMs << s.ms;
        notmuchNewMs << n.ms;
        satchelRssMb << s.maxRssKb / 1024.0;
        notmuchRssMb << n.maxRssKb / 1024.0;
        satchelExit = std::max(satchelExit, s.exitCode);
        notmuchExit = std::max(notmuchExit, n.exitCode);
        if (r + 1 < runs)
            QDir(profile).removeRecursively();
    }
    const QString archivePath = profile + QStringLiteral("/archive.sqlite");
    archiveBytes
        = QFileInfo(archivePath).size() + QFileInfo(archivePath + QStringLiteral("-wal")).size();
    notmuchBytes = treeBytes(mail + QStringLiteral("/.notmuch"));

    // Searches: each query by both, interleaved; per round, the p50 and p95 over the queries.
    // Seven rounds at least: a search takes a few milliseconds, and on a shared machine the
    // median of three is mostly the neighbours' noise.
    const int searchRounds = std::max(7, runs);
    QList<double> satchelP50, satchelP95, notmuchP50, notmuchP95;
    QList<QList<double>> perQuerySatchel(std::size(kQueries)), perQueryNotmuch(std::size(kQueries));
    for (int round = 0; round < searchRounds; ++round) {
        QList<double> s, n;
        for (size_t i = 0; i < std::size(kQueries); ++i) {
            const Query &q = kQueries[i];
            const double sm = runChild({satchel, QStringLiteral("--profile"), profile,
                                        QStringLiteral("search"), QStringLiteral("--limit"),
                                        QStringLiteral("0"), QString::fromUtf8(q.satchel)})
                                  .ms;
            const double nm
                = runChild({notmuch, QStringLiteral("search"), QStringLiteral("--output=messages"),
                            QString::fromUtf8(q.notmuch)},
                           notmuchEnv)
                      .ms;
            s << sm;
            n << nm;
            perQuerySatchel[qsizetype(i)] << sm;
            perQueryNotmuch[qsizetype(i)] << nm;
        }
        satchelP50 << percentile(s, 0.5);
        satchelP95 << percentile(s, 0.95);
        notmuchP50 << percentile(n, 0.5);
        notmuchP95 << percentile(n, 0.95);
    }
    int satchelNotSlower = 0;
    QString queryRows;
    for (size_t i = 0; i < std::size(kQueries); ++i) {
        const double s = median(perQuerySatchel[qsizetype(i)]);
        const double n = median(perQueryNotmuch[qsizetype(i)]);
        satchelNotSlower += s <= n ? 1 : 0;
        queryRows += QStringLiteral("| `%1` | %2 | %3 |\n")
                         .arg(QString::fromUtf8(kQueries[i].satchel))
                         .arg(spread(perQuerySatchel[qsizetype(i)]))
                         .arg(spread(perQueryNotmuch[qsizetype(i)]));
    }

    const double importRatio = median(satchelImportMs) / median(notmuchNewMs);
    const double sizeRatio = double(archiveBytes) / double(rawBytes);
    auto yes = [](bool ok) { return ok ? "met" : "NOT met"; };
    std::printf("## Satchel vs notmuch: %d messages, %.1f MB raw, median of %d runs (min–max)\n\n",
                messages, rawBytes / 1e6, runs);
    std::printf("| measure | Satchel | notmuch | ratio | target |\n|---|---|---|---|---|\n");
    std::printf("| import wall time (s) | %s | %s | %.3f | <= 0.25: %s |\n",
                qPrintable(spread(satchelImportMs, 1000)), qPrintable(spread(notmuchNewMs, 1000)),
                importRatio, yes(importRatio <= 0.25 && satchelExit == 0));
    std::printf("| import peak RSS (MB) | %s | %s | %.2f | Satchel < 150 MB: %s |\n",
                qPrintable(spread(satchelRssMb)), qPrintable(spread(notmuchRssMb)),
                median(satchelRssMb) / median(notmuchRssMb), yes(median(satchelRssMb) < 150));
    std::printf("| size on disk (index included) | %.1f MB (%.2fx raw) | %.1f MB (%.2fx raw) | "
                "%.2f | Satchel < 1.3x raw: %s |\n",
                archiveBytes / 1e6, sizeRatio, notmuchBytes / 1e6,
                double(notmuchBytes) / double(rawBytes), double(archiveBytes) / notmuchBytes,
                yes(sizeRatio < 1.3));
    std::printf("| search p50 (%zu queries, whole process, ms) | %s | %s | %.2f | |\n",
                std::size(kQueries), qPrintable(spread(satchelP50)), qPrintable(spread(notmuchP50)),
                median(satchelP50) / median(notmuchP50));
    std::printf("| search p95 (ms) | %s | %s | %.2f | |\n", qPrintable(spread(satchelP95)),
                qPrintable(spread(notmuchP95)), median(satchelP95) / median(notmuchP95));
    std::printf("| searches no slower than notmuch (median of %d) | %d of %zu | | | all: %s |\n\n",
                searchRounds, satchelNotSlower, std::size(kQueries),
                yes(satchelNotSlower == int(std::size(kQueries))));
    std::printf("Exit codes: satchel import %d, notmuch new %d.\n\n", satchelExit, notmuchExit);
    std::printf("| query (Satchel) | Satchel ms | notmuch ms |\n|---|---|---|\n%s",
                qPrintable(queryRows));

    const QString jsonPath = parser.value(QStringLiteral("json"));
    if (!jsonPath.isEmpty()) {
        using satchel::bench::Row;
        using satchel::bench::Series;
        const QString count = QString::number(messages);
        const QString satchelName = QStringLiteral("Satchel");
        QList<Row> rows;
        rows << Row {QStringLiteral("import"),
                     QStringLiteral("import %1 messages (wall)").arg(count),
                     QStringLiteral("s"),
                     {satchelName, {}, {}},
                     {{QStringLiteral("notmuch new"), {}, {}}},
                     {}};
        for (double v : satchelImportMs)
            rows.last().satchel.values << v / 1000;
        for (double v : notmuchNewMs)
            rows.last().peers[0].values << v / 1000;
        rows << Row {QStringLiteral("import-rss"),
                     QStringLiteral("import: peak RSS"),
                     QStringLiteral("MB"),
                     {satchelName, satchelRssMb, {}},
                     {{QStringLiteral("notmuch new"), notmuchRssMb, {}}},
                     {}};
        rows << Row {QStringLiteral("search-p50"),
                     QStringLiteral("%1 searches p50 (whole process)").arg(std::size(kQueries)),
                     QStringLiteral("ms"),
                     {satchelName, satchelP50, {}},
                     {{QStringLiteral("notmuch search"), notmuchP50, {}}},
                     QStringLiteral("Satchel no slower on %1 of %2 queries")
                         .arg(satchelNotSlower)
                         .arg(std::size(kQueries))};
        rows << Row {QStringLiteral("search-p95"),
                     QStringLiteral("searches p95"),
                     QStringLiteral("ms"),
                     {satchelName, satchelP95, {}},
                     {{QStringLiteral("notmuch search"), notmuchP95, {}}},
                     {}};
        rows << Row {QStringLiteral("archive-size"),
                     QStringLiteral("archive size, index included"),
                     QStringLiteral("MB"),
                     {satchelName, {archiveBytes / 1e6}, {}},
                     {{QStringLiteral("raw mail"), {rawBytes / 1e6}, {}},
                      {QStringLiteral("notmuch database"), {notmuchBytes / 1e6}, {}}},
                     {}};
        if (!satchel::bench::writeRows(jsonPath, rows))
            return 1;
    }
    return 0;
}

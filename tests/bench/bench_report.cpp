// bench_report: gathers the JSON figures the benchmarks wrote (--json) into the one Markdown
// report of tests/bench/run: every figure the median of its runs with the spread (min–max), the
// peers measured in the same run beside it, and the ratio Satchel / peer (below 1: Satchel is
// quicker or smaller). A row nobody measured says so instead of showing a number.
//
//   bench_report [--out FILE] [--readme README.md] [--note ID=TEXT]... FIGURES.json...
//
// --readme replaces the part of README.md between the "performance" markers with the table,
// the date and the machine, so the README's numbers always come from a run.
#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QHash>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>

using satchel::bench::median;
using satchel::bench::Row;
using satchel::bench::Series;

namespace {

struct Expected
{
    const char *id;
    const char *what;
};

// The report's rows in order (issue 9), whoever measures them.
const Expected kExpected[] = {
    {"fetch-tls", "fetch the volume corpus over TLS into the archive (wall)"},
    {"fetch-tls-rss", "fetch over TLS: peak RSS"},
    {"fetch-lossy", "fetch with 10% packet loss and 100 ms latency"},
    {"nonew-wall", "\"no new mail\" check of a 10k-message mailbox (wall)"},
    {"nonew-bytes", "\"no new mail\" check: bytes on the wire"},
    {"import", "import the volume corpus (wall)"},
    {"import-rss", "import: peak RSS"},
    {"search-p50", "30 searches p50"},
    {"search-p95", "30 searches p95"},
    {"archive-size", "archive size, index included"},
    {"open-100k", "open a 100k-message folder to first rows"},
    {"open-100k-threads", "open a 100k-message folder to first rows, threads on"},
    {"search-100k", "search keystroke to results, 100k archive"},
    {"coldstart-100k", "cold start to window with a 100k archive (exec to first rows painted)"},
    {"coldstart-rss", "cold start to window with a 100k archive, peak RSS"},
};

int decimalsFor(double v)
{
    const double a = std::fabs(v);
    return a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
}

QString figure(const Series &s, const QString &unit)
{
    if (s.values.isEmpty())
        return s.note.isEmpty() ? QStringLiteral("—") : QStringLiteral("— (%1)").arg(s.note);
    const double m = median(s.values);
    const int d = decimalsFor(m);
    QString text = QString::number(m, 'f', d) + u' ' + unit;
    if (s.values.size() > 1) {
        const auto [lo, hi] = std::minmax_element(s.values.begin(), s.values.end());
        text += QStringLiteral(" (%1–%2, n=%3)")
                    .arg(*lo, 0, 'f', d)
                    .arg(*hi, 0, 'f', d)
                    .arg(s.values.size());
    }
    if (!s.note.isEmpty())
        text += QStringLiteral("; ") + s.note;
    return text;
}

QString machine()
{
    long long memKb = 0;
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly)) {
        const QByteArray first = meminfo.readLine();
        memKb = first.simplified().split(' ').value(1).toLongLong();
    }
    return QStringLiteral("%1 cores, %2 GiB, %3")
        .arg(QThread::idealThreadCount())
        .arg(double(memKb) / 1024 / 1024, 0, 'f', 0)
        .arg(QSysInfo::prettyProductName());
}

// Two benchmarks may measure one row: bench_fetch measures Satchel and mpop on the TLS fetch,
// bench_link fetchmail on the same mailbox. Measured figures win over placeholders; a peer
// named twice keeps the series that has values.
void merge(QHash<QString, Row> &rows, const Row &r)
{
    auto it = rows.find(r.id);
    if (it == rows.end()) {
        rows.insert(r.id, r);
        return;
    }
    Row &have = *it;
    if (have.what.isEmpty())
        have.what = r.what;
    if (have.satchel.values.isEmpty() && !r.satchel.values.isEmpty())
        have.satchel = r.satchel;
    if (have.note.isEmpty())
        have.note = r.note;
    for (const Series &peer : r.peers) {
        auto same = std::find_if(have.peers.begin(), have.peers.end(),
                                 [&peer](const Series &p) { return p.name == peer.name; });
        if (same == have.peers.end())
            have.peers << peer;
        else if (same->values.isEmpty())
            *same = peer;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("out"), QStringLiteral("Also write the report here."),
         QStringLiteral("FILE")},
        {QStringLiteral("readme"), QStringLiteral("Put the table in this README."),
         QStringLiteral("FILE")},
        {QStringLiteral("note"), QStringLiteral("Why a row was not measured."),
         QStringLiteral("ID=TEXT")},
        {QStringLiteral("title"), QStringLiteral("The report's heading."), QStringLiteral("TEXT"),
         QStringLiteral("Satchel beside its peers")},
    });
    parser.addPositionalArgument(QStringLiteral("figures"), QStringLiteral("JSON files"));
    parser.process(app);

    QHash<QString, Row> rows;
    QStringList problems;
    for (const QString &path : parser.positionalArguments()) {
        QString error;
        const QList<Row> read = satchel::bench::readRows(path, &error);
        if (!error.isEmpty())
            problems << error;
        for (const Row &r : read)
            merge(rows, r);
    }
    QHash<QString, QString> notes;
    for (const QString &n : parser.values(QStringLiteral("note"))) {
        const qsizetype eq = n.indexOf(u'=');
        if (eq > 0)
            notes.insert(n.left(eq), n.mid(eq + 1));
    }

    QString table = QStringLiteral("| what | Satchel | peer | ratio |\n|---|---|---|---|\n");
    for (const Expected &e : kExpected) {
        const QString id = QString::fromLatin1(e.id);
        if (!rows.contains(id)) {
            table += QStringLiteral("| %1 | not measured: %2 | | |\n")
                         .arg(QString::fromUtf8(e.what),
                              notes.value(id,
                                          QStringLiteral("its benchmark did not run or "
                                                         "failed (see the log)")));
            continue;
        }
        const Row &r = rows.value(id);
        QStringList peers, ratios;
        for (const Series &p : r.peers) {
            peers << p.name + QStringLiteral(": ") + figure(p, r.unit);
            if (!p.values.isEmpty() && !r.satchel.values.isEmpty() && median(p.values) != 0) {
                const double ratio = median(r.satchel.values) / median(p.values);
                ratios << QStringLiteral("%1 vs %2")
                              .arg(ratio, 0, 'f', decimalsFor(ratio) > 2 ? 3 : 2)
                              .arg(p.name);
            }
        }
        QString what = r.what;
        const QString note = !r.note.isEmpty() ? r.note : notes.value(id);
        if (!note.isEmpty())
            what += QStringLiteral(" — ") + note;
        table
            += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(what, figure(r.satchel, r.unit),
                        peers.isEmpty() ? QStringLiteral("—") : peers.join(QStringLiteral("<br>")),
                        ratios.isEmpty() ? QStringLiteral("—")
                                         : ratios.join(QStringLiteral("<br>")));
    }
    const QString stamp
        = QStringLiteral("%1 on %2.").arg(QDate::currentDate().toString(Qt::ISODate), machine());
    QString report = QStringLiteral("# %1\n\n%2\n\n%3")
                         .arg(parser.value(QStringLiteral("title")), stamp, table);
    if (!problems.isEmpty())
        report += QStringLiteral("\nProblems reading figures:\n- ")
            + problems.join(QStringLiteral("\n- ")) + u'\n';
    std::fputs(report.toUtf8().constData(), stdout);

    const QString out = parser.value(QStringLiteral("out"));
    if (!out.isEmpty()) {
        QFile f(out);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(out));
            return 1;
        }
        f.write(report.toUtf8());
    }
    const QString readme = parser.value(QStringLiteral("readme"));
    if (!readme.isEmpty()) {
        QFile f(readme);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(readme));
            return 1;
        }
        QString text = QString::fromUtf8(f.readAll());
        f.close();
        const QString begin = QStringLiteral("<!-- performance:begin -->");
        const QString end = QStringLiteral("<!-- performance:end -->");
        const qsizetype b = text.indexOf(begin);
        const qsizetype e = text.indexOf(end);
        if (b < 0 || e < b) {
            std::fprintf(stderr, "%s has no performance markers\n", qPrintable(readme));
            return 1;
        }
        const QString section = begin + QStringLiteral("\nLatest full run of `tests/bench/run`: ")
            + stamp + QStringLiteral("\n\n") + table;
        text.replace(b, e - b, section);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 1;
        f.write(text.toUtf8());
    }
    return 0;
}

#pragma once

// What the benchmarks share: running a child and measuring it the same way for Satchel and its
// peers, statistics over several runs, and the JSON figures that tests/bench/run gathers into one
// report (bench_report).

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace satchel::bench {

struct ChildRun
{
    double ms = 0;
    long maxRssKb = 0;
    int exitCode = -1; // -1: killed by a signal, 127: could not be started
};

// fork + exec + wait4: the child's own wall time and peak RSS (from wait4's rusage). Its output
// goes to /dev/null unless `stdoutFile` names a file; `environment` adds NAME=VALUE entries;
// `input` is written to its standard input (a password, say), which is empty otherwise; its
// standard error goes to `stderrFile` when given (to say why a peer failed).
[[nodiscard]] ChildRun runChild(const QStringList &argv, const QStringList &environment = {},
                                const QString &stdoutFile = {}, const QByteArray &input = {},
                                const QString &stderrFile = {});

[[nodiscard]] double percentile(QList<double> values, double p);
[[nodiscard]] inline double median(const QList<double> &values)
{
    return percentile(values, 0.5);
}

// One measured quantity: every run's value, so that the report can give the median and spread.
struct Series
{
    QString name; // "Satchel", "notmuch new", "mpop -> maildir"
    QList<double> values;
    QString note; // why there are no values (a peer missing or failing), or a remark
};

// A row of the report: Satchel's series and its peers', in one unit.
struct Row
{
    QString id; // stable: the report orders rows by it
    QString what;
    QString unit; // "s", "ms", "MB", "KB"
    Series satchel;
    QList<Series> peers;
    QString note;
};

// Writes {"rows": [...]} to `path`; false (with a message on stderr) if it cannot.
bool writeRows(const QString &path, const QList<Row> &rows);
[[nodiscard]] QList<Row> readRows(const QString &path, QString *error);

} // namespace satchel::bench

#include "BenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace satchel::bench {

ChildRun runChild(const QStringList &argv, const QStringList &environment,
                  const QString &stdoutFile, const QByteArray &input, const QString &stderrFile)
{
    // Through bench_measure (beside this benchmark) when it is there, so that the peak RSS is
    // the child's own, not that of this process's forked copy (bench_measure.cpp says why).
    int reportPipe[2] = {-1, -1};
    const QString measure
        = QCoreApplication::applicationDirPath() + QStringLiteral("/bench_measure");
    std::vector<QByteArray> args;
    if (QFileInfo(measure).isExecutable() && pipe(reportPipe) == 0) {
        args.push_back(measure.toLocal8Bit());
        args.push_back(QByteArray::number(reportPipe[1]));
    }
    for (const QString &a : argv)
        args.push_back(a.toLocal8Bit());
    std::vector<char *> cargs;
    for (QByteArray &a : args)
        cargs.push_back(a.data());
    cargs.push_back(nullptr);
    std::vector<QByteArray> env;
    for (const QString &e : environment)
        env.push_back(e.toLocal8Bit());
    const QByteArray out
        = stdoutFile.isEmpty() ? QByteArray("/dev/null") : stdoutFile.toLocal8Bit();
    const QByteArray err
        = stderrFile.isEmpty() ? QByteArray("/dev/null") : stderrFile.toLocal8Bit();

    int inputPipe[2];
    if (pipe(inputPipe) != 0)
        return {};
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(inputPipe[0], 0);
        close(inputPipe[0]);
        close(inputPipe[1]);
        if (reportPipe[0] >= 0)
            close(reportPipe[0]);
        const int devnull = open("/dev/null", O_WRONLY);
        const int stdoutFd = open(out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(stdoutFd >= 0 ? stdoutFd : devnull, 1);
        const int stderrFd = open(err.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(stderrFd >= 0 ? stderrFd : devnull, 2);
        for (QByteArray &e : env)
            putenv(e.data());
        execvp(cargs[0], cargs.data());
        _exit(127);
    }
    close(inputPipe[0]);
    if (reportPipe[1] >= 0)
        close(reportPipe[1]);
    // A short input fits the pipe's buffer, so this never waits on the child.
    if (!input.isEmpty() && write(inputPipe[1], input.constData(), size_t(input.size())) < 0)
        std::perror("runChild: write");
    close(inputPipe[1]);
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    ChildRun run;
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.maxRssKb = usage.ru_maxrss;
    if (reportPipe[0] >= 0) {
        char report[32] = {};
        if (read(reportPipe[0], report, sizeof report - 1) > 0)
            run.maxRssKb = std::atol(report);
        close(reportPipe[0]);
    }
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const double rank = p * double(values.size() - 1);
    const auto low = qsizetype(std::floor(rank));
    const auto high = qsizetype(std::ceil(rank));
    return values[low] + (values[high] - values[low]) * (rank - double(low));
}

namespace {

QJsonObject toJson(const Series &s)
{
    QJsonArray values;
    for (double v : s.values)
        values.append(v);
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("values"), values},
            {QStringLiteral("note"), s.note}};
}

Series seriesFromJson(const QJsonObject &o)
{
    Series s;
    s.name = o.value(QStringLiteral("name")).toString();
    s.note = o.value(QStringLiteral("note")).toString();
    const QJsonArray values = o.value(QStringLiteral("values")).toArray();
    for (const QJsonValue &v : values)
        s.values.append(v.toDouble());
    return s;
}

} // namespace

bool writeRows(const QString &path, const QList<Row> &rows)
{
    QJsonArray array;
    for (const Row &r : rows) {
        QJsonArray peers;
        for (const Series &p : r.peers)
            peers.append(toJson(p));
        array.append(QJsonObject {{QStringLiteral("id"), r.id},
                                  {QStringLiteral("what"), r.what},
                                  {QStringLiteral("unit"), r.unit},
                                  {QStringLiteral("satchel"), toJson(r.satchel)},
                                  {QStringLiteral("peers"), peers},
                                  {QStringLiteral("note"), r.note}});
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return false;
    }
    file.write(QJsonDocument(QJsonObject {{QStringLiteral("rows"), array}}).toJson());
    return true;
}

QList<Row> readRows(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        *error = QStringLiteral("%1: %2").arg(path, parseError.errorString());
        return {};
    }
    QList<Row> rows;
    const QJsonArray array = doc.object().value(QStringLiteral("rows")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        Row r;
        r.id = o.value(QStringLiteral("id")).toString();
        r.what = o.value(QStringLiteral("what")).toString();
        r.unit = o.value(QStringLiteral("unit")).toString();
        r.note = o.value(QStringLiteral("note")).toString();
        r.satchel = seriesFromJson(o.value(QStringLiteral("satchel")).toObject());
        const QJsonArray peers = o.value(QStringLiteral("peers")).toArray();
        for (const QJsonValue &p : peers)
            r.peers.append(seriesFromJson(p.toObject()));
        rows.append(r);
    }
    return rows;
}

} // namespace satchel::bench

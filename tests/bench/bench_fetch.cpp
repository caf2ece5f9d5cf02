// bench_fetch: `satchel fetch` of the volume corpus (both tarballs of ../shared/corpus/volume,
// 19,206 messages) from a private Dovecot over implicit TLS into a fresh archive (parsed,
// indexed, durable) vs mpop delivering the same mail to a maildir from the same server (keep on,
// a fresh UIDL file each run), in the same run. Both are child processes measured alike: wall
// time, and peak RSS from wait4's rusage in a small parent (measureChild). Prints a Markdown
// report; targets: Satchel at most half of mpop's time, peak RSS under 150 MB.
//
//   bench_fetch [--runs N] [--messages N] [--satchel PATH]
#include "BenchSupport.h"
#include "DovecotFixture.h"
#include "TestPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace satchel;

namespace {

// The "no new mail" check runs this often after each full fetch; the median counts. The first
// session after a full fetch also pays for Dovecot's own index and cache updates, and which
// client pays them would depend on the order the clients run in.
constexpr int NoNewMailChecks = 3;

struct ChildRun
{
    double seconds = 0;
    long maxRssKb = 0;
    int exitCode = -1;
};

constexpr const char *MeasureOption = "--measure-child";

// Peak RSS needs a small parent: a forked copy of this process holds the whole corpus, and the
// kernel counts that copy's resident pages into the child's ru_maxrss when it execs. So the child
// is run by this binary started afresh (`bench_fetch --measure-child FD PROGRAM ARGS...`, before
// it loads anything), which reports the child's peak RSS in kB on FD and exits with its status.
int measureChild(int argc, char *argv[])
{
    if (argc < 4)
        return 127;
    const int reportFd = std::atoi(argv[2]);
    const pid_t pid = fork();
    if (pid == 0) {
        close(reportFd);
        execvp(argv[3], argv + 3);
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    if (pid < 0 || wait4(pid, &status, 0, &usage) < 0)
        return 127;
    const QByteArray report = QByteArray::number(qlonglong(usage.ru_maxrss));
    if (write(reportFd, report.constData(), size_t(report.size())) < 0)
        return 127;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 127;
}

// fork + exec + wait4, with `input` on standard input and the output thrown away; the peak RSS
// through measureChild().
ChildRun runChild(const QStringList &argv, const QByteArray &input,
                  const QList<std::pair<QByteArray, QByteArray>> &environment = {})
{
    int reportFds[2];
    if (pipe(reportFds) != 0)
        return {};
    std::vector<QByteArray> args {QCoreApplication::applicationFilePath().toLocal8Bit(),
                                  MeasureOption, QByteArray::number(reportFds[1])};
    for (const QString &a : argv)
        args.push_back(a.toLocal8Bit());
    std::vector<char *> cargs;
    for (QByteArray &a : args)
        cargs.push_back(a.data());
    cargs.push_back(nullptr);
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return {};
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(pipeFds[0], 0);
        close(pipeFds[0]);
        close(pipeFds[1]);
        close(reportFds[0]);
        const int devnull = open("/dev/null", O_WRONLY);
        dup2(devnull, 1);
        for (const auto &[name, value] : environment)
            setenv(name.constData(), value.constData(), 1);
        execvp(cargs[0], cargs.data());
        _exit(127);
    }
    close(pipeFds[0]);
    close(reportFds[1]);
    if (!input.isEmpty() && write(pipeFds[1], input.constData(), size_t(input.size())) < 0)
        std::perror("bench_fetch: write");
    close(pipeFds[1]);
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    ChildRun run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    char report[32] = {};
    const ssize_t got = read(reportFds[0], report, sizeof report - 1);
    close(reportFds[0]);
    run.maxRssKb = got > 0 ? std::atol(report) : usage.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

struct Series
{
    QList<ChildRun> runs;
    QList<ChildRun> noNewMail; // the "no new mail" checks after each full run
    QString failure;

    [[nodiscard]] double medianSeconds() const
    {
        QList<double> s;
        for (const ChildRun &r : runs)
            s << r.seconds;
        std::sort(s.begin(), s.end());
        return s.isEmpty() ? 0 : s.at(s.size() / 2);
    }
    [[nodiscard]] double medianNoNewMailSeconds() const
    {
        QList<double> s;
        for (const ChildRun &r : noNewMail)
            s << r.seconds;
        std::sort(s.begin(), s.end());
        return s.isEmpty() ? 0 : s.at(s.size() / 2);
    }
    [[nodiscard]] long peakRssKb() const
    {
        long m = 0;
        for (const ChildRun &r : runs)
            m = std::max(m, r.maxRssKb);
        return m;
    }
};

QString writeCa(const QTemporaryDir &dir, const test::DovecotFixture &dovecot)
{
    QFile cert(dir.filePath(QStringLiteral("ca.pem")));
    if (!cert.open(QIODevice::WriteOnly) || cert.write(dovecot.certificate().toPem()) < 0)
        return QString();
    return cert.fileName();
}

// The first fetch into a fresh profile in `dir`; then, into *again, NoNewMailChecks fetches that
// find nothing new (the "no new mail" check).
ChildRun satchelFetch(const QString &binary, const test::DovecotFixture &dovecot, int expected,
                      QString *error, QList<ChildRun> *again)
{
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("profile"));
    const QString ca = writeCa(dir, dovecot);
    const QList<std::pair<QByteArray, QByteArray>> env {{"SATCHEL_NO_KEYCHAIN", "1"}};
    const ChildRun add
        = runChild({binary, QStringLiteral("--profile"), profile, QStringLiteral("account"),
                    QStringLiteral("add"), QStringLiteral("bench"), QStringLiteral("--host"),
                    dovecot.host(), QStringLiteral("--port"), QString::number(dovecot.pop3sPort()),
                    QStringLiteral("--security"), QStringLiteral("tls"), QStringLiteral("--user"),
                    dovecot.userName(), QStringLiteral("--ca-file"), ca,
                    QStringLiteral("--leave-on-server"), QStringLiteral("forever")},
                   {}, env);
    if (add.exitCode != 0) {
        *error = QStringLiteral("satchel account add exited with %1").arg(add.exitCode);
        return {};
    }
    const ChildRun run = runChild({binary, QStringLiteral("--profile"), profile,
                                   QStringLiteral("fetch"), QStringLiteral("--password-stdin")},
                                  dovecot.password().toUtf8() + '\n', env);
    if (run.exitCode != 0) {
        *error = QStringLiteral("satchel fetch exited with %1").arg(run.exitCode);
        return {};
    }
    // Count what arrived, with the binary itself (check also proves the archive sound).
    QTemporaryDir outDir;
    QFile out(outDir.filePath(QStringLiteral("check.txt")));
    QProcess check;
    check.setStandardOutputFile(out.fileName());
    check.start(binary, {QStringLiteral("--profile"), profile, QStringLiteral("check")});
    check.waitForFinished(600000);
    if (!out.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("satchel check wrote nothing");
        return {};
    }
    const QByteArray said = out.readAll();
    if (check.exitCode() != 0
        || !said.contains(QByteArray(" " + QByteArray::number(expected) + " messages"))) {
        *error = QStringLiteral("satchel check: %1").arg(QString::fromUtf8(said).trimmed());
        return {};
    }
    for (int i = 0; i < NoNewMailChecks; ++i) {
        *again << runChild({binary, QStringLiteral("--profile"), profile, QStringLiteral("fetch"),
                            QStringLiteral("--password-stdin")},
                           dovecot.password().toUtf8() + '\n', env);
        if (again->constLast().exitCode != 0)
            *error = QStringLiteral("a \"no new mail\" satchel fetch exited with %1")
                         .arg(again->constLast().exitCode);
    }
    return run;
}

ChildRun mpop(const QString &binary, const test::DovecotFixture &dovecot, int expected,
              QString *error, QList<ChildRun> *again)
{
    QTemporaryDir dir;
    const QString maildir = dir.filePath(QStringLiteral("Maildir"));
    for (const char *sub : {"cur", "new", "tmp"})
        QDir().mkpath(maildir + u'/' + QLatin1String(sub));
    const QString ca = writeCa(dir, dovecot);
    QFile rc(dir.filePath(QStringLiteral("mpoprc")));
    if (!rc.open(QIODevice::WriteOnly))
        return {};
    QTextStream(&rc) << "defaults\n"
                     << "account bench\n"
                     << "host localhost\n"
                     << "port " << dovecot.pop3sPort() << "\n"
                     << "tls on\ntls_starttls off\n"
                     << "tls_trust_file " << ca << "\n"
                     << "user " << dovecot.userName() << "\n"
                     << "passwordeval cat\n"
                     << "keep on\n"
                     << "uidls_file " << dir.filePath(QStringLiteral("uidls")) << "\n"
                     << "delivery maildir " << maildir << "\n";
    rc.close();
    QFile::setPermissions(rc.fileName(), QFile::ReadOwner | QFile::WriteOwner); // mpop insists
    const ChildRun run = runChild({binary, QStringLiteral("-C"), rc.fileName(),
                                   QStringLiteral("--quiet"), QStringLiteral("bench")},
                                  dovecot.password().toUtf8() + '\n');
    if (run.exitCode != 0) {
        *error = QStringLiteral("mpop exited with %1").arg(run.exitCode);
        return {};
    }
    const qint64 delivered = QDir(maildir + QStringLiteral("/new")).entryList(QDir::Files).size();
    if (delivered != expected) {
        *error = QStringLiteral("mpop delivered %1 of %2 messages").arg(delivered).arg(expected);
        return {};
    }
    for (int i = 0; i < NoNewMailChecks; ++i) {
        *again << runChild({binary, QStringLiteral("-C"), rc.fileName(), QStringLiteral("--quiet"),
                            QStringLiteral("bench")},
                           dovecot.password().toUtf8() + '\n');
        if (again->constLast().exitCode != 0)
            *error = QStringLiteral("a \"no new mail\" mpop run exited with %1")
                         .arg(again->constLast().exitCode);
    }
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && std::strcmp(argv[1], MeasureOption) == 0)
        return measureChild(argc, argv);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("satchel fetch vs mpop from a private Dovecot over implicit TLS."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs per client (default 1)."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption messagesOption(
        QStringLiteral("messages"), QStringLiteral("At most this many messages (default: all)."),
        QStringLiteral("n"), QStringLiteral("-1"));
    const QCommandLineOption satchelOption(
        QStringLiteral("satchel"), QStringLiteral("The satchel binary."), QStringLiteral("path"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/satchel"));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("2,000 messages, one run."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write the figures here (tests/bench/run)."),
                                        QStringLiteral("file"));
    parser.addOptions({runsOption, messagesOption, satchelOption, quickOption, jsonOption});
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const int runs = quick ? 1 : std::max(1, parser.value(runsOption).toInt());
    const int limit = quick ? 2000 : parser.value(messagesOption).toInt();
    const QString satchelBinary = parser.value(satchelOption);

    test::DovecotOptions options;
    options.extraConfig << QStringLiteral("login_trusted_networks = 127.0.0.0/8");
    test::DovecotFixture dovecot(options);
    if (!dovecot.start()) {
        std::fprintf(stderr, "bench_fetch: %s\n", qPrintable(dovecot.errorString()));
        return 1;
    }
    test::CorpusMaildir &mailbox = dovecot.mailbox();
    const QString corpus = test::corpusDir();
    QString source;
    if (corpus.isEmpty()) {
        source = QStringLiteral("generated mail (%1)")
                     .arg(QString::fromLatin1(test::corpusMissingReason()));
        if (!mailbox.addSynthetic(limit > 0 ? limit : 10000))
            return 1;
    } else {
        source = QStringLiteral("../shared/corpus/volume (both tarballs)");
        for (const char *name :
             {"spamassassin-public-corpus.tar.gz", "enron-subset-graphanalytics.tar.gz"}) {
            const int left = limit < 0 ? -1 : limit - int(mailbox.messages().size());
            if (left == 0)
                break;
            if (!mailbox.addFromTarball(corpus + QStringLiteral("/volume/") + QLatin1String(name),
                                        left)) {
                std::fprintf(stderr, "bench_fetch: %s\n", qPrintable(mailbox.errorString()));
                return 1;
            }
        }
    }
    if (!dovecot.fixMaildirOwnership())
        return 1;
    const int count = int(mailbox.messages().size());
    qint64 wireBytes = 0;
    for (const test::MaildirMessage &m : mailbox.messages())
        wireBytes += test::CorpusMaildir::expectedPop3Size(m.bytes);

    const QString mpopBinary = QStandardPaths::findExecutable(QStringLiteral("mpop"));
    Series satchelSeries, mpopSeries;
    if (mpopBinary.isEmpty())
        mpopSeries.failure = QStringLiteral("mpop is not installed (Debian package: mpop)");
    if (!QFileInfo::exists(satchelBinary))
        satchelSeries.failure = QStringLiteral("no satchel binary at %1").arg(satchelBinary);
    // Interleaved, so that a noisy moment hurts both alike.
    for (int round = 0; round < runs; ++round) {
        for (Series *series : {&satchelSeries, &mpopSeries}) {
            if (!series->failure.isEmpty())
                continue;
            QString error;
            const bool isSatchel = series == &satchelSeries;
            std::fprintf(stderr, "round %d of %d: %s\n", round + 1, runs,
                         isSatchel ? "satchel fetch" : "mpop");
            QList<ChildRun> again;
            const ChildRun run = isSatchel
                ? satchelFetch(satchelBinary, dovecot, count, &error, &again)
                : mpop(mpopBinary, dovecot, count, &error, &again);
            if (!error.isEmpty()) {
                series->failure = error;
                continue;
            }
            series->runs << run;
            series->noNewMail += again;
        }
    }

    QTextStream out(stdout);
    out << "## satchel fetch vs mpop over implicit TLS from a local Dovecot\n\n"
        << count << " messages, " << QString::number(wireBytes / 1e6, 'f', 1) << " MB on the wire; "
        << source << "; " << runs << " runs each, interleaved; " << QThread::idealThreadCount()
        << " cores.\n\n"
        << "| client | median wall s | peak RSS MB | messages/s |\n|---|---|---|---|\n";
    for (const auto &[name, series] :
         {std::pair<QString, const Series *> {QStringLiteral("satchel fetch → archive (parsed, "
                                                             "indexed, durable)"),
                                              &satchelSeries},
          {QStringLiteral("mpop → maildir (keep on)"), &mpopSeries}}) {
        if (!series->failure.isEmpty()) {
            out << "| " << name << " | — | — | " << series->failure << " |\n";
            continue;
        }
        const double m = series->medianSeconds();
        out << "| " << name << " | " << QString::number(m, 'f', 2) << " | "
            << QString::number(series->peakRssKb() / 1024.0, 'f', 1) << " | "
            << QString::number(count / m, 'f', 0) << " |\n";
    }
    if (satchelSeries.failure.isEmpty() && mpopSeries.failure.isEmpty()) {
        const double ratio = satchelSeries.medianSeconds() / mpopSeries.medianSeconds();
        const double rssMb = satchelSeries.peakRssKb() / 1024.0;
        out << "\n\"No new mail\" check (" << NoNewMailChecks
            << " runs after each full fetch that find nothing new), median: satchel "
            << QString::number(satchelSeries.medianNoNewMailSeconds(), 'f', 2) << " s, mpop "
            << QString::number(mpopSeries.medianNoNewMailSeconds(), 'f', 2) << " s.\n";
        out << "\nTargets: satchel time / mpop time ≤ 0.5: " << QString::number(ratio, 'f', 2)
            << (ratio <= 0.5 ? " (met)" : " (NOT met)")
            << "; satchel peak RSS < 150 MB: " << QString::number(rssMb, 'f', 1) << " MB"
            << (rssMb < 150 ? " (met)" : " (NOT met)") << "\n";
    }
    out.flush();

    const QString jsonPath = parser.value(jsonOption);
    if (!jsonPath.isEmpty()) {
        using bench::Row;
        auto values = [](const Series &series, auto field) {
            bench::Series result {{}, {}, series.failure};
            for (const ChildRun &r : series.runs)
                result.values << field(r);
            return result;
        };
        auto again = [](const Series &series) {
            bench::Series result {{}, {}, series.failure};
            for (const ChildRun &r : series.noNewMail)
                result.values << r.seconds;
            return result;
        };
        const auto wall = [](const ChildRun &r) { return r.seconds; };
        const auto rss = [](const ChildRun &r) { return r.maxRssKb / 1024.0; };
        bench::Series sWall = values(satchelSeries, wall), mWall = values(mpopSeries, wall);
        bench::Series sRss = values(satchelSeries, rss), mRss = values(mpopSeries, rss);
        bench::Series sAgain = again(satchelSeries), mAgain = again(mpopSeries);
        sWall.name = sRss.name = sAgain.name = QStringLiteral("Satchel");
        mWall.name = mRss.name = QStringLiteral("mpop → maildir");
        mAgain.name = QStringLiteral("mpop");
        const bench::Series fetchmail {
            QStringLiteral("fetchmail → mda"), {}, QStringLiteral("not measured yet")};
        const QString what = QStringLiteral("fetch %1 messages over TLS into the archive, "
                                            "parsed and indexed (wall)")
                                 .arg(count);
        const QList<Row> rows {
            {QStringLiteral("fetch-tls"), what, QStringLiteral("s"), sWall, {mWall, fetchmail}, {}},
            {QStringLiteral("fetch-tls-rss"),
             QStringLiteral("fetch over TLS: peak RSS"),
             QStringLiteral("MB"),
             sRss,
             {mRss},
             {}},
            {QStringLiteral("nonew-wall"),
             QStringLiteral("\"no new mail\" check of a %1-message mailbox (wall)").arg(count),
             QStringLiteral("s"),
             sAgain,
             {mAgain},
             {}},
        };
        if (!bench::writeRows(jsonPath, rows))
            return 1;
    }
    return 0;
}

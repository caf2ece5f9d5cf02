// Import and search, Satchel vs notmuch, on the two corpus/volume sets (issue 4's benchmark).
// Both run as child processes on the same unpacked maildir tree and are measured the same way
// (wall time, and peak RSS from wait4's rusage). Prints a Markdown report with the ratios and
// whether the targets are met. Usage: bench_archive [path to the satchel binary]
#include "../store/VolumeCorpus.h"

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

struct ChildRun
{
    double ms = 0;
    long maxRssKb = 0;
    int exitCode = -1;
};

// fork + exec + wait4: the child's own wall time and peak RSS; its output goes to /dev/null.
ChildRun runChild(const QStringList &argv, const QByteArray &notmuchConfig = {})
{
    std::vector<QByteArray> args;
    for (const QString &a : argv)
        args.push_back(a.toLocal8Bit());
    std::vector<char *> cargs;
    for (QByteArray &a : args)
        cargs.push_back(a.data());
    cargs.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int devnull = open("/dev/null", O_WRONLY);
        dup2(devnull, 1);
        dup2(devnull, 2);
        if (!notmuchConfig.isEmpty())
            setenv("NOTMUCH_CONFIG", notmuchConfig.constData(), 1);
        execvp(cargs[0], cargs.data());
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    ChildRun run;
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.maxRssKb = usage.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

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

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const size_t i = size_t(std::min<double>(double(v.size() - 1), p * double(v.size() - 1) + 0.5));
    return v[i];
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

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString satchel = argc > 1
        ? QString::fromLocal8Bit(argv[1])
        : QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/satchel");
    const QString notmuch = QStandardPaths::findExecutable(QStringLiteral("notmuch"));
    const QStringList archives = satchel::test::volumeArchives();
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

    // notmuch first would leave mail/.notmuch in the tree; Satchel skips dot folders anyway.
    const QString profile = dir.filePath(QStringLiteral("profile"));
    const ChildRun satchelImport
        = runChild({satchel, QStringLiteral("--profile"), profile, QStringLiteral("import"), mail});
    const QString archivePath = profile + QStringLiteral("/archive.sqlite");
    const qint64 archiveBytes
        = QFileInfo(archivePath).size() + QFileInfo(archivePath + QStringLiteral("-wal")).size();

    const QByteArray config = dir.filePath(QStringLiteral("notmuch-config")).toLocal8Bit();
    {
        QFile f(QString::fromLocal8Bit(config));
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write("[database]\npath=" + mail.toLocal8Bit()
                + "\n[user]\nname=Bench\nprimary_email=bench@example.org\n[new]\ntags=unread;"
                  "inbox;\nignore=\n[search]\nexclude_tags=\n[maildir]\nsynchronize_flags=false\n");
    }
    const ChildRun notmuchNew = runChild({notmuch, QStringLiteral("new")}, config);
    const qint64 notmuchBytes = treeBytes(mail + QStringLiteral("/.notmuch"));

    std::vector<double> satchelMs, notmuchMs;
    int satchelNotSlower = 0;
    QString rows;
    for (const Query &q : kQueries) {
        auto best = [](auto run) {
            std::vector<double> t;
            for (int i = 0; i < 3; ++i)
                t.push_back(run());
            return percentile(t, 0.5);
        };
        const double s = best([&] {
            return runChild({satchel, QStringLiteral("--profile"), profile,
                             QStringLiteral("search"), QStringLiteral("--limit"),
                             QStringLiteral("0"), QString::fromUtf8(q.satchel)})
                .ms;
        });
        const double n = best([&] {
            return runChild({notmuch, QStringLiteral("search"), QStringLiteral("--output=messages"),
                             QString::fromUtf8(q.notmuch)},
                            config)
                .ms;
        });
        satchelMs.push_back(s);
        notmuchMs.push_back(n);
        satchelNotSlower += s <= n ? 1 : 0;
        rows += QStringLiteral("| `%1` | %2 | %3 |\n")
                    .arg(QString::fromUtf8(q.satchel))
                    .arg(s, 0, 'f', 1)
                    .arg(n, 0, 'f', 1);
    }

    const double importRatio = satchelImport.ms / notmuchNew.ms;
    const double sizeRatio = double(archiveBytes) / double(rawBytes);
    auto yes = [](bool ok) { return ok ? "met" : "NOT met"; };
    std::printf("## Satchel vs notmuch: %d messages, %.1f MB raw\n\n", messages, rawBytes / 1e6);
    std::printf("| measure | Satchel | notmuch | ratio | target |\n|---|---|---|---|---|\n");
    std::printf("| import wall time | %.1f s | %.1f s | %.3f | <= 0.25: %s |\n",
                satchelImport.ms / 1000, notmuchNew.ms / 1000, importRatio,
                yes(importRatio <= 0.25 && satchelImport.exitCode == 0));
    std::printf("| import peak RSS | %.1f MB | %.1f MB | %.2f | Satchel < 150 MB: %s |\n",
                satchelImport.maxRssKb / 1024.0, notmuchNew.maxRssKb / 1024.0,
                double(satchelImport.maxRssKb) / double(notmuchNew.maxRssKb),
                yes(satchelImport.maxRssKb < 150 * 1024));
    std::printf("| size on disk (index included) | %.1f MB (%.2fx raw) | %.1f MB (%.2fx raw) | "
                "%.2f | Satchel < 1.3x raw: %s |\n",
                archiveBytes / 1e6, sizeRatio, notmuchBytes / 1e6,
                double(notmuchBytes) / double(rawBytes), double(archiveBytes) / notmuchBytes,
                yes(sizeRatio < 1.3));
    const double sp50 = percentile(satchelMs, 0.5), np50 = percentile(notmuchMs, 0.5);
    const double sp95 = percentile(satchelMs, 0.95), np95 = percentile(notmuchMs, 0.95);
    std::printf("| search p50 (%zu queries, process) | %.1f ms | %.1f ms | %.2f | |\n",
                satchelMs.size(), sp50, np50, sp50 / np50);
    std::printf("| search p95 | %.1f ms | %.1f ms | %.2f | |\n", sp95, np95, sp95 / np95);
    std::printf("| searches no slower than notmuch | %d of %zu | | | all: %s |\n\n",
                satchelNotSlower, satchelMs.size(), yes(satchelNotSlower == int(satchelMs.size())));
    std::printf("Exit codes: satchel import %d, notmuch new %d.\n\n", satchelImport.exitCode,
                notmuchNew.exitCode);
    std::printf("| query (Satchel) | Satchel ms | notmuch ms |\n|---|---|---|\n%s",
                qPrintable(rows));
    return 0;
}

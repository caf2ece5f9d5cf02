// The reading window on a big folder (issue 7's benchmark): an archive with N messages in one
// folder (100,000 unless told), generated here. Measures, on the offscreen platform:
//   - opening the folder: from the click to the first rows painted;
//   - search as you type: from the last keystroke to the results painted (this includes the
//     window's typing pause, reported separately);
//   - the same opening with conversation threading on (four of every five messages are replies
//     in conversations of five);
//   - the process's peak RSS with that archive open;
//   - cold start: the real satchel-gui binary (offscreen) started on a profile whose Inbox holds
//     those messages, from exec to the first rows painted (the binary prints the moment under
//     SATCHEL_BENCH_MARK=quit, then leaves), the median of --runs runs (default 5), with the
//     child's peak RSS from wait4. The page cache is warm after the first run: this is a start
//     of the program, not of the disk.
//
//   bench_ui [--messages N] [--archive FILE] [--runs N] [--gui PATH]
//
// --archive reuses (or creates and keeps) an archive file, since filling it takes longer than
// the measurements.
#include "BenchSupport.h"
#include "MainWindow.h"
#include "model/FolderModel.h"
#include "model/MessageListModel.h"
#include "store/Archive.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>

using namespace satchel;

namespace {

const char *const kWords[] = {"harbour", "budget",   "kayak",  "meeting", "invoice", "travel",
                              "photo",   "contract", "report", "lunch",   "river",   "train"};

QByteArray subjectOf(int i)
{
    return QByteArray(kWords[i % 12]) + " " + kWords[(i / 12) % 12] + " number "
        + QByteArray::number(i);
}

QByteArray message(int i)
{
    const QDateTime date
        = QDateTime(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(i) * 3000);
    // Conversations of five: the first message and four replies to it.
    const int starter = i - i % 5;
    const QByteArray threading = starter == i ? QByteArray()
                                              : "In-Reply-To: <bench" + QByteArray::number(starter)
            + "@example.org>\r\nReferences: <bench" + QByteArray::number(starter)
            + "@example.org>\r\n";
    QByteArray raw;
    raw += "From: Sender " + QByteArray::number(i % 500) + " <s" + QByteArray::number(i % 500)
        + "@example.org>\r\nTo: Reader <reader@example.org>\r\nSubject: "
        + (starter == i ? subjectOf(i) : "Re: " + subjectOf(starter))
        + "\r\nDate: " + date.toString(Qt::RFC2822Date).toLatin1() + "\r\nMessage-ID: <bench"
        + QByteArray::number(i) + "@example.org>\r\n" + threading
        + "Content-Type: text/plain\r\n\r\n";
    for (int line = 0; line < 8; ++line)
        raw += QByteArray("The ") + kWords[(i + line) % 12] + " of line " + QByteArray::number(line)
            + " in message " + QByteArray::number(i) + ".\r\n";
    return raw;
}

// Waits until `widget` has painted once after now; returns false on timeout.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QWidget *widget) { widget->installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

qint64 waitPaintedMs(QWidget *widget, const QElapsedTimer &timer,
                     const std::function<bool()> &ready)
{
    PaintWatcher watcher(widget);
    while (!(ready() && watcher.painted)) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (timer.elapsed() > 120000)
            return -1;
    }
    return timer.elapsed();
}

struct ColdStart
{
    QList<double> ms;
    QList<double> rssMb;
    QString note;
};

// The real binary on a copy of the archive whose Inbox holds the big folder's messages (the
// window opens on every Inbox).
ColdStart coldStart(const QString &gui, store::Archive &archive, qint64 bigFolder, int runs)
{
    ColdStart result;
    if (gui.isEmpty() || !QFileInfo(gui).isExecutable()) {
        result.note = QStringLiteral("satchel-gui not found (give --gui PATH)");
        return result;
    }
    QTemporaryDir profile;
    const QString copy = profile.filePath(QStringLiteral("archive.sqlite"));
    if (!archive.makeDurable() || !QFile::copy(archive.path(), copy)) {
        result.note = QStringLiteral("the archive could not be copied");
        return result;
    }
    {
        Result<std::unique_ptr<store::Archive>> opened = store::Archive::open(copy);
        if (!opened) {
            result.note = opened.error().message;
            return result;
        }
        store::Archive &a = **opened;
        Result<QList<qint64>> ids = a.folderMessageIds(bigFolder);
        Result<QList<store::Folder>> folders = a.folders();
        qint64 inbox = 0;
        for (const store::Folder &f : folders ? *folders : QList<store::Folder>()) {
            if (f.id != bigFolder)
                continue;
            if (Result<qint64> in = a.specialFolder(f.accountId, store::FolderRole::Inbox); in)
                inbox = *in;
        }
        if (!ids || inbox == 0 || !a.move(*ids, inbox)) {
            result.note = QStringLiteral("the profile could not be prepared");
            return result;
        }
    }
    QTemporaryDir home; // the child's settings: not the user's
    const QStringList environment {
        QStringLiteral("QT_QPA_PLATFORM=offscreen"),
        QStringLiteral("SATCHEL_BENCH_MARK=quit"),
        QStringLiteral("SATCHEL_NO_KEYCHAIN=1"),
        u"XDG_CONFIG_HOME=" + home.filePath(QStringLiteral("config")),
        u"XDG_DATA_HOME=" + home.filePath(QStringLiteral("data")),
        u"XDG_CACHE_HOME=" + home.filePath(QStringLiteral("cache")),
        u"XDG_RUNTIME_DIR=" + home.path(),
    };
    const QString out = home.filePath(QStringLiteral("out.txt"));
    for (int run = 0; run < runs; ++run) {
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        const bench::ChildRun child
            = bench::runChild({gui, QStringLiteral("--profile"), profile.path()}, environment, out);
        QFile file(out);
        qint64 mark = 0;
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : file.readAll().split('\n'))
                if (line.startsWith("SATCHEL_BENCH_MARK first-rows-painted "))
                    mark = line.mid(38).trimmed().toLongLong();
        }
        if (child.exitCode != 0 || mark == 0) {
            result.note = QStringLiteral("satchel-gui exited with %1 before painting rows")
                              .arg(child.exitCode);
            return result;
        }
        result.ms.append(double(mark - start));
        result.rssMb.append(child.maxRssKb / 1024.0);
    }
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption count(QStringLiteral("messages"), QStringLiteral("How many."),
                                   QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption file(QStringLiteral("archive"), QStringLiteral("Archive to keep."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("20,000 messages."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Write the figures here (tests/bench/run)."),
                                  QStringLiteral("FILE"));
    // tests/bench/run passes these to every benchmark; one measurement each here.
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Cold starts to measure (default 5)."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption satchel(
        QStringLiteral("satchel"), QStringLiteral("satchel: satchel-gui is looked for beside it."),
        QStringLiteral("PATH"));
    const QCommandLineOption gui(QStringLiteral("gui"), QStringLiteral("The satchel-gui to start."),
                                 QStringLiteral("PATH"));
    parser.addOptions({count, file, quick, json, runs, satchel, gui});
    parser.addHelpOption();
    parser.process(app);
    const int n = parser.isSet(quick) ? 20000 : parser.value(count).toInt();

    QTemporaryDir dir;
    const QString path
        = parser.isSet(file) ? parser.value(file) : dir.filePath(QStringLiteral("archive.sqlite"));
    const bool exists = QFileInfo::exists(path);
    Result<std::unique_ptr<store::Archive>> archive = store::Archive::open(path);
    if (!archive) {
        std::fprintf(stderr, "%s\n", qPrintable(archive.error().message));
        return 1;
    }
    store::Archive &a = **archive;
    qint64 folder = 0;
    if (!exists) {
        const qint64 account = *a.createAccount(QStringLiteral("bench"));
        folder = *a.createFolder(account, QStringLiteral("Big"));
        QElapsedTimer fill;
        fill.start();
        QList<store::NewMessage> batch;
        for (int i = 0; i < n; ++i) {
            store::NewMessage m;
            m.accountId = account;
            m.folderId = folder;
            m.raw = message(i);
            m.arrival = QDateTime::currentDateTimeUtc();
            batch.append(std::move(m));
            if (batch.size() == 5000 || i == n - 1) {
                if (Result<QList<qint64>> ids = a.insertMessages(batch); !ids) {
                    std::fprintf(stderr, "%s\n", qPrintable(ids.error().message));
                    return 1;
                }
                batch.clear();
            }
        }
        std::fprintf(stderr, "filled %d messages in %.1f s\n", n, fill.elapsed() / 1000.0);
    } else {
        Result<QList<store::Folder>> folders = a.folders();
        if (!folders)
            return 1;
        for (const store::Folder &f : std::as_const(*folders))
            if (f.name == QLatin1String("Big"))
                folder = f.id;
    }

    ui::MainWindow window;
    window.setArchive(&a);
    window.resize(1200, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QTest::qWait(200);
    QWidget *viewport = window.messageList()->viewport();

    // Opening the folder: as a click on it in the tree does.
    QElapsedTimer timer;
    timer.start();
    window.folderTree()->setCurrentIndex(window.folderModel()->indexForFolder(folder));
    const qint64 openMs
        = waitPaintedMs(viewport, timer, [&] { return window.messageModel()->rowCount() > 0; });

    // Search: type a word; time from its last key to the results painted.
    QLineEdit *field = window.searchField();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("kaya"));
    timer.restart();
    QTest::keyClick(field, Qt::Key_K);
    const qint64 searchMs = waitPaintedMs(viewport, timer, [&] {
        return window.messageModel()->mode() == model::MessageListModel::Mode::Search;
    });
    // The query alone, without the typing pause.
    QElapsedTimer query;
    query.start();
    (void)window.messageModel()->setSearch(QStringLiteral("harbour budget"));
    const qint64 queryMs = query.elapsed();
    const int queryResults = window.messageModel()->rowCount();

    // Opening the folder again with threading on (from every Inbox, empty here).
    window.searchField()->clear();
    window.setThreaded(true);
    window.selectFolder(std::nullopt);
    QTest::qWait(100);
    timer.restart();
    window.folderTree()->setCurrentIndex(window.folderModel()->indexForFolder(folder));
    const qint64 threadedMs
        = waitPaintedMs(viewport, timer, [&] { return window.messageModel()->rowCount() > 0; });
    const int threadRows = window.messageModel()->rowCount();
    window.setThreaded(false);

    struct rusage usage
    {
    };
    getrusage(RUSAGE_SELF, &usage);
    window.setArchive(nullptr);

    QString guiPath = parser.value(gui);
    if (guiPath.isEmpty() && parser.isSet(satchel))
        guiPath = QFileInfo(parser.value(satchel)).dir().filePath(QStringLiteral("satchel-gui"));
#ifdef SATCHEL_GUI_PATH
    if (guiPath.isEmpty())
        guiPath = QStringLiteral(SATCHEL_GUI_PATH);
#endif
    const ColdStart cold = coldStart(guiPath, a, folder, qMax(1, parser.value(runs).toInt()));
    std::printf("| Satchel reading window, %d messages in one folder | |\n|---|---|\n", n);
    std::printf("| open the folder -> first rows painted | %lld ms |\n", qlonglong(openMs));
    std::printf("| search keystroke -> results painted (incl. 250 ms typing pause) | %lld ms |\n",
                qlonglong(searchMs));
    std::printf("| search query alone (\"harbour budget\", %d results shown) | %lld ms |\n",
                queryResults, qlonglong(queryMs));
    std::printf("| open the folder, threads on -> first rows painted (%d conversations read) | "
                "%lld ms |\n",
                threadRows, qlonglong(threadedMs));
    std::printf("| peak RSS (this benchmark's process) | %.1f MiB |\n", usage.ru_maxrss / 1024.0);
    if (cold.ms.isEmpty()) {
        std::printf("| cold start of satchel-gui -> first rows painted | not measured: %s |\n",
                    qPrintable(cold.note));
    } else {
        std::printf("| cold start of satchel-gui -> first rows painted (median of %lld) | %.0f ms "
                    "(%.0f–%.0f) |\n",
                    qlonglong(cold.ms.size()), bench::median(cold.ms),
                    *std::min_element(cold.ms.cbegin(), cold.ms.cend()),
                    *std::max_element(cold.ms.cbegin(), cold.ms.cend()));
        std::printf("| cold start of satchel-gui: peak RSS (median) | %.1f MiB |\n",
                    bench::median(cold.rssMb));
    }

    if (parser.isSet(json)) {
        using bench::Row;
        const QString satchelName = QStringLiteral("Satchel");
        const QString none = QStringLiteral("no peer: no other client was measured");
        const QList<Row> rows {
            {QStringLiteral("open-100k"),
             QStringLiteral("open a %1-message folder to first rows painted").arg(n),
             QStringLiteral("ms"),
             {satchelName, {double(openMs)}, {}},
             {{QStringLiteral("—"), {}, none}},
             {}},
            {QStringLiteral("search-100k"),
             QStringLiteral("search keystroke to results painted, %1 messages (250 ms of it the "
                            "typing pause)")
                 .arg(n),
             QStringLiteral("ms"),
             {satchelName, {double(searchMs)}, {}},
             {{QStringLiteral("—"), {}, none}},
             {}},
            {QStringLiteral("open-100k-threads"),
             QStringLiteral("open a %1-message folder to first rows painted, threads on").arg(n),
             QStringLiteral("ms"),
             {satchelName, {double(threadedMs)}, {}},
             {{QStringLiteral("—"), {}, none}},
             {}},
            {QStringLiteral("coldstart-100k"),
             QStringLiteral("cold start of satchel-gui to first rows painted, %1-message Inbox")
                 .arg(n),
             QStringLiteral("ms"),
             {satchelName, cold.ms, cold.note},
             {{QStringLiteral("—"), {}, none}},
             QStringLiteral("exec to first paint, offscreen; page cache warm")},
            {QStringLiteral("coldstart-rss"),
             QStringLiteral("cold start with a %1-message archive: peak RSS of satchel-gui").arg(n),
             QStringLiteral("MB"),
             {satchelName, cold.rssMb, cold.note},
             {{QStringLiteral("—"), {}, none}},
             QStringLiteral("wait4 rusage of the child")},
        };
        if (!bench::writeRows(parser.value(json), rows))
            return 1;
    }
    return 0;
}

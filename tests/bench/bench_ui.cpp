// The reading window on a big folder (issue 7's benchmark): an archive with N messages in one
// folder (100,000 unless told), generated here. Measures, on the offscreen platform:
//   - opening the folder: from the click to the first rows painted;
//   - search as you type: from the last keystroke to the results painted (this includes the
//     window's typing pause, reported separately);
//   - the process's peak RSS with that archive open.
//
//   bench_ui [--messages N] [--archive FILE]
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
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cstdio>
#include <functional>
#include <sys/resource.h>

using namespace satchel;

namespace {

const char *const kWords[] = {"harbour", "budget",   "kayak",  "meeting", "invoice", "travel",
                              "photo",   "contract", "report", "lunch",   "river",   "train"};

QByteArray message(int i)
{
    const QDateTime date
        = QDateTime(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(i) * 3000);
    QByteArray raw;
    raw += "From: Sender " + QByteArray::number(i % 500) + " <s" + QByteArray::number(i % 500)
        + "@example.org>\r\nTo: Reader <reader@example.org>\r\nSubject: " + kWords[i % 12] + " "
        + kWords[(i / 12) % 12] + " number " + QByteArray::number(i)
        + "\r\nDate: " + date.toString(Qt::RFC2822Date).toLatin1() + "\r\nMessage-ID: <bench"
        + QByteArray::number(i) + "@example.org>\r\nContent-Type: text/plain\r\n\r\n";
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
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("(ignored)"),
                                  QStringLiteral("N"));
    const QCommandLineOption satchel(QStringLiteral("satchel"), QStringLiteral("(ignored)"),
                                     QStringLiteral("PATH"));
    parser.addOptions({count, file, quick, json, runs, satchel});
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

    struct rusage usage
    {
    };
    getrusage(RUSAGE_SELF, &usage);
    std::printf("| Satchel reading window, %d messages in one folder | |\n|---|---|\n", n);
    std::printf("| open the folder -> first rows painted | %lld ms |\n", qlonglong(openMs));
    std::printf("| search keystroke -> results painted (incl. 250 ms typing pause) | %lld ms |\n",
                qlonglong(searchMs));
    std::printf("| search query alone (\"harbour budget\", %d results shown) | %lld ms |\n",
                window.messageModel()->rowCount(), qlonglong(queryMs));
    std::printf("| peak RSS | %.1f MiB |\n", usage.ru_maxrss / 1024.0);
    window.setArchive(nullptr);

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
            {QStringLiteral("coldstart-rss"),
             QStringLiteral("window with a %1-message archive open: peak RSS").arg(n),
             QStringLiteral("MB"),
             {satchelName, {usage.ru_maxrss / 1024.0}, {}},
             {{QStringLiteral("—"), {}, none}},
             {}},
        };
        if (!bench::writeRows(parser.value(json), rows))
            return 1;
    }
    return 0;
}

// Not a test: screenshots of the reading window on the demo mailbox, for people to look at and
// for the README. The same window as `satchel --demo` (MainWindow over a DemoSession's fetch);
// run it under a real X server, e.g.
//   xvfb-run -a -s "-screen 0 1280x900x24" build/tests/ui/demo_screenshots OUTDIR [--dark]
// QT_SCALE_FACTOR=2 shows it on a high-DPI screen. It writes main-window-threads.png (threads on,
// one conversation open) and remote-content.png (a message with blocked remote images).
#include "DemoSession.h"
#include "MainWindow.h"
#include "MessageView.h"
#include "SafeBrowser.h"
#include "model/MessageListModel.h"
#include "store/Archive.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTest>
#include <QTreeView>

using namespace satchel;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x30));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    return p;
}

qint64 messageWithSubject(store::Archive &archive, const QString &subject)
{
    const Result<QList<qint64>> ids = archive.messageIds();
    for (const qint64 id : ids ? *ids : QList<qint64>()) {
        if (const Result<store::MessageRow> row = archive.message(id);
            row && row->subject == subject)
            return id;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        qCritical("usage: demo_screenshots OUTDIR [--dark]");
        return 2;
    }
    QStandardPaths::setTestModeEnabled(true); // the window's settings: not the user's
    const QDir out(args.at(1));
    QString suffix;
    if (args.contains(QStringLiteral("--dark"))) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        suffix = QStringLiteral("-dark");
    }

    ui::MainWindow window;
    window.setThreaded(true);
    window.resize(1100, 720);
    app::DemoSession demo;
    bool done = false, ok = false;
    QObject::connect(
        &demo, &app::DemoSession::finished, &window, [&](const app::DemoResult &result) {
            if (demo.archive())
                window.setArchive(demo.archive());
            window.fetchFinished(result.accountId, result.ok ? QString() : result.message);
            ok = result.ok;
            done = true;
        });
    window.setWindowTitle(QStringLiteral("Satchel — demo mailbox"));
    window.show();
    window.fetchStarted(0, QStringLiteral("Demo"));
    demo.start();
    if (!QTest::qWaitFor([&] { return done; }, 60000) || !ok) {
        qCritical("the demo fetch did not finish");
        return 1;
    }
    window.setOnline(true);
    const auto shoot = [&](const QString &name) {
        QTest::qWait(600);
        const QString file = out.filePath(name + suffix + QStringLiteral(".png"));
        if (!window.grab().save(file)) {
            qCritical("cannot write %s", qPrintable(file));
            return false;
        }
        qInfo("%s", qPrintable(file));
        return true;
    };

    // A conversation open, one of its replies on screen.
    store::Archive &archive = *demo.archive();
    const qint64 reply
        = messageWithSubject(archive, QStringLiteral("Re: Train to Krakow on the 28th?"));
    window.selectMessage(reply);
    window.messageList()->setFocus();
    if (!shoot(QStringLiteral("main-window-threads")))
        return 1;

    // Remote images blocked, with the bar.
    window.selectMessage(messageWithSubject(
        archive, QStringLiteral("Booking confirmed: Casa Azul, 12-16 November")));
    if (!QTest::qWaitFor([&] { return window.messageView()->isLoaded(); }, 30000))
        qWarning("the hotel's message did not load");
    if (!window.messageView()->body()->remoteContentBlocked())
        qWarning("the hotel's remote images were not reported as blocked");
    if (!shoot(QStringLiteral("remote-content")))
        return 1;
    window.setArchive(nullptr);
    return 0;
}

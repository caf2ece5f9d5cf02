#include "Window.h"

#include "Application.h"
#include "DemoSession.h"
#include "MainWindow.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>

namespace satchel::app {

int runWindow(int &argc, char **argv)
{
    using satchel::app::DemoResult;
    using satchel::app::DemoSession;
    using satchel::ui::MainWindow;

    // Lives until the window has gone (runApplication detaches the archive before it returns).
    auto demo = std::make_shared<std::unique_ptr<DemoSession>>();

    satchel::ui::Launch launch;
    launch.options << QCommandLineOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main",
                                    "Show Satchel on a demo mailbox (a throwaway profile and a "
                                    "local server; no network needed)."));
    launch.takeOver = [demo](const QCommandLineParser &parser, MainWindow &window) {
        if (!parser.isSet(QStringLiteral("demo")))
            return false;
        *demo = std::make_unique<DemoSession>();
        DemoSession *session = demo->get();
        const QString name = QCoreApplication::translate("main", "Demo");
        QObject::connect(session, &DemoSession::progress, &window,
                         [&window, session](const satchel::sync::FetchProgress &p) {
                             window.fetchProgress(session->accountId(), p.messagesDone,
                                                  p.messagesTotal);
                         });
        QObject::connect(
            session, &DemoSession::finished, &window, [&window, session](const DemoResult &result) {
                // The demo's own connection: the fetch and the window share this
                // thread.
                if (session->archive())
                    window.setArchive(session->archive());
                window.fetchFinished(result.accountId, result.ok ? QString() : result.message);
            });
        QObject::connect(&window, &MainWindow::getMailRequested, session,
                         [&window, session, name](qint64) {
                             if (!session->isStarted() || session->isFetching())
                                 return;
                             window.fetchStarted(session->accountId(), name);
                             session->fetch();
                         });
        QObject::connect(&window, &MainWindow::cancelFetchRequested, session, &DemoSession::cancel);
        window.setWindowTitle(QCoreApplication::translate("main", "Satchel — demo mailbox"));
        window.fetchStarted(0, name);
        session->start();
        return true;
    };
    const int result = satchel::ui::runApplication(argc, argv, launch);
    demo->reset();
    return result;
}

} // namespace satchel::app

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
    launch.takeOver = [demo](const QCommandLineParser &parser,
                             MainWindow &window) -> std::optional<satchel::ui::ProvidedProfile> {
        if (!parser.isSet(QStringLiteral("demo")))
            return std::nullopt;
        *demo = std::make_unique<DemoSession>();
        DemoSession *session = demo->get();
        window.setWindowTitle(QCoreApplication::translate("main", "Satchel — demo mailbox"));
        if (Status prepared = session->prepare(); !prepared) {
            window.fetchFinished(0, prepared.error().message);
            return satchel::ui::ProvidedProfile {}; // never the user's own profile instead
        }
        // The demo account is an account like any other: the window's MailController fetches
        // it through the mail service, as the command line and `--demo --headless` do.
        return satchel::ui::ProvidedProfile {session->archive(), session->secrets()};
    };
    const int result = satchel::ui::runApplication(argc, argv, launch);
    demo->reset();
    return result;
}

} // namespace satchel::app

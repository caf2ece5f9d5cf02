#include "Application.h"
#include "CommandLine.h"
#include "HeadlessDemo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Satchel"));
    QCoreApplication::setOrganizationName(QStringLiteral("Satchel"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SATCHEL_VERSION));
}

void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "An offline mail reader that never loses a message.\n\nCommands (no window): "
        "import, search, show, export, check; see 'satchel search --help'."));
    parser.addHelpOption();
    parser.addVersionOption();
}

} // namespace

int main(int argc, char *argv[])
{
    // A command (satchel import ..., search, show, export, check) runs without a window, and
    // without a display: QCoreApplication, never QApplication.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (satchel::app::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        return satchel::app::runCommandLine(QCoreApplication::arguments());
    }

    // The demo fetch without a window (hidden; for CI and the README screenshot).
    if (satchel::app::wantsHeadlessDemo(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        return satchel::app::runHeadlessDemo(QCoreApplication::arguments());
    }

    // --help and --version answer in a terminal without a display, too.
    const QStringList informational {QStringLiteral("-h"), QStringLiteral("--help"),
                                     QStringLiteral("--help-all"), QStringLiteral("-v"),
                                     QStringLiteral("--version")};
    for (const QString &option : informational) {
        if (arguments.contains(option)) {
            QCoreApplication app(argc, argv);
            describeApplication();
            QCommandLineParser parser;
            describeOptions(parser);
            parser.process(app); // prints and exits
            return 0;
        }
    }

    return satchel::ui::runApplication(argc, argv);
}

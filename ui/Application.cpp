#include "Application.h"

#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

namespace satchel::ui {

int runApplication(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Satchel"));
    QCoreApplication::setOrganizationName(QStringLiteral("Satchel"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SATCHEL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.satchel.Satchel"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "An offline mail reader that never loses a message."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    MainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace satchel::ui

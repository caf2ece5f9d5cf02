#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Satchel"));
    QApplication::setOrganizationName(QStringLiteral("Satchel"));
    QApplication::setApplicationVersion(QStringLiteral(SATCHEL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.satchel.Satchel"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "An offline mail reader that never loses a message."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    satchel::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}

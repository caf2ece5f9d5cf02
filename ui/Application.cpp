#include "Application.h"

#include "MainWindow.h"
#include "store/Archive.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

#include <memory>

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
    // The same profile folder as the commands (app/CommandLine.cpp): the archive is
    // <profile>/archive.sqlite.
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "The profile folder (default: %1).")
            .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
        QCoreApplication::translate("main", "DIR"));
    parser.addOption(profile);
    parser.process(app);

    const QString profileDir = parser.isSet(profile)
        ? parser.value(profile)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString archivePath = QDir(profileDir).filePath(QStringLiteral("archive.sqlite"));

    MainWindow window;
    Result<std::unique_ptr<store::Archive>> archive = store::Archive::open(archivePath);
    if (archive) {
        window.setArchive(archive->get());
    } else {
        QMessageBox::critical(
            &window, QCoreApplication::translate("main", "Satchel"),
            QCoreApplication::translate("main", "The archive %1 cannot be opened: %2")
                .arg(archivePath, archive.error().message));
        return 1;
    }
    window.show();
    const int result = QApplication::exec();
    window.setArchive(nullptr); // before the archive goes
    return result;
}

} // namespace satchel::ui

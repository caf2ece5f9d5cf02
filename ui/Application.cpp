#include "Application.h"

#include "MainWindow.h"
#include "util/SingleInstance.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QStandardPaths>

namespace satchel::ui {

int runApplication(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Satchel"));
    QCoreApplication::setOrganizationName(QStringLiteral("Satchel"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SATCHEL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.satchel.Satchel"));
    // The installed theme icon where there is one, else the copy built into the binary.
    QIcon fallback;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        fallback.addFile(
            QStringLiteral(":/icons/icons/hicolor/%1x%1/org.satchel.Satchel.png").arg(size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.satchel.Satchel"), fallback));

    QStringList arguments = QCoreApplication::arguments();
    const QString language = util::takeLanguageOption(arguments);
    util::installTranslations(language.isEmpty() ? util::savedLanguage() : language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "An offline mail reader that never loses a message."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("language"),
                      QCoreApplication::translate("main",
                                                  "The language of the interface: de, "
                                                  "en, es, fr (default: the system's)."),
                      QCoreApplication::translate("main", "CODE")});
    parser.process(app);

    // One window per profile: a second launch raises the first and exits.
    util::SingleInstance instance(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (instance.start(QCoreApplication::arguments()) == util::SingleInstance::Role::Secondary)
        return 0;

    MainWindow window;
    QObject::connect(&instance, &util::SingleInstance::activationRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    window.show();
    return QApplication::exec();
}

} // namespace satchel::ui

#include "Application.h"
#include "CommandLine.h"
#include "util/Translations.h"

#include <QCoreApplication>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Satchel"));
    QCoreApplication::setOrganizationName(QStringLiteral("Satchel"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SATCHEL_VERSION));
}

// In the language of --language, else the one chosen in the settings, else the system's.
int runTranslatedCommandLine()
{
    QStringList arguments = QCoreApplication::arguments();
    const QString language = satchel::util::takeLanguageOption(arguments);
    satchel::util::installTranslations(language.isEmpty() ? satchel::util::savedLanguage()
                                                          : language);
    return satchel::app::runCommandLine(arguments);
}

} // namespace

int main(int argc, char *argv[])
{
    // A command (satchel import ..., search, show, export, check) runs without a window, and
    // without a display: QCoreApplication, never QApplication.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    (void)satchel::util::takeLanguageOption(arguments); // --language is for every mode
    if (satchel::app::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        return runTranslatedCommandLine();
    }

    // --help and --version answer in a terminal without a display, too; the command line's help
    // is the one that lists every command and option.
    const QStringList informational {QStringLiteral("-h"), QStringLiteral("--help"),
                                     QStringLiteral("-v"), QStringLiteral("--version")};
    for (const QString &option : informational) {
        if (arguments.contains(option)) {
            QCoreApplication app(argc, argv);
            describeApplication();
            return runTranslatedCommandLine();
        }
    }

    return satchel::ui::runApplication(argc, argv);
}

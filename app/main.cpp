#include "CommandLine.h"
#include "HeadlessDemo.h"
#include "QuickSearch.h"
#include "util/Platform.h"
#include "util/Translations.h"

#include <QCoreApplication>

#include <algorithm>

#ifdef SATCHEL_SEPARATE_GUI
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>
#else
#include "Window.h"
#endif

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

#ifdef SATCHEL_SEPARATE_GUI
// The window lives in a binary of its own, satchel-gui (app/CMakeLists.txt says why). This process
// becomes it: same arguments, same environment, same process id.
int becomeGui(int argc, char *argv[])
{
    QString path;
    {
        QCoreApplication app(argc, argv);
        const QString dir = QCoreApplication::applicationDirPath();
        path = QDir::cleanPath(dir + u'/' + QStringLiteral(SATCHEL_GUI_RELATIVE_DIR)
                               + QStringLiteral("/satchel-gui"));
        if (!QFileInfo::exists(path)) // the build tree keeps both binaries side by side
            path = dir + QStringLiteral("/satchel-gui");
    }
    const QByteArray file = QFile::encodeName(path);
    argv[0] = const_cast<char *>(file.constData());
    ::execv(file.constData(), argv);
    const int error = errno;
    const QString message = QCoreApplication::translate("main",
                                                        "Satchel cannot open its window: %1 (%2). "
                                                        "Please reinstall Satchel.")
                                .arg(path, QString::fromLocal8Bit(std::strerror(error)));
    std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
    return 1;
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    // A command (satchel import ..., search, show, export, check) runs without a window, and
    // without a display: QCoreApplication, never QApplication.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    (void)satchel::util::takeLanguageOption(arguments); // --language is for every mode
    // Where this binary is the windowed one (Windows), whatever runs without a window below
    // needs the terminal it was started from.
    const QStringList informational {QStringLiteral("-h"), QStringLiteral("--help"),
                                     QStringLiteral("-v"), QStringLiteral("--version")};
    const bool wantsInformation
        = std::any_of(informational.cbegin(), informational.cend(),
                      [&arguments](const QString &option) { return arguments.contains(option); });
    if (satchel::app::wantsCommandLine(arguments) || satchel::app::wantsHeadlessDemo(arguments)
        || wantsInformation)
        satchel::util::useParentConsole();

    if (satchel::app::wantsCommandLine(arguments)) {
        // Qt's own event dispatcher instead of GLib's for the commands that only read and write
        // files: setting GLib's up is a millisecond or two of a `satchel search` (measured).
        // Not for `account` and `fetch`: QtKeychain's libsecret backend answers through GLib's
        // main loop, and without it the keychain never replies (found by tst_fetchcommand).
        const QString command = satchel::app::commandWord(arguments);
        const bool chooseDispatcher = !qEnvironmentVariableIsSet("QT_NO_GLIB")
            && command != u"account" && command != u"fetch";
        if (chooseDispatcher)
            qputenv("QT_NO_GLIB", "1");
        QCoreApplication app(argc, argv);
        if (chooseDispatcher) // chosen now; children (mail filters, editors) get the user's
            qunsetenv("QT_NO_GLIB");
        describeApplication();
        // A search the launcher (launcher_main.cpp) left to this binary, --json for one, or any
        // search where `satchel` is this binary: answered without opening the Archive if it can.
        if (command == u"search") {
            if (const std::optional<int> code
                = satchel::app::runQuickSearch(QCoreApplication::arguments()))
                return *code;
        }
        return runTranslatedCommandLine();
    }

    // The demo fetch without a window (hidden; for CI and the README screenshot).
    if (satchel::app::wantsHeadlessDemo(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        return satchel::app::runHeadlessDemo(QCoreApplication::arguments());
    }

    // --help and --version answer in a terminal without a display, too; the command line's help
    // is the one that lists every command and option.
    if (wantsInformation) {
        QCoreApplication app(argc, argv);
        describeApplication();
        return runTranslatedCommandLine();
    }

#ifdef SATCHEL_SEPARATE_GUI
    return becomeGui(argc, argv);
#else
    return satchel::app::runWindow(argc, argv);
#endif
}

// `satchel` on Linux and the BSDs: answers `satchel search` itself and becomes satchel-cli for
// everything else (app/CMakeLists.txt says why). It links Qt Core and SQLite only.
#include "QuickSearch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Satchel"));
    QCoreApplication::setOrganizationName(QStringLiteral("Satchel"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SATCHEL_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    describeApplication(); // static: QStandardPaths needs the names, not an application object
    {
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        // No QCoreApplication for a search: it runs no event loop, and setting one up is time
        // a search answered in a few milliseconds notices.
        if (satchel::app::isSearchCommand(arguments)) {
            if (const std::optional<int> code = satchel::app::runQuickSearch(arguments))
                return *code;
        }
    }
    QString path;
    {
        QCoreApplication app(argc, argv);
        const QString dir = QCoreApplication::applicationDirPath();
        path = QDir::cleanPath(dir + u'/' + QStringLiteral(SATCHEL_CLI_RELATIVE_DIR)
                               + QStringLiteral("/satchel-cli"));
        if (!QFileInfo::exists(path)) // the build tree keeps the binaries side by side
            path = dir + QStringLiteral("/satchel-cli");
    }
    // Same arguments, environment and process id: the caller sees one program.
    const QByteArray file = QFile::encodeName(path);
    ::execv(file.constData(), argv);
    const int error = errno;
    const QString message = QCoreApplication::translate("main",
                                                        "Satchel cannot start: %1 (%2). "
                                                        "Please reinstall Satchel.")
                                .arg(path, QString::fromLocal8Bit(std::strerror(error)));
    std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
    return 1;
}

#include "mime/MessageParser.h"

#include "mime/MimeModuleApi.h"
#include "mime/ParserRevision.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

#include <cstdio>
#include <cstdlib>

namespace satchel::mime {

namespace {

QString executableDir()
{
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    // Fuzzers and early callers have no application object; Linux still knows.
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    return self.exists() ? self.canonicalPath() : QString();
}

QStringList moduleCandidates()
{
    QStringList paths;
    const QString fileName = QStringLiteral(SATCHEL_MIME_MODULE_FILE);
    // An explicit choice first (a relocated install, a packager's test).
    const QString fromEnvironment = qEnvironmentVariable("SATCHEL_MIME_MODULE");
    if (!fromEnvironment.isEmpty())
        paths << fromEnvironment;
    // Where `cmake --install` puts it relative to the binary, then the build tree, so that the
    // binaries and tests run where they were built.
    const QString dir = executableDir();
    if (!dir.isEmpty()) {
        paths << QDir::cleanPath(dir + u'/' + QStringLiteral(SATCHEL_MIME_MODULE_RELATIVE_DIR)
                                 + u'/' + fileName);
        // satchel-cli and satchel-gui are installed in libexec/satchel, not beside `satchel`.
        paths << QDir::cleanPath(dir + u'/'
                                 + QStringLiteral(SATCHEL_MIME_MODULE_LIBEXEC_RELATIVE_DIR) + u'/'
                                 + fileName);
    }
    paths << QStringLiteral(SATCHEL_MIME_MODULE_BUILD_DIR) + u'/' + fileName;
    return paths;
}

const MimeModuleApi &loadModule()
{
    QStringList problems;
    for (const QString &path : moduleCandidates()) {
        if (!QFileInfo::exists(path)) {
            problems << path + QStringLiteral(": not found");
            continue;
        }
        QLibrary library(path);
        library.setLoadHints(QLibrary::PreventUnloadHint);
        using Entry = const MimeModuleApi *(*)();
        const auto entry = reinterpret_cast<Entry>(library.resolve(kMimeModuleEntry));
        const MimeModuleApi *api = entry ? entry() : nullptr;
        if (!api) {
            problems << path + QStringLiteral(": ") + library.errorString();
            continue;
        }
        if (api->abi != kMimeModuleAbi || api->parsedMessageSize != sizeof(ParsedMessage)) {
            problems << path + QStringLiteral(": from another build of Satchel");
            continue;
        }
        return *api;
    }
    // Nothing can be parsed without it, and going on would store mail without its text: this is
    // a broken installation, and the one fix is to reinstall.
    const QString message
        = QCoreApplication::translate("satchel::mime",
                                      "Satchel cannot read mail: its MIME module is missing or "
                                      "broken. Please reinstall Satchel.")
        + u'\n' + problems.join(u'\n');
    std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
    std::abort();
}

const MimeModuleApi &module()
{
    static const MimeModuleApi &api = loadModule(); // thread-safe, once
    return api;
}

} // namespace

ParsedMessage parseMessage(const QByteArray &raw, const QDateTime &arrival)
{
    return module().parseMessage(raw, arrival);
}

QString parserFingerprint()
{
    // From the GMime this was built against, so that opening an archive does not have to load
    // GMime just to compare fingerprints.
    return QStringLiteral("satchel-parser-%1/gmime-%2")
        .arg(kParserRevision)
        .arg(QStringLiteral(SATCHEL_GMIME_VERSION));
}

std::optional<QByteArray> extractPart(const QByteArray &raw, int partIndex)
{
    return module().extractPart(raw, partIndex);
}

} // namespace satchel::mime

#include "TestPaths.h"

#include <QDir>
#include <QFileInfo>

namespace satchel::test {

QString corpusDir()
{
    const QString fromEnv = qEnvironmentVariable("SATCHEL_CORPUS");
    const QString candidate = fromEnv.isEmpty() ? QStringLiteral(SATCHEL_DEFAULT_CORPUS) : fromEnv;
    return QFileInfo(candidate).isDir() ? QDir(candidate).absolutePath() : QString();
}

const char *corpusMissingReason()
{
    return "the real-mail corpus is absent: it lives in ../shared/corpus beside the checkout "
           "(or set SATCHEL_CORPUS); this clone has none, so this test cannot run here";
}

QString testBuildDir()
{
    const QString fromEnv = qEnvironmentVariable("SATCHEL_TEST_BUILD_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(SATCHEL_TEST_BINARY_DIR) : fromEnv;
}

} // namespace satchel::test

#include "Pop3ServerFixture.h"

#include <QDir>

#include <unistd.h>

namespace satchel::test {

QString Pop3ServerFixture::packageRoot(const QString &server)
{
    QString base = qEnvironmentVariable("SATCHEL_TEST_SERVERS");
    if (base.isEmpty() && ::geteuid() == 0) {
        // As root the servers drop to nobody, who cannot enter /root.
        base = QStringLiteral("/var/cache/satchel-test-servers");
    } else if (base.isEmpty()) {
        QString cache = qEnvironmentVariable("XDG_CACHE_HOME");
        if (cache.isEmpty())
            cache = QDir::homePath() + u"/.cache";
        base = cache + u"/satchel-test-servers";
    }
    return QDir(base).filePath(server);
}

} // namespace satchel::test

#include "Pop3ServerFixture.h"

#include <QDir>
#include <QTcpServer>
#include <QTemporaryDir>

#include <unistd.h>

namespace satchel::test {

Pop3ServerFixture::Pop3ServerFixture() = default;

Pop3ServerFixture::~Pop3ServerFixture() = default;

bool Pop3ServerFixture::makeInstanceDir(const QString &parent, const QString &prefix)
{
    m_instanceHolder = std::make_unique<QTemporaryDir>(parent + u'/' + prefix + u"-XXXXXX");
    if (!m_instanceHolder->isValid())
        return fail(QStringLiteral("cannot create a folder for the server under %1: %2")
                        .arg(parent, m_instanceHolder->errorString()));
    m_instanceHolder->setAutoRemove(qEnvironmentVariableIsEmpty("SATCHEL_KEEP_TEST_SERVERS"));
    m_instanceDir = m_instanceHolder->path();
    return true;
}

void Pop3ServerFixture::dropInstanceDir()
{
    m_instanceHolder.reset();
    m_instanceDir.clear();
}

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

bool Pop3ServerFixture::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool Pop3ServerFixture::pickPorts()
{
    // Both stay open until both ports are known, so the two differ.
    QTcpServer first;
    QTcpServer second;
    if (!first.listen(QHostAddress::LocalHost) || !second.listen(QHostAddress::LocalHost))
        return fail(QStringLiteral("cannot find a free port on 127.0.0.1: %1")
                        .arg(first.errorString() + second.errorString()));
    m_pop3Port = first.serverPort();
    m_pop3sPort = second.serverPort();
    return true;
}

} // namespace satchel::test

#include "FixtureProcess.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStringList>

#include <csignal>

#include <sys/prctl.h>
#include <unistd.h>

namespace satchel::test {

QString generateTestPassword()
{
    static constexpr char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString password;
    for (int i = 0; i < 20; ++i)
        password += QLatin1Char(
            alphabet[QRandomGenerator::system()->bounded(static_cast<int>(sizeof(alphabet) - 1))]);
    return password;
}

QString lastLines(const QString &text, int lines)
{
    QStringList all = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return all.join(QLatin1Char('\n'));
}

bool pop3Greets(const QString &host, quint16 port, bool implicitTls,
                const QSslCertificate &certificate)
{
    constexpr int stepTimeoutMs = 3000;
    QSslSocket socket;
    if (implicitTls) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({certificate});
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(host, port);
        if (!socket.waitForEncrypted(stepTimeoutMs))
            return false;
    } else {
        socket.connectToHost(host, port);
        if (!socket.waitForConnected(stepTimeoutMs))
            return false;
    }
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(stepTimeoutMs))
            return false;
    }
    const bool ok = socket.readLine().startsWith("+OK");
    socket.write("QUIT\r\n");
    socket.waitForBytesWritten(stepTimeoutMs);
    socket.disconnectFromHost();
    return ok;
}

void startAsGroupLeader(QProcess &process)
{
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([parent] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(127); // we died before prctl() took effect
    });
    process.start();
}

void stopProcessGroup(QProcess &process, qint64 processGroup, int timeoutMs)
{
    if (process.state() == QProcess::NotRunning || processGroup <= 0)
        return;
    // The whole group at once: told alone, a master takes a while to wind its children down.
    ::killpg(static_cast<pid_t>(processGroup), SIGTERM);
    if (!process.waitForFinished(timeoutMs)) {
        ::killpg(static_cast<pid_t>(processGroup), SIGKILL);
        process.waitForFinished(timeoutMs);
    }
}

} // namespace satchel::test

#include "CyrusFixture.h"

#include "CorpusMaildir.h"
#include "FixtureProcess.h"
#include "TestPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

namespace satchel::test {

namespace {

// As root, Cyrus's master drops to this user (nobody) before it serves.
constexpr uint kUnprivilegedId = 65534;
// sun_path holds 107 bytes; the longest socket is "<instance>/sock/lmtp".
constexpr qsizetype kMaxInstanceDirLength = 107 - 16;
constexpr int kProcessTimeoutMs = 5000;
constexpr int kStartTimeoutMs = 15000;
constexpr int kLmtpTimeoutMs = 30000;

QString binDir()
{
    return Pop3ServerFixture::packageRoot(QStringLiteral("cyrus")) + u"/usr/lib/cyrus/bin";
}

// The folder of the extracted libcyrus*.so (usr/lib/<multiarch triplet>).
QString libraryDir()
{
    QDirIterator it(Pop3ServerFixture::packageRoot(QStringLiteral("cyrus")) + u"/usr/lib",
                    {QStringLiteral("libcyrus.so.0")}, QDir::Files | QDir::System,
                    QDirIterator::Subdirectories);
    return it.hasNext() ? QFileInfo(it.next()).path() : QString();
}

QString saslpasswd2()
{
    QString found = QStandardPaths::findExecutable(QStringLiteral("saslpasswd2"));
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(
            QStringLiteral("saslpasswd2"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    return found;
}

bool chownTree(const QString &root, uint id)
{
    auto one = [id](const QString &path) {
        return ::lchown(QFile::encodeName(path).constData(), id, id) == 0;
    };
    if (!one(root))
        return false;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (!one(it.next()))
            return false;
    }
    return true;
}

// Reads one SMTP/LMTP reply (all its "250-" lines); empty on timeout.
QByteArray readReply(QLocalSocket &socket)
{
    QByteArray reply;
    while (true) {
        while (!socket.canReadLine()) {
            if (!socket.waitForReadyRead(kLmtpTimeoutMs))
                return {};
        }
        const QByteArray line = socket.readLine();
        reply += line;
        if (line.size() < 4 || line.at(3) != '-')
            return reply;
    }
}

} // namespace

CyrusFixture::CyrusFixture() = default;

CyrusFixture::~CyrusFixture()
{
    stop();
}

QString CyrusFixture::missingReason()
{
    const QString root = packageRoot(QStringLiteral("cyrus"));
    QStringList missing;
    for (const char *name : {"master", "pop3d", "lmtpd", "ctl_cyrusdb"}) {
        if (!QFileInfo(binDir() + u'/' + QLatin1String(name)).isExecutable())
            missing << QStringLiteral("usr/lib/cyrus/bin/%1").arg(QLatin1String(name));
    }
    if (missing.isEmpty() && libraryDir().isEmpty())
        missing << QStringLiteral("libcyrus.so.0");
    if (!missing.isEmpty())
        return QStringLiteral("Cyrus is not available (no %1 under %2): `bash .ci/setup --test` "
                              "extracts the Debian packages cyrus-common and cyrus-pop3d there "
                              "(they conflict with dovecot-pop3d, so they are not installed)")
            .arg(missing.join(QStringLiteral(", ")), root);
    if (saslpasswd2().isEmpty())
        return QStringLiteral("Cyrus needs saslpasswd2 for its test user: install the Debian "
                              "package sasl2-bin (`bash .ci/setup --test` does)");
    return {};
}

QString CyrusFixture::logTail() const
{
    const QString output = lastLines(QString::fromLocal8Bit(m_output), 20);
    return output.isEmpty() ? QStringLiteral("(Cyrus wrote nothing; it logs to syslog)") : output;
}

bool CyrusFixture::prepareInstance()
{
    const bool asRoot = ::geteuid() == 0;
    // Under the build tree unless the lmtp socket path would be too long, or (as root) nobody
    // could not reach it.
    QString parent = testBuildDir() + u"/cyrus";
    if (asRoot || !QDir().mkpath(parent) || !QFileInfo(parent).isWritable()
        || QDir(parent).absolutePath().size() + qsizetype(sizeof("/cyrus-XXXXXX"))
            > kMaxInstanceDirLength)
        parent = QDir::tempPath();
    if (!makeInstanceDir(parent, QStringLiteral("cyrus")))
        return false;
    const QDir instance(m_instanceDir);
    for (const char *sub : {"conf", "spool", "sock", "sieve"}) {
        if (!instance.mkpath(QLatin1String(sub)))
            return fail(
                QStringLiteral("cannot create %1").arg(instance.filePath(QLatin1String(sub))));
    }

    m_tls = TestCertificate::generate(instance.filePath(QStringLiteral("tls")));
    if (!m_tls.isValid())
        return fail(m_tls.errorString());

    // The SASL password database: PLAIN, LOGIN, CRAM-MD5 and SCRAM all read it.
    m_password = generateTestPassword();
    QProcess sasl;
    sasl.setProcessChannelMode(QProcess::MergedChannels);
    sasl.start(saslpasswd2(),
               {QStringLiteral("-p"), QStringLiteral("-c"), QStringLiteral("-f"),
                instance.filePath(QStringLiteral("sasldb2")), m_userName});
    sasl.write(m_password.toUtf8());
    sasl.closeWriteChannel();
    if (!sasl.waitForFinished(kProcessTimeoutMs) || sasl.exitStatus() != QProcess::NormalExit
        || sasl.exitCode() != 0)
        return fail(QStringLiteral("saslpasswd2 failed: %1")
                        .arg(QString::fromLocal8Bit(sasl.readAll()).trimmed()));

    if (asRoot && !chownTree(m_instanceDir, kUnprivilegedId))
        return fail(QStringLiteral("cannot give %1 to nobody").arg(m_instanceDir));
    return true;
}

bool CyrusFixture::writeConfig(const QString &bin) const
{
    const QString dir = m_instanceDir;
    const QString conf = dir + u"/imapd.conf";
    QString user;
    if (::geteuid() == 0) {
        user = QStringLiteral("nobody");
    } else {
        const passwd *pw = ::getpwuid(::geteuid());
        user = pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
    }
    const QStringList imapd {
        QStringLiteral("# Made by the Satchel test fixture for one test run."),
        QStringLiteral("configdirectory: %1/conf").arg(dir),
        QStringLiteral("partition-default: %1/spool").arg(dir),
        QStringLiteral("defaultpartition: default"),
        QStringLiteral("sievedir: %1/sieve").arg(dir),
        QStringLiteral("cyrus_user: %1").arg(user),
        QStringLiteral("lmtpsocket: %1/sock/lmtp").arg(dir),
        QStringLiteral("idlesocket: %1/sock/idle").arg(dir),
        QStringLiteral("notifysocket: %1/sock/notify").arg(dir),
        QStringLiteral("syslog_prefix: satchel-%1").arg(QFileInfo(dir).fileName()),
        QStringLiteral("sasl_pwcheck_method: auxprop"),
        QStringLiteral("sasl_auxprop_plugin: sasldb"),
        QStringLiteral("sasl_sasldb_path: %1/sasldb2").arg(dir),
        QStringLiteral("sasl_mech_list: PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256"),
        QStringLiteral("allowplaintext: yes"),
        QStringLiteral("tls_server_cert: %1").arg(m_tls.certificatePath()),
        QStringLiteral("tls_server_key: %1").arg(m_tls.keyPath()),
        // The wrong-password rows want the answer, not Cyrus's three-second pause.
        QStringLiteral("failedloginpause: 0"),
        // The user's INBOX appears with the first delivery.
        QStringLiteral("autocreate_quota: 0"),
        QStringLiteral("autocreate_post: 1"),
        // The kill test delivers the same messages again; Cyrus would drop them as duplicates.
        QStringLiteral("duplicatesuppression: 0"),
    };
    const QStringList cyrus {
        QStringLiteral("START {"),
        QStringLiteral("  recover cmd=\"%1/ctl_cyrusdb -r -C %2\"").arg(bin, conf),
        QStringLiteral("}"),
        QStringLiteral("SERVICES {"),
        QStringLiteral("  pop3 cmd=\"%1/pop3d -C %2\" listen=\"127.0.0.1:%3\" prefork=0")
            .arg(bin, conf)
            .arg(m_pop3Port),
        QStringLiteral("  pop3s cmd=\"%1/pop3d -s -C %2\" listen=\"127.0.0.1:%3\" prefork=0")
            .arg(bin, conf)
            .arg(m_pop3sPort),
        QStringLiteral("  lmtpunix cmd=\"%1/lmtpd -C %2\" listen=\"%3/sock/lmtp\" prefork=0")
            .arg(bin, conf, dir),
        QStringLiteral("}"),
        QStringLiteral("EVENTS {"),
        QStringLiteral("}"),
    };
    for (const auto &[name, lines] : {std::pair {QStringLiteral("imapd.conf"), imapd},
                                      std::pair {QStringLiteral("cyrus.conf"), cyrus}}) {
        QFile file(dir + u'/' + name);
        const QByteArray text = lines.join(u'\n').toUtf8() + '\n';
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(text) != text.size())
            return false;
    }
    return true;
}

bool CyrusFixture::start()
{
    m_error.clear();
    if (m_process && m_process->state() != QProcess::NotRunning)
        return true;
    if (const QString missing = missingReason(); !missing.isEmpty())
        return fail(missing);
    if (::geteuid() != 0 && ::getpwuid(::geteuid()) == nullptr)
        return fail(
            QStringLiteral("uid %1 has no name; Cyrus needs one for cyrus_user").arg(::geteuid()));
    if (m_instanceDir.isEmpty() && !prepareInstance()) {
        dropInstanceDir();
        return false;
    }
    if (!pickPorts())
        return false;
    const QString bin = binDir();
    if (!writeConfig(bin))
        return fail(QStringLiteral("cannot write the config into %1").arg(m_instanceDir));

    m_output.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_LIBRARY_PATH"), libraryDir());
    m_process->setProcessEnvironment(env);
    m_process->setProgram(bin + u"/master");
    // In the foreground (no -d), keeping stdout and stderr (-D), as our child.
    m_process->setArguments({QStringLiteral("-D"), QStringLiteral("-C"),
                             m_instanceDir + u"/imapd.conf", QStringLiteral("-M"),
                             m_instanceDir + u"/cyrus.conf", QStringLiteral("-p"),
                             m_instanceDir + u"/master.pid"});
    startAsGroupLeader(*m_process);
    if (!m_process->waitForStarted(kProcessTimeoutMs))
        return fail(QStringLiteral("cannot run Cyrus's master: %1").arg(m_process->errorString()));
    m_processGroup = m_process->processId();
    if (waitUntilReady())
        return true;
    const QString error = m_error;
    stop();
    m_error = error;
    return false;
}

bool CyrusFixture::waitUntilReady()
{
    QElapsedTimer timer;
    timer.start();
    while (true) {
        m_output += m_process->readAll();
        if (m_process->state() == QProcess::NotRunning)
            return fail(QStringLiteral("Cyrus's master exited during startup (code %1); config "
                                       "%2/imapd.conf\n%3")
                            .arg(m_process->exitCode())
                            .arg(m_instanceDir, logTail()));
        if (pop3Greets(host(), m_pop3Port, false, certificate())
            && pop3Greets(host(), m_pop3sPort, true, certificate()))
            return true;
        if (timer.elapsed() > kStartTimeoutMs)
            return fail(QStringLiteral("Cyrus did not greet on 127.0.0.1:%1 and :%2 within %3 s "
                                       "(a port taken by another process?); config "
                                       "%4/imapd.conf\n%5")
                            .arg(m_pop3Port)
                            .arg(m_pop3sPort)
                            .arg(kStartTimeoutMs / 1000)
                            .arg(m_instanceDir, logTail()));
        m_process->waitForFinished(50);
    }
}

void CyrusFixture::stop()
{
    if (!m_process)
        return;
    stopProcessGroup(*m_process, m_processGroup, kProcessTimeoutMs);
    m_output += m_process->readAll();
    m_process.reset();
    m_processGroup = 0;
}

bool CyrusFixture::deliver(const QList<QByteArray> &messages)
{
    if (m_instanceDir.isEmpty())
        return fail(QStringLiteral("deliver() before start()"));
    QLocalSocket socket;
    socket.connectToServer(m_instanceDir + u"/sock/lmtp");
    if (!socket.waitForConnected(kLmtpTimeoutMs))
        return fail(QStringLiteral("cannot reach Cyrus's lmtpd: %1").arg(socket.errorString()));
    auto step = [&](const QByteArray &command, char expected) {
        if (!command.isEmpty())
            socket.write(command);
        const QByteArray reply = readReply(socket);
        if (reply.startsWith(expected))
            return true;
        m_error = QStringLiteral("Cyrus's lmtpd answered %1 with: %2")
                      .arg(QString::fromUtf8(command.left(40)).trimmed(),
                           reply.isEmpty() ? QStringLiteral("nothing")
                                           : QString::fromUtf8(reply).trimmed());
        return false;
    };
    if (!step({}, '2') || !step("LHLO satchel.test\r\n", '2'))
        return false;
    const QByteArray recipient = "RCPT TO:<" + m_userName.toUtf8() + ">\r\n";
    for (const QByteArray &raw : messages) {
        // CRLF lines, dot-stuffed, with the terminator; the first line too.
        const QByteArray data = (raw.startsWith('.') ? QByteArray(".") : QByteArray())
            + CorpusMaildir::expectedRetrWire(raw);
        if (!step("MAIL FROM:<>\r\n", '2') || !step(recipient, '2') || !step("DATA\r\n", '3')
            || !step(data, '2'))
            return false;
    }
    step("QUIT\r\n", '2');
    return true;
}

} // namespace satchel::test

#include "CourierFixture.h"

#include "CorpusMaildir.h"
#include "FixtureProcess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace satchel::test {

namespace {

// As root, courierpop3d reads the mail as this user (nobody).
constexpr uint kUnprivilegedId = 65534;
constexpr int kProcessTimeoutMs = 5000;
constexpr int kStartTimeoutMs = 15000;

QString root()
{
    return Pop3ServerFixture::packageRoot(QStringLiteral("courier"));
}

QString program(const char *relative)
{
    return root() + u'/' + QLatin1String(relative);
}

constexpr const char *kAuthDaemon = "usr/lib/courier/courier-authlib/authdaemond";
constexpr const char *kMakeDat = "usr/lib/courier/courier-authlib/makedatprog";
constexpr const char *kTcpd = "usr/sbin/couriertcpd";
constexpr const char *kTls = "usr/bin/couriertls";
constexpr const char *kLogin = "usr/lib/courier/courier/courierpop3login";
constexpr const char *kPop3d = "usr/lib/courier/courier/courierpop3d";

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(content) == content.size();
}

} // namespace

CourierFixture::CourierFixture() = default;

CourierFixture::~CourierFixture()
{
    stop();
}

QString CourierFixture::missingReason()
{
    QStringList missing;
    for (const char *relative : {kAuthDaemon, kMakeDat, kTcpd, kTls, kLogin, kPop3d}) {
        if (!QFileInfo(program(relative)).isExecutable())
            missing << QLatin1String(relative);
    }
    if (!missing.isEmpty())
        return QStringLiteral("Courier is not available (no %1 under %2): `bash .ci/setup --test` "
                              "extracts the Debian packages courier-pop, courier-base and "
                              "courier-authlib there (they conflict with dovecot-pop3d, so they "
                              "are not installed)")
            .arg(missing.join(QStringLiteral(", ")), root());
    if (!QFileInfo::exists(QStringLiteral(SATCHEL_COURIER_PATHS)))
        return QStringLiteral("%1 is not built").arg(QStringLiteral(SATCHEL_COURIER_PATHS));
    return {};
}

QString CourierFixture::logTail() const
{
    QString tail;
    for (const char *name : {"authdaemond", "pop3", "pop3s"}) {
        QFile log(m_instanceDir + QStringLiteral("/%1.log").arg(QLatin1String(name)));
        if (!log.open(QIODevice::ReadOnly))
            continue;
        const QString lines = lastLines(QString::fromLocal8Bit(log.readAll()), 10);
        if (!lines.isEmpty())
            tail += QStringLiteral("--- %1 ---\n%2\n").arg(QLatin1String(name), lines);
    }
    return tail.isEmpty() ? QStringLiteral("(Courier wrote nothing)") : tail.trimmed();
}

bool CourierFixture::prepareInstance()
{
    const bool asRoot = ::geteuid() == 0;
    // In /tmp: the authdaemond socket path (the instance folder plus 30 bytes) must fit in
    // sun_path's 107 bytes.
    if (!makeInstanceDir(QDir::tempPath(), QStringLiteral("courier")))
        return false;
    const QDir instance(m_instanceDir);
    for (const char *sub : {"etc/courier", "run/courier/authdaemon", "home"}) {
        if (!instance.mkpath(QLatin1String(sub)))
            return fail(
                QStringLiteral("cannot create %1").arg(instance.filePath(QLatin1String(sub))));
    }
    // The mail user (nobody, as root) must get into home.
    const auto searchable = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
        | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    if (!QFile::setPermissions(m_instanceDir, searchable))
        return fail(QStringLiteral("cannot open up %1").arg(m_instanceDir));

    m_tls = TestCertificate::generate(instance.filePath(QStringLiteral("tls")));
    if (!m_tls.isValid())
        return fail(m_tls.errorString());
    // couriertls wants the key and the certificate in one file.
    QFile key(m_tls.keyPath());
    QFile certificate(m_tls.certificatePath());
    if (!key.open(QIODevice::ReadOnly) || !certificate.open(QIODevice::ReadOnly)
        || !writeFile(instance.filePath(QStringLiteral("pop3d.pem")),
                      key.readAll() + certificate.readAll()))
        return fail(QStringLiteral("cannot write pop3d.pem"));

    m_mailUid = asRoot ? kUnprivilegedId : ::geteuid();
    m_mailGid = asRoot ? kUnprivilegedId : ::getegid();
    const QString home = instance.filePath(QStringLiteral("home"));
    m_mailbox = std::make_unique<CorpusMaildir>(home + u"/Maildir");
    if (!m_mailbox->isValid())
        return fail(m_mailbox->errorString());
    if (asRoot) {
        m_mailbox->setOwner(m_mailUid, m_mailGid);
        const QStringList dirs {home, home + u"/Maildir", home + u"/Maildir/cur",
                                home + u"/Maildir/new", home + u"/Maildir/tmp"};
        for (const QString &dir : dirs) {
            if (::chown(QFile::encodeName(dir).constData(), m_mailUid, m_mailGid) != 0)
                return fail(QStringLiteral("cannot give %1 to nobody").arg(dir));
        }
    }

    // authdaemond with the userdb module only; the password as {SHA256}, which authlib checks.
    if (!writeFile(instance.filePath(QStringLiteral("etc/courier/authdaemonrc")),
                   "authmodulelist=\"authuserdb\"\n"
                   "daemons=1\n"
                   "authdaemonvar=/run/courier/authdaemon\n"
                   "DEBUG_LOGIN=0\n"
                   "DEFAULTOPTIONS=\"\"\n"))
        return fail(QStringLiteral("cannot write authdaemonrc"));
    m_password = generateTestPassword();
    const QByteArray hash
        = QCryptographicHash::hash(m_password.toUtf8(), QCryptographicHash::Sha256).toBase64();
    const QByteArray user = m_userName.toUtf8();
    const QList<std::pair<QString, QByteArray>> databases {
        {QStringLiteral("userdb"),
         user + "\tuid=" + QByteArray::number(m_mailUid) + "|gid=" + QByteArray::number(m_mailGid)
             + "|home=" + QFile::encodeName(home) + "|mail=" + QFile::encodeName(home)
             + "/Maildir\n.\n"},
        {QStringLiteral("userdbshadow"), user + "\tsystempw={SHA256}" + hash + "\n.\n"},
    };
    for (const auto &[name, text] : databases) {
        QProcess make;
        make.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LD_LIBRARY_PATH"), root() + u"/usr/lib");
        make.setProcessEnvironment(env);
        make.start(program(kMakeDat),
                   {QStringLiteral("-"), instance.filePath(name + u".tmp"),
                    instance.filePath(QStringLiteral("etc/courier/%1.dat").arg(name))});
        make.write(text);
        make.closeWriteChannel();
        if (!make.waitForFinished(kProcessTimeoutMs) || make.exitStatus() != QProcess::NormalExit
            || make.exitCode() != 0)
            return fail(QStringLiteral("makedatprog failed for %1: %2")
                            .arg(name, QString::fromLocal8Bit(make.readAll()).trimmed()));
    }
    return true;
}

QProcessEnvironment CourierFixture::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_LIBRARY_PATH"), root() + u"/usr/lib");
    env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(SATCHEL_COURIER_PATHS));
    env.insert(QStringLiteral("SATCHEL_COURIER_ROOT"), m_instanceDir);
    // authdaemond finds its modules (libauthuserdb) through libltdl's search path.
    env.insert(QStringLiteral("LTDL_LIBRARY_PATH"), root() + u"/usr/lib/courier-authlib");
    // What /etc/courier/pop3d and pop3d-ssl set, with SASL PLAIN and LOGIN on (Debian's default
    // leaves SASL off: USER/PASS only).
    env.insert(QStringLiteral("POP3AUTH"), QStringLiteral("PLAIN LOGIN"));
    env.insert(QStringLiteral("POP3AUTH_TLS"), QStringLiteral("PLAIN LOGIN"));
    env.insert(QStringLiteral("POP3_PROXY"), QStringLiteral("0"));
    env.insert(QStringLiteral("COURIERTLS"), program(kTls));
    env.insert(QStringLiteral("TLS_CERTFILE"), m_instanceDir + u"/pop3d.pem");
    env.insert(QStringLiteral("TLS_VERIFYPEER"), QStringLiteral("NONE"));
    env.insert(QStringLiteral("MAILDIRPATH"), QStringLiteral("Maildir"));
    return env;
}

bool CourierFixture::launch(Daemon &daemon, const QString &programPath,
                            const QStringList &arguments, const QProcessEnvironment &env)
{
    daemon.process = std::make_unique<QProcess>();
    daemon.process->setProcessEnvironment(env);
    daemon.process->setProgram(programPath);
    daemon.process->setArguments(arguments);
    const QString log = &daemon == &m_authDaemon ? QStringLiteral("authdaemond")
        : &daemon == &m_pop3                     ? QStringLiteral("pop3")
                                                 : QStringLiteral("pop3s");
    daemon.process->setProcessChannelMode(QProcess::MergedChannels);
    daemon.process->setStandardOutputFile(m_instanceDir + u'/' + log + u".log");
    startAsGroupLeader(*daemon.process);
    if (!daemon.process->waitForStarted(kProcessTimeoutMs))
        return fail(
            QStringLiteral("cannot run %1: %2").arg(programPath, daemon.process->errorString()));
    daemon.group = daemon.process->processId();
    return true;
}

bool CourierFixture::start()
{
    m_error.clear();
    if (m_pop3.process && m_pop3.process->state() != QProcess::NotRunning)
        return true;
    if (const QString missing = missingReason(); !missing.isEmpty())
        return fail(missing);
    if (m_instanceDir.isEmpty() && !prepareInstance()) {
        m_mailbox.reset();
        dropInstanceDir();
        return false;
    }
    if (!pickPorts())
        return false;
    const QProcessEnvironment env = environment();
    // As the init scripts run them, minus courierlogger: in the foreground, logging to stderr.
    const QStringList tcpd {QStringLiteral("-address=127.0.0.1"), QStringLiteral("-nodnslookup"),
                            QStringLiteral("-noidentlookup"), QStringLiteral("-maxprocs=20"),
                            QStringLiteral("-maxperip=20")};
    const QStringList pop3 {program(kLogin), program(kPop3d), QStringLiteral("Maildir")};
    QProcessEnvironment plain = env;
    plain.insert(QStringLiteral("POP3_STARTTLS"), QStringLiteral("YES"));
    plain.insert(QStringLiteral("POP3_TLS_REQUIRED"), QStringLiteral("0"));
    QProcessEnvironment tls = env;
    tls.insert(QStringLiteral("POP3_TLS"), QStringLiteral("1"));
    tls.insert(QStringLiteral("POP3_STARTTLS"), QStringLiteral("NO"));
    tls.insert(QStringLiteral("POP3_TLS_REQUIRED"), QStringLiteral("0"));
    const bool launched = launch(m_authDaemon, program(kAuthDaemon), {}, env)
        && launch(m_pop3, program(kTcpd), tcpd + QStringList {QString::number(m_pop3Port)} + pop3,
                  plain)
        && launch(m_pop3s, program(kTcpd),
                  tcpd
                      + QStringList {QString::number(m_pop3sPort), program(kTls),
                                     QStringLiteral("-server"), QStringLiteral("-tcpd")}
                      + pop3,
                  tls);
    if (launched && waitUntilReady())
        return true;
    const QString error = m_error;
    stop();
    m_error = error;
    return false;
}

bool CourierFixture::waitUntilReady()
{
    const QString socket = m_instanceDir + u"/run/courier/authdaemon/socket";
    QElapsedTimer timer;
    timer.start();
    while (true) {
        for (const Daemon *daemon : {&m_authDaemon, &m_pop3, &m_pop3s}) {
            if (daemon->process->state() == QProcess::NotRunning)
                return fail(QStringLiteral("%1 exited during startup (code %2)\n%3")
                                .arg(daemon->process->program())
                                .arg(daemon->process->exitCode())
                                .arg(logTail()));
        }
        if (QFileInfo::exists(socket) && pop3Greets(host(), m_pop3Port, false, certificate())
            && pop3Greets(host(), m_pop3sPort, true, certificate()))
            return true;
        if (timer.elapsed() > kStartTimeoutMs)
            return fail(QStringLiteral("Courier did not greet on 127.0.0.1:%1 and :%2 within %3 s "
                                       "(a port taken by another process?)\n%4")
                            .arg(m_pop3Port)
                            .arg(m_pop3sPort)
                            .arg(kStartTimeoutMs / 1000)
                            .arg(logTail()));
        m_pop3.process->waitForFinished(50);
    }
}

void CourierFixture::stop()
{
    for (Daemon *daemon : {&m_pop3s, &m_pop3, &m_authDaemon}) {
        if (!daemon->process)
            continue;
        stopProcessGroup(*daemon->process, daemon->group, kProcessTimeoutMs);
        daemon->process.reset();
        daemon->group = 0;
    }
}

bool CourierFixture::deliver(const QList<QByteArray> &messages)
{
    if (!m_mailbox)
        return fail(QStringLiteral("deliver() before start()"));
    for (QByteArray raw : messages) {
        // Maildir files have LF line ends, as Courier's delivery writes them; courierpop3d adds
        // a CR before every LF, so a stored CRLF would go out as CR CR LF.
        raw.replace("\r\n", "\n");
        if (!m_mailbox->add(raw))
            return fail(m_mailbox->errorString());
    }
    return true;
}

} // namespace satchel::test

#include "DovecotFixture.h"

#include "FixtureProcess.h"
#include "TestPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace satchel::test {

namespace {

// Dovecot refuses to read mail as root, so as root the maildir belongs to nobody/nogroup.
constexpr uint kUnprivilegedId = 65534;

// The longest socket Dovecot 2.3 makes in base_dir is "/replication-notify-fifo" (24 bytes),
// and sun_path holds 107 bytes plus NUL: a longer base_dir makes Dovecot fail to bind.
constexpr qsizetype kMaxBaseDirLength = 107 - 24 - 8; // 8 bytes of slack for other versions

constexpr int kProcessTimeoutMs = 5000;
constexpr int kLeftoverGraceMs = 2000;
constexpr int kPortRaceAttempts = 3;

QString errnoText()
{
    return QString::fromLocal8Bit(::strerror(errno));
}

bool changeOwner(const QString &path, uint uid, uint gid)
{
    const QByteArray encoded = QFile::encodeName(path);
    return ::lchown(encoded.constData(), static_cast<uid_t>(uid), static_cast<gid_t>(gid)) == 0;
}

// Whether a process without our uid (nobody, dovecot) can reach `path`: every folder on the way
// must be searchable by "others".
bool traversableByOthers(const QString &path)
{
    QString dir = QDir(path).absolutePath();
    while (true) {
        struct stat info = {};
        if (::stat(QFile::encodeName(dir).constData(), &info) != 0 || (info.st_mode & S_IXOTH) == 0)
            return false;
        if (dir == u"/")
            return true;
        dir = QFileInfo(dir).path();
    }
}

// The fields after the "(comm)" of /proc/<pid>/stat: state is [0], pgrp is [2].
QList<QByteArray> statFields(const QString &pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray stat = file.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    return close < 0 ? QList<QByteArray>() : stat.mid(close + 2).split(' ');
}

} // namespace

DovecotFixture::DovecotFixture(DovecotOptions options)
    : m_options(std::move(options))
{ }

DovecotFixture::~DovecotFixture()
{
    stop();
}

bool DovecotFixture::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString DovecotFixture::findDovecot(const QString &preferred)
{
    if (!preferred.isEmpty()) {
        const QFileInfo info(preferred);
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    QString found = QStandardPaths::findExecutable(QStringLiteral("dovecot"));
    // An ordinary user's PATH usually lacks the sbin folders.
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(QStringLiteral("dovecot"),
                                               {QStringLiteral("/usr/sbin"),
                                                QStringLiteral("/usr/local/sbin"),
                                                QStringLiteral("/sbin")});
    return found;
}

QString DovecotFixture::missingDovecotReason(const QString &looked)
{
    const QString where = looked.isEmpty()
        ? QStringLiteral("no 'dovecot' in PATH, /usr/sbin, /usr/local/sbin or /sbin")
        : QStringLiteral("%1 does not exist or is not executable").arg(looked);
    return QStringLiteral("Dovecot is not installed (%1): the Dovecot tests need the Debian "
                          "packages dovecot-core and dovecot-pop3d")
        .arg(where);
}

QString DovecotFixture::configPath() const
{
    return m_instanceDir.isEmpty() ? QString() : m_instanceDir + u"/dovecot.conf";
}

QString DovecotFixture::logPath() const
{
    return m_instanceDir.isEmpty() ? QString() : m_instanceDir + u"/dovecot.log";
}

QString DovecotFixture::maildir() const
{
    return m_instanceDir.isEmpty() ? QString() : m_instanceDir + u"/home/Maildir";
}

CorpusMaildir &DovecotFixture::mailbox()
{
    Q_ASSERT_X(m_mailbox, "DovecotFixture::mailbox", "call start() first");
    return *m_mailbox;
}

bool DovecotFixture::addMessage(const QByteArray &raw)
{
    if (!m_mailbox)
        return fail(QStringLiteral("addMessage() before start()"));
    if (!m_mailbox->add(raw))
        return fail(m_mailbox->errorString());
    return true;
}

bool DovecotFixture::fixMaildirOwnership()
{
    if (!m_asRoot || m_instanceDir.isEmpty())
        return true;
    const QString home = QFileInfo(maildir()).path();
    if (!changeOwner(home, m_mailUid, m_mailGid))
        return fail(QStringLiteral("cannot give %1 to uid %2: %3")
                        .arg(home)
                        .arg(m_mailUid)
                        .arg(errnoText()));
    QDirIterator it(home, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!changeOwner(path, m_mailUid, m_mailGid))
            return fail(QStringLiteral("cannot give %1 to uid %2: %3")
                            .arg(path)
                            .arg(m_mailUid)
                            .arg(errnoText()));
    }
    return true;
}

bool DovecotFixture::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 DovecotFixture::masterPid() const
{
    return isRunning() ? m_process->processId() : 0;
}

QList<qint64> DovecotFixture::instanceProcesses() const
{
    return findInstanceProcesses(m_instanceName, m_processGroup);
}

QList<qint64> DovecotFixture::findInstanceProcesses(const QString &instanceName,
                                                    qint64 processGroup)
{
    QList<qint64> found;
    if (instanceName.isEmpty() && processGroup <= 0)
        return found;
    // Dovecot titles its processes "dovecot-<instance_name>/<service>"; the process group covers
    // the master (started as a group leader) and anything that might not be titled yet.
    const QByteArray title = "dovecot-" + instanceName.toUtf8() + '/';
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        bool isPid = false;
        const qint64 id = pid.toLongLong(&isPid);
        if (!isPid || id == ::getpid())
            continue;
        const QList<QByteArray> fields = statFields(pid);
        // Gone, or a zombie waiting for its new parent to reap it: not running any more.
        if (fields.size() < 3 || fields.at(0) == "Z")
            continue;
        bool inGroup = processGroup > 0 && fields.at(2).toLongLong() == processGroup;
        if (!inGroup && !instanceName.isEmpty()) {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
            inGroup = cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().startsWith(title);
        }
        if (inGroup)
            found.append(id);
    }
    return found;
}

QString DovecotFixture::readLog() const
{
    QFile log(logPath());
    return log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString();
}

QString DovecotFixture::logTail(int lines) const
{
    QString tail;
    const QString output = lastLines(QString::fromLocal8Bit(m_processOutput), lines);
    if (!output.isEmpty())
        tail += QStringLiteral("--- Dovecot's output ---\n") + output + u'\n';
    const QString log = lastLines(readLog(), lines);
    if (!log.isEmpty())
        tail += QStringLiteral("--- %1 ---\n").arg(logPath()) + log + u'\n';
    return tail.isEmpty() ? QStringLiteral("(Dovecot wrote nothing)") : tail.trimmed();
}

bool DovecotFixture::prepareInstance(const QString &binary)
{
    m_asRoot = ::geteuid() == 0;

    // Under the build tree, so its config and log sit beside the test that made them - unless
    // the path is too long for Dovecot's unix sockets, or (as root) the unprivileged mail and
    // auth processes could not reach it; then a short folder under /tmp.
    QString parent = testBuildDir() + u"/dovecot";
    const qsizetype baseDirLength
        = QDir(parent).absolutePath().size() + qsizetype(sizeof("/dovecot-XXXXXX/base") - 1);
    if (!QDir().mkpath(parent) || baseDirLength > kMaxBaseDirLength
        || (m_asRoot && !traversableByOthers(parent)))
        parent = QDir::tempPath();
    m_instanceHolder = std::make_unique<QTemporaryDir>(parent + u"/dovecot-XXXXXX");
    if (!m_instanceHolder->isValid())
        return fail(QStringLiteral("cannot create a folder for Dovecot under %1: %2")
                        .arg(parent, m_instanceHolder->errorString()));
    m_instanceHolder->setAutoRemove(qEnvironmentVariableIsEmpty("SATCHEL_KEEP_DOVECOT"));
    m_instanceDir = m_instanceHolder->path();
    m_instanceName = QStringLiteral("satchel-") + QFileInfo(m_instanceDir).fileName();

    const QDir instance(m_instanceDir);
    for (const char *sub : {"base", "state", "home/Maildir"}) {
        if (!instance.mkpath(QLatin1String(sub)))
            return fail(
                QStringLiteral("cannot create %1").arg(instance.filePath(QLatin1String(sub))));
    }
    // QTemporaryDir makes 0700; Dovecot's unprivileged processes must get in.
    const auto searchable = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
        | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    for (const QString &dir : {m_instanceDir, instance.filePath(QStringLiteral("base")),
                               instance.filePath(QStringLiteral("home"))}) {
        if (!QFile::setPermissions(dir, searchable))
            return fail(QStringLiteral("cannot open up %1 for Dovecot").arg(dir));
    }

    // dovecot-core without dovecot-pop3d: Dovecot would refuse too, but naming the package is
    // kinder. Only where the layout is the usual <prefix>/sbin + <prefix>/lib/dovecot.
    const QString libexec
        = QFileInfo(binary).absoluteDir().filePath(QStringLiteral("../lib/dovecot"));
    if (QFileInfo(libexec).isDir() && !QFileInfo::exists(libexec + u"/pop3-login"))
        return fail(QStringLiteral("Dovecot is installed but its POP3 server is not (no pop3-login "
                                   "in %1): install the Debian package dovecot-pop3d")
                        .arg(QDir::cleanPath(libexec)));

    m_certificate = TestCertificate::generate(instance.filePath(QStringLiteral("tls")));
    if (!m_certificate.isValid())
        return fail(m_certificate.errorString());

    if (m_asRoot) {
        m_mailUid = kUnprivilegedId;
        m_mailGid = kUnprivilegedId;
    } else {
        m_mailUid = ::geteuid();
        m_mailGid = ::getegid();
    }
    m_password = generateTestPassword();
    QString stored = QStringLiteral("{PLAIN}") + m_password;
    if (!m_options.passwordScheme.isEmpty()) {
        QString doveadm = QFileInfo(binary).dir().filePath(QStringLiteral("doveadm"));
        if (!QFileInfo(doveadm).isExecutable())
            doveadm = QStandardPaths::findExecutable(QStringLiteral("doveadm"));
        QProcess pw;
        pw.start(doveadm,
                 {QStringLiteral("pw"), QStringLiteral("-s"), m_options.passwordScheme,
                  QStringLiteral("-p"), m_password});
        if (!pw.waitForFinished(30000) || pw.exitCode() != 0)
            return fail(
                QStringLiteral("doveadm pw -s %1 failed: %2")
                    .arg(m_options.passwordScheme, QString::fromUtf8(pw.readAllStandardError())));
        stored = QString::fromLatin1(pw.readAllStandardOutput()).trimmed();
    }
    QFile passwd(instance.filePath(QStringLiteral("passwd")));
    if (!passwd.open(QIODevice::WriteOnly))
        return fail(
            QStringLiteral("cannot write %1: %2").arg(passwd.fileName(), passwd.errorString()));
    // {PLAIN} by default, so that every mechanism works, CRAM-MD5, SCRAM and APOP included.
    passwd.write(QStringLiteral("%1:%2:%3:%4::%5::\n")
                     .arg(m_options.userName, stored)
                     .arg(m_mailUid)
                     .arg(m_mailGid)
                     .arg(instance.filePath(QStringLiteral("home")))
                     .toUtf8());
    passwd.close();
    // The auth process runs as the dovecot user and must read it; the password is a throwaway.
    if (!passwd.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                               | QFile::ReadOther))
        return fail(QStringLiteral("cannot make %1 readable").arg(passwd.fileName()));

    m_mailbox = std::make_unique<CorpusMaildir>(maildir());
    if (!m_mailbox->isValid())
        return fail(m_mailbox->errorString());
    if (m_asRoot) {
        m_mailbox->setOwner(m_mailUid, m_mailGid);
        if (!fixMaildirOwnership())
            return false;
    }
    return true;
}

bool DovecotFixture::writeConfig() const
{
    const QString dir = m_instanceDir;
    QStringList c;
    c << QStringLiteral("# Made by the Satchel test fixture for one test run; it includes nothing "
                        "from /etc/dovecot.")
      << QStringLiteral("instance_name = %1").arg(m_instanceName)
      << QStringLiteral("base_dir = %1/base").arg(dir)
      << QStringLiteral("state_dir = %1/state").arg(dir)
      << QStringLiteral("log_path = %1/dovecot.log").arg(dir) << QStringLiteral("protocols = pop3")
      << QStringLiteral("listen = 127.0.0.1") << QStringLiteral("ssl = yes")
      << QStringLiteral("ssl_cert = <%1").arg(m_certificate.certificatePath())
      << QStringLiteral("ssl_key = <%1").arg(m_certificate.keyPath())
      << QStringLiteral("disable_plaintext_auth = %1")
             .arg(m_options.disablePlaintextAuth ? u"yes" : u"no")
      << QStringLiteral("auth_mechanisms = %1").arg(m_options.authMechanisms)
      << QStringLiteral("auth_verbose = yes");
    if (m_options.oauth2IntrospectionUrl.isEmpty()) {
        c << QStringLiteral("passdb {\n  driver = passwd-file\n  args = %1/passwd\n}").arg(dir)
          << QStringLiteral("userdb {\n  driver = passwd-file\n  args = %1/passwd\n}").arg(dir);
    } else {
        c << QStringLiteral("passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
                            "  args = %1/oauth2.conf\n}")
                 .arg(dir)
          << QStringLiteral("userdb {\n  driver = static\n  args = uid=%1 gid=%2 home=%3\n}")
                 .arg(m_mailUid)
                 .arg(m_mailGid)
                 .arg(dir + QStringLiteral("/home"));
    }
    c << QStringLiteral("mail_location = maildir:%1").arg(maildir())
      << QStringLiteral("mail_location = maildir:%1").arg(maildir())
      // The default of 500 refuses low uids, such as a system account a CI job may run as.
      << QStringLiteral("first_valid_uid = 1")
      << QStringLiteral("first_valid_gid = 1")
      // RETR would otherwise rename files to ":2,S" at QUIT, and the paths the filler returned
      // would go stale; DELE still expunges.
      << QStringLiteral("pop3_no_flag_updates = yes")
      // A throwaway server: no need to wait for the disk.
      << QStringLiteral("mail_fsync = never");

    if (m_asRoot) {
        c << QStringLiteral("default_login_user = dovenull")
          << QStringLiteral("default_internal_user = dovecot");
    } else {
        // An ordinary user can neither switch users nor chroot: every process runs as us.
        const passwd *pw = ::getpwuid(::geteuid());
        const group *gr = ::getgrgid(::getegid());
        const QString user = pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
        const QString grp = gr ? QString::fromLocal8Bit(gr->gr_name) : QString();
        c << QStringLiteral("default_login_user = %1").arg(user)
          << QStringLiteral("default_internal_user = %1").arg(user)
          << QStringLiteral("default_internal_group = %1").arg(grp);
        for (const char *service : {"anvil", "ipc", "old-stats", "aggregator", "director",
                                    "imap-login", "imap-urlauth-login", "submission-login"})
            c << QStringLiteral("service %1 {\n  chroot =\n}").arg(QLatin1String(service));
    }

    c << QStringLiteral("service pop3-login {\n"
                        "  inet_listener pop3 {\n    port = %1\n  }\n"
                        "  inet_listener pop3s {\n    port = %2\n    ssl = yes\n  }\n%3"
                        "}")
             .arg(m_pop3Port)
             .arg(m_pop3sPort)
             .arg(m_asRoot ? QString() : QStringLiteral("  chroot =\n"))
      << QStringLiteral("service imap-login {\n  inet_listener imap {\n    port = 0\n  }\n"
                        "  inet_listener imaps {\n    port = 0\n  }\n}")
      << QStringLiteral("service submission-login {\n  inet_listener submission {\n"
                        "    port = 0\n  }\n}");
    c << m_options.extraConfig;

    if (!m_options.oauth2IntrospectionUrl.isEmpty()) {
        // Dovecot 2.3's oauth2 passdb: every token is posted to the introspection endpoint.
        QFile oauth2(dir + QStringLiteral("/oauth2.conf"));
        if (!oauth2.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        oauth2.write(QStringLiteral("introspection_mode = post\n"
                                    "introspection_url = %1\n"
                                    "force_introspection = yes\n"
                                    "username_attribute = username\n"
                                    "active_attribute = active\n"
                                    "active_value = true\n")
                         .arg(m_options.oauth2IntrospectionUrl)
                         .toUtf8());
        oauth2.close();
        oauth2.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                              | QFile::ReadOther);
    }

    QFile file(configPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray text = c.join(QLatin1Char('\n')).toUtf8() + '\n';
    return file.write(text) == text.size();
}

bool DovecotFixture::start()
{
    m_error.clear();
    if (isRunning())
        return true;

    const QString binary = findDovecot(m_options.dovecotBinary);
    if (binary.isEmpty())
        return fail(missingDovecotReason(m_options.dovecotBinary));
    if (m_options.startTimeoutMs <= 0)
        return fail(QStringLiteral("DovecotOptions::startTimeoutMs must be positive"));
    // A fixed port that is taken: say so at once. Dovecot would say it too, but only after
    // retrying for three seconds.
    for (const quint16 port : {m_options.pop3Port, m_options.pop3sPort}) {
        QTcpServer probe;
        if (port != 0 && !probe.listen(QHostAddress::LocalHost, port))
            return fail(QStringLiteral("cannot start Dovecot on 127.0.0.1:%1: the port is already "
                                       "in use by another process (%2)")
                            .arg(port)
                            .arg(probe.errorString()));
    }
    if (::geteuid() != 0
        && (::getpwuid(::geteuid()) == nullptr || ::getgrgid(::getegid()) == nullptr))
        return fail(QStringLiteral("uid %1 or gid %2 has no name in the passwd/group database; "
                                   "Dovecot needs names for its internal and login users")
                        .arg(::geteuid())
                        .arg(::getegid()));
    if (m_instanceDir.isEmpty() && !prepareInstance(binary)) {
        // Half made: start over next time.
        m_mailbox.reset();
        m_instanceHolder.reset();
        m_instanceDir.clear();
        m_instanceName.clear();
        return false;
    }

    const bool pickPorts = m_options.pop3Port == 0 || m_options.pop3sPort == 0;
    for (int attempt = 1; attempt <= kPortRaceAttempts; ++attempt) {
        m_pop3Port = m_options.pop3Port;
        m_pop3sPort = m_options.pop3sPort;
        if (pickPorts) {
            // Both servers stay open until both ports are known, so the two differ. Another
            // process may still take one before Dovecot binds: then we retry.
            QTcpServer first;
            QTcpServer second;
            if (!first.listen(QHostAddress::LocalHost) || !second.listen(QHostAddress::LocalHost))
                return fail(QStringLiteral("cannot find a free port on 127.0.0.1: %1")
                                .arg(first.errorString() + second.errorString()));
            if (m_pop3Port == 0)
                m_pop3Port = first.serverPort();
            if (m_pop3sPort == 0)
                m_pop3sPort = second.serverPort();
        }
        if (!writeConfig()) {
            const QString path = configPath();
            stop();
            return fail(QStringLiteral("cannot write %1").arg(path));
        }
        bool portRace = false;
        if (launch(binary, &portRace))
            return true;
        const QString error = m_error;
        stop();
        m_error = error;
        if (!portRace || !pickPorts)
            return false;
    }
    return false;
}

bool DovecotFixture::launch(const QString &binary, bool *portRace)
{
    m_processOutput.clear();
    QFile::remove(logPath());
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setProgram(binary);
    // -F: the master stays in the foreground as our child, so its pid is known and it dies
    // with us; nothing is left to find later.
    m_process->setArguments({QStringLiteral("-F"), QStringLiteral("-c"), configPath()});
    startAsGroupLeader(*m_process);
    if (!m_process->waitForStarted(kProcessTimeoutMs))
        return fail(QStringLiteral("cannot run %1: %2").arg(binary, m_process->errorString()));
    m_processGroup = m_process->processId();
    return waitUntilReady(portRace);
}

bool DovecotFixture::waitUntilReady(bool *portRace)
{
    static const QRegularExpression bindFailure(
        QStringLiteral(R"((?:bind|listen)\(([^,]+), (\d+)\) failed: Address already in use)"));

    QElapsedTimer timer;
    timer.start();
    while (true) {
        m_processOutput += m_process->readAll();
        const bool exited = m_process->state() == QProcess::NotRunning;
        const QString said = QString::fromLocal8Bit(m_processOutput) + u'\n' + readLog();
        // A Fatal while starting means it will not serve: the master exits, or (for a login
        // or anvil process) keeps restarting it with growing pauses. Either way, stop now.
        if (exited || said.contains(u" Fatal: ") || said.startsWith(u"Fatal: ")
            || said.contains(u"\nFatal: ") || said.contains(u"command startup failed")) {
            m_process->waitForFinished(200);
            m_processOutput += m_process->readAll();
            const QString tail = logTail();
            const QRegularExpressionMatch busy = bindFailure.match(said);
            if (busy.hasMatch()) {
                *portRace = true;
                return fail(QStringLiteral("Dovecot cannot listen on %1:%2: the port is already "
                                           "in use by another process\n%3")
                                .arg(busy.captured(1), busy.captured(2), tail));
            }
            QString hint;
            if (said.contains(u"pop3") && said.contains(u"No such file or directory"))
                hint = QStringLiteral(" (is the Debian package dovecot-pop3d installed?)");
            return fail(QStringLiteral("Dovecot %1 during startup%2; config %3\n%4")
                            .arg(exited ? QStringLiteral("exited") : QStringLiteral("failed"), hint,
                                 configPath(), tail));
        }
        if (greets(m_pop3Port, false) && greets(m_pop3sPort, true))
            return true;
        if (timer.elapsed() > m_options.startTimeoutMs)
            return fail(QStringLiteral("Dovecot did not greet on 127.0.0.1:%1 and :%2 within %3 s; "
                                       "config %4\n%5")
                            .arg(m_pop3Port)
                            .arg(m_pop3sPort)
                            .arg(m_options.startTimeoutMs / 1000.0)
                            .arg(configPath(), logTail()));
        // Sleeps, but returns at once if the master exits.
        m_process->waitForFinished(50);
    }
}

bool DovecotFixture::greets(quint16 port, bool implicitTls) const
{
    return pop3Greets(host(), port, implicitTls, m_certificate.certificate());
}

void DovecotFixture::killRemaining()
{
    if (m_instanceName.isEmpty() && m_processGroup <= 0)
        return;
    // Once the master is gone its children notice and exit by themselves; give them a moment
    // (the log process writes the last lines), then kill whatever is left.
    QElapsedTimer timer;
    timer.start();
    bool killed = false;
    while (true) {
        const QList<qint64> left = instanceProcesses();
        if (left.isEmpty())
            return;
        if (!killed && timer.elapsed() > kLeftoverGraceMs) {
            for (const qint64 pid : left)
                ::kill(static_cast<pid_t>(pid), SIGKILL);
            killed = true;
        } else if (timer.elapsed() > 2 * kLeftoverGraceMs + 1000) {
            return; // unkillable (uninterruptible sleep): nothing more we can do
        }
        QThread::msleep(20);
    }
}

void DovecotFixture::stop()
{
    if (m_process) {
        if (m_process->state() != QProcess::NotRunning) {
            stopProcessGroup(*m_process, m_processGroup, kProcessTimeoutMs);
        }
        m_processOutput += m_process->readAll();
        m_process.reset();
    }
    killRemaining();
    // The group is empty now and its number free for reuse: never signal it again.
    m_processGroup = 0;
}

} // namespace satchel::test

#include "Peers.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

namespace satchel::bench {

namespace {

// mpop and fetchmail refuse a configuration file that others may read.
bool writePrivateFile(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return file.write(text.toUtf8()) >= 0;
}

QString makeMaildir(const QString &stateDir)
{
    const QString maildir = stateDir + QStringLiteral("/Maildir");
    for (const char *sub : {"cur", "new", "tmp"})
        if (!QDir().mkpath(maildir + u'/' + QLatin1String(sub)))
            return QString();
    return maildir;
}

qint64 countMaildir(const QString &maildir)
{
    return QDir(maildir + QStringLiteral("/new")).entryList(QDir::Files).size()
        + QDir(maildir + QStringLiteral("/cur")).entryList(QDir::Files).size();
}

} // namespace

QString writeCaFile(const QString &dir, const QByteArray &pem)
{
    QFile file(dir + QStringLiteral("/ca.pem"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(pem) != pem.size())
        return QString();
    return file.fileName();
}

QString PeerClient::lastError() const
{
    QFile file(errorFile());
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    return QString::fromUtf8(lines.constLast()).trimmed();
}

QString SatchelClient::prepare(const PopServer &server, const QString &stateDir)
{
    m_stateDir = stateDir;
    m_profile = stateDir + QStringLiteral("/profile");
    m_password = server.password.toUtf8() + '\n';
    const ChildRun add = runChild(
        {m_binary, QStringLiteral("--profile"), m_profile, QStringLiteral("account"),
         QStringLiteral("add"), QStringLiteral("bench"), QStringLiteral("--host"), server.host,
         QStringLiteral("--port"), QString::number(server.port), QStringLiteral("--security"),
         QStringLiteral("tls"), QStringLiteral("--user"), server.user, QStringLiteral("--ca-file"),
         server.caFile, QStringLiteral("--leave-on-server"), QStringLiteral("forever")},
        {QStringLiteral("SATCHEL_NO_KEYCHAIN=1")});
    if (add.exitCode != 0)
        return QStringLiteral("satchel account add exited with %1").arg(add.exitCode);
    return QString();
}

ChildRun SatchelClient::fetch()
{
    return runChild({m_binary, QStringLiteral("--profile"), m_profile, QStringLiteral("fetch"),
                     QStringLiteral("--password-stdin")},
                    {QStringLiteral("SATCHEL_NO_KEYCHAIN=1")}, {}, m_password, errorFile());
}

qint64 SatchelClient::delivered() const
{
    // `check` counts the archive and proves it sound; its sentence in English, whatever the
    // machine's language.
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("check.txt"));
    const ChildRun run = runChild({m_binary, QStringLiteral("--language"), QStringLiteral("en"),
                                   QStringLiteral("--profile"), m_profile, QStringLiteral("check")},
                                  {}, out);
    QFile file(out);
    if (run.exitCode != 0 || !file.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("(\\d+) messages"))
                                          .match(QString::fromUtf8(file.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

QString MpopClient::prepare(const PopServer &server, const QString &stateDir)
{
    m_stateDir = stateDir;
    m_binary = QStandardPaths::findExecutable(QStringLiteral("mpop"));
    if (m_binary.isEmpty())
        return QStringLiteral("mpop is not installed (Debian package mpop)");
    m_maildir = makeMaildir(stateDir);
    m_rc = stateDir + QStringLiteral("/mpoprc");
    m_password = server.password.toUtf8() + '\n';
    QString rc;
    QTextStream(&rc) << "defaults\n"
                     << "account bench\n"
                     << "host " << server.host << "\n"
                     << "port " << server.port << "\n"
                     << "tls on\ntls_starttls off\n"
                     << "tls_trust_file " << server.caFile << "\n"
                     << "user " << server.user << "\n"
                     << "passwordeval cat\n"
                     << "keep on\n"
                     << "uidls_file " << stateDir << "/uidls\n"
                     << "delivery maildir " << m_maildir << "\n";
    if (m_maildir.isEmpty() || !writePrivateFile(m_rc, rc))
        return QStringLiteral("cannot write mpop's files in %1").arg(stateDir);
    return QString();
}

ChildRun MpopClient::fetch()
{
    return runChild(
        {m_binary, QStringLiteral("-C"), m_rc, QStringLiteral("--quiet"), QStringLiteral("bench")},
        {}, {}, m_password);
}

qint64 MpopClient::delivered() const
{
    return countMaildir(m_maildir);
}

QString FetchmailClient::prepare(const PopServer &server, const QString &stateDir)
{
    m_stateDir = stateDir;
    m_binary = QStandardPaths::findExecutable(QStringLiteral("fetchmail"));
    const QString procmail = QStandardPaths::findExecutable(QStringLiteral("procmail"));
    if (m_binary.isEmpty())
        return QStringLiteral("fetchmail is not installed (Debian package fetchmail)");
    if (procmail.isEmpty())
        return QStringLiteral("procmail, its delivery agent here, is not installed (Debian "
                              "package procmail)");
    m_maildir = makeMaildir(stateDir);
    m_home = stateDir;
    m_rc = stateDir + QStringLiteral("/fetchmailrc");
    const QString procmailrc = stateDir + QStringLiteral("/procmailrc");
    // One recipe: everything into the maildir (a trailing slash means maildir to procmail).
    QString recipe;
    QTextStream(&recipe) << ":0\n" << m_maildir << "/\n";
    // The password in the run control file is fetchmail's own way; the file is the owner's only
    // and lives in a temporary folder of the benchmark.
    QString rc;
    QTextStream(&rc) << "set no bouncemail\n"
                     << "poll " << server.certificateName << " service " << server.port
                     << " protocol pop3 uidl\n"
                     << "  user \"" << server.user << "\" password \"" << server.password << "\"\n"
                     << "  ssl sslcertck sslcertfile \"" << server.caFile << "\"\n"
                     << "  keep\n"
                     << "  mda \"" << procmail << " -m " << procmailrc << "\"\n";
    if (m_maildir.isEmpty() || !writePrivateFile(m_rc, rc) || !writePrivateFile(procmailrc, recipe))
        return QStringLiteral("cannot write fetchmail's files in %1").arg(stateDir);
    return QString();
}

ChildRun FetchmailClient::fetch()
{
    // Exit 1 is fetchmail's "no new mail", a success here.
    ChildRun run
        = runChild({m_binary, QStringLiteral("-f"), m_rc, QStringLiteral("--idfile"),
                    m_home + QStringLiteral("/fetchids"), QStringLiteral("--nodetach"),
                    QStringLiteral("--nosyslog"), QStringLiteral("--silent")},
                   {QStringLiteral("FETCHMAILHOME=") + m_home, QStringLiteral("HOME=") + m_home},
                   errorFile() + QStringLiteral(".out"), {}, errorFile());
    if (run.exitCode == 1)
        run.exitCode = 0;
    return run;
}

qint64 FetchmailClient::delivered() const
{
    return countMaildir(m_maildir);
}

} // namespace satchel::bench

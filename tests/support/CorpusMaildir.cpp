#include "CorpusMaildir.h"

#include "TestPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace satchel::test {

namespace {

// The timestamp part of the names we write: a real one (2001-09-09) keeps the names looking like
// any other maildir's, and adding the sequence number makes Dovecot's first sort key decide.
constexpr qint64 kBaseTimestamp = 1000000000;

// Every tar run is bounded: a corrupt archive or a stuck pipe must end the test, not hang it.
constexpr int kTarTimeoutMs = 120000;

const QRegularExpression &ourFileName()
{
    static const QRegularExpression re(QStringLiteral(R"(^\d+\.Q(\d+)\.satchel(:2,.*)?$)"));
    return re;
}

bool isCorpusNote(const QString &fileName)
{
    return fileName.startsWith(QLatin1Char('.')) || fileName == u"SOURCE.txt"
        || fileName.startsWith(u"README") || fileName.startsWith(u"LICENSE")
        || fileName.startsWith(u"COPYING");
}

bool matchesAny(const QString &fileName, const QStringList &wildcards)
{
    if (wildcards.isEmpty())
        return true;
    return std::any_of(wildcards.cbegin(), wildcards.cend(), [&](const QString &wildcard) {
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(wildcard));
        return re.match(fileName).hasMatch();
    });
}

QString processOutput(QProcess &process)
{
    return QString::fromLocal8Bit(process.readAllStandardError() + process.readAllStandardOutput())
        .trimmed()
        .right(2000);
}

// Leading decimal digits of `s` from `pos`, moving `pos` past them.
qint64 leadingNumber(QStringView s, qsizetype &pos)
{
    qint64 value = 0;
    while (pos < s.size() && s[pos].isDigit() && s[pos].unicode() < 128) {
        value = value * 10 + (s[pos].unicode() - u'0');
        ++pos;
    }
    return value;
}

// The microseconds of a name like "123.M456P7Q8.host": the digits after an 'M' in the part
// between the first and second dot, as Dovecot reads them.
bool microseconds(QStringView rest, qint64 &usecs)
{
    if (rest.isEmpty() || rest[0] != u'.')
        return false;
    qsizetype pos = 1;
    while (pos < rest.size() && rest[pos] != u'.' && rest[pos] != u':') {
        if (rest[pos++] == u'M') {
            usecs = leadingNumber(rest, pos);
            return true;
        }
    }
    return false;
}

QStringView baseName(QStringView name)
{
    const qsizetype colon = name.indexOf(u':');
    return colon < 0 ? name : name.left(colon);
}

} // namespace

CorpusMaildir::CorpusMaildir(const QString &maildir)
    : m_maildir(QDir(maildir).absolutePath())
{
    const QDir dir(m_maildir);
    for (const QString &sub :
         {QStringLiteral("cur"), QStringLiteral("new"), QStringLiteral("tmp")}) {
        if (!dir.mkpath(sub)) {
            m_error = QStringLiteral("cannot create %1").arg(dir.filePath(sub));
            return;
        }
    }
    m_valid = true;
    // Continue the sequence of files an earlier CorpusMaildir left, so POP3 order stays write
    // order across objects.
    const QStringList existing = QDir(dir.filePath(QStringLiteral("cur"))).entryList(QDir::Files);
    for (const QString &name : existing) {
        const QRegularExpressionMatch match = ourFileName().match(name);
        if (match.hasMatch())
            m_nextSequence = std::max(m_nextSequence, match.captured(1).toLongLong() + 1);
    }
}

void CorpusMaildir::setOwner(uint uid, uint gid)
{
    m_chown = true;
    m_uid = uid;
    m_gid = gid;
}

bool CorpusMaildir::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool CorpusMaildir::checkValid()
{
    return m_valid || fail(QStringLiteral("%1 is not a usable maildir").arg(m_maildir));
}

bool CorpusMaildir::add(const QByteArray &raw, const QString &origin)
{
    if (!checkValid())
        return false;
    // Another CorpusMaildir may have written here since we scanned cur/: skip its names.
    QString name;
    QString curPath;
    do {
        const qint64 sequence = m_nextSequence++;
        name = QStringLiteral("%1.Q%2.satchel").arg(kBaseTimestamp + sequence).arg(sequence);
        curPath = m_maildir + u"/cur/" + name + u":2,";
    } while (QFileInfo::exists(curPath));
    const QString tmpPath = m_maildir + u"/tmp/" + name;

    QFile file(tmpPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(QStringLiteral("cannot create %1: %2").arg(tmpPath, file.errorString()));
    if (file.write(raw) != raw.size() || !file.flush()) {
        file.remove();
        return fail(QStringLiteral("cannot write %1: %2").arg(tmpPath, file.errorString()));
    }
    file.close();
    if (m_chown) {
        const QByteArray encoded = QFile::encodeName(tmpPath);
        if (::chown(encoded.constData(), static_cast<uid_t>(m_uid), static_cast<gid_t>(m_gid))
            != 0) {
            QFile::remove(tmpPath);
            return fail(QStringLiteral("cannot give %1 to uid %2: %3")
                            .arg(tmpPath)
                            .arg(m_uid)
                            .arg(QString::fromLocal8Bit(::strerror(errno))));
        }
    }
    if (!QFile::rename(tmpPath, curPath)) {
        QFile::remove(tmpPath);
        return fail(QStringLiteral("cannot move %1 into cur/").arg(tmpPath));
    }
    m_messages.append(MaildirMessage {curPath, raw, origin.isEmpty() ? curPath : origin});
    return true;
}

bool CorpusMaildir::addSynthetic(int count)
{
    const QList<QByteArray> generated = syntheticMessages(count, m_syntheticCount + 1);
    for (const QByteArray &message : generated) {
        if (!add(message, QStringLiteral("synthetic %1").arg(++m_syntheticCount)))
            return false;
    }
    return true;
}

bool CorpusMaildir::addFromFolder(const QString &folder, const QStringList &nameFilters, int limit)
{
    if (!checkValid())
        return false;
    if (!QFileInfo(folder).isDir())
        return fail(QStringLiteral("no such folder: %1").arg(folder));

    // QDirIterator yields directory order, which differs between file systems; sorting makes
    // "the first 20" the same everywhere.
    QStringList files;
    QDirIterator it(folder, nameFilters, QDir::Files | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!isCorpusNote(it.fileName()))
            files.append(path);
    }
    std::sort(files.begin(), files.end());
    if (limit >= 0 && files.size() > limit)
        files.resize(limit);

    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        if (!add(file.readAll(), path))
            return false;
    }
    return true;
}

bool CorpusMaildir::addVolumeCorpus(int limit, QString *source)
{
    const QString corpus = corpusDir();
    if (corpus.isEmpty()) {
        *source
            = QStringLiteral("generated mail (%1)").arg(QString::fromLatin1(corpusMissingReason()));
        return addSynthetic(limit > 0 ? limit : 10000);
    }
    *source = QStringLiteral("../shared/corpus/volume");
    for (const char *name :
         {"spamassassin-public-corpus.tar.gz", "enron-subset-graphanalytics.tar.gz"}) {
        const int left = limit < 0 ? -1 : limit - int(m_messages.size());
        if (left == 0)
            break;
        if (!addFromTarball(corpus + QStringLiteral("/volume/") + QLatin1String(name), left))
            return false;
    }
    return true;
}

bool CorpusMaildir::addFromTarball(const QString &tarball, int limit,
                                   const QStringList &nameFilters)
{
    if (!checkValid())
        return false;
    if (!QFileInfo(tarball).isFile())
        return fail(QStringLiteral("no such tarball: %1").arg(tarball));
    const QString tar = QStandardPaths::findExecutable(QStringLiteral("tar"));
    if (tar.isEmpty())
        return fail(QStringLiteral("cannot unpack %1: the 'tar' command is not installed (Debian "
                                   "package: tar)")
                        .arg(tarball));

    // List first, then extract only the members we take: writing 50 files instead of 13,000
    // matters more than reading the compressed archive twice. GNU tar detects the compression.
    QProcess list;
    list.start(tar, {QStringLiteral("-tf"), tarball});
    if (!list.waitForFinished(kTarTimeoutMs) || list.exitStatus() != QProcess::NormalExit
        || list.exitCode() != 0) {
        list.kill();
        list.waitForFinished(1000);
        return fail(QStringLiteral("tar cannot list %1: %2").arg(tarball, processOutput(list)));
    }
    QStringList members;
    const QList<QByteArray> lines = list.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty() || line.endsWith('/'))
            continue;
        const QString member = QFile::decodeName(line);
        const QString fileName = member.section(QLatin1Char('/'), -1);
        if (isCorpusNote(fileName) || !matchesAny(fileName, nameFilters))
            continue;
        members.append(member);
        if (limit >= 0 && members.size() >= limit)
            break;
    }
    if (members.isEmpty())
        return true;

    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(
            QStringLiteral("cannot make a temporary folder: %1").arg(scratch.errorString()));
    const QString listPath = scratch.filePath(QStringLiteral("members.txt"));
    const QString into = scratch.filePath(QStringLiteral("x"));
    QFile listFile(listPath);
    if (!listFile.open(QIODevice::WriteOnly) || !QDir().mkpath(into))
        return fail(QStringLiteral("cannot write %1").arg(listPath));
    for (const QString &member : std::as_const(members))
        listFile.write(QFile::encodeName(member) + '\n');
    listFile.close();

    QProcess extract;
    extract.start(tar,
                  {QStringLiteral("-xf"), tarball, QStringLiteral("-C"), into,
                   QStringLiteral("--no-recursion"), QStringLiteral("--verbatim-files-from"),
                   QStringLiteral("--files-from"), listPath});
    if (!extract.waitForFinished(kTarTimeoutMs) || extract.exitStatus() != QProcess::NormalExit
        || extract.exitCode() != 0) {
        extract.kill();
        extract.waitForFinished(1000);
        return fail(
            QStringLiteral("tar cannot unpack %1: %2").arg(tarball, processOutput(extract)));
    }

    for (const QString &member : std::as_const(members)) {
        QFile file(into + u'/' + member);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("tar did not unpack %1 from %2").arg(member, tarball));
        if (!add(file.readAll(), tarball + u':' + member))
            return false;
    }
    return true;
}

QList<QByteArray> CorpusMaildir::syntheticMessages(int count, int first)
{
    QList<QByteArray> result;
    result.reserve(std::max(count, 0));
    for (int i = first; i < first + count; ++i) {
        const QByteArray n = QByteArray::number(i);
        // Minutes and seconds vary so the Date headers differ as well as the ids.
        const QByteArray date
            = "Mon, 02 Jan 2023 10:" + QByteArray::number(i / 60 % 60).rightJustified(2, '0') + ':'
            + QByteArray::number(i % 60).rightJustified(2, '0') + " +0000";
        QByteArray m;
        m += "From: Synthetic Sender <sender" + n + "@satchel.test>\n";
        m += "To: Satchel Tester <tester@satchel.test>\n";
        m += "Subject: Synthetic message " + n + "\n";
        m += "Date: " + date + "\n";
        m += "Message-ID: <synthetic-" + n + "@satchel.test>\n";
        m += "MIME-Version: 1.0\n";
        if (i % 5 == 0) {
            m += "Content-Type: text/plain; charset=utf-8\n";
            m += "Content-Transfer-Encoding: 8bit\n";
        } else {
            m += "Content-Type: text/plain; charset=us-ascii\n";
        }
        m += "\n";
        m += "This is synthetic message number " + n + ".\n";
        if (i % 3 == 0) {
            // Lines a POP3 server must dot-stuff, including one that is only a dot.
            m += ".hidden line " + n + "\n";
            m += ".\n";
        }
        if (i % 5 == 0)
            m += "Gr\xc3\xbc\xc3\x9f"
                 "e aus K\xc3\xb6ln, "
                + n + ".\n";
        m += "The end.\n";
        // Some messages are stored with CRLF already, as a client that saved wire bytes would.
        if (i % 4 == 0)
            m.replace("\n", "\r\n");
        result.append(m);
    }
    return result;
}

QByteArray CorpusMaildir::expectedRetrWire(const QByteArray &stored)
{
    QByteArray wire;
    wire.reserve(stored.size() + stored.size() / 20 + 8);
    char last = '\0';
    for (const char c : stored) {
        if (c == '\n' && last != '\r')
            wire += '\r';
        else if (c == '.' && last == '\n')
            wire += '.';
        wire += c;
        last = c;
    }
    if (last != '\n')
        wire += "\r\n";
    wire += ".\r\n";
    return wire;
}

QByteArray CorpusMaildir::expectedRetrContent(const QByteArray &stored)
{
    QByteArray wire = expectedRetrWire(stored);
    wire.chop(3);
    QByteArray content;
    content.reserve(wire.size());
    bool lineStart = true;
    for (const char c : std::as_const(wire)) {
        if (!(lineStart && c == '.'))
            content += c;
        lineStart = c == '\n';
    }
    return content;
}

qint64 CorpusMaildir::expectedPop3Size(const QByteArray &stored)
{
    qint64 size = stored.size();
    for (qsizetype i = 0; i < stored.size(); ++i) {
        if (stored.at(i) == '\n' && (i == 0 || stored.at(i - 1) != '\r'))
            ++size;
    }
    return size;
}

bool CorpusMaildir::dovecotOrdersBefore(const QString &a, const QString &b)
{
    qsizetype pa = 0;
    qsizetype pb = 0;
    const qint64 secondsA = leadingNumber(a, pa);
    const qint64 secondsB = leadingNumber(b, pb);
    if (secondsA != secondsB)
        return secondsA < secondsB;
    const QStringView restA = QStringView(a).mid(pa);
    const QStringView restB = QStringView(b).mid(pb);
    qint64 usecsA = 0;
    qint64 usecsB = 0;
    if (microseconds(restA, usecsA) && microseconds(restB, usecsB) && usecsA != usecsB)
        return usecsA < usecsB;
    // Dovecot compares bytes; the names here are ASCII, where that is the same as UTF-16 order.
    return baseName(restA).compare(baseName(restB)) < 0;
}

} // namespace satchel::test

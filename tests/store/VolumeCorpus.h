#pragma once

#include "TestPaths.h"

#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace satchel::test {

// The two volume corpora (corpus/volume/*.tar.gz), one file per message. Empty when the corpus
// is absent.
inline QStringList volumeArchives()
{
    const QString dir = corpusDir();
    if (dir.isEmpty())
        return {};
    QStringList archives;
    const QDir volume(dir + QStringLiteral("/volume"));
    for (const QString &name :
         volume.entryList({QStringLiteral("*.tar.gz")}, QDir::Files, QDir::Name))
        archives.append(volume.filePath(name));
    return archives;
}

// Unpacks a .tar.gz into `into` with tar(1); an error text, or empty on success.
inline QString unpack(const QString &archive, const QString &into)
{
    QDir().mkpath(into);
    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("-xzf"), archive, QStringLiteral("-C"), into});
    if (!tar.waitForFinished(300000) || tar.exitStatus() != QProcess::NormalExit
        || tar.exitCode() != 0)
        return QStringLiteral("tar -xzf %1 failed: %2")
            .arg(archive, QString::fromLocal8Bit(tar.readAllStandardError()));
    return {};
}

} // namespace satchel::test

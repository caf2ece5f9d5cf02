#include "io/Exporter.h"

#include "io/MboxWriter.h"

#include <QDir>
#include <QFile>

namespace satchel::io {

Result<int> exportMbox(store::Archive &archive, const QList<qint64> &ids, const QString &path)
{
    MboxWriter writer;
    if (Status s = writer.open(path); !s)
        return s.error();
    int written = 0;
    for (const qint64 id : ids) {
        Result<store::MessageRow> row = archive.message(id);
        if (!row)
            return row.error();
        Result<QByteArray> raw = archive.rawMessage(id);
        if (!raw)
            return raw.error();
        if (Status s = writer.write(*raw, row->senderAddress, row->date); !s)
            return s.error();
        ++written;
    }
    if (Status s = writer.close(); !s)
        return s.error();
    return written;
}

Result<int> exportEml(store::Archive &archive, const QList<qint64> &ids, const QString &folder)
{
    if (!QDir().mkpath(folder))
        return Error {Error::Code::Io, QStringLiteral("Cannot create the folder %1").arg(folder)};
    const QDir dir(folder);
    int written = 0;
    for (const qint64 id : ids) {
        Result<QByteArray> raw = archive.rawMessage(id);
        if (!raw)
            return raw.error();
        QFile file(dir.filePath(QStringLiteral("%1.eml").arg(id, 6, 10, QLatin1Char('0'))));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(*raw) != raw->size() || !file.flush())
            return Error {Error::Code::Io, file.fileName() + u": " + file.errorString()};
        ++written;
    }
    return written;
}

} // namespace satchel::io

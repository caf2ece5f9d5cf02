#include "SearchOutput.h"

#include "PlainSearch.h"

#include <QDateTime>

#include <cstdio>

namespace satchel::app {

QString isoDate(qint64 msSinceEpoch, int offsetSeconds)
{
    std::string text;
    if (appendIsoDate(text, msSinceEpoch, offsetSeconds))
        return QString::fromLatin1(text.data(), qsizetype(text.size()));
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::OffsetFromUTC, offsetSeconds)
        .toString(Qt::ISODate); // Qt's own form for the odd years
}

QJsonArray flagsJson(int flags)
{
    QJsonArray array;
    if (flags & 0x1)
        array.append(QStringLiteral("read"));
    if (flags & 0x2)
        array.append(QStringLiteral("flagged"));
    if (flags & 0x4)
        array.append(QStringLiteral("answered"));
    return array;
}

QJsonObject messageJsonObject(const MessageJsonFields &f)
{
    return QJsonObject {
        {QStringLiteral("id"), double(f.id)},
        {QStringLiteral("message_id"), f.messageId},
        {QStringLiteral("subject"), f.subject},
        {QStringLiteral("from"), f.from},
        {QStringLiteral("to"), f.to},
        {QStringLiteral("cc"), f.cc},
        {QStringLiteral("date"), f.date},
        {QStringLiteral("folder"), f.folder},
        {QStringLiteral("account"), f.account},
        {QStringLiteral("flags"), flagsJson(f.flags)},
        {QStringLiteral("size"), double(f.size)},
        {QStringLiteral("has_html"), f.hasHtml},
        {QStringLiteral("attachments"), f.attachments},
    };
}

bool writeStdout(const QByteArray &bytes)
{
    if (!bytes.isEmpty()
        && std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size()))
        return false;
    return std::fflush(stdout) == 0;
}

} // namespace satchel::app

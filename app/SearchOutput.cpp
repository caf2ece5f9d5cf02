#include "SearchOutput.h"

#include <QDateTime>

#include <cstdio>
#include <cstdlib>

namespace satchel::app {

namespace {

// Writes `value` with at least `width` digits at `at`; returns the end.
char *writeDigits(char *at, qint64 value, int width)
{
    char buffer[24];
    int n = 0;
    do {
        buffer[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0 && n < 20);
    for (int i = n; i < width; ++i)
        *at++ = '0';
    while (n > 0)
        *at++ = buffer[--n];
    return at;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

void appendIsoDate(QByteArray &out, qint64 msSinceEpoch, int offsetSeconds)
{
    const qint64 local = floorDiv(msSinceEpoch, 1000) + offsetSeconds;
    const qint64 days = floorDiv(local, 86400);
    const qint64 secondOfDay = local - days * 86400;
    // Days since 1970-01-01 to a civil date (the proleptic Gregorian calendar QDate uses).
    const qint64 z = days + 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1000 || year > 9999) { // Qt's own form for the odd years
        out += QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::OffsetFromUTC, offsetSeconds)
                   .toString(Qt::ISODate)
                   .toUtf8();
        return;
    }
    char text[32];
    char *at = writeDigits(text, year, 4);
    *at++ = '-';
    at = writeDigits(at, month, 2);
    *at++ = '-';
    at = writeDigits(at, day, 2);
    *at++ = 'T';
    at = writeDigits(at, secondOfDay / 3600, 2);
    *at++ = ':';
    at = writeDigits(at, secondOfDay / 60 % 60, 2);
    *at++ = ':';
    at = writeDigits(at, secondOfDay % 60, 2);
    if (offsetSeconds == 0) { // Qt makes an offset of 0 UTC, written "Z"
        *at++ = 'Z';
    } else {
        const int magnitude = std::abs(offsetSeconds);
        *at++ = offsetSeconds > 0 ? '+' : '-';
        at = writeDigits(at, magnitude / 3600, 2);
        *at++ = ':';
        at = writeDigits(at, magnitude / 60 % 60, 2);
    }
    out.append(text, at - text);
}

void appendSearchLine(QByteArray &out, qint64 id, qint64 dateMs, int dateOffset,
                      QByteArrayView senderName, QByteArrayView senderAddress,
                      QByteArrayView subject)
{
    char number[24];
    char *at = writeDigits(number, id, 1);
    *at++ = '\t';
    out.append(number, at - number);
    appendIsoDate(out, dateMs, dateOffset);
    out.append('\t');
    out.append(senderName.isEmpty() ? senderAddress : senderName);
    out.append('\t');
    out.append(subject);
    out.append('\n');
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

#include "mime/UuEncoded.h"

#include <QByteArrayView>
#include <QHash>

namespace satchel::mime::detail {

namespace {

int uuValue(char c)
{
    return (uchar(c) - 32) & 63; // '`' stands for 0 as ' ' does
}

bool isUuChar(char c)
{
    return uchar(c) >= 32 && uchar(c) <= 96;
}

// One encoded line appended to `out`; false when the line is not uuencode.
bool decodeLine(QByteArrayView line, QByteArray &out)
{
    if (line.isEmpty() || !isUuChar(line.at(0)))
        return false;
    const int length = uuValue(line.at(0));
    const qsizetype needed = 1 + (qsizetype(length) + 2) / 3 * 4;
    if (line.size() < needed)
        return false;
    for (qsizetype i = 1; i < needed; ++i) {
        if (!isUuChar(line.at(i)))
            return false;
    }
    int written = 0;
    for (qsizetype i = 1; written < length; i += 4) {
        const int a = uuValue(line.at(i)), b = uuValue(line.at(i + 1)), c = uuValue(line.at(i + 2)),
                  d = uuValue(line.at(i + 3));
        const char bytes[3]
            = {char(a << 2 | b >> 4), char((b & 15) << 4 | c >> 2), char((c & 3) << 6 | d)};
        for (int k = 0; k < 3 && written < length; ++k, ++written)
            out.append(bytes[k]);
    }
    return true;
}

// "begin 644 name": the name, or empty when the line is not a begin line.
QString beginName(QByteArrayView line)
{
    if (!line.startsWith("begin "))
        return {};
    qsizetype i = 6;
    qsizetype digits = 0;
    while (i < line.size() && line.at(i) >= '0' && line.at(i) <= '7') {
        ++i;
        ++digits;
    }
    if (digits < 3 || digits > 4 || i >= line.size() || line.at(i) != ' ')
        return {};
    return QString::fromUtf8(line.sliced(i + 1)).trimmed();
}

QByteArrayView withoutLineEnd(QByteArrayView line)
{
    while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
        line.chop(1);
    return line;
}

} // namespace

QList<UuFile> takeUuencodedFiles(QByteArray &text)
{
    QList<UuFile> files;
    if (!text.contains("begin "))
        return files;
    QByteArray kept;
    qsizetype pos = 0;
    const qsizetype n = text.size();
    auto lineAt = [&text, n](qsizetype at) {
        qsizetype end = text.indexOf('\n', at);
        end = end < 0 ? n : end + 1;
        return QByteArrayView(text.constData() + at, end - at);
    };
    while (pos < n) {
        const QByteArrayView line = lineAt(pos);
        const QString name = beginName(withoutLineEnd(line));
        if (name.isEmpty()) {
            kept.append(line);
            pos += line.size();
            continue;
        }
        // Decode up to "end"; a line that is not uuencode first means this was no file.
        UuFile file;
        file.filename = name;
        qsizetype at = pos + line.size();
        bool ended = false, valid = true, zeroLine = false;
        int lines = 0; // "begin 2024 with a plan" then "end" is prose, not an empty file
        while (at < n) {
            const QByteArrayView next = lineAt(at);
            at += next.size();
            const QByteArrayView body = withoutLineEnd(next);
            if (body == "end") {
                ended = true;
                break;
            }
            if (zeroLine || !decodeLine(body, file.data)) {
                valid = false;
                break;
            }
            zeroLine = uuValue(body.at(0)) == 0; // only "end" may follow the empty line
            ++lines;
        }
        if (!ended || !valid || lines == 0) {
            kept.append(line);
            pos += line.size();
            continue;
        }
        files.append(std::move(file));
        pos = at;
    }
    text = kept;
    return files;
}

QString contentTypeForFileName(const QString &filename)
{
    static const QHash<QString, QString> types = {
        {QStringLiteral("txt"), QStringLiteral("text/plain")},
        {QStringLiteral("htm"), QStringLiteral("text/html")},
        {QStringLiteral("html"), QStringLiteral("text/html")},
        {QStringLiteral("csv"), QStringLiteral("text/csv")},
        {QStringLiteral("pdf"), QStringLiteral("application/pdf")},
        {QStringLiteral("ps"), QStringLiteral("application/postscript")},
        {QStringLiteral("zip"), QStringLiteral("application/zip")},
        {QStringLiteral("gz"), QStringLiteral("application/gzip")},
        {QStringLiteral("tgz"), QStringLiteral("application/gzip")},
        {QStringLiteral("tar"), QStringLiteral("application/x-tar")},
        {QStringLiteral("doc"), QStringLiteral("application/msword")},
        {QStringLiteral("xls"), QStringLiteral("application/vnd.ms-excel")},
        {QStringLiteral("ppt"), QStringLiteral("application/vnd.ms-powerpoint")},
        {QStringLiteral("rtf"), QStringLiteral("application/rtf")},
        {QStringLiteral("exe"), QStringLiteral("application/vnd.microsoft.portable-executable")},
        {QStringLiteral("jpg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("jpeg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("gif"), QStringLiteral("image/gif")},
        {QStringLiteral("png"), QStringLiteral("image/png")},
        {QStringLiteral("bmp"), QStringLiteral("image/bmp")},
        {QStringLiteral("tif"), QStringLiteral("image/tiff")},
        {QStringLiteral("tiff"), QStringLiteral("image/tiff")},
        {QStringLiteral("mp3"), QStringLiteral("audio/mpeg")},
        {QStringLiteral("wav"), QStringLiteral("audio/wav")},
        {QStringLiteral("mpg"), QStringLiteral("video/mpeg")},
        {QStringLiteral("mpeg"), QStringLiteral("video/mpeg")},
        {QStringLiteral("avi"), QStringLiteral("video/x-msvideo")},
    };
    const qsizetype dot = filename.lastIndexOf(u'.');
    if (dot < 0)
        return QStringLiteral("application/octet-stream");
    return types.value(filename.mid(dot + 1).toLower(), QStringLiteral("application/octet-stream"));
}

} // namespace satchel::mime::detail

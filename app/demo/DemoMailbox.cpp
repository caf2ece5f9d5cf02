#include "DemoMailbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace satchel::app {

namespace {

// The span of the top-level Date header's value in `raw` (CRLF line ends), or {-1, -1}.
std::pair<qsizetype, qsizetype> dateValueSpan(const QByteArray &raw)
{
    const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    const QByteArrayView header = QByteArrayView(raw).first(headerEnd < 0 ? raw.size() : headerEnd);
    for (qsizetype lineStart = 0; lineStart < header.size();) {
        qsizetype lineEnd = header.indexOf("\r\n", lineStart);
        if (lineEnd < 0)
            lineEnd = header.size();
        if (header.sliced(lineStart, lineEnd - lineStart)
                .toByteArray()
                .toLower()
                .startsWith("date:"))
            return {lineStart + 5, lineEnd};
        lineStart = lineEnd + 2;
    }
    return {-1, -1};
}

} // namespace

QString DemoMailbox::resourceDirectory()
{
    return QStringLiteral(":/demo/mail");
}

QByteArray DemoMailbox::toCrlf(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size() + text.size() / 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\n' && (i == 0 || text.at(i - 1) != '\r'))
            out += '\r';
        out += c;
    }
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

QDateTime DemoMailbox::dateOf(const QByteArray &raw)
{
    const auto [begin, end] = dateValueSpan(raw);
    if (begin < 0)
        return {};
    return QDateTime::fromString(QString::fromLatin1(raw.mid(begin, end - begin)).simplified(),
                                 Qt::RFC2822Date);
}

QList<DemoMessage> DemoMailbox::load(const QDateTime &now)
{
    QList<DemoMessage> messages;
    const QDir dir(resourceDirectory());
    const QStringList names = dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue; // cannot happen for a compiled-in resource
        messages.append({QFileInfo(name).completeBaseName().toLatin1(), toCrlf(file.readAll())});
    }
    if (!now.isValid())
        return messages;

    QDateTime newest;
    for (const DemoMessage &message : std::as_const(messages)) {
        const QDateTime date = dateOf(message.raw);
        if (date.isValid() && (!newest.isValid() || date > newest))
            newest = date;
    }
    if (!newest.isValid() || newest >= now)
        return messages;
    const qint64 shiftDays = newest.secsTo(now) / (24 * 3600);
    if (shiftDays == 0)
        return messages;
    for (DemoMessage &message : messages) {
        const QDateTime date = dateOf(message.raw);
        if (!date.isValid())
            continue;
        const auto [begin, end] = dateValueSpan(message.raw);
        const QByteArray moved = ' ' + date.addDays(shiftDays).toString(Qt::RFC2822Date).toLatin1();
        message.raw.replace(begin, end - begin, moved);
    }
    return messages;
}

} // namespace satchel::app

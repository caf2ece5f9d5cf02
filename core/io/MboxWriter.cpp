#include "io/MboxWriter.h"

#include <QLocale>

namespace satchel::io {

Status MboxWriter::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error {Error::Code::Io, path + u": " + m_file.errorString()};
    return {};
}

QByteArray MboxWriter::envelopeLine(const QString &senderAddress, const QDateTime &date)
{
    QByteArray sender = senderAddress.toUtf8();
    for (char &c : sender) {
        if (uchar(c) <= ' ')
            c = '_';
    }
    if (sender.isEmpty())
        sender = "MAILER-DAEMON";
    // asctime(3) in UTC, in English whatever the locale.
    const QDateTime utc = (date.isValid() ? date : QDateTime::fromSecsSinceEpoch(0)).toUTC();
    const QString when = QLocale::c().toString(utc, QStringLiteral("ddd MMM "))
        + QStringLiteral("%1 ").arg(utc.date().day(), 2, 10, QLatin1Char(' '))
        + QLocale::c().toString(utc, QStringLiteral("HH:mm:ss yyyy"));
    return "From " + sender + ' ' + when.toLatin1() + '\n';
}

Status MboxWriter::write(const QByteArray &raw, const QString &senderAddress, const QDateTime &date)
{
    QByteArray out = envelopeLine(senderAddress, date);
    out.reserve(out.size() + raw.size() + raw.size() / 50 + 2);
    qsizetype start = 0;
    while (start < raw.size()) {
        qsizetype end = raw.indexOf('\n', start);
        end = end < 0 ? raw.size() : end + 1;
        qsizetype i = start;
        while (i < end && raw.at(i) == '>')
            ++i;
        if (end - i >= 5 && raw.mid(i, 5) == "From ")
            out += '>';
        out.append(raw.constData() + start, end - start);
        start = end;
    }
    if (!out.endsWith('\n'))
        out += '\n';
    out += '\n';
    if (m_file.write(out) != out.size())
        return Error {Error::Code::Io, m_file.fileName() + u": " + m_file.errorString()};
    return {};
}

Status MboxWriter::close()
{
    if (!m_file.flush())
        return Error {Error::Code::Io, m_file.fileName() + u": " + m_file.errorString()};
    m_file.close();
    return {};
}

} // namespace satchel::io

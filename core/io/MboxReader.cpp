#include "io/MboxReader.h"

#include <QCoreApplication>

namespace satchel::io {

namespace {

bool isBlank(const QByteArray &line)
{
    return line == "\n" || line == "\r\n";
}

bool isFromLine(const QByteArray &line)
{
    return line.startsWith("From ");
}

// ">From ", ">>From ", ...: how many '>' precede "From " (0 when the line is not one).
qsizetype quoteDepth(const QByteArray &line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == '>')
        ++i;
    return i > 0 && line.mid(i, 5) == "From " ? i : 0;
}

} // namespace

bool MboxReader::looksLikeMbox(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.peek(5) == "From ";
}

bool MboxReader::isEnvelopeLine(const QByteArray &line)
{
    // "From sender Thu Nov 22 10:00:00 2026": a sender without spaces, then a time somewhere.
    if (!isFromLine(line))
        return false;
    const qsizetype space = line.indexOf(' ', 5);
    if (space <= 5)
        return false;
    for (qsizetype i = space + 2; i + 2 < line.size(); ++i) {
        if (line.at(i) == ':' && std::isdigit(uchar(line.at(i - 1)))
            && std::isdigit(uchar(line.at(i + 1))))
            return true;
    }
    return false;
}

Status MboxReader::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return Error {Error::Code::Io, m_file.errorString()};
    return {};
}

QByteArray MboxReader::unquote(const QByteArray &line, bool verbatim) const
{
    if (verbatim || m_style == MboxStyle::Mboxcl2)
        return line;
    const qsizetype depth = quoteDepth(line);
    if (depth == 0)
        return line;
    if ((m_style == MboxStyle::Mboxo || m_style == MboxStyle::Mboxcl) && depth != 1)
        return line;
    return line.mid(1);
}

std::optional<qint64> MboxReader::fittingContentLength(const QByteArray &header)
{
    if (m_style == MboxStyle::Mboxo || m_style == MboxStyle::Mboxrd)
        return std::nullopt;
    // The last Content-Length field of the header, unfolded lines only.
    qint64 length = -1;
    for (const QByteArray &line : header.split('\n')) {
        if (line.size() > 15
            && line.left(15).compare("Content-Length:", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 value = line.mid(15).trimmed().toLongLong(&ok);
            if (ok && value >= 0)
                length = value;
        }
    }
    if (length < 0)
        return std::nullopt;
    const qint64 start = m_file.pos();
    if (start + length == m_file.size())
        return length;
    if (start + length > m_file.size() || !m_file.seek(start + length))
        return std::nullopt;
    const QByteArray after = m_file.peek(7);
    m_file.seek(start);
    if (after.startsWith("From ") || after.startsWith("\nFrom ") || after.startsWith("\r\nFrom "))
        return length;
    return std::nullopt;
}

Result<std::optional<QByteArray>> MboxReader::next()
{
    if (m_atEnd)
        return std::optional<QByteArray>();
    if (!m_started) {
        m_started = true;
        m_nextOffset = m_file.pos();
        const QByteArray first = m_file.readLine();
        if (first.isEmpty() && m_file.atEnd()) {
            m_atEnd = true;
            return std::optional<QByteArray>();
        }
        if (!isFromLine(first))
            return Error {Error::Code::Invalid,
                          QCoreApplication::translate(
                              "MboxReader", "not an mbox file: it does not start with \"From \"")};
    }
    m_messageOffset = m_nextOffset;

    QByteArray message;
    // The header: up to and including the first empty line.
    bool headerEnded = false;
    while (!m_file.atEnd()) {
        const qint64 at = m_file.pos();
        const QByteArray line = m_file.readLine();
        if (isEnvelopeLine(line)) {
            // The next message begins before this one had a header/body break.
            m_nextOffset = at;
            return std::optional<QByteArray>(message.isNull() ? QByteArray("") : message);
        }
        message += unquote(line, false);
        if (isBlank(line)) {
            headerEnded = true;
            break;
        }
    }
    if (headerEnded) {
        if (const std::optional<qint64> length = fittingContentLength(message)) {
            QByteArray body = m_file.read(*length);
            if (m_style == MboxStyle::Mboxcl) {
                QByteArray unquoted;
                for (const QByteArray &line : body.split('\n'))
                    unquoted += unquote(line, false) + '\n';
                unquoted.chop(1);
                body = unquoted;
            }
            message += body;
            // The separator: an optional empty line, then the next "From " line or the end.
            while (!m_file.atEnd()) {
                const qint64 at = m_file.pos();
                const QByteArray line = m_file.readLine();
                if (isFromLine(line)) {
                    m_nextOffset = at;
                    return std::optional<QByteArray>(std::move(message));
                }
                if (!isBlank(line)) { // cannot happen: fittingContentLength() looked
                    m_file.seek(at);
                    break;
                }
            }
            if (m_file.atEnd()) {
                m_atEnd = true;
                return std::optional<QByteArray>(std::move(message));
            }
        }
    }
    // The empty line that ends the header may also be the separator (a message with no body).
    bool previousBlank = headerEnded;
    qsizetype lastLineStart = message.size() - (message.endsWith("\r\n") ? 2 : 1);
    while (!m_file.atEnd()) {
        const qint64 at = m_file.pos();
        const QByteArray line = m_file.readLine();
        if (isFromLine(line) && (previousBlank || isEnvelopeLine(line))) {
            if (previousBlank)
                message.truncate(lastLineStart);
            m_nextOffset = at;
            return std::optional<QByteArray>(std::move(message));
        }
        lastLineStart = message.size();
        message += unquote(line, false);
        previousBlank = isBlank(line);
    }
    if (m_file.error() != QFileDevice::NoError)
        return Error {Error::Code::Io, m_file.errorString()};
    if (previousBlank)
        message.truncate(lastLineStart);
    m_atEnd = true;
    return std::optional<QByteArray>(std::move(message));
}

} // namespace satchel::io

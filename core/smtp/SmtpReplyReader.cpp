#include "smtp/SmtpReplyReader.h"

#include <QRegularExpression>

namespace satchel::smtp {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "5.1.1 " at the start of a line's text: RFC 3463's class (2, 4 or 5), subject and detail.
QByteArray takeEnhancedCode(QByteArray &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([245]\\.\\d{1,3}\\.\\d{1,3})(?: |$)"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(text));
    if (!match.hasMatch())
        return {};
    const QByteArray code = match.captured(1).toLatin1();
    text = text.mid(match.capturedLength(0));
    return code;
}

} // namespace

SmtpReplyReader::Status SmtpReplyReader::next(SmtpReply &out)
{
    for (;;) {
        const qsizetype lf = m_buffer.indexOf('\n', m_consumed);
        if (lf < 0) {
            if (m_buffer.size() - m_consumed > MaxLineLength)
                return Status::Error;
            return Status::NeedMore;
        }
        QByteArray line = m_buffer.mid(m_consumed, lf - m_consumed);
        m_consumed = lf + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() < 3 || !isDigit(line[0]) || !isDigit(line[1]) || !isDigit(line[2])
            || (line.size() > 3 && line[3] != ' ' && line[3] != '-'))
            return Status::Error;
        const int code = line.left(3).toInt();
        if (m_partial.code != 0 && m_partial.code != code)
            return Status::Error; // RFC 5321 4.2.1: every line of a reply has the same code
        m_partial.code = code;
        QByteArray text = line.size() > 4 ? line.mid(4) : QByteArray();
        const QByteArray enhanced = takeEnhancedCode(text);
        if (m_partial.lines.isEmpty())
            m_partial.enhancedCode = enhanced;
        m_partial.lines.append(text);
        const bool last = line.size() == 3 || line[3] == ' ';
        if (last) {
            out = std::exchange(m_partial, {});
            m_buffer.remove(0, m_consumed);
            m_consumed = 0;
            return Status::Reply;
        }
    }
}

} // namespace satchel::smtp

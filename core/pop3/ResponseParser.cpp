#include "pop3/ResponseParser.h"

#include <cstring>

namespace satchel::pop3 {

namespace {

// Past this many bytes without a line end inside a body, the partial line is moved into the body
// so the receive buffer stays small even if a server sends one endless line.
constexpr qsizetype PartialLineFlush = 64 * 1024;

QByteArrayView stripLineEnd(QByteArrayView line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

// "+OK", "-ERR" and "+" must stand alone or be followed by a space; servers differ in case.
bool startsWithWord(QByteArrayView line, QByteArrayView word)
{
    return line.size() >= word.size()
        && line.first(word.size()).compare(word, Qt::CaseInsensitive) == 0
        && (line.size() == word.size() || line.at(word.size()) == ' ');
}

QByteArray afterWord(QByteArrayView line, qsizetype wordSize)
{
    QByteArrayView rest = line.sliced(wordSize);
    while (rest.startsWith(' '))
        rest = rest.sliced(1);
    return rest.toByteArray();
}

} // namespace

void ResponseParser::expect(Expect kind, qsizetype sizeHint)
{
    m_expectations.push_back({kind, sizeHint});
}

void ResponseParser::feed(QByteArrayView data)
{
    if (hasError())
        return;
    m_buffer.append(data);
    parse();
    compact();
}

Response ResponseParser::takeResponse()
{
    Response response = std::move(m_responses.front());
    m_responses.pop_front();
    return response;
}

void ResponseParser::reset()
{
    *this = ResponseParser(m_limits);
}

void ResponseParser::setError(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
}

void ResponseParser::parse()
{
    while (!hasError() && m_pos < m_buffer.size()) {
        if (m_inBody) {
            if (!parseBody())
                return;
            continue;
        }
        if (m_expectations.empty()) {
            setError(QStringLiteral("the server sent data that answers no command"));
            return;
        }
        if (!parseStatusLine())
            return;
    }
}

bool ResponseParser::parseStatusLine()
{
    const char *data = m_buffer.constData();
    const qsizetype from = std::max(m_pos, m_scanFrom);
    const void *lf = std::memchr(data + from, '\n', static_cast<size_t>(m_buffer.size() - from));
    if (!lf) {
        m_scanFrom = m_buffer.size();
        if (m_buffer.size() - m_pos > m_limits.maxLineLength)
            setError(QStringLiteral("the server sent a response line longer than %1 bytes")
                         .arg(m_limits.maxLineLength));
        return false;
    }
    const qsizetype end = static_cast<const char *>(lf) - data + 1;
    const QByteArrayView line = stripLineEnd(QByteArrayView(data + m_pos, end - m_pos));
    m_pos = end;
    m_scanFrom = end;
    if (line.size() > m_limits.maxLineLength) {
        setError(QStringLiteral("the server sent a response line longer than %1 bytes")
                     .arg(m_limits.maxLineLength));
        return false;
    }

    const Expectation expectation = m_expectations.front();
    m_current = Response();
    if (startsWithWord(line, "+OK")) {
        m_current.status = Response::Status::Ok;
        m_current.text = afterWord(line, 3);
    } else if (startsWithWord(line, "-ERR")) {
        m_current.status = Response::Status::Err;
        m_current.text = afterWord(line, 4);
    } else if (expectation.kind == Expect::Auth && startsWithWord(line, "+")) {
        m_current.status = Response::Status::Continuation;
        m_current.text = afterWord(line, 1);
    } else {
        // Quote a little of it (printable only) so the log shows what the server said.
        QByteArray shown = line.first(std::min<qsizetype>(line.size(), 80)).toByteArray();
        for (char &c : shown) {
            if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e)
                c = '?';
        }
        setError(QStringLiteral("the server answered neither +OK nor -ERR: \"%1\"")
                     .arg(QString::fromLatin1(shown)));
        return false;
    }
    m_current.code = parseResponseCode(m_current.text);

    if (m_current.status == Response::Status::Continuation) {
        // The AUTH exchange goes on; its expectation stays until the final +OK/-ERR.
        m_responses.push_back(std::move(m_current));
        m_current = Response();
        return true;
    }
    if (expectation.kind == Expect::MultiLine && m_current.isOk()) {
        m_inBody = true;
        m_atLineStart = true;
        if (expectation.sizeHint > 0 && expectation.sizeHint <= m_limits.maxBodySize)
            m_current.body.reserve(expectation.sizeHint + expectation.sizeHint / 32 + 64);
        return true;
    }
    finishResponse();
    return true;
}

void ResponseParser::appendToBody(QByteArrayView bytes)
{
    if (m_current.bodyTooLarge)
        return;
    if (m_current.body.size() + bytes.size() > m_limits.maxBodySize) {
        m_current.bodyTooLarge = true;
        m_current.body = QByteArray(); // release it now, not when the terminator arrives
        return;
    }
    m_current.body.append(bytes);
}

bool ResponseParser::parseBody()
{
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();

    if (!m_atLineStart) {
        // Inside a long line that was partly flushed: take it up to its end.
        const void *lf = std::memchr(data + m_pos, '\n', static_cast<size_t>(size - m_pos));
        const qsizetype end = lf ? static_cast<const char *>(lf) - data + 1 : size;
        appendToBody(QByteArrayView(data + m_pos, end - m_pos));
        m_pos = end;
        m_atLineStart = lf != nullptr;
        return lf != nullptr;
    }

    if (data[m_pos] == '.') {
        // The terminator, or a dot-stuffed line: either way the whole line is needed.
        const void *lf = std::memchr(data + m_pos, '\n', static_cast<size_t>(size - m_pos));
        if (!lf) {
            // ".\r" may still become the terminator; anything longer is a stuffed line.
            const qsizetype have = size - m_pos;
            if (have > PartialLineFlush) {
                appendToBody(QByteArrayView(data + m_pos + 1, have - 1));
                m_pos = size;
                m_atLineStart = false;
            }
            return false;
        }
        const qsizetype end = static_cast<const char *>(lf) - data + 1;
        const QByteArrayView line(data + m_pos, end - m_pos);
        m_pos = end;
        if (stripLineEnd(line) == ".") {
            finishResponse();
            return true;
        }
        // RFC 1939: a line starting with "." has it doubled; strip the first one whatever follows,
        // which also copes with servers that forget to stuff.
        appendToBody(line.sliced(1));
        return true;
    }

    // The common case: a run of whole lines none of which starts with ".", copied in one go up to
    // the next line that does.
    const QByteArrayView rest(data + m_pos, size - m_pos);
    const qsizetype dotLine = rest.indexOf("\n.");
    if (dotLine >= 0) {
        appendToBody(rest.first(dotLine + 1));
        m_pos += dotLine + 1;
        return true;
    }
    const qsizetype lastLf = rest.lastIndexOf('\n');
    if (lastLf >= 0) {
        appendToBody(rest.first(lastLf + 1));
        m_pos += lastLf + 1;
    }
    if (size - m_pos > PartialLineFlush) {
        appendToBody(QByteArrayView(data + m_pos, size - m_pos));
        m_pos = size;
        m_atLineStart = false;
    }
    return false;
}

void ResponseParser::finishResponse()
{
    m_inBody = false;
    m_responses.push_back(std::move(m_current));
    m_current = Response();
    m_expectations.pop_front();
}

void ResponseParser::compact()
{
    // Drop consumed bytes once they are most of the buffer: amortised linear, never quadratic.
    if (m_pos == m_buffer.size()) {
        m_buffer.truncate(0);
        m_scanFrom = 0;
        m_pos = 0;
    } else if (m_pos > 4096 && m_pos > m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_scanFrom -= m_pos;
        m_pos = 0;
    }
}

} // namespace satchel::pop3

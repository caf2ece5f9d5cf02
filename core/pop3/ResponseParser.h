#pragma once

#include "pop3/ResponseCode.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <deque>

namespace satchel::pop3 {

// One complete server response.
struct Response
{
    enum class Status {
        Ok, // +OK
        Err, // -ERR
        Continuation, // "+ data" during AUTH (RFC 5034)
    };
    Status status = Status::Err;
    // What follows "+OK " / "-ERR " / "+ ", without the line end.
    QByteArray text;
    ResponseCode code = ResponseCode::None;
    // The body of a multi-line +OK response: dot-unstuffed, each line with the line end it came
    // with, without the terminating ".". Empty for single-line responses.
    QByteArray body;
    // A multi-line body larger than the limit was read to its end and dropped: the session stays
    // usable, and the caller reports that one message as too large.
    bool bodyTooLarge = false;

    [[nodiscard]] bool isOk() const { return status == Status::Ok; }
};

// The incremental reader of server responses. POP3 responses do not say whether a body follows,
// so the session announces, in order, what it expects for each command it has sent (several at
// once when pipelining). Bytes may arrive in any split: lines across reads, a dot-stuffed line or
// the terminator split anywhere. LF-only line ends are accepted.
//
// Bounded: a status line longer than maxLineLength, or a line with a NUL before the status word, is
// a protocol error, and a body over maxBodySize is read and dropped. Each byte is looked at a
// constant number of times (no quadratic rescanning), and consumed input is released.
class ResponseParser
{
public:
    enum class Expect {
        SingleLine, // greeting, USER, PASS, STAT, DELE, NOOP, RSET, QUIT, LIST n, UIDL n
        MultiLine, // CAPA, LIST, UIDL, RETR, TOP: a body follows +OK (not -ERR)
        Auth, // during AUTH: "+ ..." continuations or the final status
    };

    struct Limits
    {
        qsizetype maxLineLength = 64 * 1024;
        qsizetype maxBodySize = qsizetype(256) * 1024 * 1024;
    };

    ResponseParser() = default;
    explicit ResponseParser(Limits limits)
        : m_limits(limits)
    { }

    // What the next response to be parsed is, queued behind earlier expectations. `sizeHint` is
    // the size LIST announced, to reserve the body once rather than growing it.
    void expect(Expect kind, qsizetype sizeHint = 0);
    [[nodiscard]] qsizetype pendingExpectations() const
    {
        return static_cast<qsizetype>(m_expectations.size());
    }

    // Feeds received bytes; parses as many complete responses as they finish.
    void feed(QByteArrayView data);

    // Completed responses, oldest first.
    [[nodiscard]] bool hasResponse() const { return !m_responses.empty(); }
    [[nodiscard]] Response takeResponse();

    // Bytes that arrived without any expectation (a server talking out of turn) or a malformed
    // status line make the stream unusable; the session must fail.
    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_error; }

    // Bytes of the current multi-line body received so far (for progress reporting).
    [[nodiscard]] qsizetype currentBodySize() const { return m_inBody ? m_current.body.size() : 0; }

    void reset();

private:
    struct Expectation
    {
        Expect kind;
        qsizetype sizeHint;
    };

    void parse();
    // Returns false when the buffer holds no complete line yet.
    bool parseStatusLine();
    bool parseBody();
    void appendToBody(QByteArrayView bytes);
    void finishResponse();
    void setError(const QString &error);
    void compact();

    Limits m_limits;
    std::deque<Expectation> m_expectations;
    std::deque<Response> m_responses;
    QByteArray m_buffer;
    qsizetype m_pos = 0; // first unconsumed byte in m_buffer
    qsizetype m_scanFrom
        = 0; // where the search for the next LF resumes, so a long line is scanned once
    bool m_inBody = false;
    bool m_atLineStart = true; // inside a body: whether m_pos is at the start of a line
    Response m_current;
    QString m_error;
};

} // namespace satchel::pop3

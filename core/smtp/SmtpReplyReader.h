#pragma once

#include "smtp/SmtpReply.h"

#include <QByteArray>

#include <optional>

namespace satchel::smtp {

// Cuts the server's bytes into replies. Lenient about a bare LF ending a line (some servers),
// strict about the rest: a line without a three-digit code is a protocol error.
class SmtpReplyReader
{
public:
    enum class Status { NeedMore, Reply, Error };

    // A line longer than this is a protocol error (RFC 5321 4.5.3.1.5 allows 512 octets).
    static constexpr qsizetype MaxLineLength = 64 * 1024;

    void feed(const QByteArray &bytes) { m_buffer += bytes; }
    // The next complete reply, if one has arrived.
    [[nodiscard]] Status next(SmtpReply &out);
    [[nodiscard]] bool hasBufferedBytes() const { return !m_buffer.isEmpty(); }

private:
    QByteArray m_buffer;
    qsizetype m_consumed = 0;
    SmtpReply m_partial;
};

} // namespace satchel::smtp

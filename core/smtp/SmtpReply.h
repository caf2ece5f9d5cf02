#pragma once

#include <QByteArray>
#include <QList>

namespace satchel::smtp {

// One SMTP reply (RFC 5321 4.2), multi-line ones joined: "250-a / 250 b" is one reply.
struct SmtpReply
{
    int code = 0; // 0: not a valid reply
    // RFC 3463 "class.subject.detail" (RFC 2034 puts it after the code of every line), when the
    // first line carries one; empty otherwise.
    QByteArray enhancedCode;
    // The text of each line, without the code and the enhanced code.
    QList<QByteArray> lines;

    [[nodiscard]] bool isPositive() const { return code >= 200 && code < 400; }
    [[nodiscard]] bool isTemporary() const { return code >= 400 && code < 500; }
    [[nodiscard]] bool isPermanent() const { return code >= 500 && code < 600; }
    // The server's words on one line, for the user and the error's details.
    [[nodiscard]] QByteArray text() const { return lines.join(' ').trimmed(); }
};

} // namespace satchel::smtp

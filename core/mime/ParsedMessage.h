#pragma once

#include "mime/Address.h"
#include "mime/Attachment.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace satchel::mime {

// Everything Satchel shows or indexes about one message, in Qt types only. It is derived from the
// raw bytes and can always be derived again; the archive keeps the raw bytes, not this.
struct ParsedMessage
{
    // How the date was found: from the Date header, from the newest Received: header, or the time
    // the message arrived here (when both are missing or implausible).
    enum class DateSource { Header, Received, Arrival };

    QString messageId; // without angle brackets; empty when absent
    QString inReplyTo; // the first msg-id of In-Reply-To, without angle brackets
    QStringList references; // msg-ids of References, oldest first, without angle brackets
    QString subject; // RFC 2047 decoded; raw 8-bit text as UTF-8 or else Windows-1252

    AddressList from;
    AddressList to;
    AddressList cc;
    AddressList replyTo;

    QDateTime date; // with the offset the sender wrote (Qt::OffsetFromUTC)
    DateSource dateSource = DateSource::Arrival;

    QString textBody; // the text/plain body, UTF-8, LF line ends, format=flowed unwrapped
    QString htmlBody; // the text/html body, UTF-8 (as written: never rendered or sanitised here)
    QString readerText; // what a reader sees: the text body, or text derived from the HTML

    QList<Attachment> attachments;
    bool hasAttachments = false; // any attachment that is neither inline nor a signature

    bool hasHeader = true; // false: the bytes did not start with a header (not mail at all)
    bool truncated = false; // a parsing limit was reached: see MessageParser.h

    // The sender a list shows: From, else Reply-To; empty when neither exists.
    [[nodiscard]] Address sender() const
    {
        if (!from.isEmpty())
            return from.constFirst();
        return replyTo.isEmpty() ? Address() : replyTo.constFirst();
    }
};

} // namespace satchel::mime

#pragma once

#include "store/MessageFlags.h"

#include <QDateTime>
#include <QString>

namespace satchel::store {

// What a message list shows about one message: read from the messages table, never from the raw.
struct MessageRow
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 folderId = 0;
    qint64 conversationId = 0;
    QDateTime date; // with the sender's offset
    QString senderName;
    QString senderAddress;
    QString recipients; // "Name <addr>, ..." of To, for lists of sent mail
    QString subject;
    QString preview; // the first line or so of the reader text
    qint64 size = 0; // raw bytes
    MessageFlags flags;
    bool hasAttachments = false;
    bool partial = false;
    QString uidl; // empty for mail that did not come over POP3
    QDateTime firstSeen;
    QString messageId;
};

} // namespace satchel::store

#pragma once

#include "store/MessageFlags.h"

#include <QByteArray>
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
    // Only from Archive::searchRows(): the lists `search --json` prints, as stored since schema
    // 6 (JSON arrays: from, to, cc as [{name, address}], attachments as [{filename,
    // content_type, size}]). Null arrays and hasHtml -1 when a row does not have them yet.
    QByteArray fromJson, toJson, ccJson, attachmentsJson;
    int hasHtml = -1;
};

} // namespace satchel::store

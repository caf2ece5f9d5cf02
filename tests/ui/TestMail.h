#pragma once

#include "store/Archive.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTemporaryDir>

namespace satchel::testmail {

// RFC 5322 bytes composed by the test (no corpus needed): one text/plain message.
inline QByteArray plain(const QString &from, const QString &subject, const QString &body,
                        const QDateTime &date, const QByteArray &extraHeaders = {})
{
    QByteArray raw;
    raw += "From: " + from.toUtf8() + "\r\n";
    raw += "To: Reader <reader@example.org>\r\n";
    raw += "Subject: " + subject.toUtf8() + "\r\n";
    raw += "Date: " + date.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    raw += "Message-ID: <" + QByteArray::number(qHash(subject + from + body)) + "."
        + QByteArray::number(date.toSecsSinceEpoch()) + "@test.example>\r\n";
    raw += extraHeaders;
    raw += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
           "Content-Transfer-Encoding: 8bit\r\n\r\n";
    raw += body.toUtf8().replace("\n", "\r\n") + "\r\n";
    return raw;
}

// An HTML message with optional inline (cid:) image parts given as (content-id, PNG bytes).
inline QByteArray html(const QString &subject, const QString &htmlBody,
                       const QList<std::pair<QByteArray, QByteArray>> &inlineImages = {},
                       const QDateTime &date = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC))
{
    QByteArray raw;
    raw += "From: Sender <sender@example.com>\r\nTo: Reader <reader@example.org>\r\n";
    raw += "Subject: " + subject.toUtf8() + "\r\n";
    raw += "Date: " + date.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    raw += "MIME-Version: 1.0\r\n";
    if (inlineImages.isEmpty()) {
        raw += "Content-Type: text/html; charset=utf-8\r\n\r\n" + htmlBody.toUtf8() + "\r\n";
        return raw;
    }
    raw += "Content-Type: multipart/related; boundary=\"rel\"\r\n\r\n--rel\r\n"
           "Content-Type: text/html; charset=utf-8\r\n\r\n"
        + htmlBody.toUtf8() + "\r\n";
    for (const auto &[cid, png] : inlineImages) {
        raw += "--rel\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
               "Content-Disposition: inline; filename=\"img.png\"\r\nContent-ID: <"
            + cid + ">\r\n\r\n" + png.toBase64() + "\r\n";
    }
    raw += "--rel--\r\n";
    return raw;
}

// A message with one attached file.
inline QByteArray withAttachment(const QString &subject, const QString &fileName,
                                 const QByteArray &content)
{
    QByteArray raw;
    raw += "From: Sender <sender@example.com>\r\nTo: Reader <reader@example.org>\r\n";
    raw += "Subject: " + subject.toUtf8() + "\r\n";
    raw += "Date: Fri, 01 Mar 2024 10:00:00 +0000\r\nMIME-Version: 1.0\r\n";
    raw += "Content-Type: multipart/mixed; boundary=\"mix\"\r\n\r\n--mix\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\nSee the file.\r\n--mix\r\n"
           "Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n"
           "Content-Disposition: attachment; filename=\""
        + fileName.toUtf8() + "\"\r\n\r\n" + content.toBase64() + "\r\n--mix--\r\n";
    return raw;
}

// An archive in a file of `dir`: the message view reads bodies through a connection of its own,
// which cannot reach a ":memory:" one.
inline Result<std::unique_ptr<store::Archive>> openArchive(const QTemporaryDir &dir)
{
    return store::Archive::open(dir.filePath(QStringLiteral("archive.sqlite")));
}

inline qint64 insert(store::Archive &archive, qint64 accountId, qint64 folderId,
                     const QByteArray &raw, bool partial = false, store::MessageFlags flags = {})
{
    store::NewMessage m;
    m.accountId = accountId;
    m.folderId = folderId;
    m.raw = raw;
    m.arrival = QDateTime::currentDateTimeUtc();
    m.partial = partial;
    m.flags = flags;
    Result<qint64> id = archive.insertMessage(m);
    return id ? *id : -1;
}

} // namespace satchel::testmail

#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace satchel::app {

// What `satchel search --json` prints, shared by its two ways of answering (the quick read-only
// one, QuickSearch.cpp, and the Archive's, MessageJson.cpp): the same bytes whichever answered.
// Qt Core only. The plain lines are PlainSearch.h's.

// QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offset).toString(Qt::ISODate), without
// building a QDateTime for the usual years: "2024-02-08T10:00:00+01:00", or "...Z" for offset 0.
[[nodiscard]] QString isoDate(qint64 msSinceEpoch, int offsetSeconds);

// ["read", "flagged", "answered"], those set in messages.flags.
[[nodiscard]] QJsonArray flagsJson(int flags);

// The fields of a `search --json` line (and of `show --json`, which adds "text").
struct MessageJsonFields
{
    qint64 id = 0;
    QString messageId;
    QString subject;
    QJsonArray from, to, cc; // [{name, address}]
    QString date; // ISO 8601 with the header's offset
    QString folder;
    QString account;
    int flags = 0;
    qint64 size = 0;
    bool hasHtml = false;
    QJsonArray attachments; // [{filename, content_type, size}]
};
[[nodiscard]] QJsonObject messageJsonObject(const MessageJsonFields &fields);

// Writes all of `bytes` to the standard output; false when it could not.
[[nodiscard]] bool writeStdout(const QByteArray &bytes);

} // namespace satchel::app

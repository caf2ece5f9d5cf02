#pragma once

#include "mime/ParsedMessage.h"

#include <QString>

namespace satchel::store {

// What the search index holds of a message (message_fts, store/SearchIndex.h). The index is
// contentless, so removing a row needs exactly these values again: they are derived from the
// parsed message by deriveColumns() alone.
struct FtsDocument
{
    QString subject;
    QString sender;
    QString recipients;
    QString replyTo;
    QString body;
    QString attachments;
};

// Everything the archive stores about a message that follows from its parsed form alone, without
// the database: the columns of `messages` besides ids, flags and times, and the search index's
// document. Deriving it is pure work on strings (JSON, case folding, the preview), so a caller that
// parses on another thread derives it there too (sync::ParsePool) and hands it over in
// NewMessage::derived, leaving the one thread that writes the archive only the writing.
struct DerivedColumns
{
    QString senderName;
    QString senderAddress;
    QString senderSort; // case-folded name, or address
    QString recipients; // To, for display
    QString subjectSort; // normaliseSubject()
    QString preview;
    // The address and attachment lists as `search --json` prints them (compact JSON text).
    QString fromJson;
    QString toJson;
    QString ccJson;
    QString attachmentsJson;
    bool hasHtml = false;
    FtsDocument fts;
};

[[nodiscard]] DerivedColumns deriveColumns(const mime::ParsedMessage &parsed);
// The search index's part of it alone (what deleting a row repeats).
[[nodiscard]] FtsDocument ftsDocument(const mime::ParsedMessage &parsed);

} // namespace satchel::store

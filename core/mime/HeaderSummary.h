#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace satchel::mime {

// The few header fields that identify a message, decoded to UTF-8. The full ParsedMessage
// façade grows from here; no GMime type ever appears in this header.
struct HeaderSummary
{
    QString subject;
    QString messageId;
    QString from;
};

// Parses the header block of raw RFC 5322 bytes. Returns nothing when the bytes do not start with
// a header (GMime's own rule), so callers can report "not a mail message" rather than guess.
[[nodiscard]] std::optional<HeaderSummary> parseHeaderSummary(const QByteArray &raw);

} // namespace satchel::mime

#pragma once

#include <QString>

namespace satchel::mime {

// A part of a message that is not its readable body: a file, an inline image, an attached
// message, a signature or an encrypted payload.
struct Attachment
{
    QString filename; // RFC 2231/2047 decoded; for an attached message without one, its subject
    QString contentType; // lower case "type/subtype"
    qint64 size = 0; // decoded bytes (for an attached message: its raw bytes)
    QString contentId; // without the angle brackets
    bool isInline = false; // meant to be shown in the body (Content-Disposition: inline, or
                           // a part of multipart/related that the HTML refers to)
    bool isMessage
        = false; // message/rfc822 (or global): open it with extractPart() + parseMessage()
    bool isSignature = false; // a detached signature of multipart/signed (not a "real" attachment)
    int partIndex = -1; // the handle for extractPart(); stable for the same raw bytes

    friend bool operator==(const Attachment &, const Attachment &) = default;
};

} // namespace satchel::mime

#pragma once

#include <QByteArray>

namespace satchel::smtp {

// The message as it goes into DATA. Bcc is stripped HERE, not by the caller: the envelope carries
// the Bcc recipients, and whatever a caller passes, the header never reaches the server (the copy
// in Sent keeps it; that is the caller's).
namespace SubmissionData {

// CRLF line ends (bare LF and bare CR become CRLF), the Bcc header (with its folded lines)
// removed from the header section, and a final CRLF. What the server stores, before dot-stuffing.
[[nodiscard]] QByteArray prepare(const QByteArray &message);
// RFC 5321 4.5.2: a line beginning with "." gets another; then the terminating ".\r\n".
// `prepared` must come from prepare().
[[nodiscard]] QByteArray dotStuffed(const QByteArray &prepared);
// Any octet above 127: needs BODY=8BITMIME.
[[nodiscard]] bool hasEightBit(const QByteArray &bytes);

} // namespace SubmissionData

} // namespace satchel::smtp

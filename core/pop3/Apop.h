#pragma once

#include <QByteArray>
#include <QString>

namespace satchel::pop3 {

// The APOP timestamp from a greeting ("+OK ready <1896.697170952@dbc.mtview.ca.us>"), brackets
// included; empty when the greeting has none (then APOP cannot be used).
[[nodiscard]] QByteArray apopTimestamp(QByteArrayView greeting);

// RFC 1939 section 7: lower-case hex MD5 of the timestamp followed by the shared secret.
[[nodiscard]] QByteArray apopDigest(QByteArrayView timestamp, const QString &secret);

} // namespace satchel::pop3

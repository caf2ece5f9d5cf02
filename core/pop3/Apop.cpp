#include "pop3/Apop.h"

#include <QCryptographicHash>

namespace satchel::pop3 {

QByteArray apopTimestamp(QByteArrayView greeting)
{
    // RFC 1939: the timestamp is a msg-id, "<" ... "@" ... ">"; servers put it last, but some add
    // text after it, so take the first bracketed token that has an "@" in it.
    qsizetype from = 0;
    while (true) {
        const qsizetype open = greeting.indexOf('<', from);
        if (open < 0)
            return {};
        const qsizetype close = greeting.indexOf('>', open + 1);
        if (close < 0)
            return {};
        const QByteArrayView candidate = greeting.sliced(open, close - open + 1);
        if (candidate.contains('@') && !candidate.contains(' '))
            return candidate.toByteArray();
        from = close + 1;
    }
}

QByteArray apopDigest(QByteArrayView timestamp, const QString &secret)
{
    QCryptographicHash hash(QCryptographicHash::Md5);
    hash.addData(timestamp);
    hash.addData(secret.toUtf8());
    return hash.result().toHex();
}

} // namespace satchel::pop3

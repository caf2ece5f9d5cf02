#include "pop3/Capabilities.h"

namespace satchel::pop3 {

namespace {

// "LOGIN-DELAY 900" or "LOGIN-DELAY 900 USER" (the per-user value comes after login): the number.
std::optional<int> firstNumber(const QList<QByteArray> &words)
{
    if (words.size() < 2)
        return std::nullopt;
    bool ok = false;
    const int value = words.at(1).toInt(&ok);
    return ok && value >= 0 ? std::optional(value) : std::nullopt;
}

} // namespace

Capabilities Capabilities::parse(const QByteArray &body)
{
    Capabilities caps;
    caps.known = true;
    for (const QByteArray &rawLine : body.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> words = line.simplified().split(' ');
        const QByteArray name = words.first().toUpper();
        if (name == "TOP") {
            caps.top = true;
        } else if (name == "UIDL") {
            caps.uidl = true;
        } else if (name == "USER") {
            caps.user = true;
        } else if (name == "STLS") {
            caps.stls = true;
        } else if (name == "PIPELINING") {
            caps.pipelining = true;
        } else if (name == "RESP-CODES") {
            caps.respCodes = true;
        } else if (name == "AUTH-RESP-CODE") {
            caps.authRespCode = true;
        } else if (name == "UTF8") {
            caps.utf8 = true;
        } else if (name == "SASL") {
            caps.sasl = words.mid(1);
        } else if (name == "LOGIN-DELAY") {
            caps.loginDelaySeconds = firstNumber(words);
        } else if (name == "EXPIRE") {
            if (words.size() >= 2 && words.at(1).toUpper() == "NEVER")
                caps.expireDays = -1;
            else
                caps.expireDays = firstNumber(words);
        } else if (name == "IMPLEMENTATION") {
            caps.implementation = line.mid(name.size()).trimmed();
        }
    }
    return caps;
}

} // namespace satchel::pop3

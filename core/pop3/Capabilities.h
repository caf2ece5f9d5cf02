#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace satchel::pop3 {

// What the server said in answer to CAPA (RFC 2449), asked again after STLS and after login
// because servers (Gmail among them) change the list once they know who is asking.
struct Capabilities
{
    bool known = false; // CAPA answered +OK; otherwise nothing below is known
    bool top = false;
    bool uidl = false;
    bool user = false;
    bool stls = false;
    bool pipelining = false;
    bool respCodes = false;
    bool authRespCode = false;
    bool utf8 = false;
    QList<QByteArray> sasl;
    // LOGIN-DELAY n: minimum seconds between logins.
    std::optional<int> loginDelaySeconds;
    // EXPIRE n: days the server keeps retrieved mail; -1 for NEVER. 0 means it deletes on its
    // own after retrieval (Gmail), whatever the client asks.
    std::optional<int> expireDays;
    QByteArray implementation;

    // Parses the dot-unstuffed body of a CAPA response. Unknown lines are ignored (RFC 2449).
    [[nodiscard]] static Capabilities parse(const QByteArray &body);
};

} // namespace satchel::pop3

#pragma once

#include <QByteArray>

namespace satchel::oauth {

// Proof Key for Code Exchange (RFC 7636), method S256: the verifier stays here, its challenge goes
// out with the authorization request, and the verifier with the code exchange, so a code
// intercepted on its way to the loopback address is useless to whoever caught it.
struct Pkce
{
    QByteArray verifier; // 43..128 characters of [A-Za-z0-9-._~]
    QByteArray challenge; // BASE64URL(SHA-256(verifier)), no padding

    [[nodiscard]] static Pkce generate();
    [[nodiscard]] static QByteArray challengeFor(const QByteArray &verifier);
};

} // namespace satchel::oauth

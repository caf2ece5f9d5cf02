#include "oauth/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace satchel::oauth {

Pkce Pkce::generate()
{
    // 32 random bytes give the 43 base64url characters RFC 7636 section 4.1 recommends.
    std::array<quint32, 8> words {};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    Pkce pkce;
    pkce.verifier = QByteArray(reinterpret_cast<const char *>(words.data()),
                               static_cast<qsizetype>(sizeof(words)))
                        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace satchel::oauth

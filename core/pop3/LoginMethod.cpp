#include "pop3/LoginMethod.h"

namespace satchel::pop3 {

QString LoginMethod::name() const
{
    switch (m_kind) {
    case Kind::Automatic:
        return {};
    case Kind::UserPass:
        return QStringLiteral("USER");
    case Kind::Apop:
        return QStringLiteral("APOP");
    case Kind::Sasl:
        return QString::fromLatin1(saslMechanismName(*m_sasl));
    }
    return {};
}

std::optional<LoginMethod> LoginMethod::fromName(QStringView name)
{
    if (name.isEmpty())
        return automatic();
    if (name.compare(u"USER", Qt::CaseInsensitive) == 0)
        return userPass();
    if (name.compare(u"APOP", Qt::CaseInsensitive) == 0)
        return apop();
    if (const auto kind = saslMechanismFromName(name.toLatin1()))
        return sasl(*kind);
    return std::nullopt;
}

QList<LoginMethod> LoginMethod::choices()
{
    // APOP keeps the password off the wire but rests on MD5, so it sits below the SASL
    // challenge-response methods and above the ones that send the password itself.
    return {automatic(),
            sasl(SaslMechanismKind::ScramSha256),
            sasl(SaslMechanismKind::ScramSha1),
            sasl(SaslMechanismKind::CramMd5),
            apop(),
            sasl(SaslMechanismKind::Plain),
            sasl(SaslMechanismKind::Login),
            userPass()};
}

} // namespace satchel::pop3

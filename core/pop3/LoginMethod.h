#pragma once

#include "pop3/SaslMechanism.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace satchel::pop3 {

// How a session logs in: the one value from the stored account settings to the session, the
// wizard, the edit dialog and the command line's --auth.
//
// Its name is what is stored and typed: "" for automatic (the strongest the server offers),
// "USER" (USER/PASS), "APOP", or a SASL mechanism's name ("SCRAM-SHA-256"); the same names as
// Session::authenticationUsed(), so the method a login used can be read back with fromName().
// The OAuth mechanisms (XOAUTH2, OAUTHBEARER) are SASL methods like the others; what differs for
// them is the secret (a token), which the session settings say.
class LoginMethod
{
public:
    enum class Kind {
        Automatic, // the strongest the server offers
        Sasl, // the mechanism in saslMechanism()
        Apop,
        UserPass,
    };

    constexpr LoginMethod() = default; // automatic

    [[nodiscard]] static constexpr LoginMethod automatic() { return {}; }
    [[nodiscard]] static constexpr LoginMethod userPass() { return LoginMethod(Kind::UserPass); }
    [[nodiscard]] static constexpr LoginMethod apop() { return LoginMethod(Kind::Apop); }
    [[nodiscard]] static constexpr LoginMethod sasl(SaslMechanismKind mechanism)
    {
        LoginMethod method(Kind::Sasl);
        method.m_sasl = mechanism;
        return method;
    }

    [[nodiscard]] constexpr Kind kind() const { return m_kind; }
    [[nodiscard]] constexpr bool isAutomatic() const { return m_kind == Kind::Automatic; }
    // Set for Kind::Sasl only.
    [[nodiscard]] constexpr std::optional<SaslMechanismKind> saslMechanism() const
    {
        return m_sasl;
    }

    [[nodiscard]] QString name() const;
    // Any case; nothing for a name Satchel does not speak.
    [[nodiscard]] static std::optional<LoginMethod> fromName(QStringView name);

    // What a user may choose for a password account: automatic first, then the methods from the
    // strongest to the weakest.
    [[nodiscard]] static QList<LoginMethod> choices();

    friend constexpr bool operator==(const LoginMethod &, const LoginMethod &) = default;

private:
    constexpr explicit LoginMethod(Kind kind)
        : m_kind(kind)
    { }

    Kind m_kind = Kind::Automatic;
    std::optional<SaslMechanismKind> m_sasl;
};

} // namespace satchel::pop3

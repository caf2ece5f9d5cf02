#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace satchel::pop3 {

// How the connection is protected: one value from the stored settings to the session, the
// window's forms and the command line.
enum class Security {
    ImplicitTls, // RFC 8314: TLS from the first byte, port 995; the default
    StartTls, // plain connection upgraded with STLS, which must be offered; port 110
    None, // only when the account says so explicitly
};

// The stored spelling, also the command line's --security: "tls", "starttls", "none".
[[nodiscard]] QString securityName(Security security);
// The reverse, in any case; nothing for another word.
[[nodiscard]] std::optional<Security> securityFromName(QStringView name);
// For people, in a sentence ("Found a POP3 server at %1 (TLS)"): translated.
[[nodiscard]] QString securityLabel(Security security);
// The port a server listens on for it: 995 with TLS, 110 otherwise.
[[nodiscard]] quint16 standardPort(Security security);

} // namespace satchel::pop3

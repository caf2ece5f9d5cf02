#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace satchel::pop3 {

// The SASL mechanisms Satchel speaks (RFC 5034 for POP3). Ordered weakest to strongest within the
// password-based ones; the OAuth mechanisms need a token instead of a password.
enum class SaslMechanismKind {
    Login,
    Plain,
    CramMd5,
    ScramSha1,
    ScramSha256,
    XOAuth2,
    OAuthBearer,
};

[[nodiscard]] QByteArray saslMechanismName(SaslMechanismKind kind);
[[nodiscard]] std::optional<SaslMechanismKind> saslMechanismFromName(QByteArrayView name);

// True when the mechanism puts the secret itself (password or bearer token) on the wire, so it
// must never run over an unencrypted connection unless the account explicitly allows that.
[[nodiscard]] bool saslSendsSecretInClear(SaslMechanismKind kind);

// Picks the strongest password mechanism among those the server offers (its CAPA SASL line), or
// the OAuth one when the account authenticates with a token. Nothing when none fits.
[[nodiscard]] std::optional<SaslMechanismKind> chooseSaslMechanism(const QList<QByteArray> &offered,
                                                                   bool useOAuthToken);

struct SaslCredentials
{
    QString user;
    // The password, or the OAuth 2 access token for XOAUTH2 / OAUTHBEARER.
    QString secret;
    // Authorisation identity (PLAIN); empty almost always.
    QString authorizationId;
    // For OAUTHBEARER's host and port fields (RFC 7628); optional.
    QString host;
    quint16 port = 0;
    // XOAUTH2 / OAUTHBEARER only: send the token as the initial response (SessionSettings).
    bool bearerInitialResponse = false;
};

// One authentication exchange. The POP3 session base64-encodes what it returns and decodes the
// server's "+ " continuations before handing them in; it never looks inside.
class SaslMechanism
{
public:
    struct Step
    {
        enum class Kind {
            Respond, // send `response` (possibly empty)
            Fail, // abort the exchange: send "*" and report `error`
        };
        Kind kind = Kind::Respond;
        QByteArray response;
        QString error;
    };

    virtual ~SaslMechanism() = default;
    SaslMechanism(const SaslMechanism &) = delete;
    SaslMechanism &operator=(const SaslMechanism &) = delete;

    [[nodiscard]] virtual SaslMechanismKind kind() const = 0;
    [[nodiscard]] QByteArray name() const { return saslMechanismName(kind()); }

    // The response sent on the AUTH line itself (RFC 5034 initial response), when the mechanism
    // has one and the caller wants to save a round trip. Nothing means: wait for "+".
    [[nodiscard]] virtual std::optional<QByteArray> initialResponse() = 0;

    // The answer to one server challenge (already base64-decoded).
    [[nodiscard]] virtual Step respond(const QByteArray &challenge) = 0;

    // After +OK: whether the exchange really proved the server (SCRAM checks the server's
    // signature; a server that skipped it has not proved it knows the password).
    [[nodiscard]] virtual bool isComplete() const { return true; }

    // What the server said when it rejected the exchange inside SASL (the JSON error of XOAUTH2
    // and OAUTHBEARER, e.g. an expired token); empty otherwise.
    [[nodiscard]] virtual QString serverMessage() const { return {}; }

protected:
    SaslMechanism() = default;
};

// Makes the client nonce for SCRAM; tests inject the RFC vectors' fixed nonces.
using NonceGenerator = std::function<QByteArray()>;

[[nodiscard]] std::unique_ptr<SaslMechanism>
createSaslMechanism(SaslMechanismKind kind, const SaslCredentials &credentials,
                    NonceGenerator nonceGenerator = {});

} // namespace satchel::pop3

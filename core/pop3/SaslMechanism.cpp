#include "pop3/SaslMechanism.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <array>

namespace satchel::pop3 {

namespace {

using Step = SaslMechanism::Step;

Step respondWith(QByteArray response)
{
    return Step {Step::Kind::Respond, std::move(response), {}};
}

Step fail(QString error)
{
    return Step {Step::Kind::Fail, {}, std::move(error)};
}

// RFC 4616. One message: [authzid] NUL authcid NUL passwd.
class PlainMechanism final : public SaslMechanism
{
public:
    explicit PlainMechanism(SaslCredentials credentials)
        : m_credentials(std::move(credentials))
    { }
    SaslMechanismKind kind() const override { return SaslMechanismKind::Plain; }
    std::optional<QByteArray> initialResponse() override
    {
        m_sent = true;
        return message();
    }
    Step respond(const QByteArray &) override
    {
        if (m_sent)
            return fail(QStringLiteral("the server sent a second PLAIN challenge"));
        m_sent = true;
        return respondWith(message());
    }

private:
    QByteArray message() const
    {
        return m_credentials.authorizationId.toUtf8() + '\0' + m_credentials.user.toUtf8() + '\0'
            + m_credentials.secret.toUtf8();
    }
    SaslCredentials m_credentials;
    bool m_sent = false;
};

// The obsolete but widespread LOGIN mechanism: the server asks for the user name, then the
// password. The prompts' text varies between servers, so only their order counts.
class LoginMechanism final : public SaslMechanism
{
public:
    explicit LoginMechanism(SaslCredentials credentials)
        : m_credentials(std::move(credentials))
    { }
    SaslMechanismKind kind() const override { return SaslMechanismKind::Login; }
    std::optional<QByteArray> initialResponse() override { return std::nullopt; }
    Step respond(const QByteArray &) override
    {
        switch (m_step++) {
        case 0:
            return respondWith(m_credentials.user.toUtf8());
        case 1:
            return respondWith(m_credentials.secret.toUtf8());
        default:
            return fail(QStringLiteral("the server asked for more than a user name and password"));
        }
    }

private:
    SaslCredentials m_credentials;
    int m_step = 0;
};

// RFC 2195: "user hex(HMAC-MD5(password, challenge))".
class CramMd5Mechanism final : public SaslMechanism
{
public:
    explicit CramMd5Mechanism(SaslCredentials credentials)
        : m_credentials(std::move(credentials))
    { }
    SaslMechanismKind kind() const override { return SaslMechanismKind::CramMd5; }
    std::optional<QByteArray> initialResponse() override { return std::nullopt; }
    Step respond(const QByteArray &challenge) override
    {
        if (m_done)
            return fail(QStringLiteral("the server sent a second CRAM-MD5 challenge"));
        if (challenge.isEmpty())
            return fail(QStringLiteral("the server sent an empty CRAM-MD5 challenge"));
        m_done = true;
        const QByteArray digest = QMessageAuthenticationCode::hash(
            challenge, m_credentials.secret.toUtf8(), QCryptographicHash::Md5);
        return respondWith(m_credentials.user.toUtf8() + ' ' + digest.toHex());
    }

private:
    SaslCredentials m_credentials;
    bool m_done = false;
};

// RFC 5802 (SCRAM-SHA-1) and RFC 7677 (SCRAM-SHA-256), without channel binding.
class ScramMechanism final : public SaslMechanism
{
public:
    // A hostile server could ask for billions of PBKDF2 rounds to hang the client; real servers
    // use 4096 to some hundred thousand.
    static constexpr int MaxIterations = 1'000'000;

    ScramMechanism(SaslMechanismKind kind, SaslCredentials credentials, NonceGenerator nonce)
        : m_kind(kind)
        , m_algorithm(kind == SaslMechanismKind::ScramSha1 ? QCryptographicHash::Sha1
                                                           : QCryptographicHash::Sha256)
        , m_credentials(std::move(credentials))
        , m_clientNonce(nonce ? nonce() : randomNonce())
    { }
    SaslMechanismKind kind() const override { return m_kind; }

    std::optional<QByteArray> initialResponse() override
    {
        m_stage = Stage::ClientFirstSent;
        return clientFirst();
    }

    Step respond(const QByteArray &challenge) override
    {
        switch (m_stage) {
        case Stage::Start:
            // No initial response was sent: the server's first "+" is empty.
            m_stage = Stage::ClientFirstSent;
            return respondWith(clientFirst());
        case Stage::ClientFirstSent:
            return answerServerFirst(challenge);
        case Stage::ClientFinalSent:
            return checkServerFinal(challenge);
        case Stage::Verified:
            break;
        }
        return fail(QStringLiteral("the server continued the SCRAM exchange after it ended"));
    }

    bool isComplete() const override { return m_stage == Stage::Verified; }

private:
    enum class Stage { Start, ClientFirstSent, ClientFinalSent, Verified };

    static QByteArray randomNonce()
    {
        std::array<quint32, 6> words {};
        QRandomGenerator::system()->fillRange(words.data(), words.size());
        // Base64 never contains ',', the one character a nonce must not have.
        return QByteArray(reinterpret_cast<const char *>(words.data()),
                          static_cast<qsizetype>(sizeof(words)))
            .toBase64(QByteArray::OmitTrailingEquals);
    }

    // saslname (RFC 5802 5.1): "," and "=" are escaped.
    static QByteArray saslName(const QString &name)
    {
        QByteArray out = name.toUtf8();
        out.replace("=", "=3D");
        out.replace(",", "=2C");
        return out;
    }

    QByteArray clientFirstBare() const
    {
        return "n=" + saslName(m_credentials.user) + ",r=" + m_clientNonce;
    }
    QByteArray clientFirst() const { return "n,," + clientFirstBare(); }

    QByteArray hmac(const QByteArray &key, const QByteArray &message) const
    {
        return QMessageAuthenticationCode::hash(message, key, m_algorithm);
    }

    static std::optional<QByteArray> attribute(const QList<QByteArray> &fields, char name)
    {
        for (const QByteArray &field : fields) {
            if (field.size() >= 2 && field.at(0) == name && field.at(1) == '=')
                return field.mid(2);
        }
        return std::nullopt;
    }

    Step answerServerFirst(const QByteArray &serverFirst)
    {
        const QList<QByteArray> fields = serverFirst.split(',');
        if (!fields.isEmpty() && fields.first().startsWith("m="))
            return fail(
                QStringLiteral("the server requires a SCRAM extension Satchel does not know"));
        const auto nonce = attribute(fields, 'r');
        const auto salt = attribute(fields, 's');
        const auto iterationText = attribute(fields, 'i');
        if (!nonce || !salt || !iterationText)
            return fail(QStringLiteral("the server's SCRAM challenge is malformed"));
        // The combined nonce must extend ours, or someone is replaying an old exchange.
        if (!nonce->startsWith(m_clientNonce) || nonce->size() <= m_clientNonce.size())
            return fail(QStringLiteral("the server's SCRAM nonce does not extend the client's"));
        bool ok = false;
        const int iterations = iterationText->toInt(&ok);
        if (!ok || iterations < 1 || iterations > MaxIterations)
            return fail(
                QStringLiteral("the server asked for an unreasonable SCRAM iteration count"));
        const QByteArray saltBytes = QByteArray::fromBase64(*salt);
        if (saltBytes.isEmpty())
            return fail(QStringLiteral("the server sent an empty SCRAM salt"));

        // SASLprep is approximated by NFKC, which is what it amounts to for ordinary passwords.
        const QByteArray password
            = m_credentials.secret.normalized(QString::NormalizationForm_KC).toUtf8();
        const int hashLength = QCryptographicHash::hashLength(m_algorithm);
        const QByteArray saltedPassword = QPasswordDigestor::deriveKeyPbkdf2(
            m_algorithm, password, saltBytes, iterations, static_cast<quint64>(hashLength));
        const QByteArray clientKey = hmac(saltedPassword, "Client Key");
        const QByteArray storedKey = QCryptographicHash::hash(clientKey, m_algorithm);
        // "biws" is base64("n,,"): no channel binding, no authzid.
        const QByteArray clientFinalWithoutProof = "c=biws,r=" + *nonce;
        const QByteArray authMessage
            = clientFirstBare() + ',' + serverFirst + ',' + clientFinalWithoutProof;
        const QByteArray clientSignature = hmac(storedKey, authMessage);
        QByteArray proof = clientKey;
        for (qsizetype i = 0; i < proof.size(); ++i)
            proof[i] = static_cast<char>(proof.at(i) ^ clientSignature.at(i));

        m_expectedServerSignature = hmac(hmac(saltedPassword, "Server Key"), authMessage);
        m_stage = Stage::ClientFinalSent;
        return respondWith(clientFinalWithoutProof + ",p=" + proof.toBase64());
    }

    Step checkServerFinal(const QByteArray &serverFinal)
    {
        const QList<QByteArray> fields = serverFinal.split(',');
        if (const auto error = attribute(fields, 'e'))
            return fail(QStringLiteral("the server rejected the SCRAM proof: %1")
                            .arg(QString::fromUtf8(*error)));
        const auto verifier = attribute(fields, 'v');
        if (!verifier || QByteArray::fromBase64(*verifier) != m_expectedServerSignature)
            return fail(QStringLiteral("the server could not prove that it knows the password "
                                       "(SCRAM server signature mismatch)"));
        m_stage = Stage::Verified;
        return respondWith({});
    }

    SaslMechanismKind m_kind;
    QCryptographicHash::Algorithm m_algorithm;
    SaslCredentials m_credentials;
    QByteArray m_clientNonce;
    QByteArray m_expectedServerSignature;
    Stage m_stage = Stage::Start;
};

// XOAUTH2 (Google, Microsoft) and OAUTHBEARER (RFC 7628). By default the token goes after the
// server's first "+": Microsoft rejects it on the AUTH line; servers that take it there are told
// by SaslCredentials::bearerInitialResponse. On failure the server sends a JSON error as a
// further challenge, which is answered with an empty response to get the final -ERR.
class BearerMechanism final : public SaslMechanism
{
public:
    BearerMechanism(SaslMechanismKind kind, SaslCredentials credentials)
        : m_kind(kind)
        , m_credentials(std::move(credentials))
    { }
    SaslMechanismKind kind() const override { return m_kind; }
    std::optional<QByteArray> initialResponse() override
    {
        if (!m_credentials.bearerInitialResponse)
            return std::nullopt;
        m_tokenSent = true;
        return message();
    }
    Step respond(const QByteArray &challenge) override
    {
        if (!m_tokenSent) {
            m_tokenSent = true;
            return respondWith(message());
        }
        if (m_errorAcknowledged)
            return fail(QStringLiteral("the server kept challenging after rejecting the token"));
        // The JSON error's "status" says why (e.g. 401: the token expired).
        m_errorAcknowledged = true;
        m_serverError = QString::fromUtf8(challenge);
        return respondWith(m_kind == SaslMechanismKind::OAuthBearer ? QByteArray("\x01")
                                                                    : QByteArray());
    }

    QString serverMessage() const override { return m_serverError; }

private:
    QByteArray message() const
    {
        const QByteArray bearer = "auth=Bearer " + m_credentials.secret.toUtf8() + "\x01\x01";
        if (m_kind == SaslMechanismKind::XOAuth2)
            return "user=" + m_credentials.user.toUtf8() + '\x01' + bearer;
        QByteArray out = "n,a="
            + m_credentials.user.toUtf8().replace("=", "=3D").replace(",", "=2C") + ",\x01";
        if (!m_credentials.host.isEmpty())
            out += "host=" + m_credentials.host.toUtf8() + '\x01';
        if (m_credentials.port != 0)
            out += "port=" + QByteArray::number(m_credentials.port) + '\x01';
        return out + bearer;
    }

    SaslMechanismKind m_kind;
    SaslCredentials m_credentials;
    bool m_tokenSent = false;
    bool m_errorAcknowledged = false;
    QString m_serverError;
};

struct MechanismName
{
    SaslMechanismKind kind;
    const char *name;
};

constexpr std::array<MechanismName, 7> mechanismNames {{
    {SaslMechanismKind::Login, "LOGIN"},
    {SaslMechanismKind::Plain, "PLAIN"},
    {SaslMechanismKind::CramMd5, "CRAM-MD5"},
    {SaslMechanismKind::ScramSha1, "SCRAM-SHA-1"},
    {SaslMechanismKind::ScramSha256, "SCRAM-SHA-256"},
    {SaslMechanismKind::XOAuth2, "XOAUTH2"},
    {SaslMechanismKind::OAuthBearer, "OAUTHBEARER"},
}};

} // namespace

QByteArray saslMechanismName(SaslMechanismKind kind)
{
    for (const MechanismName &entry : mechanismNames) {
        if (entry.kind == kind)
            return QByteArray(entry.name);
    }
    Q_UNREACHABLE();
}

std::optional<SaslMechanismKind> saslMechanismFromName(QByteArrayView name)
{
    for (const MechanismName &entry : mechanismNames) {
        if (name.compare(QByteArrayView(entry.name), Qt::CaseInsensitive) == 0)
            return entry.kind;
    }
    return std::nullopt;
}

bool saslSendsSecretInClear(SaslMechanismKind kind)
{
    switch (kind) {
    case SaslMechanismKind::CramMd5:
    case SaslMechanismKind::ScramSha1:
    case SaslMechanismKind::ScramSha256:
        return false;
    case SaslMechanismKind::Login:
    case SaslMechanismKind::Plain:
    case SaslMechanismKind::XOAuth2:
    case SaslMechanismKind::OAuthBearer:
        return true;
    }
    return true;
}

std::optional<SaslMechanismKind> chooseSaslMechanism(const QList<QByteArray> &offered,
                                                     bool useOAuthToken)
{
    auto isOffered = [&offered](SaslMechanismKind kind) {
        const QByteArray name = saslMechanismName(kind);
        for (const QByteArray &candidate : offered) {
            if (candidate.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    // Strongest first. OAUTHBEARER is the standard; XOAUTH2 what most providers still speak.
    static constexpr std::array passwordOrder {
        SaslMechanismKind::ScramSha256, SaslMechanismKind::ScramSha1, SaslMechanismKind::CramMd5,
        SaslMechanismKind::Plain, SaslMechanismKind::Login};
    static constexpr std::array tokenOrder {SaslMechanismKind::OAuthBearer,
                                            SaslMechanismKind::XOAuth2};
    const auto tryOrder = [&](const auto &order) -> std::optional<SaslMechanismKind> {
        for (const SaslMechanismKind kind : order) {
            if (isOffered(kind))
                return kind;
        }
        return std::nullopt;
    };
    return useOAuthToken ? tryOrder(tokenOrder) : tryOrder(passwordOrder);
}

std::unique_ptr<SaslMechanism> createSaslMechanism(SaslMechanismKind kind,
                                                   const SaslCredentials &credentials,
                                                   NonceGenerator nonceGenerator)
{
    switch (kind) {
    case SaslMechanismKind::Plain:
        return std::make_unique<PlainMechanism>(credentials);
    case SaslMechanismKind::Login:
        return std::make_unique<LoginMechanism>(credentials);
    case SaslMechanismKind::CramMd5:
        return std::make_unique<CramMd5Mechanism>(credentials);
    case SaslMechanismKind::ScramSha1:
    case SaslMechanismKind::ScramSha256:
        return std::make_unique<ScramMechanism>(kind, credentials, std::move(nonceGenerator));
    case SaslMechanismKind::XOAuth2:
    case SaslMechanismKind::OAuthBearer:
        return std::make_unique<BearerMechanism>(kind, credentials);
    }
    return nullptr;
}

} // namespace satchel::pop3

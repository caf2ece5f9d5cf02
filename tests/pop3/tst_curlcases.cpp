/*
 * curl's POP3 test cases (<corpus>/pop3/curl-pop3-tests/tests/data/test*, see SOURCE.txt there)
 * driven through FakePop3Server, one data row per case file. For each case that applies to a POP3
 * client library: the fake server gives the answers of curl's test server (modelled by CurlServer
 * below) and expects, step by step, the commands of the case's <protocol>, changed only by the
 * deliberate differences listed below; then the data the session delivered is compared with what
 * the case expects curl to print (<datacheck>, <stdout> or <data>).
 *
 * Cases that do not apply (case: what it tests -- why not):
 *   test445  pop3:// among URLs refused through an HTTP proxy -- curl's proxy code; no POP3 at all
 *   test480  .netrc password with CR LF refused -- curl's .netrc parser; no POP3 exchange
 *   test868  SASL NTLM -- Satchel has no NTLM, and the server offers nothing else
 *   test869  SASL DIGEST-MD5 -- no DIGEST-MD5 (historic, RFC 6331); the server offers nothing else
 *   test873  SASL NTLM with an initial response -- no NTLM
 *   test875  URL-encoded CR LF in the URL path -- curl's URL parser; no POP3 exchange
 *   test877  NTLM exchange cancelled -- no NTLM
 *   test878  DIGEST-MD5 exchange cancelled -- no DIGEST-MD5; the server offers nothing else
 *   test883  SASL EXTERNAL forced by ;AUTH=EXTERNAL -- no EXTERNAL (it needs a client certificate)
 *   test884  EXTERNAL without a user name -- no EXTERNAL
 *   test885  EXTERNAL with an initial response -- no EXTERNAL
 *   test886  EXTERNAL with an empty initial response -- no EXTERNAL
 *   test892  PLAIN with --sasl-authzid -- SessionSettings has no authorisation identity
 *   test893  PLAIN with an authzid the server refuses -- no authorisation identity setting
 *   test894  CR in the URL's user name -- curl's URL parser; no POP3 exchange
 *   test1319 RETR tunnelled through an HTTP proxy (CONNECT) -- Satchel has no proxy support
 * (test1407 checks curl's --libcurl source output, which does not apply; its conversation, LIST n,
 * does and is driven. test480 and test894 have a library analogue, a CR or LF inside
 * SessionSettings::user or ::secret, which is no curl case and is not driven here.)
 *
 * Deliberate differences between Satchel and curl (enum Difference; each row logs those it used):
 *   PlainGreeting: curl's test server puts lines of ASCII art before its "+OK" greeting. RFC 1939 4
 *     allows one greeting line and Satchel refuses anything else (tst_session "garbage greeting"),
 *     so the fake greets with the +OK line alone.
 *   CapaAfterLogin: when the first CAPA worked, Satchel asks CAPA again after logging in (RFC 2449:
 *     capabilities may change after authentication); curl does not. The exchange is inserted.
 *   PlainInitialResponse: Satchel sends PLAIN's initial response on the AUTH line when the line
 *     fits in 255 octets (RFC 5034 4); curl does only with --sasl-ir. The server answers it as it
 *     answers the same response sent after its "+".
 *   NoInitialResponse: Satchel never sends an initial response with LOGIN (it answers the server's
 *     "Username:" prompt) nor with XOAUTH2 / OAUTHBEARER (some providers refuse the token on the
 *     AUTH line); with --sasl-ir curl does. The server prompts as in the cases without --sasl-ir:
 *     "+ VXNlcm5hbWU6" (test866) or "+" (test870, test887).
 *   SkipUnsupportedMechanism: offered NTLM or DIGEST-MD5 and PLAIN, curl starts the former,
 *     cancels it and downgrades; Satchel never starts a mechanism it lacks and uses PLAIN at once.
 *   NoDowngrade: after cancelling an exchange the server broke, Satchel ends the session
 *     (ErrorKind::Protocol) instead of retrying a weaker mechanism: a man in the middle could break
 *     CRAM-MD5 on purpose to have the password sent with PLAIN. curl downgrades.
 *   EmptyCramMd5Challenge: an empty CRAM-MD5 challenge is none (RFC 2195: it is a msg-id), so
 *     Satchel cancels with "*"; curl answers with the HMAC of nothing.
 *   ListOneSingleLine: the answer to "LIST n" is one line (RFC 1939 5). curl reads a multi-line
 *     body, so these cases make its server add a "." line, which a conforming server does not send.
 * Mapped rather than different: --ssl (opportunistic in curl) and --ssl-reqd both become
 * Security::StartTls, as Satchel never falls back to plain text; --insecure becomes accepting
 * exactly the test server's certificate; -I and --libcurl change only what curl prints.
 *
 * The outcome Satchel must reach follows from the adjusted conversation: if it ends with QUIT the
 * session opens, the case's command gets its answer (-ERR: commandFailed(CommandFailed), as the
 * session goes on to QUIT like curl) and the session quits; otherwise it fails, with the kind the
 * last exchange calls for (expectedFailure()), where curl exits with an error code. Either way the
 * script must complete without a deviation, which proves the exact commands Satchel sent.
 */

#include "FakePop3Server.h"
#include "TestCertificate.h"
#include "TestPaths.h"
#include "pop3/SaslMechanism.h"
#include "pop3/Session.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <optional>
#include <span>

using namespace satchel::pop3;
using satchel::test::FakePop3Server;
using satchel::test::TestCertificate;

namespace {

struct CaseNote
{
    int number;
    const char *reason;
};

// The cases of the comment above that do not apply; their rows are skipped with the reason.
constexpr std::array NotApplicable {
    CaseNote {445, "pop3:// refused through an HTTP proxy: curl's proxy code, no POP3 exchange"},
    CaseNote {480, ".netrc password with CR LF: curl's .netrc parser, no POP3 exchange"},
    CaseNote {868, "SASL NTLM: not implemented by Satchel, nothing else offered"},
    CaseNote {869, "SASL DIGEST-MD5: not implemented by Satchel, nothing else offered"},
    CaseNote {873, "SASL NTLM with initial response: not implemented by Satchel"},
    CaseNote {875, "CR LF in the URL: curl's URL parser, no POP3 exchange"},
    CaseNote {877, "NTLM cancellation: not implemented by Satchel"},
    CaseNote {878, "DIGEST-MD5 cancellation: not implemented by Satchel, nothing else offered"},
    CaseNote {883, "SASL EXTERNAL: not implemented by Satchel"},
    CaseNote {884, "SASL EXTERNAL without user: not implemented by Satchel"},
    CaseNote {885, "SASL EXTERNAL with initial response: not implemented by Satchel"},
    CaseNote {886, "SASL EXTERNAL with empty initial response: not implemented by Satchel"},
    CaseNote {892, "--sasl-authzid: Satchel has no authorisation identity setting"},
    CaseNote {893, "--sasl-authzid refused: Satchel has no authorisation identity setting"},
    CaseNote {894, "CR in the URL's user name: curl's URL parser, no POP3 exchange"},
    CaseNote {1319, "POP3 through an HTTP proxy: Satchel has no proxy support"},
};

// Rows driven with the conversation Satchel should have, but skipped because we believe Satchel is
// wrong there. Each comes back when core is fixed: delete its entry.
// Cases that found bugs in Satchel, all fixed since (kept empty rather than removed, so that the
// next one has a place to go while it is being fixed).
constexpr std::array<CaseNote, 0> KnownSatchelBugs {};

const char *noteFor(std::span<const CaseNote> notes, int number)
{
    for (const CaseNote &note : notes) {
        if (note.number == number)
            return note.reason;
    }
    return nullptr;
}

enum class Difference {
    PlainGreeting,
    CapaAfterLogin,
    PlainInitialResponse,
    NoInitialResponse,
    SkipUnsupportedMechanism,
    NoDowngrade,
    EmptyCramMd5Challenge,
    ListOneSingleLine,
};

QString differenceName(Difference difference)
{
    switch (difference) {
    case Difference::PlainGreeting:
        return QStringLiteral("PlainGreeting");
    case Difference::CapaAfterLogin:
        return QStringLiteral("CapaAfterLogin");
    case Difference::PlainInitialResponse:
        return QStringLiteral("PlainInitialResponse");
    case Difference::NoInitialResponse:
        return QStringLiteral("NoInitialResponse");
    case Difference::SkipUnsupportedMechanism:
        return QStringLiteral("SkipUnsupportedMechanism");
    case Difference::NoDowngrade:
        return QStringLiteral("NoDowngrade");
    case Difference::EmptyCramMd5Challenge:
        return QStringLiteral("EmptyCramMd5Challenge");
    case Difference::ListOneSingleLine:
        return QStringLiteral("ListOneSingleLine");
    }
    return QString();
}

QString kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("None");
    case ErrorKind::HostNotFound:
        return QStringLiteral("HostNotFound");
    case ErrorKind::ConnectionRefused:
        return QStringLiteral("ConnectionRefused");
    case ErrorKind::Network:
        return QStringLiteral("Network");
    case ErrorKind::Timeout:
        return QStringLiteral("Timeout");
    case ErrorKind::CertificateRejected:
        return QStringLiteral("CertificateRejected");
    case ErrorKind::Tls:
        return QStringLiteral("Tls");
    case ErrorKind::StlsUnavailable:
        return QStringLiteral("StlsUnavailable");
    case ErrorKind::InsecureAuthRefused:
        return QStringLiteral("InsecureAuthRefused");
    case ErrorKind::NoMechanism:
        return QStringLiteral("NoMechanism");
    case ErrorKind::InvalidCredentials:
        return QStringLiteral("InvalidCredentials");
    case ErrorKind::AuthenticationFailed:
        return QStringLiteral("AuthenticationFailed");
    case ErrorKind::InUse:
        return QStringLiteral("InUse");
    case ErrorKind::LoginDelay:
        return QStringLiteral("LoginDelay");
    case ErrorKind::TemporaryFailure:
        return QStringLiteral("TemporaryFailure");
    case ErrorKind::PermanentFailure:
        return QStringLiteral("PermanentFailure");
    case ErrorKind::Protocol:
        return QStringLiteral("Protocol");
    case ErrorKind::CommandFailed:
        return QStringLiteral("CommandFailed");
    case ErrorKind::MessageTooLarge:
        return QStringLiteral("MessageTooLarge");
    case ErrorKind::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QString::number(int(kind));
}

QString commandName(Session::Command command)
{
    return QString::fromLatin1(QMetaEnum::fromType<Session::Command>().valueToKey(int(command)));
}

QByteArray toCrlf(QByteArray text)
{
    text.replace("\r\n", "\n");
    text.replace("\n", "\r\n");
    return text;
}

// --- the test case file ----------------------------------------------------------------------

// The part between <name ...> and </name>, as getpart reads it: the line end after the opening tag
// is not content.
struct Section
{
    QString text;
    QHash<QString, QString> attributes;
};

std::optional<Section> findSection(const QString &text, const QString &name)
{
    const QRegularExpression open(u'<' + name + QStringLiteral(R"((\s[^>]*)?>)"));
    const QRegularExpressionMatch match = open.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    qsizetype start = match.capturedEnd();
    if (start < text.size() && text.at(start) == u'\n')
        ++start;
    const qsizetype end = text.indexOf(QString(QStringLiteral("</") + name + u'>'), start);
    if (end < 0)
        return std::nullopt;
    Section section;
    section.text = text.mid(start, end - start);
    static const QRegularExpression attribute(QStringLiteral(R"re((\w+)="([^"]*)")re"));
    for (auto it = attribute.globalMatch(match.captured(1)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        section.attributes.insert(m.captured(1), m.captured(2));
    }
    return section;
}

// The variables and functions of the files (runtests.pl's subset that these cases use):
// variables first, then %b64[...]b64% and %repeat[N x ...]%, whose text is %XX-encoded.
QByteArray substitute(QByteArray text, int number, quint16 port)
{
    const QByteArray portText = QByteArray::number(port);
    text.replace("%TESTNUMBER", QByteArray::number(number));
    text.replace("%HOSTIP", "127.0.0.1");
    text.replace("%POP3SPORT", portText);
    text.replace("%POP3PORT", portText);
    text.replace("%LT", "<");
    text.replace("%GT", ">");
    text.replace("%CR", "\r");
    for (qsizetype at = text.indexOf("%b64["); at >= 0; at = text.indexOf("%b64[", at)) {
        const qsizetype end = text.indexOf("]b64%", at);
        if (end < 0)
            break; // left as written: the conversation will not match, and the row fails
        const QByteArray encoded
            = QByteArray::fromPercentEncoding(text.mid(at + 5, end - at - 5)).toBase64();
        text.replace(at, end + 5 - at, encoded);
        at += encoded.size();
    }
    for (qsizetype at = text.indexOf("%repeat["); at >= 0; at = text.indexOf("%repeat[", at)) {
        const qsizetype end = text.indexOf("]%", at);
        const qsizetype times = text.indexOf(" x ", at);
        if (end < 0 || times < 0 || times > end)
            break; // idem
        const int count = text.mid(at + 8, times - at - 8).toInt();
        const QByteArray unit
            = QByteArray::fromPercentEncoding(text.mid(times + 3, end - times - 3));
        const QByteArray repeated = unit.repeated(count);
        text.replace(at, end + 2 - at, repeated);
        at += repeated.size();
    }
    return text;
}

struct CurlCase
{
    int number = 0;
    QString name;
    QByteArray command;
    QList<QByteArray> serverCommands;
    std::optional<QByteArray> data;
    std::optional<QByteArray> dataCheck;
    std::optional<QByteArray> expectedStdout;
    QList<QByteArray> protocol;
    int errorCode = 0;

    // What curl must print: <datacheck> when there is one, else <stdout>, else <data>.
    [[nodiscard]] std::optional<QByteArray> expectedOutput() const
    {
        return dataCheck ? dataCheck : (expectedStdout ? expectedStdout : data);
    }
};

std::optional<CurlCase> loadCase(const QString &path, int number, quint16 port, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QString text = QString::fromLatin1(file.readAll());
    const auto client = findSection(text, QStringLiteral("client"));
    const auto verify = findSection(text, QStringLiteral("verify"));
    if (!client || !verify) {
        *error = QStringLiteral("%1: no <client> or no <verify>").arg(path);
        return std::nullopt;
    }
    auto contents = [&](const Section &section) {
        const QByteArray bytes = substitute(section.text.toLatin1(), number, port);
        return section.attributes.value(QStringLiteral("crlf")) == QLatin1String("yes")
            ? toCrlf(bytes)
            : bytes;
    };
    auto part
        = [&](const std::optional<Section> &parent, const char *name) -> std::optional<QByteArray> {
        if (!parent)
            return std::nullopt;
        const auto section = findSection(parent->text, QString::fromLatin1(name));
        return section ? std::optional(contents(*section)) : std::nullopt;
    };

    CurlCase curlCase;
    curlCase.number = number;
    const auto reply = findSection(text, QStringLiteral("reply"));
    curlCase.data = part(reply, "data");
    curlCase.dataCheck = part(reply, "datacheck");
    curlCase.expectedStdout = part(verify, "stdout");
    if (const auto servercmd = part(reply, "servercmd")) {
        for (const QByteArray &line : servercmd->split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (!trimmed.isEmpty() && !trimmed.startsWith('#'))
                curlCase.serverCommands.append(line.endsWith('\r') ? line.chopped(1) : line);
        }
    }
    curlCase.name = QString::fromLatin1(part(client, "name").value_or(QByteArray()).trimmed());
    curlCase.command = part(client, "command").value_or(QByteArray()).simplified();
    if (const auto protocol = part(verify, "protocol")) {
        QList<QByteArray> lines = protocol->split('\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        for (QByteArray &line : lines) {
            if (line.endsWith('\r'))
                line.chop(1);
        }
        curlCase.protocol = lines;
    }
    curlCase.errorCode = part(verify, "errorcode").value_or(QByteArray("0")).trimmed().toInt();
    return curlCase;
}

// --- curl's test server ----------------------------------------------------------------------

// A POP3 server that answers as curl's tests/ftpserver.pl does in POP3 mode, configured by the
// case's <servercmd>:
//   CAPA a b ...     the capabilities CAPA lists (APOP only enables the APOP command); AUTH x y
//                    adds "SASL x y". With neither, CAPA is "-ERR Unrecognized command".
//   REPLY cmd text   the answer to every line whose command is `cmd` (a base64 line or "*" is its
//                    own command; "welcome" is the greeting); REPLY "cmd args" text: to that exact
//                    line. Perl string escapes (\r\n, \@) apply. REPLYLF: the same, ended by LF.
//   SLOWDOWN         every byte on its own, 10 ms apart (here: 1 ms).
// Otherwise: USER/PASS/DELE/NOOP/RSET +OK, STAT "+OK 3 4294967800", RETR and TOP send the case's
// <data> then ".", LIST sends its <data> (test993's 1000 entries) or the built-in three-message
// list, UIDL the built-in "1 1 / 2 2 / 3 4" (TOP and UIDL only when CAPA lists them), APOP checks
// the digest of the greeting's timestamp and "secret", QUIT signs off, and anything else is
// "-ERR <cmd> is not dealt with!". The server never hangs up by itself.
class CurlServer
{
public:
    static std::optional<CurlServer> create(const CurlCase &curlCase, QString *error)
    {
        CurlServer server;
        server.m_data = curlCase.data.value_or(QByteArray());
        server.m_hasData = curlCase.data.has_value();
        static const QRegularExpression fullText(QStringLiteral(R"re(^REPLY "([^"]+)" (.*)$)re"));
        static const QRegularExpression command(
            QStringLiteral(R"(^REPLY(LF)? ([A-Za-z0-9+/=*]*) (.*)$)"));
        for (const QByteArray &line : curlCase.serverCommands) {
            const QString text = QString::fromLatin1(line);
            if (const auto m = fullText.match(text); m.hasMatch()) {
                server.m_fullTextReplies.insert(m.captured(1).toLatin1(),
                                                perlString(m.captured(2).toLatin1()) + "\r\n");
            } else if (const auto c = command.match(text); c.hasMatch()) {
                const QByteArray end = c.captured(1).isEmpty() ? "\r\n" : "\n";
                server.m_commandReplies.insert(c.captured(2).toLatin1(),
                                               perlString(c.captured(3).toLatin1()) + end);
            } else if (line == "SLOWDOWN") {
                server.m_slowdown = true;
            } else if (line.startsWith("CAPA ")) {
                server.m_capabilities = line.mid(5).simplified().split(' ');
            } else if (line.startsWith("AUTH ")) {
                server.m_mechanisms = line.mid(5).simplified().split(' ');
            } else {
                *error = QStringLiteral("test%1: server directive not modelled: %2")
                             .arg(curlCase.number)
                             .arg(text);
                return std::nullopt;
            }
        }
        return server;
    }

    [[nodiscard]] bool slowdown() const { return m_slowdown; }
    [[nodiscard]] bool hasDefaultGreeting() const
    {
        return !m_commandReplies.contains(QByteArray("welcome"));
    }

    [[nodiscard]] QByteArray greeting() const
    {
        return m_commandReplies.value(QByteArray("welcome"),
                                      QByteArray("+OK curl POP3 server ready to serve \r\n"));
    }

    [[nodiscard]] QByteArray reply(const QByteArray &line) const
    {
        static const QRegularExpression verbLine(QStringLiteral(R"(^([A-Za-z]{3,4})(\s(.*))?$)"));
        static const QRegularExpression base64Line(QStringLiteral("^[A-Za-z0-9+/]*={0,2}$"));
        const QString text = QString::fromLatin1(line);
        QByteArray command;
        QByteArray argument;
        if (const auto m = verbLine.match(text); m.hasMatch()) {
            command = m.captured(1).toLatin1();
            argument = m.captured(3).toLatin1();
        } else if (line == "*" || base64Line.match(text).hasMatch()) {
            command = line;
        } else {
            return "-ERR Unrecognized command\r\n"; // and the server hangs up
        }
        const QByteArray full = argument.isEmpty() ? command : QByteArray(command + ' ' + argument);
        if (const auto it = m_fullTextReplies.constFind(full); it != m_fullTextReplies.cend())
            return *it;
        if (const QByteArray custom = m_commandReplies.value(command); !custom.isEmpty())
            return custom;
        return builtIn(command, argument);
    }

private:
    CurlServer() = default;

    // What Perl's qq{} makes of the reply text.
    static QByteArray perlString(const QByteArray &text)
    {
        QByteArray out;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char c = text.at(i);
            if (c != '\\' || i + 1 == text.size()) {
                out += c;
                continue;
            }
            const char escaped = text.at(++i);
            out += escaped == 'r' ? '\r' : escaped == 'n' ? '\n' : escaped == 't' ? '\t' : escaped;
        }
        return out;
    }

    [[nodiscard]] bool capable(const char *name) const
    {
        return m_capabilities.contains(QByteArray(name));
    }

    [[nodiscard]] QByteArray builtIn(const QByteArray &command, const QByteArray &argument) const
    {
        static const QByteArray builtInList = "1 100\r\n2 4294967400\r\n3 200\r\n";
        static const QByteArray builtInUidl = "1 1\r\n2 2\r\n3 4\r\n";
        const QByteArray ok = "+OK\r\n";
        const QByteArray protocolError = "-ERR Protocol error\r\n";
        const QByteArray unrecognised = "-ERR Unrecognized command\r\n";
        if (command == "CAPA") {
            QByteArray list;
            for (const QByteArray &capability : m_capabilities) {
                if (capability != "APOP")
                    list += capability + "\r\n";
            }
            if (!m_mechanisms.isEmpty())
                list += "SASL " + m_mechanisms.join(' ') + "\r\n";
            if (list.isEmpty())
                return unrecognised;
            return "+OK List of capabilities follows\r\n" + list
                + "IMPLEMENTATION POP3 pingpong test server\r\n.\r\n";
        }
        if (command == "APOP") {
            if (!capable("APOP"))
                return unrecognised;
            const QList<QByteArray> words = argument.split(' ');
            if (words.size() != 2 || words.at(0).isEmpty() || words.at(1).isEmpty())
                return protocolError;
            const QByteArray greetingLine = greeting();
            const qsizetype open = greetingLine.indexOf('<');
            const qsizetype close = greetingLine.indexOf('>', open);
            const QByteArray timestamp
                = open < 0 || close < 0 ? QByteArray() : greetingLine.mid(open, close - open + 1);
            const QByteArray digest = QCryptographicHash::hash(QByteArray(timestamp + "secret"),
                                                               QCryptographicHash::Md5)
                                          .toHex();
            return words.at(1) == digest ? QByteArray("+OK Login successful\r\n")
                                         : QByteArray("-ERR Login failure\r\n");
        }
        if (command == "AUTH") {
            if (m_mechanisms.isEmpty())
                return unrecognised;
            return "+OK List of supported mechanisms follows\r\n" + m_mechanisms.join("\r\n")
                + "\r\n.\r\n";
        }
        if (command == "USER" || command == "DELE")
            return argument.isEmpty() ? protocolError : ok;
        if (command == "PASS")
            return "+OK Login successful\r\n";
        if (command == "NOOP" || command == "RSET")
            return argument.isEmpty() ? ok : protocolError;
        if (command == "STAT")
            return argument.isEmpty() ? QByteArray("+OK 3 4294967800\r\n") : protocolError;
        if (command == "RETR")
            return "+OK Mail transfer starts\r\n" + m_data + ".\r\n";
        if (command == "TOP") {
            if (!capable("TOP"))
                return unrecognised;
            if (argument.split(' ').size() != 2)
                return protocolError;
            return "+OK Mail transfer starts\r\n" + m_data + ".\r\n";
        }
        if (command == "LIST")
            return "+OK Listing starts\r\n" + (m_hasData ? m_data : builtInList) + ".\r\n";
        if (command == "UIDL") {
            if (!capable("UIDL"))
                return unrecognised;
            return "+OK Listing starts\r\n" + builtInUidl + ".\r\n";
        }
        if (command == "QUIT")
            return "+OK curl POP3 server signing off\r\n";
        return "-ERR " + command + " is not dealt with!\r\n";
    }

    QList<QByteArray> m_capabilities;
    QList<QByteArray> m_mechanisms;
    QHash<QByteArray, QByteArray> m_fullTextReplies; // with their line ends
    QHash<QByteArray, QByteArray> m_commandReplies;
    QByteArray m_data;
    bool m_hasData = false;
    bool m_slowdown = false;
};

// --- the curl command line -------------------------------------------------------------------

// One URL of the command line with its options (several are separated by "-:").
struct Transfer
{
    bool implicitTls = false; // pop3s://
    int messageNumber = 0; // the URL's path; 0: none
    QString user;
    QString secret;
    bool oauthBearer = false;
    QByteArray forcedMechanism; // ;AUTH=<mechanism> in the URL
    bool listOnly = false; // -l
    QByteArray customRequest; // -X
    bool saslInitialResponse = false; // --sasl-ir
    bool startTls = false; // --ssl, --ssl-reqd on pop3://
    bool insecure = false;
    bool hasUrl = false;
    QStringList untranslated;

    // The command curl sends for the transfer (pop3.c: the custom request or RETR/LIST, followed
    // by the URL's message number when there is one).
    [[nodiscard]] QByteArray commandLine() const
    {
        const QByteArray number
            = messageNumber ? QByteArray(' ' + QByteArray::number(messageNumber)) : QByteArray();
        if (!customRequest.isEmpty())
            return customRequest + number;
        if (messageNumber)
            return (listOnly ? QByteArray("LIST") : QByteArray("RETR")) + number;
        return "LIST";
    }
};

QList<QByteArray> tokenize(const QByteArray &line)
{
    QList<QByteArray> tokens;
    QByteArray current;
    bool inToken = false;
    char quote = 0;
    for (const char c : line) {
        if (quote != 0) {
            if (c == quote)
                quote = 0;
            else
                current += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            inToken = true;
        } else if (c == ' ' || c == '\t') {
            if (inToken)
                tokens.append(current);
            current.clear();
            inToken = false;
        } else {
            current += c;
            inToken = true;
        }
    }
    if (inToken)
        tokens.append(current);
    return tokens;
}

void parseUrl(const QByteArray &url, Transfer &transfer)
{
    transfer.hasUrl = true;
    transfer.implicitTls = url.startsWith("pop3s://");
    const QByteArray rest = url.mid(url.indexOf("://") + 3);
    const qsizetype slash = rest.indexOf('/');
    const QByteArray authority = slash < 0 ? rest : rest.left(slash);
    const QByteArray path = slash < 0 ? QByteArray() : rest.mid(slash + 1);
    if (const qsizetype at = authority.lastIndexOf('@'); at >= 0) {
        QByteArray userInfo = authority.left(at);
        if (const qsizetype options = userInfo.indexOf(";AUTH="); options >= 0) {
            transfer.forcedMechanism = userInfo.mid(options + 6);
            userInfo.truncate(options);
        }
        const qsizetype colon = userInfo.indexOf(':');
        transfer.user = QString::fromUtf8(
            QByteArray::fromPercentEncoding(colon < 0 ? userInfo : userInfo.left(colon)));
        if (colon >= 0)
            transfer.secret
                = QString::fromUtf8(QByteArray::fromPercentEncoding(userInfo.mid(colon + 1)));
    }
    if (!path.isEmpty()) {
        bool ok = false;
        transfer.messageNumber = path.toInt(&ok);
        if (!ok || transfer.messageNumber < 1)
            transfer.untranslated.append(QStringLiteral("URL path ") + QString::fromLatin1(path));
    }
}

QList<Transfer> parseCommandLine(const QByteArray &commandLine)
{
    const QList<QByteArray> tokens = tokenize(commandLine);
    QList<Transfer> transfers(1);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QByteArray &token = tokens.at(i);
        Transfer &transfer = transfers.last();
        auto value = [&]() -> QByteArray {
            if (i + 1 < tokens.size())
                return tokens.at(++i);
            transfer.untranslated.append(QString::fromLatin1(token)
                                         + QStringLiteral(" (no value)"));
            return {};
        };
        if (token == "-:" || token == "--next") {
            transfers.append(Transfer());
        } else if (token.startsWith("pop3://") || token.startsWith("pop3s://")) {
            parseUrl(token, transfer);
        } else if (token == "-u" || token == "--user") {
            const QByteArray credentials = value();
            const qsizetype colon = credentials.indexOf(':');
            transfer.user = QString::fromUtf8(colon < 0 ? credentials : credentials.left(colon));
            if (colon >= 0)
                transfer.secret = QString::fromUtf8(credentials.mid(colon + 1));
        } else if (token == "--oauth2-bearer") {
            transfer.secret = QString::fromUtf8(value());
            transfer.oauthBearer = true;
        } else if (token == "-l" || token == "--list-only") {
            transfer.listOnly = true;
        } else if (token == "-X" || token == "--request") {
            transfer.customRequest = value();
        } else if (token == "-I" || token == "--head") {
            // Only what curl prints changes.
        } else if (token == "--libcurl") {
            value(); // curl writes C source; the conversation is the same
        } else if (token == "--sasl-ir") {
            transfer.saslInitialResponse = true;
        } else if (token == "--ssl" || token == "--ssl-reqd") {
            transfer.startTls = true;
        } else if (token == "--insecure" || token == "-k") {
            transfer.insecure = true;
        } else {
            transfer.untranslated.append(QString::fromLatin1(token));
        }
    }
    return transfers;
}

// What a command line of curl's conversation asks the session to do.
struct Action
{
    Session::Command command = Session::Command::Noop;
    int number = 0;
    int lines = 0;
};

std::optional<Action> actionFor(const QByteArray &line)
{
    const QList<QByteArray> words = line.split(' ');
    const QByteArray verb = words.at(0).toUpper();
    QList<int> numbers;
    for (qsizetype i = 1; i < words.size(); ++i) {
        bool ok = false;
        numbers.append(words.at(i).toInt(&ok));
        if (!ok || numbers.last() < 0)
            return std::nullopt;
    }
    auto make = [&](Session::Command command, qsizetype minArgs,
                    qsizetype maxArgs) -> std::optional<Action> {
        if (numbers.size() < minArgs || numbers.size() > maxArgs)
            return std::nullopt;
        return Action {command, numbers.value(0), numbers.value(1)};
    };
    if (verb == "RETR")
        return make(Session::Command::Retr, 1, 1);
    if (verb == "TOP")
        return make(Session::Command::Top, 2, 2);
    if (verb == "LIST")
        return make(Session::Command::List, 0, 1);
    if (verb == "UIDL")
        return make(Session::Command::Uidl, 0, 1);
    if (verb == "DELE")
        return make(Session::Command::Dele, 1, 1);
    if (verb == "STAT")
        return make(Session::Command::Stat, 0, 0);
    if (verb == "NOOP")
        return make(Session::Command::Noop, 0, 0);
    if (verb == "RSET")
        return make(Session::Command::Rset, 0, 0);
    return std::nullopt;
}

void perform(Session &session, const Action &action)
{
    switch (action.command) {
    case Session::Command::Retr:
        session.retrieve(action.number);
        break;
    case Session::Command::Top:
        session.top(action.number, action.lines);
        break;
    case Session::Command::List:
        action.number ? session.list(action.number) : session.list();
        break;
    case Session::Command::Uidl:
        action.number ? session.uidl(action.number) : session.uidl();
        break;
    case Session::Command::Dele:
        session.remove(action.number);
        break;
    case Session::Command::Stat:
        session.stat();
        break;
    case Session::Command::Noop:
        session.noop();
        break;
    case Session::Command::Rset:
        session.reset();
        break;
    case Session::Command::Quit:
        session.quit();
        break;
    }
}

// --- the conversation ------------------------------------------------------------------------

struct Exchange
{
    QByteArray command; // without CRLF
    QByteArray reply; // the bytes the server sends back
};

QByteArray firstLine(const QByteArray &reply)
{
    QByteArray line = reply.left(reply.indexOf('\n'));
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

// "+OK 3 4294967800" -> "3 4294967800"
QByteArray statusText(const QByteArray &reply)
{
    const QByteArray line = firstLine(reply);
    const qsizetype space = line.indexOf(' ');
    return space < 0 ? QByteArray() : line.mid(space + 1).trimmed();
}

// The lines of a multi-line answer between the status line and the final ".".
QByteArray replyBody(const QByteArray &reply)
{
    QByteArray body = reply.mid(reply.indexOf('\n') + 1);
    if (body.endsWith(".\r\n"))
        body.chop(3);
    return body;
}

bool isOk(const QByteArray &reply)
{
    return reply.startsWith("+OK");
}

bool isContinuation(const QByteArray &reply)
{
    const QByteArray line = firstLine(reply);
    return line == "+" || line.startsWith("+ ");
}

// "AUTH PLAIN xyz" -> "PLAIN"; empty when the line is no AUTH with a mechanism.
QByteArray authMechanism(const QByteArray &command)
{
    const QList<QByteArray> words = command.split(' ');
    return words.size() >= 2 && words.at(0) == "AUTH" ? words.at(1) : QByteArray();
}

// curl's conversation turned into the one Satchel must have; see the comment at the top.
QList<Exchange> adjustForSatchel(QList<Exchange> exchanges, const CurlServer &server,
                                 QList<Difference> &applied)
{
    // SkipUnsupportedMechanism: from the AUTH of a mechanism Satchel lacks to curl's next AUTH.
    for (qsizetype i = 0; i < exchanges.size(); ++i) {
        const QByteArray mechanism = authMechanism(exchanges.at(i).command);
        if (mechanism.isEmpty() || saslMechanismFromName(mechanism))
            continue;
        qsizetype next = i + 1;
        while (next < exchanges.size() && authMechanism(exchanges.at(next).command).isEmpty())
            ++next;
        if (next < exchanges.size()) {
            exchanges.remove(i, next - i);
            applied.append(Difference::SkipUnsupportedMechanism);
        }
        break;
    }
    // NoDowngrade: nothing after the server's answer to "*".
    for (qsizetype i = 0; i + 1 < exchanges.size(); ++i) {
        if (exchanges.at(i).command == "*") {
            exchanges.resize(i + 1);
            applied.append(Difference::NoDowngrade);
            break;
        }
    }
    // EmptyCramMd5Challenge: "*" instead of an answer, and the end.
    for (qsizetype i = 0; i + 1 < exchanges.size(); ++i) {
        if (exchanges.at(i).command == "AUTH CRAM-MD5" && isContinuation(exchanges.at(i).reply)
            && statusText(exchanges.at(i).reply).isEmpty() && exchanges.at(i + 1).command != "*") {
            exchanges[i + 1] = Exchange {"*", server.reply("*")};
            exchanges.resize(i + 2);
            applied.append(Difference::EmptyCramMd5Challenge);
            break;
        }
    }
    // PlainInitialResponse: "AUTH PLAIN" + "+" + response -> "AUTH PLAIN response".
    for (qsizetype i = 0; i + 1 < exchanges.size(); ++i) {
        if (exchanges.at(i).command != "AUTH PLAIN" || !isContinuation(exchanges.at(i).reply))
            continue;
        const QByteArray &response = exchanges.at(i + 1).command;
        const QByteArray line = "AUTH PLAIN " + (response.isEmpty() ? QByteArray("=") : response);
        if (line.size() <= 255) {
            exchanges[i] = Exchange {line, exchanges.at(i + 1).reply};
            exchanges.remove(i + 1);
            applied.append(Difference::PlainInitialResponse);
        }
        break;
    }
    // NoInitialResponse: "AUTH M response" -> "AUTH M" + prompt + response.
    for (qsizetype i = 0; i < exchanges.size(); ++i) {
        const QList<QByteArray> words = exchanges.at(i).command.split(' ');
        if (words.size() != 3 || words.at(0) != "AUTH")
            continue;
        const QByteArray &mechanism = words.at(1);
        if (mechanism != "LOGIN" && mechanism != "XOAUTH2" && mechanism != "OAUTHBEARER")
            break;
        const QByteArray prompt = mechanism == "LOGIN"
            ? QByteArray("+ " + QByteArray("Username:").toBase64() + "\r\n")
            : QByteArray("+\r\n");
        const Exchange response {words.at(2), exchanges.at(i).reply};
        exchanges[i] = Exchange {"AUTH " + mechanism, prompt};
        exchanges.insert(i + 1, response);
        applied.append(Difference::NoInitialResponse);
        break;
    }
    // ListOneSingleLine: no "." after the +OK line of "LIST n" (or "UIDL n").
    static const QRegularExpression oneMessage(QStringLiteral(R"(^(LIST|UIDL) \d+$)"));
    for (Exchange &exchange : exchanges) {
        if (oneMessage.match(QString::fromLatin1(exchange.command)).hasMatch()
            && isOk(exchange.reply) && exchange.reply.endsWith("\r\n.\r\n")) {
            exchange.reply.chop(3);
            applied.append(Difference::ListOneSingleLine);
        }
    }
    // CapaAfterLogin: once the credentials are accepted, when the first CAPA worked.
    if (!exchanges.isEmpty() && exchanges.first().command == "CAPA"
        && isOk(exchanges.first().reply)) {
        bool inSasl = false;
        for (qsizetype i = 0; i < exchanges.size(); ++i) {
            const QByteArray &command = exchanges.at(i).command;
            inSasl = inSasl || command.startsWith("AUTH ");
            const bool credentials
                = inSasl || command.startsWith("PASS ") || command.startsWith("APOP ");
            if (credentials && isOk(exchanges.at(i).reply)) {
                exchanges.insert(i + 1, Exchange {"CAPA", server.reply("CAPA")});
                applied.append(Difference::CapaAfterLogin);
                break;
            }
        }
    }
    return exchanges;
}

// How a session must fail when its conversation stops before QUIT (curl exits with an error).
ErrorKind expectedFailure(const Exchange &last, const SessionSettings &settings)
{
    // Satchel cancelled an exchange it could not go on with; the server's -ERR only confirms.
    if (last.command == "*")
        return ErrorKind::Protocol;
    if (last.command == "STLS")
        return ErrorKind::StlsUnavailable;
    // STLS required but not offered (CAPA failed or did not list it): nothing is sent.
    if (last.command == "CAPA" && settings.security == Security::StartTls)
        return ErrorKind::StlsUnavailable;
    // -ERR to the credentials: PASS, APOP or a step of AUTH.
    return ErrorKind::AuthenticationFailed;
}

QStringList scriptFor(const QByteArray &greeting, const QList<Exchange> &exchanges, bool slowly)
{
    QStringList script;
    auto send = [&](const QByteArray &bytes) {
        if (!slowly) {
            script.append(FakePop3Server::rawStep(bytes));
            return;
        }
        for (const char c : bytes)
            script << FakePop3Server::rawStep(QByteArray(1, c)) << QStringLiteral("WAIT 1");
    };
    send(greeting);
    for (const Exchange &exchange : exchanges) {
        script.append(QStringLiteral("C: ") + QString::fromLatin1(exchange.command));
        send(exchange.reply);
    }
    return script;
}

// Everything the session reports, in order, as text; the data it delivered beside.
class Recorder : public QObject
{
public:
    explicit Recorder(Session *session)
    {
        connect(session, &Session::opened, this, [this] { events << QStringLiteral("opened"); });
        connect(session, &Session::statReceived, this, [this](int count, qint64 octets) {
            events << QStringLiteral("stat %1 %2").arg(count).arg(octets);
        });
        connect(session, &Session::listReceived, this, [this](const QList<MessageSize> &sizes) {
            events << QStringLiteral("list");
            for (const MessageSize &size : sizes)
                listing += QByteArray::number(size.number) + ' ' + QByteArray::number(size.octets)
                    + "\r\n";
        });
        connect(session, &Session::uidlReceived, this, [this](const QList<UidlEntry> &entries) {
            events << QStringLiteral("uidl");
            for (const UidlEntry &entry : entries)
                listing += QByteArray::number(entry.number) + ' ' + entry.uidl + "\r\n";
        });
        connect(session, &Session::messageRetrieved, this, [this](int n, const QByteArray &raw) {
            events << QStringLiteral("retr %1").arg(n);
            message = raw;
        });
        connect(session, &Session::topRetrieved, this, [this](int n, const QByteArray &raw) {
            events << QStringLiteral("top %1").arg(n);
            message = raw;
        });
        connect(session, &Session::messageDeleted, this,
                [this](int n) { events << QStringLiteral("dele %1").arg(n); });
        connect(session, &Session::noopDone, this, [this] { events << QStringLiteral("noop"); });
        connect(session, &Session::resetDone, this, [this] { events << QStringLiteral("rset"); });
        connect(session, &Session::quitDone, this, [this] { events << QStringLiteral("quit"); });
        connect(session, &Session::commandFailed, this,
                [this](Session::Command command, int n, const Pop3Error &error) {
                    events << QStringLiteral("command-failed %1 %2 %3")
                                  .arg(commandName(command))
                                  .arg(n)
                                  .arg(kindName(error.kind));
                });
        connect(session, &Session::failed, this, [this](const Pop3Error &error) {
            events << QStringLiteral("failed ") + kindName(error.kind);
            lastError = error;
        });
    }
    [[nodiscard]] bool finished() const
    {
        return !events.isEmpty()
            && (events.last() == QLatin1String("quit") || events.last().startsWith(u"failed"));
    }
    QStringList events;
    QByteArray message; // RETR or TOP
    QByteArray listing; // LIST or UIDL entries as curl prints them: "n value" CRLF
    Pop3Error lastError;
};

// The event a successful answer to `action` gives.
QString successEvent(const Action &action, const QByteArray &reply)
{
    switch (action.command) {
    case Session::Command::Retr:
        return QStringLiteral("retr %1").arg(action.number);
    case Session::Command::Top:
        return QStringLiteral("top %1").arg(action.number);
    case Session::Command::List:
        return QStringLiteral("list");
    case Session::Command::Uidl:
        return QStringLiteral("uidl");
    case Session::Command::Stat:
        return QStringLiteral("stat ") + QString::fromLatin1(statusText(reply));
    case Session::Command::Dele:
        return QStringLiteral("dele %1").arg(action.number);
    case Session::Command::Noop:
        return QStringLiteral("noop");
    case Session::Command::Rset:
        return QStringLiteral("rset");
    case Session::Command::Quit:
        break;
    }
    return QStringLiteral("quit");
}

QString caseDirectory()
{
    return satchel::test::corpusDir() + QStringLiteral("/pop3/curl-pop3-tests/tests/data");
}

// One connection's worth of the case, ready to run.
struct Plan
{
    SessionSettings settings;
    Action action;
    QList<Exchange> exchanges;
    QList<Difference> applied;
    QStringList expectedEvents;
    // Compared with what the session delivered, when set.
    std::optional<QByteArray> expectedMessage;
    std::optional<QByteArray> expectedListing;
};

} // namespace

class TestCurlCases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void curlCase_data();
    void curlCase();
};

void TestCurlCases::initTestCase()
{
    SATCHEL_REQUIRE_CORPUS();
    QVERIFY2(QDir(caseDirectory()).exists(), qPrintable(caseDirectory()));
    // Every case named in the tables above is in the corpus: a renamed file is noticed.
    const QDir dir(caseDirectory());
    for (const auto &table :
         {std::span<const CaseNote>(NotApplicable), std::span<const CaseNote>(KnownSatchelBugs)}) {
        for (const CaseNote &note : table)
            QVERIFY2(dir.exists(QStringLiteral("test%1").arg(note.number)),
                     qPrintable(QStringLiteral("test%1 is not in the corpus").arg(note.number)));
    }
}

void TestCurlCases::curlCase_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("number");
    const QDir dir(caseDirectory());
    QList<int> numbers;
    static const QRegularExpression caseName(QStringLiteral(R"(^test(\d+)$)"));
    for (const QString &name : dir.entryList(QDir::Files)) {
        if (const auto m = caseName.match(name); m.hasMatch())
            numbers.append(m.captured(1).toInt());
    }
    std::sort(numbers.begin(), numbers.end());
    for (const int number : numbers)
        QTest::addRow("test%d", number)
            << dir.filePath(QStringLiteral("test%1").arg(number)) << number;
}

void TestCurlCases::curlCase()
{
    QFETCH(QString, path);
    QFETCH(int, number);
    if (const char *reason = noteFor(NotApplicable, number))
        QSKIP(reason);

    FakePop3Server server;
    QVERIFY(server.listen());
    // No case offers PIPELINING: Satchel must wait for each answer, as curl does.
    server.setPipeliningAllowed(false);

    QString error;
    const auto curlCase = loadCase(path, number, server.port(), &error);
    QVERIFY2(curlCase, qPrintable(error));
    const auto model = CurlServer::create(*curlCase, &error);
    QVERIFY2(model, qPrintable(error));
    const QList<Transfer> transfers = parseCommandLine(curlCase->command);
    for (const Transfer &transfer : transfers) {
        QVERIFY2(transfer.untranslated.isEmpty(),
                 qPrintable(QStringLiteral("not translated: ")
                            + transfer.untranslated.join(QStringLiteral(", "))));
        QVERIFY2(transfer.hasUrl, "a transfer without a URL");
    }

    // curl's <protocol>, one part per connection (each but the last ends with QUIT).
    QList<QList<QByteArray>> parts(1);
    for (const QByteArray &line : curlCase->protocol) {
        parts.last().append(line);
        if (line == "QUIT" && parts.size() < transfers.size())
            parts.append(QList<QByteArray>());
    }
    QCOMPARE(parts.size(), transfers.size());

    QTemporaryDir certificateDir;
    std::optional<TestCertificate> certificate;
    for (const Transfer &transfer : transfers) {
        if (transfer.implicitTls && !certificate) {
            certificate = TestCertificate::generate(certificateDir.path());
            QVERIFY2(certificate->isValid(), qPrintable(certificate->errorString()));
            server.setTlsCertificate(certificate->certificate(), certificate->privateKey());
            server.setImplicitTls(true);
        }
    }

    QList<Plan> plans;
    for (qsizetype t = 0; t < transfers.size(); ++t) {
        const Transfer &transfer = transfers.at(t);
        Plan plan;
        SessionSettings &s = plan.settings;
        s.host = QStringLiteral("127.0.0.1");
        s.port = server.port();
        s.security = transfer.implicitTls ? Security::ImplicitTls
            : transfer.startTls           ? Security::StartTls
                                          : Security::None;
        // curl sends passwords over plain connections without asking.
        s.allowCleartextPassword = true;
        s.user = transfer.user;
        s.secret = transfer.secret;
        s.secretIsOAuthToken = transfer.oauthBearer;
        if (!transfer.forcedMechanism.isEmpty()) {
            const auto kind = saslMechanismFromName(transfer.forcedMechanism);
            QVERIFY2(kind, transfer.forcedMechanism.constData());
            s.loginMethod = LoginMethod::sasl(*kind);
        }
        if (transfer.implicitTls && transfer.insecure)
            s.acceptedCertificateSha256 = certificate->sha256();
        else if (transfer.implicitTls)
            s.caCertificates = {certificate->certificate()};
        s.connectTimeoutMs = 5000;
        s.handshakeTimeoutMs = 5000;
        s.commandTimeoutMs = 5000;

        const QByteArray actionLine = transfer.commandLine();
        const auto action = actionFor(actionLine);
        QVERIFY2(action, actionLine.constData());
        plan.action = *action;

        QList<Exchange> exchanges;
        for (const QByteArray &line : parts.at(t))
            exchanges.append(Exchange {line, model->reply(line)});
        if (model->hasDefaultGreeting())
            plan.applied.append(Difference::PlainGreeting);
        plan.exchanges = adjustForSatchel(exchanges, *model, plan.applied);
        QVERIFY(!plan.exchanges.isEmpty());

        const Exchange &last = plan.exchanges.last();
        const auto actionExchange = std::find_if(
            plan.exchanges.cbegin(), plan.exchanges.cend(),
            [&](const Exchange &exchange) { return exchange.command == actionLine; });
        const bool opens = last.command == "QUIT";
        bool commandFails = false;
        if (opens) {
            QVERIFY2(
                actionExchange != plan.exchanges.cend(),
                qPrintable(QStringLiteral("curl never sent ") + QString::fromLatin1(actionLine)));
            commandFails = actionExchange->reply.startsWith("-ERR");
            plan.expectedEvents << QStringLiteral("opened");
            if (commandFails) {
                plan.expectedEvents << QStringLiteral("command-failed %1 %2 %3")
                                           .arg(commandName(action->command))
                                           .arg(action->number)
                                           .arg(kindName(ErrorKind::CommandFailed));
            } else {
                plan.expectedEvents << successEvent(*action, actionExchange->reply);
                const QByteArray reply = actionExchange->reply;
                switch (action->command) {
                case Session::Command::Retr:
                case Session::Command::Top:
                    QVERIFY2(curlCase->expectedOutput(), "no expected message in the case");
                    plan.expectedMessage = curlCase->expectedOutput();
                    break;
                case Session::Command::List:
                case Session::Command::Uidl:
                    // curl prints a listing's lines as they came; for "LIST n" it prints the
                    // (empty) body, so the entry is compared with the +OK line instead.
                    if (action->number)
                        plan.expectedListing = QByteArray(statusText(reply) + "\r\n");
                    else
                        plan.expectedListing
                            = toCrlf(curlCase->expectedOutput().value_or(replyBody(reply)));
                    break;
                default:
                    break;
                }
            }
            plan.expectedEvents << QStringLiteral("quit");
        } else {
            QVERIFY2(actionExchange == plan.exchanges.cend(),
                     "the session fails after its command was answered");
            plan.expectedEvents << QStringLiteral("failed ")
                    + kindName(expectedFailure(last, plan.settings));
        }
        // Consistent with curl's verdict, except where Satchel stops on purpose.
        const bool satchelFails = !opens || commandFails;
        if (!plan.applied.contains(Difference::NoDowngrade)) {
            QVERIFY2(satchelFails == (curlCase->errorCode != 0),
                     qPrintable(QStringLiteral("curl's error code is %1, Satchel's session %2")
                                    .arg(curlCase->errorCode)
                                    .arg(satchelFails ? QStringLiteral("fails")
                                                      : QStringLiteral("succeeds"))));
        }

        server.addConnectionScript(scriptFor(model->greeting(), plan.exchanges, model->slowdown()));
        QStringList used;
        for (const Difference difference : std::as_const(plan.applied))
            used << differenceName(difference);
        qInfo("test%d (%s): differences from curl: %s", number, qPrintable(curlCase->name),
              used.isEmpty() ? "none" : qPrintable(used.join(QStringLiteral(", "))));
        plans.append(plan);
    }

    if (const char *bug = noteFor(KnownSatchelBugs, number))
        QSKIP(qPrintable(QStringLiteral("known Satchel bug: ") + QString::fromLatin1(bug)));

    for (const Plan &plan : std::as_const(plans)) {
        Session session(plan.settings);
        Recorder recorder(&session);
        perform(session, plan.action);
        session.quit();
        session.open();
        QTRY_VERIFY2_WITH_TIMEOUT(recorder.finished(), qPrintable(server.report()), 10000);
        QVERIFY2(server.failure().isEmpty(), qPrintable(server.report()));
        QCOMPARE(recorder.events, plan.expectedEvents);
        if (plan.expectedMessage)
            QCOMPARE(recorder.message, *plan.expectedMessage);
        if (plan.expectedListing)
            QCOMPARE(recorder.listing, *plan.expectedListing);
        if (recorder.lastError.isError())
            QVERIFY(!recorder.lastError.message.isEmpty());
    }
    SATCHEL_VERIFY_CONVERSATION(server);
}

QTEST_GUILESS_MAIN(TestCurlCases)
#include "tst_curlcases.moc"

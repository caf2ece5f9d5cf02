#include "AccountCommands.h"

#include "CommandLinePrompter.h"
#include "ExitCode.h"
#include "OAuthCommands.h"
#include "accounts/AccountSettings.h"
#include "accounts/SecretStore.h"
#include "store/Archive.h"
#include "sync/MailService.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <memory>

namespace satchel::app {

namespace {

// The context of this file's texts (see CommandLineText in CommandLine.cpp for why not a free
// AccountCommandsText::tr() wrapper: lupdate would file the texts under a context never asked for
// at run time).
struct AccountCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommandsText)
};

void say(FILE *stream, const QString &line)
{
    QTextStream s(stream);
    s << line << Qt::endl;
}

int fail(const QString &message, int code = Problem)
{
    say(stderr, QStringLiteral("satchel: ") + message);
    return code;
}

int usage(const QString &message)
{
    say(stderr, QStringLiteral("satchel: ") + message);
    say(stderr, AccountCommandsText::tr("Try 'satchel --help'."));
    return Usage;
}

QString archivePath(const QString &profile)
{
    return QDir(profile).filePath(QStringLiteral("archive.sqlite"));
}

// One password per line on standard input; never echoed, never stored by us but in the keychain.
QStringList readPasswords()
{
    QTextStream in(stdin);
    QStringList lines;
    QString line;
    while (in.readLineInto(&line))
        lines << line;
    return lines;
}

std::optional<int> positiveNumber(const QCommandLineParser &parser,
                                  const QCommandLineOption &option, bool allowZero = false)
{
    bool ok = false;
    const qint64 n = parser.value(option).toLongLong(&ok);
    if (!ok || n < (allowZero ? 0 : 1) || n > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(n);
}

// Runs the event loop until `done` has been called (keychain requests answer asynchronously).
void waitUntil(const std::function<void(std::function<void()> done)> &start)
{
    bool finished = false;
    QEventLoop loop;
    start([&finished, &loop] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
}

// The address a user name stands for, when it is one.
QString addressOf(const QString &user)
{
    return user.contains(u'@') ? user : QString();
}

// What `account edit --unset OPTION` does: the setting back to what `account add` gives without
// that option. --host, --user and --security have no such value (add requires them), and a
// password is replaced, never unset, here.
using Reset = std::function<void(accounts::AccountSettings &)>;
QList<std::pair<const QCommandLineOption *, Reset>> resets(const AccountOptions &o)
{
    using accounts::AccountSettings;
    return {
        {&o.port, [](AccountSettings &a) { a.port = pop3::standardPort(a.security); }},
        {&o.auth, [](AccountSettings &a) { a.loginMethod = pop3::LoginMethod::automatic(); }},
        {&o.leaveOnServer,
         [](AccountSettings &a) { a.retention.setMode(sync::RetentionPolicy::Mode::Forever); }},
        {&o.keepMaxMessages, [](AccountSettings &a) { a.retention.maxMessages.reset(); }},
        {&o.keepMaxMb, [](AccountSettings &a) { a.retention.maxBytes.reset(); }},
        {&o.headersOnly, [](AccountSettings &a) { a.headersOnly = false; }},
        {&o.maxSize, [](AccountSettings &a) { a.maxMessageKb.reset(); }},
        {&o.trustFingerprint, [](AccountSettings &a) { a.pinnedSha256.clear(); }},
        {&o.caFile, [](AccountSettings &a) { a.caFile.clear(); }},
    };
}

// Every account option given, applied to `a`: the one place that reads them, so that `account
// add` (from the defaults) and `account edit` (from the stored settings) take the same options
// and check them the same way. Ok, or Usage after naming the option that is wrong.
int applyOptions(const QCommandLineParser &parser, const AccountOptions &o,
                 accounts::AccountSettings &a)
{
    // An OAuth provider's preset gives the server; the options below may still override it.
    if (parser.isSet(o.oauth)) {
        if (Status s = applyOAuthOptions(parser, o, a); !s)
            return s.error().code == Error::Code::NotFound ? usage(s.error().message)
                                                           : fail(s.error().message);
    } else if (parser.isSet(o.oauthClientId) || parser.isSet(o.oauthClientSecret)) {
        if (!a.signsInWithOAuth())
            return usage(AccountCommandsText::tr(
                "--oauth-client-id and --oauth-client-secret go with --oauth PROVIDER"));
        if (parser.isSet(o.oauthClientId))
            a.oauthClientId = parser.value(o.oauthClientId).trimmed();
        if (parser.isSet(o.oauthClientSecret))
            a.oauthClientSecret = parser.value(o.oauthClientSecret).trimmed();
    }
    if (parser.isSet(o.host)) {
        if (parser.value(o.host).isEmpty())
            return usage(AccountCommandsText::tr("--host expects the name of the POP3 server"));
        a.host = parser.value(o.host);
    }
    if (parser.isSet(o.user)) {
        if (parser.value(o.user).isEmpty())
            return usage(AccountCommandsText::tr("--user expects a user name"));
        // An address that came from the user name follows it; one set apart (the wizard's) stays.
        if (a.address == addressOf(a.user))
            a.address = addressOf(parser.value(o.user));
        a.user = parser.value(o.user);
    }
    if (parser.isSet(o.security)) {
        const auto security = pop3::securityFromName(parser.value(o.security));
        if (!security)
            return usage(
                AccountCommandsText::tr("--security expects tls, starttls or none, not \"%1\"")
                    .arg(parser.value(o.security)));
        // The standard port of the old security becomes that of the new one (995 or 110); a port
        // chosen on purpose stays.
        const bool standardPort = a.port == pop3::standardPort(a.security);
        a.security = *security;
        if (standardPort)
            a.port = pop3::standardPort(a.security);
    }
    if (parser.isSet(o.port)) {
        const auto port = positiveNumber(parser, o.port);
        if (!port || *port > 65535)
            return usage(AccountCommandsText::tr("--port expects a port number, not \"%1\"")
                             .arg(parser.value(o.port)));
        a.port = quint16(*port);
    }
    if (parser.isSet(o.auth)) {
        const auto method = pop3::LoginMethod::fromName(parser.value(o.auth));
        if (!method)
            return usage(
                AccountCommandsText::tr("--auth expects USER, APOP or a SASL mechanism such as "
                                        "SCRAM-SHA-256, not \"%1\"")
                    .arg(parser.value(o.auth)));
        a.loginMethod = *method;
    }
    if (parser.isSet(o.leaveOnServer)
        && !a.retention.setModeFromName(parser.value(o.leaveOnServer)))
        return usage(AccountCommandsText::tr(
                         "--leave-on-server expects no, forever, days:N or until-deleted, not "
                         "\"%1\"")
                         .arg(parser.value(o.leaveOnServer)));
    if (parser.isSet(o.keepMaxMessages)) {
        const auto n = positiveNumber(parser, o.keepMaxMessages, true);
        if (!n)
            return usage(AccountCommandsText::tr("--keep-max-messages expects a number"));
        a.retention.maxMessages = *n;
    }
    if (parser.isSet(o.keepMaxMb)) {
        const auto n = positiveNumber(parser, o.keepMaxMb, true);
        if (!n)
            return usage(AccountCommandsText::tr("--keep-max-mb expects a number of megabytes"));
        a.retention.maxBytes = qint64(*n) * 1024 * 1024;
    }
    if (parser.isSet(o.headersOnly))
        a.headersOnly = true;
    if (parser.isSet(o.maxSize)) {
        const auto n = positiveNumber(parser, o.maxSize);
        if (!n)
            return usage(AccountCommandsText::tr("--max-size expects a size in KB"));
        a.maxMessageKb = *n;
    }
    if (parser.isSet(o.trustFingerprint)) {
        a.pinnedSha256 = accounts::parseFingerprint(parser.value(o.trustFingerprint));
        if (a.pinnedSha256.isEmpty())
            return usage(AccountCommandsText::tr(
                "--trust-fingerprint expects a SHA-256 fingerprint (64 hex digits)"));
    }
    if (parser.isSet(o.caFile))
        a.caFile = QFileInfo(parser.value(o.caFile)).absoluteFilePath();

    // After the values, so that `--security starttls --unset port` means 110.
    const QList<std::pair<const QCommandLineOption *, Reset>> all = resets(o);
    for (const QString &name : parser.values(o.unset)) {
        const QString bare = name.startsWith(QLatin1String("--")) ? name.mid(2) : name;
        const auto reset = std::find_if(all.cbegin(), all.cend(), [&](const auto &r) {
            return r.first->names().first() == bare;
        });
        if (reset == all.cend()) {
            QStringList names;
            for (const auto &r : all)
                names << r.first->names().first();
            return usage(AccountCommandsText::tr("--unset expects one of %1, not \"%2\"")
                             .arg(names.join(QLatin1String(", ")), name));
        }
        if (parser.isSet(*reset->first))
            return usage(
                AccountCommandsText::tr("--%1 and --unset %1 cannot go together").arg(bare));
        reset->second(a);
    }

    // Whatever it needs must work now, not at the first fetch.
    if (Result<pop3::SessionSettings> s = a.sessionSettings(); !s)
        return usage(s.error().message);
    return Ok;
}

// The password of --password-stdin: nothing without that option, an empty string when standard
// input has none.
std::optional<QString> passwordFromStdin(const QCommandLineParser &parser, const AccountOptions &o)
{
    if (!parser.isSet(o.passwordStdin))
        return std::nullopt;
    return readPasswords().value(0);
}

// Puts the password in the keychain, in place of any there. Where none keeps it, the prompter has
// said so; the account itself is saved, which is what the command was asked to do, so that is no
// failure (exit 0, README "Command line"): this only adds how to give the password later.
void keepPassword(sync::MailService &service, const CommandLinePrompter &prompter, qint64 accountId,
                  const QString &password)
{
    waitUntil([&](std::function<void()> done) {
        service.setPassword(accountId, password, [done](bool) { done(); });
    });
    if (prompter.passwordNotKept())
        say(stderr,
            AccountCommandsText::tr(
                "satchel: give it to 'satchel fetch' with --password-stdin when you fetch."));
}

// `sentence` (translated whole, "Added account %1: %2@%3:%4 (%5), %6.") filled in for `a`.
QString describe(const QString &sentence, const accounts::AccountSettings &a)
{
    return sentence.arg(a.name, a.user, a.host)
        .arg(a.port)
        .arg(pop3::securityName(a.security), a.retention.summary());
}

int add(const QCommandLineParser &parser, const AccountOptions &o, const QString &name,
        sync::MailService &service, const CommandLinePrompter &prompter)
{
    if (name.trimmed().isEmpty() || name == u"Local")
        return usage(
            AccountCommandsText::tr("account add: \"%1\" cannot be an account name").arg(name));
    // An OAuth provider's preset gives the server and its security.
    const bool oauth = parser.isSet(o.oauth);
    if (!oauth && (!parser.isSet(o.host) || parser.value(o.host).isEmpty()))
        return usage(AccountCommandsText::tr("account add: --host is required"));
    if (!parser.isSet(o.user) || parser.value(o.user).isEmpty())
        return usage(AccountCommandsText::tr("account add: --user is required"));
    if (!oauth && !parser.isSet(o.security))
        return usage(
            AccountCommandsText::tr("account add: --security is required (tls, starttls or none)"));
    accounts::AccountSettings a;
    a.name = name;
    a.displayName = name;
    // Leave forever unless told otherwise (AccountSettings' default).
    if (const int code = applyOptions(parser, o, a); code != Ok)
        return code;

    if (service.accountNamed(name))
        return fail(AccountCommandsText::tr("there is already an account named %1").arg(name));
    const std::optional<QString> password = passwordFromStdin(parser, o);
    if (password && password->isEmpty())
        return fail(AccountCommandsText::tr("no password on standard input"));
    Result<qint64> id = service.addAccount(a);
    if (!id)
        return fail(id.error().message);
    say(stdout, describe(AccountCommandsText::tr("Added account %1: %2@%3:%4 (%5), %6."), a));
    if (oauth)
        say(stdout, oauthNextStep(name));
    if (password)
        keepPassword(service, prompter, *id, *password);
    return Ok;
}

// `account edit NAME [options of add]`: the settings given change, nothing else. The account
// keeps its id, so its folders, its messages and its download history (the UIDL ledger) stay
// with it, and the next fetch downloads only what it has not downloaded before.
int edit(const QCommandLineParser &parser, const AccountOptions &o, const QString &name,
         sync::MailService &service, const CommandLinePrompter &prompter)
{
    const std::optional<accounts::AccountSettings> old = service.accountNamed(name);
    if (!old)
        return fail(AccountCommandsText::tr("there is no account named %1").arg(name));
    accounts::AccountSettings a = *old;
    if (const int code = applyOptions(parser, o, a); code != Ok)
        return code;
    const std::optional<QString> password = passwordFromStdin(parser, o);
    if (password && password->isEmpty())
        return fail(AccountCommandsText::tr("no password on standard input"));
    if (Status updated = service.updateAccount(a); !updated)
        return fail(updated.error().message);
    say(stdout, describe(AccountCommandsText::tr("Changed account %1: %2@%3:%4 (%5), %6."), a));
    // Another host or user may be the same mailbox (a provider renaming its server, a user name
    // that gained its domain), and then the history is exactly right: a fetch must not download
    // it all again. It may also be another mailbox, where a message whose UIDL happens to be in
    // the history would not be downloaded. Which one it is only the user knows, so the change is
    // made (as removing the account, keeping its mail, and adding it again would do) and the
    // risk is said, with the way out.
    if (a.host.compare(old->host, Qt::CaseInsensitive) != 0 || a.user != old->user)
        say(stderr,
            AccountCommandsText::tr(
                "satchel: %1 now fetches from %2@%3 instead of %4@%5; its mail and its download "
                "history stay. If this is another mailbox, not the same one under a new name, "
                "messages already in that history are not downloaded from it: add it as an "
                "account of its own instead.")
                .arg(name, a.user, a.host, old->user, old->host));
    if (password)
        keepPassword(service, prompter, a.accountId, *password);
    return Ok;
}

// Where the password is, as far as a command can tell: "keychain", "none" (the keychain has none;
// a command never has a password typed in an earlier run), or "unknown" (no keychain answers, or
// it refused). The password read is dropped at once.
QString passwordPlace(accounts::SecretStore &secrets, const accounts::AccountSettings &a)
{
    switch (secrets.readNow(a.secretKey()).outcome) {
    case accounts::SecretReply::Outcome::Ok:
        return QStringLiteral("keychain");
    case accounts::SecretReply::Outcome::NotFound:
        return QStringLiteral("none");
    case accounts::SecretReply::Outcome::Refused:
    case accounts::SecretReply::Outcome::Unavailable:
        break;
    }
    return QStringLiteral("unknown");
}

// One account of `account list --json` (README "Command line" documents every key; add keys,
// never rename or remove one). A setting that is not set is null.
QJsonObject accountJson(const accounts::AccountSettings &a, const QString &password)
{
    const auto orNull = [](const auto &optional) {
        return optional ? QJsonValue(double(*optional)) : QJsonValue();
    };
    const auto textOrNull
        = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return QJsonObject {
        {QStringLiteral("id"), double(a.accountId)},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("display_name"), a.displayName},
        {QStringLiteral("address"), textOrNull(a.address)},
        {QStringLiteral("host"), a.host},
        {QStringLiteral("port"), a.port},
        {QStringLiteral("security"), pop3::securityName(a.security)},
        {QStringLiteral("user"), a.user},
        {QStringLiteral("auth"), textOrNull(a.loginMethod.name())},
        {QStringLiteral("leave_on_server"), a.retention.modeName()},
        {QStringLiteral("keep_max_messages"), orNull(a.retention.maxMessages)},
        {QStringLiteral("keep_max_bytes"), orNull(a.retention.maxBytes)},
        {QStringLiteral("headers_only"), a.headersOnly},
        {QStringLiteral("headers_only_when_metered"), a.headersOnlyWhenMetered},
        {QStringLiteral("max_size_kb"), orNull(a.maxMessageKb)},
        {QStringLiteral("check_interval_minutes"), a.checkIntervalMinutes},
        {QStringLiteral("trust_fingerprint"),
         textOrNull(QString::fromLatin1(a.pinnedSha256.toHex(':')))},
        {QStringLiteral("ca_file"), textOrNull(a.caFile)},
        {QStringLiteral("oauth_provider"), textOrNull(a.oauthProvider)},
        {QStringLiteral("oauth_client_id"), textOrNull(a.oauthClientId)},
        // For an account that signs in with the browser: where its sign-in (the refresh token)
        // is kept, under the same key.
        {QStringLiteral("password"), password},
    };
}

// One line per account: tab-separated words, or with --json one JSON object (as search --json).
int list(const sync::MailService &service, bool json, accounts::SecretStore &secrets)
{
    QTextStream out(stdout);
    for (const accounts::AccountSettings &a : service.accounts()) {
        if (json) {
            out << QString::fromUtf8(QJsonDocument(accountJson(a, passwordPlace(secrets, a)))
                                         .toJson(QJsonDocument::Compact))
                << u'\n';
            continue;
        }
        QStringList extras;
        if (a.headersOnly)
            extras << AccountCommandsText::tr("headers only");
        if (a.maxMessageKb)
            extras << AccountCommandsText::tr("max %1 KB").arg(*a.maxMessageKb);
        if (!a.pinnedSha256.isEmpty())
            extras << AccountCommandsText::tr("pinned certificate %1")
                          .arg(QString::fromLatin1(a.pinnedSha256.toHex(':')));
        if (!a.caFile.isEmpty())
            extras << AccountCommandsText::tr("CA file %1").arg(a.caFile);
        QString line = a.name + u'\t' + a.user + u'@' + a.host + u':' + QString::number(a.port)
            + u'\t' + pop3::securityName(a.security) + u'\t' + a.retention.summary();
        if (!extras.isEmpty())
            line += u'\t' + extras.join(QLatin1String(", "));
        out << line << u'\n';
    }
    out.flush();
    return Ok;
}

// Runs `action` on the account called `name`; exit 1 with a message when there is none.
int withAccount(const sync::MailService &service, const QString &name,
                const std::function<int(const accounts::AccountSettings &)> &action)
{
    if (const std::optional<accounts::AccountSettings> a = service.accountNamed(name))
        return action(*a);
    return fail(AccountCommandsText::tr("there is no account named %1").arg(name));
}

int remove(const QCommandLineParser &parser, const AccountOptions &o, const QString &name,
           sync::MailService &service)
{
    return withAccount(service, name, [&](const accounts::AccountSettings &a) {
        const bool deleteMail = parser.isSet(o.deleteMail);
        Status removed;
        waitUntil([&](std::function<void()> done) {
            removed = service.removeAccount(a.accountId, deleteMail, done);
            if (!removed)
                done();
        });
        if (!removed)
            return fail(removed.error().message);
        say(stdout,
            deleteMail
                ? AccountCommandsText::tr("Removed account %1 and its mail.").arg(name)
                : AccountCommandsText::tr("Removed account %1; its mail stays in the archive.")
                      .arg(name));
        return int(Ok);
    });
}

// The download history (the UIDL ledger) of one account restored from the UIDLs kept on its
// stored messages: after it was lost (an archive put together from a backup or an import), the
// next fetch would otherwise download every message still on the server again. Rows it already
// has are kept as they are.
int rebuildLedger(const QString &name, sync::MailService &service)
{
    return withAccount(service, name, [&](const accounts::AccountSettings &a) {
        Result<int> added = service.rebuildHistory(a.accountId);
        if (!added)
            return fail(added.error().message);
        say(stdout,
            AccountCommandsText::tr("%1: %n message(s) added to the download history from the "
                                    "messages stored here.",
                                    nullptr, *added)
                .arg(name));
        return int(Ok);
    });
}

// Partial messages (headers only, or cut at the size limit) that are still on the server.
qint64 partialCount(store::Archive &archive, qint64 accountId)
{
    Result<QList<store::LedgerEntry>> ledger = archive.ledger(accountId);
    if (!ledger)
        return 0;
    return std::count_if(ledger->cbegin(), ledger->cend(), [](const store::LedgerEntry &e) {
        return e.state == store::LedgerState::Partial;
    });
}

int exitCodeFor(const sync::FetchResult &result)
{
    using Outcome = sync::FetchResult::Outcome;
    switch (result.outcome) {
    case Outcome::Success:
        return result.errors.isEmpty() ? Ok : Problem;
    case Outcome::TryLater:
        return TryLater;
    case Outcome::Authentication:
        return Authentication;
    case Outcome::Certificate:
        return Certificate;
    case Outcome::Refused:
    case Outcome::Cancelled:
    case Outcome::Failed:
        break;
    }
    return Problem;
}

QString adviceFor(const sync::FetchResult &result)
{
    using Outcome = sync::FetchResult::Outcome;
    switch (result.outcome) {
    case Outcome::TryLater:
        return AccountCommandsText::tr("try again later");
    case Outcome::Authentication:
        return AccountCommandsText::tr(
            "check the user name and password (give it again with --password-stdin)");
    case Outcome::Certificate:
        return AccountCommandsText::tr(
            "the server's certificate could not be verified; if you trust it, add the "
            "account again with --trust-fingerprint or --ca-file");
    default:
        return QString();
    }
}

// The account's line: what the fetch did, or why it did not.
QString summaryLine(const accounts::AccountSettings &a, const sync::FetchResult &result,
                    sync::FetchKind kind, const CommandLinePrompter &prompter,
                    store::Archive &archive)
{
    using Outcome = sync::FetchResult::Outcome;
    if (result.outcome == Outcome::Success && kind == sync::FetchKind::MarkAllDownloaded)
        return AccountCommandsText::tr(
                   "%1: %2 marked as already downloaded, %3 deleted on the server, %4 left on "
                   "the server, %5 errors")
            .arg(a.name)
            .arg(result.markedElsewhere)
            .arg(result.deletedOnServer)
            .arg(result.leftOnServer)
            .arg(result.errors.size());
    if (result.outcome == Outcome::Success)
        return AccountCommandsText::tr(
                   "%1: %2 new, %3 partial, %4 deleted on the server, %5 left on the server, %6 "
                   "errors")
            .arg(a.name)
            .arg(result.newMessages())
            .arg(partialCount(archive, a.accountId))
            .arg(result.deletedOnServer)
            .arg(result.leftOnServer)
            .arg(result.errors.size());
    // A question nobody on the command line could answer (no password stored, say).
    if (const QString unanswered = prompter.unanswered(a.accountId);
        !unanswered.isEmpty() && result.error.kind == pop3::ErrorKind::None)
        return AccountCommandsText::tr("%1: error: %2").arg(a.name, unanswered);
    QString line = AccountCommandsText::tr("%1: error: %2").arg(a.name, result.message);
    const QString advice = adviceFor(result);
    if (!advice.isEmpty())
        line += QStringLiteral(" (") + advice + u')';
    if (result.newMessages() > 0)
        line += AccountCommandsText::tr("; %1 new messages were stored before it stopped")
                    .arg(result.newMessages());
    return line;
}

// Opens the archive and the mail service over it, then runs `command` with them; exit 1 with a
// message when either cannot be opened.
int withService(const QString &path, accounts::SecretStore &secrets,
                const std::function<int(sync::MailService &, CommandLinePrompter &)> &command)
{
    Result<std::unique_ptr<store::Archive>> archive = store::Archive::open(path);
    if (!archive)
        return fail(archive.error().message);
    CommandLinePrompter prompter;
    sync::MailService service(archive->get(), &secrets, &prompter);
    if (Status loaded = service.reloadAccounts(); !loaded)
        return fail(loaded.error().message);
    return command(service, prompter);
}

int fetch(const QCommandLineParser &parser, const AccountOptions &options, const QStringList &names,
          sync::MailService &service, const CommandLinePrompter &prompter);

} // namespace

AccountOptions::AccountOptions()
{
    host.setDescription(AccountCommandsText::tr("account add, edit: the POP3 server."));
    port.setDescription(AccountCommandsText::tr(
        "account add, edit: its port (default 995 with tls, 110 otherwise)."));
    security.setDescription(
        AccountCommandsText::tr("account add, edit: tls (implicit, port 995), starttls or none."));
    user.setDescription(AccountCommandsText::tr("account add, edit: the user name."));
    auth.setDescription(
        AccountCommandsText::tr("account add, edit: USER, APOP or a SASL mechanism (default: the "
                                "strongest offered)."));
    leaveOnServer.setDescription(
        AccountCommandsText::tr("account add, edit: no (delete after download), forever "
                                "(default), days:N or until-deleted."));
    keepMaxMessages.setDescription(
        AccountCommandsText::tr("account add, edit: keep at most M messages on the server."));
    keepMaxMb.setDescription(
        AccountCommandsText::tr("account add, edit: keep at most M MB on the server."));
    headersOnly.setDescription(
        AccountCommandsText::tr("account add, edit: download only the headers."));
    maxSize.setDescription(
        AccountCommandsText::tr("account add, edit: download bigger messages partially."));
    trustFingerprint.setDescription(AccountCommandsText::tr(
        "account add: accept the server certificate with this SHA-256 fingerprint."));
    caFile.setDescription(
        AccountCommandsText::tr("account add, edit: trust the certificates in this PEM file too."));
    passwordStdin.setDescription(
        AccountCommandsText::tr("account add, edit, fetch: read the password from standard input "
                                "(one line; for fetch one per account, or one for all) and "
                                "store it in the keychain."));
    unset.setDescription(AccountCommandsText::tr(
        "account edit: back to what account add sets without --OPTION (port, auth, "
        "leave-on-server, keep-max-messages, keep-max-mb, headers-only, max-size, "
        "trust-fingerprint, ca-file); may be repeated."));
    deleteMail.setDescription(
        AccountCommandsText::tr("account remove: delete the account's mail too."));
    markAllDownloaded.setDescription(AccountCommandsText::tr(
        "fetch: download nothing; remember every message now on the server as already "
        "downloaded (it is never deleted from the server by Satchel)."));
    oauth.setDescription(
        AccountCommandsText::tr("account add, edit: sign in with the browser at this provider "
                                "(microsoft, google, fastmail) "
                                "instead of a password; its server is the default."));
    oauthClientId.setDescription(
        AccountCommandsText::tr("account add, edit: the OAuth client ID you registered with the "
                                "provider (see the README)."));
    oauthClientSecret.setDescription(AccountCommandsText::tr(
        "account add, edit: the client secret Google gives a desktop client along with its ID."));
    noBrowser.setDescription(AccountCommandsText::tr(
        "account login: only print the sign-in address; open it in a browser yourself."));
}

QList<const QCommandLineOption *> AccountOptions::settingOptions() const
{
    return {&host,          &port,          &security,         &user,
            &auth,          &leaveOnServer, &keepMaxMessages,  &keepMaxMb,
            &headersOnly,   &maxSize,       &trustFingerprint, &caFile,
            &passwordStdin, &oauth,         &oauthClientId,    &oauthClientSecret};
}

void AccountOptions::addTo(QCommandLineParser &parser) const
{
    for (const QCommandLineOption *option : settingOptions())
        parser.addOption(*option);
    parser.addOptions({unset, deleteMail, markAllDownloaded, noBrowser});
}

QList<std::pair<const QCommandLineOption *, QStringList>> AccountOptions::owners() const
{
    const QStringList account {QStringLiteral("account")};
    QList<std::pair<const QCommandLineOption *, QStringList>> all;
    for (const QCommandLineOption *option : settingOptions()) {
        all.append({option, account});
        if (option == &passwordStdin)
            all.last().second << QStringLiteral("fetch");
    }
    all += {
        {&unset, account},
        {&deleteMail, account},
        {&markAllDownloaded, {QStringLiteral("fetch")}},
        {&noBrowser, account},
    };
    return all;
}

int runAccountCommand(const QCommandLineParser &parser, const AccountOptions &options,
                      QStringList positional, const QString &profileDir,
                      accounts::SecretStore &secrets)
{
    if (positional.isEmpty())
        return usage(AccountCommandsText::tr(
            "account: expected add, edit, list, remove, rebuild-ledger or login"));
    const QString verb = positional.takeFirst();
    const bool adding = verb == u"add";
    const bool editing = verb == u"edit";
    if (adding || editing || verb == u"remove" || verb == u"rebuild-ledger" || verb == u"login") {
        if (positional.size() != 1)
            return usage(
                AccountCommandsText::tr("account %1: expected one account name").arg(verb));
    } else if (verb == u"list") {
        if (!positional.isEmpty())
            return usage(AccountCommandsText::tr("account list: unexpected argument \"%1\"")
                             .arg(positional.first()));
    } else {
        return usage(
            AccountCommandsText::tr(
                "account: expected add, edit, list, remove, rebuild-ledger or login, not \"%1\"")
                .arg(verb));
    }
    const QList<const QCommandLineOption *> settings = options.settingOptions();
    for (const QCommandLineOption *option : settings) {
        if (!adding && !editing && parser.isSet(*option))
            return usage(AccountCommandsText::tr("--%1 does not apply to account %2")
                             .arg(option->names().first(), verb));
    }
    if (editing
        && std::none_of(settings.cbegin(), settings.cend(),
                        [&](const QCommandLineOption *o) { return parser.isSet(*o); })
        && !parser.isSet(options.unset))
        return usage(AccountCommandsText::tr(
            "account edit: expected an option to change, such as --host or --leave-on-server"));
    if (!editing && parser.isSet(options.unset))
        return usage(AccountCommandsText::tr("--unset does not apply to account %1").arg(verb));
    if (verb != u"login" && parser.isSet(options.noBrowser))
        return usage(
            AccountCommandsText::tr("--no-browser does not apply to account %1").arg(verb));
    if (verb != u"remove" && parser.isSet(options.deleteMail))
        return usage(
            AccountCommandsText::tr("--delete-mail does not apply to account %1").arg(verb));
    // --json is the command line's (search, show) and means the same here.
    const bool json = parser.isSet(QStringLiteral("json"));
    if (verb != u"list" && json)
        return usage(AccountCommandsText::tr("--json does not apply to account %1").arg(verb));

    const QString path = archivePath(profileDir);
    if (!adding && !QFile::exists(path)) {
        if (verb == u"list")
            return Ok; // no archive, no accounts
        return fail(
            AccountCommandsText::tr("there is no account named %1").arg(positional.first()));
    }
    return withService(path, secrets,
                       [&](sync::MailService &service, CommandLinePrompter &prompter) {
                           if (adding)
                               return add(parser, options, positional.first(), service, prompter);
                           if (editing)
                               return edit(parser, options, positional.first(), service, prompter);
                           if (verb == u"list")
                               return list(service, json, secrets);
                           if (verb == u"rebuild-ledger")
                               return rebuildLedger(positional.first(), service);
                           if (verb == u"login")
                               return login(parser, options, positional.first(), service, prompter);
                           return remove(parser, options, positional.first(), service);
                       });
}

int runFetchCommand(const QCommandLineParser &parser, const AccountOptions &options,
                    const QStringList &names, const QString &profileDir,
                    accounts::SecretStore &secrets)
{
    const QString path = archivePath(profileDir);
    if (!QFile::exists(path))
        return fail(AccountCommandsText::tr(
            "there are no accounts yet: add one with 'satchel account add'"));
    return withService(path, secrets,
                       [&](sync::MailService &service, CommandLinePrompter &prompter) {
                           return fetch(parser, options, names, service, prompter);
                       });
}

namespace {

// `fetch [NAME...]` with the service open: every account named (or all) at once, one line each.
int fetch(const QCommandLineParser &parser, const AccountOptions &options, const QStringList &names,
          sync::MailService &service, const CommandLinePrompter &prompter)
{
    QList<accounts::AccountSettings> chosen;
    if (names.isEmpty()) {
        chosen = service.accounts();
        if (chosen.isEmpty())
            return fail(AccountCommandsText::tr(
                "there are no accounts yet: add one with 'satchel account add'"));
    } else {
        for (const QString &name : names) {
            const std::optional<accounts::AccountSettings> a = service.accountNamed(name);
            if (!a)
                return fail(AccountCommandsText::tr("there is no account named %1").arg(name));
            // Named twice, fetched once: two sessions of one account would only fight.
            if (std::none_of(chosen.cbegin(), chosen.cend(),
                             [&](const accounts::AccountSettings &c) {
                                 return c.accountId == a->accountId;
                             }))
                chosen << *a;
        }
    }

    if (parser.isSet(options.passwordStdin)) {
        const QStringList passwords = readPasswords();
        if (passwords.isEmpty() || (passwords.size() != 1 && passwords.size() != chosen.size()))
            return usage(AccountCommandsText::tr(
                             "fetch --password-stdin: expected one password line, or one per "
                             "account (%1)")
                             .arg(chosen.size()));
        // In the keychain (or for this run) before any fetch asks for them.
        for (qsizetype i = 0; i < chosen.size(); ++i) {
            waitUntil([&](std::function<void()> done) {
                service.setPassword(chosen.at(i).accountId,
                                    passwords.value(passwords.size() == 1 ? 0 : i),
                                    [done](bool) { done(); });
            });
        }
    }

    const sync::FetchKind kind = parser.isSet(options.markAllDownloaded)
        ? sync::FetchKind::MarkAllDownloaded
        : sync::FetchKind::Direct;
    QHash<qint64, sync::FetchResult> results;
    QEventLoop loop;
    QObject::connect(&service, &sync::MailService::fetchFinished, &loop,
                     [&](qint64 accountId, sync::FetchKind, const sync::FetchResult &result) {
                         results.insert(accountId, result);
                         if (results.size() == chosen.size())
                             loop.quit();
                     });
    // Every account at once, each on threads of its own.
    for (const accounts::AccountSettings &a : std::as_const(chosen))
        (void)service.fetchNow(a.accountId, kind);
    if (results.size() < chosen.size())
        loop.exec();

    int code = Ok;
    for (const accounts::AccountSettings &a : std::as_const(chosen)) {
        const sync::FetchResult result = results.value(a.accountId);
        for (const QString &w : result.warnings)
            say(stderr, AccountCommandsText::tr("satchel: %1: %2").arg(a.name, w));
        for (const QString &e : result.errors)
            say(stderr, AccountCommandsText::tr("satchel: %1: %2").arg(a.name, e));
        say(stdout, summaryLine(a, result, kind, prompter, *service.archive()));
        if (code == Ok)
            code = prompter.signInNeeded(a.accountId)
                ? SignInNeeded
                : exitCodeFor(result); // the first account that did not succeed decides
    }
    return code;
}

} // namespace

} // namespace satchel::app

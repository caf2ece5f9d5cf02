#include "AccountCommands.h"

#include "CommandLinePrompter.h"
#include "ExitCode.h"
#include "OAuthCommands.h"
#include "accounts/AccountSettings.h"
#include "store/Archive.h"
#include "sync/MailService.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

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

int add(const QCommandLineParser &parser, const AccountOptions &o, const QString &name,
        sync::MailService &service, const CommandLinePrompter &prompter)
{
    if (name.trimmed().isEmpty() || name == u"Local")
        return usage(
            AccountCommandsText::tr("account add: \"%1\" cannot be an account name").arg(name));
    accounts::AccountSettings a;
    a.name = name;
    // An OAuth provider's preset gives the server; the options below may still override it.
    const bool oauth = parser.isSet(o.oauth);
    if (oauth) {
        if (Status s = applyOAuthOptions(parser, o, a); !s)
            return s.error().code == Error::Code::NotFound ? usage(s.error().message)
                                                           : fail(s.error().message);
    }
    if (!oauth && (!parser.isSet(o.host) || parser.value(o.host).isEmpty()))
        return usage(AccountCommandsText::tr("account add: --host is required"));
    if (!parser.isSet(o.user) || parser.value(o.user).isEmpty())
        return usage(AccountCommandsText::tr("account add: --user is required"));
    if (!oauth && !parser.isSet(o.security))
        return usage(
            AccountCommandsText::tr("account add: --security is required (tls, starttls or none)"));
    if (parser.isSet(o.host))
        a.host = parser.value(o.host);
    a.user = parser.value(o.user);
    a.displayName = name;
    a.address = a.user.contains(u'@') ? a.user : QString();
    if (parser.isSet(o.security)) {
        const auto security = pop3::securityFromName(parser.value(o.security));
        if (!security)
            return usage(
                AccountCommandsText::tr("--security expects tls, starttls or none, not \"%1\"")
                    .arg(parser.value(o.security)));
        a.security = *security;
        a.port = pop3::standardPort(a.security);
    }
    if (parser.isSet(o.port)) {
        const auto port = positiveNumber(parser, o.port);
        if (!port || *port > 65535)
            return usage(AccountCommandsText::tr("--port expects a port number, not \"%1\"")
                             .arg(parser.value(o.port)));
        a.port = quint16(*port);
    }
    const auto method = pop3::LoginMethod::fromName(parser.value(o.auth));
    if (!method)
        return usage(
            AccountCommandsText::tr("--auth expects USER, APOP or a SASL mechanism such as "
                                    "SCRAM-SHA-256, not \"%1\"")
                .arg(parser.value(o.auth)));
    a.loginMethod = *method;
    // Leave forever unless told otherwise (AccountSettings' default).
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
    a.headersOnly = parser.isSet(o.headersOnly);
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
    // Whatever it needs must work now, not at the first fetch.
    if (Result<pop3::SessionSettings> s = a.sessionSettings(); !s)
        return usage(s.error().message);

    if (service.accountNamed(name))
        return fail(AccountCommandsText::tr("there is already an account named %1").arg(name));
    Result<qint64> id = service.addAccount(a);
    if (!id)
        return fail(id.error().message);
    say(stdout,
        AccountCommandsText::tr("Added account %1: %2@%3:%4 (%5), %6.")
            .arg(name, a.user, a.host)
            .arg(a.port)
            .arg(pop3::securityName(a.security), a.retention.summary()));
    if (oauth)
        say(stdout, oauthNextStep(name));
    if (parser.isSet(o.passwordStdin)) {
        const QStringList passwords = readPasswords();
        if (passwords.isEmpty() || passwords.first().isEmpty())
            return fail(AccountCommandsText::tr("no password on standard input"));
        waitUntil([&](std::function<void()> done) {
            service.setPassword(*id, passwords.first(), [done](bool) { done(); });
        });
        if (prompter.passwordNotKept())
            return Problem;
    }
    return Ok;
}

int list(const sync::MailService &service)
{
    QTextStream out(stdout);
    for (const accounts::AccountSettings &a : service.accounts()) {
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
    host.setDescription(AccountCommandsText::tr("account add: the POP3 server."));
    port.setDescription(
        AccountCommandsText::tr("account add: its port (default 995 with tls, 110 otherwise)."));
    security.setDescription(
        AccountCommandsText::tr("account add: tls (implicit, port 995), starttls or none."));
    user.setDescription(AccountCommandsText::tr("account add: the user name."));
    auth.setDescription(
        AccountCommandsText::tr("account add: USER, APOP or a SASL mechanism (default: the "
                                "strongest offered)."));
    leaveOnServer.setDescription(
        AccountCommandsText::tr("account add: no (delete after download), forever "
                                "(default), days:N or until-deleted."));
    keepMaxMessages.setDescription(
        AccountCommandsText::tr("account add: keep at most M messages on the server."));
    keepMaxMb.setDescription(
        AccountCommandsText::tr("account add: keep at most M MB on the server."));
    headersOnly.setDescription(AccountCommandsText::tr("account add: download only the headers."));
    maxSize.setDescription(
        AccountCommandsText::tr("account add: download bigger messages partially."));
    trustFingerprint.setDescription(AccountCommandsText::tr(
        "account add: accept the server certificate with this SHA-256 fingerprint."));
    caFile.setDescription(
        AccountCommandsText::tr("account add: trust the certificates in this PEM file too."));
    passwordStdin.setDescription(
        AccountCommandsText::tr("account add, fetch: read the password from standard input "
                                "(one line; for fetch one per account, or one for all) and "
                                "store it in the keychain."));
    deleteMail.setDescription(
        AccountCommandsText::tr("account remove: delete the account's mail too."));
    markAllDownloaded.setDescription(AccountCommandsText::tr(
        "fetch: download nothing; remember every message now on the server as already "
        "downloaded (it is never deleted from the server by Satchel)."));
    oauth.setDescription(AccountCommandsText::tr(
        "account add: sign in with the browser at this provider (microsoft, google, fastmail) "
        "instead of a password; its server is the default."));
    oauthClientId.setDescription(AccountCommandsText::tr(
        "account add: the OAuth client ID you registered with the provider (see the README)."));
    oauthClientSecret.setDescription(AccountCommandsText::tr(
        "account add: the client secret Google gives a desktop client along with its ID."));
    noBrowser.setDescription(AccountCommandsText::tr(
        "account login: only print the sign-in address; open it in a browser yourself."));
}

void AccountOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({host, port, security, user, auth, leaveOnServer, keepMaxMessages, keepMaxMb,
                       headersOnly, maxSize, trustFingerprint, caFile, passwordStdin, deleteMail,
                       markAllDownloaded, oauth, oauthClientId, oauthClientSecret, noBrowser});
}

QList<std::pair<const QCommandLineOption *, QStringList>> AccountOptions::owners() const
{
    const QStringList account {QStringLiteral("account")};
    return {
        {&host, account},
        {&port, account},
        {&security, account},
        {&user, account},
        {&auth, account},
        {&leaveOnServer, account},
        {&keepMaxMessages, account},
        {&keepMaxMb, account},
        {&headersOnly, account},
        {&maxSize, account},
        {&trustFingerprint, account},
        {&caFile, account},
        {&passwordStdin, {QStringLiteral("account"), QStringLiteral("fetch")}},
        {&deleteMail, account},
        {&markAllDownloaded, {QStringLiteral("fetch")}},
        {&oauth, account},
        {&oauthClientId, account},
        {&oauthClientSecret, account},
        {&noBrowser, account},
    };
}

int runAccountCommand(const QCommandLineParser &parser, const AccountOptions &options,
                      QStringList positional, const QString &profileDir,
                      accounts::SecretStore &secrets)
{
    if (positional.isEmpty())
        return usage(AccountCommandsText::tr(
            "account: expected add, list, remove, rebuild-ledger or login"));
    const QString verb = positional.takeFirst();
    const bool adding = verb == u"add";
    if (adding || verb == u"remove" || verb == u"rebuild-ledger" || verb == u"login") {
        if (positional.size() != 1)
            return usage(
                AccountCommandsText::tr("account %1: expected one account name").arg(verb));
    } else if (verb == u"list") {
        if (!positional.isEmpty())
            return usage(AccountCommandsText::tr("account list: unexpected argument \"%1\"")
                             .arg(positional.first()));
    } else {
        return usage(AccountCommandsText::tr(
                         "account: expected add, list, remove, rebuild-ledger or login, not \"%1\"")
                         .arg(verb));
    }
    const QList<const QCommandLineOption *> addOnly = {&options.host,
                                                       &options.port,
                                                       &options.security,
                                                       &options.user,
                                                       &options.auth,
                                                       &options.leaveOnServer,
                                                       &options.keepMaxMessages,
                                                       &options.keepMaxMb,
                                                       &options.headersOnly,
                                                       &options.maxSize,
                                                       &options.trustFingerprint,
                                                       &options.caFile,
                                                       &options.passwordStdin,
                                                       &options.oauth,
                                                       &options.oauthClientId,
                                                       &options.oauthClientSecret};
    for (const QCommandLineOption *option : addOnly) {
        if (!adding && parser.isSet(*option))
            return usage(AccountCommandsText::tr("--%1 does not apply to account %2")
                             .arg(option->names().first(), verb));
    }
    if (verb != u"login" && parser.isSet(options.noBrowser))
        return usage(
            AccountCommandsText::tr("--no-browser does not apply to account %1").arg(verb));
    if (verb != u"remove" && parser.isSet(options.deleteMail))
        return usage(
            AccountCommandsText::tr("--delete-mail does not apply to account %1").arg(verb));

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
                           if (verb == u"list")
                               return list(service);
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

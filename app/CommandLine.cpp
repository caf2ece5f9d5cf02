#include "CommandLine.h"

#include "AccountCommands.h"
#include "ExitCode.h"
#include "MessageJson.h"
#include "SearchOutput.h"
#include "accounts/KeychainSecretStore.h"
#include "accounts/MemorySecretStore.h"
#include "io/Exporter.h"
#include "io/Importer.h"
#include "mime/ParsedMessage.h"
#include "store/Archive.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace satchel::app {

namespace {

// The context of this file's texts. Q_DECLARE_TR_FUNCTIONS rather than a free tr()
// wrapper: lupdate files a free tr() under the enclosing namespace or class, a
// context the code never asks for at run time, so the text would never be translated.
struct CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineText)
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message, int code = Problem)
{
    err() << QStringLiteral("satchel: ") << message << Qt::endl;
    return code;
}

int usage(const QString &message)
{
    err() << QStringLiteral("satchel: ") << message << u'\n'
          << CommandLineText::tr("Try 'satchel --help'.") << Qt::endl;
    return Usage;
}

QString archivePath(const QString &profile)
{
    return QDir(profile).filePath(QStringLiteral("archive.sqlite"));
}

QString addressLine(const mime::AddressList &list)
{
    QStringList parts;
    for (const mime::Address &a : list)
        parts.append(a.display());
    return parts.join(QLatin1String(", "));
}

// The account command-line imports go to, created on first use.
Result<qint64> localAccount(store::Archive &archive)
{
    Result<QHash<qint64, QString>> accounts = archive.accountNames();
    if (!accounts)
        return accounts.error();
    for (auto it = accounts->cbegin(); it != accounts->cend(); ++it) {
        if (it.value() == u"Local")
            return it.key();
    }
    return archive.createAccount(QStringLiteral("Local"));
}

Result<qint64> folderNamed(store::Archive &archive, qint64 account, const QString &name)
{
    if (name.isEmpty())
        return archive.specialFolder(account, store::FolderRole::Inbox);
    Result<QList<store::Folder>> folders = archive.folders(account);
    if (!folders)
        return folders.error();
    for (const store::Folder &f : *folders) {
        if (!f.parentId && f.name.compare(name, Qt::CaseInsensitive) == 0)
            return f.id;
    }
    return archive.createFolder(account, name);
}

int import(store::Archive &archive, const QStringList &paths, const QString &folder)
{
    Result<qint64> account = localAccount(archive);
    if (!account)
        return fail(account.error().message);
    Result<qint64> folderId = folderNamed(archive, *account, folder);
    if (!folderId)
        return fail(folderId.error().message);
    io::Importer importer(archive, *account, *folderId);
    for (const QString &path : paths)
        importer.importPath(path);
    importer.finish();
    const io::ImportStats &stats = importer.stats();
    for (const io::ImportProblem &p : stats.problems)
        err() << CommandLineText::tr("satchel: could not import %1: %2").arg(p.file, p.reason)
              << u'\n';
    out() << CommandLineText::tr(
                 "Imported %n messages; %1 duplicates skipped; %2 could not be imported.", nullptr,
                 stats.imported)
                 .arg(stats.duplicates)
                 .arg(stats.problems.size())
          << Qt::endl;
    err().flush();
    return stats.problems.isEmpty() ? Ok : Problem;
}

int search(store::Archive &archive, const QString &queryText, bool json, int limit)
{
    // QuickSearch.cpp answers most searches before an Archive is opened; this is the way for the
    // rest, and it prints the same bytes (SearchOutput.h).
    const Result<store::SearchQuery> query = store::SearchQuery::parse(queryText);
    if (!query)
        return fail(query.error().message, Usage);
    // One query for all rows.
    Result<QList<store::MessageRow>> rows = archive.searchRows(*query, limit);
    if (!rows)
        return fail(rows.error().message);
    QByteArray bytes;
    if (!json) {
        // Tab-separated: id, date, sender, subject.
        for (const store::MessageRow &row : std::as_const(*rows)) {
            bytes += (QString::number(row.id) + u'\t' + row.date.toString(Qt::ISODate) + u'\t'
                      + (row.senderName.isEmpty() ? row.senderAddress : row.senderName) + u'\t'
                      + row.subject + u'\n')
                         .toUtf8();
        }
    } else {
        Result<Names> n = names(archive);
        if (!n)
            return fail(n.error().message);
        for (const store::MessageRow &row : std::as_const(*rows)) {
            Result<QJsonObject> o = searchJson(archive, *n, row);
            if (!o)
                return fail(o.error().message);
            bytes += QJsonDocument(*o).toJson(QJsonDocument::Compact) + '\n';
        }
    }
    if (!writeStdout(bytes))
        return fail(CommandLineText::tr("cannot write to the standard output"));
    return Ok;
}

int show(store::Archive &archive, qint64 id, const QString &mode)
{
    if (mode == u"raw") {
        Result<QByteArray> raw = archive.rawMessage(id);
        if (!raw)
            return fail(raw.error().message);
        out().flush();
        if (std::fwrite(raw->constData(), 1, size_t(raw->size()), stdout) != size_t(raw->size()))
            return fail(CommandLineText::tr("cannot write to the standard output"));
        std::fflush(stdout);
        return Ok;
    }
    Result<Names> n = names(archive);
    if (!n)
        return fail(n.error().message);
    if (mode == u"json") {
        Result<QJsonObject> o = messageJson(archive, *n, id, true);
        if (!o)
            return fail(o.error().message);
        out() << QString::fromUtf8(QJsonDocument(*o).toJson(QJsonDocument::Indented));
        out().flush();
        return Ok;
    }
    Result<store::MessageRow> row = archive.message(id);
    if (!row)
        return fail(row.error().message);
    Result<mime::ParsedMessage> parsed = archive.parsedMessage(id);
    if (!parsed)
        return fail(parsed.error().message);
    out() << CommandLineText::tr("From: ") << addressLine(parsed->from) << u'\n';
    out() << CommandLineText::tr("To: ") << addressLine(parsed->to) << u'\n';
    if (!parsed->cc.isEmpty())
        out() << CommandLineText::tr("Cc: ") << addressLine(parsed->cc) << u'\n';
    out() << CommandLineText::tr("Date: ") << row->date.toString(Qt::ISODate) << u'\n';
    out() << CommandLineText::tr("Subject: ") << parsed->subject << u'\n';
    out() << CommandLineText::tr("Folder: ") << n->folders.value(row->folderId) << u'\n';
    for (const mime::Attachment &a : parsed->attachments)
        out() << CommandLineText::tr("Attachment: %1 (%2, %3 bytes)")
                     .arg(a.filename, a.contentType)
                     .arg(a.size)
              << u'\n';
    out() << u'\n' << parsed->readerText;
    if (!parsed->readerText.endsWith(u'\n'))
        out() << u'\n';
    out().flush();
    return Ok;
}

int exportMail(store::Archive &archive, const QString &mbox, const QString &eml,
               const QString &folder, const QString &query)
{
    Result<QList<qint64>> ids = QList<qint64>();
    if (!query.isEmpty())
        ids = archive.search(query, 0);
    else if (!folder.isEmpty())
        ids = archive.search(u"folder:\"" + folder + u'"', 0);
    else
        ids = archive.messageIds();
    if (!ids)
        return fail(ids.error().message,
                    ids.error().code == Error::Code::Invalid ? Usage : Problem);
    if (!query.isEmpty() || !folder.isEmpty())
        std::reverse(ids->begin(), ids->end()); // oldest first, as mail folders are
    Result<int> written
        = mbox.isEmpty() ? io::exportEml(archive, *ids, eml) : io::exportMbox(archive, *ids, mbox);
    if (!written)
        return fail(written.error().message);
    out() << CommandLineText::tr("Exported %n messages to %1.", nullptr, *written)
                 .arg(mbox.isEmpty() ? eml : mbox)
          << Qt::endl;
    return Ok;
}

int check(store::Archive &archive)
{
    Result<QStringList> problems = archive.checkIntegrity();
    if (!problems)
        return fail(problems.error().message);
    for (const QString &p : *problems)
        err() << CommandLineText::tr("satchel: archive problem: %1").arg(p) << u'\n';
    err().flush();
    if (!problems->isEmpty())
        return Problem;
    Result<QList<qint64>> ids = archive.messageIds();
    if (!ids)
        return fail(ids.error().message);
    out() << CommandLineText::tr("The archive %1 is sound: %n messages.", nullptr, int(ids->size()))
                 .arg(archive.path())
          << Qt::endl;
    return Ok;
}

} // namespace

namespace {

const QStringList &commands()
{
    static const QStringList all
        = {QStringLiteral("import"), QStringLiteral("search"), QStringLiteral("show"),
           QStringLiteral("export"), QStringLiteral("check"),  QStringLiteral("account"),
           QStringLiteral("fetch")};
    return all;
}

// Optimal string alignment distance: a swap of two neighbours counts once ("serach").
int editDistance(const QString &a, const QString &b)
{
    QList<QList<int>> d(a.size() + 1, QList<int>(b.size() + 1, 0));
    for (qsizetype i = 0; i <= a.size(); ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= b.size(); ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

// The command a mistyped word most likely meant, or empty when none is close.
QString closestCommand(const QString &word)
{
    QString best;
    int bestDistance = 3; // at most two edits
    for (const QString &c : commands()) {
        const int distance = editDistance(word.toLower(), c);
        if (distance < bestDistance) {
            best = c;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace

bool isCommand(const QString &word)
{
    return commands().contains(word);
}

QString commandWord(const QStringList &arguments)
{
    // The options of the window that take a value: Satchel's own, and Qt's (QGuiApplication
    // removes those before the window's parser sees them), with one dash or two.
    static const QStringList takesValue
        = {QStringLiteral("profile"),       QStringLiteral("language"),
           QStringLiteral("platform"),      QStringLiteral("platformpluginpath"),
           QStringLiteral("platformtheme"), QStringLiteral("plugin"),
           QStringLiteral("qmljsdebugger"), QStringLiteral("qwindowgeometry"),
           QStringLiteral("qwindowicon"),   QStringLiteral("qwindowtitle"),
           QStringLiteral("session"),       QStringLiteral("style"),
           QStringLiteral("stylesheet"),    QStringLiteral("display"),
           QStringLiteral("geometry"),      QStringLiteral("name"),
           QStringLiteral("title")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a.startsWith(u'-')) {
            const QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
            if (takesValue.contains(name))
                ++i; // its value
            continue;
        }
        return a;
    }
    return {};
}

bool wantsCommandLine(const QStringList &arguments)
{
    // Any word is a command: the window takes none, so a word that names no command (a typo of
    // one) is an error that names it rather than a window nobody asked for.
    return !commandWord(arguments).isEmpty();
}

int runCommandLine(const QStringList &arguments)
{
    // SATCHEL_NO_KEYCHAIN: never ask the OS keychain (a server without one, a test); passwords
    // given with --password-stdin then live in memory for this run only.
    if (!qEnvironmentVariableIsEmpty("SATCHEL_NO_KEYCHAIN")) {
        accounts::MemorySecretStore none;
        none.setFailure(accounts::SecretReply::Outcome::Unavailable);
        return runCommandLine(arguments, none);
    }
    accounts::KeychainSecretStore keychain;
    return runCommandLine(arguments, keychain);
}

int runCommandLine(const QStringList &arguments, accounts::SecretStore &secrets)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLineText::tr(
        "An offline mail reader that never loses a message.\n\n"
        "Without a command, Satchel opens its window. Commands:\n"
        "  import PATH... [--folder NAME]   .eml files, folders of them, Maildir, mbox\n"
        "  search QUERY [--json] [--limit N]\n"
        "  show ID [--raw | --json | --text]\n"
        "  export (--mbox FILE | --eml DIR) [--folder NAME | --query QUERY]\n"
        "  check                            the archive's integrity\n"
        "  account add NAME --host H --security tls|starttls|none --user U [--port P]\n"
        "      [--auth MECH] [--leave-on-server no|forever|days:N|until-deleted]\n"
        "      [--keep-max-messages M] [--keep-max-mb M] [--headers-only] [--max-size KB]\n"
        "      [--trust-fingerprint SHA256] [--ca-file PEM] [--password-stdin]\n"
        "  account list\n"
        "  account remove NAME [--delete-mail]\n"
        "  account rebuild-ledger NAME      the download history, from the stored messages\n"
        "  fetch [NAME...] [--password-stdin] [--mark-all-downloaded]\n"
        "                                   exit 75 try later, 3 password, 4 certificate\n\n"
        "Search: words, \"phrases\", from: to: subject: has:attachment is:unread is:read\n"
        "is:flagged folder:NAME before:YYYY-MM-DD after:YYYY-MM-DD, AND OR NOT - ( )."));
    // Commands added since, in a text of their own so that the one above keeps its translations.
    parser.setApplicationDescription(
        parser.applicationDescription() + QStringLiteral("\n\n")
        + CommandLineText::tr(
            "More account commands:\n"
            "  account edit NAME [any option of account add] [--unset OPTION]\n"
            "                                   mail and download history stay\n"
            "  account list --json              one JSON object per account and line"));
    parser.setApplicationDescription(
        parser.applicationDescription()
        + CommandLineText::tr(
            "\n\nAccounts that sign in with the browser (OAuth2):\n"
            "  account add NAME --oauth microsoft|google|fastmail --user U [--oauth-client-id ID]\n"
            "      [--oauth-client-secret S] [the options of account add but --password-stdin]\n"
            "  account login NAME [--no-browser]  sign in; fetch exits 6 until it is done"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        CommandLineText::tr("The profile folder (default: %1).")
            .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
        CommandLineText::tr("DIR"));
    const QCommandLineOption folder(
        QStringLiteral("folder"),
        CommandLineText::tr("import: the folder to import into (default: Inbox); "
                            "export: the folder to export."),
        CommandLineText::tr("NAME"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CommandLineText::tr("search, show, account list: JSON output."));
    const QCommandLineOption limit(
        QStringLiteral("limit"),
        CommandLineText::tr("search: at most N results, newest first (default 100; "
                            "0 for all)."),
        CommandLineText::tr("N"), QStringLiteral("100"));
    const QCommandLineOption raw(QStringLiteral("raw"),
                                 CommandLineText::tr("show: the exact stored bytes."));
    const QCommandLineOption text(QStringLiteral("text"),
                                  CommandLineText::tr("show: headers and text (default)."));
    const QCommandLineOption mbox(QStringLiteral("mbox"),
                                  CommandLineText::tr("export: to this mbox file (mboxrd)."),
                                  CommandLineText::tr("FILE"));
    const QCommandLineOption eml(
        QStringLiteral("eml"),
        CommandLineText::tr("export: to this folder, one .eml file per message."),
        CommandLineText::tr("DIR"));
    const QCommandLineOption query(QStringLiteral("query"),
                                   CommandLineText::tr("export: the messages this search finds."),
                                   CommandLineText::tr("QUERY"));
    parser.addOptions({profile, folder, json, limit, raw, text, mbox, eml, query});
    const AccountOptions accountOptions;
    accountOptions.addTo(parser);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        CommandLineText::tr("import, search, show, export, check, account or fetch."));

    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << u' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(CommandLineText::tr(
            "expected a command: import, search, show, export, check, account or fetch"));
    if (!isCommand(positional.first())) {
        const QString likely = closestCommand(positional.first());
        return usage(likely.isEmpty()
                         ? CommandLineText::tr("\"%1\" is not a command; the commands are import, "
                                               "search, show, export, check, account and fetch")
                               .arg(positional.first())
                         : CommandLineText::tr("\"%1\" is not a command; did you mean \"%2\"?")
                               .arg(positional.first(), likely));
    }
    const QString command = positional.takeFirst();

    // Options that belong to other commands are a mistake worth saying.
    QList<std::pair<const QCommandLineOption *, QStringList>> owners = {
        {&folder, {QStringLiteral("import"), QStringLiteral("export")}},
        {&json, {QStringLiteral("search"), QStringLiteral("show"), QStringLiteral("account")}},
        {&limit, {QStringLiteral("search")}},
        {&raw, {QStringLiteral("show")}},
        {&text, {QStringLiteral("show")}},
        {&mbox, {QStringLiteral("export")}},
        {&eml, {QStringLiteral("export")}},
        {&query, {QStringLiteral("export")}},
    };
    owners += accountOptions.owners();
    for (const auto &[option, commands] : owners) {
        if (parser.isSet(*option) && !commands.contains(command))
            return usage(CommandLineText::tr("--%1 does not apply to %2")
                             .arg(option->names().first(), command));
    }

    int searchLimit = 0;
    qint64 showId = 0;
    QString showMode = QStringLiteral("text");
    if (command == u"import") {
        if (positional.isEmpty())
            return usage(CommandLineText::tr("import: expected at least one file or folder"));
    } else if (command == u"search") {
        if (positional.isEmpty())
            return usage(CommandLineText::tr("search: expected a query"));
        bool ok = false;
        searchLimit = parser.value(limit).toInt(&ok);
        if (!ok || searchLimit < 0)
            return usage(CommandLineText::tr("--limit expects a number of results, not \"%1\"")
                             .arg(parser.value(limit)));
    } else if (command == u"show") {
        if (positional.size() != 1)
            return usage(CommandLineText::tr("show: expected one message id"));
        bool ok = false;
        showId = positional.first().toLongLong(&ok);
        if (!ok || showId <= 0)
            return usage(
                CommandLineText::tr("show: \"%1\" is not a message id").arg(positional.first()));
        if (int(parser.isSet(raw)) + int(parser.isSet(json)) + int(parser.isSet(text)) > 1)
            return usage(CommandLineText::tr("show: choose one of --raw, --json and --text"));
        showMode = parser.isSet(raw) ? QStringLiteral("raw")
            : parser.isSet(json)     ? QStringLiteral("json")
                                     : QStringLiteral("text");
    } else if (command == u"export") {
        if (!positional.isEmpty())
            return usage(
                CommandLineText::tr("export: unexpected argument \"%1\"").arg(positional.first()));
        if (parser.isSet(mbox) == parser.isSet(eml))
            return usage(CommandLineText::tr("export: expected either --mbox FILE or --eml DIR"));
        if (parser.isSet(folder) && parser.isSet(query))
            return usage(CommandLineText::tr("export: use --folder or --query, not both"));
    } else if (command == u"check") {
        if (!positional.isEmpty())
            return usage(
                CommandLineText::tr("check: unexpected argument \"%1\"").arg(positional.first()));
    }

    const QString profileDir = parser.isSet(profile)
        ? parser.value(profile)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (command == u"account")
        return runAccountCommand(parser, accountOptions, positional, profileDir, secrets);
    if (command == u"fetch")
        return runFetchCommand(parser, accountOptions, positional, profileDir, secrets);
    const QString path = archivePath(profileDir);
    if (command != u"import" && !QFile::exists(path))
        return fail(
            CommandLineText::tr("there is no archive at %1 yet: import some mail first").arg(path));
    Result<std::unique_ptr<store::Archive>> archive = store::Archive::open(path);
    if (!archive)
        return fail(archive.error().message);
    store::Archive &a = **archive;

    if (command == u"import")
        return import(a, positional, parser.value(folder));
    if (command == u"search")
        return search(a, positional.join(u' '), parser.isSet(json), searchLimit);
    if (command == u"show")
        return show(a, showId, showMode);
    if (command == u"export")
        return exportMail(a, parser.value(mbox), parser.value(eml), parser.value(folder),
                          parser.value(query));
    return check(a);
}

} // namespace satchel::app

#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace satchel::accounts {
class SecretStore;
}

namespace satchel::app {

// The options of `account` and `fetch`, so runCommandLine() registers them once.
//
// An option that describes an account belongs in settingOptions() and in applyOptions()
// (AccountCommands.cpp): then `account add` and `account edit` both take it, --help lists it, and
// every other command refuses it.
struct AccountOptions
{
    QCommandLineOption host {QStringLiteral("host"), QString(), QStringLiteral("H")};
    QCommandLineOption port {QStringLiteral("port"), QString(), QStringLiteral("P")};
    QCommandLineOption security {QStringLiteral("security"), QString(), QStringLiteral("S")};
    QCommandLineOption user {QStringLiteral("user"), QString(), QStringLiteral("U")};
    QCommandLineOption auth {QStringLiteral("auth"), QString(), QStringLiteral("MECH")};
    QCommandLineOption leaveOnServer {QStringLiteral("leave-on-server"), QString(),
                                      QStringLiteral("POLICY")};
    QCommandLineOption keepMaxMessages {QStringLiteral("keep-max-messages"), QString(),
                                        QStringLiteral("M")};
    QCommandLineOption keepMaxMb {QStringLiteral("keep-max-mb"), QString(), QStringLiteral("M")};
    QCommandLineOption headersOnly {QStringLiteral("headers-only"), QString()};
    QCommandLineOption maxSize {QStringLiteral("max-size"), QString(), QStringLiteral("KB")};
    QCommandLineOption trustFingerprint {QStringLiteral("trust-fingerprint"), QString(),
                                         QStringLiteral("SHA256")};
    QCommandLineOption caFile {QStringLiteral("ca-file"), QString(), QStringLiteral("PEM")};
    QCommandLineOption passwordStdin {QStringLiteral("password-stdin"), QString()};
    // account edit: back to what `account add` sets without that option.
    QCommandLineOption unset {QStringLiteral("unset"), QString(), QStringLiteral("OPTION")};
    QCommandLineOption deleteMail {QStringLiteral("delete-mail"), QString()};
    QCommandLineOption markAllDownloaded {QStringLiteral("mark-all-downloaded"), QString()};
    QCommandLineOption oauth {QStringLiteral("oauth"), QString(), QStringLiteral("PROVIDER")};
    QCommandLineOption oauthClientId {QStringLiteral("oauth-client-id"), QString(),
                                      QStringLiteral("ID")};
    QCommandLineOption oauthClientSecret {QStringLiteral("oauth-client-secret"), QString(),
                                          QStringLiteral("SECRET")};
    QCommandLineOption noBrowser {QStringLiteral("no-browser"), QString()};

    AccountOptions();
    void addTo(QCommandLineParser &parser) const;
    // The options `account add` and `account edit` take: the settings of an account, and its
    // password.
    [[nodiscard]] QList<const QCommandLineOption *> settingOptions() const;
    // Which of these options each command accepts.
    [[nodiscard]] QList<std::pair<const QCommandLineOption *, QStringList>> owners() const;
};

// `account add|edit|list|remove|rebuild-ledger|login ...`; exit codes 0, 1, 2 (usage), 6 (login:
// the sign-in did not happen). `list` takes the parser's --json.
[[nodiscard]] int runAccountCommand(const QCommandLineParser &parser, const AccountOptions &options,
                                    QStringList positional, const QString &profileDir,
                                    accounts::SecretStore &secrets);

// `fetch [NAME...]`: exit 0 success, 75 try later, 3 authentication, 4 certificate, 6 a browser
// sign-in is needed, 2 a usage error, 1 otherwise (ExitCode.h).
[[nodiscard]] int runFetchCommand(const QCommandLineParser &parser, const AccountOptions &options,
                                  const QStringList &names, const QString &profileDir,
                                  accounts::SecretStore &secrets);

} // namespace satchel::app

#include "OAuthCommands.h"

#include "AccountCommands.h"
#include "CommandLinePrompter.h"
#include "ExitCode.h"
#include "accounts/AccountSettings.h"
#include "autoconfig/ProviderPresets.h"
#include "oauth/ProviderLookup.h"
#include "sync/MailService.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

#include <optional>

namespace satchel::app {

namespace {

// See CommandLineText in CommandLine.cpp for why a struct with Q_DECLARE_TR_FUNCTIONS.
struct OAuthCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(OAuthCommandsText)
};

} // namespace

Status applyOAuthOptions(const QCommandLineParser &parser, const AccountOptions &options,
                         accounts::AccountSettings &account)
{
    const QString id = parser.value(options.oauth).trimmed().toLower();
    const auto preset = autoconfig::ProviderPresets::builtIn().findByOAuthId(id);
    if (!preset)
        return Error {Error::Code::NotFound,
                      OAuthCommandsText::tr("--oauth expects one of %1, not \"%2\"")
                          .arg(oauth::knownProviderIds().join(QStringLiteral(", ")),
                               parser.value(options.oauth))};
    if (parser.isSet(options.passwordStdin))
        return Error {Error::Code::NotFound,
                      OAuthCommandsText::tr("--password-stdin does not go with --oauth: the "
                                            "account signs in with a browser "
                                            "('satchel account login')")};
    account.oauthProvider = preset->oauth->id;
    account.oauthClientId = parser.value(options.oauthClientId).trimmed();
    account.oauthClientSecret = parser.value(options.oauthClientSecret).trimmed();
    if (!account.oauthClientSecret.isEmpty() && account.oauthClientId.isEmpty())
        return Error {Error::Code::NotFound,
                      OAuthCommandsText::tr("--oauth-client-secret goes with --oauth-client-id")};
    // Says now, not at the first fetch, when no client ID is there at all.
    if (Result<oauth::OAuthProvider> provider = oauth::providerFor(
            account.oauthProvider, account.oauthClientId, account.oauthClientSecret);
        !provider)
        return provider.error();
    account.host = preset->host;
    account.port = preset->port;
    account.security = preset->security;
    return {};
}

QString oauthNextStep(const QString &accountName)
{
    return OAuthCommandsText::tr("Sign in with your browser next: satchel account login %1")
        .arg(accountName);
}

int login(const QCommandLineParser &parser, const AccountOptions &options, const QString &name,
          sync::MailService &service, CommandLinePrompter &prompter)
{
    QTextStream err(stderr);
    const std::optional<accounts::AccountSettings> account = service.accountNamed(name);
    if (!account) {
        err << OAuthCommandsText::tr("satchel: there is no account named %1").arg(name) << Qt::endl;
        return Problem;
    }
    if (!account->signsInWithOAuth()) {
        err << OAuthCommandsText::tr("satchel: %1 logs in with a password, not with a browser "
                                     "(an account added with --oauth does)")
                   .arg(name)
            << Qt::endl;
        return Problem;
    }
    prompter.setSignInInteractive(true, !parser.isSet(options.noBrowser));
    std::optional<Status> outcome;
    QEventLoop loop;
    service.signIn(account->accountId, [&outcome, &loop](const Status &status) {
        outcome = status;
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    if (!outcome->ok()) {
        err << OAuthCommandsText::tr("satchel: %1: %2").arg(name, outcome->error().message)
            << Qt::endl;
        return SignInNeeded;
    }
    QTextStream(stdout) << OAuthCommandsText::tr("Signed in: %1 can get mail now.").arg(name)
                        << Qt::endl;
    return Ok;
}

} // namespace satchel::app

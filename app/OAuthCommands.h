#pragma once

#include "util/Result.h"

#include <QCommandLineParser>
#include <QString>

namespace satchel::accounts {
struct AccountSettings;
}
namespace satchel::sync {
class MailService;
}

namespace satchel::app {

struct AccountOptions;
class CommandLinePrompter;

// `account add NAME --oauth PROVIDER [--oauth-client-id ID]`: the provider's preset gives the
// server (--host, --port and --security may still override it) and the way of logging in. An
// Error with code NotFound for a provider Satchel does not know (a usage error), Invalid when
// the options cannot work (no client ID anywhere: the message says so, and names the
// app-password route where the provider has one).
[[nodiscard]] Status applyOAuthOptions(const QCommandLineParser &parser,
                                       const AccountOptions &options,
                                       accounts::AccountSettings &account);
// What to do next after such an account was added.
[[nodiscard]] QString oauthNextStep(const QString &accountName);

// `account login NAME [--no-browser]`: prints the sign-in address, opens a browser where there
// is a display, and waits for the browser on the loopback address. Exit 0 once signed in, 6
// (SignInNeeded) when the sign-in failed, 1 for an account that does not sign in that way.
[[nodiscard]] int login(const QCommandLineParser &parser, const AccountOptions &options,
                        const QString &name, sync::MailService &service,
                        CommandLinePrompter &prompter);

} // namespace satchel::app

#pragma once

#include <QStringList>

namespace satchel::accounts {
class SecretStore;
}

namespace satchel::app {

// The commands that run without a window (import, search, show, export, check, account, fetch).
[[nodiscard]] bool isCommand(const QString &word);

// Whether these arguments hold a word that is not an option nor an option's value: the window
// takes none, so then main() runs runCommandLine() (which says so when the word names no
// command) and never creates a window.
[[nodiscard]] bool wantsCommandLine(const QStringList &arguments);

// The first such word ("search", "fetch", or a typo such as "serach"), or empty.
[[nodiscard]] QString commandWord(const QStringList &arguments);

// Runs the command in `arguments` (as from QCoreApplication::arguments()), exiting with an
// ExitCode (ExitCode.h): 0 done, 1 a problem (named on stderr), 2 a usage error; fetch also 3
// for the credentials, 4 for the certificate, 75 to try later.
// The passwords of `account` and `fetch` come from the OS keychain (none at all when the
// environment sets SATCHEL_NO_KEYCHAIN).
[[nodiscard]] int runCommandLine(const QStringList &arguments);
// The same with the given keychain (tests).
[[nodiscard]] int runCommandLine(const QStringList &arguments, accounts::SecretStore &secrets);

} // namespace satchel::app

#pragma once

#include <QStringList>

namespace satchel::accounts {
class SecretStore;
}

namespace satchel::app {

// The commands that run without a window (import, search, show, export, check, account, fetch).
[[nodiscard]] bool isCommand(const QString &word);

// Whether these arguments name a command: the first argument that is not an option (nor the
// value of --profile) is one. Then main() runs runCommandLine() and never creates a window.
[[nodiscard]] bool wantsCommandLine(const QStringList &arguments);

// The command these arguments name ("search", "fetch"...), or empty.
[[nodiscard]] QString commandWord(const QStringList &arguments);

// Runs the command in `arguments` (as from QCoreApplication::arguments()). Exit codes: 0 done,
// 1 a problem (named on stderr), 2 a usage error.
// The passwords of `account` and `fetch` come from the OS keychain (none at all when the
// environment sets SATCHEL_NO_KEYCHAIN); fetch exits 2 to try later, 3 for the credentials, 4 for
// the certificate.
[[nodiscard]] int runCommandLine(const QStringList &arguments);
// The same with the given keychain (tests).
[[nodiscard]] int runCommandLine(const QStringList &arguments, accounts::SecretStore &secrets);

} // namespace satchel::app

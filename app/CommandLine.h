#pragma once

#include <QStringList>

namespace satchel::app {

// The commands that run without a window (import, search, show, export, check).
[[nodiscard]] bool isCommand(const QString &word);

// Whether these arguments name a command: the first argument that is not an option (nor the
// value of --profile) is one. Then main() runs runCommandLine() and never creates a window.
[[nodiscard]] bool wantsCommandLine(const QStringList &arguments);

// Runs the command in `arguments` (as from QCoreApplication::arguments()). Exit codes: 0 done,
// 1 a problem (named on stderr), 2 a usage error.
[[nodiscard]] int runCommandLine(const QStringList &arguments);

} // namespace satchel::app

#pragma once

#include <QStringList>

namespace satchel::app {

// `satchel --demo --headless [--profile DIR]`: the demo fetch without a window, under a
// QCoreApplication that already exists. Prints "Demo: N messages fetched into PROFILE" and
// returns 0, or prints what went wrong and returns 1. Without --profile the profile is a
// temporary folder, removed before this returns; with it, the folder stays for `satchel
// --profile DIR` to open (CI and the README screenshot use that).
[[nodiscard]] int runHeadlessDemo(const QStringList &arguments);

// True for the hidden `--demo --headless` form that runHeadlessDemo() handles.
[[nodiscard]] bool wantsHeadlessDemo(const QStringList &arguments);

} // namespace satchel::app

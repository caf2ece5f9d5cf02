#pragma once

namespace satchel::ui {

// The windowed application: creates the QApplication, the main window, and runs the event loop.
// main() calls this only when the arguments name no command-line command, so that commands never
// need a display (or, later, even the GUI libraries).
[[nodiscard]] int runApplication(int &argc, char **argv);

} // namespace satchel::ui

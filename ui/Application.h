#pragma once

#include <QCommandLineOption>
#include <QList>

#include <functional>

class QCommandLineParser;

namespace satchel::ui {

class MainWindow;

// What the binary adds to the windowed application: more options, and a chance to take the
// window over (the demo fetches into a throwaway profile of its own). `takeOver` runs once the
// window exists and before the profile is opened; when it returns true, the profile's archive is
// not opened (nor locked against a second instance): the caller gives the window its archive.
struct Launch
{
    QList<QCommandLineOption> options;
    std::function<bool(const QCommandLineParser &parser, MainWindow &window)> takeOver;
};

// The windowed application: creates the QApplication, the main window, and runs the event loop.
// main() calls this only when the arguments name no command-line command, so that commands never
// need a display (on Linux they never even load the GUI libraries: app/CMakeLists.txt).
[[nodiscard]] int runApplication(int &argc, char **argv, const Launch &launch = {});

} // namespace satchel::ui

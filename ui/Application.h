#pragma once

#include <QCommandLineOption>
#include <QList>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace satchel::accounts {
class SecretStore;
}
namespace satchel::store {
class Archive;
}

namespace satchel::ui {

class MainWindow;

// A profile the launch brings itself (the demo's throwaway one): its archive and its keychain,
// both owned by the caller and outliving the window. No archive: it could not be made, and the
// window only shows why.
struct ProvidedProfile
{
    store::Archive *archive = nullptr;
    accounts::SecretStore *secrets = nullptr;
};

// What the binary adds to the windowed application: more options, and a chance to bring a
// profile of its own. `takeOver` runs once the window exists and before the profile is opened;
// when it returns a profile, the profile folder's archive is not opened (nor locked against a
// second instance), and the window works on the one returned, through the same MailController
// as ever (no wizard: it has its account).
struct Launch
{
    QList<QCommandLineOption> options;
    std::function<std::optional<ProvidedProfile>(const QCommandLineParser &parser,
                                                 MainWindow &window)>
        takeOver;
};

// The windowed application: creates the QApplication, the main window, and runs the event loop.
// main() calls this only when the arguments name no command-line command, so that commands never
// need a display (on Linux they never even load the GUI libraries: app/CMakeLists.txt).
[[nodiscard]] int runApplication(int &argc, char **argv, const Launch &launch = {});

} // namespace satchel::ui

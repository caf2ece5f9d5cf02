#include "Application.h"

#include "MailController.h"
#include "MainWindow.h"
#include "accounts/KeychainSecretStore.h"
#include "accounts/MemorySecretStore.h"
#include "store/Archive.h"
#include "util/SingleInstance.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkInformation>
#include <QStandardPaths>

#include <memory>

namespace satchel::ui {

namespace {

// The online/offline indicator follows the system's network state where Qt has a backend for
// it (NetworkManager, GLib's network monitor...). Where none loads it cannot tell, and the
// window says "online": a fetch then finds out for itself.
void followNetworkState(MainWindow &window)
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        window.setOnline(true);
        return;
    }
    QNetworkInformation *info = QNetworkInformation::instance();
    const auto apply = [&window](QNetworkInformation::Reachability reachability) {
        window.setOnline(reachability != QNetworkInformation::Reachability::Disconnected);
    };
    apply(info->reachability());
    QObject::connect(info, &QNetworkInformation::reachabilityChanged, &window, apply);
}

} // namespace

int runApplication(int &argc, char **argv, const Launch &launch)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Satchel"));
    QCoreApplication::setOrganizationName(QStringLiteral("Satchel"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SATCHEL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.satchel.Satchel"));
    // The installed theme icon where there is one, else the copy built into the binary.
    QIcon fallback;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        fallback.addFile(
            QStringLiteral(":/icons/icons/hicolor/%1x%1/org.satchel.Satchel.png").arg(size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.satchel.Satchel"), fallback));

    QStringList arguments = QCoreApplication::arguments();
    const QString language = util::takeLanguageOption(arguments);
    util::installTranslations(language.isEmpty() ? util::savedLanguage() : language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "An offline mail reader that never loses a message."));
    parser.addHelpOption();
    parser.addVersionOption();
    // The same profile folder as the commands (app/CommandLine.cpp): the archive is
    // <profile>/archive.sqlite.
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "The profile folder (default: %1).")
            .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
        QCoreApplication::translate("main", "DIR"));
    parser.addOption(profile);
    parser.addOption({QStringLiteral("language"),
                      QCoreApplication::translate("main",
                                                  "The language of the interface: de, "
                                                  "en, es, fr (default: the system's)."),
                      QCoreApplication::translate("main", "CODE")});
    for (const QCommandLineOption &option : launch.options)
        parser.addOption(option);
    parser.process(app);

    const QString profileDir = parser.isSet(profile)
        ? parser.value(profile)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString archivePath = QDir(profileDir).filePath(QStringLiteral("archive.sqlite"));

    MainWindow window;
    followNetworkState(window);
    if (launch.takeOver) {
        if (const std::optional<ProvidedProfile> provided = launch.takeOver(parser, window)) {
            window.setArchive(provided->archive);
            if (!provided->archive) { // it could not be made, and the window says why
                window.show();
                return QApplication::exec();
            }
            MailController::Options options;
            options.wizardWhenNoAccount = false;
            MailController controller(&window, provided->archive, provided->secrets, options);
            window.show();
            controller.start(); // the first check, as for any profile
            const int result = QApplication::exec();
            window.setArchive(nullptr);
            return result;
        }
    }

    // One window per profile: a second launch raises the first and exits.
    util::SingleInstance instance(profileDir);
    if (instance.start(QCoreApplication::arguments()) == util::SingleInstance::Role::Secondary)
        return 0;
    QObject::connect(&instance, &util::SingleInstance::activationRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    Result<std::unique_ptr<store::Archive>> archive = store::Archive::open(archivePath);
    if (archive) {
        window.setArchive(archive->get());
    } else {
        QMessageBox::critical(
            &window, QCoreApplication::translate("main", "Satchel"),
            QCoreApplication::translate("main", "The archive %1 cannot be opened: %2")
                .arg(archivePath, archive.error().message));
        return 1;
    }
    // Passwords: the OS keychain, or with SATCHEL_NO_KEYCHAIN (as for the commands) none at
    // all, so that the window asks for them each session and never writes them down.
    std::unique_ptr<accounts::SecretStore> secrets;
    if (!qEnvironmentVariableIsEmpty("SATCHEL_NO_KEYCHAIN")) {
        auto none = std::make_unique<accounts::MemorySecretStore>();
        none->setFailure(accounts::SecretReply::Outcome::Unavailable);
        secrets = std::move(none);
    } else {
        secrets = std::make_unique<accounts::KeychainSecretStore>();
    }
    MailController controller(&window, archive->get(), secrets.get());
    window.show();
    controller.start(); // the wizard on a first run, then the first check
    const int result = QApplication::exec();
    window.setArchive(nullptr); // before the archive goes
    return result;
}

} // namespace satchel::ui

// Not a test: screenshots of the window with real accounts after a fetch, of the accounts dialog
// and of the edit dialog's tabs, for people to look at. Run it under a real X server:
//   xvfb-run -a -s "-screen 0 1280x800x24" build/tests/ui/mailcontroller_screenshots OUTDIR
// A private Dovecot serves the demo mailbox (resources/demo/mail) to the account "Travel", whose
// certificate is pinned; the account "Work" has the wrong password, so the password dialog and
// then the status bar's problem line show how that reads.
#include "AccountEditDialog.h"
#include "AccountsDialog.h"
#include "DovecotFixture.h"
#include "MailController.h"
#include "MainWindow.h"
#include "Must.h"
#include "PasswordDialog.h"
#include "Scripts.h"
#include "accounts/MemorySecretStore.h"
#include "model/MessageListModel.h"
#include "store/Archive.h"
#include "sync/Scheduler.h"
#include "util/Translations.h"

#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace satchel;
using satchel::test::must;

namespace {

class Online : public sync::NetworkMonitor
{
public:
    using NetworkMonitor::NetworkMonitor;
    [[nodiscard]] State state() const override { return State::Online; }
    [[nodiscard]] bool isMetered() const override { return false; }
};

bool save(QWidget *widget, const QString &path)
{
    QTest::qWait(500);
    if (!widget->grab().save(path)) {
        qCritical("cannot write %s", qPrintable(path));
        return false;
    }
    qInfo("wrote %s", qPrintable(path));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        qCritical("usage: mailcontroller_screenshots OUTDIR");
        return 2;
    }
    QStandardPaths::setTestModeEnabled(true);
    util::installTranslations(QStringLiteral("en")); // the plural forms
    const QDir out(QString::fromLocal8Bit(argv[1]));
    test::DovecotFixture dovecot;
    if (!dovecot.start()) {
        qCritical("%s", qPrintable(dovecot.errorString()));
        return 1;
    }
    const QDir mail(QStringLiteral(SATCHEL_DEMO_MAIL_DIR));
    for (const QString &name : mail.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
        QFile file(mail.filePath(name));
        if (!file.open(QIODevice::ReadOnly) || !dovecot.addMessage(file.readAll()))
            return 1;
    }

    QTemporaryDir profile;
    auto archive = must(store::Archive::open(profile.filePath(QStringLiteral("archive.sqlite"))));
    accounts::MemorySecretStore secrets;
    accounts::AccountSettings travel;
    travel.name = QStringLiteral("Travel");
    travel.displayName = QStringLiteral("Robin Traveller");
    travel.address = QStringLiteral("robin@example.org");
    travel.host = QStringLiteral("localhost");
    travel.port = dovecot.pop3sPort();
    travel.user = dovecot.userName();
    travel.pinnedSha256 = dovecot.certificateSha256();
    travel.retention.maxDays = 30;
    travel.checkIntervalMinutes = 15;
    travel.accountId = must(accounts::saveAccount(*archive, travel));
    (void)secrets.writeNow(travel.secretKey(), dovecot.password());
    accounts::AccountSettings work;
    work.name = QStringLiteral("Work");
    work.address = QStringLiteral("robin@work.example");
    work.host = QStringLiteral("localhost");
    work.port = dovecot.pop3sPort();
    work.user = dovecot.userName();
    work.pinnedSha256 = dovecot.certificateSha256();
    work.retention.untilDeletedHere = true;
    work.headersOnly = true;
    work.accountId = must(accounts::saveAccount(*archive, work));
    (void)secrets.writeNow(work.secretKey(), QStringLiteral("not-a-real-password"));

    ui::MainWindow window;
    window.setArchive(archive.get());
    window.setOnline(true);
    Online network;
    ui::MailController::Options options;
    options.network = &network;
    ui::MailController controller(&window, archive.get(), &secrets, options);
    window.resize(1200, 760);
    window.show();
    QSignalSpy fetched(&controller, &ui::MailController::fetchFinished);
    controller.start();
    while (fetched.size() < 2 && fetched.wait(30000)) { }
    if (fetched.size() < 2) {
        qCritical("the fetches did not finish");
        return 1;
    }
    QTest::qWait(300);
    window.messageList()->setFocus();
    const QModelIndex first = window.messageModel()->index(0, 0);
    window.selectMessage(first.data(model::MessageListModel::IdRole).toLongLong());
    bool ok = save(&window, out.filePath(QStringLiteral("window-with-account.png")));
    if (ui::PasswordDialog *password = controller.passwordDialog()) {
        ok = save(password, out.filePath(QStringLiteral("password-dialog.png"))) && ok;
        password->reject();
        ok = save(&window, out.filePath(QStringLiteral("window-problem.png"))) && ok;
    }

    controller.manageAccounts();
    ui::AccountsDialog *dialog = controller.accountsDialog();
    ok = dialog && save(dialog, out.filePath(QStringLiteral("accounts-dialog.png"))) && ok;
    // The History menu, open: a grab of the screen, since a popup is a window of its own.
    if (auto *history
        = dialog ? dialog->findChild<QPushButton *>(QStringLiteral("accountHistory")) : nullptr;
        history && history->menu()) {
        history->menu()->popup(history->mapToGlobal(QPoint(0, history->height())));
        QTest::qWait(500);
        const QString path = out.filePath(QStringLiteral("accounts-history-menu.png"));
        const bool saved = dialog->screen()->grabWindow(0).save(path);
        if (saved)
            qInfo("wrote %s", qPrintable(path));
        ok = saved && ok;
        history->menu()->hide();
    }
    controller.editAccount(travel.accountId);
    QTest::qWait(200);
    if (QWidget *edit = controller.editDialog()) {
        ok = save(edit, out.filePath(QStringLiteral("account-edit.png"))) && ok;
        // The Server and Download tabs: the forms the account wizard shares.
        if (auto *tabs = edit->findChild<QTabWidget *>(); tabs && tabs->count() == 3) {
            tabs->setCurrentIndex(1);
            ok = save(edit, out.filePath(QStringLiteral("account-edit-server.png"))) && ok;
            tabs->setCurrentIndex(2);
            ok = save(edit, out.filePath(QStringLiteral("account-edit-download.png"))) && ok;
        }
    }
    window.setArchive(nullptr);
    return ok ? 0 : 1;
}

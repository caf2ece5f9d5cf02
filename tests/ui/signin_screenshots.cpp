// Not a test: screenshots of the account wizard's sign-in page in each of its states (ready,
// waiting for the browser, signed in, failed, no client ID), for people to look at. Run it
// under a real X server, e.g.
//   xvfb-run -a -s "-screen 0 1024x768x24" build/tests/ui/signin_screenshots OUTDIR
// The mock authorization server of tests/support plays the provider and a stand-in does the
// browser's part; each shot is the wizard window's own grab().
#include "SignInDriver.h"
#include "SignInPage.h"
#include "WizardDriver.h"
#include "autoconfig/ProviderPresets.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>

using namespace satchel;
using namespace satchel::test::wizard;
using satchel::ui::AccountWizard;
using satchel::ui::SignInPage;

namespace {

bool shoot(AccountWizard &wizard, const QString &dir, const QString &name)
{
    QTest::qWait(500); // let the window paint
    const QString file = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!wizard.grab().save(file)) {
        qCritical("could not save %s", qPrintable(file));
        return false;
    }
    qInfo("%s", qPrintable(file));
    return true;
}

bool waitFor(SignInPage *page, SignInPage::State state)
{
    return QTest::qWaitFor([page, state] { return page->state() == state; }, 10000);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString dir = app.arguments().value(1, QStringLiteral("."));
    QDir().mkpath(dir);
    test::OAuthMockServer mock;
    if (!mock.start())
        return 1;
    auto presets = autoconfig::ProviderPresets::fromJson(test::mockPresets(995));
    if (!presets) {
        qCritical("%s", qPrintable(presets.error().message));
        return 1;
    }
    mock.setBrowserUser(QStringLiteral("ann@mockmail.test"));

    // One wizard per state, each driven as a person would.
    const auto run = [&](const QString &name, bool clientId, auto drive) {
        test::StandInBrowser browser;
        AccountWizard::Options options;
        options.presets = &*presets;
        options.oauthProvider = [&mock, clientId](const QString &, const QString &id,
                                                  const QString &) -> Result<oauth::OAuthProvider> {
            if (!clientId && id.isEmpty())
                return Error {Error::Code::Invalid, QString()};
            return mock.provider();
        };
        options.openBrowser = browser.opener();
        AccountWizard wizard(options);
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            return false;
        fillIdentity(wizard, QStringLiteral("Ann Example"), QStringLiteral("ann@mockmail.test"),
                     QString());
        wizard.next();
        wizard.next();
        auto *page = qobject_cast<SignInPage *>(wizard.currentPage());
        return page && drive(wizard, page, browser) && shoot(wizard, dir, name);
    };
    const auto click
        = [](AccountWizard &wizard) { child<QPushButton>(&wizard, "signInButton")->click(); };
    bool ok = true;
    ok &= run(QStringLiteral("signin-1-ready"), true,
              [](AccountWizard &, SignInPage *page, test::StandInBrowser &) {
                  return page->state() == SignInPage::State::Ready;
              });
    ok &= run(QStringLiteral("signin-2-waiting"), true,
              [&](AccountWizard &wizard, SignInPage *page, test::StandInBrowser &browser) {
                  browser.stay = true;
                  click(wizard);
                  return page->state() == SignInPage::State::Waiting;
              });
    ok &= run(QStringLiteral("signin-3-signed-in"), true,
              [&](AccountWizard &wizard, SignInPage *page, test::StandInBrowser &) {
                  click(wizard);
                  return waitFor(page, SignInPage::State::SignedIn);
              });
    ok &= run(QStringLiteral("signin-4-failed"), true,
              [&](AccountWizard &wizard, SignInPage *page, test::StandInBrowser &browser) {
                  browser.decline = true;
                  click(wizard);
                  return waitFor(page, SignInPage::State::Failed);
              });
    ok &= run(QStringLiteral("signin-5-no-client-id"), false,
              [](AccountWizard &, SignInPage *page, test::StandInBrowser &) {
                  return page->state() == SignInPage::State::NoClientId;
              });
    return ok ? 0 : 1;
}

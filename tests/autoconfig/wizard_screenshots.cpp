// Not a test: takes a screenshot of each account wizard page and of the certificate dialog, for
// people to look at. Run it under a real X server, e.g.
//   xvfb-run -a -s "-screen 0 1024x768x24" build/tests/autoconfig/wizard_screenshots OUTDIR
//   [--dark]
// It plays a fake server on loopback (a self-signed certificate, EXPIRE 0) and drives the
// wizard through it, calling `import -window root` (ImageMagick) at each step.
#include "FakePop3Server.h"
#include "Scripts.h"
#include "TestCertificate.h"
#include "WizardDriver.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>

using namespace satchel;
using namespace satchel::test::wizard;
using satchel::pop3::Security;
using satchel::ui::AccountWizard;

namespace {

QString g_outDir;
QString g_suffix;

bool shoot(const QString &name)
{
    QTest::qWait(700); // let the window paint
    const QString file = QDir(g_outDir).filePath(name + g_suffix + QStringLiteral(".png"));
    const int status = QProcess::execute(QStringLiteral("import"),
                                         {QStringLiteral("-window"), QStringLiteral("root"), file});
    if (status != 0) {
        qCritical("import failed for %s", qPrintable(file));
        return false;
    }
    qInfo("%s", qPrintable(file));
    return true;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        qCritical("usage: wizard_screenshots OUTDIR [--dark]");
        return 2;
    }
    g_outDir = args.at(1);
    QDir().mkpath(g_outDir);
    if (args.contains(QStringLiteral("--dark"))) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        g_suffix = QStringLiteral("-dark");
    }

    QTemporaryDir dir;
    const auto cert = test::TestCertificate::generate(dir.path());
    if (!cert.isValid())
        qFatal("%s", qPrintable(cert.errorString()));
    test::FakePop3Server server;
    if (!server.listen())
        qFatal("cannot listen");
    server.setTlsCertificate(cert.certificate(), cert.privateKey());
    server.setImplicitTls(true);
    const QString caps = QStringLiteral("USER|UIDL|TOP|EXPIRE 0|LOGIN-DELAY 300");
    const QString password = QStringLiteral("not-a-real-password");
    server.addConnectionScript({QStringLiteral("S: +OK never sent")}); // probe: certificate
    server.addConnectionScript({QStringLiteral("S: +OK never sent")}); // login: certificate
    server.addConnectionScript(
        test::scripts::greeting() + test::scripts::capa(caps)
        + test::scripts::userPassLogin(QStringLiteral("ann@example.org"), password, caps,
                                       {QStringLiteral("a"), QStringLiteral("b")}));

    AccountWizard::Options options;
    const quint16 refused = test::scripts::refusedPort();
    options.candidates = [&](const QString &) {
        return QList<autoconfig::ProbeCandidate> {
            {QStringLiteral("localhost"), server.port(), Security::ImplicitTls},
            {QStringLiteral("localhost"), refused, Security::StartTls}};
    };
    options.probeTimeoutMs = 5000;
    options.loginTimeoutMs = 5000;
    AccountWizard wizard(options);
    wizard.move(40, 40);
    wizard.show();
    fillIdentity(wizard, QStringLiteral("Ann Example"), QStringLiteral("ann@example.org"),
                 password);
    bool ok = shoot(QStringLiteral("1-identity"));

    QSignalSpy probed(&wizard, &AccountWizard::probeFinished);
    wizard.next();
    ok = probed.wait(10000) && shoot(QStringLiteral("2-server")) && ok;

    QSignalSpy checked(&wizard, &AccountWizard::loginCheckFinished);
    wizard.next();
    ok = checked.wait(10000) && ok;
    if (auto *dialog = wizard.certificateDialog()) {
        dialog->move(120, 120);
        ok = shoot(QStringLiteral("3-certificate-dialog")) && ok;
        dialog->acceptButton()->click();
        ok = checked.wait(10000) && ok;
    } else {
        ok = false;
    }
    ok = shoot(QStringLiteral("3-test-login")) && ok;
    wizard.next();
    ok = shoot(QStringLiteral("4-retention")) && ok;

    // The certificate dialog's "changed" mode, alone.
    ui::CertificateDialog changed(QStringLiteral("pop.example.org"), {cert.certificate()},
                                  {QSslError(QSslError::SelfSignedCertificate, cert.certificate())},
                                  ui::CertificateDialog::Mode::Changed, QByteArray(32, '\x5a'));
    wizard.hide();
    changed.move(40, 40);
    changed.show();
    ok = shoot(QStringLiteral("5-certificate-changed")) && ok;
    return ok ? 0 : 1;
}

// The two forms the account wizard and the edit dialog share (ui/ServerForm, ui/RetentionForm),
// offscreen: settings in, widgets, the same settings out; the port that follows the security; what
// is enabled when; what is missing. And both front ends really are built from them.
#include "AccountEditDialog.h"
#include "AccountWizard.h"
#include "RetentionForm.h"
#include "ServerForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <algorithm>

using namespace satchel;
using accounts::AccountSettings;
using pop3::LoginMethod;
using pop3::SaslMechanismKind;
using pop3::Security;
using Mode = sync::RetentionPolicy::Mode;
using ui::RetentionForm;
using ui::ServerForm;

Q_DECLARE_METATYPE(satchel::accounts::AccountSettings)

namespace {

template<typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

// Fields no form holds, so that a round trip shows each form writes only its own.
AccountSettings withOtherFields()
{
    AccountSettings a;
    a.accountId = 42;
    a.name = QStringLiteral("Work");
    a.displayName = QStringLiteral("Ann Example");
    a.address = QStringLiteral("ann@example.org");
    a.checkIntervalMinutes = 25;
    a.pinnedSha256 = QByteArray(32, '\x5a');
    a.caFile = QStringLiteral("/etc/ssl/private-ca.pem");
    return a;
}

AccountSettings server(const QString &host, quint16 port, Security security, const QString &user,
                       LoginMethod method)
{
    AccountSettings a = withOtherFields();
    a.host = host;
    a.port = port;
    a.security = security;
    a.user = user;
    a.loginMethod = method;
    return a;
}

// `leave`: a --leave-on-server text; caps, headers only and the size limit as given.
AccountSettings retention(const QString &leave, std::optional<int> maxMessages,
                          std::optional<int> maxMegabytes, bool headersOnly,
                          std::optional<qint64> maxMessageKb, bool whenMetered = false)
{
    AccountSettings a = withOtherFields();
    if (!a.retention.setModeFromName(leave))
        qFatal("bad --leave-on-server %s", qPrintable(leave));
    a.retention.maxMessages = maxMessages;
    if (maxMegabytes)
        a.retention.maxBytes = qint64(*maxMegabytes) * 1024 * 1024;
    a.headersOnly = headersOnly;
    a.maxMessageKb = maxMessageKb;
    a.headersOnlyWhenMetered = whenMetered;
    return a;
}

} // namespace

class TestAccountForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverRoundTrip_data();
    void serverRoundTrip();
    void portFollowsSecurity();
    void cleartextWarning();
    void serverProblems();
    void offeredUserNames();
    void typedUserNameIsNotCompleted();
    void retentionRoundTrip_data();
    void retentionRoundTrip();
    void capsNeedCopiesLeft();
    void headersOnlyTakesNoSizeLimit();
    void leavingImpossible();
    void meteredChoice();
    void editDialogRoundTrip_data();
    void editDialogRoundTrip();
    void editDialogValidation();
    void bothFrontEndsUseTheForms();
};

void TestAccountForms::serverRoundTrip_data()
{
    QTest::addColumn<AccountSettings>("settings");
    QTest::newRow("defaults") << server(QStringLiteral("pop.example.org"), 995,
                                        Security::ImplicitTls, QStringLiteral("ann@example.org"),
                                        LoginMethod::automatic());
    QTest::newRow("starttls, SCRAM")
        << server(QStringLiteral("mail.example.com"), 110, Security::StartTls,
                  QStringLiteral("ann"), LoginMethod::sasl(SaslMechanismKind::ScramSha256));
    QTest::newRow("none, USER, own port")
        << server(QStringLiteral("192.168.1.2"), 1110, Security::None, QStringLiteral("ann"),
                  LoginMethod::userPass());
    QTest::newRow("APOP") << server(QStringLiteral("h"), 995, Security::ImplicitTls,
                                    QStringLiteral("u"), LoginMethod::apop());
    // Not among the choices: shown by its name and kept, never turned into "automatic".
    QTest::newRow("XOAUTH2") << server(QStringLiteral("outlook.office365.com"), 995,
                                       Security::ImplicitTls, QStringLiteral("ann@outlook.com"),
                                       LoginMethod::sasl(SaslMechanismKind::XOAuth2));
}

void TestAccountForms::serverRoundTrip()
{
    QFETCH(AccountSettings, settings);
    ServerForm form;
    form.setSettings(settings);
    QCOMPARE(child<QLineEdit>(&form, "host")->text(), settings.host);
    QCOMPARE(child<QSpinBox>(&form, "port")->value(), int(settings.port));
    QCOMPARE(child<QComboBox>(&form, "userName")->currentText(), settings.user);
    AccountSettings out = withOtherFields();
    form.applyTo(out);
    QCOMPARE(out, settings);
    QVERIFY(form.problem().isEmpty());

    // Another account's settings in the same form replace everything.
    const AccountSettings other = server(QStringLiteral("other.example"), 110, Security::StartTls,
                                         QStringLiteral("bob"), LoginMethod::automatic());
    form.setSettings(other);
    form.applyTo(out);
    QCOMPARE(out, other);
}

void TestAccountForms::portFollowsSecurity()
{
    ServerForm form;
    auto *security = child<QComboBox>(&form, "security");
    auto *port = child<QSpinBox>(&form, "port");
    const auto choose
        = [security](Security s) { security->setCurrentIndex(security->findData(int(s))); };
    QCOMPARE(port->value(), 995);
    choose(Security::StartTls);
    QCOMPARE(port->value(), 110);
    choose(Security::None);
    QCOMPARE(port->value(), 110);
    choose(Security::ImplicitTls);
    QCOMPARE(port->value(), 995);
    // A port the user chose is kept whatever the security.
    port->setValue(1995);
    choose(Security::StartTls);
    QCOMPARE(port->value(), 1995);
    choose(Security::ImplicitTls);
    QCOMPARE(port->value(), 1995);

    // setSettings takes the stored port as it is, after the security.
    form.setSettings(server(QStringLiteral("h"), 995, Security::StartTls, QStringLiteral("u"),
                            LoginMethod::automatic()));
    QCOMPARE(port->value(), 995);
    AccountSettings out;
    form.applyTo(out);
    QCOMPARE(out.security, Security::StartTls);
    QCOMPARE(out.port, quint16(995));
}

void TestAccountForms::cleartextWarning()
{
    ServerForm form;
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto *warning = child<QLabel>(&form, "cleartextWarning");
    QVERIFY(!warning->isVisible());
    auto *security = child<QComboBox>(&form, "security");
    security->setCurrentIndex(security->findData(int(Security::None)));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("password")));
    form.setSettings(server(QStringLiteral("h"), 995, Security::ImplicitTls, QStringLiteral("u"),
                            LoginMethod::automatic()));
    QVERIFY(!warning->isVisible());
}

void TestAccountForms::serverProblems()
{
    ServerForm form;
    QSignalSpy edited(&form, &ServerForm::edited);
    QCOMPARE(form.problem(), QStringLiteral("Enter the server's name."));
    child<QLineEdit>(&form, "host")->setText(QStringLiteral("  "));
    QCOMPARE(form.problem(), QStringLiteral("Enter the server's name.")); // blanks are nothing
    child<QLineEdit>(&form, "host")->setText(QStringLiteral("pop.example.org"));
    QCOMPARE(form.problem(), QStringLiteral("Enter the user name."));
    child<QComboBox>(&form, "userName")->setCurrentText(QStringLiteral("ann"));
    QVERIFY(form.problem().isEmpty());
    QVERIFY(edited.size() >= 3);
    // Trimmed on the way out.
    child<QLineEdit>(&form, "host")->setText(QStringLiteral(" pop.example.org "));
    AccountSettings out;
    form.applyTo(out);
    QCOMPARE(out.host, QStringLiteral("pop.example.org"));
}

void TestAccountForms::offeredUserNames()
{
    ServerForm form;
    form.setUserNames({QStringLiteral("ann@gmail.com"), QStringLiteral("recent:ann@gmail.com")});
    auto *user = child<QComboBox>(&form, "userName");
    QCOMPARE(user->currentText(), QStringLiteral("ann@gmail.com"));
    QCOMPARE(user->itemText(1), QStringLiteral("recent:ann@gmail.com"));
    user->setCurrentIndex(1);
    AccountSettings out;
    form.applyTo(out);
    QCOMPARE(out.user, QStringLiteral("recent:ann@gmail.com"));
    // An account's own user name comes with nothing to complete it into.
    form.setSettings(server(QStringLiteral("h"), 995, Security::ImplicitTls, QStringLiteral("ann"),
                            LoginMethod::automatic()));
    QCOMPARE(user->count(), 0);
    QCOMPARE(user->currentText(), QStringLiteral("ann"));
}

void TestAccountForms::typedUserNameIsNotCompleted()
{
    // Typed into the wizard's box, "holdout" stays "holdout": the offered address is a
    // suggestion in the list, never completed into the text and kept.
    ServerForm form;
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    form.setUserNames({QStringLiteral("holdout@travel-isp.test")});
    auto *user = child<QComboBox>(&form, "userName");
    QLineEdit *edit = user->lineEdit();
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, QStringLiteral("holdout"));
    QCOMPARE(edit->text(), QStringLiteral("holdout"));
    QVERIFY(!edit->hasSelectedText());
    // Leaving the box, or Enter, keeps what was typed.
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClick(edit, Qt::Key_Tab);
    QCOMPARE(user->currentText(), QStringLiteral("holdout"));
    AccountSettings out;
    form.applyTo(out);
    QCOMPARE(out.user, QStringLiteral("holdout"));
    // The address is still offered.
    QCOMPARE(user->count(), 1);
    QCOMPARE(user->itemText(0), QStringLiteral("holdout@travel-isp.test"));
    // And the user name a test login found to work is put in as if typed.
    form.setUserName(QStringLiteral("holdout"));
    QCOMPARE(user->currentText(), QStringLiteral("holdout"));
}

void TestAccountForms::retentionRoundTrip_data()
{
    QTest::addColumn<AccountSettings>("settings");
    QTest::addColumn<int>("metered"); // RetentionForm::MeteredChoice
    const int hidden = int(RetentionForm::MeteredChoice::Hidden);
    const int offered = int(RetentionForm::MeteredChoice::Offered);
    QTest::newRow("forever") << retention(QStringLiteral("forever"), {}, {}, false, {}) << hidden;
    QTest::newRow("delete") << retention(QStringLiteral("no"), {}, {}, false, {}) << hidden;
    QTest::newRow("30 days, caps")
        << retention(QStringLiteral("days:30"), 500, 300, false, {}) << hidden;
    QTest::newRow("until deleted, size limit")
        << retention(QStringLiteral("until-deleted"), {}, 50, false, 256) << hidden;
    QTest::newRow("headers only") << retention(QStringLiteral("forever"), 100, {}, true, {})
                                  << hidden;
    QTest::newRow("metered") << retention(QStringLiteral("days:7"), {}, {}, false, 2048, true)
                             << offered;
    QTest::newRow("metered off") << retention(QStringLiteral("days:7"), {}, {}, false, {}, false)
                                 << offered;
}

void TestAccountForms::retentionRoundTrip()
{
    QFETCH(AccountSettings, settings);
    QFETCH(int, metered);
    RetentionForm form {RetentionForm::MeteredChoice(metered)};
    form.setSettings(settings);
    QCOMPARE(form.policy(), settings.retention);
    AccountSettings out = withOtherFields();
    form.applyTo(out);
    QCOMPARE(out, settings);
}

void TestAccountForms::capsNeedCopiesLeft()
{
    RetentionForm form;
    form.setSettings(retention(QStringLiteral("days:30"), 500, 300, false, {}));
    auto *capMessages = child<QCheckBox>(&form, "capMessages");
    QVERIFY(capMessages->isEnabled());
    QVERIFY(child<QSpinBox>(&form, "capMessagesCount")->isEnabled());
    QVERIFY(child<QSpinBox>(&form, "leaveDaysCount")->isEnabled());
    child<QRadioButton>(&form, "leaveNo")->setChecked(true);
    QVERIFY(!capMessages->isEnabled());
    QVERIFY(!child<QSpinBox>(&form, "capMessagesCount")->isEnabled());
    QVERIFY(!child<QSpinBox>(&form, "leaveDaysCount")->isEnabled());
    // Nothing stays, so the caps mean nothing: they are not written.
    const sync::RetentionPolicy policy = form.policy();
    QCOMPARE(policy.mode(), Mode::DeleteAfterDownload);
    QCOMPARE(policy.maxMessages, std::nullopt);
    QCOMPARE(policy.maxBytes, std::nullopt);
    // Back to leaving copies: the caps the user had are there again.
    child<QRadioButton>(&form, "leaveForever")->setChecked(true);
    QCOMPARE(form.policy().maxMessages, std::optional<int>(500));
    QCOMPARE(form.policy().maxBytes, std::optional<qint64>(qint64(300) * 1024 * 1024));
    QCOMPARE(form.policy().maxDays, std::nullopt);
}

void TestAccountForms::headersOnlyTakesNoSizeLimit()
{
    RetentionForm form {RetentionForm::MeteredChoice::Offered};
    form.setSettings(retention(QStringLiteral("forever"), {}, {}, false, 512));
    auto *sizeLimit = child<QCheckBox>(&form, "sizeLimit");
    QVERIFY(sizeLimit->isEnabled());
    QCOMPARE(child<QSpinBox>(&form, "sizeLimitKilobytes")->value(), 512);
    child<QCheckBox>(&form, "headersOnly")->setChecked(true);
    QVERIFY(!sizeLimit->isEnabled());
    QVERIFY(!child<QSpinBox>(&form, "sizeLimitKilobytes")->isEnabled());
    QVERIFY(!child<QCheckBox>(&form, "headersOnlyWhenMetered")->isEnabled());
    AccountSettings out;
    form.applyTo(out);
    QVERIFY(out.headersOnly);
    QCOMPARE(out.maxMessageKb, std::nullopt);
}

void TestAccountForms::leavingImpossible()
{
    RetentionForm form;
    form.setSettings(retention(QStringLiteral("days:14"), 10, {}, false, {}));
    form.setLeavingPossible(false);
    QVERIFY(child<QRadioButton>(&form, "leaveNo")->isChecked());
    for (const char *name : {"leaveDays", "leaveUntilDeleted", "leaveForever"})
        QVERIFY2(!child<QRadioButton>(&form, name)->isEnabled(), name);
    QVERIFY(!child<QCheckBox>(&form, "capMessages")->isEnabled());
    QVERIFY(!form.policy().leavesMessagesOnServer());
    form.setLeavingPossible(true);
    for (const char *name : {"leaveDays", "leaveUntilDeleted", "leaveForever"})
        QVERIFY2(child<QRadioButton>(&form, name)->isEnabled(), name);
}

void TestAccountForms::meteredChoice()
{
    {
        RetentionForm hidden;
        QVERIFY(!hidden.findChild<QCheckBox *>(QStringLiteral("headersOnlyWhenMetered")));
        QVERIFY(!hidden.findChild<QLabel *>(QStringLiteral("meteredUnknown")));
        // Not shown, so not touched.
        AccountSettings out;
        out.headersOnlyWhenMetered = true;
        hidden.applyTo(out);
        QVERIFY(out.headersOnlyWhenMetered);
    }
    RetentionForm offered {RetentionForm::MeteredChoice::Offered};
    QVERIFY(offered.findChild<QCheckBox *>(QStringLiteral("headersOnlyWhenMetered")));
    QVERIFY(!offered.findChild<QLabel *>(QStringLiteral("meteredUnknown")));
    RetentionForm unknowable {RetentionForm::MeteredChoice::OfferedButUnknowable};
    QVERIFY(unknowable.findChild<QCheckBox *>(QStringLiteral("headersOnlyWhenMetered")));
    QVERIFY(unknowable.findChild<QLabel *>(QStringLiteral("meteredUnknown")));
}

void TestAccountForms::editDialogRoundTrip_data()
{
    QTest::addColumn<AccountSettings>("settings");
    AccountSettings a
        = server(QStringLiteral("pop.example.org"), 1995, Security::StartTls, QStringLiteral("ann"),
                 LoginMethod::sasl(SaslMechanismKind::CramMd5));
    a.retention.setMode(Mode::ForDays, 21);
    a.retention.maxMessages = 300;
    a.maxMessageKb = 4096;
    a.headersOnlyWhenMetered = true;
    QTest::newRow("everything") << a;
    AccountSettings b = server(QStringLiteral("outlook.office365.com"), 995, Security::ImplicitTls,
                               QStringLiteral("ann@outlook.com"),
                               LoginMethod::sasl(SaslMechanismKind::OAuthBearer));
    b.retention.setMode(Mode::DeleteAfterDownload);
    b.headersOnly = true;
    b.checkIntervalMinutes = 0;
    b.pinnedSha256.clear();
    QTest::newRow("token, delete, headers only, when asked") << b;
}

// Opened and confirmed without a change, the dialog gives back exactly what it was given.
void TestAccountForms::editDialogRoundTrip()
{
    QFETCH(AccountSettings, settings);
    ui::AccountEditDialog dialog(settings);
    QCOMPARE(dialog.settings(), settings);
    QCOMPARE(dialog.newPassword(), std::nullopt);
}

void TestAccountForms::editDialogValidation()
{
    AccountSettings a = server(QStringLiteral("pop.example.org"), 995, Security::ImplicitTls,
                               QStringLiteral("ann"), LoginMethod::automatic());
    a.caFile.clear();
    ui::AccountEditDialog dialog(a);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QLineEdit>(&dialog, "host")->clear();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(child<QLabel>(&dialog, "editError")->text(),
             QStringLiteral("Enter the server's name."));
    child<QLineEdit>(&dialog, "host")->setText(QStringLiteral("pop.example.org"));
    child<QComboBox>(&dialog, "userName")->setCurrentText(QString());
    dialog.accept();
    QCOMPARE(child<QLabel>(&dialog, "editError")->text(), QStringLiteral("Enter the user name."));
    child<QComboBox>(&dialog, "userName")->setCurrentText(QStringLiteral("ann"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestAccountForms::bothFrontEndsUseTheForms()
{
    ui::AccountEditDialog dialog(withOtherFields());
    QCOMPARE(dialog.findChildren<ServerForm *>().size(), 1);
    QCOMPARE(dialog.findChildren<RetentionForm *>().size(), 1);
    ui::AccountWizard wizard;
    QCOMPARE(wizard.findChildren<ServerForm *>().size(), 1);
    QCOMPARE(wizard.findChildren<RetentionForm *>().size(), 1);
    // Every field has a label whose accelerator reaches it (a row around a layout gets none by
    // itself: "Check for new mail &every:" once showed its "&").
    const auto labelled = [](QWidget *root, const char *name) {
        QWidget *field = child<QWidget>(root, name);
        const QList<QLabel *> labels = root->findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(),
                           [field](const QLabel *label) { return label->buddy() == field; });
    };
    for (QWidget *root : {static_cast<QWidget *>(&dialog), static_cast<QWidget *>(&wizard)}) {
        for (const char *name :
             {"host", "port", "security", "userName", "authMethod", "checkInterval"})
            QVERIFY2(labelled(root, name), name);
    }
    QVERIFY(labelled(&dialog, "password"));
    // The wizard proposes two weeks on the server and a check every quarter of an hour.
    QCOMPARE(wizard.findChild<RetentionForm *>()->policy().modeName(), QStringLiteral("days:14"));
    QCOMPARE(child<QSpinBox>(&wizard, "checkInterval")->value(), 15);
}

QTEST_MAIN(TestAccountForms)
#include "tst_accountforms.moc"

#include "AccountWizard.h"

#include "CertificateDialog.h"
#include "RetentionForm.h"
#include "ServerForm.h"
#include "SignInPage.h"
#include "WrappingLabel.h"
#include "autoconfig/Explanations.h"
#include "autoconfig/ProviderPresets.h"
#include "oauth/ProviderLookup.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QWizardPage>

namespace satchel::ui {

using autoconfig::Explanations;
using autoconfig::LoginCheck;
using autoconfig::LoginCheckResult;
using autoconfig::ProbeResult;
using autoconfig::ProviderPresets;
using autoconfig::ServerProbe;
using pop3::Security;

namespace {

// What the wizard proposes: copies stay on the server for two weeks (long enough to read them
// on another device too), and a check every quarter of an hour.
accounts::AccountSettings proposedSettings()
{
    accounts::AccountSettings settings;
    settings.retention.setMode(sync::RetentionPolicy::Mode::ForDays, 14);
    settings.checkIntervalMinutes = 15;
    return settings;
}

bool looksLikeAddress(const QString &text)
{
    const QString address = text.trimmed();
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || at == address.size() - 1 || address.contains(u' '))
        return false;
    const QString domain = address.mid(at + 1);
    return domain.contains(u'.') && !domain.startsWith(u'.') && !domain.endsWith(u'.');
}

// A label that takes no room while it has nothing to say.
void setTextOrHide(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// A server that lists only OAuth mechanisms for SASL and no USER: no password login can work.
bool offersOnlyOAuth(const pop3::Capabilities &capabilities)
{
    if (!capabilities.known || capabilities.user || capabilities.sasl.isEmpty())
        return false;
    for (const QByteArray &mechanism : capabilities.sasl) {
        const QByteArray name = mechanism.toUpper();
        if (name != "XOAUTH2" && name != "OAUTHBEARER")
            return false;
    }
    return true;
}

QProgressBar *busyBar(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *bar = new QProgressBar(parent);
    bar->setObjectName(objectName);
    bar->setAccessibleName(accessibleName);
    bar->setRange(0, 0); // busy: the duration is unknown
    bar->setTextVisible(false);
    bar->setVisible(false);
    return bar;
}

} // namespace

// --- page 1: who ---------------------------------------------------------------------------

class IdentityPage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(satchel::ui::AccountWizard)

public:
    explicit IdentityPage(AccountWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setTitle(tr("Your mail account"));
        setSubTitle(tr("Satchel will find the server settings for most addresses."));
        auto *form = new QFormLayout(this);
        auto *name = new QLineEdit(this);
        name->setObjectName(QStringLiteral("displayName"));
        name->setAccessibleName(tr("Your name"));
        name->setPlaceholderText(tr("As others should see it"));
        auto *address = new QLineEdit(this);
        address->setObjectName(QStringLiteral("address"));
        address->setAccessibleName(tr("E-mail address"));
        address->setPlaceholderText(tr("you@example.org"));
        address->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
        auto *password = new QLineEdit(this);
        password->setObjectName(QStringLiteral("password"));
        password->setAccessibleName(tr("Password"));
        password->setEchoMode(QLineEdit::Password);
        password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData
                                      | Qt::ImhNoPredictiveText);
        form->addRow(tr("Your &name:"), name);
        form->addRow(tr("E-mail &address:"), address);
        form->addRow(tr("&Password:"), password);
        m_hint = wrappingLabel(QStringLiteral("passwordHint"), this);
        form->addRow(m_hint);
        registerField(QStringLiteral("displayName"), name);
        registerField(QStringLiteral("address*"), address);
        // Not mandatory: a provider that signs in with the browser needs none.
        registerField(QStringLiteral("password"), password);
        connect(address, &QLineEdit::textChanged, this, &IdentityPage::refresh);
        connect(password, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }

    void initializePage() override { refresh(); }

    bool isComplete() const override
    {
        const QString address = field(QStringLiteral("address")).toString();
        return QWizardPage::isComplete() && looksLikeAddress(address)
            && (!field(QStringLiteral("password")).toString().isEmpty()
                || (signsInWithBrowser(address) && !m_wizard->m_passwordInstead));
    }

    // The hint under the password follows the address: a browser sign-in needs no password, and
    // a provider with app passwords says in its own words where to make one.
    void refresh()
    {
        const QString address = field(QStringLiteral("address")).toString();
        QStringList hint {tr("The password is kept in this computer's keychain, never in a file.")};
        const auto preset = m_wizard->presets().findByAddress(address);
        const bool browser = signsInWithBrowser(address) && !m_wizard->m_passwordInstead;
        if (browser)
            hint << tr("%1 signs in through your web browser on a later page: you can leave the "
                       "password empty.")
                        .arg(preset->name);
        if (const QString help = preset ? preset->appPasswordHelp() : QString(); !help.isEmpty())
            hint << (preset->oauth ? tr("To log in with a password instead, use an app password. "
                                        "%1")
                                         .arg(help)
                                   : tr("%1 does not accept your normal password here. %2")
                                         .arg(preset->name, help));
        m_hint->setText(hint.join(u'\n'));
        Q_EMIT completeChanged();
    }

private:
    bool signsInWithBrowser(const QString &address) const
    {
        const auto preset = m_wizard->presets().findByAddress(address);
        return preset && preset->hasPop3 && preset->oauth;
    }

    AccountWizard *m_wizard;
    QLabel *m_hint = nullptr;
};

// --- page 2: which server ------------------------------------------------------------------

class ServerPage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(satchel::ui::AccountWizard)

public:
    explicit ServerPage(AccountWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setTitle(tr("Incoming mail server"));
        setSubTitle(tr("Check what was found; change anything your provider tells you otherwise."));
        auto *layout = new QVBoxLayout(this);
        m_status = wrappingLabel(QStringLiteral("detectionStatus"), this);
        m_status->setAccessibleName(tr("What was found"));
        layout->addWidget(m_status);
        m_progress
            = busyBar(QStringLiteral("detectionProgress"), tr("Looking for the server"), this);
        layout->addWidget(m_progress);
        m_notes = wrappingLabel(QStringLiteral("providerNotes"), this);
        m_notes->setAccessibleName(tr("Notes about this provider"));
        layout->addWidget(m_notes);
        m_attempts = wrappingLabel(QStringLiteral("attempts"), this);
        m_attempts->setAccessibleName(tr("Servers tried"));
        m_notes->setVisible(false);
        m_attempts->setVisible(false);
        layout->addWidget(m_attempts);

        m_form = new ServerForm(this);
        layout->addWidget(m_form);
        m_again = new QPushButton(tr("Look a&gain"), this);
        m_again->setObjectName(QStringLiteral("detectAgain"));
        m_again->setAccessibleName(tr("Look for the server again"));
        auto *againRow = new QHBoxLayout;
        againRow->addStretch();
        againRow->addWidget(m_again);
        layout->addLayout(againRow);
        layout->addStretch();

        connect(m_form, &ServerForm::edited, this, &QWizardPage::completeChanged);
        connect(m_again, &QPushButton::clicked, this, [this] { detect(); });
    }

    void initializePage() override
    {
        const QString address = field(QStringLiteral("address")).toString().trimmed();
        if (address == m_detectedFor)
            return; // back and forth: keep what the user may have changed
        m_detectedFor = address;
        m_wizard->m_passwordInstead = false;
        detect();
    }

    int nextId() const override
    {
        return m_wizard->signsInWithBrowser() ? AccountWizard::SignInPageId
                                              : AccountWizard::TestPageId;
    }

    void cleanupPage() override
    {
        // Back to page 1: a running probe is for an address that may change.
        if (m_wizard->m_probe) {
            m_wizard->m_probe->cancel();
            m_wizard->m_probe->deleteLater();
            m_detectedFor.clear();
            setBusy(false);
        }
    }

    bool isComplete() const override
    {
        return !m_wizard->isProbing() && m_form->problem().isEmpty();
    }

    void fill(accounts::AccountSettings &settings) const { m_form->applyTo(settings); }
    void useUserName(const QString &name) { m_form->setUserName(name); }

private:
    void setFields(const QString &host, quint16 port, Security security, const QStringList &users,
                   const pop3::LoginMethod &method = {})
    {
        accounts::AccountSettings settings;
        settings.host = host;
        settings.port = port;
        settings.security = security;
        settings.loginMethod = method;
        m_form->setSettings(settings);
        m_form->setUserNames(users);
    }

    void setBusy(bool busy)
    {
        m_progress->setVisible(busy);
        m_form->setEnabled(!busy);
        m_again->setEnabled(!busy);
        Q_EMIT completeChanged();
    }

    void detect()
    {
        const QString address = field(QStringLiteral("address")).toString().trimmed();
        const QString domain = autoconfig::domainOfAddress(address);
        setTextOrHide(m_notes, QString());
        setTextOrHide(m_attempts, QString());
        m_wizard->m_providerId.clear();
        m_wizard->m_wantsSignIn = false;
        m_wizard->m_oauthId.clear();
        if (const auto preset = m_wizard->presets().findByAddress(address)) {
            m_wizard->m_providerId = preset->id;
            m_wizard->m_wantsSignIn = preset->hasPop3 && preset->oauth;
            m_wizard->m_oauthId = preset->oauth ? preset->oauth->id : QString();
            setTextOrHide(m_notes, preset->explanations().join(u'\n'));
            if (preset->hasPop3) {
                m_status->setText(
                    tr("Satchel knows %1: the settings below are its own.").arg(preset->name));
                setFields(preset->host, preset->port, preset->security,
                          QStringList {preset->userNameFor(address)}
                              + preset->alternativeUserNamesFor(address));
            } else {
                m_status->setText(tr("%1 cannot be used with Satchel.").arg(preset->name));
                setFields(QString(), 995, Security::ImplicitTls, {address});
            }
            return;
        }

        const QList<autoconfig::ProbeCandidate> candidates = m_wizard->m_options.candidates
            ? m_wizard->m_options.candidates(domain)
            : ServerProbe::candidatesFor(domain);
        ServerProbe::Options options;
        options.caCertificates = m_wizard->m_options.caCertificates;
        options.timeoutMs = m_wizard->m_options.probeTimeoutMs;
        if (m_wizard->m_probe) {
            m_wizard->m_probe->cancel();
            m_wizard->m_probe->deleteLater();
        }
        auto *probe = new ServerProbe(candidates, options, m_wizard);
        m_wizard->m_probe = probe;
        m_status->setText(tr("Looking for the POP3 server of %1...").arg(domain));
        connect(probe, &ServerProbe::attemptFinished, this,
                [this](const autoconfig::ProbeAttempt &attempt) {
                    QString text = m_attempts->text();
                    if (!text.isEmpty())
                        text += u'\n';
                    setTextOrHide(m_attempts, text + Explanations::forAttempt(attempt));
                });
        connect(probe, &ServerProbe::finished, this,
                [this, probe, domain, address](const ProbeResult &result) {
                    probe->deleteLater();
                    onProbed(result, domain, address);
                });
        setBusy(true);
        probe->start();
    }

    void onProbed(const ProbeResult &result, const QString &domain, const QString &address)
    {
        m_status->setText(Explanations::forProbe(result, domain));
        if (result.found()) {
            // Automatic rather than the strongest method probing saw: the same first try, and
            // a refused APOP, CRAM-MD5 or SCRAM (offered but not set up for this user) then
            // falls back; a method chosen by name never does.
            setFields(result.best->host, result.best->port, result.best->security, {address});
            setTextOrHide(m_notes, Explanations::serverRemarks(result.capabilities).join(u'\n'));
            // Nothing but OAuth: the browser sign-in of the provider that runs this server.
            if (offersOnlyOAuth(result.capabilities)) {
                m_wizard->m_wantsSignIn = true;
                for (const autoconfig::ProviderPreset &preset : m_wizard->presets().all()) {
                    if (preset.oauth
                        && preset.host.compare(result.best->host, Qt::CaseInsensitive) == 0)
                        m_wizard->m_oauthId = preset.oauth->id;
                }
            }
        } else {
            setFields(QStringLiteral("pop.") + domain, 995, Security::ImplicitTls, {address});
        }
        setBusy(false);
        Q_EMIT m_wizard->probeFinished(result);
    }

    AccountWizard *m_wizard;
    QString m_detectedFor;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_attempts = nullptr;
    ServerForm *m_form = nullptr;
    QPushButton *m_again = nullptr;
};

// --- page 3: a real login ------------------------------------------------------------------

class TestLoginPage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(satchel::ui::AccountWizard)

public:
    explicit TestLoginPage(AccountWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setTitle(tr("Test login"));
        setSubTitle(tr("Satchel logs in once to make sure everything works. Nothing is downloaded "
                       "or deleted."));
        auto *layout = new QVBoxLayout(this);
        m_status = wrappingLabel(QStringLiteral("loginStatus"), this);
        m_status->setAccessibleName(tr("Test login status"));
        layout->addWidget(m_status);
        m_progress = busyBar(QStringLiteral("loginProgress"), tr("Testing the login"), this);
        layout->addWidget(m_progress);
        m_explanation = wrappingLabel(QStringLiteral("loginExplanation"), this);
        m_explanation->setAccessibleName(tr("What to do next"));
        QFont bold = m_explanation->font();
        bold.setBold(true);
        m_explanation->setFont(bold);
        layout->addWidget(m_explanation);
        m_details = wrappingLabel(QStringLiteral("loginDetails"), this);
        m_details->setAccessibleName(tr("Details"));
        layout->addWidget(m_details);
        auto *buttons = new QHBoxLayout;
        buttons->addStretch();
        m_showCertificate = new QPushButton(tr("Show the &certificate..."), this);
        m_showCertificate->setObjectName(QStringLiteral("showCertificate"));
        m_showCertificate->setVisible(false);
        buttons->addWidget(m_showCertificate);
        m_retry = new QPushButton(tr("&Test again"), this);
        m_retry->setObjectName(QStringLiteral("retryLogin"));
        m_retry->setVisible(false);
        buttons->addWidget(m_retry);
        layout->addLayout(buttons);
        layout->addStretch();
        connect(m_retry, &QPushButton::clicked, this, [this] { startCheck(); });
        connect(m_showCertificate, &QPushButton::clicked, this, [this] { showCertificate(); });
    }

    void initializePage() override
    {
        // A certificate accepted for another server (the user went back and changed it) is
        // not carried over.
        const pop3::SessionSettings settings = m_wizard->currentSessionSettings();
        const QString server = settings.host + u':' + QString::number(settings.port);
        if (server != m_wizard->m_pinnedFor)
            m_wizard->m_pinnedSha256.clear();
        startCheck();
    }

    void cleanupPage() override
    {
        stopCheck();
        if (m_wizard->m_certificateDialog)
            m_wizard->m_certificateDialog->deleteLater();
        m_progress->setVisible(false);
    }

    bool isComplete() const override
    {
        const auto outcome = m_wizard->m_loginResult.outcome;
        return m_wizard->m_loginDone
            && (outcome == LoginCheckResult::Outcome::Ok
                || outcome == LoginCheckResult::Outcome::LacksUidl);
    }

private:
    void stopCheck()
    {
        if (m_wizard->m_loginCheck) {
            m_wizard->m_loginCheck->cancel();
            m_wizard->m_loginCheck->deleteLater();
        }
    }

    void startCheck()
    {
        stopCheck();
        m_wizard->m_loginDone = false;
        m_wizard->m_loginResult = LoginCheckResult();
        m_explanation->clear();
        m_details->clear();
        m_retry->setVisible(false);
        m_showCertificate->setVisible(false);
        m_progress->setVisible(true);
        Q_EMIT completeChanged();

        auto *check = new LoginCheck(m_wizard->currentSessionSettings(), m_wizard);
        m_wizard->m_loginCheck = check;
        connect(check, &LoginCheck::progress, m_status, &QLabel::setText);
        connect(check, &LoginCheck::finished, this, [this, check](const LoginCheckResult &result) {
            check->deleteLater();
            onChecked(result);
        });
        check->start();
    }

    void onChecked(const LoginCheckResult &result)
    {
        m_progress->setVisible(false);
        // The local part worked where the whole address did not: that is the account's user.
        if (result.loggedIn && result.usersTried.size() > 1)
            static_cast<ServerPage *>(m_wizard->page(AccountWizard::ServerPageId))
                ->useUserName(result.userName);
        m_wizard->m_loginResult = result;
        m_wizard->m_loginDone = true;
        const bool usable = isComplete();
        m_status->setText(usable ? tr("The login works.") : tr("The login did not work."));
        m_explanation->setText(Explanations::forLogin(result));
        QStringList details;
        if (!usable && !result.detail.isEmpty())
            details << result.detail;
        if (!result.serverText.isEmpty() && !usable)
            details << tr("The server said: %1").arg(QString::fromUtf8(result.serverText));
        if (result.loggedIn)
            details += Explanations::serverRemarks(result.capabilities);
        m_details->setText(details.join(u'\n'));
        m_retry->setVisible(!usable);
        const bool certificate = result.outcome == LoginCheckResult::Outcome::CertificateUntrusted;
        m_showCertificate->setVisible(certificate);
        Q_EMIT completeChanged();
        Q_EMIT m_wizard->loginCheckFinished(result);
        if (certificate)
            showCertificate();
    }

    void showCertificate()
    {
        const LoginCheckResult &result = m_wizard->m_loginResult;
        if (m_wizard->m_certificateDialog)
            return;
        const QByteArray shown
            = result.certificateChain.value(0).digest(QCryptographicHash::Sha256);
        const bool changed
            = !m_wizard->m_pinnedSha256.isEmpty() && shown != m_wizard->m_pinnedSha256;
        auto *dialog = new CertificateDialog(m_wizard->currentSessionSettings().host,
                                             result.certificateChain, result.certificateErrors,
                                             changed ? CertificateDialog::Mode::Changed
                                                     : CertificateDialog::Mode::Untrusted,
                                             m_wizard->m_pinnedSha256, m_wizard);
        m_wizard->m_certificateDialog = dialog;
        connect(dialog, &QDialog::finished, this, [this, dialog](int code) {
            dialog->deleteLater();
            m_wizard->m_certificateDialog = nullptr;
            if (code == QDialog::Accepted && !dialog->acceptedSha256().isEmpty()) {
                const pop3::SessionSettings settings = m_wizard->currentSessionSettings();
                m_wizard->m_pinnedSha256 = dialog->acceptedSha256();
                m_wizard->m_pinnedFor = settings.host + u':' + QString::number(settings.port);
                startCheck();
            }
        });
        dialog->open(); // window-modal, no nested event loop
    }

    AccountWizard *m_wizard;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_showCertificate = nullptr;
};

// --- page 4: what stays on the server ------------------------------------------------------

class RetentionPage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(satchel::ui::AccountWizard)

public:
    explicit RetentionPage(AccountWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setTitle(tr("Copies on the server"));
        setSubTitle(tr("Every message is stored on this computer first; then it is removed from "
                       "the server as you choose here."));
        auto *layout = new QVBoxLayout(this);
        m_refusal = wrappingLabel(QStringLiteral("uidlRefusal"), this);
        QFont bold = m_refusal->font();
        bold.setBold(true);
        m_refusal->setFont(bold);
        m_refusal->setVisible(false);
        layout->addWidget(m_refusal);
        m_warnings = wrappingLabel(QStringLiteral("serverWarnings"), this);
        m_warnings->setVisible(false);
        layout->addWidget(m_warnings);

        const accounts::AccountSettings proposed = proposedSettings();
        m_form = new RetentionForm(RetentionForm::MeteredChoice::Hidden, this);
        m_form->setSettings(proposed);
        layout->addWidget(m_form);
        m_interval = new QSpinBox(this);
        m_interval->setObjectName(QStringLiteral("checkInterval"));
        m_interval->setAccessibleName(tr("Minutes between checks for new mail"));
        m_interval->setRange(1, 24 * 60);
        m_interval->setValue(proposed.checkIntervalMinutes);
        m_interval->setSuffix(tr(" minutes"));
        m_form->addRow(tr("Check for new mail &every:"), m_interval);
        layout->addStretch();
    }

    void initializePage() override
    {
        const LoginCheckResult &result = m_wizard->m_loginResult;
        const sync::ServerVerdict verdict = sync::checkServer(
            sync::RetentionPolicy {}, result.hasUidl, result.capabilities.expireDays);
        m_form->setLeavingPossible(!verdict.refused());
        m_refusal->setVisible(verdict.refused());
        m_refusal->setText(verdict.refusal);
        m_warnings->setText(verdict.warnings.join(u'\n'));
        m_warnings->setVisible(!verdict.warnings.isEmpty());
        // A server with LOGIN-DELAY refuses logins that come sooner.
        const int minimum
            = std::max(1, (result.capabilities.loginDelaySeconds.value_or(0) + 59) / 60);
        m_interval->setMinimum(minimum);
    }

    bool validatePage() override
    {
        const sync::ServerVerdict verdict
            = sync::checkServer(m_form->policy(), m_wizard->m_loginResult.hasUidl,
                                m_wizard->m_loginResult.capabilities.expireDays);
        if (verdict.refused()) {
            m_refusal->setText(verdict.refusal);
            m_refusal->setVisible(true);
            return false;
        }
        return true;
    }

    void fill(accounts::AccountSettings &settings) const
    {
        m_form->applyTo(settings);
        settings.checkIntervalMinutes = m_interval->value();
    }

    int nextId() const override { return -1; } // the sign-in page has a higher id

private:
    AccountWizard *m_wizard;
    QLabel *m_refusal = nullptr;
    QLabel *m_warnings = nullptr;
    RetentionForm *m_form = nullptr;
    QSpinBox *m_interval = nullptr;
};

// --- the wizard ----------------------------------------------------------------------------

AccountWizard::AccountWizard(QWidget *parent)
    : AccountWizard(Options {}, parent)
{ }

AccountWizard::AccountWizard(Options options, QWidget *parent)
    : QWizard(parent)
    , m_options(std::move(options))
{
    setObjectName(QStringLiteral("accountWizard"));
    setWindowTitle(tr("Add a mail account"));
    setAccessibleName(windowTitle());
    // The classic style draws with the palette everywhere (dark themes included); the native
    // macOS style is kept there.
#ifndef Q_OS_MACOS
    setWizardStyle(QWizard::ClassicStyle);
#endif
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(IdentityPageId, new IdentityPage(this));
    setPage(ServerPageId, new ServerPage(this));
    setPage(TestPageId, new TestLoginPage(this));
    setPage(RetentionPageId, new RetentionPage(this));
    auto resolver = m_options.oauthProvider ? m_options.oauthProvider : &oauth::providerFor;
    auto opener = m_options.openBrowser ? m_options.openBrowser : &QDesktopServices::openUrl;
    auto *signIn = new SignInPage([this] { return signInTarget(); }, resolver, opener,
                                  RetentionPageId, this);
    setPage(SignInPageId, signIn);
    connect(signIn, &SignInPage::passwordLoginChosen, this, &AccountWizard::choosePasswordLogin);
    connect(signIn, &SignInPage::stateChanged, this, [this](SignInPage::State state) {
        // No test login follows a sign-in: the first check finds out what the server keeps;
        // the providers that sign in this way all have UIDL.
        if (state == SignInPage::State::SignedIn) {
            m_loginResult = LoginCheckResult();
            m_loginResult.hasUidl = true;
        }
    });
    setButtonText(QWizard::FinishButton, tr("&Add account"));
    setMinimumSize(640, 520);
}

AccountWizard::~AccountWizard() = default;

const ProviderPresets &AccountWizard::presets() const
{
    return m_options.presets ? *m_options.presets : ProviderPresets::builtIn();
}

bool AccountWizard::isProbing() const
{
    return m_probe && m_probe->isRunning();
}

bool AccountWizard::isTestingLogin() const
{
    return m_loginCheck && m_loginCheck->isRunning();
}

SignInPage::Target AccountWizard::signInTarget() const
{
    const NewAccount account = collect();
    SignInPage::Target target;
    target.oauthId = m_oauthId;
    target.serverName = account.settings.host;
    target.userName = account.settings.user;
    target.loginHint = account.settings.address;
    if (const auto preset = presets().findByOAuthId(m_oauthId)) {
        target.providerName = preset->name;
        target.appPasswordHelp = preset->appPasswordHelp();
    }
    return target;
}

void AccountWizard::choosePasswordLogin()
{
    m_passwordInstead = true;
    static_cast<IdentityPage *>(page(IdentityPageId))->refresh();
    back(); // the server page, whose Next now leads to the test login
    if (field(QStringLiteral("password")).toString().isEmpty())
        back(); // the password is typed on the first page
    else
        next();
}

NewAccount AccountWizard::collect() const
{
    NewAccount account;
    accounts::AccountSettings &settings = account.settings;
    settings.displayName = field(QStringLiteral("displayName")).toString().trimmed();
    settings.address = field(QStringLiteral("address")).toString().trimmed();
    static_cast<const ServerPage *>(page(ServerPageId))->fill(settings);
    static_cast<const RetentionPage *>(page(RetentionPageId))->fill(settings);
    settings.pinnedSha256 = m_pinnedSha256;
    // What the test login found to work is where the first check starts (MailService keeps it
    // from then on).
    if (settings.loginMethod.isAutomatic() && m_loginResult.loggedIn) {
        if (const auto used
            = pop3::LoginMethod::fromName(QString::fromLatin1(m_loginResult.authenticationUsed)))
            settings.rememberedLogin = *used;
    }
    account.password = field(QStringLiteral("password")).toString();
    if (signsInWithBrowser()) {
        const auto *signIn = static_cast<const SignInPage *>(page(SignInPageId));
        settings.oauthProvider = m_oauthId;
        settings.oauthClientId = signIn->clientId();
        if (!settings.oauthClientId.isEmpty())
            settings.oauthClientSecret = signIn->clientSecret();
        account.signIn = signIn->grant();
        account.password.clear();
    }
    account.providerId = m_providerId;
    account.serverHasUidl = m_loginResult.hasUidl;
    account.serverExpireDays = m_loginResult.capabilities.expireDays;
    return account;
}

pop3::SessionSettings AccountWizard::currentSessionSettings() const
{
    const NewAccount account = collect();
    // Only a CA file that cannot be read makes this fail, and the wizard sets none.
    Result<pop3::SessionSettings> made = account.settings.sessionSettings();
    pop3::SessionSettings settings = made ? *made : pop3::SessionSettings {};
    settings.secret = account.password;
    settings.caCertificates = m_options.caCertificates;
    settings.connectTimeoutMs = m_options.loginTimeoutMs;
    settings.handshakeTimeoutMs = m_options.loginTimeoutMs;
    settings.commandTimeoutMs = m_options.loginTimeoutMs;
    return settings;
}

NewAccount AccountWizard::account() const
{
    return collect();
}

} // namespace satchel::ui

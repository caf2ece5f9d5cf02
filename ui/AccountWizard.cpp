#include "AccountWizard.h"

#include "CertificateDialog.h"
#include "autoconfig/Explanations.h"
#include "autoconfig/ProviderPresets.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
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
using pop3::AuthMethod;
using pop3::SaslMechanismKind;
using pop3::Security;

namespace {

// The login methods the user can pick, strongest first after "automatic".
struct AuthChoice
{
    AuthMethod method;
    SaslMechanismKind mechanism;
    const char *label;
};

const AuthChoice AuthChoices[] = {
    {AuthMethod::Automatic, SaslMechanismKind::ScramSha256,
     QT_TRANSLATE_NOOP("satchel::ui::AccountWizard", "Automatic (the strongest offered)")},
    {AuthMethod::Sasl, SaslMechanismKind::ScramSha256, "SCRAM-SHA-256"},
    {AuthMethod::Sasl, SaslMechanismKind::ScramSha1, "SCRAM-SHA-1"},
    {AuthMethod::Sasl, SaslMechanismKind::CramMd5, "CRAM-MD5"},
    {AuthMethod::Apop, SaslMechanismKind::ScramSha256, "APOP"},
    {AuthMethod::Sasl, SaslMechanismKind::Plain, "PLAIN"},
    {AuthMethod::Sasl, SaslMechanismKind::Login, "LOGIN"},
    {AuthMethod::UserPass, SaslMechanismKind::ScramSha256,
     QT_TRANSLATE_NOOP("satchel::ui::AccountWizard", "User name and password (USER/PASS)")},
};

int authIndex(AuthMethod method, SaslMechanismKind mechanism)
{
    for (int i = 0; i < int(std::size(AuthChoices)); ++i) {
        if (AuthChoices[i].method == method
            && (method != AuthMethod::Sasl || AuthChoices[i].mechanism == mechanism))
            return i;
    }
    return 0;
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

QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A label that takes no room while it has nothing to say.
void setTextOrHide(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
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
    explicit IdentityPage(QWidget *parent)
        : QWizardPage(parent)
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
        auto *hint = wrappingLabel(QStringLiteral("passwordHint"), this);
        hint->setText(tr("The password is kept in this computer's keychain, never in a file."));
        form->addRow(hint);
        registerField(QStringLiteral("displayName"), name);
        registerField(QStringLiteral("address*"), address);
        registerField(QStringLiteral("password*"), password);
        connect(address, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }

    bool isComplete() const override
    {
        return QWizardPage::isComplete()
            && looksLikeAddress(field(QStringLiteral("address")).toString());
    }
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

        auto *form = new QFormLayout;
        m_host = new QLineEdit(this);
        m_host->setObjectName(QStringLiteral("host"));
        m_host->setAccessibleName(tr("Server"));
        m_port = new QSpinBox(this);
        m_port->setObjectName(QStringLiteral("port"));
        m_port->setAccessibleName(tr("Port"));
        m_port->setRange(1, 65535);
        m_port->setValue(995);
        m_security = new QComboBox(this);
        m_security->setObjectName(QStringLiteral("security"));
        m_security->setAccessibleName(tr("Security"));
        m_security->addItem(tr("TLS (recommended)"), int(Security::ImplicitTls));
        m_security->addItem(tr("STARTTLS"), int(Security::StartTls));
        m_security->addItem(tr("No encryption (password readable on the network)"),
                            int(Security::None));
        m_user = new QComboBox(this);
        m_user->setObjectName(QStringLiteral("userName"));
        m_user->setAccessibleName(tr("User name"));
        m_user->setEditable(true);
        m_user->setInsertPolicy(QComboBox::NoInsert);
        m_auth = new QComboBox(this);
        m_auth->setObjectName(QStringLiteral("authMethod"));
        m_auth->setAccessibleName(tr("Login method"));
        for (const AuthChoice &choice : AuthChoices)
            m_auth->addItem(
                QCoreApplication::translate("satchel::ui::AccountWizard", choice.label));
        auto *hostRow = new QHBoxLayout;
        hostRow->addWidget(m_host, 1);
        auto *portLabel = new QLabel(tr("P&ort:"), this);
        portLabel->setBuddy(m_port);
        hostRow->addWidget(portLabel);
        hostRow->addWidget(m_port);
        auto *hostLabel = new QLabel(tr("&Server:"), this);
        hostLabel->setBuddy(m_host);
        form->addRow(hostLabel, hostRow);
        form->addRow(tr("S&ecurity:"), m_security);
        form->addRow(tr("&User name:"), m_user);
        form->addRow(tr("&Login method:"), m_auth);
        layout->addLayout(form);
        m_cleartextWarning = wrappingLabel(QStringLiteral("cleartextWarning"), this);
        m_cleartextWarning->setText(
            tr("Without encryption, anyone on the network between you and the server can read "
               "your password and your mail. Choose this only for a server on your own network."));
        m_cleartextWarning->setVisible(false);
        QFont bold = m_cleartextWarning->font();
        bold.setBold(true);
        m_cleartextWarning->setFont(bold);
        layout->addWidget(m_cleartextWarning);
        m_again = new QPushButton(tr("Look a&gain"), this);
        m_again->setObjectName(QStringLiteral("detectAgain"));
        m_again->setAccessibleName(tr("Look for the server again"));
        auto *againRow = new QHBoxLayout;
        againRow->addStretch();
        againRow->addWidget(m_again);
        layout->addLayout(againRow);
        layout->addStretch();

        connect(m_host, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(m_user, &QComboBox::currentTextChanged, this, &QWizardPage::completeChanged);
        connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
            const auto security = currentSecurity();
            // Follow the standard port when the port was the other standard one.
            if (security == Security::ImplicitTls && m_port->value() == 110)
                m_port->setValue(995);
            else if (security != Security::ImplicitTls && m_port->value() == 995)
                m_port->setValue(110);
            m_cleartextWarning->setVisible(security == Security::None);
        });
        connect(m_again, &QPushButton::clicked, this, [this] { detect(); });
    }

    void initializePage() override
    {
        const QString address = field(QStringLiteral("address")).toString().trimmed();
        if (address == m_detectedFor)
            return; // back and forth: keep what the user may have changed
        m_detectedFor = address;
        detect();
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
        return !m_wizard->isProbing() && !m_host->text().trimmed().isEmpty()
            && !m_user->currentText().trimmed().isEmpty();
    }

    [[nodiscard]] Security currentSecurity() const
    {
        return Security(m_security->currentData().toInt());
    }

    void fill(NewAccount &account) const
    {
        account.host = m_host->text().trimmed();
        account.port = quint16(m_port->value());
        account.security = currentSecurity();
        account.userName = m_user->currentText().trimmed();
        const AuthChoice &choice = AuthChoices[std::max(0, m_auth->currentIndex())];
        account.authMethod = choice.method;
        account.saslMechanism = choice.mechanism;
        account.allowCleartextPassword = account.security == Security::None;
    }

private:
    void setFields(const QString &host, quint16 port, Security security, const QStringList &users)
    {
        m_host->setText(host);
        m_security->setCurrentIndex(m_security->findData(int(security)));
        m_port->setValue(port); // after the security, which moves the port
        m_user->clear();
        m_user->addItems(users);
        m_user->setCurrentIndex(0);
    }

    void setBusy(bool busy)
    {
        m_progress->setVisible(busy);
        for (QWidget *w : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                           static_cast<QWidget *>(m_security), static_cast<QWidget *>(m_user),
                           static_cast<QWidget *>(m_auth), static_cast<QWidget *>(m_again)})
            w->setEnabled(!busy);
        Q_EMIT completeChanged();
    }

    void detect()
    {
        const QString address = field(QStringLiteral("address")).toString().trimmed();
        const QString domain = autoconfig::domainOfAddress(address);
        setTextOrHide(m_notes, QString());
        setTextOrHide(m_attempts, QString());
        m_wizard->m_providerId.clear();
        m_auth->setCurrentIndex(0);
        if (const auto preset = m_wizard->presets().findByAddress(address)) {
            m_wizard->m_providerId = preset->id;
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
            setFields(result.best->host, result.best->port, result.best->security, {address});
            m_auth->setCurrentIndex(authIndex(
                result.authMethod, result.saslMechanism.value_or(SaslMechanismKind::ScramSha256)));
            setTextOrHide(m_notes, Explanations::serverRemarks(result.capabilities).join(u'\n'));
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
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_auth = nullptr;
    QLabel *m_cleartextWarning = nullptr;
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

        m_group = new QButtonGroup(this);
        auto radio = [&](const QString &name, const QString &text, NewAccount::LeaveOnServer id) {
            auto *button = new QRadioButton(text, this);
            button->setObjectName(name);
            m_group->addButton(button, int(id));
            return button;
        };
        m_no = radio(QStringLiteral("leaveNo"), tr("&Delete from the server once stored here"),
                     NewAccount::LeaveOnServer::No);
        m_days = radio(QStringLiteral("leaveDays"), tr("Leave on the server for"),
                       NewAccount::LeaveOnServer::ForDays);
        m_daysCount = new QSpinBox(this);
        m_daysCount->setObjectName(QStringLiteral("leaveDaysCount"));
        m_daysCount->setAccessibleName(tr("Days to leave messages on the server"));
        m_daysCount->setRange(1, 3650);
        m_daysCount->setValue(14);
        m_daysCount->setSuffix(tr(" days"));
        m_untilDeleted = radio(QStringLiteral("leaveUntilDeleted"),
                               tr("Leave on the server &until I delete it here"),
                               NewAccount::LeaveOnServer::UntilDeletedHere);
        m_forever = radio(QStringLiteral("leaveForever"), tr("Leave on the server &forever"),
                          NewAccount::LeaveOnServer::Forever);
        layout->addWidget(m_no);
        auto *daysRow = new QHBoxLayout;
        daysRow->addWidget(m_days);
        daysRow->addWidget(m_daysCount);
        daysRow->addStretch();
        layout->addLayout(daysRow);
        layout->addWidget(m_untilDeleted);
        layout->addWidget(m_forever);
        m_days->setChecked(true);

        auto *grid = new QGridLayout;
        m_capMessages = new QCheckBox(tr("Keep at most"), this);
        m_capMessages->setObjectName(QStringLiteral("capMessages"));
        m_capMessagesCount = new QSpinBox(this);
        m_capMessagesCount->setObjectName(QStringLiteral("capMessagesCount"));
        m_capMessagesCount->setAccessibleName(tr("Most messages kept on the server"));
        m_capMessagesCount->setRange(1, 1'000'000);
        m_capMessagesCount->setValue(1000);
        m_capMessagesCount->setSuffix(tr(" messages on the server"));
        m_capSize = new QCheckBox(tr("Keep at most"), this);
        m_capSize->setObjectName(QStringLiteral("capSize"));
        m_capSizeMegabytes = new QSpinBox(this);
        m_capSizeMegabytes->setObjectName(QStringLiteral("capSizeMegabytes"));
        m_capSizeMegabytes->setAccessibleName(tr("Most megabytes kept on the server"));
        m_capSizeMegabytes->setRange(1, 1'000'000);
        m_capSizeMegabytes->setValue(500);
        m_capSizeMegabytes->setSuffix(tr(" MB on the server"));
        grid->addWidget(m_capMessages, 0, 0);
        grid->addWidget(m_capMessagesCount, 0, 1);
        grid->addWidget(m_capSize, 1, 0);
        grid->addWidget(m_capSizeMegabytes, 1, 1);
        grid->setColumnStretch(2, 1);
        grid->setContentsMargins(20, 0, 0, 0);
        layout->addLayout(grid);

        m_warnings = wrappingLabel(QStringLiteral("serverWarnings"), this);
        layout->addWidget(m_warnings);

        auto *form = new QFormLayout;
        m_headersOnly = new QCheckBox(tr("Download only the &headers; fetch a message's body when "
                                         "I open it"),
                                      this);
        m_headersOnly->setObjectName(QStringLiteral("headersOnly"));
        form->addRow(m_headersOnly);
        auto *sizeRow = new QHBoxLayout;
        m_sizeLimit = new QCheckBox(tr("Only the headers of messages larger than"), this);
        m_sizeLimit->setObjectName(QStringLiteral("sizeLimit"));
        m_sizeLimitKilobytes = new QSpinBox(this);
        m_sizeLimitKilobytes->setObjectName(QStringLiteral("sizeLimitKilobytes"));
        m_sizeLimitKilobytes->setAccessibleName(tr("Size limit in kilobytes"));
        m_sizeLimitKilobytes->setRange(1, 1'000'000);
        m_sizeLimitKilobytes->setValue(1024);
        m_sizeLimitKilobytes->setSuffix(tr(" KB"));
        sizeRow->addWidget(m_sizeLimit);
        sizeRow->addWidget(m_sizeLimitKilobytes);
        sizeRow->addStretch();
        form->addRow(sizeRow);
        m_interval = new QSpinBox(this);
        m_interval->setObjectName(QStringLiteral("checkInterval"));
        m_interval->setAccessibleName(tr("Minutes between checks for new mail"));
        m_interval->setRange(1, 24 * 60);
        m_interval->setValue(15);
        m_interval->setSuffix(tr(" minutes"));
        auto *intervalRow = new QHBoxLayout;
        intervalRow->addWidget(m_interval);
        intervalRow->addStretch();
        auto *intervalLabel = new QLabel(tr("Check for new mail &every:"), this);
        intervalLabel->setBuddy(m_interval);
        form->addRow(intervalLabel, intervalRow);
        layout->addLayout(form);
        layout->addStretch();

        connect(m_group, &QButtonGroup::idToggled, this, [this] { updateEnabled(); });
        connect(m_capMessages, &QCheckBox::toggled, this, [this] { updateEnabled(); });
        connect(m_capSize, &QCheckBox::toggled, this, [this] { updateEnabled(); });
        connect(m_sizeLimit, &QCheckBox::toggled, this, [this] { updateEnabled(); });
        connect(m_headersOnly, &QCheckBox::toggled, this, [this] { updateEnabled(); });
        updateEnabled();
    }

    void initializePage() override
    {
        const LoginCheckResult &result = m_wizard->m_loginResult;
        const bool uidl = result.hasUidl;
        const auto expire = result.capabilities.expireDays;
        const sync::ServerVerdict verdict
            = sync::checkServer(sync::RetentionPolicy {}, uidl, expire);
        for (QAbstractButton *button : {static_cast<QAbstractButton *>(m_days),
                                        static_cast<QAbstractButton *>(m_untilDeleted),
                                        static_cast<QAbstractButton *>(m_forever)})
            button->setEnabled(uidl);
        m_refusal->setVisible(verdict.refused());
        m_refusal->setText(verdict.refusal);
        if (verdict.refused())
            m_no->setChecked(true);
        m_warnings->setText(verdict.warnings.join(u'\n'));
        m_warnings->setVisible(!verdict.warnings.isEmpty());
        // A server with LOGIN-DELAY refuses logins that come sooner.
        const int minimum
            = std::max(1, (result.capabilities.loginDelaySeconds.value_or(0) + 59) / 60);
        m_interval->setMinimum(minimum);
        updateEnabled();
    }

    bool validatePage() override
    {
        NewAccount account;
        fill(account);
        const sync::ServerVerdict verdict
            = sync::checkServer(account.retentionPolicy(), m_wizard->m_loginResult.hasUidl,
                                m_wizard->m_loginResult.capabilities.expireDays);
        if (verdict.refused()) {
            m_refusal->setText(verdict.refusal);
            m_refusal->setVisible(true);
            return false;
        }
        return true;
    }

    void fill(NewAccount &account) const
    {
        account.leaveOnServer = NewAccount::LeaveOnServer(m_group->checkedId());
        account.leaveDays = m_daysCount->value();
        const bool leaves = account.leaveOnServer != NewAccount::LeaveOnServer::No;
        account.keepAtMostMessages = leaves && m_capMessages->isChecked()
            ? std::optional<int>(m_capMessagesCount->value())
            : std::nullopt;
        account.keepAtMostMegabytes = leaves && m_capSize->isChecked()
            ? std::optional<int>(m_capSizeMegabytes->value())
            : std::nullopt;
        account.headersOnly = m_headersOnly->isChecked();
        account.maxMessageKilobytes = !account.headersOnly && m_sizeLimit->isChecked()
            ? std::optional<int>(m_sizeLimitKilobytes->value())
            : std::nullopt;
        account.checkIntervalMinutes = m_interval->value();
    }

private:
    void updateEnabled()
    {
        const bool leaves = m_group->checkedId() != int(NewAccount::LeaveOnServer::No)
            && m_wizard->m_loginResult.hasUidl;
        m_daysCount->setEnabled(m_days->isChecked() && m_days->isEnabled());
        m_capMessages->setEnabled(leaves);
        m_capSize->setEnabled(leaves);
        m_capMessagesCount->setEnabled(leaves && m_capMessages->isChecked());
        m_capSizeMegabytes->setEnabled(leaves && m_capSize->isChecked());
        m_sizeLimit->setEnabled(!m_headersOnly->isChecked());
        m_sizeLimitKilobytes->setEnabled(!m_headersOnly->isChecked() && m_sizeLimit->isChecked());
    }

    AccountWizard *m_wizard;
    QLabel *m_refusal = nullptr;
    QButtonGroup *m_group = nullptr;
    QRadioButton *m_no = nullptr;
    QRadioButton *m_days = nullptr;
    QSpinBox *m_daysCount = nullptr;
    QRadioButton *m_untilDeleted = nullptr;
    QRadioButton *m_forever = nullptr;
    QCheckBox *m_capMessages = nullptr;
    QSpinBox *m_capMessagesCount = nullptr;
    QCheckBox *m_capSize = nullptr;
    QSpinBox *m_capSizeMegabytes = nullptr;
    QLabel *m_warnings = nullptr;
    QCheckBox *m_headersOnly = nullptr;
    QCheckBox *m_sizeLimit = nullptr;
    QSpinBox *m_sizeLimitKilobytes = nullptr;
    QSpinBox *m_interval = nullptr;
};

// --- the wizard ----------------------------------------------------------------------------

sync::RetentionPolicy NewAccount::retentionPolicy() const
{
    sync::RetentionPolicy policy;
    switch (leaveOnServer) {
    case LeaveOnServer::No:
        policy.deleteAfterDownload = true;
        return policy; // caps mean nothing when nothing stays
    case LeaveOnServer::Forever:
        break;
    case LeaveOnServer::ForDays:
        policy.maxDays = leaveDays;
        break;
    case LeaveOnServer::UntilDeletedHere:
        policy.untilDeletedHere = true;
        break;
    }
    policy.maxMessages = keepAtMostMessages;
    if (keepAtMostMegabytes)
        policy.maxBytes = qint64(*keepAtMostMegabytes) * 1024 * 1024;
    return policy;
}

pop3::SessionSettings NewAccount::sessionSettings() const
{
    pop3::SessionSettings settings;
    settings.host = host;
    settings.port = port;
    settings.security = security;
    settings.user = userName;
    settings.secret = password;
    settings.authMethod = authMethod;
    settings.saslMechanism = saslMechanism;
    settings.allowCleartextPassword = allowCleartextPassword;
    settings.acceptedCertificateSha256 = pinnedCertificateSha256;
    return settings;
}

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

NewAccount AccountWizard::collect() const
{
    NewAccount account;
    account.displayName = field(QStringLiteral("displayName")).toString().trimmed();
    account.address = field(QStringLiteral("address")).toString().trimmed();
    account.password = field(QStringLiteral("password")).toString();
    account.providerId = m_providerId;
    static_cast<const ServerPage *>(page(ServerPageId))->fill(account);
    static_cast<const RetentionPage *>(page(RetentionPageId))->fill(account);
    account.pinnedCertificateSha256 = m_pinnedSha256;
    account.serverHasUidl = m_loginResult.hasUidl;
    account.serverExpireDays = m_loginResult.capabilities.expireDays;
    return account;
}

pop3::SessionSettings AccountWizard::currentSessionSettings() const
{
    pop3::SessionSettings settings = collect().sessionSettings();
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

#include "AccountEditDialog.h"

#include "CertificateDialog.h"
#include "RetentionForm.h"
#include "ServerForm.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace satchel::ui {

AccountEditDialog::AccountEditDialog(const accounts::AccountSettings &settings, QWidget *parent,
                                     bool canTellMetered)
    : QDialog(parent)
    , m_original(settings)
    , m_pinned(settings.pinnedSha256)
{
    setObjectName(QStringLiteral("accountEditDialog"));
    setWindowTitle(tr("Account %1").arg(settings.name));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    layout->addWidget(tabs);

    // --- who
    auto *identity = new QWidget(tabs);
    auto *identityForm = new QFormLayout(identity);
    auto *name = new QLabel(settings.name, identity);
    name->setObjectName(QStringLiteral("accountName"));
    identityForm->addRow(tr("Account:"), name);
    m_displayName = new QLineEdit(settings.displayName, identity);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    identityForm->addRow(tr("Your &name:"), m_displayName);
    m_address = new QLineEdit(settings.address, identity);
    m_address->setObjectName(QStringLiteral("address"));
    identityForm->addRow(tr("E-mail &address:"), m_address);
    tabs->addTab(identity, tr("&Identity"));

    // --- the server, with the password and the accepted certificate in the same form
    auto *server = new QWidget(tabs);
    auto *serverLayout = new QVBoxLayout(server);
    m_server = new ServerForm(server);
    m_server->setSettings(settings);
    serverLayout->addWidget(m_server);
    serverLayout->addStretch();
    m_password = new QLineEdit(m_server);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Unchanged"));
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData
                                    | Qt::ImhNoPredictiveText);
    m_server->formLayout()->addRow(tr("New &password:"), m_password);
    m_fingerprint = new QLabel(m_server);
    m_fingerprint->setObjectName(QStringLiteral("pinnedFingerprint"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_forget = new QPushButton(tr("&Forget"), m_server);
    m_forget->setObjectName(QStringLiteral("forgetCertificate"));
    m_forget->setToolTip(tr("Trust only certificates that verify normally again."));
    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_fingerprint, 1);
    pinRow->addWidget(m_forget, 0, Qt::AlignTop);
    m_server->formLayout()->addRow(tr("Accepted certificate:"), pinRow);
    connect(m_forget, &QPushButton::clicked, this, [this] {
        m_pinned.clear();
        showPinned();
    });
    tabs->addTab(server, tr("&Server"));

    // --- what stays on the server, how much is downloaded, and how often
    auto *download = new QWidget(tabs);
    auto *downloadLayout = new QVBoxLayout(download);
    m_retention
        = new RetentionForm(canTellMetered ? RetentionForm::MeteredChoice::Offered
                                           : RetentionForm::MeteredChoice::OfferedButUnknowable,
                            download);
    m_retention->setSettings(settings);
    downloadLayout->addWidget(m_retention);
    downloadLayout->addStretch();
    m_interval = new QSpinBox(m_retention);
    m_interval->setObjectName(QStringLiteral("checkInterval"));
    m_interval->setRange(0, 24 * 60);
    m_interval->setSuffix(tr(" minutes"));
    m_interval->setSpecialValueText(tr("Only when I ask"));
    m_interval->setValue(settings.checkIntervalMinutes);
    m_retention->addRow(tr("Check for new mail &every:"), m_interval);
    tabs->addTab(download, tr("&Download"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("editError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    showPinned();
    setMinimumWidth(560);
}

void AccountEditDialog::showPinned()
{
    m_fingerprint->setText(m_pinned.isEmpty()
                               ? tr("None: only certificates that verify")
                               : CertificateDialog::formatFingerprint(m_pinned, true));
    m_forget->setEnabled(!m_pinned.isEmpty());
}

accounts::AccountSettings AccountEditDialog::settings() const
{
    accounts::AccountSettings s = m_original;
    s.displayName = m_displayName->text().trimmed();
    s.address = m_address->text().trimmed();
    m_server->applyTo(s);
    s.pinnedSha256 = m_pinned;
    m_retention->applyTo(s);
    s.checkIntervalMinutes = m_interval->value();
    return s;
}

std::optional<QString> AccountEditDialog::newPassword() const
{
    if (m_password->text().isEmpty())
        return std::nullopt;
    return m_password->text();
}

QString AccountEditDialog::validate() const
{
    if (const QString missing = m_server->problem(); !missing.isEmpty())
        return missing;
    if (Result<pop3::SessionSettings> s = settings().sessionSettings(); !s)
        return s.error().message;
    return {};
}

void AccountEditDialog::accept()
{
    const QString problem = validate();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace satchel::ui

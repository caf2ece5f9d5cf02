#include "AccountEditDialog.h"

#include "CertificateDialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace satchel::ui {

namespace {

// The stored spellings of AccountSettings::authMechanism, strongest first after "automatic".
const char *const Mechanisms[]
    = {"", "SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5", "APOP", "PLAIN", "LOGIN", "USER"};

enum LeaveId { LeaveNo, LeaveForever, LeaveDays, LeaveUntilDeleted };

} // namespace

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

    // --- the server
    auto *server = new QWidget(tabs);
    auto *serverForm = new QFormLayout(server);
    m_host = new QLineEdit(settings.host, server);
    m_host->setObjectName(QStringLiteral("host"));
    m_port = new QSpinBox(server);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("P&ort:"), server);
    portLabel->setBuddy(m_port);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    auto *hostLabel = new QLabel(tr("&Server:"), server);
    hostLabel->setBuddy(m_host);
    serverForm->addRow(hostLabel, hostRow);
    m_security = new QComboBox(server);
    m_security->setObjectName(QStringLiteral("security"));
    m_security->addItem(tr("TLS (recommended)"), int(pop3::Security::ImplicitTls));
    m_security->addItem(tr("STARTTLS"), int(pop3::Security::StartTls));
    m_security->addItem(tr("No encryption (password readable on the network)"),
                        int(pop3::Security::None));
    m_security->setCurrentIndex(m_security->findData(int(settings.security)));
    m_port->setValue(settings.port);
    serverForm->addRow(tr("S&ecurity:"), m_security);
    m_user = new QLineEdit(settings.user, server);
    m_user->setObjectName(QStringLiteral("userName"));
    serverForm->addRow(tr("&User name:"), m_user);
    m_auth = new QComboBox(server);
    m_auth->setObjectName(QStringLiteral("authMethod"));
    for (const char *mechanism : Mechanisms) {
        const QString m = QLatin1String(mechanism);
        m_auth->addItem(m.isEmpty()        ? tr("Automatic (the strongest offered)")
                            : m == u"USER" ? tr("User name and password (USER/PASS)")
                                           : m,
                        m);
    }
    const int authIndex = m_auth->findData(settings.authMechanism.toUpper());
    m_auth->setCurrentIndex(std::max(0, authIndex));
    serverForm->addRow(tr("&Login method:"), m_auth);
    m_password = new QLineEdit(server);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Unchanged"));
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData
                                    | Qt::ImhNoPredictiveText);
    serverForm->addRow(tr("New &password:"), m_password);
    m_fingerprint = new QLabel(server);
    m_fingerprint->setObjectName(QStringLiteral("pinnedFingerprint"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_forget = new QPushButton(tr("&Forget"), server);
    m_forget->setObjectName(QStringLiteral("forgetCertificate"));
    m_forget->setToolTip(tr("Trust only certificates that verify normally again."));
    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_fingerprint, 1);
    pinRow->addWidget(m_forget, 0, Qt::AlignTop);
    serverForm->addRow(tr("Accepted certificate:"), pinRow);
    connect(m_forget, &QPushButton::clicked, this, [this] {
        m_pinned.clear();
        updateEnabled();
    });
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        const auto security = pop3::Security(m_security->currentData().toInt());
        if (security == pop3::Security::ImplicitTls && m_port->value() == 110)
            m_port->setValue(995);
        else if (security != pop3::Security::ImplicitTls && m_port->value() == 995)
            m_port->setValue(110);
    });
    tabs->addTab(server, tr("&Server"));

    // --- what stays on the server, and how much is downloaded
    auto *download = new QWidget(tabs);
    auto *downloadLayout = new QVBoxLayout(download);
    m_leave = new QButtonGroup(this);
    m_leaveNo = new QRadioButton(tr("&Delete from the server once stored here"), download);
    m_leaveNo->setObjectName(QStringLiteral("leaveNo"));
    m_leaveDays = new QRadioButton(tr("Leave on the server for"), download);
    m_leaveDays->setObjectName(QStringLiteral("leaveDays"));
    m_days = new QSpinBox(download);
    m_days->setObjectName(QStringLiteral("leaveDaysCount"));
    m_days->setRange(1, 3650);
    m_days->setSuffix(tr(" days"));
    m_days->setValue(settings.retention.maxDays.value_or(14));
    m_leaveUntilDeleted
        = new QRadioButton(tr("Leave on the server &until I delete it here"), download);
    m_leaveUntilDeleted->setObjectName(QStringLiteral("leaveUntilDeleted"));
    m_leaveForever = new QRadioButton(tr("Leave on the server &forever"), download);
    m_leaveForever->setObjectName(QStringLiteral("leaveForever"));
    m_leave->addButton(m_leaveNo, LeaveNo);
    m_leave->addButton(m_leaveDays, LeaveDays);
    m_leave->addButton(m_leaveUntilDeleted, LeaveUntilDeleted);
    m_leave->addButton(m_leaveForever, LeaveForever);
    const sync::RetentionPolicy &r = settings.retention;
    (r.deleteAfterDownload    ? m_leaveNo
         : r.maxDays          ? m_leaveDays
         : r.untilDeletedHere ? m_leaveUntilDeleted
                              : m_leaveForever)
        ->setChecked(true);
    downloadLayout->addWidget(m_leaveNo);
    auto *daysRow = new QHBoxLayout;
    daysRow->addWidget(m_leaveDays);
    daysRow->addWidget(m_days);
    daysRow->addStretch();
    downloadLayout->addLayout(daysRow);
    downloadLayout->addWidget(m_leaveUntilDeleted);
    downloadLayout->addWidget(m_leaveForever);

    auto *caps = new QGridLayout;
    caps->setContentsMargins(20, 0, 0, 0);
    m_capMessages = new QCheckBox(tr("Keep at most"), download);
    m_capMessages->setObjectName(QStringLiteral("capMessages"));
    m_capMessages->setChecked(r.maxMessages.has_value());
    m_capMessagesCount = new QSpinBox(download);
    m_capMessagesCount->setObjectName(QStringLiteral("capMessagesCount"));
    m_capMessagesCount->setRange(1, 1'000'000);
    m_capMessagesCount->setValue(r.maxMessages.value_or(1000));
    m_capMessagesCount->setSuffix(tr(" messages on the server"));
    m_capSize = new QCheckBox(tr("Keep at most"), download);
    m_capSize->setObjectName(QStringLiteral("capSize"));
    m_capSize->setChecked(r.maxBytes.has_value());
    m_capSizeMegabytes = new QSpinBox(download);
    m_capSizeMegabytes->setObjectName(QStringLiteral("capSizeMegabytes"));
    m_capSizeMegabytes->setRange(1, 1'000'000);
    m_capSizeMegabytes->setValue(r.maxBytes ? int(*r.maxBytes / (1024 * 1024)) : 500);
    m_capSizeMegabytes->setSuffix(tr(" MB on the server"));
    caps->addWidget(m_capMessages, 0, 0);
    caps->addWidget(m_capMessagesCount, 0, 1);
    caps->addWidget(m_capSize, 1, 0);
    caps->addWidget(m_capSizeMegabytes, 1, 1);
    caps->setColumnStretch(2, 1);
    downloadLayout->addLayout(caps);

    auto *downloadForm = new QFormLayout;
    m_headersOnly = new QCheckBox(tr("Download only the &headers"), download);
    m_headersOnly->setObjectName(QStringLiteral("headersOnly"));
    m_headersOnly->setChecked(settings.headersOnly);
    downloadForm->addRow(m_headersOnly);
    m_headersOnlyWhenMetered = new QCheckBox(
        tr("Only the headers on a &metered connection (mobile data, a hotspot)"), download);
    m_headersOnlyWhenMetered->setObjectName(QStringLiteral("headersOnlyWhenMetered"));
    m_headersOnlyWhenMetered->setChecked(settings.headersOnlyWhenMetered);
    downloadForm->addRow(m_headersOnlyWhenMetered);
    if (!canTellMetered) {
        auto *cannotTell = new QLabel(tr("This computer does not say whether its connection is "
                                         "metered, so for now this never applies."),
                                      download);
        cannotTell->setObjectName(QStringLiteral("meteredUnknown"));
        cannotTell->setWordWrap(true);
        cannotTell->setForegroundRole(QPalette::PlaceholderText);
        downloadForm->addRow(cannotTell);
    }
    m_sizeLimit = new QCheckBox(tr("Only the headers of messages larger than"), download);
    m_sizeLimit->setObjectName(QStringLiteral("sizeLimit"));
    m_sizeLimit->setChecked(settings.maxMessageKb > 0);
    m_sizeLimitKilobytes = new QSpinBox(download);
    m_sizeLimitKilobytes->setObjectName(QStringLiteral("sizeLimitKilobytes"));
    m_sizeLimitKilobytes->setRange(1, 1'000'000);
    m_sizeLimitKilobytes->setSuffix(tr(" KB"));
    m_sizeLimitKilobytes->setValue(settings.maxMessageKb > 0 ? int(settings.maxMessageKb) : 1024);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_sizeLimit);
    sizeRow->addWidget(m_sizeLimitKilobytes);
    sizeRow->addStretch();
    downloadForm->addRow(sizeRow);
    m_interval = new QSpinBox(download);
    m_interval->setObjectName(QStringLiteral("checkInterval"));
    m_interval->setRange(0, 24 * 60);
    m_interval->setSuffix(tr(" minutes"));
    m_interval->setSpecialValueText(tr("Only when I ask"));
    m_interval->setValue(settings.checkIntervalMinutes);
    auto *intervalRow = new QHBoxLayout;
    intervalRow->addWidget(m_interval);
    intervalRow->addStretch();
    downloadForm->addRow(tr("Check for new mail &every:"), intervalRow);
    downloadLayout->addLayout(downloadForm);
    downloadLayout->addStretch();
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

    for (QAbstractButton *b :
         {static_cast<QAbstractButton *>(m_capMessages), static_cast<QAbstractButton *>(m_capSize),
          static_cast<QAbstractButton *>(m_headersOnly),
          static_cast<QAbstractButton *>(m_sizeLimit)})
        connect(b, &QAbstractButton::toggled, this, &AccountEditDialog::updateEnabled);
    connect(m_leave, &QButtonGroup::idToggled, this, &AccountEditDialog::updateEnabled);
    updateEnabled();
    setMinimumWidth(560);
}

void AccountEditDialog::updateEnabled()
{
    m_headersOnlyWhenMetered->setEnabled(!m_headersOnly->isChecked());
    const bool leaves = m_leave->checkedId() != LeaveNo;
    m_days->setEnabled(m_leaveDays->isChecked());
    m_capMessages->setEnabled(leaves);
    m_capSize->setEnabled(leaves);
    m_capMessagesCount->setEnabled(leaves && m_capMessages->isChecked());
    m_capSizeMegabytes->setEnabled(leaves && m_capSize->isChecked());
    m_sizeLimit->setEnabled(!m_headersOnly->isChecked());
    m_sizeLimitKilobytes->setEnabled(!m_headersOnly->isChecked() && m_sizeLimit->isChecked());
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
    s.host = m_host->text().trimmed();
    s.port = quint16(m_port->value());
    s.security = pop3::Security(m_security->currentData().toInt());
    s.user = m_user->text().trimmed();
    s.authMechanism = m_auth->currentData().toString();
    s.pinnedSha256 = m_pinned;
    sync::RetentionPolicy r;
    const int leave = m_leave->checkedId();
    r.deleteAfterDownload = leave == LeaveNo;
    if (leave == LeaveDays)
        r.maxDays = m_days->value();
    r.untilDeletedHere = leave == LeaveUntilDeleted;
    if (leave != LeaveNo) {
        if (m_capMessages->isChecked())
            r.maxMessages = m_capMessagesCount->value();
        if (m_capSize->isChecked())
            r.maxBytes = qint64(m_capSizeMegabytes->value()) * 1024 * 1024;
    }
    s.retention = r;
    s.headersOnly = m_headersOnly->isChecked();
    s.headersOnlyWhenMetered = m_headersOnlyWhenMetered->isChecked();
    s.maxMessageKb
        = !s.headersOnly && m_sizeLimit->isChecked() ? qint64(m_sizeLimitKilobytes->value()) : 0;
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
    if (m_host->text().trimmed().isEmpty())
        return tr("Enter the server's name.");
    if (m_user->text().trimmed().isEmpty())
        return tr("Enter the user name.");
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

#pragma once

#include "accounts/AccountSettings.h"

#include <QDialog>
#include <QString>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace satchel::ui {

// Every setting of one account (issue 6): who (display name, address), the server (host, port,
// security, user name, login method, the password, the accepted certificate), what stays on the
// server and for how long, headers only and the size limit, how often to check. The password
// field stays empty unless the user types a new one; the old one is never shown.
class AccountEditDialog : public QDialog
{
    Q_OBJECT

public:
    // `canTellMetered`: whether this system reports metered connections (else the dialog says
    // that "headers only while metered" cannot apply).
    explicit AccountEditDialog(const accounts::AccountSettings &settings, QWidget *parent = nullptr,
                               bool canTellMetered = true);

    // What the dialog holds now (valid when accepted).
    [[nodiscard]] accounts::AccountSettings settings() const;
    // A new password, when one was typed.
    [[nodiscard]] std::optional<QString> newPassword() const;

    void accept() override;

private:
    void updateEnabled();
    [[nodiscard]] QString validate() const;

    accounts::AccountSettings m_original;
    QByteArray m_pinned;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_fingerprint = nullptr;
    QPushButton *m_forget = nullptr;
    QButtonGroup *m_leave = nullptr;
    QRadioButton *m_leaveNo = nullptr;
    QRadioButton *m_leaveForever = nullptr;
    QRadioButton *m_leaveDays = nullptr;
    QRadioButton *m_leaveUntilDeleted = nullptr;
    QSpinBox *m_days = nullptr;
    QCheckBox *m_capMessages = nullptr;
    QSpinBox *m_capMessagesCount = nullptr;
    QCheckBox *m_capSize = nullptr;
    QSpinBox *m_capSizeMegabytes = nullptr;
    QCheckBox *m_headersOnly = nullptr;
    QCheckBox *m_headersOnlyWhenMetered = nullptr;
    QCheckBox *m_sizeLimit = nullptr;
    QSpinBox *m_sizeLimitKilobytes = nullptr;
    QSpinBox *m_interval = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace satchel::ui

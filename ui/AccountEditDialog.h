#pragma once

#include "accounts/AccountSettings.h"

#include <QDialog>
#include <QString>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace satchel::ui {

class RetentionForm;
class ServerForm;

// Every setting of one account (issue 6): who (display name, address), the server (ServerForm,
// the password, the accepted certificate), what stays on the server and what is downloaded
// (RetentionForm), how often to check. The password field stays empty unless the user types a new
// one; the old one is never shown.
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
    void showPinned();
    [[nodiscard]] QString validate() const;

    accounts::AccountSettings m_original;
    QByteArray m_pinned;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_address = nullptr;
    ServerForm *m_server = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_fingerprint = nullptr;
    QPushButton *m_forget = nullptr;
    RetentionForm *m_retention = nullptr;
    QSpinBox *m_interval = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace satchel::ui

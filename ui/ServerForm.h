#pragma once

#include "accounts/AccountSettings.h"

#include <QString>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace satchel::ui {

// The incoming server of one account: host, port, security, user name and login method, with the
// port following the security while it is a standard one, and a plain warning when "no
// encryption" is chosen. The account wizard's server page and the edit dialog's Server tab are
// this form; each adds its own rows to formLayout(), so that their labels line up.
class ServerForm : public QWidget
{
    Q_OBJECT

public:
    explicit ServerForm(QWidget *parent = nullptr);

    // Shows the fields this form holds (host, port, security, user, loginMethod).
    void setSettings(const accounts::AccountSettings &settings);
    // Writes them back, leaving every other field as it is.
    void applyTo(accounts::AccountSettings &settings) const;
    // The user names a provider takes, the first one chosen; the user may still type another.
    void setUserNames(const QStringList &names);
    // Puts this user name in the box as if typed (the one a test login found to work).
    void setUserName(const QString &name);

    // What the user has to fill in first, for people; empty when nothing is missing.
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QFormLayout *formLayout() const { return m_layout; }

Q_SIGNALS:
    // The host or the user name was edited (problem() may have changed).
    void edited();

private:
    void selectLoginMethod(const pop3::LoginMethod &method);
    [[nodiscard]] pop3::Security currentSecurity() const;

    QFormLayout *m_layout = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_loginMethod = nullptr;
    QLabel *m_cleartextWarning = nullptr;
};

} // namespace satchel::ui

#pragma once

#include "sync/Prompter.h"

#include <QDialog>
#include <QString>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace satchel::ui {

// Asks for one account's password when Satchel has none it can use. Why it asks is said first,
// because each reason means something different to the user: nothing stored yet, the keychain
// said no, no keychain at all, or the server turned the password down. Opened with open(), never
// through a nested event loop; the caller reads password() once it is accepted.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    // Why it asks: the mail service's reasons (sync/Prompter.h), one vocabulary for both.
    using Reason = sync::PasswordReason;

    // `keychainWritable`: offer to save the password there (else: to remember it until quit).
    // `detail`: the keychain's own words, for KeychainRefused; `firstNotice`: the once-a-session
    // explanation that there is no keychain.
    PasswordDialog(const QString &accountName, const QString &login, Reason reason,
                   bool keychainWritable, const QString &detail, bool firstNotice,
                   QWidget *parent = nullptr);
    ~PasswordDialog() override;

    [[nodiscard]] Reason reason() const { return m_reason; }
    [[nodiscard]] QString password() const;
    // Keychain writable: store it there; otherwise: keep it in memory until Satchel quits.
    [[nodiscard]] bool remember() const;
    [[nodiscard]] bool offersKeychain() const { return m_keychainWritable; }
    [[nodiscard]] QString explanation() const;

private:
    Reason m_reason;
    bool m_keychainWritable;
    QLabel *m_explanation = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
};

} // namespace satchel::ui

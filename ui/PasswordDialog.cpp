#include "PasswordDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace satchel::ui {

PasswordDialog::PasswordDialog(const QString &accountName, const QString &login, Reason reason,
                               bool keychainWritable, const QString &detail, bool firstNotice,
                               QWidget *parent)
    : QDialog(parent)
    , m_reason(reason)
    , m_keychainWritable(keychainWritable)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Password for %1").arg(accountName));
    setAccessibleName(windowTitle());
    setWindowModality(Qt::WindowModal);

    QString text;
    switch (reason) {
    case Reason::NotStored:
        text = tr("Satchel has no password for %1 yet. Enter it to get mail.").arg(accountName);
        break;
    case Reason::KeychainRefused:
        text = tr("The keychain did not give Satchel the password for %1 (it may be locked, or "
                  "access was denied). Enter the password to get mail this time.")
                   .arg(accountName);
        if (!detail.isEmpty())
            text += u'\n' + detail;
        break;
    case Reason::NoKeychain:
        text = firstNotice
            ? tr("No keychain answers on this computer, so Satchel cannot keep passwords: it "
                 "asks for them once a session and never writes them to disk. Enter the "
                 "password for %1.")
                  .arg(accountName)
            : tr("Enter the password for %1 (there is no keychain to keep it in).")
                  .arg(accountName);
        break;
    case Reason::WrongPassword:
        text = tr("The server did not accept the password for %1. Enter it again (check the "
                  "user name too; many providers want an app password for POP).")
                   .arg(accountName);
        break;
    }

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(
        style()
            ->standardIcon(reason == Reason::WrongPassword || reason == Reason::KeychainRefused
                               ? QStyle::SP_MessageBoxWarning
                               : QStyle::SP_MessageBoxQuestion,
                           nullptr, this)
            .pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    m_explanation = new QLabel(text, this);
    m_explanation->setObjectName(QStringLiteral("passwordExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    top->addWidget(m_explanation, 1);
    layout->addLayout(top);

    auto *form = new QFormLayout;
    auto *loginLabel = new QLabel(login, this);
    loginLabel->setObjectName(QStringLiteral("passwordLogin"));
    loginLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Account:"), loginLabel);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData
                                    | Qt::ImhNoPredictiveText);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_remember = new QCheckBox(keychainWritable ? tr("&Save it in the keychain")
                                                : tr("&Remember it until Satchel quits"),
                               this);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    // Asked once a session, as issue 6 puts it: unticking it asks again at every check.
    m_remember->setChecked(true);
    layout->addWidget(m_remember);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Get Mail"));
    ok->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, ok,
            [ok](const QString &t) { ok->setEnabled(!t.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_password->setFocus();
    setMinimumWidth(460);
}

PasswordDialog::~PasswordDialog()
{
    // The line edit's buffer is the only copy the dialog holds.
    m_password->clear();
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_remember->isChecked();
}

QString PasswordDialog::explanation() const
{
    return m_explanation->text();
}

} // namespace satchel::ui

#include "ServerForm.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace satchel::ui {

using pop3::LoginMethod;
using pop3::Security;

ServerForm::ServerForm(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setAccessibleName(tr("Server"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(pop3::standardPort(Security::ImplicitTls));
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_port);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    auto *hostLabel = new QLabel(tr("&Server:"), this);
    hostLabel->setBuddy(m_host);
    m_layout->addRow(hostLabel, hostRow);

    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("security"));
    m_security->setAccessibleName(tr("Security"));
    m_security->addItem(tr("TLS (recommended)"), int(Security::ImplicitTls));
    m_security->addItem(tr("STARTTLS"), int(Security::StartTls));
    m_security->addItem(tr("No encryption (password readable on the network)"),
                        int(Security::None));
    m_layout->addRow(tr("S&ecurity:"), m_security);

    // Editable, for a user name that none of the offered ones is.
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("userName"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setEditable(true);
    m_user->setInsertPolicy(QComboBox::NoInsert);
    // The offered names are suggestions in a list, never completed into what is typed: inline
    // completion turned "holdout" into "holdout@isp.example" and kept it, and many ISPs want
    // the local part alone.
    m_user->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_layout->addRow(tr("&User name:"), m_user);

    m_loginMethod = new QComboBox(this);
    m_loginMethod->setObjectName(QStringLiteral("authMethod"));
    m_loginMethod->setAccessibleName(tr("Login method"));
    for (const LoginMethod &method : LoginMethod::choices()) {
        QString label = method.name();
        if (method.isAutomatic())
            label = tr("Automatic (the strongest offered)");
        else if (method == LoginMethod::userPass())
            label = tr("User name and password (USER/PASS)");
        m_loginMethod->addItem(label, method.name());
    }
    m_layout->addRow(tr("&Login method:"), m_loginMethod);

    m_cleartextWarning = new QLabel(
        tr("Without encryption, anyone on the network between you and the server can read "
           "your password and your mail. Choose this only for a server on your own network."),
        this);
    m_cleartextWarning->setObjectName(QStringLiteral("cleartextWarning"));
    m_cleartextWarning->setWordWrap(true);
    m_cleartextWarning->setTextFormat(Qt::PlainText);
    QFont bold = m_cleartextWarning->font();
    bold.setBold(true);
    m_cleartextWarning->setFont(bold);
    m_cleartextWarning->setVisible(false);
    m_layout->addRow(m_cleartextWarning);

    connect(m_host, &QLineEdit::textChanged, this, &ServerForm::edited);
    connect(m_user, &QComboBox::currentTextChanged, this, &ServerForm::edited);
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        const Security security = currentSecurity();
        // The port follows while it is a standard one; a port the user chose stays.
        const quint16 port = quint16(m_port->value());
        if (port == pop3::standardPort(Security::ImplicitTls)
            || port == pop3::standardPort(Security::StartTls))
            m_port->setValue(pop3::standardPort(security));
        m_cleartextWarning->setVisible(security == Security::None);
    });
}

void ServerForm::setSettings(const accounts::AccountSettings &settings)
{
    m_host->setText(settings.host);
    m_security->setCurrentIndex(m_security->findData(int(settings.security)));
    m_port->setValue(settings.port); // after the security, which moves the port
    // No list to complete from: what is typed stays as typed.
    m_user->clear();
    m_user->setEditText(settings.user);
    selectLoginMethod(settings.loginMethod);
}

void ServerForm::applyTo(accounts::AccountSettings &settings) const
{
    settings.host = m_host->text().trimmed();
    settings.port = quint16(m_port->value());
    settings.security = currentSecurity();
    settings.user = m_user->currentText().trimmed();
    // Every item's data is a name fromName() reads back.
    settings.loginMethod
        = LoginMethod::fromName(m_loginMethod->currentData().toString()).value_or(LoginMethod());
}

void ServerForm::setUserNames(const QStringList &names)
{
    m_user->clear();
    m_user->addItems(names);
    m_user->setCurrentIndex(0);
}

void ServerForm::setUserName(const QString &name)
{
    m_user->setEditText(name);
}

QString ServerForm::problem() const
{
    if (m_host->text().trimmed().isEmpty())
        return tr("Enter the server's name.");
    if (m_user->currentText().trimmed().isEmpty())
        return tr("Enter the user name.");
    return {};
}

void ServerForm::selectLoginMethod(const LoginMethod &method)
{
    int index = m_loginMethod->findData(method.name());
    if (index < 0) {
        // One the choices leave out (an OAuth mechanism set on the command line): shown by its
        // name and kept, never replaced by another without the user choosing it.
        m_loginMethod->addItem(method.name(), method.name());
        index = m_loginMethod->count() - 1;
    }
    m_loginMethod->setCurrentIndex(index);
}

Security ServerForm::currentSecurity() const
{
    return Security(m_security->currentData().toInt());
}

} // namespace satchel::ui

#include "AccountsDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace satchel::ui {

AccountsDialog::AccountsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The accounts Satchel gets mail from. Their passwords are kept in "
                                "this computer's keychain, never in a file."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *row = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setAccessibleName(tr("Accounts"));
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    row->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addAccount"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editAccount"));
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeAccount"));
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    row->addLayout(buttons);
    layout->addLayout(row);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    connect(add, &QPushButton::clicked, this, &AccountsDialog::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentAccountId())
            Q_EMIT editRequested(id);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentAccountId())
            Q_EMIT removeRequested(id);
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT editRequested(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &AccountsDialog::updateButtons);
    resize(560, 360);
    updateButtons();
}

void AccountsDialog::setAccounts(const QList<accounts::AccountSettings> &list)
{
    const qint64 current = currentAccountId();
    m_list->clear();
    for (const accounts::AccountSettings &a : list) {
        const QString server = QStringLiteral("%1@%2:%3").arg(a.user, a.host).arg(a.port);
        auto *item = new QListWidgetItem(
            tr("%1\n%2 — %3").arg(a.name, server, accounts::describeRetention(a.retention)),
            m_list);
        item->setData(Qt::UserRole, a.accountId);
        item->setToolTip(server);
    }
    selectAccount(current);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

qint64 AccountsDialog::currentAccountId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void AccountsDialog::selectAccount(qint64 accountId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == accountId) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void AccountsDialog::updateButtons()
{
    const bool selected = currentAccountId() != 0;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

} // namespace satchel::ui

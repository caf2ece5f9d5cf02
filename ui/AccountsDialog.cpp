#include "AccountsDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
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
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setAccessibleName(tr("Accounts"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels(
        {tr("Account"), tr("Server"), tr("Copies on the server"), tr("New mail")});
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    row->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addAccount"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editAccount"));
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeAccount"));
    // Which server messages count as downloaded: rebuilt from the mail here when that memory
    // was lost, or everything on the server taken as downloaded (a mailbox already kept
    // elsewhere). Rare actions, so in a menu rather than buttons of their own.
    m_history = new QPushButton(tr("&History"), this);
    m_history->setObjectName(QStringLiteral("accountHistory"));
    auto *historyMenu = new QMenu(m_history);
    QAction *rebuild = historyMenu->addAction(tr("&Rebuild From the Mail Stored Here"));
    rebuild->setObjectName(QStringLiteral("rebuildHistory"));
    QAction *markAll = historyMenu->addAction(tr("&Mark All on the Server as Downloaded…"));
    markAll->setObjectName(QStringLiteral("markAllDownloaded"));
    m_history->setMenu(historyMenu);
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_history);
    buttons->addStretch();
    row->addLayout(buttons);
    layout->addLayout(row);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    connect(add, &QPushButton::clicked, this, &AccountsDialog::addRequested);
    // Each of these acts on the selected account; with none selected it does nothing.
    auto forSelected = [this](void (AccountsDialog::*request)(qint64)) {
        return [this, request] {
            if (const qint64 id = currentAccountId())
                Q_EMIT(this->*request)(id);
        };
    };
    connect(m_edit, &QPushButton::clicked, this, forSelected(&AccountsDialog::editRequested));
    connect(m_remove, &QPushButton::clicked, this, forSelected(&AccountsDialog::removeRequested));
    connect(rebuild, &QAction::triggered, this,
            forSelected(&AccountsDialog::rebuildHistoryRequested));
    connect(markAll, &QAction::triggered, this,
            forSelected(&AccountsDialog::markAllDownloadedRequested));
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT editRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AccountsDialog::updateButtons);
    resize(720, 360);
    updateButtons();
}

void AccountsDialog::setAccounts(const QList<accounts::AccountSettings> &list)
{
    const qint64 current = currentAccountId();
    m_list->clear();
    for (const accounts::AccountSettings &a : list) {
        const QString server = QStringLiteral("%1@%2:%3").arg(a.user, a.host).arg(a.port);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, a.name);
        item->setToolTip(0, a.address);
        item->setText(1, server);
        item->setText(2, a.retention.summary());
        item->setText(3,
                      a.checkIntervalMinutes > 0
                          ? tr("every %n minute(s)", nullptr, a.checkIntervalMinutes)
                          : tr("when asked"));
        item->setData(0, Qt::UserRole, a.accountId);
    }
    selectAccount(current);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

qint64 AccountsDialog::currentAccountId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void AccountsDialog::selectAccount(qint64 accountId)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(0, Qt::UserRole).toLongLong() == accountId) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

void AccountsDialog::updateButtons()
{
    const bool selected = currentAccountId() != 0;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_history->setEnabled(selected);
}

} // namespace satchel::ui

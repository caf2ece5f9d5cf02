#pragma once

#include "accounts/AccountSettings.h"

#include <QDialog>
#include <QList>

class QTreeWidget;
class QPushButton;

namespace satchel::ui {

// Edit > Accounts…: the accounts that fetch mail, with Add, Edit, Remove and History. It only shows
// and asks; whoever opened it (MailController) does the work and calls setAccounts() again.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountsDialog(QWidget *parent = nullptr);

    void setAccounts(const QList<accounts::AccountSettings> &accounts);
    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    // The account selected in the list; 0 when none.
    [[nodiscard]] qint64 currentAccountId() const;
    void selectAccount(qint64 accountId);

Q_SIGNALS:
    void addRequested();
    void editRequested(qint64 accountId);
    void removeRequested(qint64 accountId);
    // The account's download history (which server messages count as downloaded).
    void rebuildHistoryRequested(qint64 accountId);
    void markAllDownloadedRequested(qint64 accountId);

private:
    void updateButtons();

    QTreeWidget *m_list = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_history = nullptr;
};

} // namespace satchel::ui

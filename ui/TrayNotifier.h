#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace satchel::model {
class FolderModel;
}

namespace satchel::ui {

class MainWindow;

// Unread and new mail where people see it without reading the window: the unread count in the
// window's title and in the tray icon's drawn badge and tooltip, the tray's menu (Get All Mail,
// Quit), and the notification that names the newest of the new messages. A part of MainWindow,
// which owns it; its words are the window's (MainWindow::tr), so they keep their translations.
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotifier(MainWindow *window);

    // The tray icon (it exists, hidden, where the desktop has no tray).
    [[nodiscard]] QSystemTrayIcon *trayIcon() const { return m_tray; }
    // Counts again (the folder tree's numbers too), then showUnread().
    void updateUnread();
    // The counts the folder model has: title, tray badge and tooltip.
    void showUnread();
    // The new messages a fetch stored for the account: newMailNotified(), and a tray
    // notification with the count and the newest one's sender and subject.
    void notifyNewMail(qint64 accountId, const QList<qint64> &messageIds);

Q_SIGNALS:
    void newMailNotified(const QString &title, const QString &message);

private:
    MainWindow *m_window;
    model::FolderModel *m_folderModel;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace satchel::ui

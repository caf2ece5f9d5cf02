#include "TrayNotifier.h"

#include "MainWindow.h"
#include "model/FolderModel.h"
#include "store/Archive.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

#include <algorithm>
#include <optional>

namespace satchel::ui {

TrayNotifier::TrayNotifier(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_folderModel(window->folderModel())
{
    // Made even where the desktop has no tray, hidden then: its badge and tooltip stay right
    // for when one appears, and tests can read them.
    m_tray = new QSystemTrayIcon(window);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    auto *menu = new QMenu(window);
    menu->addAction(window->action(QStringLiteral("getAllMailAction")));
    menu->addSeparator();
    menu->addAction(window->quitAction());
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, window, [window] {
        window->showNormal();
        window->raise();
        window->activateWindow();
    });
    updateUnread();
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

void TrayNotifier::updateUnread()
{
    m_folderModel->refreshCounts();
    showUnread();
}

// The counts the folder model has: title, tray badge and tooltip.
void TrayNotifier::showUnread()
{
    const int unread = m_folderModel->totalUnread();
    m_window->setWindowTitle(unread > 0 ? MainWindow::tr("Satchel (%n unread)", nullptr, unread)
                                        : MainWindow::tr("Satchel"));
    // A drawn badge: no icon theme is needed, and it follows the palette.
    const int size = 64;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(m_window->palette().color(QPalette::Highlight));
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(4, 12, size - 8, size - 24), 8, 8);
    painter.setPen(m_window->palette().color(QPalette::HighlightedText));
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(unread > 99 ? 20 : 28);
    painter.setFont(font);
    painter.drawText(pixmap.rect(), Qt::AlignCenter,
                     unread > 0 ? (unread > 999 ? QStringLiteral("999+") : QString::number(unread))
                                : QStringLiteral("✉"));
    painter.end();
    m_tray->setIcon(QIcon(pixmap));
    m_tray->setToolTip(unread > 0 ? MainWindow::tr("Satchel: %n unread", nullptr, unread)
                                  : MainWindow::tr("Satchel"));
}

namespace {

// Sender names and subjects are a stranger's text; some notification servers read markup.
QString notificationText(const QString &text, int maxLength)
{
    QString out = text.simplified();
    out.replace(u'<', QChar(0x2039)).replace(u'>', QChar(0x203A)).replace(u'&', QChar(0xFF06));
    if (out.size() > maxLength)
        out = out.left(maxLength - 1) + QChar(0x2026);
    return out;
}

} // namespace

void TrayNotifier::notifyNewMail(qint64 accountId, const QList<qint64> &messageIds)
{
    const int count = int(messageIds.size());
    if (count <= 0 || !m_window->archive())
        return;
    // The newest of what the fetch stored is named. A fetch stores in server order, which is
    // arrival order, so the newest are among the last stored: a bounded look at those, as the UI
    // thread must not read thousands of rows after a first fetch.
    constexpr qsizetype kLookBack = 100;
    std::optional<store::MessageRow> newest;
    for (qsizetype i = std::max<qsizetype>(0, count - kLookBack); i < count; ++i) {
        Result<store::MessageRow> row = m_window->archive()->message(messageIds.at(i));
        if (row && (!newest || row->date > newest->date))
            newest = *row;
    }
    QString account;
    if (Result<QHash<qint64, QString>> names = m_window->archive()->accountNames(); names)
        account = names->value(accountId);
    const QString title = account.isEmpty()
        ? MainWindow::tr("%n new message(s)", nullptr, count)
        : MainWindow::tr("%n new message(s) for %1", nullptr, count)
              .arg(notificationText(account, 60));
    QString text;
    if (newest) {
        const QString sender
            = newest->senderName.isEmpty() ? newest->senderAddress : newest->senderName;
        const QString subject
            = newest->subject.isEmpty() ? MainWindow::tr("(no subject)") : newest->subject;
        text = count == 1 ? MainWindow::tr("From %1: %2")
                                .arg(notificationText(sender, 60), notificationText(subject, 120))
                          : MainWindow::tr("Newest from %1: %2")
                                .arg(notificationText(sender, 60), notificationText(subject, 120));
    }
    Q_EMIT newMailNotified(title, text);
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
}

} // namespace satchel::ui

#include "MessageView.h"
#include "TestMail.h"
#include "store/Archive.h"

#include <QLabel>
#include <QLocale>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

#include <cstdlib>
#include <ctime>

using namespace satchel;

// The message view's header block: what the reader sees of a message's envelope.
class TestMessageView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dateInTheReadersZone();
};

void TestMessageView::initTestCase()
{
    // The reader is in Tokyo (no summer time), the sender two hours east of UTC.
    qputenv("TZ", "Asia/Tokyo");
    tzset();
}

void TestMessageView::dateInTheReadersZone()
{
    Result<std::unique_ptr<store::Archive>> archive
        = store::Archive::open(QStringLiteral(":memory:"));
    QVERIFY(archive);
    const qint64 account = *(*archive)->createAccount(QStringLiteral("a"));
    const qint64 inbox = *(*archive)->specialFolder(account, store::FolderRole::Inbox);
    const QDateTime sent(QDate(2026, 11, 21), QTime(9, 10), QTimeZone(2 * 3600));
    const qint64 id
        = testmail::insert(**archive, account, inbox,
                           testmail::plain(QStringLiteral("Mika <mika@example.net>"),
                                           QStringLiteral("Tips"), QStringLiteral("Hello"), sent));

    ui::MessageView view;
    view.setArchive(archive->get());
    QVERIFY(view.showMessage(id));
    auto *date = view.findChild<QLabel *>(QStringLiteral("headerDate"));
    QVERIFY(date);
    // 09:10 +02:00 is 16:10 in Tokyo: the same time the message list shows.
    const QDateTime tokyo(QDate(2026, 11, 21), QTime(16, 10));
    QCOMPARE(date->text(), QLocale().toString(tokyo, QLocale::ShortFormat));

    // The details add the sender's own clock.
    view.findChild<QToolButton *>(QStringLiteral("detailsToggle"))->setChecked(true);
    date = view.findChild<QLabel *>(QStringLiteral("headerDate"));
    QVERIFY(date);
    QVERIFY2(date->text().startsWith(QLocale().toString(tokyo, QLocale::LongFormat)),
             qPrintable(date->text()));
    QVERIFY2(date->text().contains(QLocale().toString(QTime(9, 10), QLocale::ShortFormat)),
             qPrintable(date->text()));
    QVERIFY2(date->text().contains(QStringLiteral("UTC+02:00")), qPrintable(date->text()));
}

QTEST_MAIN(TestMessageView)
#include "tst_messageview.moc"

#include "MessageView.h"
#include "ParseGate.h"
#include "SafeBrowser.h"
#include "TestMail.h"
#include "model/MessageLoader.h"
#include "store/Archive.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>

#include <cstdlib>
#include <ctime>

using namespace satchel;
using test::ParseGate;

namespace {

// The longest time the event loop went without running a 10 ms timer, from start() to stop().
class GapMeter
{
public:
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_ticks = 0;
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.start(10);
    }
    void stop()
    {
        tick();
        m_timer.stop();
        m_timer.disconnect();
    }
    [[nodiscard]] qint64 longest() const { return m_longest; }
    [[nodiscard]] int ticks() const { return m_ticks; }

private:
    void tick()
    {
        const qint64 now = m_clock.elapsed();
        m_longest = std::max(m_longest, now - m_last);
        m_last = now;
        ++m_ticks;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    int m_ticks = 0;
};

// Shows message `id` and waits until it is loaded.
bool showLoaded(ui::MessageView &view, qint64 id)
{
    QSignalSpy loaded(&view, &ui::MessageView::messageLoaded);
    return view.showMessage(id) && loaded.wait(30000);
}

QByteArray header(const QByteArray &subject, const QByteArray &contentType)
{
    return "From: Sender <sender@example.com>\r\nTo: Reader <reader@example.org>\r\nSubject: "
        + subject
        + "\r\nDate: Fri, 01 Mar 2024 10:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: "
        + contentType + "\r\n\r\n";
}

} // namespace

// The message view: its header block (dates in the reader's zone), and how it loads a message
// off the UI thread: the header at once, the rest when parsed, input never blocked.
class TestMessageView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dateInTheReadersZone();
    void headerAtOnceTheRestWhenParsed();
    void bigMessageNeverBlocksInput_data();
    void bigMessageNeverBlocksInput();
    void longBodyIsCutWithAWayToTheWhole();
    void reloadShowsTheMessageAsItIsNow();

private:
    // A view of this test's archive, on screen.
    [[nodiscard]] std::unique_ptr<ui::MessageView> shownView() const
    {
        auto view = std::make_unique<ui::MessageView>();
        view->setArchive(m_archive.get());
        view->resize(800, 600);
        view->show();
        return QTest::qWaitForWindowExposed(view.get()) ? std::move(view) : nullptr;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Archive> m_archive;
    qint64 m_account = 0;
    qint64 m_inbox = 0;
};

void TestMessageView::initTestCase()
{
    // The reader is in Tokyo (no summer time), the sender two hours east of UTC.
    qputenv("TZ", "Asia/Tokyo");
    tzset();
}

void TestMessageView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<store::Archive>> archive = testmail::openArchive(*m_dir);
    QVERIFY(archive);
    m_archive = std::move(*archive);
    m_account = *m_archive->createAccount(QStringLiteral("a"));
    m_inbox = *m_archive->specialFolder(m_account, store::FolderRole::Inbox);
}

void TestMessageView::cleanup()
{
    m_archive.reset();
    m_dir.reset();
}

void TestMessageView::dateInTheReadersZone()
{
    const QDateTime sent(QDate(2026, 11, 21), QTime(9, 10), QTimeZone(2 * 3600));
    const qint64 id
        = testmail::insert(*m_archive, m_account, m_inbox,
                           testmail::plain(QStringLiteral("Mika <mika@example.net>"),
                                           QStringLiteral("Tips"), QStringLiteral("Hello"), sent));

    ui::MessageView view;
    view.setArchive(m_archive.get());
    QSignalSpy loaded(&view, &ui::MessageView::messageLoaded);
    QVERIFY(view.showMessage(id));
    // 09:10 +02:00 is 16:10 in Tokyo: the same time the message list shows. At once (from the
    // message's row) and once parsed.
    const QDateTime tokyo(QDate(2026, 11, 21), QTime(16, 10));
    for (int pass = 0; pass < 2; ++pass) {
        auto *date = view.findChild<QLabel *>(QStringLiteral("headerDate"));
        QVERIFY(date);
        QCOMPARE(date->text(), QLocale().toString(tokyo, QLocale::ShortFormat));
        if (pass == 0)
            QVERIFY(loaded.wait(30000));
    }

    // The details add the sender's own clock.
    view.findChild<QToolButton *>(QStringLiteral("detailsToggle"))->setChecked(true);
    auto *date = view.findChild<QLabel *>(QStringLiteral("headerDate"));
    QVERIFY(date);
    QVERIFY2(date->text().startsWith(QLocale().toString(tokyo, QLocale::LongFormat)),
             qPrintable(date->text()));
    QVERIFY2(date->text().contains(QLocale().toString(QTime(9, 10), QLocale::ShortFormat)),
             qPrintable(date->text()));
    QVERIFY2(date->text().contains(QStringLiteral("UTC+02:00")), qPrintable(date->text()));
}

void TestMessageView::headerAtOnceTheRestWhenParsed()
{
    const QByteArray content("col1,col2\n1,2\n");
    const qint64 id
        = testmail::insert(*m_archive, m_account, m_inbox,
                           testmail::withAttachment(QStringLiteral("The figures"),
                                                    QStringLiteral("figures.csv"), content));
    const std::unique_ptr<ui::MessageView> owned = shownView();
    QVERIFY(owned);
    ui::MessageView &view = *owned;
    ParseGate gate(*view.loader());
    QSignalSpy loaded(&view, &ui::MessageView::messageLoaded);

    // The loader's thread is held just before it parses: showMessage() has returned all the
    // same, so it did not wait for the parse.
    gate.hold();
    QVERIFY(view.showMessage(id));
    QVERIFY(gate.waitEntered());
    QCOMPARE(view.messageId(), id);
    QVERIFY(view.hasMessage() && view.isLoading() && !view.isLoaded());
    // The header is there, from the message's row.
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("headerSubject"))->text(),
             QStringLiteral("The figures"));
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("headerFrom"))->text(),
             QStringLiteral("Sender <sender@example.com>"));
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("headerTo"))->text(), // names, as parsed
             QStringLiteral("Reader"));
    // The body says it is loading; what needs the parsed form waits.
    QVERIFY(view.body()->toPlainText().isEmpty());
    QVERIFY2(view.body()->placeholderText().contains(QLatin1String("Loading")),
             qPrintable(view.body()->placeholderText()));
    QVERIFY(view.attachments().isEmpty());
    QVERIFY(!view.findChild<QListWidget *>(QStringLiteral("attachmentList"))->isVisible());
    QVERIFY(view.pageDown()); // Space stays on the message it has not shown yet
    view.showSource(); // asked for now, shown once loaded
    QVERIFY(!view.findChild<QPlainTextEdit *>(QStringLiteral("sourceText")));
    QCOMPARE(loaded.size(), 0);

    gate.release();
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.at(0).at(0).toLongLong(), id);
    QVERIFY(view.isLoaded() && !view.isLoading());
    // Parsed on the loader's thread, never the UI's.
    QCOMPARE(gate.threads().size(), 1);
    QVERIFY(gate.threads().constFirst() != QThread::currentThread());
    QVERIFY(view.body()->toPlainText().startsWith(QLatin1String("See the file.")));
    QCOMPARE(view.message().subject, QStringLiteral("The figures"));
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("headerTo"))->text(),
             QStringLiteral("Reader"));
    QCOMPARE(view.attachments().size(), 1);
    QVERIFY(view.findChild<QListWidget *>(QStringLiteral("attachmentList"))->isVisible());
    auto *source = view.findChild<QPlainTextEdit *>(QStringLiteral("sourceText"));
    QVERIFY(source);
    QVERIFY(source->toPlainText().contains(QLatin1String("Subject: The figures")));

    // Saving writes on the loader's thread too.
    QTemporaryDir out;
    QSignalSpy saved(&view, &ui::MessageView::attachmentsSaved);
    QCOMPARE(view.saveAllAttachments(out.path()), 1);
    QVERIFY(saved.wait(30000));
    QCOMPARE(saved.at(0).at(0).toStringList(),
             QStringList({out.filePath(QStringLiteral("figures.csv"))}));
    QFile file(out.filePath(QStringLiteral("figures.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestMessageView::bigMessageNeverBlocksInput_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("bodyStart");
    QTest::addColumn<QString>("bodyEnd");
    QTest::addColumn<int>("attachments");

    // About 20 MB each: 5 MB of HTML and an 11 MB file (15 MB in base64); 20 MB of plain text.
    QByteArray html;
    for (int i = 0; html.size() < 5 * 1024 * 1024; ++i)
        html += "<p>Paragraph " + QByteArray::number(i)
            + " of the travel report: the ferry, the harbour, the train and the road.</p>\r\n";
    html += "<p>THE END</p>\r\n";
    QByteArray file(11 * 1024 * 1024, '\0');
    for (qsizetype i = 0; i < file.size(); ++i)
        file[i] = char((i * 7919) >> 3);
    QByteArray base64 = file.toBase64();
    QByteArray wrapped;
    for (qsizetype i = 0; i < base64.size(); i += 76)
        wrapped += base64.mid(i, 76) + "\r\n";
    QTest::newRow("HTML body and a big file")
        << header("Big HTML", "multipart/mixed; boundary=\"b\"") + "--b\r\n"
            + "Content-Type: text/html; charset=utf-8\r\n\r\n" + html + "--b\r\n"
            + "Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n"
            + "Content-Disposition: attachment; filename=\"photos.bin\"\r\n\r\n" + wrapped
            + "--b--\r\n"
        << QStringLiteral("Paragraph 0 of") << QStringLiteral("THE END") << 1;

    QByteArray text;
    for (int i = 0; text.size() < 20 * 1024 * 1024; ++i)
        text += "Line " + QByteArray::number(i)
            + " of the log: nothing happened, then something did, then nothing again.\r\n";
    QTest::newRow("plain text body")
        << header("Big text", "text/plain; charset=utf-8") + text + "THE END\r\n"
        << QStringLiteral("Line 0 of") << QStringLiteral("THE END") << 0;
}

void TestMessageView::bigMessageNeverBlocksInput()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, bodyStart);
    QFETCH(QString, bodyEnd);
    QFETCH(int, attachments);
    QVERIFY(raw.size() >= 20 * 1000 * 1000);
    const qint64 id = testmail::insert(*m_archive, m_account, m_inbox, raw);
    QVERIFY(id > 0);

    const std::unique_ptr<ui::MessageView> owned = shownView();
    QVERIFY(owned);
    ui::MessageView &view = *owned;
    ParseGate gate(*view.loader());
    QSignalSpy loaded(&view, &ui::MessageView::messageLoaded);

    // A 10 ms timer keeps running while the message is read, parsed and shown: the event loop
    // never stands still for long. (A generous bound: the sanitizer build is slow too.)
    GapMeter meter;
    meter.start();
    QVERIFY(view.showMessage(id));
    QVERIFY(!view.isLoaded());
    QVERIFY(loaded.wait(120000));
    meter.stop();
    qInfo("longest gap while loading: %lld ms (%d ticks)", meter.longest(), meter.ticks());
    QVERIFY2(meter.longest() < 500,
             qPrintable(QStringLiteral("the event loop stood still for %1 ms (%2 ticks)")
                            .arg(meter.longest())
                            .arg(meter.ticks())));
    QCOMPARE(gate.threads().size(), 1);
    QVERIFY(gate.threads().constFirst() != QThread::currentThread());

    // Only the beginning of the enormous body is laid out, with a bar that offers the whole.
    QVERIFY(view.bodyIsCut());
    QVERIFY(view.findChild<QWidget *>(QStringLiteral("longMessageBar"))->isVisible());
    const QString shown = view.body()->toPlainText();
    QVERIFY(shown.startsWith(bodyStart));
    QVERIFY(!shown.contains(bodyEnd));
    QVERIFY(shown.size() <= ui::MessageView::kShownBodyChars);
    QCOMPARE(view.attachments().size(), attachments);

    // Writing the big attachment does not stop the window either.
    if (attachments > 0) {
        QTemporaryDir out;
        QSignalSpy saved(&view, &ui::MessageView::attachmentsSaved);
        meter.start();
        QCOMPARE(view.saveAllAttachments(out.path()), 1);
        QVERIFY(saved.wait(120000));
        meter.stop();
        QVERIFY2(meter.longest() < 500,
                 qPrintable(QStringLiteral("the event loop stood still for %1 ms while saving")
                                .arg(meter.longest())));
        QCOMPARE(QFileInfo(out.filePath(QStringLiteral("photos.bin"))).size(), 11 * 1024 * 1024);
    }
}

void TestMessageView::longBodyIsCutWithAWayToTheWhole()
{
    QString body;
    for (int i = 0; body.size() < ui::MessageView::kShownBodyChars + 20000; ++i)
        body += QStringLiteral("Line %1 of a long letter.\n").arg(i);
    body += QStringLiteral("Yours, at the very end");
    const qint64 id = testmail::insert(
        *m_archive, m_account, m_inbox,
        testmail::plain(QStringLiteral("Writer <w@example.com>"), QStringLiteral("Long letter"),
                        body, QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC)));
    const std::unique_ptr<ui::MessageView> owned = shownView();
    QVERIFY(owned);
    ui::MessageView &view = *owned;
    QVERIFY(showLoaded(view, id));
    auto *bar = view.findChild<QWidget *>(QStringLiteral("longMessageBar"));
    QVERIFY(view.bodyIsCut() && bar->isVisible());
    const QString cut = view.body()->toPlainText();
    QVERIFY(cut.startsWith(QLatin1String("Line 0 of a long letter.")));
    QVERIFY(!cut.contains(QLatin1String("at the very end")));
    // Cut at a line end, not inside a line.
    QVERIFY2(cut.trimmed().endsWith(QLatin1String("of a long letter.")), qPrintable(cut.right(80)));

    view.findChild<QPushButton *>(QStringLiteral("showWholeMessage"))->click();
    QVERIFY(!view.bodyIsCut() && !bar->isVisible());
    QVERIFY(view.body()->toPlainText().contains(QLatin1String("Yours, at the very end")));

    // The next message is cut again if it is long.
    QVERIFY(showLoaded(view, id));
    QVERIFY(view.bodyIsCut());
}

void TestMessageView::reloadShowsTheMessageAsItIsNow()
{
    const QDateTime date(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    const QByteArray head
        = testmail::plain(QStringLiteral("Big <big@example.com>"), QStringLiteral("Huge file"),
                          QStringLiteral("the first part"), date);
    const qint64 id = testmail::insert(*m_archive, m_account, m_inbox, head, true);
    const std::unique_ptr<ui::MessageView> owned = shownView();
    QVERIFY(owned);
    ui::MessageView &view = *owned;
    QVERIFY(showLoaded(view, id));
    auto *bar = view.findChild<QWidget *>(QStringLiteral("partialBar"));
    QVERIFY(bar->isVisible());
    QVERIFY(view.body()->toPlainText().contains(QLatin1String("the first part")));

    // The rest arrives through another connection (the fetch's), and the window asks the view
    // to show the message again: the new content, not a parse kept from before.
    {
        Result<std::unique_ptr<store::Archive>> other = testmail::openArchive(*m_dir);
        QVERIFY(other);
        QVERIFY((*other)->completePartial(
            id,
            testmail::plain(QStringLiteral("Big <big@example.com>"), QStringLiteral("Huge file"),
                            QStringLiteral("the first part and the whole rest"), date)));
    }
    QVERIFY(showLoaded(view, id));
    QVERIFY(view.body()->toPlainText().contains(QLatin1String("the whole rest")));
    QVERIFY(!bar->isVisible());
}

QTEST_MAIN(TestMessageView)
#include "tst_messageview.moc"

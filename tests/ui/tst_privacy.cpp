#include "MessageView.h"
#include "SafeBrowser.h"
#include "TestMail.h"
#include "store/Archive.h"

#include <QBuffer>
#include <QImage>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace satchel;

namespace {

QByteArray pngBytes(const QColor &colour)
{
    QImage image(4, 4, QImage::Format_ARGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A local HTTP listener that counts every connection and every request path, and answers each
// with a small PNG: if the view ever asked, the test would know.
class CountingHttpServer : public QObject
{
public:
    CountingHttpServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray request = socket->readAll();
                    requests.append(request);
                    const QString path = QString::fromLatin1(request.split(' ').value(1));
                    paths.append(path);
                    if (path == QLatin1String("/hang.png"))
                        return; // never answers: the view's timeout must end it
                    // A tracker would set a cookie; one far too big for an image; red otherwise.
                    const QByteArray body = path == QLatin1String("/big.png")
                        ? pngBytes(Qt::green) + QByteArray(6 * 1024 * 1024, 'x')
                        : pngBytes(Qt::red);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: "
                                  + QByteArray::number(body.size())
                                  + "\r\nSet-Cookie: reader=tracked; Path=/\r\n"
                                    "Connection: close\r\n\r\n"
                                  + body);
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    [[nodiscard]] QString base() const
    {
        return QStringLiteral("127.0.0.1:%1").arg(m_server.serverPort());
    }
    int connections = 0;
    QStringList paths;
    QList<QByteArray> requests; // as they came, headers included

private:
    QTcpServer m_server;
};

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileHtmlMakesNoRequestAndRunsNoScript();
    void remoteImagesTimeOutAndStayWithTheirMessage();
    void sanitizeStripsRemoteStyleAndScripts();
    void plainTextQuotesAndLinks();
};

void TestPrivacy::hostileHtmlMakesNoRequestAndRunsNoScript()
{
    CountingHttpServer server;
    QVERIFY(server.listen());
    const QString h = server.base();
    const QString html
        = QStringLiteral(
              "<html><head><title>Newsletter</title>"
              "<style>body { background: url(http://%1/css-body.png); } "
              "@import url(http://%1/import.css); p { background-image: url('https://%1/p.png') }"
              "</style><link rel=\"stylesheet\" href=\"http://%1/sheet.css\"></head>"
              "<body background=\"http://%1/body-attr.png\" onload=\"document.title='pwned'\">"
              "<script>document.title = 'pwned'; new Image().src = 'http://%1/script.gif';"
              "</script>"
              "<p>Hello reader</p>"
              "<img src=\"http://%1/remote.png\" alt=\"remote\">"
              "<img src=\"//%1/protocol-relative.png\">"
              "<img src=\"http://%1/pixel.gif?u=12345\" width=\"1\" height=\"1\">"
              "<img src=\"http://%1/big.png\">"
              "<img src=\"ftp://%1/ftp.png\">"
              "<img src=\"file:///etc/hostname\">"
              "<img src=\"relative.png\">"
              "<img src=\"cid:logo@test\" alt=\"logo\">"
              "<table background=\"https://%1/table.png\"><tr>"
              "<td style=\"background-image: url(http://%1/td.png)\">cell</td></tr></table>"
              "<a href=\"http://%1/click\">a link</a>"
              "</body></html>")
              .arg(h);
    const QByteArray logo = pngBytes(Qt::blue);

    QTemporaryDir dir;
    Result<std::unique_ptr<store::Archive>> archive = testmail::openArchive(dir);
    QVERIFY(archive);
    const qint64 account = *(*archive)->createAccount(QStringLiteral("a"));
    const qint64 inbox = *(*archive)->specialFolder(account, store::FolderRole::Inbox);
    const qint64 id
        = testmail::insert(**archive, account, inbox,
                           testmail::html(QStringLiteral("Hostile"), html, {{"logo@test", logo}}));
    const qint64 other = testmail::insert(
        **archive, account, inbox,
        testmail::html(QStringLiteral("Again"),
                       QStringLiteral("<img src=\"http://%1/second.png\">").arg(h)));
    QVERIFY(id > 0 && other > 0);

    // The view's own network manager, configured as it is in the application.
    ui::MessageView view;
    view.setArchive(archive->get());
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy loaded(&view, &ui::MessageView::messageLoaded);
    QVERIFY(view.showMessage(id));
    QVERIFY(loaded.wait(30000));
    (void)view.grab(); // paint it: every image the layout wants has been asked for by now
    QTest::qWait(500); // time for any request that might have been sent to arrive

    QCOMPARE(server.connections, 0);
    QVERIFY2(server.paths.isEmpty(), qPrintable(server.paths.join(u' ')));

    // No script ran and none of it is shown as text.
    ui::SafeBrowser *body = view.body();
    QVERIFY(body->documentTitle() != QLatin1String("pwned"));
    QVERIFY(!body->toPlainText().contains(QLatin1String("document.title")));
    QVERIFY(body->toPlainText().contains(QLatin1String("Hello reader")));
    QVERIFY(!body->toHtml().contains(QLatin1String("onload")));

    // The user is told, and can allow it for this message.
    auto *bar = view.findChild<QWidget *>(QStringLiteral("remoteContentBar"));
    QVERIFY(bar && bar->isVisible());
    QVERIFY(body->remoteContentBlocked());
    QVERIFY(body->blockedUrls().contains(QUrl(QStringLiteral("http://%1/remote.png").arg(h))));

    // cid: comes from the message itself.
    const QVariant served = body->document()->resource(QTextDocument::ImageResource,
                                                       QUrl(QStringLiteral("cid:logo@test")));
    // (The document turns the bytes into a pixmap: the 4x4 blue logo.)
    QCOMPARE(body->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("cid:logo@test")))
                 .toByteArray(),
             logo);
    const QImage shown = served.value<QPixmap>().toImage();
    QCOMPARE(shown.size(), QSize(4, 4));
    QCOMPARE(shown.pixelColor(1, 1), QColor(Qt::blue));
    // A local file is not read either: the answer is the one-pixel refusal.
    const QVariant local = body->document()->resource(QTextDocument::ImageResource,
                                                      QUrl(QStringLiteral("file:///etc/hostname")));
    QCOMPARE(local.typeId(), QMetaType::QImage);
    QCOMPARE(local.value<QImage>().size(), QSize(1, 1));
    QCOMPARE(server.connections, 0);

    // Allowed for this message: its http(s) images are asked for, arrive and are shown.
    auto *load = view.findChild<QPushButton *>(QStringLiteral("loadRemoteContent"));
    QVERIFY(load);
    QSignalSpy finished(body, &ui::SafeBrowser::remoteImageFinished);
    load->click();
    QVERIFY(!bar->isVisible());
    const QUrl remote(QStringLiteral("http://%1/remote.png").arg(h));
    const QUrl big(QStringLiteral("http://%1/big.png").arg(h));
    QTRY_VERIFY(body->remoteImagesShown().contains(remote));
    const auto done = [&finished](const QUrl &url) {
        return std::any_of(finished.cbegin(), finished.cend(),
                           [&url](const QList<QVariant> &args) { return args.at(0) == url; });
    };
    QTRY_VERIFY(done(remote) && done(big)
                && done(QUrl(QStringLiteral("http://%1/pixel.gif?u=12345").arg(h))));
    QVERIFY(server.paths.contains(QStringLiteral("/remote.png")));
    QVERIFY(server.paths.contains(QStringLiteral("/pixel.gif?u=12345")));
    const QImage fetched
        = body->document()->resource(QTextDocument::ImageResource, remote).value<QImage>();
    QCOMPARE(fetched.size(), QSize(4, 4));
    QCOMPARE(fetched.pixelColor(1, 1), QColor(Qt::red));
    // On screen: the red pixels are painted.
    const QImage painted = body->viewport()->grab().toImage();
    bool red = false;
    for (int y = 0; y < painted.height() && !red; ++y)
        for (int x = 0; x < painted.width() && !red; ++x)
            red = painted.pixelColor(x, y) == QColor(Qt::red);
    QVERIFY(red);
    // Too big for an image: abandoned, not shown.
    QVERIFY(!body->remoteImagesShown().contains(big));
    QVERIFY(server.paths.contains(QStringLiteral("/big.png")));
    // Only images, only http(s): no style sheet, no import, nothing a script wanted, no ftp.
    for (const char *never : {"/sheet.css", "/import.css", "/script.gif", "/ftp.png", "/click"})
        QVERIFY2(!server.paths.contains(QLatin1String(never)), never);
    // Without cookies (the server set one each time) and without a referrer.
    QVERIFY(server.requests.size() >= 3);
    for (const QByteArray &request : std::as_const(server.requests)) {
        QVERIFY2(!request.toLower().contains("\r\ncookie:"), request.constData());
        QVERIFY2(!request.toLower().contains("\r\nreferer:"), request.constData());
    }
    QVERIFY(body->documentTitle() != QLatin1String("pwned"));

    // ... for that message only.
    const int before = server.connections;
    QVERIFY(view.showMessage(other));
    QVERIFY(loaded.wait(30000));
    (void)view.grab();
    QTest::qWait(300);
    QCOMPARE(server.connections, before);
    QVERIFY(!server.paths.contains(QStringLiteral("/second.png")));
    QVERIFY(bar->isVisible());
}

void TestPrivacy::remoteImagesTimeOutAndStayWithTheirMessage()
{
    CountingHttpServer server;
    QVERIFY(server.listen());
    const QString h = server.base();
    QTemporaryDir dir;
    Result<std::unique_ptr<store::Archive>> archive = testmail::openArchive(dir);
    QVERIFY(archive);
    const qint64 account = *(*archive)->createAccount(QStringLiteral("a"));
    const qint64 inbox = *(*archive)->specialFolder(account, store::FolderRole::Inbox);
    const qint64 first = testmail::insert(
        **archive, account, inbox,
        testmail::html(QStringLiteral("Slow"),
                       QStringLiteral("<p>x</p><img src=\"http://%1/hang.png\">").arg(h)));
    const qint64 second = testmail::insert(
        **archive, account, inbox,
        testmail::html(QStringLiteral("Next"),
                       QStringLiteral("<p>y</p><img src=\"http://%1/next.png\">").arg(h)));

    ui::MessageView view;
    view.setArchive(archive->get());
    view.body()->setRemoteTimeout(300);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy loaded(&view, &ui::MessageView::messageLoaded);
    QVERIFY(view.showMessage(first));
    QVERIFY(loaded.wait(30000));
    QSignalSpy finished(view.body(), &ui::SafeBrowser::remoteImageFinished);
    view.loadRemoteContent();
    QTRY_VERIFY(server.paths.contains(QStringLiteral("/hang.png")));
    // A server that never answers is given up on, and the message stays readable.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 3000);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QVERIFY(view.body()->remoteImagesShown().isEmpty());
    QVERIFY(view.body()->toPlainText().contains(u'x'));

    // Allowing again and moving on at once: what was asked for is abandoned, and the next
    // message asks for nothing.
    QVERIFY(view.showMessage(first));
    QVERIFY(loaded.wait(30000));
    view.loadRemoteContent();
    QCOMPARE(view.body()->remoteRequests(), 1);
    QVERIFY(view.showMessage(second));
    QCOMPARE(view.body()->remoteRequests(), 0); // abandoned at once, before the next is here
    QVERIFY(loaded.wait(30000));
    QCOMPARE(view.body()->remoteRequests(), 0);
    QVERIFY(!view.body()->remoteContentAllowed());
    (void)view.grab();
    QTest::qWait(500);
    // (The first message's request may have left before it was abandoned: it was allowed.)
    for (const QString &path : std::as_const(server.paths))
        QCOMPARE(path, QStringLiteral("/hang.png"));
    QVERIFY(view.body()->remoteImagesShown().isEmpty());
}

void TestPrivacy::sanitizeStripsRemoteStyleAndScripts()
{
    const QString dirty = QStringLiteral(
        "<style>div{background:url( \"http://x.test/a.png\" )} @import 'http://x.test/s.css';"
        "</style><div style=\"background-image:url(//x.test/b)\" onclick='evil()'>t</div>"
        "<td background=http://x.test/c.png>u</td><img src=\"cid:keep@me\">"
        "<div style=\"background:url(cid:inline@ok)\"></div><SCRIPT type=x>alert(1)</SCRIPT>");
    const QString clean = ui::SafeBrowser::sanitize(dirty);
    QVERIFY(!clean.contains(QLatin1String("x.test")));
    QVERIFY(!clean.contains(QLatin1String("alert"), Qt::CaseInsensitive));
    QVERIFY(!clean.contains(QLatin1String("onclick")));
    QVERIFY(clean.contains(QLatin1String("cid:keep@me")));
    QVERIFY(clean.contains(QLatin1String("url(cid:inline@ok)")));
    QVERIFY(ui::SafeBrowser::isRemote(QUrl(QStringLiteral("//x.test/a"))));
    QVERIFY(ui::SafeBrowser::isRemote(QUrl(QStringLiteral("file:///etc/passwd"))));
    QVERIFY(!ui::SafeBrowser::isRemote(QUrl(QStringLiteral("cid:a@b"))));
}

void TestPrivacy::plainTextQuotesAndLinks()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    const QString html = ui::MessageView::plainTextToHtml(
        QStringLiteral("Hi <b>you</b> & see https://example.org/a?b=1&c=2.\n> quoted\n> > deeper\n"
                       "www.example.net"),
        light);
    QVERIFY(html.contains(QLatin1String("&lt;b&gt;you&lt;/b&gt; &amp;")));
    QVERIFY(html.contains(QLatin1String("href=\"https://example.org/a?b=1&amp;c=2\"")));
    QVERIFY(html.contains(QLatin1String("href=\"https://www.example.net\"")));
    // Two quote levels get two different colours.
    const QRegularExpression colour(QStringLiteral("<span style=\"color:(#[0-9a-f]{6})\">&gt;"));
    QRegularExpressionMatchIterator it = colour.globalMatch(html);
    QStringList colours;
    while (it.hasNext())
        colours.append(it.next().captured(1));
    QCOMPARE(colours.size(), 2);
    QVERIFY(colours.at(0) != colours.at(1));
    // A dark palette gets other (lighter) colours.
    QPalette dark;
    dark.setColor(QPalette::Base, Qt::black);
    QVERIFY(ui::MessageView::plainTextToHtml(QStringLiteral("> q"), dark)
            != ui::MessageView::plainTextToHtml(QStringLiteral("> q"), light));
}

QTEST_MAIN(TestPrivacy)
#include "tst_privacy.moc"

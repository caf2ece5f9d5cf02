// `satchel --demo`: the compiled-in demo mailbox, the demo POP3 server (spoken to by the real
// engine, pipelined, over TLS with its certificate pinned) and the DemoSession that fetches the
// mailbox into a throwaway profile.
#include "DemoMailbox.h"
#include "DemoServer.h"
#include "DemoSession.h"
#include "DovecotFixture.h"
#include "Must.h"
#include "pop3/Session.h"
#include "store/Archive.h"

#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificateExtension>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace satchel;
using satchel::app::DemoMailbox;
using satchel::app::DemoMessage;
using satchel::app::DemoResult;
using satchel::app::DemoServer;
using satchel::app::DemoSession;
using satchel::test::must;

namespace {

constexpr int WaitMs = 60'000;

// The .eml files of the source tree: what the resource must hold, all of it.
QStringList sourceMailFiles()
{
    return QDir(QStringLiteral(SATCHEL_DEMO_MAIL_DIR))
        .entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
}

DemoResult runToEnd(DemoSession &demo, void (DemoSession::*action)())
{
    DemoResult result;
    bool done = false;
    QEventLoop loop;
    QObject::connect(&demo, &DemoSession::finished, &loop, [&](const DemoResult &r) {
        result = r;
        done = true;
        loop.quit();
    });
    (demo.*action)();
    if (!done) {
        QTimer::singleShot(WaitMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!done)
        result.message = QStringLiteral("the test gave up waiting");
    return result;
}

// Runs a session until it fails or QUIT is answered.
struct SessionRun
{
    bool opened = false;
    bool quitDone = false;
    pop3::Pop3Error failure;
    QList<pop3::UidlEntry> uidls;
    QList<pop3::MessageSize> sizes;
    QMap<int, QByteArray> retrieved;
    QByteArray top;
    int statCount = -1;
    int deleted = 0;
    QList<pop3::Session::Command> commandErrors;
};

SessionRun drive(pop3::Session &session)
{
    SessionRun run;
    QEventLoop loop;
    QObject::connect(&session, &pop3::Session::opened, &loop, [&] { run.opened = true; });
    QObject::connect(&session, &pop3::Session::uidlReceived, &loop,
                     [&](const QList<pop3::UidlEntry> &e) { run.uidls = e; });
    QObject::connect(&session, &pop3::Session::listReceived, &loop,
                     [&](const QList<pop3::MessageSize> &s) { run.sizes = s; });
    QObject::connect(&session, &pop3::Session::messageRetrieved, &loop,
                     [&](int n, const QByteArray &raw) { run.retrieved.insert(n, raw); });
    QObject::connect(&session, &pop3::Session::topRetrieved, &loop,
                     [&](int, const QByteArray &raw) { run.top = raw; });
    QObject::connect(&session, &pop3::Session::statReceived, &loop,
                     [&](int count, qint64) { run.statCount = count; });
    QObject::connect(&session, &pop3::Session::messageDeleted, &loop, [&] { ++run.deleted; });
    QObject::connect(
        &session, &pop3::Session::commandFailed, &loop,
        [&](pop3::Session::Command c, int, const pop3::Pop3Error &) { run.commandErrors << c; });
    QObject::connect(&session, &pop3::Session::quitDone, &loop, [&] {
        run.quitDone = true;
        loop.quit();
    });
    QObject::connect(&session, &pop3::Session::failed, &loop, [&](const pop3::Pop3Error &e) {
        run.failure = e;
        loop.quit();
    });
    session.open();
    QTimer::singleShot(WaitMs, &loop, &QEventLoop::quit);
    loop.exec();
    return run;
}

pop3::SessionSettings settingsFor(const DemoServer &server)
{
    pop3::SessionSettings s;
    s.host = server.host();
    s.port = server.port();
    s.user = server.userName();
    s.secret = server.password();
    s.acceptedCertificateSha256 = server.certificateSha256();
    s.connectTimeoutMs = WaitMs;
    s.handshakeTimeoutMs = WaitMs;
    s.commandTimeoutMs = WaitMs;
    return s;
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mailboxIsCompiledIn();
    void datesMoveToRecentWeeks();
    void certificateIsPinnedNotTrusted();
    void protocolPipelinedThroughEngine();
    void protocolUserPassDeleAndInUse();
    void servesWhatDovecotServes();
    void demoSessionFetchesEverything();
    void cancelledFetchResumesWithoutDuplicates();
    void setUpFailureIsReported();
    void headlessCommand();

private:
    std::unique_ptr<DemoServer> startedServer();
};

void TestDemo::initTestCase()
{
    qRegisterMetaType<DemoResult>();
    QVERIFY2(sourceMailFiles().size() >= 20,
             qPrintable(QStringLiteral("too few demo messages in %1")
                            .arg(QStringLiteral(SATCHEL_DEMO_MAIL_DIR))));
}

std::unique_ptr<DemoServer> TestDemo::startedServer()
{
    auto server = std::make_unique<DemoServer>(DemoMailbox::load());
    if (!server->start())
        qFatal("the demo server did not start: %s", qPrintable(server->errorString()));
    return server;
}

void TestDemo::mailboxIsCompiledIn()
{
    const QList<DemoMessage> messages = DemoMailbox::load();
    QStringList uidls;
    for (const DemoMessage &m : messages) {
        uidls << QString::fromLatin1(m.uidl + ".eml");
        QVERIFY(m.raw.endsWith("\r\n"));
        // CRLF throughout: no bare LF left.
        QCOMPARE(m.raw.count('\n'), m.raw.count("\r\n"));
        QVERIFY2(DemoMailbox::dateOf(m.raw).isValid(), m.uidl.constData());
    }
    QCOMPARE(uidls, sourceMailFiles());
}

void TestDemo::datesMoveToRecentWeeks()
{
    const QDateTime now(QDate(2031, 5, 17), QTime(12, 0), Qt::UTC);
    const QList<DemoMessage> asWritten = DemoMailbox::load();
    const QList<DemoMessage> moved = DemoMailbox::load(now);
    QCOMPARE(moved.size(), asWritten.size());
    QDateTime newest;
    QDateTime oldest;
    for (qsizetype i = 0; i < moved.size(); ++i) {
        const QDateTime before = DemoMailbox::dateOf(asWritten.at(i).raw);
        const QDateTime after = DemoMailbox::dateOf(moved.at(i).raw);
        QVERIFY(after.isValid());
        // Whole days: the time of day and the sender's zone stay as written.
        QCOMPARE(after.time(), before.time());
        QCOMPARE(after.offsetFromUtc(), before.offsetFromUtc());
        if (!newest.isValid() || after > newest)
            newest = after;
        if (!oldest.isValid() || after < oldest)
            oldest = after;
    }
    QVERIFY(newest <= now);
    QVERIFY(newest.secsTo(now) < 24 * 3600);
    QVERIFY2(oldest.daysTo(newest) >= 14, "the demo mail should span some weeks");
}

void TestDemo::certificateIsPinnedNotTrusted()
{
    const auto server = startedServer();
    const QSslCertificate cert = server->certificate();
    QVERIFY(cert.isSelfSigned());
    const auto names = cert.subjectAlternativeNames();
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QVERIFY(cert.expiryDate() > QDateTime::currentDateTimeUtc());

    // No pin: the system does not trust it, so the handshake fails before anything is sent.
    pop3::SessionSettings unpinned = settingsFor(*server);
    unpinned.acceptedCertificateSha256.clear();
    pop3::Session withoutPin(unpinned);
    SessionRun run = drive(withoutPin);
    QVERIFY(!run.opened);
    QCOMPARE(run.failure.kind, pop3::ErrorKind::CertificateRejected);
    QVERIFY(!run.failure.certificateErrors.isEmpty());

    // The pin of another certificate does not excuse this one.
    pop3::SessionSettings wrongPin = settingsFor(*server);
    wrongPin.acceptedCertificateSha256 = QByteArray(32, '\x5a');
    pop3::Session withWrongPin(wrongPin);
    run = drive(withWrongPin);
    QCOMPARE(run.failure.kind, pop3::ErrorKind::CertificateRejected);
    QCOMPARE(server->sessionCount(), 0);

    // Its own pin does.
    pop3::Session pinned(settingsFor(*server));
    bool encrypted = false;
    connect(&pinned, &pop3::Session::opened, this, [&] { encrypted = pinned.isEncrypted(); });
    pinned.quit();
    run = drive(pinned);
    QVERIFY2(run.quitDone, qPrintable(run.failure.message));
    QVERIFY(encrypted);
    QCOMPARE(server->sessionCount(), 1);
}

void TestDemo::protocolPipelinedThroughEngine()
{
    const auto server = startedServer();
    const QList<DemoMessage> messages = DemoMailbox::load();
    const int count = int(messages.size());

    pop3::Session session(settingsFor(*server));
    // Queued before the login: the session sends them in batches once it may.
    session.stat();
    session.uidl();
    session.list();
    for (int n = 1; n <= count; ++n)
        session.retrieve(n);
    session.top(1, 0);
    session.retrieve(count + 1); // no such message: -ERR, and the session goes on
    session.noop();
    session.quit();
    const SessionRun run = drive(session);
    QVERIFY2(run.quitDone, qPrintable(run.failure.message));

    QCOMPARE(session.authenticationUsed(), QByteArray("PLAIN"));
    QVERIFY(session.isPipelining());
    QVERIFY2(server->largestCommandBatch() > 1, "the client did not pipeline");
    QCOMPARE(run.statCount, count);
    QCOMPARE(run.uidls.size(), count);
    QCOMPARE(run.sizes.size(), count);
    QCOMPARE(run.retrieved.size(), count);
    for (int n = 1; n <= count; ++n) {
        const DemoMessage &m = messages.at(n - 1);
        QCOMPARE(run.uidls.at(n - 1).uidl, m.uidl);
        QCOMPARE(run.sizes.at(n - 1).octets, m.raw.size());
        // Byte for byte, dot-stuffing undone.
        QCOMPARE(run.retrieved.value(n), m.raw);
    }
    QVERIFY(
        run.top.startsWith(messages.first().raw.left(messages.first().raw.indexOf("\r\n\r\n"))));
    QVERIFY(run.top.size() < messages.first().raw.size());
    QCOMPARE(run.commandErrors, QList<pop3::Session::Command> {pop3::Session::Command::Retr});
    // Leave-on-server: nothing was deleted.
    QCOMPARE(server->messageCount(), count);
}

void TestDemo::protocolUserPassDeleAndInUse()
{
    const auto server = startedServer();
    const int count = server->messageCount();

    // A DELE undone by RSET, then one that QUIT applies; USER/PASS this time.
    pop3::SessionSettings userPass = settingsFor(*server);
    userPass.loginMethod = pop3::LoginMethod::userPass();
    pop3::Session first(userPass);
    first.remove(2);
    first.reset();
    first.remove(1);
    first.stat();
    first.quit();
    SessionRun run = drive(first);
    QVERIFY2(run.quitDone, qPrintable(run.failure.message));
    QCOMPARE(first.authenticationUsed(), QByteArray("USER"));
    QCOMPARE(run.deleted, 2);
    QCOMPARE(run.statCount, count - 1);
    QCOMPARE(server->messageCount(), count - 1);

    // A dropped link applies nothing.
    {
        pop3::Session dropped(settingsFor(*server));
        bool opened = false;
        connect(&dropped, &pop3::Session::opened, this, [&] {
            opened = true;
            dropped.remove(1);
        });
        dropped.open();
        QTRY_VERIFY_WITH_TIMEOUT(opened, WaitMs);
    }
    QTRY_COMPARE(server->messageCount(), count - 1);

    // A wrong password.
    pop3::SessionSettings wrong = settingsFor(*server);
    wrong.secret = QStringLiteral("not the password");
    pop3::Session refused(wrong);
    run = drive(refused);
    QCOMPARE(run.failure.kind, pop3::ErrorKind::AuthenticationFailed);

    // While one session holds the mailbox, another is told [IN-USE].
    pop3::Session holder(settingsFor(*server));
    bool holderOpen = false;
    connect(&holder, &pop3::Session::opened, this, [&] { holderOpen = true; });
    holder.open();
    QTRY_VERIFY_WITH_TIMEOUT(holderOpen, WaitMs);
    pop3::Session second(settingsFor(*server));
    run = drive(second);
    QCOMPARE(run.failure.kind, pop3::ErrorKind::InUse);
}

// The same mailbox in a real server: the engine gets the same messages, byte for byte, with the
// same sizes, from both.
void TestDemo::servesWhatDovecotServes()
{
    SATCHEL_REQUIRE_DOVECOT();
    const QList<DemoMessage> messages = DemoMailbox::load();
    test::DovecotFixture dovecot;
    QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
    for (const DemoMessage &m : messages)
        QVERIFY(dovecot.addMessage(m.raw));

    auto everything = [&](pop3::SessionSettings settings) {
        pop3::Session session(settings);
        session.list();
        for (int n = 1; n <= messages.size(); ++n)
            session.retrieve(n);
        session.quit();
        return drive(session);
    };
    pop3::SessionSettings real;
    real.host = QStringLiteral("localhost");
    real.port = dovecot.pop3sPort();
    real.user = dovecot.userName();
    real.secret = dovecot.password();
    real.caCertificates = {dovecot.certificate()};
    const SessionRun fromDovecot = everything(real);
    QVERIFY2(fromDovecot.quitDone, qPrintable(fromDovecot.failure.message));

    const auto server = startedServer();
    const SessionRun fromDemo = everything(settingsFor(*server));
    QVERIFY2(fromDemo.quitDone, qPrintable(fromDemo.failure.message));

    auto sorted = [](QList<QByteArray> list) {
        std::sort(list.begin(), list.end());
        return list;
    };
    auto sizes = [](const QList<pop3::MessageSize> &list) {
        QList<qint64> octets;
        for (const pop3::MessageSize &s : list)
            octets << s.octets;
        std::sort(octets.begin(), octets.end());
        return octets;
    };
    QCOMPARE(fromDemo.retrieved.size(), messages.size());
    QCOMPARE(sorted(fromDemo.retrieved.values()), sorted(fromDovecot.retrieved.values()));
    QCOMPARE(sizes(fromDemo.sizes), sizes(fromDovecot.sizes));
}

void TestDemo::demoSessionFetchesEverything()
{
    const int expected = int(sourceMailFiles().size());
    QString profile;
    {
        DemoSession demo;
        QSignalSpy progress(&demo, &DemoSession::progress);
        const DemoResult first = runToEnd(demo, &DemoSession::start);
        QVERIFY2(first.ok, qPrintable(first.message));
        QCOMPARE(first.newMessages, expected);
        QCOMPARE(first.messagesOnServer, expected);
        QVERIFY(!progress.isEmpty());
        profile = first.profilePath;
        QVERIFY(QFileInfo::exists(first.archivePath));
        QCOMPARE(first.archivePath, QDir(profile).filePath(QStringLiteral("archive.sqlite")));

        // The GUI opens its own connection to the profile's archive: all of it is there.
        auto archive = must(store::Archive::open(first.archivePath));
        QCOMPARE(must(archive->accountNames()).value(first.accountId), QStringLiteral("Demo"));
        const QList<qint64> ids = must(archive->messageIds());
        QCOMPARE(ids.size(), expected);
        QHash<QString, store::MessageRow> byUidl;
        for (qint64 id : ids) {
            const store::MessageRow row = must(archive->message(id));
            QVERIFY2(!row.subject.isEmpty(), qPrintable(row.uidl));
            QVERIFY2(!row.senderAddress.isEmpty(), qPrintable(row.uidl));
            QVERIFY(row.date.isValid());
            byUidl.insert(row.uidl, row);
        }
        QCOMPARE(byUidl.size(), expected);
        auto parsed = [&](const char *uidl) {
            return must(archive->parsedMessage(byUidl.value(QLatin1String(uidl)).id));
        };

        // HTML with its picture inside.
        const mime::ParsedMessage boarding = parsed("06-boarding-pass");
        QVERIFY(boarding.htmlBody.contains(QLatin1String("cid:logo.northwind@example.com")));
        QVERIFY(std::any_of(boarding.attachments.cbegin(), boarding.attachments.cend(),
                            [](const mime::Attachment &a) {
                                return a.contentId == u"logo.northwind@example.com"
                                    && a.contentType == u"image/png";
                            }));
        QVERIFY(!parsed("23-receipt-html-only").htmlBody.isEmpty());
        QVERIFY(parsed("16-hotel-remote-images")
                    .htmlBody.contains(QLatin1String("https://cdn.example.com/")));

        // Attachments.
        for (const char *uidl :
             {"07-itinerary", "08-photo", "09-packing-list", "24-forwarded-timetable"})
            QVERIFY2(byUidl.value(QLatin1String(uidl)).hasAttachments, uidl);
        QVERIFY(!byUidl.value(QStringLiteral("01-welcome")).hasAttachments);
        const mime::ParsedMessage itinerary = parsed("07-itinerary");
        QCOMPARE(itinerary.attachments.size(), 1);
        QCOMPARE(itinerary.attachments.first().contentType, QStringLiteral("application/pdf"));
        QCOMPARE(itinerary.attachments.first().filename, QStringLiteral("itinerary.pdf"));

        // Threads: each shares one conversation, and the threads are different ones.
        const QList<QStringList> threads {
            {QStringLiteral("02-lisbon-plans"), QStringLiteral("03-lisbon-re1"),
             QStringLiteral("04-lisbon-re2"), QStringLiteral("05-lisbon-re3")},
            {QStringLiteral("10-de-wanderung"), QStringLiteral("11-de-antwort")},
            {QStringLiteral("20-krakow-1"), QStringLiteral("21-krakow-2"),
             QStringLiteral("22-krakow-3")}};
        QSet<qint64> conversations;
        for (const QStringList &thread : threads) {
            const qint64 conversation = byUidl.value(thread.first()).conversationId;
            for (const QString &uidl : thread)
                QCOMPARE(byUidl.value(uidl).conversationId, conversation);
            conversations.insert(conversation);
        }
        QCOMPARE(conversations.size(), threads.size());
        QVERIFY(byUidl.value(QStringLiteral("01-welcome")).conversationId
                != byUidl.value(QStringLiteral("02-lisbon-plans")).conversationId);

        // Languages and charsets: RFC 2047 subjects and ISO-8859-1 / ISO-2022-JP / UTF-8 bodies.
        QVERIFY(byUidl.value(QStringLiteral("10-de-wanderung")).subject.contains(u"Hütte"));
        QVERIFY(parsed("10-de-wanderung").readerText.contains(u"Königssee"));
        QVERIFY(parsed("11-de-antwort").readerText.contains(u"Käse"));
        QVERIFY(byUidl.value(QStringLiteral("12-fr-marche")).subject.contains(u"marché"));
        QVERIFY(parsed("12-fr-marche").readerText.contains(u"À bientôt"));
        QVERIFY(byUidl.value(QStringLiteral("13-es-tapas")).subject.startsWith(u"¿Quedamos"));
        QVERIFY(parsed("13-es-tapas").readerText.contains(u"Lucía"));
        QCOMPARE(byUidl.value(QStringLiteral("14-ja-ryokan")).subject,
                 QStringLiteral("京都の旅館の予約について"));
        QVERIFY(parsed("14-ja-ryokan").readerText.contains(u"旅館の予約が取れました"));
        QVERIFY(byUidl.value(QStringLiteral("15-el-ferry")).subject.contains(u"Νάξο"));
        QVERIFY(parsed("15-el-ferry").readerText.contains(u"Πειραιά"));

        // format=flowed is joined into paragraphs; a lone "." line survives dot-stuffing.
        QVERIFY(parsed("19-flowed-night-train")
                    .textBody.contains(u"the lines of this message are \"flowed\": your mail"));
        QVERIFY(parsed("25-offline-tips").textBody.split(u'\n').contains(QStringLiteral(".")));

        // Again: nothing new, everything still on the server (leave forever).
        const DemoResult second = runToEnd(demo, &DemoSession::fetch);
        QVERIFY2(second.ok, qPrintable(second.message));
        QCOMPARE(second.newMessages, 0);
        QCOMPARE(second.messagesOnServer, expected);
        QCOMPARE(second.profilePath, profile);
        QCOMPARE(must(archive->messageIds()).size(), expected);
        QVERIFY(QDir(profile).exists());
    }
    // The throwaway profile goes with the session.
    QVERIFY(!QDir(profile).exists());
}

void TestDemo::cancelledFetchResumesWithoutDuplicates()
{
    const int expected = int(sourceMailFiles().size());
    DemoSession demo;
    // Cancelled from a progress report, as the status bar's cancel button would.
    connect(&demo, &DemoSession::progress, this, [&](const sync::FetchProgress &p) {
        if (p.messagesDone >= 3)
            demo.cancel();
    });
    const DemoResult cancelled = runToEnd(demo, &DemoSession::start);
    // The fetch runs on threads of its own (sync::MailService), so the cancel reaches it a
    // moment later: the small demo mailbox may be stored whole by then, and the session ends
    // either way. (tst_fetchrunner cancels with a message held back by the server.)
    QVERIFY2(cancelled.fetch.outcome == sync::FetchResult::Outcome::Cancelled
                 || cancelled.fetch.outcome == sync::FetchResult::Outcome::Success,
             qPrintable(cancelled.message));
    QVERIFY(!cancelled.message.isEmpty());
    const qsizetype stored = must(demo.archive()->messageIds()).size();
    QVERIFY2(stored >= 3 && stored <= expected, qPrintable(QString::number(stored)));
    QCOMPARE(cancelled.fetch.newMessageIds.size(), stored);
    QVERIFY(!demo.isFetching());

    demo.disconnect(this);
    const DemoResult resumed = runToEnd(demo, &DemoSession::fetch);
    QVERIFY2(resumed.ok, qPrintable(resumed.message));
    QCOMPARE(resumed.newMessages, expected - int(stored));
    QCOMPARE(must(demo.archive()->messageIds()).size(), expected);
}

void TestDemo::setUpFailureIsReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile blocker(dir.filePath(QStringLiteral("a-file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    DemoSession demo;
    // A profile folder inside a file cannot be made.
    demo.setProfileDirectory(dir.filePath(QStringLiteral("a-file/profile")));
    QSignalSpy finished(&demo, &DemoSession::finished);
    demo.start();
    QCOMPARE(finished.size(), 0); // never from inside start()
    QVERIFY(finished.wait(WaitMs));
    const auto result = finished.first().first().value<DemoResult>();
    QVERIFY(!result.ok);
    QVERIFY(result.message.contains(QLatin1String("a-file/profile")));
    QVERIFY(!demo.isStarted());
    QCOMPARE(demo.server(), nullptr);
}

void TestDemo::headlessCommand()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString profile = dir.filePath(QStringLiteral("profile"));
    QProcess satchel;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No display at all: the headless demo must not need one.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    satchel.setProcessEnvironment(env);
    satchel.start(QStringLiteral(SATCHEL_BINARY),
                  {QStringLiteral("--demo"), QStringLiteral("--headless"),
                   QStringLiteral("--profile"), profile});
    QVERIFY(satchel.waitForFinished(WaitMs));
    const QString out = QString::fromUtf8(satchel.readAllStandardOutput());
    QVERIFY2(satchel.exitCode() == 0,
             qPrintable(QString::fromUtf8(satchel.readAllStandardError())));
    QCOMPARE(out.trimmed(),
             QStringLiteral("Demo: %1 messages fetched into %2")
                 .arg(sourceMailFiles().size())
                 .arg(QDir(profile).absolutePath()));
    // The profile stays for `satchel --profile DIR` to open.
    auto archive
        = must(store::Archive::open(QDir(profile).filePath(QStringLiteral("archive.sqlite"))));
    QCOMPARE(must(archive->messageIds()).size(), sourceMailFiles().size());
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"

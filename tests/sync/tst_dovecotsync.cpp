// The fetch job against a real server: Debian's Dovecot, started privately by the test.
#include "DovecotFixture.h"
#include "FaultProxy.h"
#include "Must.h"
#include "pop3/Session.h"
#include "store/Archive.h"
#include "sync/FetchJob.h"
#include "sync/FetchRestJob.h"

#include <QDir>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace satchel;
using namespace satchel::sync;
using satchel::test::CorpusMaildir;
using satchel::test::DovecotFixture;
using satchel::test::must;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

} // namespace

class TestDovecotSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void deleteAfterDownload();
    void leaveForDaysAgesOut();
    void leaveUntilDeletedHere();
    void keepAtMostMessages();
    void keepAtMostBytes();
    void daysAndDeletedHereCombined();
    void headersOnlyThenTheRest();
    void sizeLimit();
    void markAllAsDownloaded();
    void keepAliveThroughIdleTimeout();

private:
    FetchResult fetch(const RetentionPolicy &policy, const QDateTime &now,
                      const std::function<void(FetchSettings &)> &adjust = {},
                      quint16 plainPort = 0,
                      const std::function<void(FetchJob &)> &whileRunning = {});
    FetchResult fetchRest(qint64 messageId, bool *gone = nullptr);
    [[nodiscard]] pop3::SessionSettings sessionSettings(quint16 plainPort = 0) const;
    // Deletes what is left on the server by deleting every local copy here first.
    void emptyServer(const QDateTime &now);
    // Adds `count` generated messages to the server; returns what a client gets for each.
    QList<QByteArray> addMessages(int count);
    void verifyArchiveHolds(QList<QByteArray> expected);
    [[nodiscard]] int serverMessageCount();

    std::unique_ptr<DovecotFixture> m_dovecot;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Archive> m_archive;
    qint64 m_account = 0;
    int m_generated = 0;
};

void TestDovecotSync::initTestCase()
{
    SATCHEL_REQUIRE_DOVECOT();
    m_dovecot = std::make_unique<DovecotFixture>();
    QVERIFY2(m_dovecot->start(), qPrintable(m_dovecot->errorString()));
}

void TestDovecotSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_archive = must(store::Archive::open(m_dir->filePath(QStringLiteral("archive.sqlite"))));
    m_account = must(m_archive->createAccount(QStringLiteral("dovecot")));
    QCOMPARE(serverMessageCount(), 0); // every test leaves the mailbox empty
}

void TestDovecotSync::cleanup()
{
    m_archive.reset();
    m_dir.reset();
}

void TestDovecotSync::cleanupTestCase()
{
    m_dovecot.reset();
}

pop3::SessionSettings TestDovecotSync::sessionSettings(quint16 plainPort) const
{
    pop3::SessionSettings s;
    s.host = QStringLiteral("localhost");
    s.security = pop3::Security::ImplicitTls;
    s.port = m_dovecot->pop3sPort();
    if (plainPort) { // through a proxy: plain, so that it sees POP3
        s.host = QStringLiteral("127.0.0.1");
        s.security = pop3::Security::None;
        s.allowCleartextPassword = true;
        s.port = plainPort;
    }
    s.user = m_dovecot->userName();
    s.secret = m_dovecot->password();
    s.caCertificates = {m_dovecot->certificate()};
    s.connectTimeoutMs = 10000;
    s.handshakeTimeoutMs = 10000;
    s.commandTimeoutMs = 30000;
    return s;
}

FetchResult TestDovecotSync::fetch(const RetentionPolicy &policy, const QDateTime &now,
                                   const std::function<void(FetchSettings &)> &adjust,
                                   quint16 plainPort,
                                   const std::function<void(FetchJob &)> &whileRunning)
{
    pop3::Session session(sessionSettings(plainPort));
    FetchSettings settings;
    settings.accountId = m_account;
    settings.policy = policy;
    settings.now = [now] { return now; };
    if (adjust)
        adjust(settings);
    FetchJob job(&session, m_archive.get(), settings);
    if (whileRunning)
        whileRunning(job);
    FetchResult result;
    bool finished = false;
    QEventLoop loop;
    connect(&job, &FetchJob::finished, &loop, [&](const FetchResult &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    job.start();
    if (!finished) {
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!finished)
        result.message = QStringLiteral("the test gave up waiting");
    return result;
}

FetchResult TestDovecotSync::fetchRest(qint64 messageId, bool *gone)
{
    pop3::Session session(sessionSettings());
    FetchRestJob job(&session, m_archive.get(), messageId);
    QEventLoop loop;
    connect(&job, &FetchRestJob::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    job.start();
    if (!job.isFinished())
        loop.exec();
    if (gone)
        *gone = job.messageGone();
    return job.result();
}

void TestDovecotSync::emptyServer(const QDateTime &now)
{
    // Partial copies are never deleted by download or age, only once deleted here.
    QVERIFY(m_archive->deletePermanently(must(m_archive->messageIds())).ok());
    RetentionPolicy policy;
    policy.deleteAfterDownload = true;
    policy.untilDeletedHere = true;
    const FetchResult r = fetch(policy, now);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(serverMessageCount(), 0);
}

QList<QByteArray> TestDovecotSync::addMessages(int count)
{
    QList<QByteArray> expected;
    for (const QByteArray &raw : CorpusMaildir::syntheticMessages(count, m_generated + 1)) {
        if (!m_dovecot->addMessage(raw))
            qFatal("cannot add a message: %s", qPrintable(m_dovecot->mailbox().errorString()));
        expected << CorpusMaildir::expectedRetrContent(raw);
    }
    m_generated += count;
    return expected;
}

void TestDovecotSync::verifyArchiveHolds(QList<QByteArray> expected)
{
    QList<QByteArray> stored;
    for (qint64 id : must(m_archive->messageIds()))
        stored << must(m_archive->rawMessage(id));
    std::sort(stored.begin(), stored.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(stored.size(), expected.size());
    QVERIFY(stored == expected);
}

int TestDovecotSync::serverMessageCount()
{
    // Dovecot removes a message's file when it applies a DELE (on QUIT).
    int count = 0;
    for (const char *sub : {"cur", "new"})
        count += int(
            QDir(m_dovecot->maildir() + u'/' + QLatin1String(sub)).entryList(QDir::Files).size());
    return count;
}

void TestDovecotSync::deleteAfterDownload()
{
    RetentionPolicy policy;
    policy.deleteAfterDownload = true;
    const QList<QByteArray> expected = addMessages(60);

    const FetchResult first = fetch(policy, T0);
    QVERIFY2(first.ok(), qPrintable(first.message + first.errors.join(u'\n')));
    QCOMPARE(first.newMessages(), 60);
    QCOMPARE(first.deletedOnServer, 60);
    QCOMPARE(first.leftOnServer, 0);
    QCOMPARE(serverMessageCount(), 0);
    verifyArchiveHolds(expected);
    QVERIFY(must(m_archive->ledger(m_account)).isEmpty());

    const FetchResult second = fetch(policy, T0.addSecs(60));
    QVERIFY2(second.ok(), qPrintable(second.message));
    QCOMPARE(second.newMessages(), 0);
    QCOMPARE(second.deletedOnServer, 0);
    QCOMPARE(second.leftOnServer, 0);
    verifyArchiveHolds(expected);
    QVERIFY(must(m_archive->checkIntegrity()).isEmpty());
}

void TestDovecotSync::leaveForDaysAgesOut()
{
    RetentionPolicy policy;
    policy.maxDays = 3;
    const QList<QByteArray> early = addMessages(20);

    FetchResult r = fetch(policy, T0);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.newMessages(), 20);
    QCOMPARE(r.deletedOnServer, 0);
    QCOMPARE(r.leftOnServer, 20);

    // Two days on: nothing is old enough; five more arrive.
    const QList<QByteArray> late = addMessages(5);
    r = fetch(policy, T0.addDays(2));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.newMessages(), 5);
    QCOMPARE(r.deletedOnServer, 0);
    QCOMPARE(r.leftOnServer, 25);

    // A second short of three days: still there.
    r = fetch(policy, T0.addDays(3).addSecs(-1));
    QCOMPARE(r.deletedOnServer, 0);
    QCOMPARE(serverMessageCount(), 25);

    // Exactly three days after the first were stored: they go, the later five stay.
    r = fetch(policy, T0.addDays(3));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.newMessages(), 0);
    QCOMPARE(r.deletedOnServer, 20);
    QCOMPARE(r.leftOnServer, 5);
    QCOMPARE(serverMessageCount(), 5);
    QCOMPARE(must(m_archive->ledger(m_account)).size(), 5);

    r = fetch(policy, T0.addDays(5));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.newMessages(), 0);
    QCOMPARE(r.deletedOnServer, 5);
    QCOMPARE(serverMessageCount(), 0);
    QVERIFY(must(m_archive->ledger(m_account)).isEmpty());
    verifyArchiveHolds(early + late);
}

void TestDovecotSync::leaveUntilDeletedHere()
{
    RetentionPolicy policy;
    policy.untilDeletedHere = true;
    const QList<QByteArray> expected = addMessages(4);
    FetchResult r = fetch(policy, T0);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.newMessages(), 4);
    QCOMPARE(r.deletedOnServer, 0);

    // One permanently deleted here: the next session deletes it on the server, and only it.
    const QList<qint64> ids = must(m_archive->messageIds());
    QVERIFY(m_archive->deletePermanently({ids.first()}).ok());
    r = fetch(policy, T0.addDays(400));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.newMessages(), 0);
    QCOMPARE(r.deletedOnServer, 1);
    QCOMPARE(r.leftOnServer, 3);
    QCOMPARE(serverMessageCount(), 3);

    // Tidy up for the next test: delete what is left.
    RetentionPolicy cleanUp;
    cleanUp.deleteAfterDownload = true;
    r = fetch(cleanUp, T0.addDays(401));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.deletedOnServer, 3);
    QCOMPARE(serverMessageCount(), 0);
    QCOMPARE(must(m_archive->messageIds()).size(), 3);
}

void TestDovecotSync::keepAtMostMessages()
{
    RetentionPolicy policy;
    policy.maxMessages = 3;
    const QList<QByteArray> first = addMessages(5);
    FetchResult r = fetch(policy, T0);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.newMessages(), 5);
    QCOMPARE(r.deletedOnServer, 2);
    QCOMPARE(r.leftOnServer, 3);
    QCOMPARE(serverMessageCount(), 3);

    // Two newer ones: the two oldest of the three left go.
    const QList<QByteArray> second = addMessages(2);
    r = fetch(policy, T0.addSecs(3600));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.newMessages(), 2);
    QCOMPARE(r.deletedOnServer, 2);
    QCOMPARE(r.leftOnServer, 3);
    QCOMPARE(serverMessageCount(), 3);
    const QList<store::LedgerEntry> ledger = must(m_archive->ledger(m_account));
    QCOMPARE(ledger.size(), 3);
    QCOMPARE(ledger.first().firstSeen, T0); // the youngest of the first five
    verifyArchiveHolds(first + second);

    RetentionPolicy cleanUp;
    cleanUp.deleteAfterDownload = true;
    r = fetch(cleanUp, T0.addDays(1));
    QCOMPARE(r.deletedOnServer, 3);
    QCOMPARE(serverMessageCount(), 0);
}

void TestDovecotSync::keepAtMostBytes()
{
    const QList<QByteArray> first = addMessages(6);
    qint64 all = 0;
    for (const QByteArray &m : first)
        all += m.size();
    // Room for about half: the oldest go until the rest fits. Dovecot's LIST sizes are the
    // sizes with CRLF line ends, which is what expectedRetrContent gives.
    RetentionPolicy policy;
    policy.maxBytes = all / 2;
    FetchResult r = fetch(policy, T0);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.newMessages(), 6);
    qint64 left = 0;
    int kept = 0;
    for (int i = int(first.size()) - 1; i >= 0 && left + first[i].size() <= all / 2; --i) {
        left += first[i].size();
        ++kept;
    }
    QCOMPARE(r.leftOnServer, kept);
    QCOMPARE(r.deletedOnServer, 6 - kept);
    QCOMPARE(serverMessageCount(), kept);
    verifyArchiveHolds(first);
    emptyServer(T0.addDays(1));
}

void TestDovecotSync::daysAndDeletedHereCombined()
{
    RetentionPolicy policy;
    policy.maxDays = 10;
    policy.untilDeletedHere = true;
    const QList<QByteArray> expected = addMessages(4);
    FetchResult r = fetch(policy, T0);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.deletedOnServer, 0);
    // One deleted here on day 1 goes on day 1; the rest wait for their ten days.
    QVERIFY(m_archive->deletePermanently({must(m_archive->messageIds()).first()}).ok());
    r = fetch(policy, T0.addDays(1));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.deletedOnServer, 1);
    QCOMPARE(serverMessageCount(), 3);
    r = fetch(policy, T0.addDays(10));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.deletedOnServer, 3);
    QCOMPARE(serverMessageCount(), 0);
    QCOMPARE(must(m_archive->messageIds()).size(), 3);
}

void TestDovecotSync::headersOnlyThenTheRest()
{
    const QList<QByteArray> expected = addMessages(5);
    // Delete after download, headers only: nothing may be deleted, the bodies are not here.
    RetentionPolicy dad;
    dad.deleteAfterDownload = true;
    FetchResult r = fetch(dad, T0, [](FetchSettings &s) { s.headersOnly = true; });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.newMessages(), 5);
    QCOMPARE(r.partialMessages, 5);
    QCOMPARE(r.deletedOnServer, 0);
    QCOMPARE(serverMessageCount(), 5);
    QHash<QByteArray, qint64> idByHeader;
    for (qint64 id : must(m_archive->messageIds())) {
        QVERIFY(must(m_archive->message(id)).partial);
        idByHeader.insert(must(m_archive->rawMessage(id)), id);
    }
    // What TOP n 0 gives is the header and the blank line, as RETR would give it.
    QList<qint64> ids;
    for (const QByteArray &full : expected) {
        const QByteArray header = full.left(full.indexOf("\r\n\r\n") + 4);
        QVERIFY2(idByHeader.contains(header), header.constData());
        ids << idByHeader.value(header);
    }
    // Filed and flagged first; then the rest of two of them.
    const qint64 kept = must(m_archive->createFolder(m_account, QStringLiteral("Kept")));
    QVERIFY(m_archive->move({ids[1]}, kept).ok());
    QVERIFY(m_archive->setFlags({ids[1]}, store::MessageFlag::Read).ok());
    for (int i : {1, 3}) {
        bool gone = true;
        const FetchResult rest = fetchRest(ids[i], &gone);
        QVERIFY2(rest.ok(), qPrintable(rest.message));
        QVERIFY(!gone);
        QCOMPARE(must(m_archive->rawMessage(ids[i])), expected[i]);
        QVERIFY(!must(m_archive->message(ids[i])).partial);
    }
    QCOMPARE(must(m_archive->message(ids[1])).folderId, kept);
    QVERIFY(must(m_archive->message(ids[1])).flags.testFlag(store::MessageFlag::Read));
    QCOMPARE(must(m_archive->messageIds()).size(), 5);

    // Complete now, so delete-after-download takes those two, and only them.
    r = fetch(dad, T0.addSecs(60), [](FetchSettings &s) { s.headersOnly = true; });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.newMessages(), 0);
    QCOMPARE(r.deletedOnServer, 2);
    QCOMPARE(serverMessageCount(), 3);
    // Another client takes message 0 off the server: its rest can no longer come.
    const QByteArray firstId
        = expected[0].mid(expected[0].indexOf("Message-ID: "), 40).split('\r').first();
    int removed = 0;
    for (const char *sub : {"cur", "new"}) {
        QDir dir(m_dovecot->maildir() + u'/' + QLatin1String(sub));
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            if (file.readAll().contains(firstId)) {
                file.close();
                QVERIFY(dir.remove(name));
                ++removed;
            }
        }
    }
    QCOMPARE(removed, 1);
    bool gone = false;
    const FetchResult late = fetchRest(ids[0], &gone);
    QCOMPARE(late.outcome, FetchResult::Outcome::Failed);
    QVERIFY(gone);
    QVERIFY2(late.message.contains(QStringLiteral("no longer on the server")),
             qPrintable(late.message));
    QVERIFY(must(m_archive->message(ids[0])).partial);
    emptyServer(T0.addSecs(180));
    QVERIFY(must(m_archive->checkIntegrity()).isEmpty());
}

void TestDovecotSync::sizeLimit()
{
    const QList<QByteArray> expected = addMessages(9);
    QList<qint64> sizes;
    for (const QByteArray &m : expected)
        sizes << m.size();
    std::sort(sizes.begin(), sizes.end());
    const qint64 limit = sizes[4];
    int over = 0;
    for (qint64 size : std::as_const(sizes))
        over += size > limit ? 1 : 0;
    QVERIFY(over > 0 && over < 9);
    RetentionPolicy dad;
    dad.deleteAfterDownload = true;
    const FetchResult r = fetch(dad, T0, [limit](FetchSettings &s) { s.maxMessageBytes = limit; });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.newMessages(), 9);
    QCOMPARE(r.partialMessages, over);
    QCOMPARE(r.deletedOnServer, 9 - over);
    QCOMPARE(serverMessageCount(), over);
    for (qint64 id : must(m_archive->messageIds())) {
        const store::MessageRow row = must(m_archive->message(id));
        const QByteArray raw = must(m_archive->rawMessage(id));
        QVERIFY(row.partial ? !expected.contains(raw) : expected.contains(raw));
    }
    emptyServer(T0.addSecs(60));
}

void TestDovecotSync::markAllAsDownloaded()
{
    addMessages(4);
    RetentionPolicy dad;
    dad.deleteAfterDownload = true;
    FetchResult r = fetch(dad, T0, [](FetchSettings &s) { s.markAllAsDownloaded = true; });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.markedElsewhere, 4);
    QCOMPARE(r.newMessages(), 0);
    QCOMPARE(r.deletedOnServer, 0);
    const QList<QByteArray> later = addMessages(2);
    r = fetch(dad, T0.addDays(30));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.newMessages(), 2);
    QCOMPARE(r.deletedOnServer, 2);
    QCOMPARE(serverMessageCount(), 4); // the marked ones: never deleted by Satchel
    verifyArchiveHolds(later);
    // Tidy up by hand; Satchel will not.
    for (const char *sub : {"cur", "new"}) {
        QDir dir(m_dovecot->maildir() + u'/' + QLatin1String(sub));
        for (const QString &name : dir.entryList(QDir::Files))
            QVERIFY(dir.remove(name));
    }
}

void TestDovecotSync::keepAliveThroughIdleTimeout()
{
    // Dovecot behind a proxy that hangs up on 600 ms of silence (as an impatient server's
    // autologout), and 150 ms of local work after each of 8 messages: the NOOPs keep it alive.
    const QList<QByteArray> expected = addMessages(8);
    const satchel::test::FaultProxyThread proxy(
        QHostAddress::LocalHost, m_dovecot->pop3Port(),
        [](satchel::test::FaultProxy &p) { p.setIdleTimeout(600); });
    QVERIFY(proxy.isListening());
    RetentionPolicy dad;
    dad.deleteAfterDownload = true;
    int slowed = 0;
    const FetchResult r = fetch(
        dad, T0, [](FetchSettings &s) { s.keepAliveMs = 100; }, proxy.port(),
        [&slowed](FetchJob &job) {
            connect(&job, &FetchJob::progress, &job, [&slowed](const FetchProgress &p) {
                if (p.messagesDone > slowed) {
                    slowed = p.messagesDone;
                    QThread::msleep(150);
                }
            });
        });
    QVERIFY2(r.ok(), qPrintable(r.message + r.errors.join(u'\n')));
    QCOMPARE(proxy.proxy().idleDrops(), 0);
    QCOMPARE(slowed, 8);
    QCOMPARE(r.deletedOnServer, 8);
    verifyArchiveHolds(expected);
}

QTEST_GUILESS_MAIN(TestDovecotSync)
#include "tst_dovecotsync.moc"

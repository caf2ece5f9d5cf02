// The fetch job against a real server: Debian's Dovecot, started privately by the test.
#include "DovecotFixture.h"
#include "Must.h"
#include "pop3/Session.h"
#include "store/Archive.h"
#include "sync/FetchJob.h"

#include <QDir>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTest>
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

private:
    FetchResult fetch(const RetentionPolicy &policy, const QDateTime &now);
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

FetchResult TestDovecotSync::fetch(const RetentionPolicy &policy, const QDateTime &now)
{
    pop3::SessionSettings s;
    s.host = QStringLiteral("localhost");
    s.security = pop3::Security::ImplicitTls;
    s.port = m_dovecot->pop3sPort();
    s.user = m_dovecot->userName();
    s.secret = m_dovecot->password();
    s.caCertificates = {m_dovecot->certificate()};
    s.connectTimeoutMs = 10000;
    s.handshakeTimeoutMs = 10000;
    s.commandTimeoutMs = 30000;
    pop3::Session session(s);
    FetchSettings settings;
    settings.accountId = m_account;
    settings.policy = policy;
    settings.now = [now] { return now; };
    FetchJob job(&session, m_archive.get(), settings);
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
    QCOMPARE(first.newMessages, 60);
    QCOMPARE(first.deletedOnServer, 60);
    QCOMPARE(first.leftOnServer, 0);
    QCOMPARE(serverMessageCount(), 0);
    verifyArchiveHolds(expected);
    QVERIFY(must(m_archive->ledger(m_account)).isEmpty());

    const FetchResult second = fetch(policy, T0.addSecs(60));
    QVERIFY2(second.ok(), qPrintable(second.message));
    QCOMPARE(second.newMessages, 0);
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
    QCOMPARE(r.newMessages, 20);
    QCOMPARE(r.deletedOnServer, 0);
    QCOMPARE(r.leftOnServer, 20);

    // Two days on: nothing is old enough; five more arrive.
    const QList<QByteArray> late = addMessages(5);
    r = fetch(policy, T0.addDays(2));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.newMessages, 5);
    QCOMPARE(r.deletedOnServer, 0);
    QCOMPARE(r.leftOnServer, 25);

    // A second short of three days: still there.
    r = fetch(policy, T0.addDays(3).addSecs(-1));
    QCOMPARE(r.deletedOnServer, 0);
    QCOMPARE(serverMessageCount(), 25);

    // Exactly three days after the first were stored: they go, the later five stay.
    r = fetch(policy, T0.addDays(3));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.newMessages, 0);
    QCOMPARE(r.deletedOnServer, 20);
    QCOMPARE(r.leftOnServer, 5);
    QCOMPARE(serverMessageCount(), 5);
    QCOMPARE(must(m_archive->ledger(m_account)).size(), 5);

    r = fetch(policy, T0.addDays(5));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.newMessages, 0);
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
    QCOMPARE(r.newMessages, 4);
    QCOMPARE(r.deletedOnServer, 0);

    // One permanently deleted here: the next session deletes it on the server, and only it.
    const QList<qint64> ids = must(m_archive->messageIds());
    QVERIFY(m_archive->deletePermanently({ids.first()}).ok());
    r = fetch(policy, T0.addDays(400));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.newMessages, 0);
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
    QCOMPARE(r.newMessages, 5);
    QCOMPARE(r.deletedOnServer, 2);
    QCOMPARE(r.leftOnServer, 3);
    QCOMPARE(serverMessageCount(), 3);

    // Two newer ones: the two oldest of the three left go.
    const QList<QByteArray> second = addMessages(2);
    r = fetch(policy, T0.addSecs(3600));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.newMessages, 2);
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

QTEST_GUILESS_MAIN(TestDovecotSync)
#include "tst_dovecotsync.moc"

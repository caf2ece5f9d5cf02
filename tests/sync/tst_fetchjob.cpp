// The fetch job against the scripted fake server: a dropped link at every step, then a clean
// session, ends with every message stored exactly once and nothing deleted that was not stored.
#include "FakePop3Server.h"
#include "Must.h"
#include "pop3/Session.h"
#include "store/Archive.h"
#include "sync/FetchJob.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace satchel;
using namespace satchel::sync;
using satchel::test::FakePop3Server;
using satchel::test::must;

namespace {

const QByteArray Password = "Pa55-w0rd!";

QByteArray messageText(int n)
{
    QByteArray body = "From: sender" + QByteArray::number(n)
        + "@example.org\r\n"
          "To: alice@example.org\r\n"
          "Subject: message "
        + QByteArray::number(n)
        + "\r\n"
          "Message-ID: <m"
        + QByteArray::number(n) + "@example.org>\r\n\r\n";
    for (int line = 0; line < 20; ++line)
        body += "Line " + QByteArray::number(line) + " of message " + QByteArray::number(n)
            + (line % 5 == 0 ? "\r\n.dot-stuffed\r\n" : "\r\n");
    return body;
}

QString uidlOf(int n)
{
    return QStringLiteral("uidl-%1").arg(n);
}

QStringList login()
{
    const QString capa = QStringLiteral("S: USER|S: UIDL|S: TOP|S: PIPELINING|S: RESP-CODES");
    QStringList lines {QStringLiteral("S: +OK fake POP3 ready"), QStringLiteral("C: CAPA"),
                       QStringLiteral("S: +OK")};
    lines += capa.split(u'|');
    lines << QStringLiteral("S: .") << QStringLiteral("C: USER alice") << QStringLiteral("S: +OK")
          << QStringLiteral("C: PASS ") + QString::fromLatin1(Password)
          << QStringLiteral("S: +OK logged in") << QStringLiteral("C: CAPA")
          << QStringLiteral("S: +OK");
    lines += capa.split(u'|');
    lines << QStringLiteral("S: .");
    return lines;
}

// UIDL and LIST for the messages `present` (by their own number n, listed as 1, 2, ...);
// `uidls` overrides the UIDL of each position.
QStringList listing(const QList<int> &present, const QStringList &uidls = {})
{
    QStringList lines {QStringLiteral("C: UIDL"), QStringLiteral("S: +OK")};
    for (int i = 0; i < present.size(); ++i)
        lines << QStringLiteral("S: %1 %2")
                     .arg(i + 1)
                     .arg(uidls.isEmpty() ? uidlOf(present[i]) : uidls[i]);
    lines << QStringLiteral("S: .") << QStringLiteral("C: LIST") << QStringLiteral("S: +OK");
    for (int i = 0; i < present.size(); ++i)
        lines << QStringLiteral("S: %1 %2").arg(i + 1).arg(messageText(present[i]).size());
    lines << QStringLiteral("S: .");
    return lines;
}

QStringList noUidlListing(const QList<int> &present)
{
    QStringList lines {QStringLiteral("C: UIDL"), QStringLiteral("S: -ERR no UIDL here"),
                       QStringLiteral("C: LIST"), QStringLiteral("S: +OK")};
    for (int i = 0; i < present.size(); ++i)
        lines << QStringLiteral("S: %1 %2").arg(i + 1).arg(messageText(present[i]).size());
    lines << QStringLiteral("S: .");
    return lines;
}

QStringList retr(int position, int n)
{
    const QByteArray raw = messageText(n);
    return QStringList {QStringLiteral("C: RETR %1").arg(position),
                        QStringLiteral("S: +OK %1 octets").arg(raw.size())}
    + FakePop3Server::multiline(raw);
}

// Half the message, then the link drops.
QStringList retrDropped(int position, int n)
{
    const QByteArray wire = FakePop3Server::dotStuffed(messageText(n));
    return {QStringLiteral("C: RETR %1").arg(position), QStringLiteral("S: +OK"),
            FakePop3Server::rawStep(wire.left(wire.size() / 2)), QStringLiteral("DROP")};
}

QStringList dele(int position)
{
    return {QStringLiteral("C: DELE %1").arg(position), QStringLiteral("S-CALL: dele")};
}

QStringList quit()
{
    return {QStringLiteral("C: QUIT"), QStringLiteral("S: +OK bye")};
}

pop3::SessionSettings settingsFor(quint16 port)
{
    pop3::SessionSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = pop3::Security::None;
    s.allowCleartextPassword = true;
    s.user = QStringLiteral("alice");
    s.secret = QString::fromLatin1(Password);
    s.connectTimeoutMs = 5000;
    s.handshakeTimeoutMs = 5000;
    s.commandTimeoutMs = 5000;
    return s;
}

struct Run
{
    FetchResult result;
    QList<FetchProgress> progress;
    bool finished = false;
};

// One fetch to its end, waited for with an event loop (not qWait polling).
Run fetch(quint16 port, store::Archive &archive, qint64 accountId, const RetentionPolicy &policy,
          const std::function<void(FetchJob &)> &whileRunning = {})
{
    pop3::Session session(settingsFor(port));
    FetchSettings settings;
    settings.accountId = accountId;
    settings.policy = policy;
    FetchJob job(&session, &archive, settings);
    Run run;
    QEventLoop loop;
    QObject::connect(&job, &FetchJob::progress, &loop,
                     [&](const FetchProgress &p) { run.progress << p; });
    QObject::connect(&job, &FetchJob::finished, &loop, [&](const FetchResult &r) {
        run.result = r;
        run.finished = true;
        loop.quit();
    });
    if (whileRunning)
        whileRunning(job);
    job.start();
    if (!run.finished) {
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return run;
}

RetentionPolicy deleteAfterDownload()
{
    RetentionPolicy p;
    p.deleteAfterDownload = true;
    return p;
}

} // namespace

class TestFetchJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dropThenRecover_data();
    void dropThenRecover();
    void leaveOnServerDropDuringRetr();
    void duplicatedUidlDoesNotAbort();
    void noUidlDeleteAfterDownload();
    void noUidlRefusesLeaveOnServer();
    void expireZeroWarns();
    void retrErrorIsSkippedAndRetried();
    void cancelLosesAndDuplicatesNothing();
    void noPruneAfterBrokenListing();
    void deleteSentIsSentAgainAfterPolicyChange();
    void sessionDestroyedMidFetch();
    void outcomeKinds_data();
    void outcomeKinds();

private:
    // Every message n in `expected` is in the archive exactly once, byte for byte, and nothing
    // else.
    void verifyStoredExactlyOnce(const QList<int> &expected);
    // Registers the "dele" responder: the message at that position must be committed and marked
    // delete_sent when its DELE arrives.
    void checkDeletes(FakePop3Server &server, const QList<int> &present);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Archive> m_archive;
    qint64 m_account = 0;
    QStringList m_badDeletes;
    QList<int> m_deleted; // message n of every DELE that got +OK
};

void TestFetchJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_archive = must(store::Archive::open(m_dir->filePath(QStringLiteral("archive.sqlite"))));
    m_account = must(m_archive->createAccount(QStringLiteral("fake")));
    m_badDeletes.clear();
    m_deleted.clear();
}

void TestFetchJob::cleanup()
{
    m_archive.reset();
    m_dir.reset();
}

void TestFetchJob::verifyStoredExactlyOnce(const QList<int> &expected)
{
    QList<QByteArray> stored;
    for (qint64 id : must(m_archive->messageIds()))
        stored << must(m_archive->rawMessage(id));
    QList<QByteArray> wanted;
    for (int n : expected)
        wanted << messageText(n);
    std::sort(stored.begin(), stored.end());
    std::sort(wanted.begin(), wanted.end());
    QCOMPARE(stored, wanted);
    QVERIFY(must(m_archive->checkIntegrity()).isEmpty());
}

void TestFetchJob::checkDeletes(FakePop3Server &server, const QList<int> &present)
{
    server.setResponder(QStringLiteral("dele"), [this, present](const QList<QByteArray> &received) {
        const int position = received.last().mid(5).toInt();
        const int n = present.value(position - 1);
        const auto entry = m_archive->ledgerEntry(m_account, uidlOf(n));
        bool stored = false;
        if (entry.ok() && entry->has_value() && (*entry)->messageId) {
            const auto raw = m_archive->rawMessage(*(*entry)->messageId);
            stored = raw.ok() && *raw == messageText(n)
                && (*entry)->state == store::LedgerState::DeleteSent;
        }
        if (!stored)
            m_badDeletes << QStringLiteral("DELE %1 (message %2) before it was stored and marked")
                                .arg(position)
                                .arg(n);
        m_deleted << n;
        return QByteArray("+OK deleted\r\n");
    });
}

void TestFetchJob::dropThenRecover_data()
{
    QTest::addColumn<QString>("drop");
    for (const char *row :
         {"during RETR 1", "during RETR 2", "during RETR 3", "after the last RETR", "after DELE 1",
          "after DELE 2", "after DELE 3", "before the QUIT reply, deletes applied",
          "before the QUIT reply, deletes not applied", "no drop"})
        QTest::newRow(row) << QString::fromLatin1(row);
}

void TestFetchJob::dropThenRecover()
{
    QFETCH(QString, drop);
    const QList<int> all {1, 2, 3};

    FakePop3Server server;
    QVERIFY(server.listen());
    checkDeletes(server, all);

    QStringList first = login() + listing(all);
    int storedFirst = 3;
    bool dropped = false;
    for (int n : all) {
        if (drop == QStringLiteral("during RETR %1").arg(n)) {
            first += retrDropped(n, n);
            storedFirst = n - 1;
            dropped = true;
            break;
        }
        first += retr(n, n);
    }
    if (!dropped && drop == u"after the last RETR") {
        first << QStringLiteral("DROP");
        dropped = true;
    }
    for (int n : all) {
        if (dropped)
            break;
        first += dele(n);
        if (drop == QStringLiteral("after DELE %1").arg(n)) {
            first << QStringLiteral("DROP");
            dropped = true;
        }
    }
    if (!dropped && drop.startsWith(u"before the QUIT reply")) {
        first << QStringLiteral("C: QUIT") << QStringLiteral("DROP");
        dropped = true;
    }
    if (!dropped)
        first += quit();
    server.addConnectionScript(first);

    // The second session: a real server applies the deletes on QUIT before it answers, so the
    // dropped reply may or may not have been preceded by the update.
    const QList<int> present
        = drop == u"before the QUIT reply, deletes applied" || !dropped ? QList<int> {} : all;
    QStringList second = login() + listing(present);
    for (int i = 0; i < present.size(); ++i) {
        if (present[i] > storedFirst)
            second += retr(i + 1, present[i]);
    }
    for (int i = 0; i < present.size(); ++i)
        second += dele(i + 1);
    second += quit();
    server.addConnectionScript(second);

    const Run one = fetch(server.port(), *m_archive, m_account, deleteAfterDownload());
    QVERIFY(one.finished);
    if (dropped) {
        QCOMPARE(one.result.outcome, FetchResult::Outcome::TryLater);
        QCOMPARE(one.result.deletedOnServer, 0);
    } else {
        QCOMPARE(one.result.outcome, FetchResult::Outcome::Success);
        QCOMPARE(one.result.deletedOnServer, 3);
    }
    QCOMPARE(one.result.newMessages, storedFirst);
    verifyStoredExactlyOnce(all.mid(0, storedFirst));

    const Run two = fetch(server.port(), *m_archive, m_account, deleteAfterDownload());
    QVERIFY(two.finished);
    QCOMPARE(two.result.outcome, FetchResult::Outcome::Success);
    QVERIFY2(two.result.errors.isEmpty(), qPrintable(two.result.errors.join(u'\n')));
    QCOMPARE(two.result.newMessages, present.isEmpty() ? 0 : 3 - storedFirst);
    QCOMPARE(two.result.deletedOnServer, int(present.size()));
    QCOMPARE(two.result.leftOnServer, 0);
    SATCHEL_VERIFY_CONVERSATION(server);

    verifyStoredExactlyOnce(all);
    QVERIFY2(m_badDeletes.isEmpty(), qPrintable(m_badDeletes.join(u'\n')));
    // Every row went: forgotten after QUIT +OK, or pruned when the server no longer listed it.
    QVERIFY(must(m_archive->ledger(m_account)).isEmpty());
}

void TestFetchJob::leaveOnServerDropDuringRetr()
{
    const QList<int> all {1, 2, 3};
    FakePop3Server server;
    QVERIFY(server.listen());
    checkDeletes(server, all);
    server.addConnectionScript(login() + listing(all) + retr(1, 1) + retrDropped(2, 2));
    server.addConnectionScript(login() + listing(all) + retr(2, 2) + retr(3, 3) + quit());
    server.addConnectionScript(login() + listing(all) + quit()); // nothing new, nothing deleted

    const RetentionPolicy forever;
    QCOMPARE(fetch(server.port(), *m_archive, m_account, forever).result.outcome,
             FetchResult::Outcome::TryLater);
    const Run two = fetch(server.port(), *m_archive, m_account, forever);
    QCOMPARE(two.result.outcome, FetchResult::Outcome::Success);
    QCOMPARE(two.result.newMessages, 2);
    QCOMPARE(two.result.leftOnServer, 3);
    QVERIFY(!two.progress.isEmpty());
    QCOMPARE(two.progress.last().messagesDone, 2);
    QCOMPARE(two.progress.last().messagesTotal, 2);
    QCOMPARE(two.progress.last().bytesDone, two.progress.last().bytesTotal);
    QCOMPARE(two.progress.last().bytesTotal, messageText(2).size() + messageText(3).size());
    const Run three = fetch(server.port(), *m_archive, m_account, forever);
    QCOMPARE(three.result.outcome, FetchResult::Outcome::Success);
    QCOMPARE(three.result.newMessages, 0);
    SATCHEL_VERIFY_CONVERSATION(server);
    verifyStoredExactlyOnce(all);
    QCOMPARE(must(m_archive->ledger(m_account)).size(), 3);
    QVERIFY(m_deleted.isEmpty());
}

void TestFetchJob::duplicatedUidlDoesNotAbort()
{
    // Messages 1 and 3 share a UIDL: the first is fetched once, neither is deleted.
    const QList<int> all {1, 2, 3};
    FakePop3Server server;
    QVERIFY(server.listen());
    checkDeletes(server, {1, 2, 3});
    server.addConnectionScript(login() + listing(all, {uidlOf(1), uidlOf(2), uidlOf(1)})
                               + retr(1, 1) + retr(2, 2) + dele(2) + quit());
    const Run run = fetch(server.port(), *m_archive, m_account, deleteAfterDownload());
    QCOMPARE(run.result.outcome, FetchResult::Outcome::Success);
    QCOMPARE(run.result.newMessages, 2);
    QCOMPARE(run.result.deletedOnServer, 1);
    QCOMPARE(run.result.leftOnServer, 2);
    QCOMPARE(run.result.warnings.size(), 1);
    SATCHEL_VERIFY_CONVERSATION(server);
    verifyStoredExactlyOnce({1, 2});
    QVERIFY2(m_badDeletes.isEmpty(), qPrintable(m_badDeletes.join(u'\n')));
}

void TestFetchJob::noUidlDeleteAfterDownload()
{
    // The reply to QUIT is lost after the server applied nothing: the next session downloads the
    // messages again, finds them by their bytes and deletes them without storing them twice.
    const QList<int> all {1, 2};
    FakePop3Server server;
    QVERIFY(server.listen());
    server.setResponder(QStringLiteral("dele"),
                        [](const QList<QByteArray> &) { return QByteArray("+OK\r\n"); });
    server.addConnectionScript(login() + noUidlListing(all) + retr(1, 1) + retr(2, 2) + dele(1)
                               + dele(2)
                               + QStringList {QStringLiteral("C: QUIT"), QStringLiteral("DROP")});
    server.addConnectionScript(login() + noUidlListing(all) + retr(1, 1) + retr(2, 2) + dele(1)
                               + dele(2) + quit());
    const Run one = fetch(server.port(), *m_archive, m_account, deleteAfterDownload());
    QCOMPARE(one.result.outcome, FetchResult::Outcome::TryLater);
    QCOMPARE(one.result.newMessages, 2);
    const Run two = fetch(server.port(), *m_archive, m_account, deleteAfterDownload());
    QCOMPARE(two.result.outcome, FetchResult::Outcome::Success);
    QCOMPARE(two.result.newMessages, 0);
    QCOMPARE(two.result.deletedOnServer, 2);
    SATCHEL_VERIFY_CONVERSATION(server);
    verifyStoredExactlyOnce(all);
}

void TestFetchJob::noUidlRefusesLeaveOnServer()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    server.addConnectionScript(login() + noUidlListing({1, 2}) + quit());
    RetentionPolicy days;
    days.maxDays = 7;
    const Run run = fetch(server.port(), *m_archive, m_account, days);
    QCOMPARE(run.result.outcome, FetchResult::Outcome::Refused);
    QVERIFY(run.result.message.contains(QStringLiteral("UIDL")));
    QCOMPARE(run.result.newMessages, 0);
    SATCHEL_VERIFY_CONVERSATION(server);
    verifyStoredExactlyOnce({});
}

void TestFetchJob::expireZeroWarns()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    QStringList script = login();
    // EXPIRE 0 in the CAPA after login, as Gmail sends it.
    script.insert(script.size() - 1, QStringLiteral("S: EXPIRE 0"));
    server.addConnectionScript(script + listing({1}) + retr(1, 1) + quit());
    RetentionPolicy days;
    days.maxDays = 7;
    const Run run = fetch(server.port(), *m_archive, m_account, days);
    QCOMPARE(run.result.outcome, FetchResult::Outcome::Success);
    QCOMPARE(run.result.warnings.size(), 1);
    QVERIFY(run.result.warnings.first().contains(QStringLiteral("EXPIRE 0")));
    SATCHEL_VERIFY_CONVERSATION(server);
}

void TestFetchJob::retrErrorIsSkippedAndRetried()
{
    const QList<int> all {1, 2};
    FakePop3Server server;
    QVERIFY(server.listen());
    checkDeletes(server, all);
    server.addConnectionScript(
        login() + listing(all) + retr(1, 1)
        + QStringList {QStringLiteral("C: RETR 2"), QStringLiteral("S: -ERR [SYS/TEMP] try later")}
        + dele(1) + quit());
    server.addConnectionScript(login() + listing({2}) + retr(1, 2) + dele(1) + quit());
    const Run one = fetch(server.port(), *m_archive, m_account, deleteAfterDownload());
    QCOMPARE(one.result.outcome, FetchResult::Outcome::Success);
    QCOMPARE(one.result.errors.size(), 1);
    QCOMPARE(one.result.deletedOnServer, 1);
    checkDeletes(server, {2});
    const Run two = fetch(server.port(), *m_archive, m_account, deleteAfterDownload());
    QVERIFY(two.result.ok());
    QCOMPARE(two.result.newMessages, 1);
    SATCHEL_VERIFY_CONVERSATION(server);
    verifyStoredExactlyOnce(all);
    QVERIFY2(m_badDeletes.isEmpty(), qPrintable(m_badDeletes.join(u'\n')));
}

void TestFetchJob::cancelLosesAndDuplicatesNothing()
{
    // Cancelled as soon as message 1 is stored, while 2 and 3 are on their way.
    const QList<int> all {1, 2, 3};
    FakePop3Server server;
    QVERIFY(server.listen());
    checkDeletes(server, all);
    server.addConnectionScript(login() + listing(all) + retr(1, 1)
                               + QStringList {QStringLiteral("C: RETR 2"),
                                              QStringLiteral("C: RETR 3"),
                                              QStringLiteral("STALL")});
    server.addConnectionScript(login() + listing(all) + retr(2, 2) + retr(3, 3) + dele(1) + dele(2)
                               + dele(3) + quit());
    const Run one
        = fetch(server.port(), *m_archive, m_account, deleteAfterDownload(), [](FetchJob &job) {
              QObject::connect(&job, &FetchJob::progress, &job, [&job](const FetchProgress &p) {
                  if (p.messagesDone == 1)
                      job.cancel();
              });
          });
    QCOMPARE(one.result.outcome, FetchResult::Outcome::Cancelled);
    QCOMPARE(one.result.newMessages, 1);
    verifyStoredExactlyOnce({1});
    const Run two = fetch(server.port(), *m_archive, m_account, deleteAfterDownload());
    QVERIFY(two.result.ok());
    QCOMPARE(two.result.newMessages, 2);
    QCOMPARE(two.result.deletedOnServer, 3);
    SATCHEL_VERIFY_CONVERSATION(server);
    verifyStoredExactlyOnce(all);
    QVERIFY2(m_badDeletes.isEmpty(), qPrintable(m_badDeletes.join(u'\n')));
}

void TestFetchJob::noPruneAfterBrokenListing()
{
    // Three messages left on the server; then a session whose UIDL listing breaks after one
    // line. The ledger must keep all three rows, or they would all be downloaded again.
    const QList<int> all {1, 2, 3};
    FakePop3Server server;
    QVERIFY(server.listen());
    server.addConnectionScript(login() + listing(all) + retr(1, 1) + retr(2, 2) + retr(3, 3)
                               + quit());
    server.addConnectionScript(login()
                               + QStringList {QStringLiteral("C: UIDL"), QStringLiteral("S: +OK"),
                                              QStringLiteral("S: 1 ") + uidlOf(1),
                                              QStringLiteral("DROP")});
    server.addConnectionScript(login() + listing(all) + quit());
    const RetentionPolicy forever;
    QVERIFY(fetch(server.port(), *m_archive, m_account, forever).result.ok());
    QCOMPARE(fetch(server.port(), *m_archive, m_account, forever).result.outcome,
             FetchResult::Outcome::TryLater);
    QCOMPARE(must(m_archive->ledger(m_account)).size(), 3);
    const Run three = fetch(server.port(), *m_archive, m_account, forever);
    QVERIFY(three.result.ok());
    QCOMPARE(three.result.newMessages, 0);
    SATCHEL_VERIFY_CONVERSATION(server);
    verifyStoredExactlyOnce(all);
}

void TestFetchJob::deleteSentIsSentAgainAfterPolicyChange()
{
    // Delete after download breaks after the first DELE; the user then switches to "leave on
    // the server". The rows marked delete_sent cannot be unmarked: their DELE is sent again,
    // or a later QUIT +OK would forget them and they would be downloaded a second time.
    const QList<int> all {1, 2};
    FakePop3Server server;
    QVERIFY(server.listen());
    checkDeletes(server, all);
    server.addConnectionScript(login() + listing(all) + retr(1, 1) + retr(2, 2) + dele(1)
                               + QStringList {QStringLiteral("DROP")});
    server.addConnectionScript(login() + listing(all) + dele(1) + dele(2) + quit());
    QCOMPARE(fetch(server.port(), *m_archive, m_account, deleteAfterDownload()).result.outcome,
             FetchResult::Outcome::TryLater);
    const Run two = fetch(server.port(), *m_archive, m_account, RetentionPolicy {});
    QVERIFY(two.result.ok());
    QCOMPARE(two.result.newMessages, 0);
    QCOMPARE(two.result.deletedOnServer, 2);
    SATCHEL_VERIFY_CONVERSATION(server);
    verifyStoredExactlyOnce(all);
    QVERIFY2(m_badDeletes.isEmpty(), qPrintable(m_badDeletes.join(u'\n')));
    QVERIFY(must(m_archive->ledger(m_account)).isEmpty());
}

void TestFetchJob::sessionDestroyedMidFetch()
{
    const QList<int> all {1, 2};
    FakePop3Server server;
    QVERIFY(server.listen());
    server.setScript(login() + listing(all) + retr(1, 1)
                     + QStringList {QStringLiteral("C: RETR 2"), QStringLiteral("STALL")});
    auto session = std::make_unique<pop3::Session>(settingsFor(server.port()));
    FetchSettings settings;
    settings.accountId = m_account;
    settings.policy = deleteAfterDownload();
    FetchJob job(session.get(), m_archive.get(), settings);
    QEventLoop loop;
    connect(&job, &FetchJob::progress, &loop, [&](const FetchProgress &p) {
        if (p.messagesDone == 1)
            loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    QVERIFY(!job.isFinished());
    session.reset();
    QVERIFY(job.isFinished());
    QCOMPARE(job.result().outcome, FetchResult::Outcome::Failed);
    QCOMPARE(job.result().newMessages, 1);
    QCOMPARE(job.result().deletedOnServer, 0);
    verifyStoredExactlyOnce({1});
}

void TestFetchJob::outcomeKinds_data()
{
    QTest::addColumn<QString>("passReply");
    QTest::addColumn<int>("outcome");
    QTest::newRow("[IN-USE]") << "-ERR [IN-USE] locked" << int(FetchResult::Outcome::TryLater);
    QTest::newRow("[LOGIN-DELAY]")
        << "-ERR [LOGIN-DELAY] wait" << int(FetchResult::Outcome::TryLater);
    QTest::newRow("[SYS/TEMP]") << "-ERR [SYS/TEMP] busy" << int(FetchResult::Outcome::TryLater);
    QTest::newRow("[AUTH]") << "-ERR [AUTH] wrong" << int(FetchResult::Outcome::Authentication);
    QTest::newRow("plain -ERR") << "-ERR no" << int(FetchResult::Outcome::Authentication);
    QTest::newRow("[SYS/PERM]") << "-ERR [SYS/PERM] gone" << int(FetchResult::Outcome::Failed);
}

void TestFetchJob::outcomeKinds()
{
    QFETCH(QString, passReply);
    QFETCH(int, outcome);
    FakePop3Server server;
    QVERIFY(server.listen());
    QStringList script = login();
    const qsizetype pass = script.indexOf(QStringLiteral("S: +OK logged in"));
    script = script.mid(0, pass);
    script << QStringLiteral("S: ") + passReply;
    server.addConnectionScript(script);
    const Run run = fetch(server.port(), *m_archive, m_account, deleteAfterDownload());
    QCOMPARE(int(run.result.outcome), outcome);
    QVERIFY(!run.result.message.isEmpty());
    SATCHEL_VERIFY_CONVERSATION(server);
    verifyStoredExactlyOnce({});
}

QTEST_GUILESS_MAIN(TestFetchJob)
#include "tst_fetchjob.moc"

// The fetch job against the scripted fake server: a dropped link at every step, then a clean
// session, ends with every message stored exactly once and nothing deleted that was not stored.
#include "FakePop3Server.h"
#include "FaultProxy.h"
#include "Must.h"
#include "pop3/Session.h"
#include "store/Archive.h"
#include "store/Schema.h"
#include "sync/FetchJob.h"
#include "sync/FetchRestJob.h"

#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
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

// `extra` is added to both CAPA answers ("S: LOGIN-DELAY 900|..."); `passReply` answers PASS,
// and a reply other than +OK ends the script there.
QStringList loginWith(const QString &extra,
                      const QString &passReply = QStringLiteral("+OK logged in"),
                      bool pipelining = true)
{
    QString capa = QStringLiteral("S: USER|S: UIDL|S: TOP|S: RESP-CODES");
    if (pipelining)
        capa += QStringLiteral("|S: PIPELINING");
    if (!extra.isEmpty())
        capa += u'|' + extra;
    QStringList lines {QStringLiteral("S: +OK fake POP3 ready"), QStringLiteral("C: CAPA"),
                       QStringLiteral("S: +OK")};
    lines += capa.split(u'|');
    lines << QStringLiteral("S: .") << QStringLiteral("C: USER alice") << QStringLiteral("S: +OK")
          << QStringLiteral("C: PASS ") + QString::fromLatin1(Password)
          << QStringLiteral("S: ") + passReply;
    if (!passReply.startsWith(QLatin1String("+OK")))
        return lines;
    lines << QStringLiteral("C: CAPA") << QStringLiteral("S: +OK");
    lines += capa.split(u'|');
    lines << QStringLiteral("S: .");
    return lines;
}

QStringList login()
{
    return loginWith(QString());
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

// The header of message n and the blank line after it, as TOP n 0 brings it.
QByteArray headerOf(int n)
{
    const QByteArray raw = messageText(n);
    return raw.left(raw.indexOf("\r\n\r\n") + 4);
}

QStringList top(int position, int n)
{
    return QStringList {QStringLiteral("C: TOP %1 0").arg(position), QStringLiteral("S: +OK")}
    + FakePop3Server::multiline(headerOf(n));
}

// "Download the rest" of message n: its UIDL listing, RETR, QUIT.
QStringList restOf(const QList<int> &present, int position)
{
    QStringList lines {QStringLiteral("C: UIDL"), QStringLiteral("S: +OK")};
    for (int i = 0; i < present.size(); ++i)
        lines << QStringLiteral("S: %1 %2").arg(i + 1).arg(uidlOf(present[i]));
    lines << QStringLiteral("S: .");
    if (position > 0)
        lines += retr(position, present[position - 1]);
    return lines + QStringList {QStringLiteral("C: QUIT"), QStringLiteral("S: +OK bye")};
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
          const std::function<void(FetchJob &)> &whileRunning = {},
          const std::function<void(FetchSettings &)> &adjust = {},
          const std::function<void(pop3::SessionSettings &)> &adjustSession = {})
{
    pop3::SessionSettings sessionSettings = settingsFor(port);
    if (adjustSession)
        adjustSession(sessionSettings);
    pop3::Session session(sessionSettings);
    FetchSettings settings;
    settings.accountId = accountId;
    settings.policy = policy;
    if (adjust)
        adjust(settings);
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
    void cancelWithBatchPending();
    void batchesCommitInArrivalOrder();
    void migratedFromSchema3();
    void noPruneAfterBrokenListing();
    void deleteSentIsSentAgainAfterPolicyChange();
    void sessionDestroyedMidFetch();
    void outcomeKinds_data();
    void outcomeKinds();
    void loginDelay_data();
    void loginDelay();
    void partialFetch_data();
    void partialFetch();
    void downloadTheRest();
    void downloadTheRestFailures_data();
    void downloadTheRestFailures();
    void markAllAsDownloaded();
    void rebuildLedger();
    void keepAlive_data();
    void keepAlive();

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
    // Each drop once with a transaction per message, once with every message in one batch that
    // only the end of the retrieval (or the drop) commits: a drop in the middle of a batch keeps
    // what had arrived, and "when DELE 1 arrives" drops between the durable commit and the DELE.
    QTest::addColumn<QString>("drop");
    QTest::addColumn<int>("batchMaxMessages");
    QTest::addColumn<int>("batchMaxMs");
    for (const char *row :
         {"during RETR 1", "during RETR 2", "during RETR 3", "after the last RETR",
          "when DELE 1 arrives", "after DELE 1", "after DELE 2", "after DELE 3",
          "before the QUIT reply, deletes applied", "before the QUIT reply, deletes not applied",
          "no drop"}) {
        QTest::addRow("%s, one per transaction", row) << QString::fromLatin1(row) << 1 << 200;
        QTest::addRow("%s, one batch", row) << QString::fromLatin1(row) << 10 << 60'000;
    }
}

void TestFetchJob::dropThenRecover()
{
    QFETCH(QString, drop);
    QFETCH(int, batchMaxMessages);
    QFETCH(int, batchMaxMs);
    const auto batching = [&](FetchSettings &s) {
        s.batchMaxMessages = batchMaxMessages;
        s.batchMaxMs = batchMaxMs;
    };
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
    if (!dropped && drop == u"when DELE 1 arrives") {
        // Committed durably and marked delete_sent; the DELE never reaches the mailbox.
        first << QStringLiteral("C: DELE 1") << QStringLiteral("DROP");
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

    const Run one
        = fetch(server.port(), *m_archive, m_account, deleteAfterDownload(), {}, batching);
    QVERIFY(one.finished);
    if (dropped) {
        QCOMPARE(one.result.outcome, FetchResult::Outcome::TryLater);
        QCOMPARE(one.result.deletedOnServer, 0);
    } else {
        QCOMPARE(one.result.outcome, FetchResult::Outcome::Success);
        QCOMPARE(one.result.deletedOnServer, 3);
    }
    QCOMPARE(one.result.newMessages(), storedFirst);
    verifyStoredExactlyOnce(all.mid(0, storedFirst));

    const Run two
        = fetch(server.port(), *m_archive, m_account, deleteAfterDownload(), {}, batching);
    QVERIFY(two.finished);
    QCOMPARE(two.result.outcome, FetchResult::Outcome::Success);
    QVERIFY2(two.result.errors.isEmpty(), qPrintable(two.result.errors.join(u'\n')));
    QCOMPARE(two.result.newMessages(), present.isEmpty() ? 0 : 3 - storedFirst);
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
    QCOMPARE(two.result.newMessages(), 2);
    QCOMPARE(two.result.leftOnServer, 3);
    QVERIFY(!two.progress.isEmpty());
    QCOMPARE(two.progress.last().messagesDone, 2);
    QCOMPARE(two.progress.last().messagesTotal, 2);
    QCOMPARE(two.progress.last().bytesDone, two.progress.last().bytesTotal);
    QCOMPARE(two.progress.last().bytesTotal, messageText(2).size() + messageText(3).size());
    const Run three = fetch(server.port(), *m_archive, m_account, forever);
    QCOMPARE(three.result.outcome, FetchResult::Outcome::Success);
    QCOMPARE(three.result.newMessages(), 0);
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
    QCOMPARE(run.result.newMessages(), 2);
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
    QCOMPARE(one.result.newMessages(), 2);
    QCOMPARE(one.result.newMessageIds, must(m_archive->messageIds()));
    const Run two = fetch(server.port(), *m_archive, m_account, deleteAfterDownload());
    QCOMPARE(two.result.outcome, FetchResult::Outcome::Success);
    QCOMPARE(two.result.newMessages(), 0);
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
    QCOMPARE(run.result.newMessages(), 0);
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
    QCOMPARE(two.result.newMessages(), 1);
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
    QCOMPARE(one.result.newMessages(), 1);
    verifyStoredExactlyOnce({1});
    const Run two = fetch(server.port(), *m_archive, m_account, deleteAfterDownload());
    QVERIFY(two.result.ok());
    QCOMPARE(two.result.newMessages(), 2);
    QCOMPARE(two.result.deletedOnServer, 3);
    SATCHEL_VERIFY_CONVERSATION(server);
    verifyStoredExactlyOnce(all);
    QVERIFY2(m_badDeletes.isEmpty(), qPrintable(m_badDeletes.join(u'\n')));
}

void TestFetchJob::cancelWithBatchPending()
{
    // Message 1 is committed alone (the first batch holds one message, so it shows at once);
    // message 2 has arrived and waits in the next batch, which nothing has committed, when the
    // user cancels: it is neither stored nor in the ledger, nothing is deleted, and the next
    // session downloads it again - exactly once.
    const QList<int> all {1, 2, 3};
    FakePop3Server server;
    QVERIFY(server.listen());
    checkDeletes(server, all);
    server.addConnectionScript(
        login() + listing(all) + retr(1, 1) + retr(2, 2)
        + QStringList {QStringLiteral("C: RETR 3"), QStringLiteral("STALL")});
    server.addConnectionScript(login() + listing(all) + retr(2, 2) + retr(3, 3) + dele(1) + dele(2)
                               + dele(3) + quit());
    const auto batching = [](FetchSettings &s) {
        s.batchMaxMessages = 10;
        s.batchMaxMs = 60'000;
    };
    const Run one = fetch(
        server.port(), *m_archive, m_account, deleteAfterDownload(),
        [](FetchJob &job) { QTimer::singleShot(500, &job, [&job] { job.cancel(); }); }, batching);
    QVERIFY(one.finished);
    QCOMPARE(one.result.outcome, FetchResult::Outcome::Cancelled);
    QCOMPARE(one.result.newMessages(), 1);
    QVERIFY(!one.progress.isEmpty());
    // Both had arrived (their bytes were counted); only the committed one was reported done.
    QCOMPARE(one.progress.last().bytesDone, messageText(1).size() + messageText(2).size());
    QCOMPARE(one.progress.last().messagesDone, 1);
    verifyStoredExactlyOnce({1});
    QCOMPARE(must(m_archive->ledger(m_account)).size(), 1);
    QVERIFY(m_deleted.isEmpty());

    const Run two
        = fetch(server.port(), *m_archive, m_account, deleteAfterDownload(), {}, batching);
    QVERIFY2(two.result.ok(), qPrintable(two.result.message + two.result.errors.join(u'\n')));
    QCOMPARE(two.result.newMessages(), 2);
    QCOMPARE(two.result.deletedOnServer, 3);
    SATCHEL_VERIFY_CONVERSATION(server);
    verifyStoredExactlyOnce(all);
    QVERIFY2(m_badDeletes.isEmpty(), qPrintable(m_badDeletes.join(u'\n')));
}

void TestFetchJob::batchesCommitInArrivalOrder()
{
    // 40 messages in batches of at most 8: stored in server order (ids ascending), each with its
    // ledger row, and progress only ever counts what is committed.
    QList<int> all;
    for (int n = 1; n <= 40; ++n)
        all << n;
    FakePop3Server server;
    QVERIFY(server.listen());
    QStringList script = login() + listing(all);
    for (int n : all)
        script += retr(n, n);
    server.addConnectionScript(script + quit());
    QList<int> committedAtProgress;
    const Run run = fetch(
        server.port(), *m_archive, m_account, RetentionPolicy {},
        [&](FetchJob &job) {
            connect(&job, &FetchJob::progress, &job, [&](const FetchProgress &p) {
                if (committedAtProgress.isEmpty() || committedAtProgress.last() != p.messagesDone)
                    committedAtProgress << p.messagesDone;
                // A message reported done is in the archive, with its ledger row.
                QVERIFY(must(m_archive->messageIds()).size() >= p.messagesDone);
            });
        },
        [](FetchSettings &s) { s.batchMaxMessages = 8; });
    QVERIFY2(run.result.ok(), qPrintable(run.result.message + run.result.errors.join(u'\n')));
    QCOMPARE(run.result.newMessages(), 40);
    QCOMPARE(run.progress.last().messagesDone, 40);
    QCOMPARE(committedAtProgress.last(), 40);
    SATCHEL_VERIFY_CONVERSATION(server);
    verifyStoredExactlyOnce(all);
    const QList<qint64> ids = must(m_archive->messageIds());
    // The result names exactly the stored messages, in the order they were committed.
    QCOMPARE(run.result.newMessageIds, ids);
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(must(m_archive->rawMessage(ids[i])), messageText(i + 1));
        const auto entry = must(m_archive->ledgerEntry(m_account, uidlOf(i + 1)));
        QVERIFY(entry.has_value());
        QCOMPARE(entry->messageId, std::optional<qint64>(ids[i]));
        QCOMPARE(entry->state, store::LedgerState::Stored);
    }
}

void TestFetchJob::migratedFromSchema3()
{
    // An archive written at schema 3 (before the "elsewhere" ledger state and account
    // settings), with message 1 stored and message 2 stored and marked delete_sent by a session
    // that broke before QUIT +OK. Opened now, it migrates; the next fetch downloads only message
    // 3, sends DELE 2 again, and loses and duplicates nothing.
    const QString path = m_dir->filePath(QStringLiteral("schema3.sqlite"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema3"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        auto run = [&q](const QString &sql, const QVariantList &values = {}) {
            if (!q.prepare(sql))
                return false;
            for (const QVariant &v : values)
                q.addBindValue(v);
            const bool ok = q.exec();
            if (!ok)
                qWarning() << sql << q.lastError().text();
            return ok;
        };
        QVERIFY(run(QStringLiteral("BEGIN")));
        for (const store::Migration &step : store::migrations()) {
            if (step.version > 3)
                break;
            for (const QString &sql : step.statements)
                QVERIFY(run(sql));
        }
        QVERIFY(run(QStringLiteral("PRAGMA user_version = 3")));
        const qint64 seen = QDateTime::currentMSecsSinceEpoch() - 3600'000;
        QVERIFY(run(QStringLiteral("INSERT INTO accounts (id, name, created) VALUES (7, 'old', ?)"),
                    {seen}));
        QVERIFY(run(QStringLiteral("INSERT INTO folders (id, account_id, parent_id, name, role) "
                                   "VALUES (70, 7, NULL, 'Inbox', 1), (71, 7, NULL, 'Trash', 2)")));
        for (int n : {1, 2}) {
            const QByteArray raw = messageText(n);
            QVERIFY(run(QStringLiteral(
                            "INSERT INTO messages (id, account_id, folder_id, conversation_id, "
                            "message_id, date, date_offset, sender_name, sender_address, "
                            "sender_sort, recipients, subject, subject_sort, preview, size, uidl, "
                            "first_seen) VALUES (?, 7, 70, ?, ?, ?, 0, '', ?, ?, "
                            "'alice@example.org', ?, ?, '', ?, ?, ?)"),
                        {n, n, QStringLiteral("m%1@example.org").arg(n), seen,
                         QStringLiteral("sender%1@example.org").arg(n),
                         QStringLiteral("sender%1@example.org").arg(n),
                         QStringLiteral("message %1").arg(n), QStringLiteral("message %1").arg(n),
                         raw.size(), uidlOf(n), seen}));
            QVERIFY(run(QStringLiteral("INSERT INTO message_raw (id, encoding, data) VALUES (?, "
                                       "0, ?)"),
                        {n, raw}));
            QVERIFY(run(QStringLiteral("INSERT INTO uidl_ledger (account_id, uidl, first_seen, "
                                       "message, state) VALUES (7, ?, ?, ?, ?)"),
                        {uidlOf(n), seen, n, n == 2 ? 2 : 0}));
        }
        QVERIFY(run(QStringLiteral("COMMIT")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema3"));

    m_archive = must(store::Archive::open(path));
    m_account = 7;
    {
        const QList<store::LedgerEntry> before = must(m_archive->ledger(m_account));
        QCOMPARE(before.size(), 2);
    }
    const QList<int> all {1, 2, 3};
    FakePop3Server server;
    QVERIFY(server.listen());
    checkDeletes(server, all);
    server.addConnectionScript(login() + listing(all) + retr(3, 3) + dele(2) + quit());
    server.addConnectionScript(login() + listing({1, 3}) + quit());
    const Run one = fetch(server.port(), *m_archive, m_account, RetentionPolicy {});
    QVERIFY2(one.result.ok(), qPrintable(one.result.message + one.result.errors.join(u'\n')));
    QCOMPARE(one.result.newMessages(), 1);
    QCOMPARE(one.result.deletedOnServer, 1);
    QCOMPARE(one.result.leftOnServer, 2);
    const Run two = fetch(server.port(), *m_archive, m_account, RetentionPolicy {});
    QVERIFY2(two.result.ok(), qPrintable(two.result.message + two.result.errors.join(u'\n')));
    QCOMPARE(two.result.newMessages(), 0);
    SATCHEL_VERIFY_CONVERSATION(server);
    QVERIFY2(m_badDeletes.isEmpty(), qPrintable(m_badDeletes.join(u'\n')));
    verifyStoredExactlyOnce(all);
    const QList<store::LedgerEntry> after = must(m_archive->ledger(m_account));
    QCOMPARE(after.size(), 2);
    for (const store::LedgerEntry &e : after) {
        QVERIFY(e.uidl == uidlOf(1) || e.uidl == uidlOf(3));
        QCOMPARE(e.state, store::LedgerState::Stored);
    }
    // The migrated messages are found by search (the index was derived again) and by their
    // bytes (the hashes were filled in).
    QCOMPARE(must(m_archive->searchIds(QStringLiteral("sender1"))), QList<qint64> {1});
    QVERIFY(must(m_archive->findByRawHash(store::Archive::rawHash(messageText(2)))).has_value());
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
    QCOMPARE(three.result.newMessages(), 0);
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
    QCOMPARE(two.result.newMessages(), 0);
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
    QCOMPARE(job.result().newMessages(), 1);
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

void TestFetchJob::loginDelay_data()
{
    QTest::addColumn<QString>("capa");
    QTest::addColumn<QString>("passReply");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("delay");
    const int tryLater = int(FetchResult::Outcome::TryLater);
    QTest::newRow("[LOGIN-DELAY], CAPA LOGIN-DELAY 900")
        << "S: LOGIN-DELAY 900"
        << "-ERR [LOGIN-DELAY] too soon" << tryLater << 900;
    QTest::newRow("[LOGIN-DELAY], no CAPA value") << ""
                                                  << "-ERR [LOGIN-DELAY] too soon" << tryLater << 0;
    QTest::newRow("[IN-USE]") << ""
                              << "-ERR [IN-USE] locked" << tryLater << 0;
    QTest::newRow("[IN-USE], CAPA LOGIN-DELAY 300") << "S: LOGIN-DELAY 300"
                                                    << "-ERR [IN-USE] locked" << tryLater << 300;
    QTest::newRow("[SYS/TEMP]") << ""
                                << "-ERR [SYS/TEMP] busy" << tryLater << 0;
    QTest::newRow("[AUTH]") << ""
                            << "-ERR [AUTH] wrong" << int(FetchResult::Outcome::Authentication)
                            << 0;
    QTest::newRow("success, CAPA LOGIN-DELAY 600")
        << "S: LOGIN-DELAY 600"
        << "+OK logged in" << int(FetchResult::Outcome::Success) << 600;
}

void TestFetchJob::loginDelay()
{
    QFETCH(QString, capa);
    QFETCH(QString, passReply);
    QFETCH(int, outcome);
    QFETCH(int, delay);
    FakePop3Server server;
    QVERIFY(server.listen());
    QStringList script = loginWith(capa, passReply);
    if (passReply.startsWith(u"+OK"))
        script += listing({}) + quit();
    server.addConnectionScript(script);
    const Run run = fetch(server.port(), *m_archive, m_account, deleteAfterDownload());
    QCOMPARE(int(run.result.outcome), outcome);
    // The scheduler waits at least this long before the next login.
    QCOMPARE(run.result.loginDelaySeconds, delay);
    SATCHEL_VERIFY_CONVERSATION(server);
}

void TestFetchJob::partialFetch_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("script"); // after the login
    QTest::addColumn<QList<int>>("complete");
    QTest::addColumn<QList<int>>("partial");
    QTest::addColumn<int>("deleted");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");
    const QList<int> both {1, 100}; // message 100 is a few bytes longer than message 1
    QTest::newRow("headers only: TOP n 0, never deleted")
        << "headers" << listing(both) + top(1, 1) + top(2, 100) + quit() << QList<int> {} << both
        << 0 << 0 << 0;
    QTest::newRow("over the size limit: TOP, the rest RETR and deleted")
        << "limit=1" << listing(both) + retr(1, 1) + top(2, 100) + dele(1) + quit()
        << QList<int> {1} << QList<int> {100} << 1 << 0 << 0;
    QTest::newRow("exactly at the size limit: RETR")
        << "limit=100" << listing(both) + retr(1, 1) + retr(2, 100) + dele(1) + dele(2) + quit()
        << both << QList<int> {} << 2 << 0 << 0;
    QTest::newRow("TOP refused: not stored, tried again next time") << "headers"
                                                                    << listing(both)
            + QStringList {QStringLiteral("C: TOP 1 0"), QStringLiteral("S: -ERR no TOP today")}
            + top(2, 100) + quit() << QList<int> {} << QList<int> {100}
                                                                    << 0 << 1 << 0;
    QTest::newRow("no UIDL: nothing could fetch the rest, so left alone")
        << "headers" << noUidlListing(both) + quit() << QList<int> {} << QList<int> {} << 0 << 0
        << 1;
    QTest::newRow("no UIDL, over the limit: the small one still works")
        << "limit=1" << noUidlListing(both) + retr(1, 1) + dele(1) + quit() << QList<int> {1}
        << QList<int> {} << 1 << 0 << 1;
}

void TestFetchJob::partialFetch()
{
    QFETCH(QString, mode);
    QFETCH(QStringList, script);
    QFETCH(QList<int>, complete);
    QFETCH(QList<int>, partial);
    QFETCH(int, deleted);
    QFETCH(int, errors);
    QFETCH(int, warnings);
    QVERIFY(messageText(100).size() > messageText(1).size());

    FakePop3Server server;
    QVERIFY(server.listen());
    checkDeletes(server, {1, 100});
    server.addConnectionScript(login() + script);
    const Run run = fetch(server.port(), *m_archive, m_account, deleteAfterDownload(), {},
                          [&](FetchSettings &s) {
                              if (mode == u"headers")
                                  s.headersOnly = true;
                              else if (mode.startsWith(u"limit="))
                                  s.maxMessageBytes = messageText(mode.mid(6).toInt()).size();
                          });
    QCOMPARE(run.result.outcome, FetchResult::Outcome::Success);
    QCOMPARE(run.result.newMessages(), int(complete.size() + partial.size()));
    QCOMPARE(run.result.partialMessages, int(partial.size()));
    QCOMPARE(run.result.deletedOnServer, deleted);
    QCOMPARE(run.result.errors.size(), errors);
    QCOMPARE(run.result.warnings.size(), warnings);
    SATCHEL_VERIFY_CONVERSATION(server);
    // Without UIDL there is no ledger for the DELE check to look at; the archive check below
    // shows the deleted message was stored.
    if (!QByteArray(QTest::currentDataTag()).startsWith("no UIDL"))
        QVERIFY2(m_badDeletes.isEmpty(), qPrintable(m_badDeletes.join(u'\n')));

    QList<QByteArray> wanted;
    for (int n : complete)
        wanted << messageText(n);
    for (int n : partial)
        wanted << headerOf(n);
    QList<QByteArray> stored;
    for (qint64 id : must(m_archive->messageIds())) {
        const store::MessageRow row = must(m_archive->message(id));
        const QByteArray raw = must(m_archive->rawMessage(id));
        stored << raw;
        QCOMPARE(row.partial, raw.size() < messageText(1).size());
        if (!row.uidl.isEmpty() && !row.partial)
            continue; // complete ones may have been deleted and their rows forgotten
        if (row.partial) {
            const auto entry = must(m_archive->ledgerEntry(m_account, row.uidl));
            QVERIFY(entry.has_value());
            QCOMPARE(entry->state, store::LedgerState::Partial);
            QCOMPARE(entry->messageId, std::optional<qint64>(id));
        }
    }
    std::sort(wanted.begin(), wanted.end());
    std::sort(stored.begin(), stored.end());
    QCOMPARE(stored, wanted);
    QVERIFY(must(m_archive->checkIntegrity()).isEmpty());
}

void TestFetchJob::downloadTheRest()
{
    const QList<int> all {1, 2};
    FakePop3Server server;
    QVERIFY(server.listen());
    checkDeletes(server, all);
    server.addConnectionScript(login() + listing(all) + top(1, 1) + top(2, 2) + quit());
    server.addConnectionScript(login() + restOf(all, 2));
    server.addConnectionScript(login() + listing(all) + dele(2) + quit());
    server.addConnectionScript(login() + restOf({2}, 0)); // message 1 is gone from the server

    const Run one = fetch(server.port(), *m_archive, m_account, RetentionPolicy {}, {},
                          [](FetchSettings &s) { s.headersOnly = true; });
    QVERIFY(one.result.ok());
    QCOMPARE(one.result.partialMessages, 2);
    qint64 first = 0;
    qint64 second = 0;
    for (qint64 id : must(m_archive->messageIds()))
        (must(m_archive->message(id)).uidl == uidlOf(1) ? first : second) = id;
    QVERIFY(first && second);
    // The partial is filed and flagged before its rest arrives; both must survive.
    const qint64 later = must(m_archive->createFolder(m_account, QStringLiteral("Later")));
    QVERIFY(m_archive->move({second}, later).ok());
    QVERIFY(m_archive->setFlags({second}, store::MessageFlag::Flagged).ok());
    QVERIFY(must(m_archive->search(QStringLiteral("\"line 3 of message 2\""))).isEmpty());

    const auto rest = [&](qint64 id) {
        pop3::Session session(settingsFor(server.port()));
        FetchRestJob job(&session, m_archive.get(), id);
        QEventLoop loop;
        connect(&job, &FetchRestJob::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        job.start();
        if (!job.isFinished())
            loop.exec();
        return std::make_pair(job.result(), job.messageGone());
    };
    const auto [done, doneGone] = rest(second);
    QVERIFY2(done.ok(), qPrintable(done.message));
    QVERIFY(!doneGone);
    QCOMPARE(done.newMessageIds, QList<qint64> {second});
    const store::MessageRow row = must(m_archive->message(second));
    QVERIFY(!row.partial);
    QCOMPARE(row.folderId, later);
    QVERIFY(row.flags.testFlag(store::MessageFlag::Flagged));
    QCOMPARE(row.size, messageText(2).size());
    QCOMPARE(must(m_archive->rawMessage(second)), messageText(2));
    QCOMPARE(must(m_archive->ledgerEntry(m_account, uidlOf(2)))->state, store::LedgerState::Stored);
    QCOMPARE(must(m_archive->search(QStringLiteral("\"line 3 of message 2\""))),
             QList<qint64> {second});
    QCOMPARE(must(m_archive->messageIds()).size(), 2);

    // Complete now: delete-after-download takes it, and only it; the partial one stays.
    const Run three = fetch(server.port(), *m_archive, m_account, deleteAfterDownload());
    QVERIFY(three.result.ok());
    QCOMPARE(three.result.newMessages(), 0);
    QCOMPARE(three.result.deletedOnServer, 1);

    const auto [gone, goneFlag] = rest(first);
    QCOMPARE(gone.outcome, FetchResult::Outcome::Failed);
    QVERIFY(goneFlag);
    QVERIFY(gone.message.contains(QStringLiteral("no longer on the server")));
    QVERIFY(must(m_archive->message(first)).partial);
    QCOMPARE(must(m_archive->rawMessage(first)), headerOf(1));

    // A complete message has no rest: refused before any connection.
    const auto [complete, completeGone] = rest(second);
    QCOMPARE(complete.outcome, FetchResult::Outcome::Failed);
    QVERIFY(!completeGone);
    SATCHEL_VERIFY_CONVERSATION(server);
    QCOMPARE(server.connectionCount(), 4);
    QVERIFY2(m_badDeletes.isEmpty(), qPrintable(m_badDeletes.join(u'\n')));
    QVERIFY(must(m_archive->checkIntegrity()).isEmpty());
}

void TestFetchJob::downloadTheRestFailures_data()
{
    // The script after the first, headers-only session stored messages 1 and 2 partial; the
    // rest of message 2 is asked for.
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<bool>("gone");
    const int failed = int(FetchResult::Outcome::Failed);
    const int tryLater = int(FetchResult::Outcome::TryLater);
    const int success = int(FetchResult::Outcome::Success);
    const QStringList listed {QStringLiteral("C: UIDL"), QStringLiteral("S: +OK"),
                              QStringLiteral("S: 1 ") + uidlOf(1),
                              QStringLiteral("S: 2 ") + uidlOf(2), QStringLiteral("S: .")};
    QTest::newRow("no longer on the server") << login() + restOf({1}, 0) << failed << false << true;
    QTest::newRow("listed twice") << login()
            + QStringList {QStringLiteral("C: UIDL"),
                           QStringLiteral("S: +OK"),
                           QStringLiteral("S: 1 ") + uidlOf(2),
                           QStringLiteral("S: 2 ") + uidlOf(2),
                           QStringLiteral("S: ."),
                           QStringLiteral("C: QUIT"),
                           QStringLiteral("S: +OK")}
                                  << failed << false << false;
    QTest::newRow("UIDL refused") << login()
            + QStringList {QStringLiteral("C: UIDL"), QStringLiteral("S: -ERR no"),
                           QStringLiteral("C: QUIT"), QStringLiteral("S: +OK")}
                                  << failed << false << false;
    QTest::newRow("RETR refused") << login() + listed
            + QStringList {QStringLiteral("C: RETR 2"), QStringLiteral("S: -ERR [SYS/TEMP] later"),
                           QStringLiteral("C: QUIT"), QStringLiteral("S: +OK")}
                                  << failed << false << false;
    QTest::newRow("drop during RETR")
        << login() + listed + retrDropped(2, 2) << tryLater << false << false;
    QTest::newRow("drop before the QUIT reply: the rest is stored") << login() + listed + retr(2, 2)
            + QStringList {QStringLiteral("C: QUIT"), QStringLiteral("DROP")}
                                                                    << success << true << false;
    QTest::newRow("[IN-USE] at login")
        << loginWith(QString(), QStringLiteral("-ERR [IN-USE] locked")) << tryLater << false
        << false;
    QTest::newRow("[AUTH] at login") << loginWith(QString(), QStringLiteral("-ERR [AUTH] no"))
                                     << int(FetchResult::Outcome::Authentication) << false << false;
}

void TestFetchJob::downloadTheRestFailures()
{
    QFETCH(QStringList, script);
    QFETCH(int, outcome);
    QFETCH(bool, complete);
    QFETCH(bool, gone);
    FakePop3Server server;
    QVERIFY(server.listen());
    server.addConnectionScript(login() + listing({1, 2}) + top(1, 1) + top(2, 2) + quit());
    server.addConnectionScript(script);
    QVERIFY(
        fetch(server.port(), *m_archive, m_account, RetentionPolicy {}, {}, [](FetchSettings &s) {
            s.headersOnly = true;
        }).result.ok());
    qint64 second = 0;
    for (qint64 id : must(m_archive->messageIds())) {
        if (must(m_archive->message(id)).uidl == uidlOf(2))
            second = id;
    }
    QVERIFY(second);

    pop3::Session session(settingsFor(server.port()));
    FetchRestJob job(&session, m_archive.get(), second);
    QEventLoop loop;
    connect(&job, &FetchRestJob::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job.start();
    if (!job.isFinished())
        loop.exec();
    QVERIFY(job.isFinished());
    QCOMPARE(int(job.result().outcome), outcome);
    QVERIFY(!job.result().message.isEmpty() || outcome == int(FetchResult::Outcome::Success));
    QCOMPARE(job.messageGone(), gone);
    QCOMPARE(must(m_archive->message(second)).partial, !complete);
    QCOMPARE(must(m_archive->rawMessage(second)), complete ? messageText(2) : headerOf(2));
    QCOMPARE(must(m_archive->ledgerEntry(m_account, uidlOf(2)))->state,
             complete ? store::LedgerState::Stored : store::LedgerState::Partial);
    QCOMPARE(must(m_archive->messageIds()).size(), 2);
    SATCHEL_VERIFY_CONVERSATION(server);
    QVERIFY(must(m_archive->checkIntegrity()).isEmpty());
}

void TestFetchJob::markAllAsDownloaded()
{
    // The harshest policies: still nothing marked is ever downloaded or deleted.
    RetentionPolicy harsh = deleteAfterDownload();
    harsh.untilDeletedHere = true;
    harsh.maxMessages = 0;
    FakePop3Server server;
    QVERIFY(server.listen());
    checkDeletes(server, {1, 2, 3, 4});
    server.addConnectionScript(login() + listing({1, 2, 3}) + quit());
    server.addConnectionScript(login() + listing({1, 2, 3, 4}) + retr(4, 4) + dele(4) + quit());
    server.addConnectionScript(login() + listing({1, 2, 3}) + quit());
    server.addConnectionScript(login() + noUidlListing({1}) + quit());

    const Run one = fetch(server.port(), *m_archive, m_account, harsh, {},
                          [](FetchSettings &s) { s.markAllAsDownloaded = true; });
    QVERIFY2(one.result.ok(), qPrintable(one.result.message));
    QCOMPARE(one.result.markedElsewhere, 3);
    QCOMPARE(one.result.newMessages(), 0);
    QCOMPARE(one.result.deletedOnServer, 0);
    const QList<store::LedgerEntry> ledger = must(m_archive->ledger(m_account));
    QCOMPARE(ledger.size(), 3);
    for (const store::LedgerEntry &e : ledger) {
        QCOMPARE(e.state, store::LedgerState::Elsewhere);
        QVERIFY(!e.messageId);
    }

    const Run two = fetch(server.port(), *m_archive, m_account, harsh);
    QVERIFY2(two.result.ok(), qPrintable(two.result.message));
    QCOMPARE(two.result.newMessages(), 1);
    QCOMPARE(two.result.deletedOnServer, 1);
    QCOMPARE(two.result.leftOnServer, 3);
    const Run three = fetch(server.port(), *m_archive, m_account, harsh);
    QVERIFY(three.result.ok());
    QCOMPARE(three.result.deletedOnServer, 0);
    QCOMPARE(must(m_archive->ledger(m_account)).size(), 3);

    const Run noUidl = fetch(server.port(), *m_archive, m_account, deleteAfterDownload(), {},
                             [](FetchSettings &s) { s.markAllAsDownloaded = true; });
    QCOMPARE(noUidl.result.outcome, FetchResult::Outcome::Refused);
    QVERIFY(noUidl.result.message.contains(QStringLiteral("UIDL")));
    SATCHEL_VERIFY_CONVERSATION(server);
    verifyStoredExactlyOnce({4});
    QVERIFY2(m_badDeletes.isEmpty(), qPrintable(m_badDeletes.join(u'\n')));
}

void TestFetchJob::rebuildLedger()
{
    const QList<int> both {1, 100};
    FakePop3Server server;
    QVERIFY(server.listen());
    server.addConnectionScript(login() + listing(both) + retr(1, 1) + top(2, 100) + quit());
    // After the rebuild nothing is downloaded again (a RETR would break the script).
    server.addConnectionScript(login() + listing(both) + quit());
    const Run one = fetch(server.port(), *m_archive, m_account, RetentionPolicy {}, {},
                          [](FetchSettings &s) { s.maxMessageBytes = messageText(1).size(); });
    QVERIFY(one.result.ok());
    const QList<store::LedgerEntry> before = must(m_archive->ledger(m_account));
    QCOMPARE(before.size(), 2);

    QVERIFY(m_archive->pruneLedger(m_account, {}).ok()); // the ledger is lost
    QVERIFY(must(m_archive->ledger(m_account)).isEmpty());
    QCOMPARE(must(m_archive->rebuildLedger(m_account)), 2);
    QCOMPARE(must(m_archive->rebuildLedger(m_account)), 0); // nothing more to add
    const QList<store::LedgerEntry> after = must(m_archive->ledger(m_account));
    QCOMPARE(after.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(after[i].uidl, before[i].uidl);
        QCOMPARE(after[i].firstSeen, before[i].firstSeen);
        QCOMPARE(after[i].messageId, before[i].messageId);
        QCOMPARE(after[i].state, before[i].state);
    }
    QCOMPARE(must(m_archive->ledgerEntry(m_account, uidlOf(100)))->state,
             store::LedgerState::Partial);

    const Run two = fetch(server.port(), *m_archive, m_account, RetentionPolicy {});
    QVERIFY(two.result.ok());
    QCOMPARE(two.result.newMessages(), 0);
    SATCHEL_VERIFY_CONVERSATION(server);
}

void TestFetchJob::keepAlive_data()
{
    // A server that hangs up on a client that has been idle for 1.5 s (FaultProxy's idle
    // timeout: no byte either way), and local work of 150 ms after each of 16 messages - 2.4 s
    // in all. Pipelined, every RETR is answered before the job has stored the first: without
    // the keep-alive NOOPs the server sees nobody for 2.4 s and hangs up. Without pipelining a
    // NOOP goes out only once the answer to the one before it has been read, which happens
    // between two commits, not inside one: there the work comes as one commit per message (a
    // real batch's commit is far shorter than any autologout). Messages parsed ahead of the
    // store make a backlog of commits once every RETR is answered; the job reads the server's
    // answers between two of them, so the next NOOP can go out.
    QTest::addColumn<bool>("pipelining");
    QTest::addColumn<int>("keepAliveMs");
    QTest::addColumn<bool>("survives");
    QTest::addColumn<int>("batchMaxMessages");
    QTest::newRow("pipelined, NOOP keep-alive") << true << 100 << true << 128;
    QTest::newRow("one command at a time, NOOP keep-alive") << false << 100 << true << 1;
    QTest::newRow("control: pipelined, no keep-alive") << true << 0 << false << 128;
}

void TestFetchJob::keepAlive()
{
    QFETCH(bool, pipelining);
    QFETCH(int, keepAliveMs);
    QFETCH(bool, survives);
    QFETCH(int, batchMaxMessages);
    constexpr int WorkMs = 150;
    QList<int> all;
    for (int n = 1; n <= 16; ++n)
        all << n;
    FakePop3Server server;
    QVERIFY(server.listen());
    server.setPipeliningAllowed(pipelining);
    checkDeletes(server, all);
    QStringList script
        = loginWith(QString(), QStringLiteral("+OK logged in"), pipelining) + listing(all);
    for (int n : all)
        script += retr(n, n);
    // A NOOP after every message but the last, since each took longer than keepAliveMs. Without
    // pipelining they queue behind the RETRs, which already keep the server busy.
    for (int n = 1; n < all.size(); ++n)
        script << QStringLiteral("C: NOOP") << QStringLiteral("S: +OK");
    for (int n : all)
        script += dele(n);
    script += quit();
    server.addConnectionScript(script);
    // On its own thread: it must see the time pass while this thread is busy storing.
    const satchel::test::FaultProxyThread proxyThread(
        QHostAddress::LocalHost, server.port(),
        [](satchel::test::FaultProxy &p) { p.setIdleTimeout(1500); });
    QVERIFY(proxyThread.isListening());
    const satchel::test::FaultProxy &proxy = proxyThread.proxy();

    int slowed = 0;
    const Run run = fetch(
        proxyThread.port(), *m_archive, m_account, deleteAfterDownload(),
        [&](FetchJob &job) {
            // Blocks the job's thread after each store, as a busy archive does.
            connect(&job, &FetchJob::progress, &job, [&slowed](const FetchProgress &p) {
                if (p.messagesDone > slowed) {
                    slowed = p.messagesDone;
                    QThread::msleep(WorkMs);
                }
            });
        },
        [keepAliveMs, batchMaxMessages](FetchSettings &s) {
            s.keepAliveMs = keepAliveMs;
            s.batchMaxMessages = batchMaxMessages;
        });
    QVERIFY(run.finished);
    if (survives) {
        QVERIFY2(run.result.ok(), qPrintable(run.result.message + run.result.errors.join(u'\n')));
        QCOMPARE(proxy.idleDrops(), 0);
        QCOMPARE(run.result.deletedOnServer, int(all.size()));
        SATCHEL_VERIFY_CONVERSATION(server);
        verifyStoredExactlyOnce(all);
    } else {
        QCOMPARE(run.result.outcome, FetchResult::Outcome::TryLater);
        QCOMPARE(proxy.idleDrops(), 1);
        QCOMPARE(run.result.deletedOnServer, 0);
        QVERIFY(m_deleted.isEmpty()); // the server never got to a DELE
        QVERIFY(must(m_archive->messageIds()).size() <= all.size());
    }
    if (survives)
        QVERIFY(slowed * WorkMs >= 2 * 600);
    QVERIFY2(m_badDeletes.isEmpty(), qPrintable(m_badDeletes.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestFetchJob)
#include "tst_fetchjob.moc"

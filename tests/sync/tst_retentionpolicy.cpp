// The retention policy as a pure function: every mode, their combinations and the boundaries.
#include "sync/RetentionPolicy.h"

#include <QTest>

using namespace satchel::sync;
using satchel::store::LedgerEntry;
using satchel::store::LedgerState;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

// "dad" delete after download, "days=N", "here" (until deleted here), "max=M", "bytes=B";
// joined by '|'. "" leaves everything on the server.
RetentionPolicy policyFrom(const QString &text)
{
    RetentionPolicy p;
    for (const QString &part : text.split(u'|', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0);
        const QString value = part.section(u'=', 1);
        if (key == u"dad")
            p.deleteAfterDownload = true;
        else if (key == u"days")
            p.maxDays = value.toInt();
        else if (key == u"here")
            p.untilDeletedHere = true;
        else if (key == u"max")
            p.maxMessages = value.toInt();
        else if (key == u"bytes")
            p.maxBytes = value.toLongLong();
        else
            qFatal("bad policy %s", qPrintable(part));
    }
    return p;
}

// "uidl:age:state", space separated. age: "<days>d" optionally "+<s>s" or "-<s>s".
// state: S stored, P partial, D delete_sent, X stored but deleted here, XP partial deleted here,
// E marked as downloaded elsewhere (no local copy, ever).
QList<LedgerEntry> ledgerFrom(const QString &text)
{
    QList<LedgerEntry> out;
    qint64 nextId = 1;
    for (const QString &item : text.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList f = item.split(u':');
        if (f.size() != 3)
            qFatal("bad ledger item %s", qPrintable(item));
        LedgerEntry e;
        e.accountId = 1;
        e.uidl = f[0];
        QString age = f[1];
        qint64 seconds = 0;
        const qsizetype d = age.indexOf(u'd');
        seconds = qint64(age.left(d).toInt()) * 86400;
        const QString rest = age.mid(d + 1);
        if (!rest.isEmpty())
            seconds += rest.chopped(1).toLongLong(); // "+5s" / "-1s"
        e.firstSeen = Now.addSecs(-seconds);
        const QString state = f[2];
        e.state = state.endsWith(u'P') ? LedgerState::Partial
            : state == u"D"            ? LedgerState::DeleteSent
            : state == u"E"            ? LedgerState::Elsewhere
                                       : LedgerState::Stored;
        if (!state.startsWith(u'X') && state != u"E")
            e.messageId = nextId;
        ++nextId;
        out << e;
    }
    return out;
}

// "uidl" or "uidl:size", space separated; numbered from 1 in this order.
QList<ServerMessage> listingFrom(const QString &text)
{
    QList<ServerMessage> out;
    int number = 0;
    for (const QString &item : text.split(u' ', Qt::SkipEmptyParts)) {
        ServerMessage m;
        m.number = ++number;
        m.uidl = item.section(u':', 0, 0);
        m.size = item.contains(u':') ? item.section(u':', 1).toLongLong() : 1000;
        out << m;
    }
    return out;
}

} // namespace

class TestRetentionPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data();
    void plan();
    void numbersFollowTheListing();
    void server_data();
    void server();
    void mode_data();
    void mode();
    void setModeKeepsTheCaps();
    void modeFromName_data();
    void modeFromName();
    void summary_data();
    void summary();
};

void TestRetentionPolicy::plan_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("ledger");
    QTest::addColumn<QString>("listing");
    QTest::addColumn<QString>("expected"); // UIDLs to DELE in server order, space separated
    QTest::addColumn<int>("left");

    // Leave forever.
    QTest::newRow("forever: nothing goes") << ""
                                           << "a:400d:S b:1d:S c:9d:X d:2d:P"
                                           << "a b c d"
                                           << "" << 4;
    QTest::newRow("forever: empty everything") << ""
                                               << ""
                                               << ""
                                               << "" << 0;

    // Delete right after a safe download.
    QTest::newRow("dad: stored goes") << "dad"
                                      << "a:0d:S b:0d:S"
                                      << "a b"
                                      << "a b" << 0;
    QTest::newRow("dad: unknown UIDL stays") << "dad"
                                             << "a:0d:S"
                                             << "a new1 new2"
                                             << "a" << 2;
    QTest::newRow("dad: not durably stored (no ledger row) stays") << "dad"
                                                                   << ""
                                                                   << "a b c"
                                                                   << "" << 3;
    QTest::newRow("dad: partial stays") << "dad"
                                        << "a:0d:P b:0d:S"
                                        << "a b"
                                        << "b" << 1;
    QTest::newRow("dad: stored then deleted here goes") << "dad"
                                                        << "a:0d:X"
                                                        << "a"
                                                        << "a" << 0;
    QTest::newRow("dad: ledger rows not listed are ignored") << "dad"
                                                             << "gone:1d:S a:0d:S"
                                                             << "a"
                                                             << "a" << 0;

    // Leave at most N days, from first stored.
    QTest::newRow("days=3: one second short stays") << "days=3"
                                                    << "a:3d-1s:S"
                                                    << "a"
                                                    << "" << 1;
    QTest::newRow("days=3: exactly three days goes") << "days=3"
                                                     << "a:3d:S"
                                                     << "a"
                                                     << "a" << 0;
    QTest::newRow("days=3: a second over goes") << "days=3"
                                                << "a:3d+1s:S"
                                                << "a"
                                                << "a" << 0;
    QTest::newRow("days=3: mixed ages") << "days=3"
                                        << "a:10d:S b:2d:S c:3d:S d:0d:S"
                                        << "a b c d"
                                        << "a c" << 2;
    QTest::newRow("days=3: old partial stays (body missing)") << "days=3"
                                                              << "a:30d:P b:30d:S"
                                                              << "a b"
                                                              << "b" << 1;
    QTest::newRow("days=3: old deleted here goes too") << "days=3"
                                                       << "a:30d:X"
                                                       << "a"
                                                       << "a" << 0;
    QTest::newRow("days=0: everything stored goes") << "days=0"
                                                    << "a:0d:S b:5d:S c:0d:P"
                                                    << "a b c"
                                                    << "a b" << 1;
    QTest::newRow("days=3: unknown UIDL stays") << "days=3"
                                                << "a:5d:S"
                                                << "x a"
                                                << "a" << 1;

    // Leave until deleted here.
    QTest::newRow("here: only deleted here goes") << "here"
                                                  << "a:100d:S b:1d:X c:1d:P"
                                                  << "a b c"
                                                  << "b" << 2;
    QTest::newRow("here: partial deleted here goes") << "here"
                                                     << "a:1d:XP b:1d:P"
                                                     << "a b"
                                                     << "a" << 1;

    // Caps, oldest first-seen first.
    QTest::newRow("max=2: two oldest of four go") << "max=2"
                                                  << "a:4d:S b:3d:S c:2d:S d:1d:S"
                                                  << "d c b a"
                                                  << "b a" << 2;
    QTest::newRow("max=4: at the cap nothing goes") << "max=4"
                                                    << "a:4d:S b:3d:S c:2d:S d:1d:S"
                                                    << "a b c d"
                                                    << "" << 4;
    QTest::newRow("max=0: all stored go, partial stays") << "max=0"
                                                         << "a:4d:S b:3d:P c:2d:S"
                                                         << "a b c"
                                                         << "a c" << 1;
    QTest::newRow("max=2: partial counts but is never removed") << "max=2"
                                                                << "p:9d:P a:3d:S b:2d:S c:1d:S"
                                                                << "p a b c"
                                                                << "a b" << 2;
    QTest::newRow("max=1: unknown UIDLs are not counted") << "max=1"
                                                          << "a:3d:S b:2d:S"
                                                          << "x y a b"
                                                          << "a" << 3;
    QTest::newRow("max=1: equal first-seen: lower number first") << "max=1"
                                                                 << "a:2d:S b:2d:S c:2d:S"
                                                                 << "c b a"
                                                                 << "c b" << 1;
    QTest::newRow("bytes=2500: oldest go until under") << "bytes=2500"
                                                       << "a:3d:S b:2d:S c:1d:S"
                                                       << "a:1000 b:1000 c:1000"
                                                       << "a" << 2;
    QTest::newRow("bytes=2000: exactly at the cap stays") << "bytes=2000"
                                                          << "a:3d:S b:2d:S"
                                                          << "a:1000 b:1000"
                                                          << "" << 2;
    QTest::newRow("bytes=1999: one byte over") << "bytes=1999"
                                               << "a:3d:S b:2d:S"
                                               << "a:1000 b:1000"
                                               << "a" << 1;
    QTest::newRow("bytes=5000: a big young one forces old small ones out") << "bytes=5000"
                                                                           << "a:3d:S b:2d:S c:1d:S"
                                                                           << "a:10 b:10 c:9000"
                                                                           << "a b c" << 0;

    // Combinations: the union of every rule's reasons.
    QTest::newRow("days=3|max=1: age first, then the cap on what is left") << "days=3|max=1"
                                                                           << "a:9d:S b:2d:S c:1d:S"
                                                                           << "a b c"
                                                                           << "a b" << 1;
    QTest::newRow("days=3|here") << "days=3|here"
                                 << "a:9d:S b:1d:X c:1d:S"
                                 << "a b c"
                                 << "a b" << 1;
    QTest::newRow("here|max=2") << "here|max=2"
                                << "a:5d:S b:4d:X c:3d:S d:1d:S"
                                << "a b c d"
                                << "a b" << 2;
    QTest::newRow("max=2|bytes=1500: the stricter wins") << "max=2|bytes=1500"
                                                         << "a:3d:S b:2d:S c:1d:S"
                                                         << "a b c"
                                                         << "a b" << 1;
    QTest::newRow("dad|days=30|max=10: dad alone decides") << "dad|days=30|max=10"
                                                           << "a:0d:S b:0d:P"
                                                           << "a b"
                                                           << "a" << 1;
    QTest::newRow("days=3|here|max=2|bytes=5000: all rules") << "days=3|here|max=2|bytes=5000"
                                                             << "a:9d:S b:1d:X c:2d:S d:1d:S e:1d:P"
                                                             << "a b c:2000 d:2000 e"
                                                             << "a b c" << 2;

    // Rows an earlier broken session marked delete_sent are sent DELE again, whatever the
    // policy says now.
    QTest::newRow("delete_sent again under forever") << ""
                                                     << "a:1d:D b:1d:S"
                                                     << "a b"
                                                     << "a" << 1;
    QTest::newRow("delete_sent again under days") << "days=30"
                                                  << "a:1d:D"
                                                  << "a"
                                                  << "a" << 0;
    QTest::newRow("delete_sent not listed: nothing to send") << ""
                                                             << "a:1d:D"
                                                             << "b"
                                                             << "" << 1;

    // "Mark everything as already downloaded": never stored here, so never deleted, by any
    // rule, and not counted against the caps (they limit what Satchel leaves on the server).
    QTest::newRow("elsewhere: forever") << ""
                                        << "a:400d:E b:1d:S"
                                        << "a b"
                                        << "" << 2;
    QTest::newRow("elsewhere: dad keeps it") << "dad"
                                             << "a:0d:E b:0d:S"
                                             << "a b"
                                             << "b" << 1;
    QTest::newRow("elsewhere: days keeps it") << "days=3"
                                              << "a:400d:E b:4d:S"
                                              << "a b"
                                              << "b" << 1;
    QTest::newRow("elsewhere: here keeps it (no local copy is not 'deleted here')")
        << "here"
        << "a:9d:E b:9d:X"
        << "a b"
        << "b" << 1;
    QTest::newRow("elsewhere: max=0 keeps it") << "max=0"
                                               << "a:9d:E b:1d:S"
                                               << "a b"
                                               << "b" << 1;
    QTest::newRow("elsewhere: not counted against max=1") << "max=1"
                                                          << "a:9d:E b:9d:E c:1d:S"
                                                          << "a b c"
                                                          << "" << 3;
    QTest::newRow("elsewhere: not counted against bytes=1000") << "bytes=1000"
                                                               << "a:9d:E c:1d:S"
                                                               << "a:5000 c:1000"
                                                               << "" << 2;
    QTest::newRow("elsewhere: all rules") << "dad|days=0|here|max=0|bytes=0"
                                          << "a:9d:E b:9d:S"
                                          << "a b"
                                          << "b" << 1;

    // A UIDL listed twice: which copy is which is unknown, so neither is deleted.
    QTest::newRow("duplicated UIDL stays") << "dad"
                                           << "a:0d:S b:0d:S"
                                           << "a b a"
                                           << "b" << 2;
    QTest::newRow("duplicated delete_sent stays") << ""
                                                  << "a:0d:D"
                                                  << "a a"
                                                  << "" << 2;
}

void TestRetentionPolicy::plan()
{
    QFETCH(QString, policy);
    QFETCH(QString, ledger);
    QFETCH(QString, listing);
    QFETCH(QString, expected);
    QFETCH(int, left);

    const RetentionPlan plan
        = planRetention(ledgerFrom(ledger), policyFrom(policy), Now, listingFrom(listing));
    QCOMPARE(plan.toDelete.join(u' '), expected);
    QCOMPARE(plan.leftOnServer, left);
    QCOMPARE(plan.numbers.size(), plan.toDelete.size());
}

void TestRetentionPolicy::numbersFollowTheListing()
{
    const RetentionPlan plan = planRetention(ledgerFrom(QStringLiteral("a:0d:S c:0d:S")),
                                             policyFrom(QStringLiteral("dad")), Now,
                                             listingFrom(QStringLiteral("x a y a2 c")));
    QCOMPARE(plan.toDelete, (QStringList {QStringLiteral("a"), QStringLiteral("c")}));
    QCOMPARE(plan.numbers, (QList<int> {2, 5}));

    const RetentionPlan dup
        = planRetention(ledgerFrom(QStringLiteral("a:0d:S")), policyFrom(QStringLiteral("dad")),
                        Now, listingFrom(QStringLiteral("a a a")));
    QVERIFY(dup.toDelete.isEmpty());
    QCOMPARE(dup.duplicated, QStringList {QStringLiteral("a")});
}

void TestRetentionPolicy::server_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<bool>("uidl");
    QTest::addColumn<int>("expire"); // -2: not announced
    QTest::addColumn<bool>("refused");
    QTest::addColumn<int>("warnings");

    QTest::newRow("uidl, dad") << "dad" << true << -2 << false << 0;
    QTest::newRow("uidl, forever") << "" << true << -2 << false << 0;
    QTest::newRow("no uidl, dad works") << "dad" << false << -2 << false << 0;
    QTest::newRow("no uidl, forever refused") << "" << false << -2 << true << 0;
    QTest::newRow("no uidl, days refused") << "days=7" << false << -2 << true << 0;
    QTest::newRow("no uidl, here refused") << "here" << false << -2 << true << 0;
    QTest::newRow("no uidl, caps refused") << "max=10|bytes=1000" << false << -2 << true << 0;
    QTest::newRow("no uidl, dad and days: dad decides")
        << "dad|days=7" << false << -2 << false << 0;
    QTest::newRow("EXPIRE 0, leave: warning") << "days=7" << true << 0 << false << 1;
    QTest::newRow("EXPIRE 0, dad: nothing to warn about") << "dad" << true << 0 << false << 0;
    QTest::newRow("EXPIRE NEVER") << "" << true << -1 << false << 0;
    QTest::newRow("EXPIRE 30") << "" << true << 30 << false << 0;
    QTest::newRow("no uidl and EXPIRE 0: refused") << "" << false << 0 << true << 0;
}

void TestRetentionPolicy::server()
{
    QFETCH(QString, policy);
    QFETCH(bool, uidl);
    QFETCH(int, expire);
    QFETCH(bool, refused);
    QFETCH(int, warnings);

    const ServerVerdict verdict = checkServer(
        policyFrom(policy), uidl, expire == -2 ? std::nullopt : std::optional<int>(expire));
    QCOMPARE(verdict.refused(), refused);
    QCOMPARE(verdict.warnings.size(), warnings);
    if (refused)
        QVERIFY(verdict.refusal.contains(QStringLiteral("UIDL")));
}

void TestRetentionPolicy::mode_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("name");
    using Mode = RetentionPolicy::Mode;
    QTest::newRow("nothing set") << "" << int(Mode::Forever) << "forever";
    QTest::newRow("delete") << "dad" << int(Mode::DeleteAfterDownload) << "no";
    QTest::newRow("days") << "days=30" << int(Mode::ForDays) << "days:30";
    QTest::newRow("days:0") << "days=0" << int(Mode::ForDays) << "days:0";
    QTest::newRow("here") << "here" << int(Mode::UntilDeletedHere) << "until-deleted";
    QTest::newRow("caps alone") << "max=5|bytes=100" << int(Mode::Forever) << "forever";
    // Stored settings that set several (no front end writes them): read as the forms read them.
    QTest::newRow("delete wins") << "dad|days=3|here" << int(Mode::DeleteAfterDownload) << "no";
    QTest::newRow("days before here") << "days=3|here" << int(Mode::ForDays) << "days:3";
}

void TestRetentionPolicy::mode()
{
    QFETCH(QString, policy);
    QFETCH(int, mode);
    QFETCH(QString, name);
    const RetentionPolicy p = policyFrom(policy);
    QCOMPARE(int(p.mode()), mode);
    QCOMPARE(p.modeName(), name);
}

void TestRetentionPolicy::setModeKeepsTheCaps()
{
    using Mode = RetentionPolicy::Mode;
    RetentionPolicy p = policyFrom(QStringLiteral("dad|max=5|bytes=100"));
    p.setMode(Mode::ForDays, 30);
    QCOMPARE(p, policyFrom(QStringLiteral("days=30|max=5|bytes=100")));
    p.setMode(Mode::UntilDeletedHere);
    QCOMPARE(p, policyFrom(QStringLiteral("here|max=5|bytes=100")));
    p.setMode(Mode::Forever);
    QCOMPARE(p, policyFrom(QStringLiteral("max=5|bytes=100")));
    p.setMode(Mode::DeleteAfterDownload);
    QCOMPARE(p, policyFrom(QStringLiteral("dad|max=5|bytes=100")));
    QVERIFY(!p.leavesMessagesOnServer());
}

// --leave-on-server (moved here from tst_accounts with its rows).
void TestRetentionPolicy::modeFromName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("deleteAfterDownload");
    QTest::addColumn<int>("days"); // -1: none
    QTest::addColumn<bool>("untilDeleted");
    QTest::newRow("no") << "no" << true << true << -1 << false;
    QTest::newRow("forever") << "forever" << true << false << -1 << false;
    QTest::newRow("days") << "days:30" << true << false << 30 << false;
    QTest::newRow("days:0") << "days:0" << true << false << 0 << false;
    QTest::newRow("until-deleted") << "until-deleted" << true << false << -1 << true;
    QTest::newRow("case") << "Until-Deleted" << true << false << -1 << true;
    QTest::newRow("negative days") << "days:-1" << false << false << -1 << false;
    QTest::newRow("no number") << "days:" << false << false << -1 << false;
    QTest::newRow("nonsense") << "sometimes" << false << false << -1 << false;
}

void TestRetentionPolicy::modeFromName()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    RetentionPolicy policy;
    policy.maxDays = 99; // replaced: one mode at a time
    policy.maxMessages = 5; // kept: caps combine with any mode
    const RetentionPolicy before = policy;
    QCOMPARE(policy.setModeFromName(text), valid);
    if (!valid) {
        QCOMPARE(policy, before);
        return;
    }
    QFETCH(bool, deleteAfterDownload);
    QFETCH(int, days);
    QFETCH(bool, untilDeleted);
    QCOMPARE(policy.deleteAfterDownload, deleteAfterDownload);
    QCOMPARE(policy.maxDays, days < 0 ? std::nullopt : std::optional<int>(days));
    QCOMPARE(policy.untilDeletedHere, untilDeleted);
    QCOMPARE(policy.maxMessages, std::optional<int>(5));
    // The name reads back as the same policy.
    RetentionPolicy again;
    again.maxMessages = 5;
    QVERIFY(again.setModeFromName(policy.modeName()));
    QCOMPARE(again, policy);
}

void TestRetentionPolicy::summary_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("summary");
    QTest::newRow("forever") << ""
                             << "leave forever";
    QTest::newRow("delete") << "dad"
                            << "delete after download";
    QTest::newRow("here") << "here"
                          << "leave until deleted here";
    // As `satchel account list` prints it (README).
    QTest::newRow("days and caps") << "days=14|max=100|bytes=52428800"
                                   << "leave 14 days, at most 100 messages, at most 50 MB";
}

void TestRetentionPolicy::summary()
{
    QFETCH(QString, policy);
    QFETCH(QString, summary);
    QCOMPARE(policyFrom(policy).summary(), summary);
}

QTEST_GUILESS_MAIN(TestRetentionPolicy)
#include "tst_retentionpolicy.moc"

// Repeated fetches from the real Dovecot through FaultProxy, a loopback proxy that cuts, stalls
// and truncates the link at seeded random byte offsets in either direction, then a clean run:
// each message ends up in the archive exactly once and byte for byte, and nothing is ever gone
// from the server that is not stored here - with delete-after-download and leaving on the server.
//
// SATCHEL_FAULT_SEED picks another seed (the one used is printed), SATCHEL_FAULT_ROUNDS and
// SATCHEL_FAULT_MESSAGES scale it; the sanitizer build runs fewer.
#include "DovecotFixture.h"
#include "FaultProxy.h"
#include "Must.h"
#include "pop3/Session.h"
#include "store/Archive.h"
#include "sync/FetchJob.h"

#include <QDir>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace satchel;
using namespace satchel::sync;
using satchel::test::CorpusMaildir;
using satchel::test::DovecotFixture;
using satchel::test::FaultProxy;
using satchel::test::must;

namespace {

#ifdef SATCHEL_SANITIZED
constexpr int DefaultMessages = 120;
constexpr int DefaultRounds = 12;
#else
constexpr int DefaultMessages = 300;
constexpr int DefaultRounds = 30;
#endif

int fromEnvironment(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

QByteArray messageIdOf(const QByteArray &raw)
{
    static const QRegularExpression id(QStringLiteral("Message-ID: (<[^>]+>)"));
    return id.match(QString::fromLatin1(raw)).captured(1).toLatin1();
}

} // namespace

class TestFaultSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void faults_data();
    void faults();

private:
    FetchResult fetch(quint16 port, const RetentionPolicy &policy);
    // Message-ID -> the bytes a client gets, of the messages in the maildir now.
    [[nodiscard]] QSet<QByteArray> serverIds() const;
    void verifyInvariant(const QString &round);
    void emptyMailbox();

    std::unique_ptr<DovecotFixture> m_dovecot;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Archive> m_archive;
    qint64 m_account = 0;
    QHash<QByteArray, QByteArray> m_expected; // Message-ID -> RETR content
    int m_generated = 0;
};

void TestFaultSync::initTestCase()
{
    SATCHEL_REQUIRE_DOVECOT();
    m_dovecot = std::make_unique<DovecotFixture>();
    QVERIFY2(m_dovecot->start(), qPrintable(m_dovecot->errorString()));
}

void TestFaultSync::cleanupTestCase()
{
    m_dovecot.reset();
}

FetchResult TestFaultSync::fetch(quint16 port, const RetentionPolicy &policy)
{
    pop3::SessionSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = pop3::Security::None; // the faults land in POP3 itself, not in TLS records
    s.allowCleartextPassword = true;
    s.user = m_dovecot->userName();
    s.secret = m_dovecot->password();
    s.connectTimeoutMs = 5000;
    s.handshakeTimeoutMs = 5000;
    s.commandTimeoutMs = 700; // a stall ends quickly
    pop3::Session session(s);
    FetchSettings settings;
    settings.accountId = m_account;
    settings.policy = policy;
    FetchJob job(&session, m_archive.get(), settings);
    QEventLoop loop;
    connect(&job, &FetchJob::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    job.start();
    if (!job.isFinished())
        loop.exec();
    FetchResult result = job.result();
    if (!job.isFinished()) {
        result.outcome = FetchResult::Outcome::Failed;
        result.message = QStringLiteral("the test gave up waiting");
    }
    return result;
}

QSet<QByteArray> TestFaultSync::serverIds() const
{
    QSet<QByteArray> ids;
    for (const char *sub : {"cur", "new"}) {
        const QDir dir(m_dovecot->maildir() + u'/' + QLatin1String(sub));
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                ids.insert(messageIdOf(file.read(4096)));
        }
    }
    return ids;
}

void TestFaultSync::verifyInvariant(const QString &round)
{
    // Every stored message is one of ours, byte for byte, and stored once.
    QSet<QByteArray> stored;
    for (qint64 id : must(m_archive->messageIds())) {
        const QByteArray raw = must(m_archive->rawMessage(id));
        const QByteArray messageId = messageIdOf(raw);
        QVERIFY2(m_expected.value(messageId) == raw,
                 qPrintable(round + QStringLiteral(": message %1 is not byte-exact").arg(id)));
        QVERIFY2(!stored.contains(messageId),
                 qPrintable(round + u": stored twice: " + QString::fromLatin1(messageId)));
        stored.insert(messageId);
    }
    // Nothing is gone from both sides.
    const QSet<QByteArray> onServer = serverIds();
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it)
        QVERIFY2(stored.contains(it.key()) || onServer.contains(it.key()),
                 qPrintable(round + u": lost " + QString::fromLatin1(it.key())));
}

void TestFaultSync::emptyMailbox()
{
    for (const char *sub : {"cur", "new"}) {
        QDir dir(m_dovecot->maildir() + u'/' + QLatin1String(sub));
        for (const QString &name : dir.entryList(QDir::Files))
            dir.remove(name);
    }
}

void TestFaultSync::faults_data()
{
    QTest::addColumn<bool>("deleteAfterDownload");
    QTest::newRow("delete after download") << true;
    QTest::newRow("leave on the server") << false;
}

void TestFaultSync::faults()
{
    QFETCH(bool, deleteAfterDownload);
    const int messages = fromEnvironment("SATCHEL_FAULT_MESSAGES", DefaultMessages);
    const int rounds = fromEnvironment("SATCHEL_FAULT_ROUNDS", DefaultRounds);
    const quint32 seed
        = quint32(fromEnvironment("SATCHEL_FAULT_SEED", 20261122)) + (deleteAfterDownload ? 0 : 1);
    qInfo("seed %u, %d messages, %d rounds", seed, messages, rounds);

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_archive = must(store::Archive::open(m_dir->filePath(QStringLiteral("archive.sqlite"))));
    m_account = must(m_archive->createAccount(QStringLiteral("dovecot")));
    emptyMailbox();
    m_expected.clear();
    for (const QByteArray &raw : CorpusMaildir::syntheticMessages(messages, m_generated + 1)) {
        QVERIFY(m_dovecot->addMessage(raw));
        m_expected.insert(messageIdOf(raw), CorpusMaildir::expectedRetrContent(raw));
    }
    m_generated += messages;

    RetentionPolicy policy;
    policy.deleteAfterDownload = deleteAfterDownload;
    FaultProxy proxy(QHostAddress::LocalHost, m_dovecot->pop3Port());
    QVERIFY(proxy.listen());
    QRandomGenerator random(seed);
    int failedRounds = 0;
    for (int round = 1; round <= rounds; ++round) {
        // Offsets within what this session will carry (roughly: the login, the listings, what is
        // left to download; the commands), so that most faults fire.
        QSet<QByteArray> stored;
        for (qint64 id : must(m_archive->messageIds()))
            stored.insert(messageIdOf(must(m_archive->rawMessage(id))));
        const QSet<QByteArray> onServer = serverIds();
        qint64 toClient = 400 + qint64(onServer.size()) * 40;
        qint64 toServer = 60;
        for (const QByteArray &id : onServer) {
            if (!stored.contains(id)) {
                toServer += 10; // RETR
                toClient += m_expected.value(id).size() + 20;
            }
            if (deleteAfterDownload)
                toServer += 10; // DELE
        }
        const FaultProxy::Fault fault
            = FaultProxy::randomFault(random, toClient, toServer, /*allowStall=*/round % 3 == 0);
        proxy.addFault(fault);
        const FetchResult r = fetch(proxy.port(), policy);
        if (!r.ok())
            ++failedRounds;
        QVERIFY2(r.outcome != FetchResult::Outcome::Refused, qPrintable(r.message));
        verifyInvariant(
            QStringLiteral("round %1 (%2)").arg(round).arg(FaultProxy::describe(fault)));
    }
    qInfo("%d of %d rounds ended early; %d faults fired", failedRounds, rounds,
          proxy.faultsFired());
    QVERIFY(proxy.faultsFired() >= rounds / 3); // the faults really hit

    // Clean runs: the first may still have delete_sent rows to settle.
    FetchResult clean;
    for (int attempt = 0; attempt < 2; ++attempt) {
        clean = fetch(proxy.port(), policy);
        QVERIFY2(clean.ok(), qPrintable(clean.message + clean.errors.join(u'\n')));
    }
    QCOMPARE(clean.newMessages(), 0);
    verifyInvariant(QStringLiteral("after the clean runs"));
    QCOMPARE(must(m_archive->messageIds()).size(), messages);
    if (deleteAfterDownload) {
        QVERIFY(serverIds().isEmpty());
        QVERIFY(must(m_archive->ledger(m_account)).isEmpty());
    } else {
        QCOMPARE(serverIds().size(), messages);
        QCOMPARE(must(m_archive->ledger(m_account)).size(), messages);
    }
    QVERIFY(must(m_archive->checkIntegrity()).isEmpty());
    m_archive.reset();
    emptyMailbox();
}

QTEST_GUILESS_MAIN(TestFaultSync)
#include "tst_faultsync.moc"

// FetchRunner and ThreadedTransport: the fetch runs off the calling thread, the socket on a thread
// of its own; results come back queued; cancel and destruction at any moment lose and duplicate
// nothing; the inbox between the threads is bounded and keeps the bytes in order.
#include "FakePop3Server.h"
#include "Must.h"
#include "pop3/SslSocketTransport.h"
#include "store/Archive.h"
#include "sync/FetchRunner.h"
#include "sync/ThreadedTransport.h"

#include <QEventLoop>
#include <QMutex>
#include <QSet>
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
    return "From: s" + QByteArray::number(n) + "@example.org\r\nTo: a@example.org\r\nSubject: m"
        + QByteArray::number(n) + "\r\n\r\nBody " + QByteArray::number(n) + "\r\n";
}

QStringList login()
{
    const QStringList capa {QStringLiteral("S: USER"), QStringLiteral("S: UIDL"),
                            QStringLiteral("S: PIPELINING")};
    QStringList lines {QStringLiteral("S: +OK ready"), QStringLiteral("C: CAPA"),
                       QStringLiteral("S: +OK")};
    lines += capa;
    lines << QStringLiteral("S: .") << QStringLiteral("C: USER alice") << QStringLiteral("S: +OK")
          << QStringLiteral("C: PASS ") + QString::fromLatin1(Password) << QStringLiteral("S: +OK")
          << QStringLiteral("C: CAPA") << QStringLiteral("S: +OK");
    lines += capa;
    lines << QStringLiteral("S: .");
    return lines;
}

QStringList listing(int count)
{
    QStringList lines {QStringLiteral("C: UIDL"), QStringLiteral("S: +OK")};
    for (int n = 1; n <= count; ++n)
        lines << QStringLiteral("S: %1 u%1").arg(n);
    lines << QStringLiteral("S: .") << QStringLiteral("C: LIST") << QStringLiteral("S: +OK");
    for (int n = 1; n <= count; ++n)
        lines << QStringLiteral("S: %1 %2").arg(n).arg(messageText(n).size());
    lines << QStringLiteral("S: .");
    return lines;
}

QStringList retr(int n)
{
    return QStringList {QStringLiteral("C: RETR %1").arg(n), QStringLiteral("S: +OK")}
    + FakePop3Server::multiline(messageText(n));
}

// Records the threads the real transport is driven from.
class RecordingTransport final : public pop3::Transport
{
public:
    RecordingTransport(QSet<QThread *> *threads, QMutex *mutex)
        : m_inner(new pop3::SslSocketTransport({}, {}, this))
        , m_threads(threads)
        , m_mutex(mutex)
    {
        connect(m_inner, &Transport::connected, this, &Transport::connected);
        connect(m_inner, &Transport::encrypted, this, &Transport::encrypted);
        connect(m_inner, &Transport::readyRead, this, &Transport::readyRead);
        connect(m_inner, &Transport::failed, this, &Transport::failed);
    }
    void connectToHost(const QString &host, quint16 port, bool implicitTls) override
    {
        record();
        m_inner->connectToHost(host, port, implicitTls);
    }
    void startTls() override { m_inner->startTls(); }
    void write(const QByteArray &data) override
    {
        record();
        m_inner->write(data);
    }
    QByteArray readAll() override
    {
        record();
        return m_inner->readAll();
    }
    bool isEncrypted() const override { return m_inner->isEncrypted(); }
    void abort() override { m_inner->abort(); }

private:
    void record()
    {
        QMutexLocker lock(m_mutex);
        m_threads->insert(QThread::currentThread());
    }
    pop3::Transport *m_inner;
    QSet<QThread *> *m_threads;
    QMutex *m_mutex;
};

// A server that floods: every readAll() hands over one chunk of a counting byte pattern.
class FloodTransport final : public pop3::Transport
{
public:
    static constexpr qsizetype Chunk = 1024 * 1024;
    explicit FloodTransport(qint64 total)
        : m_left(total)
    { }
    void connectToHost(const QString &, quint16, bool) override
    {
        Q_EMIT connected();
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this, timer] {
            if (m_left == 0)
                timer->stop();
            else
                Q_EMIT readyRead();
        });
        timer->start(0);
    }
    void startTls() override { }
    void write(const QByteArray &) override { }
    QByteArray readAll() override
    {
        const qsizetype n = qsizetype(std::min<qint64>(Chunk, m_left));
        QByteArray chunk(n, Qt::Uninitialized);
        for (qsizetype i = 0; i < n; ++i)
            chunk[i] = char((m_sent + i) % 251);
        m_sent += n;
        m_left -= n;
        return chunk;
    }
    bool isEncrypted() const override { return false; }
    void abort() override { m_left = 0; }

private:
    qint64 m_left;
    qint64 m_sent = 0;
};

} // namespace

class TestFetchRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void runsOnItsOwnThreads();
    void cancelLosesAndDuplicatesNothing();
    void destroyedWhileRunning();
    void boundedInboxKeepsOrder();

private:
    FetchRequest request(quint16 port) const;
    QList<QByteArray> stored();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    qint64 m_account = 0;
};

void TestFetchRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("archive.sqlite"));
    auto archive = must(store::Archive::open(m_path));
    m_account = must(archive->createAccount(QStringLiteral("Test")));
}

FetchRequest TestFetchRunner::request(quint16 port) const
{
    FetchRequest r;
    r.archivePath = m_path;
    r.session.host = QStringLiteral("127.0.0.1");
    r.session.port = port;
    r.session.security = pop3::Security::None;
    r.session.allowCleartextPassword = true;
    r.session.user = QStringLiteral("alice");
    r.session.secret = QString::fromLatin1(Password);
    r.session.commandTimeoutMs = 5000;
    r.fetch.accountId = m_account;
    return r;
}

QList<QByteArray> TestFetchRunner::stored()
{
    auto archive = must(store::Archive::open(m_path));
    QList<QByteArray> all;
    for (qint64 id : must(archive->messageIds()))
        all << must(archive->rawMessage(id));
    return all;
}

void TestFetchRunner::runsOnItsOwnThreads()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    server.addConnectionScript(login() + listing(3) + retr(1) + retr(2) + retr(3)
                               + QStringList {QStringLiteral("C: QUIT"), QStringLiteral("S: +OK")});
    QSet<QThread *> ioThreads;
    QThread *fetchThread = nullptr;
    QMutex mutex;
    FetchRequest r = request(server.port());
    r.makeTransport = [&]() -> std::unique_ptr<pop3::Transport> {
        fetchThread = QThread::currentThread(); // called where the job and session live
        return std::make_unique<RecordingTransport>(&ioThreads, &mutex);
    };
    FetchRunner runner(r);
    QList<QThread *> deliveredOn;
    int progressCount = 0;
    connect(&runner, &FetchRunner::progress, this, [&](const FetchProgress &p) {
        ++progressCount;
        QVERIFY(p.messagesDone <= 3);
        deliveredOn << QThread::currentThread();
    });
    std::optional<FetchResult> result;
    connect(&runner, &FetchRunner::finished, this, [&](const FetchResult &f) {
        result = f;
        deliveredOn << QThread::currentThread();
    });
    runner.start();
    QVERIFY(runner.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(result->newMessages(), 3);
    QVERIFY(runner.isFinished());
    QVERIFY(progressCount > 0);
    for (QThread *t : std::as_const(deliveredOn))
        QCOMPARE(t, QThread::currentThread()); // queued back to the caller's thread
    QVERIFY(fetchThread && fetchThread != QThread::currentThread());
    QCOMPARE(ioThreads.size(), 1); // one network thread, for every socket call
    QThread *network = *ioThreads.cbegin();
    QVERIFY(network != QThread::currentThread());
    QVERIFY(network != fetchThread);
    SATCHEL_VERIFY_CONVERSATION(server);
    QCOMPARE(stored(), (QList<QByteArray> {messageText(1), messageText(2), messageText(3)}));
}

void TestFetchRunner::cancelLosesAndDuplicatesNothing()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    // Message 2 never finishes: the fetch is cancelled while it waits.
    QStringList first = login() + listing(3) + retr(1);
    first << QStringLiteral("C: RETR 2") << QStringLiteral("C: RETR 3") << QStringLiteral("STALL");
    server.addConnectionScript(first);
    server.addConnectionScript(login() + listing(3) + retr(2) + retr(3)
                               + QStringList {QStringLiteral("C: QUIT"), QStringLiteral("S: +OK")});
    {
        FetchRunner runner(request(server.port()));
        std::optional<FetchResult> result;
        connect(&runner, &FetchRunner::progress, this, [&](const FetchProgress &p) {
            if (p.messagesDone == 1)
                runner.cancel();
        });
        connect(&runner, &FetchRunner::finished, this, [&](const FetchResult &f) { result = f; });
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QCOMPARE(result->outcome, FetchResult::Outcome::Cancelled);
        QCOMPARE(result->newMessages(), 1);
    }
    QCOMPARE(stored(), QList<QByteArray> {messageText(1)});
    FetchRunner again(request(server.port()));
    std::optional<FetchResult> result;
    connect(&again, &FetchRunner::finished, this, [&](const FetchResult &f) { result = f; });
    again.start();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(result->newMessages(), 2);
    SATCHEL_VERIFY_CONVERSATION(server);
    QCOMPARE(stored(), (QList<QByteArray> {messageText(1), messageText(2), messageText(3)}));
}

void TestFetchRunner::destroyedWhileRunning()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    QStringList script = login() + listing(2) + retr(1);
    script << QStringLiteral("C: RETR 2") << QStringLiteral("STALL");
    server.setScript(script);
    bool sawOne = false;
    {
        FetchRunner runner(request(server.port()));
        connect(&runner, &FetchRunner::progress, this,
                [&](const FetchProgress &p) { sawOne = sawOne || p.messagesDone == 1; });
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(sawOne, 10000);
        // Destroyed here, mid-fetch: it cancels and waits for its threads.
    }
    QCOMPARE(stored(), QList<QByteArray> {messageText(1)});
    auto archive = must(store::Archive::open(m_path));
    QCOMPARE(must(archive->checkIntegrity()), QStringList());
    // Never started: nothing happens, and destroying it is fine.
    FetchRunner idle(request(server.port()));
    QVERIFY(!idle.isRunning());
}

void TestFetchRunner::boundedInboxKeepsOrder()
{
    QThread network;
    network.start();
    const qint64 total = 40 * FloodTransport::Chunk + 12345;
    auto owned
        = std::make_unique<ThreadedTransport>(std::make_unique<FloodTransport>(total), &network);
    ThreadedTransport &transport = *owned;
    qint64 received = 0;
    qsizetype largest = 0;
    bool inOrder = true;
    int slowReads = 0;
    connect(&transport, &pop3::Transport::readyRead, this, [&] {
        // A slow consumer, so that the network side runs ahead until the inbox is full.
        if (slowReads++ < 5)
            QThread::msleep(100);
        const QByteArray data = transport.readAll();
        largest = std::max(largest, data.size());
        for (qsizetype i = 0; i < data.size() && inOrder; ++i)
            inOrder = data.at(i) == char((received + i) % 251);
        received += data.size();
    });
    transport.connectToHost(QStringLiteral("flood"), 1, false);
    QTRY_COMPARE_WITH_TIMEOUT(received, total, 20000);
    QVERIFY(inOrder);
    QVERIFY(largest > FloodTransport::Chunk); // it did run ahead of the slow reader...
    QVERIFY2(largest <= ThreadedTransport::MaxInboxBytes + FloodTransport::Chunk,
             qPrintable(QString::number(largest))); // ...but no further than the bound
    owned.reset(); // its network side goes with the thread's last events
    network.quit();
    network.wait();
}

QTEST_GUILESS_MAIN(TestFetchRunner)
#include "tst_fetchrunner.moc"

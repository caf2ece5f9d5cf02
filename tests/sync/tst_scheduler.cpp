// The fetch scheduler with an injected clock and network state: no test here sleeps.
#include "sync/Scheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace satchel::sync;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

class FakeClock : public SchedulerClock
{
public:
    QDateTime now() const override { return m_now; }
    void wakeAt(const QDateTime &when) override { m_wake = when; }

    // Moves time forward and wakes the scheduler when its wake-up time has come, as a timer
    // would.
    void advance(qint64 seconds)
    {
        m_now = m_now.addSecs(seconds);
        if (m_wake.isValid() && m_wake <= m_now) {
            m_wake = QDateTime();
            Q_EMIT woke();
        }
    }
    QDateTime wake() const { return m_wake; }

private:
    QDateTime m_now = T0;
    QDateTime m_wake;
};

class FakeNetwork : public NetworkMonitor
{
public:
    State state() const override { return m_state; }
    bool isMetered() const override { return m_metered; }
    void set(State state, bool metered = false)
    {
        m_state = state;
        m_metered = metered;
        Q_EMIT changed();
    }

private:
    State m_state = State::Online;
    bool m_metered = false;
};

FetchResult resultOf(FetchResult::Outcome outcome, int loginDelaySeconds = 0)
{
    FetchResult r;
    r.outcome = outcome;
    r.loginDelaySeconds = loginDelaySeconds;
    return r;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startupThenEveryInterval();
    void backoff_data();
    void backoff();
    void loginDelayIsRespected();
    void personNeededPauses_data();
    void personNeededPauses();
    void offlineSkipsAndCatchesUp();
    void unknownNetworkStillFetches();
    void meteredSuggestsHeadersOnly();
    void oneFetchPerAccountAtATime();
    void fetchNowWhileOffline();
    void qtNetworkMonitorDegradesCleanly();

private:
    [[nodiscard]] QList<qint64> due();

    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<Scheduler> m_scheduler;
    QList<qint64> m_due;
};

void TestScheduler::init()
{
    m_clock = std::make_unique<FakeClock>();
    m_network = std::make_unique<FakeNetwork>();
    m_scheduler = std::make_unique<Scheduler>(m_network.get(), m_clock.get());
    m_due.clear();
    connect(m_scheduler.get(), &Scheduler::fetchDue, this, [this](qint64 id) { m_due << id; });
}

void TestScheduler::cleanup()
{
    m_scheduler.reset();
    m_network.reset();
    m_clock.reset();
}

QList<qint64> TestScheduler::due()
{
    return std::exchange(m_due, {});
}

void TestScheduler::startupThenEveryInterval()
{
    m_scheduler->setAccount(1, 10);
    m_scheduler->setAccount(2, 0); // only at start and by hand
    QVERIFY(due().isEmpty()); // nothing before start()
    m_scheduler->start();
    QCOMPARE(due(), (QList<qint64> {1, 2}));
    QVERIFY(m_scheduler->isFetching(1));

    m_scheduler->fetchFinished(1, resultOf(FetchResult::Outcome::Success));
    m_scheduler->fetchFinished(2, resultOf(FetchResult::Outcome::Success));
    QCOMPARE(m_scheduler->nextFetch(1), T0.addSecs(600));
    QVERIFY(!m_scheduler->nextFetch(2).isValid());
    QCOMPARE(m_clock->wake(), T0.addSecs(600));

    m_clock->advance(599);
    QVERIFY(due().isEmpty());
    m_clock->advance(1);
    QCOMPARE(due(), QList<qint64> {1});
    // The interval counts from the end of the last fetch.
    m_clock->advance(30);
    m_scheduler->fetchFinished(1, resultOf(FetchResult::Outcome::Success));
    QCOMPARE(m_scheduler->nextFetch(1), T0.addSecs(600 + 30 + 600));
}

void TestScheduler::backoff_data()
{
    QTest::addColumn<int>("outcome");
    QTest::newRow("try later") << int(FetchResult::Outcome::TryLater);
    QTest::newRow("failed") << int(FetchResult::Outcome::Failed);
}

void TestScheduler::backoff()
{
    QFETCH(int, outcome);
    m_scheduler->setAccount(7, 5);
    m_scheduler->start();
    QCOMPARE(due(), QList<qint64> {7});
    // 1, 2, 4, ... minutes, at most an hour.
    const QList<qint64> minutes {1, 2, 4, 8, 16, 32, 60, 60};
    for (int i = 0; i < minutes.size(); ++i) {
        m_scheduler->fetchFinished(7, resultOf(FetchResult::Outcome(outcome)));
        QCOMPARE(m_scheduler->consecutiveFailures(7), i + 1);
        const qint64 wait = minutes[i] * 60;
        QCOMPARE(m_scheduler->nextFetch(7), m_clock->now().addSecs(wait));
        m_clock->advance(wait - 1);
        QVERIFY(due().isEmpty());
        m_clock->advance(1);
        QCOMPARE(due(), QList<qint64> {7});
    }
    // One success: back to the interval, and the count starts again.
    m_scheduler->fetchFinished(7, resultOf(FetchResult::Outcome::Success));
    QCOMPARE(m_scheduler->consecutiveFailures(7), 0);
    QCOMPARE(m_scheduler->nextFetch(7), m_clock->now().addSecs(300));
    m_clock->advance(300);
    QCOMPARE(due(), QList<qint64> {7});
    m_scheduler->fetchFinished(7, resultOf(FetchResult::Outcome(outcome)));
    QCOMPARE(m_scheduler->nextFetch(7), m_clock->now().addSecs(60));
}

void TestScheduler::loginDelayIsRespected()
{
    m_scheduler->setAccount(1, 5);
    m_scheduler->start();
    QCOMPARE(due(), QList<qint64> {1});
    // [LOGIN-DELAY] with CAPA LOGIN-DELAY 900: not before 15 minutes, though the backoff says 1.
    m_scheduler->fetchFinished(1, resultOf(FetchResult::Outcome::TryLater, 900));
    QCOMPARE(m_scheduler->nextFetch(1), T0.addSecs(900));
    m_clock->advance(899);
    QVERIFY(due().isEmpty());
    m_clock->advance(1);
    QCOMPARE(due(), QList<qint64> {1});
    // A success with LOGIN-DELAY 900 and a 5-minute interval: 15 minutes too.
    m_scheduler->fetchFinished(1, resultOf(FetchResult::Outcome::Success, 900));
    QCOMPARE(m_scheduler->nextFetch(1), m_clock->now().addSecs(900));
    // A short delay does not shorten the interval.
    m_clock->advance(900);
    QCOMPARE(due(), QList<qint64> {1});
    m_scheduler->fetchFinished(1, resultOf(FetchResult::Outcome::Success, 60));
    QCOMPARE(m_scheduler->nextFetch(1), m_clock->now().addSecs(300));
}

void TestScheduler::personNeededPauses_data()
{
    QTest::addColumn<int>("outcome");
    QTest::newRow("authentication") << int(FetchResult::Outcome::Authentication);
    QTest::newRow("certificate") << int(FetchResult::Outcome::Certificate);
    QTest::newRow("refused") << int(FetchResult::Outcome::Refused);
}

void TestScheduler::personNeededPauses()
{
    QFETCH(int, outcome);
    m_scheduler->setAccount(3, 1);
    m_scheduler->start();
    QCOMPARE(due(), QList<qint64> {3});
    m_scheduler->fetchFinished(3, resultOf(FetchResult::Outcome(outcome)));
    QVERIFY(!m_scheduler->nextFetch(3).isValid());
    QVERIFY(!m_clock->wake().isValid());
    m_clock->advance(7 * 24 * 3600);
    QVERIFY(due().isEmpty());
    // New settings (a password entered, a certificate accepted): at once.
    m_scheduler->setAccount(3, 1);
    QCOMPARE(due(), QList<qint64> {3});
}

void TestScheduler::offlineSkipsAndCatchesUp()
{
    m_scheduler->setAccount(1, 10);
    m_scheduler->setAccount(2, 60);
    m_scheduler->start();
    QCOMPARE(due(), (QList<qint64> {1, 2}));
    m_scheduler->fetchFinished(1, resultOf(FetchResult::Outcome::Success));
    m_scheduler->fetchFinished(2, resultOf(FetchResult::Outcome::Success));

    m_network->set(NetworkMonitor::State::Offline);
    QVERIFY(!m_clock->wake().isValid()); // no wake-ups while offline
    m_clock->advance(30 * 60); // account 1 fell due twice over; account 2 is not due
    QVERIFY(due().isEmpty());
    m_scheduler->fetchNow(99); // unknown account: nothing
    QVERIFY(due().isEmpty());

    // Back: what fell due runs at once, once; the rest keeps its time.
    m_network->set(NetworkMonitor::State::Online);
    QCOMPARE(due(), QList<qint64> {1});
    QCOMPARE(m_scheduler->nextFetch(2), T0.addSecs(3600));
    QCOMPARE(m_clock->wake(), T0.addSecs(3600));
    m_scheduler->fetchFinished(1, resultOf(FetchResult::Outcome::Success));
    QCOMPARE(m_scheduler->nextFetch(1), m_clock->now().addSecs(600));

    // Offline at start: nothing until the network is there.
    init();
    m_network->set(NetworkMonitor::State::Offline);
    m_scheduler->setAccount(5, 10);
    m_scheduler->start();
    QVERIFY(due().isEmpty());
    m_network->set(NetworkMonitor::State::Online);
    QCOMPARE(due(), QList<qint64> {5});
}

void TestScheduler::unknownNetworkStillFetches()
{
    m_network->set(NetworkMonitor::State::Unknown);
    QVERIFY(!m_scheduler->canTellNetworkState());
    m_scheduler->setAccount(1, 10);
    m_scheduler->start();
    QCOMPARE(due(), QList<qint64> {1});
    m_scheduler->fetchFinished(1, resultOf(FetchResult::Outcome::Success));
    m_clock->advance(600);
    QCOMPARE(due(), QList<qint64> {1});
    m_network->set(NetworkMonitor::State::Online);
    QVERIFY(m_scheduler->canTellNetworkState());
}

void TestScheduler::meteredSuggestsHeadersOnly()
{
    QVERIFY(!m_scheduler->suggestHeadersOnly());
    m_network->set(NetworkMonitor::State::Online, true);
    QVERIFY(m_scheduler->suggestHeadersOnly());
    m_network->set(NetworkMonitor::State::Online, false);
    QVERIFY(!m_scheduler->suggestHeadersOnly());
}

void TestScheduler::oneFetchPerAccountAtATime()
{
    m_scheduler->setAccount(1, 1);
    m_scheduler->start();
    QCOMPARE(due(), QList<qint64> {1});
    // The fetch runs long: the interval passes, the network flaps, someone asks again.
    m_clock->advance(3600);
    m_network->set(NetworkMonitor::State::Online);
    m_scheduler->fetchNow(1);
    m_scheduler->setAccount(1, 1);
    QVERIFY(due().isEmpty());
    QVERIFY(!m_scheduler->nextFetch(1).isValid());
    m_scheduler->fetchFinished(1, resultOf(FetchResult::Outcome::Success));
    QCOMPARE(m_scheduler->nextFetch(1), m_clock->now().addSecs(60));
    QVERIFY(due().isEmpty());
}

void TestScheduler::fetchNowWhileOffline()
{
    m_network->set(NetworkMonitor::State::Offline);
    m_scheduler->setAccount(1, 0);
    m_scheduler->start();
    QVERIFY(due().isEmpty());
    // Asked for by a person: tried whatever the network monitor believes.
    m_scheduler->fetchNow(1);
    QCOMPARE(due(), QList<qint64> {1});
    m_scheduler->fetchFinished(1, resultOf(FetchResult::Outcome::TryLater));
    QCOMPARE(m_scheduler->consecutiveFailures(1), 1);
    // Removed: nothing more for it.
    m_scheduler->removeAccount(1);
    m_network->set(NetworkMonitor::State::Online);
    m_clock->advance(3600);
    QVERIFY(due().isEmpty());
}

void TestScheduler::qtNetworkMonitorDegradesCleanly()
{
    // Whatever this machine has (a NetworkManager on D-Bus, the glib backend, none at all): the
    // monitor answers, and says Unknown rather than guessing when nothing loaded.
    QtNetworkMonitor monitor;
    const NetworkMonitor::State state = monitor.state();
    qInfo() << "network information backend:" << monitor.backendName() << "state:" << state
            << "metered:" << monitor.isMetered();
    if (monitor.backendName().isEmpty()) {
        QCOMPARE(state, NetworkMonitor::State::Unknown);
        QVERIFY(!monitor.isMetered());
    }
    SystemSchedulerClock clock;
    Scheduler scheduler(&monitor, &clock);
    QCOMPARE(scheduler.canTellNetworkState(), state != NetworkMonitor::State::Unknown);
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"

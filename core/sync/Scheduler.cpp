#include "sync/Scheduler.h"

#include <QLoggingCategory>
#include <QNetworkInformation>

#include <algorithm>

namespace satchel::sync {

namespace {

Q_LOGGING_CATEGORY(lcScheduler, "satchel.sync.scheduler")

} // namespace

QtNetworkMonitor::QtNetworkMonitor(QObject *parent)
    : NetworkMonitor(parent)
{
    // The default backend of the platform first, then anything that can tell reachability.
    if (!QNetworkInformation::loadDefaultBackend())
        (void)QNetworkInformation::loadBackendByFeatures(
            QNetworkInformation::Feature::Reachability);
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info) {
        qCInfo(lcScheduler) << "no network information backend loaded (available:"
                            << QNetworkInformation::availableBackends()
                            << "); the network state is unknown";
        return;
    }
    m_backend = info->backendName();
    m_meteredSupported = info->supports(QNetworkInformation::Feature::Metered);
    connect(info, &QNetworkInformation::reachabilityChanged, this, &NetworkMonitor::changed);
    connect(info, &QNetworkInformation::isMeteredChanged, this, &NetworkMonitor::changed);
}

NetworkMonitor::State QtNetworkMonitor::state() const
{
    const QNetworkInformation *info = QNetworkInformation::instance();
    if (!info)
        return State::Unknown;
    switch (info->reachability()) {
    case QNetworkInformation::Reachability::Online:
    case QNetworkInformation::Reachability::Site: // a mail server on the local network
        return State::Online;
    case QNetworkInformation::Reachability::Disconnected:
    case QNetworkInformation::Reachability::Local:
        return State::Offline;
    case QNetworkInformation::Reachability::Unknown:
        break;
    }
    return State::Unknown;
}

bool QtNetworkMonitor::isMetered() const
{
    const QNetworkInformation *info = QNetworkInformation::instance();
    return info && m_meteredSupported && info->isMetered();
}

SystemSchedulerClock::SystemSchedulerClock(QObject *parent)
    : SchedulerClock(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SchedulerClock::woke);
}

QDateTime SystemSchedulerClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

void SystemSchedulerClock::wakeAt(const QDateTime &when)
{
    if (!when.isValid()) {
        m_timer.stop();
        return;
    }
    // QTimer takes an int of milliseconds: far wake-ups are re-armed on the way.
    const qint64 ms = std::clamp<qint64>(now().msecsTo(when), 0, qint64(24) * 3600 * 1000);
    m_timer.start(int(ms));
}

Scheduler::Scheduler(NetworkMonitor *network, SchedulerClock *clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{
    connect(m_clock, &SchedulerClock::woke, this, &Scheduler::runDue);
    // Back online: what fell due meanwhile runs now (runDue looks at every due time).
    connect(m_network, &NetworkMonitor::changed, this, &Scheduler::runDue);
}

void Scheduler::setAccount(qint64 accountId, int intervalMinutes)
{
    Account &a = m_accounts[accountId];
    a.intervalMinutes = std::max(0, intervalMinutes);
    if (!a.fetching && m_started) {
        if (!a.due.isValid() || a.failures == 0)
            a.due = m_clock->now(); // new, paused or changed: fetch now, then on the interval
    }
    runDue();
}

void Scheduler::removeAccount(qint64 accountId)
{
    m_accounts.remove(accountId);
    reschedule();
}

void Scheduler::start()
{
    m_started = true;
    const QDateTime now = m_clock->now();
    for (Account &a : m_accounts) {
        if (!a.fetching)
            a.due = now;
    }
    runDue();
}

void Scheduler::fetchNow(qint64 accountId)
{
    auto it = m_accounts.find(accountId);
    if (it == m_accounts.end() || it->fetching)
        return;
    it->due = m_clock->now();
    // Asked for by a person: tried even when the network seems to be gone.
    it->fetching = true;
    Q_EMIT fetchDue(accountId);
    reschedule();
}

void Scheduler::fetchFinished(qint64 accountId, const FetchResult &result)
{
    auto it = m_accounts.find(accountId);
    if (it == m_accounts.end())
        return;
    Account &a = *it;
    a.fetching = false;
    const QDateTime now = m_clock->now();
    const qint64 loginDelay = result.loginDelaySeconds;
    using Outcome = FetchResult::Outcome;
    switch (result.outcome) {
    case Outcome::Success:
    case Outcome::Cancelled:
        a.failures = 0;
        a.due = a.intervalMinutes > 0
            ? now.addSecs(std::max(qint64(a.intervalMinutes) * 60, loginDelay))
            : QDateTime();
        break;
    case Outcome::TryLater:
    case Outcome::Failed: {
        ++a.failures;
        const qint64 backoff
            = std::min(MaxBackoffSecs, FirstBackoffSecs << std::min(a.failures - 1, 16));
        a.due = now.addSecs(std::max(backoff, loginDelay));
        break;
    }
    case Outcome::Authentication:
    case Outcome::Certificate:
    case Outcome::Refused:
        // A person must act; trying again would only repeat the refusal (or lock the account).
        ++a.failures;
        a.due = QDateTime();
        break;
    }
    qCDebug(lcScheduler) << "account" << accountId << "next fetch" << a.due;
    runDue();
}

QDateTime Scheduler::nextFetch(qint64 accountId) const
{
    const auto it = m_accounts.constFind(accountId);
    return it == m_accounts.cend() || it->fetching ? QDateTime() : it->due;
}

int Scheduler::consecutiveFailures(qint64 accountId) const
{
    return m_accounts.value(accountId).failures;
}

bool Scheduler::isFetching(qint64 accountId) const
{
    return m_accounts.value(accountId).fetching;
}

void Scheduler::runDue()
{
    if (m_started && m_network->state() != NetworkMonitor::State::Offline) {
        const QDateTime now = m_clock->now();
        QList<qint64> due;
        for (auto it = m_accounts.begin(); it != m_accounts.end(); ++it) {
            if (!it->fetching && it->due.isValid() && it->due <= now)
                due << it.key();
        }
        std::sort(due.begin(), due.end());
        for (qint64 id : std::as_const(due))
            m_accounts[id].fetching = true;
        for (qint64 id : std::as_const(due))
            Q_EMIT fetchDue(id); // may call fetchFinished() at once; state is set before
    }
    reschedule();
}

void Scheduler::reschedule()
{
    QDateTime next;
    if (m_started && m_network->state() != NetworkMonitor::State::Offline) {
        for (const Account &a : std::as_const(m_accounts)) {
            if (!a.fetching && a.due.isValid() && (!next.isValid() || a.due < next))
                next = a.due;
        }
    }
    // Offline: no wake-up at all; NetworkMonitor::changed() brings the scheduler back.
    m_clock->wakeAt(next);
}

} // namespace satchel::sync

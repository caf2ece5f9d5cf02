#pragma once

#include "sync/FetchJob.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace satchel::sync {

// Whether the network is there, as the scheduler needs to know it. Tests give a fake.
class NetworkMonitor : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Online,
        Offline,
        Unknown, // cannot tell: no backend, or the backend does not know; fetches are tried
    };
    Q_ENUM(State)

    using QObject::QObject;
    [[nodiscard]] virtual State state() const = 0;
    // A metered link (mobile data, a phone's hotspot): headers only can be made automatic.
    // False when it cannot tell.
    [[nodiscard]] virtual bool isMetered() const = 0;
    // Whether isMetered() means anything here (a backend that reports it).
    [[nodiscard]] virtual bool canTellMetered() const { return false; }

Q_SIGNALS:
    void changed();
};

// QNetworkInformation (Qt 6.4). On Linux the backends are "networkmanager" (D-Bus NetworkManager)
// and "glib" (GNetworkMonitor); where none loads, or the one that loads reports Unknown (no
// NetworkManager on the bus, a container), state() is Unknown and the UI says it cannot tell.
class QtNetworkMonitor : public NetworkMonitor
{
    Q_OBJECT

public:
    explicit QtNetworkMonitor(QObject *parent = nullptr);
    [[nodiscard]] State state() const override;
    [[nodiscard]] bool isMetered() const override;
    [[nodiscard]] bool canTellMetered() const override { return m_meteredSupported; }
    // The backend in use ("networkmanager", "glib"), or empty when none loaded.
    [[nodiscard]] QString backendName() const { return m_backend; }

private:
    QString m_backend;
    bool m_meteredSupported = false;
};

// Time and wake-ups, injected so the tests move time by hand instead of sleeping.
class SchedulerClock : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    [[nodiscard]] virtual QDateTime now() const = 0;
    // One pending wake-up: a later call replaces an earlier one; an invalid time cancels it.
    virtual void wakeAt(const QDateTime &when) = 0;

Q_SIGNALS:
    void woke();
};

// The system clock and a QTimer.
class SystemSchedulerClock : public SchedulerClock
{
    Q_OBJECT

public:
    explicit SystemSchedulerClock(QObject *parent = nullptr);
    [[nodiscard]] QDateTime now() const override;
    void wakeAt(const QDateTime &when) override;

private:
    QTimer m_timer;
};

// When each account fetches: once at start(), then every N minutes after the last fetch ended.
// After a failure that may pass (TryLater, Failed) it backs off exponentially - 1, 2, 4, ...
// minutes, at most an hour, never sooner than the server's LOGIN-DELAY; after one that needs a
// person (Authentication, Certificate, Refused) it waits until setAccount() or fetchNow(). While
// the network is known to be offline nothing is started; fetches that fell due meanwhile run
// as soon as it comes back. The scheduler only decides: fetchDue() asks the owner to run a fetch,
// and the owner reports its end with fetchFinished(). One fetch per account at a time.
class Scheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 FirstBackoffSecs = 60;
    static constexpr qint64 MaxBackoffSecs = 60 * 60;

    Scheduler(NetworkMonitor *network, SchedulerClock *clock, QObject *parent = nullptr);

    // Adds or updates an account; intervalMinutes 0: only at start and on fetchNow(). A paused
    // account (after an authentication failure, say) is due again at once.
    void setAccount(qint64 accountId, int intervalMinutes);
    void removeAccount(qint64 accountId);
    // Every account is due now.
    void start();
    void fetchNow(qint64 accountId);
    // The fetch that fetchDue() asked for has ended.
    void fetchFinished(qint64 accountId, const FetchResult &result);

    [[nodiscard]] QDateTime nextFetch(qint64 accountId) const; // invalid: paused or fetching
    [[nodiscard]] int consecutiveFailures(qint64 accountId) const;
    [[nodiscard]] bool isFetching(qint64 accountId) const;
    [[nodiscard]] NetworkMonitor::State networkState() const { return m_network->state(); }
    // For the UI: "cannot tell whether the network is there".
    [[nodiscard]] bool canTellNetworkState() const
    {
        return m_network->state() != NetworkMonitor::State::Unknown;
    }
    // Fetch headers only now (a metered link): FetchSettings::headersOnly for automatic fetches
    // when the account asks for it.
    [[nodiscard]] bool suggestHeadersOnly() const { return m_network->isMetered(); }
    [[nodiscard]] bool canTellMetered() const { return m_network->canTellMetered(); }

Q_SIGNALS:
    void fetchDue(qint64 accountId);

private:
    struct Account
    {
        int intervalMinutes = 0;
        QDateTime due; // invalid: nothing planned (paused, or no interval)
        int failures = 0;
        bool fetching = false;
    };

    void reschedule();
    void runDue();

    NetworkMonitor *m_network;
    SchedulerClock *m_clock;
    QHash<qint64, Account> m_accounts;
    bool m_started = false;
};

} // namespace satchel::sync

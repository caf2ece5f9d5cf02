#pragma once

// Drives a pop3::Session to its end inside a test, for the interop tests against real servers.
#include "pop3/Session.h"

#include <QEventLoop>
#include <QHash>
#include <QList>
#include <QTimer>

#include <functional>

namespace satchel::test {

// Runs an event loop until `done`, at most `timeoutMs`. Not QTRY_VERIFY: QTest::qWait() sleeps
// 10 ms between rounds, which would make each unpipelined command look 10 ms slow.
inline void waitUntil(const bool &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done)
            loop.quit();
    });
    poll.start(1);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
}

// What a session did, as its signals told.
struct SessionOutcome
{
    bool quit = false;
    pop3::Pop3Error error;
    QList<pop3::UidlEntry> uidls;
    QList<pop3::MessageSize> sizes;
    QHash<int, QByteArray> messages;
    QList<int> deleted;
    int stat = -1;
};

// Queues what `queue` asks, then QUIT (unless `queueQuit` is false: then the caller queues it,
// after the commands it adds as answers come), opens the session and runs it to its end
// (quitDone or failed), bounded.
inline SessionOutcome runSession(pop3::Session &session,
                                 const std::function<void(pop3::Session &)> &queue,
                                 int timeoutMs = 60000, bool queueQuit = true)
{
    using pop3::Session;
    SessionOutcome outcome;
    bool done = false;
    QObject::connect(&session, &Session::quitDone, &session, [&] {
        outcome.quit = true;
        done = true;
    });
    QObject::connect(&session, &Session::failed, &session, [&](const pop3::Pop3Error &error) {
        outcome.error = error;
        done = true;
    });
    QObject::connect(&session, &Session::uidlReceived, &session,
                     [&](const QList<pop3::UidlEntry> &entries) { outcome.uidls += entries; });
    QObject::connect(&session, &Session::listReceived, &session,
                     [&](const QList<pop3::MessageSize> &sizes) { outcome.sizes += sizes; });
    QObject::connect(&session, &Session::statReceived, &session,
                     [&](int count, qint64) { outcome.stat = count; });
    QObject::connect(&session, &Session::messageRetrieved, &session,
                     [&](int n, const QByteArray &raw) { outcome.messages.insert(n, raw); });
    QObject::connect(&session, &Session::messageDeleted, &session,
                     [&](int n) { outcome.deleted << n; });
    QObject::connect(
        &session, &Session::commandFailed, &session,
        [&](Session::Command, int, const pop3::Pop3Error &error) { outcome.error = error; });
    queue(session);
    if (queueQuit)
        session.quit();
    session.open();
    waitUntil(done, timeoutMs);
    if (!done)
        outcome.error = pop3::Pop3Error {
            pop3::ErrorKind::Timeout, QStringLiteral("the test gave up waiting"), {}, {}, {}, {}};
    return outcome;
}

} // namespace satchel::test

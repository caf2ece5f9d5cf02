#pragma once

#include "sync/RetentionPolicy.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace satchel::sync {

// What one fetch of one account does (FetchJob), as plain values: the account's own settings
// (accounts::AccountSettings::fetchSettings) and this fetch's choices.
struct FetchSettings
{
    qint64 accountId = 0;
    // 0: the account's Inbox.
    qint64 folderId = 0;
    RetentionPolicy policy;
    // The clock for first-seen times and ages; tests move it forward. Empty: the system clock.
    std::function<QDateTime()> now;
    // Every new message is fetched with TOP n 0 (its header only) and stored partial; the rest
    // can be downloaded later with FetchRestJob while the message is still on the server.
    // Partial messages are never deleted from the server by age, download or caps.
    bool headersOnly = false;
    // New messages larger than this (their LIST size, in octets) are fetched headers only and
    // stored partial, as in headersOnly; nothing: no limit.
    std::optional<qint64> maxMessageBytes;
    // "Mark everything on the server as already downloaded": lists the UIDLs and records the
    // ones the ledger does not know in state Elsewhere, without downloading them. Satchel never
    // deletes those from the server (it has no copy of them), whatever the policy; the policy
    // still applies to the messages stored here. Needs UIDL; refused without it.
    bool markAllAsDownloaded = false;
    // A NOOP after a stored message when the server has heard nothing from this session for so
    // long (FetchJob.h, "Keep-alive"); 0 turns it off. Well below any server's autologout.
    int keepAliveMs = 30'000;
    // Batched commits (FetchJob.h, "Batches"): at most this many messages per transaction, and a
    // message waits at most this long for its batch to commit. 1 commits each message alone.
    // 512, not fewer: the indexes on random keys (sender, subject, hashes) and the search index
    // touch pages all over the file, and each commit writes every page it touched; 128 per commit
    // cost the store thread a quarter more than 512 on the volume corpus (measured, bench_fetch).
    int batchMaxMessages = 512;
    int batchMaxMs = 200;
    // Threads that parse ahead of the store; 0: ParsePool's default (one core is the store's).
    int parseThreads = 0;
};

} // namespace satchel::sync

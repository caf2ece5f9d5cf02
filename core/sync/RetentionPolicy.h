#pragma once

#include "store/LedgerEntry.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace satchel::sync {

// What one account asks of the copies it leaves on the server (DESIGN.md, "Leave copies on the
// server"). Every rule that is set adds reasons to delete; none of them ever keeps a message that
// another rule deletes. With nothing set, everything stays on the server ("leave forever").
//
// The choice a user makes is one Mode (delete after download, leave forever, for N days, until
// deleted here) and, with any of them but the first, the caps. mode() and setMode() read and write
// it; the fields below are the rules as planRetention() applies them. The command line's
// --leave-on-server spells the mode (modeName), and the window and `account list` show summary().
struct RetentionPolicy
{
    enum class Mode {
        DeleteAfterDownload,
        Forever,
        ForDays, // maxDays
        UntilDeletedHere,
    };

    // Delete from the server as soon as the message is durably stored here.
    bool deleteAfterDownload = false;
    // Leave on the server for at most N days, counted from when Satchel first stored it.
    std::optional<int> maxDays;
    // Delete once the local copy was deleted permanently (emptying Trash, a permanent delete).
    bool untilDeletedHere = false;
    // Keep at most this many / this many bytes of the messages Satchel has stored on the server;
    // the oldest first-seen go first.
    std::optional<int> maxMessages;
    std::optional<qint64> maxBytes;

    // Any rule but delete-after-download needs UIDL to know what is on the server.
    [[nodiscard]] bool leavesMessagesOnServer() const { return !deleteAfterDownload; }

    [[nodiscard]] Mode mode() const;
    // Replaces the mode (`days`: for ForDays only) and keeps the caps.
    void setMode(Mode mode, int days = 0);
    // The mode as --leave-on-server spells it: "no", "forever", "days:N", "until-deleted".
    [[nodiscard]] QString modeName() const;
    // The reverse (any case); replaces the mode and keeps the caps. False, and nothing changed,
    // for any other text.
    [[nodiscard]] bool setModeFromName(QStringView name);
    // For people, in a line: "leave 30 days, at most 500 messages". Translated.
    [[nodiscard]] QString summary() const;

    friend bool operator==(const RetentionPolicy &, const RetentionPolicy &) = default;
};

// One message of this session's UIDL listing, with its size from LIST.
struct ServerMessage
{
    int number = 0;
    QString uidl;
    qint64 size = 0;
};

// The UIDLs to DELE in this session, in server order, and what stays.
struct RetentionPlan
{
    QStringList toDelete;
    // Message numbers for toDelete (the first listing of each UIDL), in the same order.
    QList<int> numbers;
    // Listed messages that stay on the server after the deletions.
    int leftOnServer = 0;
    // UIDLs the server listed more than once: never deleted (which copy is which is unknown).
    QStringList duplicated;
};

// The set to DELE, as a pure function of the ledger (first-seen times and states), the policy, the
// time now and this session's complete UIDL listing with sizes.
//
// A UIDL can be deleted only when it is in the ledger (so its message was durably committed, or
// deliberately deleted here) and listed exactly once in this session. Rows already marked
// delete_sent by an earlier, broken session are deleted again whatever the policy says now, as
// their state cannot be undone. Partial messages (body not downloaded yet) are never deleted by
// age, download or caps; only "deleted here" removes them once the local copy is gone. Rows in
// state Elsewhere ("mark everything as already downloaded") were never stored here: they are never
// deleted, whatever the policy - not even delete-after-download, as nobody may have a copy - and
// do not count against the caps, which limit what Satchel itself leaves on the server.
// Age: a message is deleted when now - firstSeen >= maxDays * 24 h (exactly N days old is old
// enough: it was left N days). Caps count the ledger-known messages that stay on the server,
// partial ones included, and delete the oldest first-seen (then lowest message number) of the
// deletable ones until the count and size are within the caps.
[[nodiscard]] RetentionPlan planRetention(const QList<store::LedgerEntry> &ledger,
                                          const RetentionPolicy &policy, const QDateTime &now,
                                          const QList<ServerMessage> &listing);

// Whether the policy can work with this server, decided before anything is downloaded.
struct ServerVerdict
{
    // Set when the policy cannot be honoured: the fetch must not start. For people, translated.
    QString refusal;
    // Things the user should know that do not stop the fetch.
    QStringList warnings;

    [[nodiscard]] bool refused() const { return !refusal.isEmpty(); }
};

// Without UIDL only delete-after-download works (leaving copies would download them all again
// next time); EXPIRE 0 (Gmail) means the server keeps nothing, whatever the client asks.
// `expireDays` as in pop3::Capabilities (-1 for NEVER).
[[nodiscard]] ServerVerdict checkServer(const RetentionPolicy &policy, bool serverHasUidl,
                                        std::optional<int> expireDays);

} // namespace satchel::sync

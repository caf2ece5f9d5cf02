#include "sync/RetentionPolicy.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace satchel::sync {

namespace {

constexpr qint64 MsecsPerDay = qint64(24) * 60 * 60 * 1000;

// The context of this file's texts. Q_DECLARE_TR_FUNCTIONS rather than a free
// RetentionPolicyText::tr() wrapper: lupdate files a free RetentionPolicyText::tr() under the
// enclosing namespace or class, a context the code never asks for at run time, so the text would
// never be translated.
struct RetentionPolicyText
{
    Q_DECLARE_TR_FUNCTIONS(RetentionPolicyText)
};

} // namespace

RetentionPolicy::Mode RetentionPolicy::mode() const
{
    // Where stored settings set several of these (no front end writes that), the first wins, as
    // the forms have always read them.
    if (deleteAfterDownload)
        return Mode::DeleteAfterDownload;
    if (maxDays)
        return Mode::ForDays;
    if (untilDeletedHere)
        return Mode::UntilDeletedHere;
    return Mode::Forever;
}

void RetentionPolicy::setMode(Mode mode, int days)
{
    deleteAfterDownload = mode == Mode::DeleteAfterDownload;
    maxDays = mode == Mode::ForDays ? std::optional<int>(days) : std::nullopt;
    untilDeletedHere = mode == Mode::UntilDeletedHere;
}

QString RetentionPolicy::modeName() const
{
    switch (mode()) {
    case Mode::DeleteAfterDownload:
        return QStringLiteral("no");
    case Mode::Forever:
        break;
    case Mode::ForDays:
        return QStringLiteral("days:%1").arg(*maxDays);
    case Mode::UntilDeletedHere:
        return QStringLiteral("until-deleted");
    }
    return QStringLiteral("forever");
}

bool RetentionPolicy::setModeFromName(QStringView name)
{
    const QString t = name.toString().toLower();
    if (t == u"no")
        setMode(Mode::DeleteAfterDownload);
    else if (t == u"forever")
        setMode(Mode::Forever);
    else if (t == u"until-deleted")
        setMode(Mode::UntilDeletedHere);
    else if (t.startsWith(u"days:")) {
        bool ok = false;
        const int days = t.mid(5).toInt(&ok);
        if (!ok || days < 0)
            return false;
        setMode(Mode::ForDays, days);
    } else {
        return false;
    }
    return true;
}

QString RetentionPolicy::summary() const
{
    QStringList parts;
    switch (mode()) {
    case Mode::DeleteAfterDownload:
        parts << RetentionPolicyText::tr("delete after download");
        break;
    case Mode::ForDays:
        parts << RetentionPolicyText::tr("leave %1 days").arg(*maxDays);
        break;
    case Mode::UntilDeletedHere:
        parts << RetentionPolicyText::tr("leave until deleted here");
        break;
    case Mode::Forever:
        parts << RetentionPolicyText::tr("leave forever");
        break;
    }
    if (maxMessages)
        parts << RetentionPolicyText::tr("at most %1 messages").arg(*maxMessages);
    if (maxBytes)
        parts << RetentionPolicyText::tr("at most %1 MB").arg(*maxBytes / (1024 * 1024));
    return parts.join(QLatin1String(", "));
}

RetentionPlan planRetention(const QList<store::LedgerEntry> &ledger, const RetentionPolicy &policy,
                            const QDateTime &now, const QList<ServerMessage> &listing)
{
    RetentionPlan plan;

    // Sized up front: a mailbox lists tens of thousands of messages on every check.
    QHash<QString, int> occurrences;
    occurrences.reserve(listing.size());
    for (const ServerMessage &m : listing)
        ++occurrences[m.uidl];
    QHash<QString, const store::LedgerEntry *> known;
    known.reserve(ledger.size());
    for (const store::LedgerEntry &e : ledger)
        known.insert(e.uidl, &e);

    struct Candidate
    {
        const ServerMessage *message;
        const store::LedgerEntry *entry;
        bool remove = false;
    };
    QList<Candidate> stays; // ledger-known, listed once, in server order
    stays.reserve(listing.size());
    QSet<QString> seenDuplicates;
    for (const ServerMessage &m : listing) {
        if (occurrences.value(m.uidl) > 1) {
            if (!seenDuplicates.contains(m.uidl)) {
                seenDuplicates.insert(m.uidl);
                plan.duplicated << m.uidl;
            }
            continue;
        }
        const store::LedgerEntry *entry = known.value(m.uidl);
        if (!entry)
            continue; // not stored here: never deleted, whatever the policy
        if (entry->state == store::LedgerState::Elsewhere)
            continue; // marked as downloaded elsewhere: no copy here, so never deleted or counted
        stays.append({&m, entry});
    }

    const auto isPartial
        = [](const store::LedgerEntry &e) { return e.state == store::LedgerState::Partial; };
    for (Candidate &c : stays) {
        const store::LedgerEntry &e = *c.entry;
        if (e.state == store::LedgerState::DeleteSent) {
            c.remove = true; // decided by an earlier session; the DELE never took effect
            continue;
        }
        if (policy.untilDeletedHere && !e.messageId) {
            c.remove = true;
            continue;
        }
        if (isPartial(e))
            continue; // the body is still only on the server
        if (policy.deleteAfterDownload)
            c.remove = true;
        else if (policy.maxDays && e.firstSeen.isValid()
                 && e.firstSeen.msecsTo(now) >= qint64(*policy.maxDays) * MsecsPerDay)
            c.remove = true;
    }

    if (policy.maxMessages || policy.maxBytes) {
        int count = 0;
        qint64 bytes = 0;
        QList<Candidate *> oldestFirst;
        for (Candidate &c : stays) {
            if (c.remove)
                continue;
            ++count;
            bytes += c.message->size;
            if (!isPartial(*c.entry))
                oldestFirst.append(&c);
        }
        std::stable_sort(oldestFirst.begin(), oldestFirst.end(),
                         [](const Candidate *a, const Candidate *b) {
                             if (a->entry->firstSeen != b->entry->firstSeen)
                                 return a->entry->firstSeen < b->entry->firstSeen;
                             return a->message->number < b->message->number;
                         });
        const auto over = [&] {
            return (policy.maxMessages && count > *policy.maxMessages)
                || (policy.maxBytes && bytes > *policy.maxBytes);
        };
        for (Candidate *c : std::as_const(oldestFirst)) {
            if (!over())
                break;
            c->remove = true;
            --count;
            bytes -= c->message->size;
        }
    }

    int removed = 0;
    for (const Candidate &c : std::as_const(stays)) {
        if (!c.remove)
            continue;
        plan.toDelete << c.message->uidl;
        plan.numbers << c.message->number;
        ++removed;
    }
    plan.leftOnServer = int(listing.size()) - removed;
    return plan;
}

ServerVerdict checkServer(const RetentionPolicy &policy, bool serverHasUidl,
                          std::optional<int> expireDays)
{
    ServerVerdict verdict;
    if (!serverHasUidl && policy.leavesMessagesOnServer()) {
        verdict.refusal = RetentionPolicyText::tr(
            "This server cannot tell its messages apart (it has no UIDL "
            "command), so Satchel cannot leave copies on it without downloading "
            "them all again each time. Choose \"delete from the server after "
            "download\" for this account.");
        return verdict;
    }
    if (expireDays && *expireDays == 0 && policy.leavesMessagesOnServer())
        verdict.warnings << RetentionPolicyText::tr(
            "The server says it deletes messages once they are downloaded "
            "(EXPIRE 0): it will not keep copies, whatever this account asks.");
    return verdict;
}

} // namespace satchel::sync

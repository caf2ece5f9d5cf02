#pragma once

#include "search/CalendarDate.h"

#include <cstdint>
#include <string>
#include <vector>

namespace satchel::search {

// One node of a parsed search query (QueryParser.h). A tree of plain values, so that a test (or a
// future filter that runs without SQL) can evaluate it as well as the archive does.
struct QueryNode
{
    enum class Kind {
        And, // all children
        Or, // any child
        Not, // the one child does not match
        Text, // `text` as a phrase of whole tokens in `field`
        HasAttachment, // has:attachment
        Flag, // is:read/unread/flagged/unflagged/answered: `flag` set (flagSet) or clear
        Before, // the message's date is before `midnightMs`, the local midnight starting `date`
        After, // the message's date is on or after `midnightMs`
        Folder, // the message is in a folder named `text` (case-insensitive)
    };
    // Where a Text node looks. Any: subject, addresses, body and attachment names. From: the From
    // addresses. To: To and Cc. Subject: the subject.
    enum class Field { Any, From, To, Subject };
    // The bits of messages.flags (store::MessageFlag, which SearchQuery.cpp checks against these).
    enum class Flag { Read = 0x1, Flagged = 0x2, Answered = 0x4 };

    Kind kind = Kind::Text;
    Field field = Field::Any;
    std::string text; // UTF-8, as the user wrote it
    Flag flag = Flag::Read;
    bool flagSet = true;
    CalendarDate date;
    std::int64_t midnightMs = 0;
    std::vector<QueryNode> children;

    // A canonical, fully parenthesised form, for tests and debugging: (and (text any "x") ...).
    [[nodiscard]] std::string describe() const;
};

} // namespace satchel::search

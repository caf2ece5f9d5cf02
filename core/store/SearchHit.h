#pragma once

#include <cstdint>
#include <string_view>

namespace satchel::store {

// One message a search found, as the archive stores it: the views point into SQLite's memory and
// hold UTF-8 until the callback that sees the hit returns. A view whose data() is null stands for
// NULL in the row.
struct SearchHit
{
    std::int64_t id = 0;
    std::int64_t dateMs = 0; // UTC
    int dateOffset = 0; // the sender's offset, seconds
    std::string_view senderName;
    std::string_view senderAddress;
    std::string_view subject;
    // Only with details (search --json):
    std::int64_t accountId = 0;
    std::int64_t folderId = 0;
    std::string_view messageId;
    int flags = 0;
    std::int64_t size = 0;
    // The lists stored by migration 6, as JSON arrays.
    std::string_view fromJson, toJson, ccJson, attachmentsJson;
    int hasHtml = -1; // -1: not stored

    // Whether the row holds the lists (an archive from before schema 6 may lack them).
    [[nodiscard]] bool hasStoredLists() const
    {
        return fromJson.data() && toJson.data() && ccJson.data() && attachmentsJson.data()
            && hasHtml >= 0;
    }
};

} // namespace satchel::store

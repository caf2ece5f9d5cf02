#pragma once

#include "store/MessageRow.h"

#include <QList>
#include <QVariant>

#include <optional>

namespace satchel::store {

enum class SortKey { Date, Sender, Subject, Size };

// Where the previous page ended: the sort value and id of its last row. Keyset paging: the next
// page starts strictly after it, so inserts and deletes never shift or repeat rows.
struct PageCursor
{
    QVariant sortValue;
    qint64 id = 0;
};

struct PageRequest
{
    std::optional<qint64> folderId; // nothing: the unified Inbox (every account's Inbox)
    SortKey sortKey = SortKey::Date;
    Qt::SortOrder order = Qt::DescendingOrder;
    int limit = 200;
    std::optional<PageCursor> after;
};

struct Page
{
    QList<MessageRow> rows;
    std::optional<PageCursor> next; // nothing: this was the last page
};

} // namespace satchel::store

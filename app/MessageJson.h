#pragma once

#include "store/Archive.h"
#include "util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace satchel::app {

// Names of folders and accounts, looked up once per command.
struct Names
{
    QHash<qint64, QString> folders;
    QHash<qint64, QString> accounts;
};

[[nodiscard]] Result<Names> names(store::Archive &archive);

// The object `satchel show --json` prints (and, without the text, each `search --json` line):
// id, message_id, subject, from, to, cc, date (ISO 8601 with the header's offset), folder,
// account, flags, size, has_html, attachments, and text when asked.
[[nodiscard]] Result<QJsonObject> messageJson(store::Archive &archive, const Names &names,
                                              qint64 id, bool withText);

// A `search --json` line for a row of Archive::searchRows(): from the lists stored on the row,
// parsing the message only when the row does not have them.
[[nodiscard]] Result<QJsonObject> searchJson(store::Archive &archive, const Names &names,
                                             const store::MessageRow &row);

} // namespace satchel::app

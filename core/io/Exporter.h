#pragma once

#include "store/Archive.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace satchel::io {

// Writes the messages with these ids, in this order, as their exact stored bytes: into one
// mbox file (mboxrd, see MboxWriter.h), or as one file per message `<id>.eml` in a folder
// (created when missing). Returns how many were written.
[[nodiscard]] Result<int> exportMbox(store::Archive &archive, const QList<qint64> &ids,
                                     const QString &path);
[[nodiscard]] Result<int> exportEml(store::Archive &archive, const QList<qint64> &ids,
                                    const QString &folder);

} // namespace satchel::io

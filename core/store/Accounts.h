#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace satchel::store {

class ArchiveConnection;
class Folders;
class MessageEdits;

// The part of the archive that owns the accounts and account_settings tables: creating an
// account (with its Inbox and Trash), its opaque settings (core/accounts serialises them) and
// removing it, with or without its mail. Archive.h documents each call.
class Accounts
{
public:
    Accounts(ArchiveConnection &connection, Folders &folders, MessageEdits &edits);

    [[nodiscard]] Result<qint64> create(const QString &name);
    [[nodiscard]] Result<QHash<qint64, QString>> names();
    [[nodiscard]] Status setSettings(qint64 accountId, const QByteArray &settings);
    [[nodiscard]] Result<QHash<qint64, QByteArray>> settings();
    [[nodiscard]] Status remove(qint64 accountId, bool deleteMail);

private:
    ArchiveConnection &m_connection;
    Folders &m_folders;
    MessageEdits &m_edits;
};

} // namespace satchel::store

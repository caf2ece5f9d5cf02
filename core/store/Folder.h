#pragma once

#include <QString>

#include <optional>

namespace satchel::store {

// What a folder is for. Every account has exactly one Inbox and one Trash; User folders nest.
enum class FolderRole { User = 0, Inbox = 1, Trash = 2 };

struct Folder
{
    qint64 id = 0;
    qint64 accountId = 0;
    std::optional<qint64> parentId;
    QString name;
    FolderRole role = FolderRole::User;
};

} // namespace satchel::store

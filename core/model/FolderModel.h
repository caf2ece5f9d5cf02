#pragma once

#include "store/Folder.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <optional>
#include <vector>

namespace satchel::store {
class Archive;
}

namespace satchel::model {

// The folder tree: "All Inboxes" (every account's Inbox together) first, then one node per
// account holding its Inbox, its user folders (nested) and its Trash. Each node knows its unread
// count. It reads the archive only in reload() and refreshCounts(), never in data().
//
// Messages dropped on a folder (MessageListModel::mimeType()) are not moved here: the model asks
// with moveRequested() and whoever owns the archive decides, so a drop follows the same path as
// the Move menu.
class FolderModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind { UnifiedInbox, Account, Folder };
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind as int
        FolderIdRole, // qint64; 0 for the unified Inbox and account nodes
        AccountIdRole, // qint64; 0 for the unified Inbox
        FolderRoleRole, // store::FolderRole as int (folders only)
        UnreadRole, // int: unread messages in this node (the sum of the Inboxes for "All Inboxes")
        NameRole, // the plain name without the count
    };

    explicit FolderModel(store::Archive *archive, QObject *parent = nullptr);
    ~FolderModel() override;

    // Reads accounts, folders and counts again (a model reset). Returns false when the archive
    // failed; errorString() says why.
    bool reload();
    void setArchive(store::Archive *archive)
    {
        m_archive = archive;
        reload();
    }
    // Reads the unread counts again and reports the nodes that changed (no reset).
    bool refreshCounts();
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] QModelIndex unifiedInboxIndex() const;
    [[nodiscard]] QModelIndex indexForFolder(qint64 folderId) const;
    // The folder with this role in this account (Inbox, Trash).
    [[nodiscard]] std::optional<qint64> specialFolder(qint64 accountId,
                                                      store::FolderRole role) const;
    [[nodiscard]] QList<store::Folder> folders() const; // every folder, as last read
    [[nodiscard]] int totalUnread() const; // over every account's Inbox

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void moveRequested(const QList<qint64> &messageIds, qint64 folderId);

private:
    struct Node
    {
        Kind kind = Kind::Folder;
        store::Folder folder; // for Folder nodes; accountId also set on Account nodes
        QString name;
        int unread = 0;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
    };

    [[nodiscard]] Node *nodeOf(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(const Node *node) const;
    [[nodiscard]] int rowOf(const Node *node) const;
    void applyCounts(const QHash<qint64, int> &counts, bool notify);

    store::Archive *m_archive;
    Node m_root;
    QHash<qint64, Node *> m_folderNodes; // folder id -> node
    QString m_error;
};

} // namespace satchel::model

#include "model/FolderModel.h"

#include "model/MessageListModel.h"
#include "store/Archive.h"

#include <QMimeData>

#include <algorithm>

namespace satchel::model {

FolderModel::FolderModel(store::Archive *archive, QObject *parent)
    : QAbstractItemModel(parent)
    , m_archive(archive)
{
    reload();
}

FolderModel::~FolderModel() = default;

bool FolderModel::reload()
{
    beginResetModel();
    m_root.children.clear();
    m_folderNodes.clear();
    m_error.clear();

    auto unified = std::make_unique<Node>();
    unified->kind = Kind::UnifiedInbox;
    unified->name = tr("All Inboxes");
    unified->parent = &m_root;
    m_root.children.push_back(std::move(unified));

    bool ok = true;
    if (m_archive) {
        Result<QHash<qint64, QString>> accounts = m_archive->accountNames();
        Result<QList<store::Folder>> folders = m_archive->folders();
        if (!accounts || !folders) {
            m_error = !accounts ? accounts.error().message : folders.error().message;
            ok = false;
        } else {
            QList<qint64> accountIds = accounts->keys();
            std::sort(accountIds.begin(), accountIds.end());
            QHash<qint64, Node *> accountNodes;
            for (const qint64 id : std::as_const(accountIds)) {
                auto node = std::make_unique<Node>();
                node->kind = Kind::Account;
                node->folder.accountId = id;
                node->name = accounts->value(id);
                node->parent = &m_root;
                accountNodes.insert(id, node.get());
                m_root.children.push_back(std::move(node));
            }
            // Inbox first, Trash last, user folders by name in between (as people expect).
            QList<store::Folder> ordered = *folders;
            std::stable_sort(ordered.begin(), ordered.end(),
                             [](const store::Folder &a, const store::Folder &b) {
                                 auto rank = [](store::FolderRole r) {
                                     return r == store::FolderRole::Inbox
                                         ? 0
                                         : (r == store::FolderRole::User ? 1 : 2);
                                 };
                                 if (rank(a.role) != rank(b.role))
                                     return rank(a.role) < rank(b.role);
                                 return a.name.localeAwareCompare(b.name) < 0;
                             });
            for (const store::Folder &f : std::as_const(ordered)) {
                auto node = std::make_unique<Node>();
                node->kind = Kind::Folder;
                node->folder = f;
                node->name = f.role == store::FolderRole::Inbox
                    ? tr("Inbox")
                    : (f.role == store::FolderRole::Trash ? tr("Trash") : f.name);
                // Owned by its parent's children once attached below.
                m_folderNodes.insert(f.id, node.release());
            }
            // Parents before children is not guaranteed by the order above: attach in a
            // second pass.
            for (const store::Folder &f : std::as_const(ordered)) {
                Node *node = m_folderNodes.value(f.id);
                Node *parentNode = f.parentId ? m_folderNodes.value(*f.parentId)
                                              : accountNodes.value(f.accountId);
                if (!parentNode)
                    parentNode = accountNodes.value(f.accountId);
                if (!parentNode) { // cannot happen with the foreign keys; never leak on it
                    m_folderNodes.remove(f.id);
                    delete node;
                    continue;
                }
                node->parent = parentNode;
                parentNode->children.emplace_back(node);
            }
            // Trash last among an account's folders even though user folders came later.
            for (auto &account : m_root.children) {
                std::stable_partition(account->children.begin(), account->children.end(),
                                      [](const std::unique_ptr<Node> &n) {
                                          return n->folder.role != store::FolderRole::Trash;
                                      });
            }
            Result<QHash<qint64, int>> counts = m_archive->unreadCounts();
            if (counts)
                applyCounts(*counts, false);
            else {
                m_error = counts.error().message;
                ok = false;
            }
        }
    }
    endResetModel();
    return ok;
}

bool FolderModel::refreshCounts()
{
    if (!m_archive)
        return true;
    Result<QHash<qint64, int>> counts = m_archive->unreadCounts();
    if (!counts) {
        m_error = counts.error().message;
        return false;
    }
    applyCounts(*counts, true);
    return true;
}

void FolderModel::applyCounts(const QHash<qint64, int> &counts, bool notify)
{
    int inboxes = 0;
    for (auto it = m_folderNodes.cbegin(); it != m_folderNodes.cend(); ++it) {
        Node *node = it.value();
        const int unread = counts.value(it.key());
        if (node->folder.role == store::FolderRole::Inbox)
            inboxes += unread;
        if (node->unread != unread) {
            node->unread = unread;
            if (notify) {
                const QModelIndex index = indexOf(node);
                Q_EMIT dataChanged(index, index);
            }
        }
    }
    Node *unified = m_root.children.front().get();
    if (unified->unread != inboxes) {
        unified->unread = inboxes;
        if (notify) {
            const QModelIndex index = indexOf(unified);
            Q_EMIT dataChanged(index, index);
        }
    }
}

QModelIndex FolderModel::unifiedInboxIndex() const
{
    return index(0, 0);
}

QModelIndex FolderModel::indexForFolder(qint64 folderId) const
{
    const Node *node = m_folderNodes.value(folderId);
    return node ? indexOf(node) : QModelIndex();
}

std::optional<qint64> FolderModel::specialFolder(qint64 accountId, store::FolderRole role) const
{
    for (const Node *node : m_folderNodes) {
        if (node->folder.accountId == accountId && node->folder.role == role)
            return node->folder.id;
    }
    return std::nullopt;
}

QList<store::Folder> FolderModel::folders() const
{
    QList<store::Folder> result;
    for (const Node *node : m_folderNodes)
        result.append(node->folder);
    std::sort(result.begin(), result.end(),
              [](const store::Folder &a, const store::Folder &b) { return a.id < b.id; });
    return result;
}

int FolderModel::totalUnread() const
{
    return m_root.children.front()->unread;
}

FolderModel::Node *FolderModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer())
                           : const_cast<Node *>(&m_root);
}

int FolderModel::rowOf(const Node *node) const
{
    const Node *parentNode = node->parent;
    if (!parentNode)
        return 0;
    for (size_t i = 0; i < parentNode->children.size(); ++i) {
        if (parentNode->children[i].get() == node)
            return int(i);
    }
    return 0;
}

QModelIndex FolderModel::indexOf(const Node *node) const
{
    if (!node || node == &m_root)
        return {};
    return createIndex(rowOf(node), 0, const_cast<Node *>(node));
}

QModelIndex FolderModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const Node *parentNode = nodeOf(parent);
    if (size_t(row) >= parentNode->children.size())
        return {};
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex FolderModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int FolderModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int FolderModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant FolderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return node->unread > 0 ? tr("%1 (%2)").arg(node->name).arg(node->unread) : node->name;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return node->unread > 0 ? tr("%1, %n unread", nullptr, node->unread).arg(node->name)
                                : node->name;
    case NameRole:
        return node->name;
    case KindRole:
        return int(node->kind);
    case FolderIdRole:
        return node->kind == Kind::Folder ? node->folder.id : qint64(0);
    case AccountIdRole:
        return node->folder.accountId;
    case FolderRoleRole:
        return int(node->folder.role);
    case UnreadRole:
        return node->unread;
    default:
        return {};
    }
}

Qt::ItemFlags FolderModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeOf(index)->kind == Kind::Folder)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList FolderModel::mimeTypes() const
{
    return {MessageListModel::mimeType()};
}

Qt::DropActions FolderModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool FolderModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                  const QModelIndex &parent) const
{
    return data && data->hasFormat(MessageListModel::mimeType()) && parent.isValid()
        && nodeOf(parent)->kind == Kind::Folder;
}

bool FolderModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                               const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> ids = MessageListModel::idsFromMimeData(data);
    if (ids.isEmpty())
        return false;
    // The list model removes the rows itself once the move succeeded (its removeRows() does
    // nothing, so the view's own clean-up after a MoveAction cannot remove them twice).
    Q_EMIT moveRequested(ids, nodeOf(parent)->folder.id);
    return true;
}

} // namespace satchel::model

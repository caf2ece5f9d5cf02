#pragma once

#include "store/Paging.h"
#include "util/Result.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <optional>
#include <vector>

class QMimeData;

namespace satchel::store {
class Archive;
}

namespace satchel::model {

// The message list: one folder (or every Inbox, or the results of a search) over the archive.
// A folder is read a page at a time with keyset paging (canFetchMore/fetchMore), so opening a
// folder of 100,000 messages reads one page. data() only looks at rows already read.
//
// With threading on (setThreaded()), each top-level row is a conversation of this folder: its
// first message, with the others below it, oldest first (the archive keeps conversation ids:
// store/Threading.h). Paging stays keyset over messages: a conversation stands where its first
// message in the sort order stands (the newest, by default, as Thunderbird does), all of its
// messages in this folder are read with it, and its later messages are skipped when their page
// comes. Opening a folder still reads one page of messages, plus one indexed lookup per
// conversation on it.
//
// The changes a user makes from the list (flags, move, trash, delete) go through this model so
// that the archive and the rows shown change together.
class MessageListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        FlagColumn,
        AttachmentColumn,
        SenderColumn,
        SubjectColumn,
        DateColumn,
        SizeColumn,
        PartialColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        UnreadRole, // bool: shown in bold
        FlaggedRole, // bool
        PartialRole, // bool: only part of it was downloaded
        AttachmentRole, // bool
        FolderIdRole, // qint64
        AccountIdRole, // qint64
        SortRole, // the raw value the column sorts by
        ThreadCountRole, // int: messages in this row's conversation here (1: on its own)
        ThreadUnreadRole, // int: unread ones among them (on the conversation's row only)
        ThreadSummaryRole, // QString: "(4, 2 unread)" on a conversation's row, else empty
    };
    enum class Mode { Empty, Folder, UnifiedInbox, Search };

    explicit MessageListModel(store::Archive *archive, QObject *parent = nullptr);
    ~MessageListModel() override;

    // The MIME type of dragged messages: their ids (see idsFromMimeData()).
    [[nodiscard]] static QString mimeType();
    [[nodiscard]] static QList<qint64> idsFromMimeData(const QMimeData *data);
    // Dragged messages given by id (nullptr for none); mimeData() says the same of indexes.
    [[nodiscard]] static QMimeData *mimeDataFor(const QList<qint64> &ids);

    // Shows one folder (nothing: every account's Inbox) and reads its first page.
    void setFolder(std::optional<qint64> folderId);
    // Shows the messages a search finds, newest first (at most `limit`). A malformed query
    // leaves the list as it was and returns the error, for the user to read.
    Status setSearch(const QString &query, int limit = 1000);
    void clear();
    void setArchive(store::Archive *archive)
    {
        m_archive = archive;
        clear();
    }
    // Reads the current folder or search again, keeping as many rows as were shown.
    void refresh();

    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] std::optional<qint64> folderId() const { return m_folderId; }
    [[nodiscard]] QString searchText() const { return m_query; }
    [[nodiscard]] bool searchLimited() const { return m_searchLimited; }
    [[nodiscard]] store::SortKey sortKey() const { return m_sortKey; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_order; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    // Conversations as a tree (on) or one row per message (off); reads the list again.
    void setThreaded(bool threaded);
    [[nodiscard]] bool isThreaded() const { return m_threaded; }
    [[nodiscard]] QString errorString() const { return m_error; }

    // The message at a top-level row, or at any index (nullptr when there is none).
    [[nodiscard]] const store::MessageRow *rowAt(int row) const;
    [[nodiscard]] const store::MessageRow *messageAt(const QModelIndex &index) const;
    // Where a message is shown (column 0), invalid when it is not among the rows read.
    [[nodiscard]] QModelIndex indexOfId(qint64 id, int column = 0) const;
    [[nodiscard]] QList<qint64> ids() const; // of the messages read so far

    // Each changes the archive and then the rows; on failure neither changes.
    Status setFlags(const QList<qint64> &ids, store::MessageFlags set,
                    store::MessageFlags clear = {});
    Status moveTo(const QList<qint64> &ids, qint64 folderId);
    Status moveToTrash(const QList<qint64> &ids);
    Status deletePermanently(const QList<qint64> &ids);
    // Forgets rows that left this list some other way (moved by a drop, say).
    void removeIds(const QList<qint64> &ids);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

Q_SIGNALS:
    // Something the archive refused while reading; the view may show it.
    void loadFailed(const QString &message);
    // The rows changed in a way that changes unread counts (flags, moves, deletions).
    void countsChanged();

private:
    // One top-level row: a message on its own, or a conversation (messages[0] on the row, the
    // others its children, oldest first).
    struct Thread
    {
        QList<store::MessageRow> messages;
        int row = 0; // at the top level
        int unread = 0;
    };

    void load(int atLeast);
    void sortRowsInMemory();
    void rebuildSearchRows();
    [[nodiscard]] std::vector<std::unique_ptr<Thread>>
    threadsFor(const QList<store::MessageRow> &page);
    [[nodiscard]] QList<store::MessageRow> membersOf(const store::MessageRow &row,
                                                     const QHash<qint64, int> &inPage,
                                                     const QList<store::MessageRow> &page);
    [[nodiscard]] bool belongsHere(const store::MessageRow &row) const;
    [[nodiscard]] std::optional<qint64> pagedFolder() const;
    void adopt(Thread *thread);
    void forget(const Thread *thread);
    void renumberFrom(int row);
    [[nodiscard]] const Thread *threadOf(const QModelIndex &index) const;
    void updateRows(const QList<qint64> &ids, store::MessageFlags set, store::MessageFlags clear);

    store::Archive *m_archive;
    Mode m_mode = Mode::Empty;
    std::optional<qint64> m_folderId;
    QString m_query;
    int m_searchLimit = 1000;
    bool m_searchLimited = false;
    store::SortKey m_sortKey = store::SortKey::Date;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    int m_pageSize = 200;
    bool m_threaded = false;
    std::vector<std::unique_ptr<Thread>> m_threads; // the top-level rows
    QHash<qint64, Thread *> m_threadOfId; // every message read, to its row
    QHash<qint64, Thread *> m_threadOfConversation; // threaded only
    QList<store::MessageRow> m_searchRows; // a search's results, flat, in the sort order
    QList<qint64> m_inboxes; // the folders of the unified Inbox, while it is shown
    int m_messagesPaged = 0; // rows the pages gave so far (refresh() reads as many again)
    std::optional<store::PageCursor> m_next;
    bool m_atEnd = true;
    bool m_changing = false;
    QString m_error;
};

} // namespace satchel::model

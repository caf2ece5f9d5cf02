#pragma once

#include "store/Paging.h"
#include "util/Result.h"

#include <QAbstractTableModel>

#include <optional>

class QMimeData;

namespace satchel::store {
class Archive;
}

namespace satchel::model {

// The message list: one folder (or every Inbox, or the results of a search) over the archive.
// A folder is read a page at a time with keyset paging (canFetchMore/fetchMore), so opening a
// folder of 100,000 messages reads one page. data() only looks at rows already read.
//
// The changes a user makes from the list (flags, move, trash, delete) go through this model so
// that the archive and the rows shown change together.
class MessageListModel : public QAbstractTableModel
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
    };
    enum class Mode { Empty, Folder, UnifiedInbox, Search };

    explicit MessageListModel(store::Archive *archive, QObject *parent = nullptr);
    ~MessageListModel() override;

    // The MIME type of dragged messages: their ids (see idsFromMimeData()).
    [[nodiscard]] static QString mimeType();
    [[nodiscard]] static QList<qint64> idsFromMimeData(const QMimeData *data);

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
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] const store::MessageRow *rowAt(int row) const;
    [[nodiscard]] int rowOfId(qint64 id) const; // -1 when not among the rows read
    [[nodiscard]] QList<qint64> ids() const; // of the rows read so far

    // Each changes the archive and then the rows; on failure neither changes.
    Status setFlags(const QList<qint64> &ids, store::MessageFlags set,
                    store::MessageFlags clear = {});
    Status moveTo(const QList<qint64> &ids, qint64 folderId);
    Status moveToTrash(const QList<qint64> &ids);
    Status deletePermanently(const QList<qint64> &ids);
    // Forgets rows that left this list some other way (moved by a drop, say).
    void removeIds(const QList<qint64> &ids);

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
    void load(int atLeast);
    void sortRowsInMemory();
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
    QList<store::MessageRow> m_rows;
    std::optional<store::PageCursor> m_next;
    bool m_atEnd = true;
    bool m_changing = false;
    QString m_error;
};

} // namespace satchel::model

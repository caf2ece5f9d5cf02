#include "model/MessageListModel.h"

#include "store/Archive.h"
#include "store/SearchQuery.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace satchel::model {

namespace {

using store::MessageFlag;
using store::MessageRow;

// Glyphs rather than icons: this model is in core, which has no QtGui. The widgets may paint
// icons instead; the glyphs also read well in a screen reader's text role (see data()).
const QString &flagGlyph()
{
    static const QString glyph(QChar(0x2605)); // BLACK STAR
    return glyph;
}

const QString &attachmentGlyph()
{
    static const QString glyph = QString::fromUtf8("\xF0\x9F\x93\x8E"); // PAPERCLIP
    return glyph;
}

QString senderOf(const MessageRow &row)
{
    return row.senderName.isEmpty() ? row.senderAddress : row.senderName;
}

bool lessThan(const MessageRow &a, const MessageRow &b, store::SortKey key)
{
    switch (key) {
    case store::SortKey::Sender: {
        const int c = senderOf(a).compare(senderOf(b), Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.id < b.id;
    }
    case store::SortKey::Subject: {
        const int c = a.subject.compare(b.subject, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.id < b.id;
    }
    case store::SortKey::Size:
        return a.size != b.size ? a.size < b.size : a.id < b.id;
    case store::SortKey::Date:
        break;
    }
    return a.date != b.date ? a.date < b.date : a.id < b.id;
}

std::optional<store::SortKey> sortKeyOf(int column)
{
    switch (column) {
    case MessageListModel::SenderColumn:
        return store::SortKey::Sender;
    case MessageListModel::SubjectColumn:
        return store::SortKey::Subject;
    case MessageListModel::DateColumn:
        return store::SortKey::Date;
    case MessageListModel::SizeColumn:
        return store::SortKey::Size;
    default:
        return std::nullopt;
    }
}

QString dateText(const QDateTime &date)
{
    if (!date.isValid())
        return {};
    const QDateTime local = date.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

} // namespace

MessageListModel::MessageListModel(store::Archive *archive, QObject *parent)
    : QAbstractTableModel(parent)
    , m_archive(archive)
{ }

MessageListModel::~MessageListModel() = default;

QString MessageListModel::mimeType()
{
    return QStringLiteral("application/x-satchel-message-ids");
}

QList<qint64> MessageListModel::idsFromMimeData(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(mimeType()))
        return ids;
    QDataStream in(data->data(mimeType()));
    in >> ids;
    if (in.status() != QDataStream::Ok)
        return {};
    return ids;
}

void MessageListModel::setFolder(std::optional<qint64> folderId)
{
    m_mode = folderId ? Mode::Folder : Mode::UnifiedInbox;
    m_folderId = folderId;
    m_query.clear();
    load(m_pageSize);
}

Status MessageListModel::setSearch(const QString &query, int limit)
{
    Result<store::SearchQuery> parsed = store::SearchQuery::parse(query);
    if (!parsed)
        return parsed.error();
    m_mode = Mode::Search;
    m_folderId.reset();
    m_query = query;
    m_searchLimit = limit;
    load(0);
    if (!m_error.isEmpty())
        return Error {Error::Code::Sql, m_error};
    return {};
}

void MessageListModel::clear()
{
    beginResetModel();
    m_mode = Mode::Empty;
    m_folderId.reset();
    m_query.clear();
    m_rows.clear();
    m_next.reset();
    m_atEnd = true;
    endResetModel();
}

void MessageListModel::refresh()
{
    if (m_mode == Mode::Empty)
        return;
    load(qMax(m_pageSize, int(m_rows.size())));
}

void MessageListModel::load(int atLeast)
{
    // Views (and QAbstractItemModelTester) may call fetchMore() from their modelReset handlers;
    // a page appended before the reset is over would be announced inside it.
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    m_atEnd = true;
    m_searchLimited = false;
    m_error.clear();
    if (m_archive && m_mode == Mode::Search) {
        Result<store::SearchQuery> parsed = store::SearchQuery::parse(m_query);
        Result<QList<MessageRow>> rows = parsed ? m_archive->searchRows(*parsed, m_searchLimit + 1)
                                                : Result<QList<MessageRow>>(parsed.error());
        if (rows) {
            m_rows = std::move(*rows);
            if (m_searchLimit > 0 && m_rows.size() > m_searchLimit) {
                m_rows.resize(m_searchLimit);
                m_searchLimited = true;
            }
            sortRowsInMemory();
        } else {
            m_error = rows.error().message;
        }
    } else if (m_archive && m_mode != Mode::Empty) {
        store::PageRequest request;
        request.folderId = m_folderId;
        request.sortKey = m_sortKey;
        request.order = m_order;
        request.limit = qMax(1, atLeast);
        Result<store::Page> page = m_archive->page(request);
        if (page) {
            m_rows = std::move(page->rows);
            m_next = page->next;
            m_atEnd = !m_next.has_value();
        } else {
            m_error = page.error().message;
        }
    }
    endResetModel();
    m_changing = false;
    if (!m_error.isEmpty())
        Q_EMIT loadFailed(m_error);
}

void MessageListModel::sortRowsInMemory()
{
    const store::SortKey key = m_sortKey;
    if (m_order == Qt::AscendingOrder)
        std::stable_sort(
            m_rows.begin(), m_rows.end(),
            [key](const MessageRow &a, const MessageRow &b) { return lessThan(a, b, key); });
    else
        std::stable_sort(
            m_rows.begin(), m_rows.end(),
            [key](const MessageRow &a, const MessageRow &b) { return lessThan(b, a, key); });
}

bool MessageListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_mode != Mode::Search && !m_atEnd
        && m_next.has_value();
}

void MessageListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_archive)
        return;
    store::PageRequest request;
    request.folderId = m_folderId;
    request.sortKey = m_sortKey;
    request.order = m_order;
    request.limit = m_pageSize;
    request.after = m_next;
    Result<store::Page> page = m_archive->page(request);
    if (!page) {
        m_error = page.error().message;
        m_atEnd = true; // a view would otherwise ask again and again
        Q_EMIT loadFailed(m_error);
        return;
    }
    m_next = page->next;
    m_atEnd = !m_next.has_value();
    if (page->rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    m_changing = true; // the same: no page inside the announcement of this one
    beginInsertRows({}, first, first + int(page->rows.size()) - 1);
    m_rows.append(page->rows);
    endInsertRows();
    m_changing = false;
}

void MessageListModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<store::SortKey> key = sortKeyOf(column);
    if (!key || (*key == m_sortKey && order == m_order))
        return;
    m_sortKey = *key;
    m_order = order;
    if (m_mode == Mode::Search) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QList<qint64> beforeIds;
        for (const QModelIndex &index : before)
            beforeIds.append(m_rows.at(index.row()).id);
        sortRowsInMemory();
        QModelIndexList after;
        for (qsizetype i = 0; i < before.size(); ++i)
            after.append(index(rowOfId(beforeIds.at(i)), before.at(i).column()));
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else if (m_mode != Mode::Empty) {
        load(qMax(m_pageSize, int(m_rows.size())));
    }
}

const store::MessageRow *MessageListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int MessageListModel::rowOfId(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

QList<qint64> MessageListModel::ids() const
{
    QList<qint64> result;
    result.reserve(m_rows.size());
    for (const MessageRow &row : m_rows)
        result.append(row.id);
    return result;
}

Status MessageListModel::setFlags(const QList<qint64> &ids, store::MessageFlags set,
                                  store::MessageFlags clear)
{
    if (!m_archive)
        return Error {Error::Code::Invalid, tr("No archive is open")};
    if (Status s = m_archive->setFlags(ids, set, clear); !s)
        return s;
    updateRows(ids, set, clear);
    Q_EMIT countsChanged();
    return {};
}

void MessageListModel::updateRows(const QList<qint64> &ids, store::MessageFlags set,
                                  store::MessageFlags clear)
{
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        MessageRow &row = m_rows[i];
        if (!wanted.contains(row.id))
            continue;
        row.flags = (row.flags | set) & ~clear;
        Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

Status MessageListModel::moveTo(const QList<qint64> &ids, qint64 folderId)
{
    if (!m_archive)
        return Error {Error::Code::Invalid, tr("No archive is open")};
    if (Status s = m_archive->move(ids, folderId); !s)
        return s;
    // In a search the rows stay: they still match; in a folder they leave it.
    if (m_mode == Mode::Search)
        refresh();
    else if (!(m_mode == Mode::Folder && m_folderId == folderId))
        removeIds(ids);
    Q_EMIT countsChanged();
    return {};
}

Status MessageListModel::moveToTrash(const QList<qint64> &ids)
{
    if (!m_archive)
        return Error {Error::Code::Invalid, tr("No archive is open")};
    if (Status s = m_archive->moveToTrash(ids); !s)
        return s;
    if (m_mode == Mode::Search)
        refresh();
    else
        removeIds(ids);
    Q_EMIT countsChanged();
    return {};
}

Status MessageListModel::deletePermanently(const QList<qint64> &ids)
{
    if (!m_archive)
        return Error {Error::Code::Invalid, tr("No archive is open")};
    if (Status s = m_archive->deletePermanently(ids); !s)
        return s;
    removeIds(ids);
    Q_EMIT countsChanged();
    return {};
}

void MessageListModel::removeIds(const QList<qint64> &ids)
{
    const QSet<qint64> gone(ids.cbegin(), ids.cend());
    // From the end, in runs of adjacent rows: one signal per run.
    int row = int(m_rows.size()) - 1;
    while (row >= 0) {
        if (!gone.contains(m_rows.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && gone.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MessageRow &row = m_rows.at(index.row());
    const bool flagged = row.flags.testFlag(MessageFlag::Flagged);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FlagColumn:
            return flagged ? flagGlyph() : QString();
        case AttachmentColumn:
            return row.hasAttachments ? attachmentGlyph() : QString();
        case SenderColumn:
            return senderOf(row);
        case SubjectColumn:
            return row.subject.isEmpty() ? tr("(no subject)") : row.subject;
        case DateColumn:
            return dateText(row.date);
        case SizeColumn:
            return QLocale().formattedDataSize(row.size);
        case PartialColumn:
            return row.partial ? tr("Partial") : QString();
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case FlagColumn:
            return flagged ? tr("Flagged") : QString();
        case AttachmentColumn:
            return row.hasAttachments ? tr("Has attachments") : QString();
        case SenderColumn:
            return row.senderName.isEmpty() ? row.senderAddress
                                            : tr("%1 <%2>").arg(row.senderName, row.senderAddress);
        case PartialColumn:
            return row.partial ? tr("Only part of this message has been downloaded") : QString();
        case DateColumn:
            return QLocale().toString(row.date.toLocalTime(), QLocale::LongFormat);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == FlagColumn || index.column() == AttachmentColumn)
            return int(Qt::AlignCenter);
        return {};
    case IdRole:
        return row.id;
    case UnreadRole:
        return !row.flags.testFlag(MessageFlag::Read);
    case FlaggedRole:
        return flagged;
    case PartialRole:
        return row.partial;
    case AttachmentRole:
        return row.hasAttachments;
    case FolderIdRole:
        return row.folderId;
    case AccountIdRole:
        return row.accountId;
    case SortRole:
        switch (index.column()) {
        case SenderColumn:
            return senderOf(row);
        case SubjectColumn:
            return row.subject;
        case DateColumn:
            return row.date;
        case SizeColumn:
            return row.size;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case FlagColumn:
            return flagGlyph();
        case AttachmentColumn:
            return QString(); // the glyph is missing from many fonts; the tooltip names it
        case SenderColumn:
            return tr("From");
        case SubjectColumn:
            return tr("Subject");
        case DateColumn:
            return tr("Date");
        case SizeColumn:
            return tr("Size");
        case PartialColumn:
            return tr("Partial");
        }
    }
    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (section) {
        case FlagColumn:
            return tr("Flagged");
        case AttachmentColumn:
            return tr("Attachments");
        case PartialColumn:
            return tr("Only partly downloaded");
        default:
            return headerData(section, orientation, Qt::DisplayRole);
        }
    }
    return {};
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled
        | Qt::ItemNeverHasChildren;
}

QStringList MessageListModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *MessageListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    QSet<int> seen;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || seen.contains(index.row()))
            continue;
        seen.insert(index.row());
        ids.append(m_rows.at(index.row()).id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << ids;
    data->setData(mimeType(), bytes);
    return data;
}

Qt::DropActions MessageListModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace satchel::model

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
    : QAbstractItemModel(parent)
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

void MessageListModel::setThreaded(bool threaded)
{
    if (threaded == m_threaded)
        return;
    m_threaded = threaded;
    if (m_mode == Mode::Empty)
        return;
    load(qMax(m_pageSize, m_messagesPaged));
}

void MessageListModel::clear()
{
    beginResetModel();
    m_mode = Mode::Empty;
    m_folderId.reset();
    m_query.clear();
    m_threads.clear();
    m_threadOfId.clear();
    m_threadOfConversation.clear();
    m_searchRows.clear();
    m_messagesPaged = 0;
    m_next.reset();
    m_atEnd = true;
    endResetModel();
}

void MessageListModel::refresh()
{
    if (m_mode == Mode::Empty)
        return;
    load(qMax(m_pageSize, m_messagesPaged));
}

std::optional<qint64> MessageListModel::pagedFolder() const
{
    // Every Inbox of one account is that Inbox: a page of one folder walks its index in order,
    // where a page of "every Inbox" sorts all their messages first.
    if (m_mode == Mode::UnifiedInbox && m_inboxes.size() == 1)
        return m_inboxes.constFirst();
    return m_folderId;
}

bool MessageListModel::belongsHere(const MessageRow &row) const
{
    switch (m_mode) {
    case Mode::Folder:
        return m_folderId && row.folderId == *m_folderId;
    case Mode::UnifiedInbox:
        return m_inboxes.contains(row.folderId);
    case Mode::Search:
    case Mode::Empty:
        break;
    }
    return false;
}

QList<MessageRow> MessageListModel::membersOf(const MessageRow &row,
                                              const QHash<qint64, int> &inPage,
                                              const QList<MessageRow> &page)
{
    if (!m_threaded || row.conversationId == 0 || !m_archive)
        return {row};
    // One indexed lookup (messages_conversation) per conversation; most have one message.
    Result<QList<qint64>> ids = m_archive->conversation(row.conversationId);
    if (!ids || ids->size() <= 1)
        return {row};
    QList<MessageRow> members;
    for (const qint64 id : std::as_const(*ids)) {
        if (id == row.id) {
            members.append(row);
        } else if (const auto it = inPage.constFind(id); it != inPage.cend()) {
            members.append(page.at(*it));
        } else if (Result<MessageRow> other = m_archive->message(id);
                   other && belongsHere(*other)) {
            members.append(*other);
        }
    }
    // In conversation order (the archive's: date, then id).
    return members;
}

std::vector<std::unique_ptr<MessageListModel::Thread>>
MessageListModel::threadsFor(const QList<MessageRow> &page)
{
    std::vector<std::unique_ptr<Thread>> threads;
    threads.reserve(page.size());
    if (!m_threaded) {
        for (const MessageRow &row : page) {
            auto thread = std::make_unique<Thread>();
            thread->messages.append(row);
            threads.push_back(std::move(thread));
        }
        return threads;
    }
    QHash<qint64, int> inPage;
    inPage.reserve(page.size());
    for (qsizetype i = 0; i < page.size(); ++i)
        inPage.insert(page.at(i).id, int(i));
    QHash<qint64, Thread *> started; // conversations begun on this page
    for (const MessageRow &row : page) {
        // Read with its conversation already (on an earlier page or this one).
        if (m_threadOfId.contains(row.id) || m_threadOfConversation.contains(row.conversationId)
            || started.contains(row.conversationId))
            continue;
        auto thread = std::make_unique<Thread>();
        thread->messages = membersOf(row, inPage, page);
        if (row.conversationId != 0)
            started.insert(row.conversationId, thread.get());
        threads.push_back(std::move(thread));
    }
    return threads;
}

void MessageListModel::adopt(Thread *thread)
{
    thread->unread = 0;
    for (const MessageRow &m : std::as_const(thread->messages)) {
        m_threadOfId.insert(m.id, thread);
        if (!m.flags.testFlag(MessageFlag::Read))
            ++thread->unread;
    }
    if (m_threaded && thread->messages.constFirst().conversationId != 0)
        m_threadOfConversation.insert(thread->messages.constFirst().conversationId, thread);
}

void MessageListModel::forget(const Thread *thread)
{
    for (const MessageRow &m : thread->messages)
        m_threadOfId.remove(m.id);
    if (!thread->messages.isEmpty()) {
        const qint64 conversation = thread->messages.constFirst().conversationId;
        if (m_threadOfConversation.value(conversation) == thread)
            m_threadOfConversation.remove(conversation);
    }
}

void MessageListModel::renumberFrom(int row)
{
    for (std::size_t i = std::size_t(qMax(0, row)); i < m_threads.size(); ++i)
        m_threads[i]->row = int(i);
}

void MessageListModel::rebuildSearchRows()
{
    // Search results are all in memory: grouped here, among themselves only.
    m_threads.clear();
    m_threadOfId.clear();
    m_threadOfConversation.clear();
    if (!m_threaded) {
        m_threads = threadsFor(m_searchRows);
    } else {
        QHash<qint64, Thread *> byConversation;
        for (const MessageRow &row : std::as_const(m_searchRows)) {
            Thread *thread
                = row.conversationId != 0 ? byConversation.value(row.conversationId) : nullptr;
            if (!thread) {
                m_threads.push_back(std::make_unique<Thread>());
                thread = m_threads.back().get();
                if (row.conversationId != 0)
                    byConversation.insert(row.conversationId, thread);
            }
            thread->messages.append(row);
        }
        for (const auto &thread : m_threads)
            std::stable_sort(thread->messages.begin(), thread->messages.end(),
                             [](const MessageRow &a, const MessageRow &b) {
                                 return lessThan(a, b, store::SortKey::Date);
                             });
    }
    for (const auto &thread : m_threads)
        adopt(thread.get());
    renumberFrom(0);
}

void MessageListModel::load(int atLeast)
{
    // Views (and QAbstractItemModelTester) may call fetchMore() from their modelReset handlers;
    // a page appended before the reset is over would be announced inside it.
    m_changing = true;
    beginResetModel();
    m_threads.clear();
    m_threadOfId.clear();
    m_threadOfConversation.clear();
    m_searchRows.clear();
    m_inboxes.clear();
    m_messagesPaged = 0;
    m_next.reset();
    m_atEnd = true;
    m_searchLimited = false;
    m_error.clear();
    if (m_archive && m_mode == Mode::Search) {
        Result<store::SearchQuery> parsed = store::SearchQuery::parse(m_query);
        Result<QList<MessageRow>> rows = parsed ? m_archive->searchRows(*parsed, m_searchLimit + 1)
                                                : Result<QList<MessageRow>>(parsed.error());
        if (rows) {
            m_searchRows = std::move(*rows);
            if (m_searchLimit > 0 && m_searchRows.size() > m_searchLimit) {
                m_searchRows.resize(m_searchLimit);
                m_searchLimited = true;
            }
            sortRowsInMemory();
            rebuildSearchRows();
        } else {
            m_error = rows.error().message;
        }
    } else if (m_archive && m_mode != Mode::Empty) {
        if (m_mode == Mode::UnifiedInbox) {
            if (Result<QList<store::Folder>> folders = m_archive->folders(); folders) {
                for (const store::Folder &f : std::as_const(*folders))
                    if (f.role == store::FolderRole::Inbox)
                        m_inboxes.append(f.id);
            }
        }
        store::PageRequest request;
        request.folderId = pagedFolder();
        request.sortKey = m_sortKey;
        request.order = m_order;
        request.limit = qMax(1, atLeast);
        Result<store::Page> page = m_archive->page(request);
        if (page) {
            m_messagesPaged = int(page->rows.size());
            m_threads = threadsFor(page->rows);
            for (const auto &thread : m_threads)
                adopt(thread.get());
            renumberFrom(0);
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
            m_searchRows.begin(), m_searchRows.end(),
            [key](const MessageRow &a, const MessageRow &b) { return lessThan(a, b, key); });
    else
        std::stable_sort(
            m_searchRows.begin(), m_searchRows.end(),
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
    request.folderId = pagedFolder();
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
    m_messagesPaged += int(page->rows.size());
    std::vector<std::unique_ptr<Thread>> threads = threadsFor(page->rows);
    if (threads.empty())
        return; // every message of the page came with a conversation read earlier
    const int first = int(m_threads.size());
    m_changing = true; // the same: no page inside the announcement of this one
    beginInsertRows({}, first, first + int(threads.size()) - 1);
    for (auto &thread : threads) {
        adopt(thread.get());
        m_threads.push_back(std::move(thread));
    }
    renumberFrom(first);
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
        for (const QModelIndex &index : before) {
            const MessageRow *row = messageAt(index);
            beforeIds.append(row ? row->id : 0);
        }
        sortRowsInMemory();
        rebuildSearchRows();
        QModelIndexList after;
        for (qsizetype i = 0; i < before.size(); ++i) {
            const QModelIndex moved = indexOfId(beforeIds.at(i), before.at(i).column());
            after.append(moved);
        }
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else if (m_mode != Mode::Empty) {
        load(qMax(m_pageSize, m_messagesPaged));
    }
}

const MessageListModel::Thread *MessageListModel::threadOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (const auto *parent = static_cast<const Thread *>(index.internalPointer()))
        return parent;
    return index.row() < int(m_threads.size()) ? m_threads[std::size_t(index.row())].get()
                                               : nullptr;
}

const store::MessageRow *MessageListModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_threads.size())
        ? &m_threads[std::size_t(row)]->messages.constFirst()
        : nullptr;
}

const store::MessageRow *MessageListModel::messageAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (const auto *parent = static_cast<const Thread *>(index.internalPointer())) {
        const int at = index.row() + 1;
        return at < parent->messages.size() ? &parent->messages.at(at) : nullptr;
    }
    return rowAt(index.row());
}

QModelIndex MessageListModel::indexOfId(qint64 id, int column) const
{
    const Thread *thread = m_threadOfId.value(id);
    if (!thread)
        return {};
    for (qsizetype i = 0; i < thread->messages.size(); ++i) {
        if (thread->messages.at(i).id != id)
            continue;
        if (i == 0)
            return createIndex(thread->row, column, nullptr);
        return createIndex(int(i - 1), column, const_cast<Thread *>(thread));
    }
    return {};
}

QList<qint64> MessageListModel::ids() const
{
    QList<qint64> result;
    result.reserve(m_threadOfId.size());
    for (const auto &thread : m_threads)
        for (const MessageRow &row : thread->messages)
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
    for (const qint64 id : ids) {
        Thread *thread = m_threadOfId.value(id);
        if (!thread)
            continue;
        for (MessageRow &row : thread->messages) {
            if (row.id != id)
                continue;
            const bool wasUnread = !row.flags.testFlag(MessageFlag::Read);
            row.flags = (row.flags | set) & ~clear;
            thread->unread += int(!row.flags.testFlag(MessageFlag::Read)) - int(wasUnread);
        }
        const QModelIndex at = indexOfId(id);
        Q_EMIT dataChanged(at.siblingAtColumn(0), at.siblingAtColumn(ColumnCount - 1));
        if (at.parent().isValid()) // the conversation's row shows its unread count
            Q_EMIT dataChanged(index(thread->row, 0), index(thread->row, ColumnCount - 1));
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
    if (m_mode == Mode::Search)
        m_searchRows.removeIf([&gone](const MessageRow &r) { return gone.contains(r.id); });
    const auto wholeThreadGoes = [&gone](const Thread &t) {
        return std::all_of(t.messages.cbegin(), t.messages.cend(),
                           [&gone](const MessageRow &m) { return gone.contains(m.id); });
    };
    // From the end. Conversations that go entirely go in runs of adjacent rows (one signal per
    // run); of the others, only the messages that go.
    int row = int(m_threads.size()) - 1;
    while (row >= 0) {
        Thread &thread = *m_threads[std::size_t(row)];
        const bool touched
            = std::any_of(thread.messages.cbegin(), thread.messages.cend(),
                          [&gone](const MessageRow &m) { return gone.contains(m.id); });
        if (!touched) {
            --row;
            continue;
        }
        if (!wholeThreadGoes(thread)) {
            const QModelIndex head = index(row, 0);
            for (int i = int(thread.messages.size()) - 1; i >= 1; --i) {
                if (!gone.contains(thread.messages.at(i).id))
                    continue;
                beginRemoveRows(head, i - 1, i - 1);
                m_threadOfId.remove(thread.messages.at(i).id);
                thread.messages.removeAt(i);
                endRemoveRows();
            }
            if (gone.contains(thread.messages.constFirst().id)) {
                // The conversation's first message goes: the next one takes its row.
                beginRemoveRows(head, 0, 0);
                m_threadOfId.remove(thread.messages.constFirst().id);
                thread.messages.removeFirst();
                endRemoveRows();
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            thread.unread = 0;
            for (const MessageRow &m : std::as_const(thread.messages))
                thread.unread += int(!m.flags.testFlag(MessageFlag::Read));
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && wholeThreadGoes(*m_threads[std::size_t(first - 1)]))
            --first;
        beginRemoveRows({}, first, row);
        for (int i = first; i <= row; ++i)
            forget(m_threads[std::size_t(i)].get());
        m_threads.erase(m_threads.begin() + first, m_threads.begin() + row + 1);
        renumberFrom(first);
        endRemoveRows();
        row = first - 1;
    }
}

QModelIndex MessageListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_threads.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.column() != 0 || parent.model() != this)
        return {}; // messages in a conversation have no children
    const Thread *thread = threadOf(parent);
    if (!thread || row + 1 >= thread->messages.size())
        return {};
    return createIndex(row, column, const_cast<Thread *>(thread));
}

QModelIndex MessageListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const auto *thread = static_cast<const Thread *>(child.internalPointer());
    return thread ? createIndex(thread->row, 0, nullptr) : QModelIndex();
}

bool MessageListModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_threads.size());
    if (parent.internalPointer() || parent.column() != 0)
        return 0;
    const Thread *thread = threadOf(parent);
    return thread ? int(thread->messages.size()) - 1 : 0;
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() && parent.internalPointer() ? 0 : ColumnCount;
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MessageRow *found = messageAt(index);
    if (!found)
        return {};
    const MessageRow &row = *found;
    // The conversation's row of a thread with more than one message here.
    const Thread *thread = index.parent().isValid() ? nullptr : threadOf(index);
    const int inThread = thread ? int(thread->messages.size()) : 1;
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
        case SubjectColumn: {
            const QString subject = data(index, Qt::DisplayRole).toString();
            if (inThread <= 1)
                return subject;
            return thread->unread > 0
                ? tr("%1 (%2, %3 unread)").arg(subject).arg(inThread).arg(thread->unread)
                : tr("%1 (%2)").arg(subject).arg(inThread);
        }
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
    case ThreadCountRole:
        return inThread;
    case ThreadSummaryRole:
        // Seen while the conversation is collapsed: how many, and how many unread.
        if (inThread <= 1)
            return QString();
        return thread->unread > 0 ? tr("(%1, %2 unread)").arg(inThread).arg(thread->unread)
                                  : tr("(%1)").arg(inThread);
    case ThreadUnreadRole:
        return thread ? thread->unread : int(!row.flags.testFlag(MessageFlag::Read));
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
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    return !m_threaded || index.parent().isValid() || index.column() != 0
        ? flags | Qt::ItemNeverHasChildren
        : flags;
}

QStringList MessageListModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *MessageListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const QModelIndex &index : indexes) {
        const MessageRow *row = messageAt(index);
        if (!row || seen.contains(row->id))
            continue;
        seen.insert(row->id);
        ids.append(row->id);
    }
    return mimeDataFor(ids);
}

QMimeData *MessageListModel::mimeDataFor(const QList<qint64> &ids)
{
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

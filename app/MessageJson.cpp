#include "MessageJson.h"

#include "mime/ParsedMessage.h"

#include <QJsonArray>

namespace satchel::app {

namespace {

QJsonArray addressesJson(const mime::AddressList &list)
{
    QJsonArray array;
    for (const mime::Address &a : list)
        array.append(
            QJsonObject {{QStringLiteral("name"), a.name}, {QStringLiteral("address"), a.address}});
    return array;
}

QJsonArray flagsJson(store::MessageFlags flags)
{
    QJsonArray array;
    if (flags.testFlag(store::MessageFlag::Read))
        array.append(QStringLiteral("read"));
    if (flags.testFlag(store::MessageFlag::Flagged))
        array.append(QStringLiteral("flagged"));
    if (flags.testFlag(store::MessageFlag::Answered))
        array.append(QStringLiteral("answered"));
    return array;
}

} // namespace

Result<Names> names(store::Archive &archive)
{
    Names n;
    Result<QList<store::Folder>> folders = archive.folders();
    if (!folders)
        return folders.error();
    for (const store::Folder &f : *folders)
        n.folders.insert(f.id, f.name);
    Result<QHash<qint64, QString>> accounts = archive.accountNames();
    if (!accounts)
        return accounts.error();
    n.accounts = *accounts;
    return n;
}

Result<QJsonObject> messageJson(store::Archive &archive, const Names &n, qint64 id, bool withText)
{
    Result<store::MessageRow> row = archive.message(id);
    if (!row)
        return row.error();
    Result<mime::ParsedMessage> parsed = archive.parsedMessage(id);
    if (!parsed)
        return parsed.error();
    QJsonArray attachments;
    for (const mime::Attachment &a : parsed->attachments)
        attachments.append(QJsonObject {{QStringLiteral("filename"), a.filename},
                                        {QStringLiteral("content_type"), a.contentType},
                                        {QStringLiteral("size"), double(a.size)}});
    QJsonObject o {
        {QStringLiteral("id"), double(row->id)},
        {QStringLiteral("message_id"), row->messageId},
        {QStringLiteral("subject"), parsed->subject},
        {QStringLiteral("from"), addressesJson(parsed->from)},
        {QStringLiteral("to"), addressesJson(parsed->to)},
        {QStringLiteral("cc"), addressesJson(parsed->cc)},
        {QStringLiteral("date"), row->date.toString(Qt::ISODate)},
        {QStringLiteral("folder"), n.folders.value(row->folderId)},
        {QStringLiteral("account"), n.accounts.value(row->accountId)},
        {QStringLiteral("flags"), flagsJson(row->flags)},
        {QStringLiteral("size"), double(row->size)},
        {QStringLiteral("has_html"), !parsed->htmlBody.isEmpty()},
        {QStringLiteral("attachments"), attachments},
    };
    if (withText)
        o.insert(QStringLiteral("text"), parsed->readerText);
    return o;
}

} // namespace satchel::app

#include "MessageJson.h"

#include "SearchOutput.h"
#include "mime/ParsedMessage.h"

#include <QJsonArray>
#include <QJsonDocument>

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

QJsonArray attachmentsJson(const QList<mime::Attachment> &list)
{
    QJsonArray attachments;
    for (const mime::Attachment &a : list)
        attachments.append(QJsonObject {{QStringLiteral("filename"), a.filename},
                                        {QStringLiteral("content_type"), a.contentType},
                                        {QStringLiteral("size"), double(a.size)}});
    return attachments;
}

MessageJsonFields rowFields(const Names &n, const store::MessageRow &row)
{
    MessageJsonFields f;
    f.id = row.id;
    f.messageId = row.messageId;
    f.subject = row.subject;
    f.date = row.date.toString(Qt::ISODate);
    f.folder = n.folders.value(row.folderId);
    f.account = n.accounts.value(row.accountId);
    f.flags = row.flags.toInt();
    f.size = row.size;
    return f;
}

void setParsedFields(MessageJsonFields &f, const mime::ParsedMessage &parsed)
{
    f.subject = parsed.subject;
    f.from = addressesJson(parsed.from);
    f.to = addressesJson(parsed.to);
    f.cc = addressesJson(parsed.cc);
    f.hasHtml = !parsed.htmlBody.isEmpty();
    f.attachments = attachmentsJson(parsed.attachments);
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
    MessageJsonFields f = rowFields(n, *row);
    setParsedFields(f, *parsed);
    QJsonObject o = messageJsonObject(f);
    if (withText)
        o.insert(QStringLiteral("text"), parsed->readerText);
    return o;
}

Result<QJsonObject> searchJson(store::Archive &archive, const Names &n,
                               const store::MessageRow &row)
{
    MessageJsonFields f = rowFields(n, row);
    if (row.hasHtml >= 0) { // the lists of schema 6: nothing to parse
        f.from = QJsonDocument::fromJson(row.fromJson).array();
        f.to = QJsonDocument::fromJson(row.toJson).array();
        f.cc = QJsonDocument::fromJson(row.ccJson).array();
        f.attachments = QJsonDocument::fromJson(row.attachmentsJson).array();
        f.hasHtml = row.hasHtml != 0;
        return messageJsonObject(f);
    }
    Result<mime::ParsedMessage> parsed = archive.parsedMessage(row.id);
    if (!parsed)
        return parsed.error();
    setParsedFields(f, *parsed);
    return messageJsonObject(f);
}

} // namespace satchel::app

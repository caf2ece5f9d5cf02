#include "store/DerivedColumns.h"

#include "store/Threading.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace satchel::store {

namespace {

// Search text is capped: a 20 MB log pasted into a mail would otherwise dominate the index.
constexpr qsizetype kMaxIndexedBodyChars = 1024 * 1024;
constexpr qsizetype kPreviewChars = 200;

QString addressDisplay(const mime::AddressList &list)
{
    QStringList parts;
    for (const mime::Address &a : list)
        parts.append(a.display());
    return parts.join(QLatin1String(", "));
}

QString addressTokens(std::initializer_list<const mime::AddressList *> lists)
{
    QStringList addresses;
    for (const auto *list : lists) {
        for (const mime::Address &a : *list)
            addresses.append(a.display());
    }
    return addresses.join(u' ');
}

QString addressesJson(const mime::AddressList &list)
{
    QJsonArray array;
    for (const mime::Address &a : list)
        array.append(
            QJsonObject {{QStringLiteral("name"), a.name}, {QStringLiteral("address"), a.address}});
    // TEXT, not a BLOB, in the column.
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString attachmentsJson(const QList<mime::Attachment> &list)
{
    QJsonArray attachments;
    for (const mime::Attachment &a : list)
        attachments.append(QJsonObject {{QStringLiteral("filename"), a.filename},
                                        {QStringLiteral("content_type"), a.contentType},
                                        {QStringLiteral("size"), double(a.size)}});
    return QString::fromUtf8(QJsonDocument(attachments).toJson(QJsonDocument::Compact));
}

QString previewOf(const QString &readerText)
{
    // Skip quoted lines: the preview should show what is new in the message.
    QString preview;
    for (const QStringView line : QStringView(readerText).split(u'\n')) {
        const QStringView t = line.trimmed();
        if (t.isEmpty() || t.startsWith(u'>'))
            continue;
        if (!preview.isEmpty())
            preview += u' ';
        preview += t;
        if (preview.size() >= kPreviewChars)
            break;
    }
    return preview.left(kPreviewChars);
}

} // namespace

FtsDocument ftsDocument(const mime::ParsedMessage &parsed)
{
    FtsDocument doc;
    doc.subject = parsed.subject;
    doc.sender = addressTokens({&parsed.from});
    doc.recipients = addressTokens({&parsed.to, &parsed.cc});
    doc.replyTo = addressTokens({&parsed.replyTo});
    doc.body = parsed.readerText.left(kMaxIndexedBodyChars);
    QStringList names;
    for (const mime::Attachment &a : parsed.attachments) {
        if (!a.filename.isEmpty())
            names.append(a.filename);
    }
    doc.attachments = names.join(u' ');
    return doc;
}

DerivedColumns deriveColumns(const mime::ParsedMessage &parsed)
{
    DerivedColumns d;
    const mime::Address sender = parsed.sender();
    d.senderName = sender.name;
    d.senderAddress = sender.address;
    d.senderSort = (sender.name.isEmpty() ? sender.address : sender.name).toCaseFolded();
    d.recipients = addressDisplay(parsed.to);
    d.subjectSort = normaliseSubject(parsed.subject);
    d.preview = previewOf(parsed.readerText);
    d.fromJson = addressesJson(parsed.from);
    d.toJson = addressesJson(parsed.to);
    d.ccJson = addressesJson(parsed.cc);
    d.attachmentsJson = attachmentsJson(parsed.attachments);
    d.hasHtml = !parsed.htmlBody.isEmpty();
    d.fts = ftsDocument(parsed);
    return d;
}

} // namespace satchel::store

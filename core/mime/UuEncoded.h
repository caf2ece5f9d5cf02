#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace satchel::mime::detail {

// A file uuencoded into a text/plain part ("begin 644 name" ... "end"), as old mailers and
// Usenet gateways sent attachments.
struct UuFile
{
    QString filename;
    QByteArray data; // decoded
};

// Finds the uuencoded files in the bytes of a text part, in order, and removes their lines from
// `text` (a reader should not see pages of "M4V%R..."). A "begin" line without its "end", or
// whose lines do not decode, is left in the text as it is.
[[nodiscard]] QList<UuFile> takeUuencodedFiles(QByteArray &text);

// A content type for a file name by its extension (a fixed table, so that the same bytes parse
// the same on every machine); application/octet-stream when it is not known.
[[nodiscard]] QString contentTypeForFileName(const QString &filename);

} // namespace satchel::mime::detail

#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>

namespace satchel::io {

// Writes an mbox file in the mboxrd style: an envelope line "From sender date", the message with
// one '>' added to every line that starts with ">...>From " or "From ", and an empty line. Read
// back with MboxReader (Auto or Mboxrd), each message comes out byte for byte, except that a
// message that does not end with a line break gets one (mbox has no way to say it had none).
class MboxWriter
{
public:
    [[nodiscard]] Status open(const QString &path);
    [[nodiscard]] Status write(const QByteArray &raw, const QString &senderAddress,
                               const QDateTime &date);
    [[nodiscard]] Status close();

    [[nodiscard]] static QByteArray envelopeLine(const QString &senderAddress,
                                                 const QDateTime &date);

private:
    QFile m_file;
};

} // namespace satchel::io

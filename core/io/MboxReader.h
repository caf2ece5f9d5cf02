#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <optional>

namespace satchel::io {

// How the messages of an mbox file are told apart and what ">From " means in them:
//   Mboxo    a "From " line starts a message; ">From " in the text stands for "From ".
//   Mboxrd   a "From " line starts a message; one ">" is removed from every ">...>From ".
//   Mboxcl   as Mboxo, but a Content-Length header (when it fits) gives the body's length.
//   Mboxcl2  Content-Length gives the body's length; nothing is quoted.
//   Auto     Content-Length when a message has one that fits (then taken verbatim, as mboxcl2),
//            otherwise mboxrd. What Satchel writes (mboxrd) reads back exactly this way.
enum class MboxStyle { Auto, Mboxo, Mboxrd, Mboxcl, Mboxcl2 };

// Reads the messages of an mbox file one at a time (never the whole file at once). A "From "
// line counts as the start of a message at the start of the file, after an empty line, or when
// it looks like an envelope line ("From sender date" with a time); the empty line before it is
// the separator, not part of the message. Message bytes are given without the "From " line.
class MboxReader
{
public:
    explicit MboxReader(MboxStyle style = MboxStyle::Auto)
        : m_style(style)
    { }

    [[nodiscard]] Status open(const QString &path);
    // The next message, or nothing at the end of the file.
    [[nodiscard]] Result<std::optional<QByteArray>> next();
    // Where the message last returned began (the offset of its "From " line), for messages.
    [[nodiscard]] qint64 messageOffset() const { return m_messageOffset; }

    // Whether the file starts with a "From " line.
    [[nodiscard]] static bool looksLikeMbox(const QString &path);
    [[nodiscard]] static bool isEnvelopeLine(const QByteArray &line);

private:
    [[nodiscard]] QByteArray unquote(const QByteArray &line, bool verbatim) const;
    [[nodiscard]] std::optional<qint64> fittingContentLength(const QByteArray &header);

    QFile m_file;
    MboxStyle m_style;
    bool m_started = false;
    bool m_atEnd = false;
    qint64 m_messageOffset = 0;
    qint64 m_nextOffset = 0;
};

} // namespace satchel::io

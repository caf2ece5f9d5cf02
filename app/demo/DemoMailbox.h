#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace satchel::app {

// One message of the demo mailbox as the server offers it.
struct DemoMessage
{
    QByteArray uidl; // the file's name without ".eml": stable across runs
    QByteArray raw; // CRLF line ends, ending in CRLF: what RETR sends (before dot-stuffing)
};

// The demo mailbox compiled into the binary (resources/demo/mail, ":/demo/mail").
class DemoMailbox
{
public:
    // Where the messages are inside the binary.
    [[nodiscard]] static QString resourceDirectory();

    // Every message, in file-name order. The Date headers are moved forward by whole days so the
    // newest message is from the last 24 hours before `now` (times of day and zones stay as
    // written): the demo always looks like recent mail. An invalid `now` keeps the dates as
    // written.
    [[nodiscard]] static QList<DemoMessage> load(const QDateTime &now = QDateTime());

    // The same text with LF or CRLF line ends, as CRLF throughout.
    [[nodiscard]] static QByteArray toCrlf(const QByteArray &text);
    // The top-level Date header of `raw`, invalid when there is none that parses.
    [[nodiscard]] static QDateTime dateOf(const QByteArray &raw);
};

} // namespace satchel::app

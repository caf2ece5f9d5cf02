#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace satchel::test {

// One message file that a CorpusMaildir wrote.
struct MaildirMessage
{
    QString path; // the file in cur/
    QByteArray bytes; // its exact content
    QString origin; // where it came from, for failure messages: a file, a tar member, "synthetic 3"
};

// Fills a maildir with messages for a POP3 server to serve: generated ones (no corpus needed), the
// files of a folder, or the members of a volume tarball from ../shared/corpus.
//
// Order: Dovecot numbers the messages it finds in one scan by the timestamp at the start of the
// file name, then the "M<usecs>" part, then the rest of the name (maildir_filename_sort_cmp in
// Dovecot 2.3). The names written here are "<1000000000 + seq>.Q<seq>.satchel:2,", so POP3 order
// is write order, and messages() lists them in it: messages()[i] is POP3 message i + 1 when this
// object wrote every file in cur/. A second object on the same maildir continues the sequence,
// so the objects' messages() joined in writing order are the POP3 order. Files written after
// Dovecot has scanned the maildir are numbered after the ones it knew; DELE removes numbers.
//
// Files go to tmp/ and are renamed into cur/, so a running Dovecot never sees half a message.
class CorpusMaildir
{
public:
    // Creates cur/, new/ and tmp/ when missing; isValid() tells whether that worked.
    explicit CorpusMaildir(const QString &maildir);

    [[nodiscard]] bool isValid() const { return m_valid; }
    // Why the maildir could not be made, or why the last adder failed.
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString maildir() const { return m_maildir; }

    // Every file written from now on is chown()ed to this owner (the Dovecot fixture, as root,
    // hands the maildir to an unprivileged uid because Dovecot will not read mail as root).
    void setOwner(uint uid, uint gid);

    // All messages this object wrote, in POP3 order.
    [[nodiscard]] QList<MaildirMessage> messages() const { return m_messages; }

    // Each adder returns false and sets errorString() on failure; what was written before the
    // failure stays in messages().
    [[nodiscard]] bool add(const QByteArray &raw, const QString &origin = QString());
    [[nodiscard]] bool addSynthetic(int count);
    // Recursively, sorted by relative path; `nameFilters` are wildcards on the file name; a
    // negative limit means all.
    [[nodiscard]] bool addFromFolder(const QString &folder,
                                     const QStringList &nameFilters = {QStringLiteral("*.eml")},
                                     int limit = -1);
    // Members in archive order, extracted with tar(1) into a temporary folder. Dot files and the
    // corpus' own notes (SOURCE.txt, README*, LICENSE*, COPYING*) are skipped; an empty filter
    // list takes every other regular file.
    [[nodiscard]] bool addFromTarball(const QString &tarball, int limit = -1,
                                      const QStringList &nameFilters = {});
    // The benchmarks' mailbox: the two tarballs of ../shared/corpus/volume in order (19,206
    // messages), the first `limit` of them (negative: all); generated mail (`limit`, or 10,000)
    // where the corpus is absent. *source says which, for the report.
    [[nodiscard]] bool addVolumeCorpus(int limit, QString *source);

    // Messages number `first` to `first + count - 1` of a fixed series: small, distinct and
    // well-formed, with LF line ends, some with CRLF, lines that need dot-stuffing and an 8-bit
    // body, so that the wire conversion below is exercised. addSynthetic() continues the series.
    [[nodiscard]] static QList<QByteArray> syntheticMessages(int count, int first = 1);

    // What Dovecot's POP3 server sends for a stored message (pop3-commands.c, fetch_callback):
    //  - a CR is inserted before every LF that has none; lone CRs and NULs pass unchanged;
    //  - a '.' that follows an LF is doubled (dot-stuffing) - but not a '.' at the very start of
    //    the message, which Dovecot leaves alone;
    //  - CRLF is appended when the message does not end with LF, then ".\r\n".
    // expectedRetrWire() is every byte after the "+OK <n> octets\r\n" line, terminator included.
    [[nodiscard]] static QByteArray expectedRetrWire(const QByteArray &stored);
    // What a client has after removing the terminator and undoing the dot-stuffing: the stored
    // message with CRLF line ends (and a final CRLF), except for the leading-dot quirk above.
    [[nodiscard]] static QByteArray expectedRetrContent(const QByteArray &stored);
    // The size in LIST and in "+OK <n> octets": every LF without a CR counts as two bytes; the
    // CRLF appended to a message without a final newline is not counted.
    [[nodiscard]] static qint64 expectedPop3Size(const QByteArray &stored);

    // Dovecot's ordering of new maildir file names: true when `a` gets the lower number.
    [[nodiscard]] static bool dovecotOrdersBefore(const QString &a, const QString &b);

private:
    [[nodiscard]] bool fail(const QString &message);
    [[nodiscard]] bool checkValid();

    QString m_maildir;
    QString m_error;
    QList<MaildirMessage> m_messages;
    qint64 m_nextSequence = 0;
    int m_syntheticCount = 0;
    bool m_valid = false;
    bool m_chown = false;
    uint m_uid = 0;
    uint m_gid = 0;
};

} // namespace satchel::test

#include "Must.h"
#include "TestPaths.h"
#include "VolumeCorpus.h"
#include "mime/MessageParser.h"
#include "store/Archive.h"
#include "store/ArchiveSearchReader.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace satchel;
using namespace satchel::store;

namespace {

using test::must;

// The tokenisation rules of SQLite's unicode61 tokenizer with remove_diacritics 2, written
// again in plain C++: letters, digits and private-use characters make tokens, everything else
// separates them; case and (Latin) diacritics are folded away.
QStringList tokens(const QString &text)
{
    QStringList result;
    QString current;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    const QList<uint> codePoints = decomposed.toUcs4();
    for (const uint c : codePoints) {
        const QChar::Category category = QChar::category(char32_t(c));
        if (category == QChar::Mark_NonSpacing)
            continue; // a diacritic: removed, not a separator
        const bool tokenChar
            = QChar::isLetterOrNumber(char32_t(c)) || category == QChar::Other_PrivateUse;
        if (tokenChar) {
            current += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        } else if (!current.isEmpty()) {
            result.append(current.toLower());
            current.clear();
        }
    }
    if (!current.isEmpty())
        result.append(current.toLower());
    return result;
}

bool containsPhrase(const QStringList &haystack, const QStringList &phrase)
{
    if (phrase.isEmpty() || phrase.size() > haystack.size())
        return false;
    for (qsizetype i = 0; i + phrase.size() <= haystack.size(); ++i) {
        if (std::equal(phrase.cbegin(), phrase.cend(), haystack.cbegin() + i))
            return true;
    }
    return false;
}

QString addressText(std::initializer_list<const mime::AddressList *> lists)
{
    QStringList parts;
    for (const auto *list : lists) {
        for (const mime::Address &a : *list)
            parts.append(a.display());
    }
    return parts.join(u' ');
}

// One message as the brute-force scan sees it: its tokens per field, its flags, folder, date.
struct Scanned
{
    qint64 id = 0;
    QStringList subject, sender, recipients, replyTo, body, attachments;
    MessageFlags flags;
    QString folder;
    QDateTime date;
    bool hasAttachments = false;
};

Scanned scan(qint64 id, const QByteArray &raw, const QDateTime &arrival, MessageFlags flags,
             const QString &folder)
{
    const mime::ParsedMessage p = mime::parseMessage(raw, arrival);
    Scanned s;
    s.id = id;
    s.subject = tokens(p.subject);
    s.sender = tokens(addressText({&p.from}));
    s.recipients = tokens(addressText({&p.to, &p.cc}));
    s.replyTo = tokens(addressText({&p.replyTo}));
    s.body = tokens(p.readerText.left(1024 * 1024)); // the archive indexes at most 1M chars
    QStringList names;
    for (const mime::Attachment &a : p.attachments) {
        if (!a.filename.isEmpty())
            names.append(a.filename);
    }
    s.attachments = tokens(names.join(u' '));
    s.flags = flags;
    s.folder = folder;
    s.date = p.date.isValid() ? p.date : arrival;
    s.hasAttachments = p.hasAttachments;
    return s;
}

QDate dayOf(const search::CalendarDate &date)
{
    return QDate(date.year, date.month, date.day);
}

bool matches(const SearchNode &node, const Scanned &m)
{
    switch (node.kind) {
    case SearchNode::Kind::And:
        return std::all_of(node.children.cbegin(), node.children.cend(),
                           [&m](const SearchNode &c) { return matches(c, m); });
    case SearchNode::Kind::Or:
        return std::any_of(node.children.cbegin(), node.children.cend(),
                           [&m](const SearchNode &c) { return matches(c, m); });
    case SearchNode::Kind::Not:
        return !matches(node.children.front(), m);
    case SearchNode::Kind::Text: {
        const QStringList phrase = tokens(QString::fromStdString(node.text));
        switch (node.field) {
        case SearchNode::Field::From:
            return containsPhrase(m.sender, phrase);
        case SearchNode::Field::To:
            return containsPhrase(m.recipients, phrase);
        case SearchNode::Field::Subject:
            return containsPhrase(m.subject, phrase);
        case SearchNode::Field::Any:
            for (const QStringList *field :
                 {&m.subject, &m.sender, &m.recipients, &m.replyTo, &m.body, &m.attachments}) {
                if (containsPhrase(*field, phrase))
                    return true;
            }
            return false;
        }
        return false;
    }
    case SearchNode::Kind::HasAttachment:
        return m.hasAttachments;
    case SearchNode::Kind::Flag:
        return m.flags.testFlag(MessageFlag(int(node.flag))) == node.flagSet;
    case SearchNode::Kind::Before:
        return m.date < dayOf(node.date).startOfDay();
    case SearchNode::Kind::After:
        return m.date >= dayOf(node.date).startOfDay();
    case SearchNode::Kind::Folder:
        return m.folder.compare(QString::fromStdString(node.text), Qt::CaseInsensitive) == 0;
    }
    return false;
}

const QStringList kWords = {
    QStringLiteral("lisbon"),   QStringLiteral("Lisbon"),  QStringLiteral("LISBON"),
    QStringLiteral("hotel"),    QStringLiteral("airport"), QStringLiteral("boarding"),
    QStringLiteral("pass"),     QStringLiteral("invoice"), QStringLiteral("report"),
    QStringLiteral("Köln"),     QStringLiteral("café"),    QStringLiteral("naïve"),
    QStringLiteral("résumé"),   QStringLiteral("e-mail"),  QStringLiteral("money"),
    QStringLiteral("free"),     QStringLiteral("linux"),   QStringLiteral("windows"),
    QStringLiteral("meeting"),  QStringLiteral("budget"),  QStringLiteral("quarterly"),
    QStringLiteral("flight"),   QStringLiteral("to"),      QStringLiteral("the"),
    QStringLiteral("or"),       QStringLiteral("not"),     QStringLiteral("gas"),
    QStringLiteral("contract"), QStringLiteral("click"),   QStringLiteral("remove"),
};

const QStringList kPeople = {
    QStringLiteral("Alice Archer <alice@alpha.example>"),
    QStringLiteral("Bob Brown <bob@beta.example>"),
    QStringLiteral("=?UTF-8?Q?Carol_Caf=C3=A9?= <carol@gamma.example>"),
    QStringLiteral("dave@alpha.example"),
    QStringLiteral("\"Lisbon Travel\" <bookings@travel.example>"),
};

QString sentence(QRandomGenerator &rng, int count)
{
    QStringList words;
    for (int i = 0; i < count; ++i)
        words.append(kWords.at(rng.bounded(int(kWords.size()))));
    return words.join(u' ');
}

// Mail this test writes itself: senders, recipients, subjects, bodies (plain and HTML-only),
// attachments, dates with offsets and across the years.
QByteArray generatedMessage(QRandomGenerator &rng, int i)
{
    const QDateTime date
        = QDateTime(QDate(2019, 1, 1), QTime(0, 0), Qt::UTC)
              .addSecs(qint64(rng.bounded(6 * 365 * 24)) * 3600 + rng.bounded(3600))
              .toOffsetFromUtc((rng.bounded(25) - 12) * 3600);
    QByteArray raw = "From: " + kPeople.at(rng.bounded(int(kPeople.size()))).toUtf8() + "\r\n";
    raw += "To: " + kPeople.at(rng.bounded(int(kPeople.size()))).toUtf8() + "\r\n";
    if (rng.bounded(3) == 0)
        raw += "Cc: " + kPeople.at(rng.bounded(int(kPeople.size()))).toUtf8() + "\r\n";
    if (rng.bounded(8) == 0)
        raw += "Reply-To: " + kPeople.at(rng.bounded(int(kPeople.size()))).toUtf8() + "\r\n";
    raw += "Subject: =?UTF-8?B?" + sentence(rng, rng.bounded(1, 5)).toUtf8().toBase64() + "?=\r\n";
    if (i % 17 != 5) // a few without a date: the arrival time stands in
        raw += "Date: " + date.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    raw += "Message-ID: <gen" + QByteArray::number(i) + "@test.example>\r\nMIME-Version: 1.0\r\n";
    const QByteArray body = sentence(rng, rng.bounded(5, 60)).toUtf8();
    switch (rng.bounded(5)) {
    case 0:
        raw += "Content-Type: text/html; charset=utf-8\r\n\r\n<p>" + body + "</p>\r\n";
        break;
    case 1:
        raw += "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: "
               "text/plain; charset=utf-8\r\n\r\n"
            + body + "\r\n--b\r\nContent-Type: application/pdf\r\nContent-Disposition: "
            + "attachment; filename=\"" + (rng.bounded(2) ? "itinerary-lisbon.pdf" : "report.pdf")
            + "\"\r\n\r\n%PDF\r\n--b--\r\n";
        break;
    case 2: // an old-style attachment, uuencoded into the text ("abc" as the file)
        raw += "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body
            + "\r\nbegin 644 boarding-pass.gif\r\n#86)C\r\n`\r\nend\r\n";
        break;
    default:
        raw += "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n";
    }
    return raw;
}

const QStringList kQueries = {
    QStringLiteral("lisbon"),
    QStringLiteral("LISBON"),
    QStringLiteral("\"boarding pass\""),
    QStringLiteral("koln"),
    QStringLiteral("café"),
    QStringLiteral("cafe naive"),
    QStringLiteral("resume OR résumé"),
    QStringLiteral("e-mail"),
    QStringLiteral("from:alice"),
    QStringLiteral("from:alice@alpha.example"),
    QStringLiteral("FROM:Bob"),
    QStringLiteral("from:\"Carol Café\""),
    QStringLiteral("to:carol"),
    QStringLiteral("to:alpha.example"),
    QStringLiteral("subject:invoice"),
    QStringLiteral("subject:\"flight to\""),
    QStringLiteral("has:attachment"),
    QStringLiteral("itinerary"),
    QStringLiteral("gif"),
    QStringLiteral("has:attachment -pdf"),
    QStringLiteral("report has:attachment"),
    QStringLiteral("-has:attachment after:2020-01-01"),
    QStringLiteral("is:unread"),
    QStringLiteral("is:read"),
    QStringLiteral("is:flagged"),
    QStringLiteral("is:read AND is:flagged"),
    QStringLiteral("is:unflagged is:answered"),
    QStringLiteral("before:2022-01-01"),
    QStringLiteral("after:2023-06-15"),
    QStringLiteral("after:2021-01-01 before:2021-12-31"),
    QStringLiteral("before:2019-06-01"),
    QStringLiteral("folder:work"),
    QStringLiteral("folder:Trash"),
    QStringLiteral("folder:inbox is:unread lisbon"),
    QStringLiteral("lisbon OR koln"),
    QStringLiteral("lisbon -koln"),
    QStringLiteral("NOT lisbon"),
    QStringLiteral("NOT NOT lisbon"),
    QStringLiteral("(lisbon OR hotel) AND NOT from:bob"),
    QStringLiteral("from:alice OR to:alice"),
    QStringLiteral("NOT (is:unread OR is:flagged)"),
    QStringLiteral("subject:invoice OR (from:dave is:unread)"),
    QStringLiteral("lisbon hotel airport"),
    QStringLiteral("dave@alpha.example"),
    QStringLiteral("budget OR (meeting AND (quarterly OR NOT gas))"),
    QStringLiteral("\"or\" \"not\""),
    QStringLiteral("money OR free"),
    QStringLiteral("linux -windows"),
    QStringLiteral("click remove"),
    QStringLiteral("from:bookings"),
    QStringLiteral("-from:alice -to:alice has:attachment OR is:flagged"),
    QStringLiteral("KÖLN"),
    QStringLiteral("naïve -café"),
    QStringLiteral("subject:café OR subject:résumé"),
    QStringLiteral("from:\"Carol Café\"\u00a0lisbon"),
    QStringLiteral("(Köln OR naïve) after:2020-01-01"),
};

} // namespace

class TestSearchEquivalence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchEqualsBruteForce_data();
    void searchEqualsBruteForce();
    void malformedQueryIsAnError();
    void uuencodedCorpusMessage();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Archive> m_archive;
    QList<Scanned> m_scanned;
    int m_corpusMessages = 0;
};

void TestSearchEquivalence::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("search.sqlite"));
    m_archive = must(Archive::open(m_path));
    const qint64 account = must(m_archive->createAccount(QStringLiteral("test")));
    const qint64 other = must(m_archive->createAccount(QStringLiteral("other")));
    struct Target
    {
        qint64 account;
        qint64 folder;
        QString name;
    };
    const QList<Target> targets = {
        {account, must(m_archive->specialFolder(account, FolderRole::Inbox)),
         QStringLiteral("Inbox")},
        {account, must(m_archive->specialFolder(account, FolderRole::Trash)),
         QStringLiteral("Trash")},
        {account, must(m_archive->createFolder(account, QStringLiteral("Work"))),
         QStringLiteral("Work")},
        {other, must(m_archive->specialFolder(other, FolderRole::Inbox)), QStringLiteral("Inbox")},
    };
    const QDateTime arrival(QDate(2024, 7, 1), QTime(12, 0), Qt::UTC);
    QRandomGenerator rng(4242);

    QList<NewMessage> batch;
    QList<std::pair<QByteArray, Target>> pending;
    auto flush = [&]() {
        const QList<qint64> ids = must(m_archive->insertMessages(batch));
        for (qsizetype i = 0; i < ids.size(); ++i)
            m_scanned.append(scan(ids.at(i), batch.at(i).raw, arrival, batch.at(i).flags,
                                  pending.at(i).second.name));
        batch.clear();
        pending.clear();
    };
    auto add = [&](QByteArray raw) {
        const Target &target = targets.at(rng.bounded(int(targets.size())));
        NewMessage m;
        m.accountId = target.account;
        m.folderId = target.folder;
        m.raw = std::move(raw);
        m.arrival = arrival;
        if (rng.bounded(2))
            m.flags |= MessageFlag::Read;
        if (rng.bounded(5) == 0)
            m.flags |= MessageFlag::Flagged;
        if (rng.bounded(7) == 0)
            m.flags |= MessageFlag::Answered;
        pending.append({m.raw, target});
        batch.append(std::move(m));
        if (batch.size() == 500)
            flush();
    };
    for (int i = 0; i < 1500; ++i)
        add(generatedMessage(rng, i));

    // Real mail too, when the corpus is here: 3,000 messages of the spamassassin volume set.
    const QStringList archives = satchel::test::volumeArchives();
    for (const QString &archive : archives) {
        if (!archive.contains(QLatin1String("spamassassin")))
            continue;
        const QString into = m_dir.filePath(QStringLiteral("volume"));
        const QString error = satchel::test::unpack(archive, into);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList files;
        QDirIterator it(into, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        for (const QString &path : std::as_const(files)) {
            if (m_corpusMessages == 3000)
                break;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            add(file.readAll());
            ++m_corpusMessages;
        }
    }
    flush();
    qInfo("%lld messages, %d of them from corpus/volume", qlonglong(m_scanned.size()),
          m_corpusMessages);
    // Newest first, as Archive::search orders.
    std::sort(m_scanned.begin(), m_scanned.end(), [](const Scanned &a, const Scanned &b) {
        const qint64 da = a.date.toMSecsSinceEpoch(), db = b.date.toMSecsSinceEpoch();
        return da != db ? da > db : a.id > b.id;
    });
}

void TestSearchEquivalence::searchEqualsBruteForce_data()
{
    QTest::addColumn<QString>("query");
    for (const QString &query : kQueries)
        QTest::newRow(qPrintable(query)) << query;
}

void TestSearchEquivalence::searchEqualsBruteForce()
{
    QFETCH(QString, query);
    const Result<SearchQuery> parsed = SearchQuery::parse(query);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QList<qint64> expected;
    for (const Scanned &m : std::as_const(m_scanned)) {
        if (matches(parsed->root(), m))
            expected.append(m.id);
    }
    const QList<qint64> found = must(m_archive->search(query, 0));
    if (found != expected) {
        const QSet<qint64> f(found.cbegin(), found.cend()), e(expected.cbegin(), expected.cend());
        QList<qint64> onlyFound = (f - e).values(), onlyExpected = (e - f).values();
        std::sort(onlyFound.begin(), onlyFound.end());
        std::sort(onlyExpected.begin(), onlyExpected.end());
        qWarning() << "search only:" << onlyFound.mid(0, 10)
                   << "brute force only:" << onlyExpected.mid(0, 10);
    }
    QCOMPARE(found, expected);
    // An empty result would prove little: every row finds something in the generated mail.
    QVERIFY2(!expected.isEmpty(), "the query should match some messages");
    QCOMPARE(must(m_archive->search(query, 5)), expected.mid(0, 5));

    // The other answering path, the reader of the launcher and of satchel-cli's quick search,
    // finds the same messages in the same order.
    const std::unique_ptr<store::ArchiveSearchReader> reader
        = store::ArchiveSearchReader::open(QFile::encodeName(m_path).toStdString());
    QVERIFY(reader);
    QList<qint64> read;
    QVERIFY(reader->search(search::QuerySql::of(parsed->root()), 0, false,
                           [&read](const store::SearchHit &hit) {
                               read.append(hit.id);
                               return true;
                           }));
    QCOMPARE(read, expected);
}

void TestSearchEquivalence::malformedQueryIsAnError()
{
    const Result<QList<qint64>> result = m_archive->search(QStringLiteral("(lisbon OR"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::Invalid);
    QVERIFY(result.error().message.contains(QLatin1String("character 11")));
}

// A real message with three files uuencoded into its text (spamassassin hard-ham 00189): listed
// as attachments, decoded as Python's binascii.a2b_uu decodes them, and found by name.
void TestSearchEquivalence::uuencodedCorpusMessage()
{
    if (m_corpusMessages == 0)
        QSKIP("needs corpus/volume");
    QDirIterator it(m_dir.filePath(QStringLiteral("volume")),
                    {QStringLiteral("00189.c69e4af5bfa5a1bcb403eefe112e5e45.txt")}, QDir::Files,
                    QDirIterator::Subdirectories);
    QVERIFY(it.hasNext());
    QFile file(it.next());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    const mime::ParsedMessage m = mime::parseMessage(raw, QDateTime::currentDateTimeUtc());
    const QList<std::tuple<QString, qint64, QByteArray>> expected = {
        {QStringLiteral("oops1.dat"), 4916, "04008b33e84f9498"},
        {QStringLiteral("oops2.dat"), 5077, "c4e81bf8bd7e995c"},
        {QStringLiteral("oops3.dat"), 4736, "cb19ced25f164b7b"},
    };
    QCOMPARE(m.attachments.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const auto &[name, size, sha] = expected.at(i);
        const mime::Attachment &a = m.attachments.at(i);
        QCOMPARE(a.filename, name);
        QCOMPARE(a.contentType, QStringLiteral("application/octet-stream"));
        QCOMPARE(a.size, size);
        const std::optional<QByteArray> bytes = mime::extractPart(raw, a.partIndex);
        QVERIFY(bytes.has_value());
        QCOMPARE(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex().left(16),
                 sha);
    }
    QVERIFY(m.hasAttachments);
    QVERIFY(!m.readerText.contains(QLatin1String("begin 666 oops1.dat")));
    // Indexed by the attachment's name, and has:attachment.
    std::unique_ptr<Archive> archive = must(Archive::open(QStringLiteral(":memory:")));
    const qint64 account = must(archive->createAccount(QStringLiteral("uu")));
    NewMessage message;
    message.accountId = account;
    message.folderId = must(archive->specialFolder(account, FolderRole::Inbox));
    message.raw = raw;
    const qint64 id = must(archive->insertMessage(message));
    QCOMPARE(must(archive->search(QStringLiteral("oops2 has:attachment"), 0)), QList<qint64> {id});
}

QTEST_GUILESS_MAIN(TestSearchEquivalence)
#include "tst_searchequivalence.moc"

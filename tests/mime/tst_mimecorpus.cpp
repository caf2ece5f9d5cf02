#include "TestPaths.h"
#include "mime/HtmlToText.h"
#include "mime/MessageParser.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using satchel::mime::ParsedMessage;
using satchel::mime::parseMessage;

namespace {

const QDateTime kArrival = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString mimeCorpus()
{
    return satchel::test::corpusDir() + QStringLiteral("/mime");
}

// The invariants every parse must keep, whatever the input.
void checkInvariants(const ParsedMessage &m, const QByteArray &raw, const QString &what)
{
    QVERIFY2(m.date.isValid(), qPrintable(what));
    QVERIFY2(m.hasHeader || m.dateSource == ParsedMessage::DateSource::Arrival, qPrintable(what));
    QVERIFY2(m.textBody.size() <= satchel::mime::limits::maxTotalTextBytes, qPrintable(what));
    QVERIFY2(m.attachments.size() <= satchel::mime::limits::maxParts, qPrintable(what));
    QVERIFY2(!m.readerText.trimmed().isEmpty() || m.textBody.trimmed().isEmpty(), qPrintable(what));
    bool anyReal = false;
    for (qsizetype i = 0; i < m.attachments.size(); ++i) {
        const auto &a = m.attachments.at(i);
        QVERIFY2(a.partIndex == i, qPrintable(what));
        QVERIFY2(a.size >= 0 && a.size <= raw.size() * 2, qPrintable(what));
        QVERIFY2(a.contentType.contains(u'/'), qPrintable(what + u": " + a.contentType));
        anyReal = anyReal || (!a.isInline && !a.isSignature);
    }
    QCOMPARE(m.hasAttachments, anyReal);
}

} // namespace

class TestMimeCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFileParses();
    void thunderbirdBodyText_data();
    void thunderbirdBodyText();
    void mimeToolsReferences_data();
    void mimeToolsReferences();
};

// Every file under corpus/mime (messages, mboxes, and the odd non-mail file) parses within a time
// bound, keeps the invariants, and every attachment can be extracted; attached messages parse too.
void TestMimeCorpus::everyFileParses()
{
    SATCHEL_REQUIRE_CORPUS();
    QDirIterator it(mimeCorpus(), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    int withHeader = 0;
    int truncated = 0;
    int nestedMessages = 0;
    qint64 bytes = 0;
    qint64 parseNs = 0;
    qint64 slowest = 0;
    QString slowestFile;
    QElapsedTimer timer;
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray raw = readFile(path);
        timer.start();
        const ParsedMessage m = parseMessage(raw, kArrival);
        const qint64 ns = timer.nsecsElapsed();
        parseNs += ns;
        if (ns > slowest) {
            slowest = ns;
            slowestFile = path;
        }
        QVERIFY2(ns < 10'000'000'000LL, qPrintable(path));
        checkInvariants(m, raw, path);
        if (QTest::currentTestFailed())
            return;
        for (const auto &a : m.attachments) {
            const std::optional<QByteArray> content = satchel::mime::extractPart(raw, a.partIndex);
            QVERIFY2(content.has_value(), qPrintable(path));
            if (a.isMessage) {
                ++nestedMessages;
                const ParsedMessage inner = parseMessage(*content, kArrival);
                checkInvariants(inner, *content, path + u" (attached message)");
            }
        }
        ++files;
        bytes += raw.size();
        withHeader += m.hasHeader ? 1 : 0;
        truncated += m.truncated ? 1 : 0;
    }
    QVERIFY(files > 1000);
    qInfo("%d files, %lld bytes, %d with a header, %d truncated, %d attached messages opened; "
          "parse %.1f ms in all (%.1f MB/s), slowest %.1f ms (%s)",
          files, bytes, withHeader, truncated, nestedMessages, double(parseNs) / 1e6,
          double(bytes) / 1e6 / (double(parseNs) / 1e9), double(slowest) / 1e6,
          qPrintable(slowestFile));
}

// Thunderbird's expected body text (mailnews/test/data/*.out, from test_getMsgTextFromStream.js).
// That test asks for one body part, with HTML either kept or stripped; the .out shows which. So:
// an .out that starts with '<' must equal our HTML (or the plain text, for HTML sent as
// text/plain); any other must equal our reader text, white space aside. Two files differ on
// purpose, see below.
void TestMimeCorpus::thunderbirdBodyText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QString dir
        = satchel::test::corpusDir() + QStringLiteral("/mime/thunderbird/mailnews/test/data");
    if (satchel::test::corpusDir().isEmpty())
        return;
    QDirIterator it(dir, {QStringLiteral("*.out")}, QDir::Files);
    while (it.hasNext()) {
        const QString out = it.next();
        const QString input = out.chopped(4);
        QTest::newRow(qPrintable(QFileInfo(input).fileName()))
            << input << QString::fromUtf8(readFile(out));
    }
}

void TestMimeCorpus::thunderbirdBodyText()
{
    SATCHEL_REQUIRE_CORPUS();
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const ParsedMessage m = parseMessage(readFile(input), kArrival);
    const QString want = expected.simplified();
    const QString name = QFileInfo(input).fileName();
    if (name == u"multipart-complex1" || name == u"multipart-complex2") {
        // Thunderbird returns the first body part only; Satchel shows every inline text part of
        // a multipart/mixed one after the other, so the expected text is there, with more.
        const QString all
            = QString(m.readerText + u' ' + satchel::mime::detail::htmlToText(m.htmlBody))
                  .simplified();
        QVERIFY2(all.contains(want), qPrintable(all));
        return;
    }
    if (want.startsWith(u'<')) {
        const QString got = (m.htmlBody.isEmpty() ? m.textBody : m.htmlBody).simplified();
        QCOMPARE(got, want);
    } else {
        QCOMPARE(m.readerText.simplified(), want);
    }
}

// MIME-tools' expected parses (testmsgs/X.ref for X.msg, Perl hash dumps): the top-level subject
// and sender, and every part with a file name outside attached messages (type, name, size).
// The .ref files for other parser options (ak-0696-nest/none/replace, *-extracted) are not used.
void TestMimeCorpus::mimeToolsReferences_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("reference");
    if (satchel::test::corpusDir().isEmpty())
        return;
    const QString dir = mimeCorpus() + QStringLiteral("/mime-tools/testmsgs/");
    QDirIterator it(dir, {QStringLiteral("*.ref")}, QDir::Files);
    while (it.hasNext()) {
        const QString ref = it.next();
        const QString msg = ref.chopped(4) + QStringLiteral(".msg");
        if (QFileInfo::exists(msg))
            QTest::newRow(qPrintable(QFileInfo(msg).fileName())) << msg << ref;
    }
}

void TestMimeCorpus::mimeToolsReferences()
{
    SATCHEL_REQUIRE_CORPUS();
    QFETCH(QString, message);
    QFETCH(QString, reference);
    // "Part_3_1" => { "Key" => "value", ... }
    QHash<QString, QHash<QString, QString>> blocks;
    {
        const QString text = QString::fromUtf8(readFile(reference));
        static const QRegularExpression block(QStringLiteral(R"re("(\w+)" => \{\n(.*?)\n  \})re"),
                                              QRegularExpression::DotMatchesEverythingOption);
        // "Key" => "string", "Key" => qq{string} or "Key" => 123
        static const QRegularExpression pair(
            QStringLiteral(R"re("(\w+)" => (?:"((?:[^"\\\n]|\\.)*)"|qq\{(.*)\}|([^,\n]*)))re"));
        for (auto b = block.globalMatch(text); b.hasNext();) {
            const auto bm = b.next();
            QHash<QString, QString> fields;
            for (auto p = pair.globalMatch(bm.captured(2)); p.hasNext();) {
                const auto pm = p.next();
                QString value = pm.captured(2) + pm.captured(3) + pm.captured(4);
                value.replace(QLatin1String("\\@"), QLatin1String("@"));
                value.replace(QLatin1String("\\\""), QLatin1String("\""));
                fields.insert(pm.captured(1), value);
            }
            blocks.insert(bm.captured(1), fields);
        }
    }
    QVERIFY2(blocks.contains(QStringLiteral("Parser")), "unexpected .ref format");
    // uu-zeegee.ref was made with ExtractUuencode: its two GIFs are uuencoded in the text, and
    // Satchel lists them as attachments too (UuEncoded.h).

    const ParsedMessage m = parseMessage(readFile(message), kArrival);
    const auto msg = blocks.value(QStringLiteral("Msg"));
    const QString subject = msg.value(QStringLiteral("Subject"));
    if (msg.contains(QStringLiteral("Subject")) && !subject.contains(QLatin1String("=?")))
        QCOMPARE(m.subject, subject.simplified());
    if (const QString from = msg.value(QStringLiteral("From")); !from.isEmpty()) {
        QVERIFY(!m.from.isEmpty());
        QVERIFY2(from.contains(m.from.constFirst().address, Qt::CaseInsensitive),
                 qPrintable(from + u" vs " + m.from.constFirst().address));
    }

    for (auto it = blocks.cbegin(); it != blocks.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("Part_")))
            continue;
        const QString filename = it.value().value(QStringLiteral("Filename"));
        if (filename.isEmpty())
            continue;
        // Skip parts inside an attached message: Satchel lists the message, not its insides.
        bool nested = false;
        QString ancestor = it.key();
        while (ancestor.count(u'_') > 1) {
            ancestor = ancestor.left(ancestor.lastIndexOf(u'_'));
            if (blocks.value(ancestor).value(QStringLiteral("Type")) == u"message/rfc822")
                nested = true;
        }
        if (nested)
            continue;
        const QString type = it.value().value(QStringLiteral("Type")).toLower();
        // Names may repeat (dup-names.msg): the size tells them apart.
        const QString size = it.value().value(QStringLiteral("Size"));
        const auto match
            = std::find_if(m.attachments.cbegin(), m.attachments.cend(), [&](const auto &a) {
                  return a.filename == filename
                      && (size.isEmpty() || a.isMessage || a.size == size.toLongLong());
              });
        QVERIFY2(match != m.attachments.cend(),
                 qPrintable(it.key() + u": no attachment named " + filename + u" of size " + size));
        QCOMPARE(match->contentType, type);
    }
}

QTEST_GUILESS_MAIN(TestMimeCorpus)
#include "tst_mimecorpus.moc"

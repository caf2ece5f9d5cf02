#include "TestPaths.h"
#include "mime/HeaderSummary.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using satchel::mime::parseHeaderSummary;

class TestHeaderSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesGeneratedMessage();
    void rejectsWhatIsNotMail_data();
    void rejectsWhatIsNotMail();
    void parsesCorpusMessage();
};

void TestHeaderSummary::decodesGeneratedMessage()
{
    // Written for this test: an RFC 2047 subject (UTF-8, base64) and an encoded display name.
    const QByteArray raw = "From: =?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <juergen@example.org>\r\n"
                           "To: anna@example.org\r\n"
                           "Subject: =?UTF-8?B?R3LDvMOfZSBhdXMgS8O2bG4=?=\r\n"
                           "Message-ID: <abc.123@example.org>\r\n"
                           "Date: Sun, 22 Nov 2026 10:00:00 +0100\r\n"
                           "\r\n"
                           "Hallo Anna\r\n";
    const auto summary = parseHeaderSummary(raw);
    QVERIFY(summary.has_value());
    QCOMPARE(summary->subject, QStringLiteral("Grüße aus Köln"));
    QCOMPARE(summary->messageId, QStringLiteral("abc.123@example.org"));
    QVERIFY2(summary->from.contains(QStringLiteral("Jürgen Müller")), qPrintable(summary->from));
    QVERIFY2(summary->from.contains(QStringLiteral("juergen@example.org")),
             qPrintable(summary->from));
}

void TestHeaderSummary::rejectsWhatIsNotMail_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text without a header") << QByteArray("just some words, no header at all\r\n");
    QTest::newRow("binary") << QByteArray("\x7f\x45\x4c\x46\x02\x01\x01\x00", 8);
}

void TestHeaderSummary::rejectsWhatIsNotMail()
{
    QFETCH(QByteArray, raw);
    QVERIFY(!parseHeaderSummary(raw).has_value());
}

void TestHeaderSummary::parsesCorpusMessage()
{
    SATCHEL_REQUIRE_CORPUS();
    // A message nobody here wrote (CPython's email tests); its header fields are plain ASCII, so
    // what GMime gives back must equal the text in the file.
    const QString path
        = satchel::test::corpusDir() + QStringLiteral("/mime/python-email/msg_01.txt");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(path + QLatin1String(": ") + file.errorString()));
    const QByteArray raw = file.readAll();

    auto headerValue = [&raw](const QByteArray &name) {
        for (const QByteArray &line : raw.split('\n')) {
            if (line.trimmed().isEmpty())
                break; // end of the header block
            if (line.startsWith(QByteArray(name + ':')))
                return QString::fromLatin1(line.mid(name.size() + 1).trimmed());
        }
        return QString();
    };
    const QString subject = headerValue("Subject");
    const QString messageId = headerValue("Message-ID");
    QVERIFY2(!subject.isEmpty() && messageId.startsWith(u'<'), "the corpus message changed");

    const auto summary = parseHeaderSummary(raw);
    QVERIFY(summary.has_value());
    QCOMPARE(summary->subject, subject);
    QCOMPARE(QString(u'<' + summary->messageId + u'>'), messageId);
    QVERIFY2(summary->from.contains(QStringLiteral("bbb@ddd.com")), qPrintable(summary->from));
}

QTEST_GUILESS_MAIN(TestHeaderSummary)
#include "tst_headersummary.moc"

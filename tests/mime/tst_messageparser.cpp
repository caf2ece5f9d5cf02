#include "mime/FlowedText.h"
#include "mime/HtmlToText.h"
#include "mime/MessageParser.h"
#include "mime/TextDecoding.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using satchel::mime::Attachment;
using satchel::mime::ParsedMessage;
using satchel::mime::parseMessage;

namespace {

const QDateTime kArrival = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

// A message written for these tests: the given headers, then a blank line and the body.
QByteArray mail(const QByteArray &headers, const QByteArray &body)
{
    QByteArray raw = headers;
    if (!raw.endsWith("\r\n"))
        raw += "\r\n";
    return raw + "\r\n" + body;
}

QByteArray textMail(const QByteArray &contentType, const QByteArray &body,
                    const QByteArray &extra = QByteArray())
{
    return mail("From: a@example.org\r\nTo: b@example.org\r\nSubject: test\r\n"
                "Date: Sun, 22 Nov 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\nContent-Type: "
                    + contentType + "\r\n" + extra,
                body);
}

// Parses under a stopwatch: every parse must be bounded, whatever the input.
ParsedMessage timedParse(const QByteArray &raw, qint64 maxMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    ParsedMessage parsed = parseMessage(raw, kArrival);
    const qint64 elapsed = timer.elapsed();
    if (elapsed > maxMs)
        qWarning("parse took %lld ms", elapsed);
    [&] { QVERIFY2(elapsed <= maxMs, qPrintable(QString::number(elapsed))); }();
    return parsed;
}

} // namespace

class TestMessageParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerText_data();
    void headerText();
    void addresses();
    void threadingIds();
    void date_data();
    void date();
    void bodyCharset_data();
    void bodyCharset();
    void flowed_data();
    void flowed();
    void htmlOnly();
    void htmlToText_data();
    void htmlToText();
    void nestedStructure();
    void rfc2231Names_data();
    void rfc2231Names();
    void signedAndEncrypted();
    void uuencoded_data();
    void uuencoded();
    void lineEndsAndMboxLine();
    void notMail_data();
    void notMail();
    void hostile_data();
    void hostile();
};

void TestMessageParser::headerText_data()
{
    QTest::addColumn<QByteArray>("subjectLine");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QByteArray("Hello there") << QStringLiteral("Hello there");
    QTest::newRow("rfc2047 utf-8 base64")
        << QByteArray("=?UTF-8?B?R3LDvMOfZSBhdXMgS8O2bG4=?=") << QStringLiteral("Grüße aus Köln");
    QTest::newRow("rfc2047 latin1 q, two words")
        << QByteArray("=?ISO-8859-1?Q?Caf=E9?= =?ISO-8859-1?Q?_cr=E8me?=")
        << QStringLiteral("Café crème");
    QTest::newRow("rfc2047 mixed with text")
        << QByteArray("Re: =?utf-8?q?na=C3=AFve?= idea") << QStringLiteral("Re: naïve idea");
    QTest::newRow("rfc2047 koi8-r")
        << QByteArray("=?koi8-r?B?8NLJ18XU?=") << QStringLiteral("Привет");
    QTest::newRow("rfc2047 iso-2022-jp")
        << QByteArray("=?ISO-2022-JP?B?GyRCRnxLXDhsGyhC?=") << QStringLiteral("日本語");
    QTest::newRow("folded") << QByteArray("a long\r\n subject line")
                            << QStringLiteral("a long subject line");
    QTest::newRow("raw 8-bit utf-8") << QByteArray("Gr\xc3\xbc\xc3\x9f"
                                                   "e")
                                     << QStringLiteral("Grüße");
    QTest::newRow("raw 8-bit latin-1") << QByteArray("Gr\xfc\xdf"
                                                     "e, caf\xe9")
                                       << QStringLiteral("Grüße, café");
    QTest::newRow("raw 8-bit windows-1252")
        << QByteArray("\x93quoted\x94 \x80") << QStringLiteral("“quoted” €");
    QTest::newRow("control characters") << QByteArray("a\x01"
                                                      "b\tc")
                                        << QStringLiteral("a b c");
}

void TestMessageParser::headerText()
{
    QFETCH(QByteArray, subjectLine);
    QFETCH(QString, expected);
    const ParsedMessage m = timedParse(mail("From: a@example.org\r\nSubject: " + subjectLine, "x"));
    QVERIFY(m.hasHeader);
    QCOMPARE(m.subject, expected);
}

void TestMessageParser::addresses()
{
    const ParsedMessage m = timedParse(
        mail("From: =?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <juergen@example.org>\r\n"
             "To: anna@example.org, \"Doe, John\" <john@example.com>, team: x@example.net, "
             "y@example.net;\r\n"
             "Cc: =?iso-8859-1?q?Ren=E9?= <rene@example.fr>\r\n"
             "Reply-To: list@example.org\r\n"
             "Subject: hi",
             "body"));
    using satchel::mime::Address;
    QCOMPARE(m.from,
             (QList<Address> {
                 {QStringLiteral("Jürgen Müller"), QStringLiteral("juergen@example.org")}}));
    QCOMPARE(m.to.size(), 4);
    QCOMPARE(m.to.at(0), (Address {QString(), QStringLiteral("anna@example.org")}));
    QCOMPARE(m.to.at(1),
             (Address {QStringLiteral("Doe, John"), QStringLiteral("john@example.com")}));
    QCOMPARE(m.to.at(3).address, QStringLiteral("y@example.net")); // group members, flattened
    QCOMPARE(m.cc.constFirst().name, QStringLiteral("René"));
    QCOMPARE(m.replyTo.constFirst().address, QStringLiteral("list@example.org"));
    QCOMPARE(m.sender().address, QStringLiteral("juergen@example.org"));
}

void TestMessageParser::threadingIds()
{
    const ParsedMessage m = timedParse(
        mail("From: a@example.org\r\nMessage-ID: <child@example.org>\r\n"
             "In-Reply-To: <parent@example.org> (John's message of yesterday)\r\n"
             "References: <root@example.org>\r\n <mid@example.org> <parent@example.org>\r\n",
             "x"));
    QCOMPARE(m.messageId, QStringLiteral("child@example.org"));
    QCOMPARE(m.inReplyTo, QStringLiteral("parent@example.org"));
    QCOMPARE(m.references,
             (QStringList {QStringLiteral("root@example.org"), QStringLiteral("mid@example.org"),
                           QStringLiteral("parent@example.org")}));
}

void TestMessageParser::date_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<int>("source");
    const auto header = int(ParsedMessage::DateSource::Header);
    const auto received = int(ParsedMessage::DateSource::Received);
    const auto arrival = int(ParsedMessage::DateSource::Arrival);
    const QByteArray receivedLines
        = "Received: from mx.example.org by mail.example.net; Sat, 21 Nov 2026 09:30:00 -0500\r\n"
          "Received: from client by mx.example.org; Sat, 21 Nov 2026 14:29:00 +0000\r\n";
    const QDateTime receivedDate(QDate(2026, 11, 21), QTime(9, 30), Qt::OffsetFromUTC, -5 * 3600);

    QTest::newRow("offset kept") << QByteArray("Date: Sun, 22 Nov 2026 10:15:00 +0530\r\n")
                                 << QDateTime(QDate(2026, 11, 22), QTime(10, 15), Qt::OffsetFromUTC,
                                              19800)
                                 << header;
    QTest::newRow("obsolete zone name")
        << QByteArray("Date: Sat, 21 Nov 2026 10:15:00 EST\r\n")
        << QDateTime(QDate(2026, 11, 21), QTime(10, 15), Qt::OffsetFromUTC, -5 * 3600) << header;
    QTest::newRow("broken date, first Received")
        << QByteArray("Date: yesterday-ish\r\n" + receivedLines) << receivedDate << received;
    QTest::newRow("missing date, first Received") << receivedLines << receivedDate << received;
    QTest::newRow("date in 1900, first Received")
        << QByteArray("Date: Mon, 1 Jan 1900 00:00:00 +0000\r\n" + receivedLines) << receivedDate
        << received;
    QTest::newRow("date far in the future")
        << QByteArray("Date: Fri, 1 Jan 2100 00:00:00 +0000\r\n") << kArrival << arrival;
    QTest::newRow("nothing at all") << QByteArray() << kArrival << arrival;
    QTest::newRow("broken Received too")
        << QByteArray("Date: 99 Foo 2026\r\nReceived: by nowhere; not a date\r\n") << kArrival
        << arrival;
}

void TestMessageParser::date()
{
    QFETCH(QByteArray, headers);
    QFETCH(QDateTime, expected);
    QFETCH(int, source);
    const ParsedMessage m
        = timedParse(mail("From: a@example.org\r\n" + headers + "Subject: d", "x"));
    QCOMPARE(int(m.dateSource), source);
    QCOMPARE(m.date, expected);
    QCOMPARE(m.date.offsetFromUtc(), expected.offsetFromUtc());
}

void TestMessageParser::bodyCharset_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    const QByteArray eightBit = "8bit";
    QTest::newRow("iso-8859-1") << QByteArray("text/plain; charset=iso-8859-1") << eightBit
                                << QByteArray::fromHex("4772fcdf652c20636166e9")
                                << QStringLiteral("Grüße, café");
    QTest::newRow("iso-8859-1 with C1 bytes, read as windows-1252")
        << QByteArray("text/plain; charset=\"ISO-8859-1\"") << eightBit
        << QByteArray::fromHex("80209371756f7465649420962064617368")
        << QStringLiteral("€ “quoted” – dash");
    QTest::newRow("windows-1252") << QByteArray("text/plain; charset=windows-1252") << eightBit
                                  << QByteArray::fromHex("80209371756f7465649420962064617368")
                                  << QStringLiteral("€ “quoted” – dash");
    QTest::newRow("koi8-r") << QByteArray("text/plain; charset=koi8-r") << eightBit
                            << QByteArray::fromHex("f0d2c9d7c5d42c20cdc9d2")
                            << QStringLiteral("Привет, мир");
    QTest::newRow("shift_jis") << QByteArray("text/plain; charset=Shift_JIS") << eightBit
                               << QByteArray::fromHex("93fa967b8cea82cc8365834c83588367")
                               << QStringLiteral("日本語のテキスト");
    QTest::newRow("iso-2022-jp (7-bit, stateful)")
        << QByteArray("text/plain; charset=iso-2022-jp") << QByteArray("7bit")
        << QByteArray::fromHex("1b2442467c4b5c386c1b2842") << QStringLiteral("日本語");
    QTest::newRow("euc-kr") << QByteArray("text/plain; charset=euc-kr") << eightBit
                            << QByteArray::fromHex("bec8b3e7c7cfbcbcbfe4")
                            << QStringLiteral("안녕하세요");
    QTest::newRow("gb2312 base64")
        << QByteArray("text/plain; charset=gb2312") << QByteArray("base64")
        << QByteArray("xOO6ww==") << QStringLiteral("你好");
    QTest::newRow("utf-8 quoted-printable")
        << QByteArray("text/plain; charset=utf-8") << QByteArray("quoted-printable")
        << QByteArray("Gr=C3=BC=C3=9Fe =E2=98=BA=\r\n!") << QStringLiteral("Grüße ☺!");
    QTest::newRow("mislabelled: utf-8 declared as iso-8859-1")
        << QByteArray("text/plain; charset=iso-8859-1") << eightBit
        << QByteArray::fromHex("4772c3bcc39f6520e298ba") << QStringLiteral("Grüße ☺");
    QTest::newRow("mislabelled: latin-1 declared as utf-8")
        << QByteArray("text/plain; charset=utf-8") << eightBit
        << QByteArray::fromHex("4772fcdf652c20636166e9") << QStringLiteral("Grüße, café");
    QTest::newRow("utf-8 with one stray latin-1 byte")
        << QByteArray("text/plain; charset=utf-8") << eightBit
        << QByteArray::fromHex("c3a9e920c3a9") << QStringLiteral("éé é");
    QTest::newRow("unknown charset")
        << QByteArray("text/plain; charset=x-no-such-charset") << eightBit
        << QByteArray::fromHex("4772fcdf652c20636166e9") << QStringLiteral("Grüße, café");
    QTest::newRow("no charset, 8-bit latin-1")
        << QByteArray("text/plain") << eightBit << QByteArray::fromHex("636166e9")
        << QStringLiteral("café");
    QTest::newRow("koi8-r declared as iso-8859-5: decoded as declared")
        << QByteArray("text/plain; charset=iso-8859-5") << eightBit
        << QByteArray::fromHex("bfe0d8d2d5e2") << QStringLiteral("Привет");
}

void TestMessageParser::bodyCharset()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const ParsedMessage m = timedParse(
        textMail(contentType, body, "Content-Transfer-Encoding: " + encoding + "\r\n"));
    QCOMPARE(m.textBody, expected);
    QCOMPARE(m.readerText, expected);
}

void TestMessageParser::flowed_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("soft breaks joined")
        << QByteArray("text/plain; format=flowed")
        << QByteArray("This is a \r\nflowed paragraph.\r\nA fixed line.\r\n")
        << QStringLiteral("This is a flowed paragraph.\nA fixed line.\n");
    QTest::newRow("quote depth and stuffing")
        << QByteArray("text/plain; format=flowed")
        << QByteArray("> quoted \r\n> text\r\n>> deeper\r\n From the stuffed line\r\n")
        << QStringLiteral("> quoted text\n>> deeper\nFrom the stuffed line\n");
    QTest::newRow("depth change ends a paragraph")
        << QByteArray("text/plain; format=flowed") << QByteArray("> a \r\nb\r\n")
        << QStringLiteral("> a \nb\n");
    QTest::newRow("signature separator is not flowed")
        << QByteArray("text/plain; format=flowed") << QByteArray("text\r\n-- \r\nsig\r\n")
        << QStringLiteral("text\n-- \nsig\n");
    QTest::newRow("delsp=yes") << QByteArray("text/plain; format=flowed; delsp=yes")
                               << QByteArray("\xe6\x97\xa5\xe6\x9c\xac \r\n\xe8\xaa\x9e\r\n")
                               << QStringLiteral("日本語\n");
    QTest::newRow("not flowed: trailing spaces stay")
        << QByteArray("text/plain") << QByteArray("a \r\nb\r\n") << QStringLiteral("a \nb\n");
}

void TestMessageParser::flowed()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(timedParse(textMail(contentType + "; charset=utf-8", body)).textBody, expected);
}

void TestMessageParser::htmlOnly()
{
    const ParsedMessage m = timedParse(
        textMail("text/html; charset=utf-8",
                 "<html><head><style>p { color: red }</style><script>alert('x')</script>"
                 "<title>Title</title></head><body><p>Hello&nbsp;<b>world</b> &amp; &#x263A;</p>"
                 "<ul><li>one</li><li>two</li></ul><p>Gr&uuml;&szlig;e<br>Anna</p></body></html>"));
    QVERIFY(m.textBody.isEmpty());
    QVERIFY(m.htmlBody.contains(QLatin1String("<b>world</b>")));
    QCOMPARE(m.readerText, QStringLiteral("Hello world & ☺\n\n• one\n• two\n\nGrüße\nAnna"));
}

void TestMessageParser::htmlToText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("comment and cdata-ish")
        << QStringLiteral("a<!-- <p>hidden</p> -->b<!DOCTYPE html>c") << QStringLiteral("abc");
    QTest::newRow("less-than in text")
        << QStringLiteral("1 < 2 and 3 > 2") << QStringLiteral("1 < 2 and 3 > 2");
    QTest::newRow("pre keeps spacing")
        << QStringLiteral("<pre>a  b\n  c</pre>d") << QStringLiteral("a  b\n  c\n\nd");
    QTest::newRow("table cells") << QStringLiteral("<table><tr><td>a</td><td>b</td></tr>"
                                                   "<tr><td>c</td></tr></table>")
                                 << QStringLiteral("a b\nc");
    QTest::newRow("unknown entity stays")
        << QStringLiteral("&bogus; &#xZZ; &#0;") << QStringLiteral("&bogus; &#xZZ; \uFFFD");
    QTest::newRow("unterminated tag") << QStringLiteral("text <b") << QStringLiteral("text");
    QTest::newRow("unterminated script")
        << QStringLiteral("a<script>var x = '<p>'") << QStringLiteral("a");
    QTest::newRow("text in head is shown")
        << QStringLiteral("<head>shown</head>") << QStringLiteral("shown");
}

void TestMessageParser::htmlToText()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(satchel::mime::detail::htmlToText(html), expected);
}

void TestMessageParser::nestedStructure()
{
    const QByteArray inner = "From: inner@example.org\r\nSubject: The inner one\r\n"
                             "Content-Type: text/plain\r\n\r\nInner body\r\n";
    const QByteArray raw
        = mail("From: a@example.org\r\nSubject: nested\r\nMIME-Version: 1.0\r\n"
               "Content-Type: multipart/mixed; boundary=outer",
               "preamble\r\n"
               "--outer\r\n"
               "Content-Type: multipart/alternative; boundary=alt\r\n\r\n"
               "--alt\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlain version\r\n"
               "--alt\r\nContent-Type: multipart/related; boundary=rel; type=text/html\r\n\r\n"
               "--rel\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
               "<p>HTML <img src=cid:logo@x></p>\r\n"
               "--rel\r\nContent-Type: image/png\r\nContent-ID: <logo@x>\r\n"
               "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
               "--rel--\r\n"
               "--alt--\r\n"
               "--outer\r\n"
               "Content-Type: application/pdf\r\n"
               "Content-Disposition: attachment; filename*=UTF-8''%E2%82%AC%20rates.pdf\r\n"
               "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n"
               "--outer\r\n"
               "Content-Type: message/rfc822\r\n\r\n"
                   + inner + "--outer--\r\n");
    const ParsedMessage m = timedParse(raw);
    QCOMPARE(m.textBody,
             QStringLiteral("Plain version")); // the CRLF before a boundary is the boundary's
    QCOMPARE(m.htmlBody, QStringLiteral("<p>HTML <img src=cid:logo@x></p>"));
    QCOMPARE(m.readerText, m.textBody);
    QCOMPARE(m.attachments.size(), 3);
    const Attachment &logo = m.attachments.at(0);
    QCOMPARE(logo.contentType, QStringLiteral("image/png"));
    QCOMPARE(logo.contentId, QStringLiteral("logo@x"));
    QVERIFY(logo.isInline);
    QCOMPARE(logo.size, 8);
    const Attachment &pdf = m.attachments.at(1);
    QCOMPARE(pdf.filename, QStringLiteral("€ rates.pdf"));
    QCOMPARE(pdf.contentType, QStringLiteral("application/pdf"));
    QCOMPARE(pdf.size, 9);
    QVERIFY(!pdf.isInline);
    const Attachment &message = m.attachments.at(2);
    QVERIFY(message.isMessage);
    QCOMPARE(message.filename, QStringLiteral("The inner one"));
    QVERIFY(m.hasAttachments);
    QVERIFY(!m.truncated);

    // Openable: the attached message comes out whole and parses on its own.
    const std::optional<QByteArray> innerRaw = satchel::mime::extractPart(raw, message.partIndex);
    QVERIFY(innerRaw.has_value());
    QCOMPARE(*innerRaw, inner.chopped(2)); // byte for byte; the last CRLF is the boundary's
    QCOMPARE(message.size, innerRaw->size());
    const ParsedMessage innerParsed = parseMessage(*innerRaw, kArrival);
    QCOMPARE(innerParsed.subject, QStringLiteral("The inner one"));
    QCOMPARE(innerParsed.textBody.trimmed(), QStringLiteral("Inner body"));
    QCOMPARE(satchel::mime::extractPart(raw, pdf.partIndex),
             std::optional<QByteArray>("%PDF-1.4\n"));
    QVERIFY(!satchel::mime::extractPart(raw, 99).has_value());
}

void TestMessageParser::rfc2231Names_data()
{
    QTest::addColumn<QByteArray>("disposition");
    QTest::addColumn<QString>("expected");
    QTest::newRow("extended value")
        << QByteArray("attachment; filename*=UTF-8''na%C3%AFve.txt") << QStringLiteral("naïve.txt");
    QTest::newRow("continuations")
        << QByteArray("attachment;\r\n filename*0*=UTF-8''%C3%A9t;\r\n filename*1=\"e.txt\"")
        << QStringLiteral("éte.txt");
    QTest::newRow("latin-1 extended value")
        << QByteArray("attachment; filename*=iso-8859-1'fr'r%E9sum%E9.doc")
        << QStringLiteral("résumé.doc");
    QTest::newRow("rfc2047 in quotes (not standard, common)")
        << QByteArray("attachment; filename=\"=?UTF-8?B?w6TDtsO8LnR4dA==?=\"")
        << QStringLiteral("äöü.txt");
    QTest::newRow("raw 8-bit utf-8") << QByteArray("attachment; filename=\"\xc3\xa9t\xc3\xa9.txt\"")
                                     << QStringLiteral("été.txt");
}

void TestMessageParser::rfc2231Names()
{
    QFETCH(QByteArray, disposition);
    QFETCH(QString, expected);
    const ParsedMessage m = timedParse(mail(
        "From: a@example.org\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b",
        "--b\r\nContent-Type: text/plain\r\n\r\nbody\r\n--b\r\nContent-Type: "
        "application/octet-stream\r\nContent-Disposition: "
            + disposition + "\r\n\r\ndata\r\n--b--\r\n"));
    QCOMPARE(m.attachments.size(), 1);
    QCOMPARE(m.attachments.constFirst().filename, expected);
}

void TestMessageParser::signedAndEncrypted()
{
    const ParsedMessage s = timedParse(
        mail("From: a@example.org\r\nMIME-Version: 1.0\r\nContent-Type: multipart/signed; "
             "micalg=pgp-sha256; protocol=\"application/pgp-signature\"; boundary=s",
             "--s\r\nContent-Type: text/plain\r\n\r\nSigned text\r\n--s\r\nContent-Type: "
             "application/pgp-signature; name=\"signature.asc\"\r\n\r\n-----BEGIN PGP "
             "SIGNATURE-----\r\nabc\r\n-----END PGP SIGNATURE-----\r\n--s--\r\n"));
    QCOMPARE(s.textBody, QStringLiteral("Signed text"));
    QCOMPARE(s.attachments.size(), 1);
    QVERIFY(s.attachments.constFirst().isSignature);
    QCOMPARE(s.attachments.constFirst().filename, QStringLiteral("signature.asc"));
    QVERIFY(!s.hasAttachments); // a signature alone is not worth a paper clip

    const ParsedMessage e = timedParse(
        mail("From: a@example.org\r\nMIME-Version: 1.0\r\nContent-Type: multipart/encrypted; "
             "protocol=\"application/pgp-encrypted\"; boundary=e",
             "--e\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n--e\r\n"
             "Content-Type: application/octet-stream; name=\"encrypted.asc\"\r\n\r\n"
             "-----BEGIN PGP MESSAGE-----\r\nxyz\r\n-----END PGP MESSAGE-----\r\n--e--\r\n"));
    QCOMPARE(e.attachments.size(), 2);
    QCOMPARE(e.attachments.at(1).filename, QStringLiteral("encrypted.asc"));
    QVERIFY(e.hasAttachments);
    QVERIFY(e.readerText.isEmpty());

    const ParsedMessage p = timedParse(
        mail("From: a@example.org\r\nMIME-Version: 1.0\r\nContent-Type: application/pkcs7-mime; "
             "smime-type=enveloped-data; name=smime.p7m\r\nContent-Transfer-Encoding: base64",
             "MIAGCSqGSIb3DQEHA6CAMIACAQAx\r\n"));
    QCOMPARE(p.attachments.size(), 1);
    QCOMPARE(p.attachments.constFirst().filename, QStringLiteral("smime.p7m"));
}

namespace {

// uuencode as uuencode(1) writes it, written again here: 45 bytes a line, '`' for zero.
QByteArray uuencode(const QByteArray &data, const QByteArray &name, const QByteArray &eol)
{
    auto c = [](int v) { return char(v == 0 ? '`' : v + 32); };
    QByteArray out = "begin 644 " + name + eol;
    for (qsizetype i = 0; i < data.size(); i += 45) {
        const QByteArray chunk = data.mid(i, 45);
        out += c(int(chunk.size()));
        for (qsizetype k = 0; k < chunk.size(); k += 3) {
            const uchar a = uchar(chunk.at(k));
            const uchar b = k + 1 < chunk.size() ? uchar(chunk.at(k + 1)) : 0;
            const uchar d = k + 2 < chunk.size() ? uchar(chunk.at(k + 2)) : 0;
            out += c(a >> 2);
            out += c((a & 3) << 4 | b >> 4);
            out += c((b & 15) << 2 | d >> 6);
            out += c(d & 63);
        }
        out += eol;
    }
    return out + "`" + eol + "end" + eol;
}

QByteArray randomBytes(int size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    for (char &b : bytes)
        b = char(rng.bounded(256));
    return bytes;
}

} // namespace

void TestMessageParser::uuencoded_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QStringList>("names"); // of the attachments, in order
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QList<QByteArray>>("contents");
    QTest::addColumn<QString>("text"); // what remains of the body, trimmed

    const QByteArray gif = randomBytes(1000, 1), pdf = randomBytes(45, 2), tiny = "x";
    QTest::newRow("no MIME at all")
        << QByteArray("From: a@x\nSubject: old style\n\nHere it is:\n\n"
                      + uuencode(gif, "map.gif", "\n") + "\nBye.\n")
        << QStringList {QStringLiteral("map.gif")} << QStringList {QStringLiteral("image/gif")}
        << QList<QByteArray> {gif} << QStringLiteral("Here it is:\n\n\nBye.");
    QTest::newRow("CRLF, two files, one MIME attachment after them")
        << QByteArray(
               "From: a@x\r\nSubject: s\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; "
               "boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nFiles:\r\n"
               + uuencode(pdf, "Rates 2024.PDF", "\r\n") + uuencode(tiny, "x", "\r\n")
               + "--b\r\nContent-Type: application/zip\r\nContent-Disposition: attachment; "
                 "filename=z.zip\r\n\r\nPK\r\n--b--\r\n")
        << QStringList {QStringLiteral("Rates 2024.PDF"), QStringLiteral("x"),
                        QStringLiteral("z.zip")}
        << QStringList {QStringLiteral("application/pdf"),
                        QStringLiteral("application/octet-stream"),
                        QStringLiteral("application/zip")}
        << QList<QByteArray> {pdf, tiny, "PK"} << QStringLiteral("Files:");
    QTest::newRow("quoted-printable text")
        << QByteArray("From: a@x\nMIME-Version: 1.0\nContent-Type: text/plain\n"
                      "Content-Transfer-Encoding: quoted-printable\n\nCaf=C3=A9\n"
                      + uuencode(tiny, "t.txt", "\n"))
        << QStringList {QStringLiteral("t.txt")} << QStringList {QStringLiteral("text/plain")}
        << QList<QByteArray> {tiny} << QString::fromUtf8("Café");
    QTest::newRow("begin without end is text")
        << QByteArray("From: a@x\n\nbegin 644 notes.txt\nM86)C\nthat was all\n") << QStringList {}
        << QStringList {} << QList<QByteArray> {}
        << QStringLiteral("begin 644 notes.txt\nM86)C\nthat was all");
    QTest::newRow("a sentence starting with begin")
        << QByteArray("From: a@x\n\nbegin 2024 with a plan\nend\n") << QStringList {}
        << QStringList {} << QList<QByteArray> {} << QStringLiteral("begin 2024 with a plan\nend");
    QTest::newRow("lines that are not uuencode are text")
        << QByteArray("From: a@x\n\nbegin 644 a.txt\nhello there, this is prose\nend\n")
        << QStringList {} << QStringList {} << QList<QByteArray> {}
        << QStringLiteral("begin 644 a.txt\nhello there, this is prose\nend");
}

// Files uuencoded into a text part are listed as attachments (name, type by extension, decoded
// size), leave the text, and come out of extractPart() like any other attachment.
void TestMessageParser::uuencoded()
{
    QFETCH(QByteArray, raw);
    QFETCH(QStringList, names);
    QFETCH(QStringList, types);
    QFETCH(QList<QByteArray>, contents);
    QFETCH(QString, text);
    const ParsedMessage m = parseMessage(raw, kArrival);
    QCOMPARE(m.attachments.size(), names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        const Attachment &a = m.attachments.at(i);
        QCOMPARE(a.filename, names.at(i));
        QCOMPARE(a.contentType, types.at(i));
        QCOMPARE(a.size, contents.at(i).size());
        QCOMPARE(satchel::mime::extractPart(raw, a.partIndex), std::optional(contents.at(i)));
    }
    QCOMPARE(m.hasAttachments, !names.isEmpty());
    QCOMPARE(m.readerText.trimmed(), text);
    QVERIFY(!m.truncated);
}

void TestMessageParser::lineEndsAndMboxLine()
{
    const QByteArray lf = "From alice@example.org Sun Nov 22 10:00:00 2026\n"
                          "From: alice@example.org\nSubject: LF only\n\nline one\nline two\n";
    const ParsedMessage m = timedParse(lf);
    QCOMPARE(m.subject, QStringLiteral("LF only"));
    QCOMPARE(m.textBody, QStringLiteral("line one\nline two\n"));
}

void TestMessageParser::notMail_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text without a header") << QByteArray("just words\r\n");
    QTest::newRow("binary") << QByteArray("\x7f\x45\x4c\x46\x02\x01\x01\x00\xff\xfe", 10);
}

void TestMessageParser::notMail()
{
    QFETCH(QByteArray, raw);
    const ParsedMessage m = timedParse(raw);
    QVERIFY(!m.hasHeader);
    QCOMPARE(m.dateSource, ParsedMessage::DateSource::Arrival);
    QCOMPARE(m.date, kArrival);
    // Nothing is lost: the bytes still show as text.
    QCOMPARE(m.readerText.isEmpty(), raw.isEmpty());
}

void TestMessageParser::hostile_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("truncated");

    QByteArray nested = "From: a@example.org\r\nSubject: deep\r\nContent-Type: multipart/mixed; "
                        "boundary=b0\r\n\r\n";
    constexpr int depth = 100000;
    for (int i = 1; i <= depth; ++i)
        nested += "--b" + QByteArray::number(i - 1)
            + "\r\nContent-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\r\n\r\n";
    QTest::newRow("100k nested multiparts") << nested << true;

    QByteArray siblings
        = "From: a@example.org\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n";
    for (int i = 0; i < 200000; ++i)
        siblings += "--b\r\n\r\nx\r\n";
    QTest::newRow("200k sibling parts") << siblings << true;

    QTest::newRow("50 MB subject line")
        << mail("From: a@example.org\r\nSubject: " + QByteArray(50 * 1024 * 1024, 'x'), "body")
        << true;
    QByteArray manyAddresses = "To: ";
    while (manyAddresses.size() < 50 * 1024 * 1024)
        manyAddresses += "a@b.c, ";
    QTest::newRow("50 MB To: line")
        << mail("From: a@example.org\r\n" + manyAddresses, "body") << true;
    QByteArray folded = "From: a@example.org\r\nReferences: <a@b>";
    for (int i = 0; i < 500000; ++i)
        folded += "\r\n <m" + QByteArray::number(i) + "@x>";
    QTest::newRow("header folded half a million times") << mail(folded, "x") << true;
    static const char withNul[] = "From: a\0b@example.org\r\nSubject: a\0b\r\n\r\nbo\0dy";
    QTest::newRow("NUL bytes in headers and body")
        << QByteArray(withNul, sizeof withNul - 1) << false;
    QTest::newRow("base64 garbage")
        << textMail("text/plain", QByteArray(1000, '!'), "Content-Transfer-Encoding: base64\r\n")
        << false;
    QTest::newRow("unterminated multipart")
        << mail("From: a@example.org\r\nContent-Type: multipart/mixed; boundary=x",
                "--x\r\nContent-Type: text/plain\r\n\r\nno end")
        << false;
    QTest::newRow("boundary missing")
        << mail("From: a@example.org\r\nContent-Type: multipart/mixed", "text\r\n") << false;
    QByteArray bigText = QByteArray(12 * 1024 * 1024, 'a');
    QTest::newRow("12 MB text part, capped at 4 MB")
        << textMail("text/plain; charset=us-ascii", bigText) << true;
}

void TestMessageParser::hostile()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, truncated);
    const ParsedMessage m = timedParse(raw);
    QCOMPARE(m.truncated, truncated);
    QVERIFY(m.subject.size() <= 2000);
    QVERIFY(m.to.size() <= 1000);
    QVERIFY(m.attachments.size() <= satchel::mime::limits::maxParts);
    QVERIFY(m.textBody.size() <= satchel::mime::limits::maxTextPartBytes);
}

QTEST_GUILESS_MAIN(TestMessageParser)
#include "tst_messageparser.moc"

#include "pop3/ResponseParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace satchel::pop3;
using Expect = ResponseParser::Expect;

namespace {

// Feeds `wire` in the chunk sizes given (cycling), then collects every response.
QList<Response> parseInChunks(ResponseParser &parser, const QByteArray &wire, QList<int> chunks)
{
    qsizetype pos = 0;
    int i = 0;
    while (pos < wire.size()) {
        const qsizetype n = std::min<qsizetype>(chunks.at(i++ % chunks.size()), wire.size() - pos);
        parser.feed(QByteArrayView(wire).sliced(pos, n));
        pos += n;
    }
    QList<Response> out;
    while (parser.hasResponse())
        out << parser.takeResponse();
    return out;
}

} // namespace

class TestResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleLine_data();
    void singleLine();
    void responseCodes_data();
    void responseCodes();
    void multiLineUnstuffs_data();
    void multiLineUnstuffs();
    void everySplitGivesTheSameResult();
    void errToMultiLineHasNoBody();
    void pipelinedResponsesInOneRead();
    void authContinuations();
    void protocolErrors_data();
    void protocolErrors();
    void tooLargeBodyIsDroppedAndParsingGoesOn();
    void endlessLineInBodyStaysBounded();
    void longUidlAndUtf8Text();
};

void TestResponseParser::singleLine_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("+OK") << QByteArray("+OK 2 320\r\n") << true << QByteArray("2 320");
    QTest::newRow("-ERR") << QByteArray("-ERR no such message\r\n") << false
                          << QByteArray("no such message");
    QTest::newRow("bare +OK") << QByteArray("+OK\r\n") << true << QByteArray();
    QTest::newRow("LF only") << QByteArray("+OK hello\n") << true << QByteArray("hello");
    QTest::newRow("extra spaces") << QByteArray("+OK    2   320 \r\n") << true
                                  << QByteArray("2   320 ");
    QTest::newRow("lower case") << QByteArray("+ok fine\r\n") << true << QByteArray("fine");
    QTest::newRow("-ERR bare") << QByteArray("-ERR\r\n") << false << QByteArray();
}

void TestResponseParser::singleLine()
{
    QFETCH(QByteArray, wire);
    QFETCH(bool, ok);
    QFETCH(QByteArray, text);
    ResponseParser parser;
    parser.expect(Expect::SingleLine);
    parser.feed(wire);
    QVERIFY2(!parser.hasError(), qPrintable(parser.errorString()));
    QVERIFY(parser.hasResponse());
    const Response r = parser.takeResponse();
    QCOMPARE(r.isOk(), ok);
    QCOMPARE(r.text, text);
    QVERIFY(r.body.isEmpty());
    QVERIFY(!parser.hasResponse());
    QCOMPARE(parser.pendingExpectations(), 0);
}

void TestResponseParser::responseCodes_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("code");
    QTest::newRow("IN-USE") << QByteArray("-ERR [IN-USE] locked\r\n") << int(ResponseCode::InUse);
    QTest::newRow("LOGIN-DELAY") << QByteArray("-ERR [LOGIN-DELAY] wait\r\n")
                                 << int(ResponseCode::LoginDelay);
    QTest::newRow("SYS/TEMP") << QByteArray("-ERR [SYS/TEMP] try later\r\n")
                              << int(ResponseCode::SysTemp);
    QTest::newRow("SYS/PERM") << QByteArray("-ERR [SYS/PERM] gone\r\n")
                              << int(ResponseCode::SysPerm);
    QTest::newRow("AUTH") << QByteArray("-ERR [AUTH] Authentication failed.\r\n")
                          << int(ResponseCode::Auth);
    QTest::newRow("sub-code") << QByteArray("-ERR [SYS/TEMP/DISK] full\r\n")
                              << int(ResponseCode::SysTemp);
    QTest::newRow("lower case") << QByteArray("-ERR [in-use] x\r\n") << int(ResponseCode::InUse);
    QTest::newRow("unknown") << QByteArray("-ERR [XYZ] hmm\r\n") << int(ResponseCode::Other);
    QTest::newRow("prefix is not a code")
        << QByteArray("-ERR [AUTHX] no\r\n") << int(ResponseCode::Other);
    QTest::newRow("none") << QByteArray("-ERR plain text\r\n") << int(ResponseCode::None);
    QTest::newRow("unclosed") << QByteArray("-ERR [AUTH plain\r\n") << int(ResponseCode::None);
}

void TestResponseParser::responseCodes()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, code);
    ResponseParser parser;
    parser.expect(Expect::SingleLine);
    parser.feed(wire);
    QVERIFY(parser.hasResponse());
    QCOMPARE(int(parser.takeResponse().code), code);
}

void TestResponseParser::multiLineUnstuffs_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("plain") << QByteArray("+OK\r\nline 1\r\nline 2\r\n.\r\n")
                           << QByteArray("line 1\r\nline 2\r\n");
    QTest::newRow("empty body") << QByteArray("+OK\r\n.\r\n") << QByteArray();
    QTest::newRow("stuffed dot line")
        << QByteArray("+OK\r\n..\r\n...x\r\n.y\r\n.\r\n") << QByteArray(".\r\n..x\r\ny\r\n");
    QTest::newRow("LF only") << QByteArray("+OK\nA\n..B\n.\n") << QByteArray("A\n.B\n");
    QTest::newRow("dot inside a line")
        << QByteArray("+OK\r\na.b\r\n .\r\n.\r\n") << QByteArray("a.b\r\n .\r\n");
    QTest::newRow("terminator-like stuffed")
        << QByteArray("+OK\r\n..\r\n.\r\n") << QByteArray(".\r\n");
    QTest::newRow("binary bytes kept")
        << QByteArray("+OK\r\n\x01\xff\x00z\r\n.\r\n", 14) << QByteArray("\x01\xff\x00z\r\n", 6);
}

void TestResponseParser::multiLineUnstuffs()
{
    QFETCH(QByteArray, wire);
    QFETCH(QByteArray, body);
    ResponseParser parser;
    parser.expect(Expect::MultiLine);
    parser.feed(wire);
    QVERIFY2(!parser.hasError(), qPrintable(parser.errorString()));
    QVERIFY(parser.hasResponse());
    const Response r = parser.takeResponse();
    QVERIFY(r.isOk());
    QCOMPARE(r.body, body);
}

void TestResponseParser::everySplitGivesTheSameResult()
{
    // A greeting, a dot-heavy RETR, a LIST and a -ERR: split at every position into two reads,
    // then fed byte by byte, then in random chunk sizes.
    const QByteArray wire
        = "+OK ready\r\n"
          "+OK 120 octets\r\nSubject: x\r\n\r\n..leading\r\n...\r\nplain\r\n..\r\n.\r\n"
          "+OK 2 messages\r\n1 120\r\n2 300\r\n.\r\n"
          "-ERR [SYS/TEMP] busy\r\n";
    auto expectAll = [](ResponseParser &p) {
        p.expect(Expect::SingleLine);
        p.expect(Expect::MultiLine, 120);
        p.expect(Expect::MultiLine);
        p.expect(Expect::SingleLine);
    };
    ResponseParser reference;
    expectAll(reference);
    const QList<Response> expected = parseInChunks(reference, wire, {int(wire.size())});
    QCOMPARE(expected.size(), 4);
    QCOMPARE(expected.at(1).body, QByteArray("Subject: x\r\n\r\n.leading\r\n..\r\nplain\r\n.\r\n"));
    QCOMPARE(expected.at(2).body, QByteArray("1 120\r\n2 300\r\n"));
    QCOMPARE(expected.at(3).code, ResponseCode::SysTemp);

    auto same = [&expected](const QList<Response> &got) {
        if (got.size() != expected.size())
            return false;
        for (qsizetype i = 0; i < got.size(); ++i) {
            if (got.at(i).body != expected.at(i).body || got.at(i).text != expected.at(i).text
                || got.at(i).status != expected.at(i).status)
                return false;
        }
        return true;
    };
    for (int split = 1; split < wire.size(); ++split) {
        ResponseParser parser;
        expectAll(parser);
        parser.feed(wire.first(split));
        parser.feed(wire.sliced(split));
        QList<Response> got;
        while (parser.hasResponse())
            got << parser.takeResponse();
        QVERIFY2(same(got), qPrintable(QStringLiteral("split at %1").arg(split)));
    }
    ResponseParser byteByByte;
    expectAll(byteByByte);
    QVERIFY(same(parseInChunks(byteByByte, wire, {1})));
    QRandomGenerator random(42);
    for (int round = 0; round < 50; ++round) {
        QList<int> chunks;
        for (int i = 0; i < 8; ++i)
            chunks << random.bounded(1, 17);
        ResponseParser parser;
        expectAll(parser);
        QVERIFY(same(parseInChunks(parser, wire, chunks)));
    }
}

void TestResponseParser::errToMultiLineHasNoBody()
{
    ResponseParser parser;
    parser.expect(Expect::MultiLine);
    parser.expect(Expect::SingleLine);
    parser.feed("-ERR no such message\r\n+OK\r\n");
    QCOMPARE(parser.takeResponse().status, Response::Status::Err);
    QVERIFY(parser.hasResponse());
    QVERIFY(parser.takeResponse().isOk());
    QVERIFY(!parser.hasError());
}

void TestResponseParser::pipelinedResponsesInOneRead()
{
    ResponseParser parser;
    for (int i = 0; i < 3; ++i)
        parser.expect(Expect::MultiLine);
    parser.expect(Expect::SingleLine);
    parser.feed("+OK\r\none\r\n.\r\n+OK\r\ntwo\r\n.\r\n-ERR gone\r\n+OK bye\r\n");
    QCOMPARE(parser.takeResponse().body, QByteArray("one\r\n"));
    QCOMPARE(parser.takeResponse().body, QByteArray("two\r\n"));
    QCOMPARE(parser.takeResponse().text, QByteArray("gone"));
    QCOMPARE(parser.takeResponse().text, QByteArray("bye"));
    QVERIFY(!parser.hasResponse());
}

void TestResponseParser::authContinuations()
{
    ResponseParser parser;
    parser.expect(Expect::Auth);
    parser.feed("+ PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2U+\r\n+\r\n");
    Response first = parser.takeResponse();
    QCOMPARE(first.status, Response::Status::Continuation);
    QCOMPARE(first.text, QByteArray("PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2U+"));
    Response empty = parser.takeResponse();
    QCOMPARE(empty.status, Response::Status::Continuation);
    QVERIFY(empty.text.isEmpty());
    QCOMPARE(parser.pendingExpectations(), 1); // still inside AUTH
    parser.feed("+OK logged in\r\n");
    QVERIFY(parser.takeResponse().isOk());
    QCOMPARE(parser.pendingExpectations(), 0);

    // Outside AUTH a "+ " line is not a continuation but garbage.
    ResponseParser notAuth;
    notAuth.expect(Expect::SingleLine);
    notAuth.feed("+ abc\r\n");
    QVERIFY(notAuth.hasError());
}

void TestResponseParser::protocolErrors_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("expectations");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("garbage greeting")
        << QByteArray("HTTP/1.1 400 Bad Request\r\n") << 1 << QStringLiteral("neither");
    QTest::newRow("+OKAY is not +OK") << QByteArray("+OKAY\r\n") << 1 << QStringLiteral("neither");
    QTest::newRow("unsolicited") << QByteArray("+OK\r\n+OK surprise\r\n") << 1
                                 << QStringLiteral("answers no command");
    QTest::newRow("endless status line")
        << QByteArray(70 * 1024, 'x') << 1 << QStringLiteral("longer");
    QTest::newRow("long status line") << QByteArray("+OK " + QByteArray(70 * 1024, 'x') + "\r\n")
                                      << 1 << QStringLiteral("longer");
    QTest::newRow("binary junk") << QByteArray("\x00\x01\x02\r\n", 5) << 1
                                 << QStringLiteral("neither");
}

void TestResponseParser::protocolErrors()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, expectations);
    QFETCH(QString, fragment);
    ResponseParser parser;
    for (int i = 0; i < expectations; ++i)
        parser.expect(Expect::SingleLine);
    parser.feed(wire);
    QVERIFY(parser.hasError());
    QVERIFY2(parser.errorString().contains(fragment), qPrintable(parser.errorString()));
    // Once broken, it stays broken: nothing more is parsed.
    parser.expect(Expect::SingleLine);
    parser.feed("+OK\r\n");
    QVERIFY(parser.hasError());
}

void TestResponseParser::tooLargeBodyIsDroppedAndParsingGoesOn()
{
    ResponseParser parser({1024, 1000});
    parser.expect(Expect::MultiLine);
    parser.expect(Expect::MultiLine);
    QByteArray big = "+OK\r\n";
    for (int i = 0; i < 200; ++i)
        big += "0123456789\r\n";
    big += ".\r\n+OK\r\nsmall\r\n.\r\n";
    parser.feed(big);
    QVERIFY(!parser.hasError());
    const Response dropped = parser.takeResponse();
    QVERIFY(dropped.bodyTooLarge);
    QVERIFY(dropped.body.isEmpty());
    const Response next = parser.takeResponse();
    QVERIFY(!next.bodyTooLarge);
    QCOMPARE(next.body, QByteArray("small\r\n"));
}

void TestResponseParser::endlessLineInBodyStaysBounded()
{
    // 8 MB without a line end, fed in 4 KB reads: the parser must not keep it all in its buffer
    // nor rescan it, and the body must come out whole.
    ResponseParser parser;
    parser.expect(Expect::MultiLine);
    parser.feed("+OK\r\n.");
    const QByteArray chunk(4096, 'a');
    for (int i = 0; i < 2048; ++i)
        parser.feed(chunk);
    parser.feed("\r\n.\r\n");
    QVERIFY(parser.hasResponse());
    const Response r = parser.takeResponse();
    QCOMPARE(r.body.size(), qsizetype(8 * 1024 * 1024 + 2));
    QVERIFY(r.body.startsWith("aaa")); // the stuffed leading dot was removed
    QVERIFY(r.body.endsWith("a\r\n"));
}

void TestResponseParser::longUidlAndUtf8Text()
{
    const QByteArray uidl(200, 'U'); // RFC 1939 says at most 70; real servers send more
    ResponseParser parser;
    parser.expect(Expect::MultiLine);
    parser.expect(Expect::SingleLine);
    parser.feed(QByteArray("+OK\r\n1 " + uidl + "\r\n.\r\n+OK Grüße, 你好\r\n"));
    QCOMPARE(parser.takeResponse().body, QByteArray("1 " + uidl + "\r\n"));
    QCOMPARE(QString::fromUtf8(parser.takeResponse().text), QStringLiteral("Grüße, 你好"));
}

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"

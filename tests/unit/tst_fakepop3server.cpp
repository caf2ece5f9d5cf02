#include "FakePop3Server.h"
#include "TestCertificate.h"
#include "TestPaths.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using satchel::test::FakePop3Server;

namespace {

constexpr int Timeout = 5000;

// The client side, written here by hand so it can misbehave exactly as each test wants.
struct Client
{
    // Declared before the socket: its destructor still emits signals that write these.
    QByteArray received;
    bool disconnected = false;
    QSslSocket socket;

    Client()
    {
        QObject::connect(&socket, &QIODevice::readyRead, &socket,
                         [this] { received += socket.readAll(); });
        QObject::connect(&socket, &QAbstractSocket::disconnected, &socket,
                         [this] { disconnected = true; });
    }

    [[nodiscard]] bool connectTo(quint16 port)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; },
                               Timeout);
    }

    [[nodiscard]] bool connectEncryptedTo(quint16 port)
    {
        socket.connectToHostEncrypted(u"127.0.0.1"_s, port, u"localhost"_s);
        return QTest::qWaitFor([this] { return socket.isEncrypted(); }, Timeout);
    }

    // Trusts exactly this certificate, and nothing is ignored.
    void trust(const QSslCertificate &certificate)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates({certificate});
        socket.setSslConfiguration(config);
        socket.setPeerVerifyName(u"localhost"_s);
    }

    void send(const QByteArray &bytes)
    {
        socket.write(bytes);
        socket.flush();
    }

    [[nodiscard]] bool waitForEnding(const QByteArray &ending)
    {
        return QTest::qWaitFor([&] { return received.endsWith(ending); }, Timeout);
    }

    [[nodiscard]] bool waitForSize(qsizetype size)
    {
        return QTest::qWaitFor([&] { return received.size() >= size; }, Timeout);
    }

    [[nodiscard]] bool waitForDisconnect()
    {
        return QTest::qWaitFor([this] { return disconnected; }, Timeout);
    }

    // Sends a command and waits for the reply to end with `ending`.
    [[nodiscard]] bool exchange(const QByteArray &command, const QByteArray &ending)
    {
        send(command);
        return waitForEnding(ending);
    }
};

// The client's half of dot-stuffing: the body of a multi-line response, without the status line
// and terminator.
QByteArray unstuff(const QByteArray &wire)
{
    QByteArray body;
    qsizetype start = 0;
    while (start < wire.size()) {
        const qsizetype lf = wire.indexOf('\n', start);
        const qsizetype end = lf < 0 ? wire.size() : lf + 1;
        const QByteArrayView line(wire.constData() + start, end - start);
        if (line == ".\r\n")
            break;
        body += line.startsWith('.') ? line.sliced(1) : line;
        start = end;
    }
    return body;
}

// A few megabytes of mail text with every dot-stuffing case in it, the same on every run.
QByteArray bigBody(qsizetype size)
{
    QByteArray body = "From: big@example.org\r\nSubject: a large message\r\n\r\n";
    QRandomGenerator random(20261122);
    int line = 0;
    while (body.size() < size) {
        switch (++line % 7) {
        case 0:
            body += ".\r\n";
            break;
        case 1:
            body += "..two dots\r\n";
            break;
        case 2:
            body += ".leading dot " + QByteArray::number(line) + "\r\n";
            break;
        case 3:
            body += "\r\n";
            break;
        case 4:
            body += "8-bit: K\xc3\xb6ln " + QByteArray::number(random.generate()) + "\r\n";
            break;
        default:
            body += QByteArray(static_cast<qsizetype>(random.bounded(1, 990)), 'x') + "\r\n";
            break;
        }
    }
    return body;
}

} // namespace

class TestFakePop3Server : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wellBehavedClientCompletesScript();
    void deviationIsCaughtAndDropped_data();
    void deviationIsCaughtAndDropped();
    void pipelinedCommandsAreAnsweredInOrder_data();
    void pipelinedCommandsAreAnsweredInOrder();
    void pipeliningCanBeForbidden_data();
    void pipeliningCanBeForbidden();
    void linesSplitAcrossReadsAreReassembled();
    void bareLfAcceptedWhenAllowed();
    void connectionEnds_data();
    void connectionEnds();
    void stallKeepsConnectionOpenAndSilent();
    void waitDelaysTheNextStep();
    void rawBytesArriveExactly_data();
    void rawBytesArriveExactly();
    void scriptErrorsAreReported_data();
    void scriptErrorsAreReported();
    void regexStepAndResponder();
    void clientHangingUpEarlyIsFailure();
    void unfinishedScriptIsReported();
    void queuedScriptsServeSuccessiveConnections();
    void connectionBeyondScriptsIsFailure();
    void startTlsUpgradesConnection();
    void commandInjectedBeforeTlsIsFailure();
    void implicitTls();
    void multilineHelper_data();
    void multilineHelper();
    void multiMegabyteBodyArrivesExactly();

private:
    QTemporaryDir m_certificateDir;
    satchel::test::TestCertificate m_certificate;
};

void TestFakePop3Server::initTestCase()
{
    QVERIFY2(m_certificateDir.isValid(), qPrintable(m_certificateDir.errorString()));
    m_certificate = satchel::test::TestCertificate::generate(m_certificateDir.path());
    QVERIFY2(m_certificate.isValid(), qPrintable(m_certificate.errorString()));
}

void TestFakePop3Server::wellBehavedClientCompletesScript()
{
    const QByteArray body = "From: alice@example.org\r\n"
                            "Subject: dots\r\n"
                            "\r\n"
                            ".a line that starts with a dot\r\n"
                            "..and one with two\r\n"
                            ".\r\n"
                            "end\r\n";
    FakePop3Server server;
    server.setScript(QStringList {u"S: +OK POP3 ready"_s, u"C: CAPA"_s, u"S: +OK capabilities"_s,
                                  u"S: USER"_s, u"S: UIDL"_s, u"S: ."_s, u"C: USER alice"_s,
                                  u"S: +OK"_s, u"C: PASS s3cret"_s, u"S: +OK 1 message"_s,
                                  u"C: STAT"_s, u"S: +OK 1 %1"_s.arg(body.size()), u"C: RETR 1"_s,
                                  u"S: +OK message follows"_s}
                     + FakePop3Server::multiline(body)
                     + QStringList {u"C: QUIT"_s, u"S: +OK bye"_s, u"CLOSE"_s});
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.waitForEnding("+OK POP3 ready\r\n"));
    QVERIFY(client.exchange("CAPA\r\n", "\r\n.\r\n"));
    QVERIFY(client.exchange("USER alice\r\n", "+OK\r\n"));
    QVERIFY(client.exchange("PASS s3cret\r\n", "+OK 1 message\r\n"));
    QVERIFY(client.exchange("STAT\r\n", "+OK 1 " + QByteArray::number(body.size()) + "\r\n"));
    const qsizetype retrStart = client.received.size();
    QVERIFY(client.exchange("RETR 1\r\n", "\r\n.\r\n"));
    const QByteArray retr = client.received.mid(retrStart);
    QVERIFY(client.exchange("QUIT\r\n", "+OK bye\r\n"));
    QVERIFY(client.waitForDisconnect());

    const QByteArray expected = "+OK POP3 ready\r\n"
                                "+OK capabilities\r\nUSER\r\nUIDL\r\n.\r\n"
                                "+OK\r\n"
                                "+OK 1 message\r\n"
                                "+OK 1 "
        + QByteArray::number(body.size())
        + "\r\n"
          "+OK message follows\r\n"
          "From: alice@example.org\r\nSubject: dots\r\n\r\n"
          "..a line that starts with a dot\r\n...and one with two\r\n..\r\nend\r\n.\r\n"
          "+OK bye\r\n";
    QCOMPARE(client.received, expected);
    const QByteArray status = "+OK message follows\r\n";
    QVERIFY(retr.startsWith(status));
    QCOMPARE(unstuff(retr.sliced(status.size())), body);

    SATCHEL_VERIFY_CONVERSATION(server);
    QCOMPARE(server.receivedLines(),
             (QList<QByteArray> {"CAPA", "USER alice", "PASS s3cret", "STAT", "RETR 1", "QUIT"}));
    QCOMPARE(server.connectionCount(), 1);
}

void TestFakePop3Server::deviationIsCaughtAndDropped_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QByteArray>("clientSends"); // after the greeting, in one write
    QTest::addColumn<QByteArray>("answersBeforeError"); // what the script rightly sent first
    QTest::addColumn<QString>("expectedFailure"); // a part of failure()

    const QStringList login {u"S: +OK ready"_s, u"C: USER alice"_s, u"S: +OK"_s,
                             u"C: PASS s3cret"_s, u"S: +OK"_s};
    QTest::newRow("unexpected command")
        << login << QByteArray("APOP alice c4c9334bac560ecc979e58001b3e22fb\r\n") << QByteArray()
        << u"step 2: expected \"C: USER alice\", client sent \"APOP alice "_s;
    QTest::newRow("similar: another user")
        << login << QByteArray("USER bob\r\n") << QByteArray()
        << u"step 2: expected \"C: USER alice\", client sent \"USER bob\""_s;
    QTest::newRow("similar: lower case")
        << login << QByteArray("user alice\r\n") << QByteArray()
        << u"step 2: expected \"C: USER alice\", client sent \"user alice\""_s;
    QTest::newRow("similar: trailing space") << login << QByteArray("USER alice \r\n")
                                             << QByteArray() << u"client sent \"USER alice \""_s;
    QTest::newRow("wrong second command")
        << login << QByteArray("USER alice\r\nPASS wrong\r\n") << QByteArray("+OK\r\n")
        << u"step 4: expected \"C: PASS s3cret\", client sent \"PASS wrong\""_s;
    QTest::newRow("command after the script ended")
        << QStringList {u"S: +OK ready"_s, u"C: QUIT"_s, u"S: +OK bye"_s}
        << QByteArray("QUIT\r\nNOOP\r\n") << QByteArray("+OK bye\r\n")
        << u"step 4: the script had ended, client sent \"NOOP\""_s;
    QTest::newRow("bare LF") << login << QByteArray("USER alice\n") << QByteArray()
                             << u"step 2: client ended the line \"USER alice\" with a bare LF"_s;
    QTest::newRow("line over 64 KiB")
        << login << QByteArray("USER " + QByteArray(70000, 'a') + "\r\n") << QByteArray()
        << u"more than 64 KiB"_s;
    QTest::newRow("regex matches only part of the line")
        << QStringList {u"S: +OK ready"_s, u"C~ USER [a-z]+"_s, u"S: +OK"_s}
        << QByteArray("USER alice2\r\n") << QByteArray()
        << u"step 2: expected \"C~ USER [a-z]+\", client sent \"USER alice2\""_s;
    QTest::newRow("responder missing")
        << QStringList {u"S: +OK ready"_s, u"C: NOOP"_s, u"S-CALL: nobody"_s}
        << QByteArray("NOOP\r\n") << QByteArray() << u"step 3: no responder named \"nobody\""_s;
}

void TestFakePop3Server::deviationIsCaughtAndDropped()
{
    QFETCH(QStringList, script);
    QFETCH(QByteArray, clientSends);
    QFETCH(QByteArray, answersBeforeError);
    QFETCH(QString, expectedFailure);

    FakePop3Server server;
    server.setScript(script);
    QVERIFY(server.listen());
    QSignalSpy failedSpy(&server, &FakePop3Server::failed);

    Client client;
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.waitForEnding("+OK ready\r\n"));
    client.send(clientSends);

    // The client under test must not hang: it gets an error and loses the connection.
    QVERIFY(client.waitForDisconnect());
    QCOMPARE(client.received,
             QByteArray("+OK ready\r\n" + answersBeforeError
                        + "-ERR fake server: unexpected command\r\n"));
    QVERIFY2(server.failure().contains(expectedFailure), qPrintable(server.failure()));
    QCOMPARE(failedSpy.count(), 1);
    QCOMPARE(failedSpy.at(0).at(0).toString(), server.failure());
    QVERIFY(!server.waitForCompletion(50));
    QVERIFY(server.report().contains(expectedFailure));
}

void TestFakePop3Server::pipelinedCommandsAreAnsweredInOrder_data()
{
    QTest::addColumn<bool>("pauseBeforeAnswers");
    QTest::newRow("answers at once") << false;
    // The later lines certainly arrive while the server is still busy with the first.
    QTest::newRow("answers after a pause") << true;
}

void TestFakePop3Server::pipelinedCommandsAreAnsweredInOrder()
{
    QFETCH(bool, pauseBeforeAnswers);
    const QString pause = pauseBeforeAnswers ? u"WAIT 100"_s : u"WAIT 0"_s;
    FakePop3Server server;
    server.setScript({u"S: +OK ready"_s, u"C: USER alice"_s, pause, u"S: +OK"_s,
                      u"C: PASS s3cret"_s, pause, u"S: +OK logged in"_s, u"C: STAT"_s, pause,
                      u"S: +OK 2 320"_s});
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.waitForEnding("+OK ready\r\n"));
    client.send("USER alice\r\nPASS s3cret\r\nSTAT\r\n");
    QVERIFY(client.waitForEnding("+OK 2 320\r\n"));
    QCOMPARE(client.received, "+OK ready\r\n+OK\r\n+OK logged in\r\n+OK 2 320\r\n"_ba);
    SATCHEL_VERIFY_CONVERSATION(server);
}

void TestFakePop3Server::pipeliningCanBeForbidden_data()
{
    QTest::addColumn<bool>("pipelined");
    QTest::newRow("lock-step client passes") << false;
    QTest::newRow("pipelining client fails") << true;
}

void TestFakePop3Server::pipeliningCanBeForbidden()
{
    QFETCH(bool, pipelined);
    FakePop3Server server;
    server.setPipeliningAllowed(false);
    // The pause makes a pipelined second line arrive while the first is still unanswered.
    server.setScript({u"S: +OK ready"_s, u"C: USER alice"_s, u"WAIT 150"_s, u"S: +OK"_s,
                      u"C: PASS s3cret"_s, u"S: +OK logged in"_s});
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.waitForEnding("+OK ready\r\n"));
    if (pipelined) {
        client.send("USER alice\r\nPASS s3cret\r\n");
        QVERIFY(client.waitForDisconnect());
        QVERIFY2(server.failure().contains(
                     u"step 5: client sent \"PASS s3cret\" before the answer to its previous "
                     "command (pipelining is off)"_s),
                 qPrintable(server.failure()));
    } else {
        QVERIFY(client.exchange("USER alice\r\n", "+OK\r\n"));
        QVERIFY(client.exchange("PASS s3cret\r\n", "+OK logged in\r\n"));
        SATCHEL_VERIFY_CONVERSATION(server);
    }
}

void TestFakePop3Server::linesSplitAcrossReadsAreReassembled()
{
    FakePop3Server server;
    server.setScript({u"S: +OK ready"_s, u"C: USER alice"_s, u"S: +OK"_s, u"C: PASS s3cret"_s,
                      u"S: +OK logged in"_s});
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectTo(server.port()));
    client.socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QVERIFY(client.waitForEnding("+OK ready\r\n"));
    // One byte per write, with a pause so each is its own segment; CR and LF arrive apart.
    for (const char c : QByteArray("USER alice\r\nPASS s3cret\r\n")) {
        client.send(QByteArray(1, c));
        QTest::qWait(2);
    }
    QVERIFY(client.waitForEnding("+OK logged in\r\n"));
    QCOMPARE(client.received, "+OK ready\r\n+OK\r\n+OK logged in\r\n"_ba);
    SATCHEL_VERIFY_CONVERSATION(server);
}

void TestFakePop3Server::bareLfAcceptedWhenAllowed()
{
    FakePop3Server server;
    server.setAcceptBareLf(true);
    server.setScript(
        {u"S: +OK ready"_s, u"C: USER alice"_s, u"S: +OK"_s, u"C: QUIT"_s, u"S: +OK bye"_s});
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.waitForEnding("+OK ready\r\n"));
    QVERIFY(client.exchange("USER alice\n", "+OK\r\n"));
    QVERIFY(client.exchange("QUIT\r\n", "+OK bye\r\n"));
    SATCHEL_VERIFY_CONVERSATION(server);
    QCOMPARE(server.receivedLines(), (QList<QByteArray> {"USER alice", "QUIT"}));
}

void TestFakePop3Server::connectionEnds_data()
{
    QTest::addColumn<QStringList>("ending");
    QTest::addColumn<QByteArray>("expectedAfterRetr");

    QTest::newRow("DROP in the middle of a line")
        << QStringList {u"S: +OK 120 octets"_s, u"S-RAW: From: a@example.org\\r\\nSubj"_s,
                        u"DROP"_s}
        << QByteArray("+OK 120 octets\r\nFrom: a@example.org\r\nSubj");
    // Far more than the socket buffers hold: DROP must still deliver all of it first.
    const QByteArray half = QByteArray("+OK 4000000 octets\r\n") + QByteArray(2'000'000, 'm');
    QTest::newRow("DROP after 2 MB")
        << QStringList {FakePop3Server::rawStep(half), u"DROP"_s} << half;
    QTest::newRow("CLOSE") << QStringList {u"S: -ERR no such message"_s, u"CLOSE"_s}
                           << QByteArray("-ERR no such message\r\n");
    QTest::newRow("DROP right away") << QStringList {u"DROP"_s} << QByteArray();
}

void TestFakePop3Server::connectionEnds()
{
    QFETCH(QStringList, ending);
    QFETCH(QByteArray, expectedAfterRetr);
    FakePop3Server server;
    server.setScript(QStringList {u"S: +OK ready"_s, u"C: RETR 1"_s} + ending);
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.waitForEnding("+OK ready\r\n"));
    client.send("RETR 1\r\n");
    QVERIFY(client.waitForDisconnect());
    QCOMPARE(client.received.size(), 11 + expectedAfterRetr.size());
    QCOMPARE(client.received, QByteArray("+OK ready\r\n" + expectedAfterRetr));
    QCOMPARE(client.socket.error(), QAbstractSocket::RemoteHostClosedError);
    SATCHEL_VERIFY_CONVERSATION(server);
}

void TestFakePop3Server::stallKeepsConnectionOpenAndSilent()
{
    FakePop3Server server;
    server.setScript({u"S: +OK ready"_s, u"C: STAT"_s, u"STALL"_s});
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.waitForEnding("+OK ready\r\n"));
    client.send("STAT\r\n");
    QTest::qWait(300);
    client.send("NOOP\r\n"); // ignored too, not a failure: the server is stalled
    QTest::qWait(100);
    QCOMPARE(client.received, "+OK ready\r\n"_ba);
    QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    QVERIFY(!client.disconnected);
    QVERIFY(server.scriptCompleted());

    // The client gives up, as one with a timeout would.
    client.socket.disconnectFromHost();
    QVERIFY(client.waitForDisconnect());
    QTest::qWait(50);
    SATCHEL_VERIFY_CONVERSATION(server);
}

void TestFakePop3Server::waitDelaysTheNextStep()
{
    FakePop3Server server;
    server.setScript({u"S: +OK one"_s, u"WAIT 250"_s, u"S: +OK two"_s});
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.waitForEnding("+OK one\r\n"));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(client.waitForEnding("+OK two\r\n"));
    QVERIFY2(timer.elapsed() >= 200, qPrintable(QString::number(timer.elapsed())));
    SATCHEL_VERIFY_CONVERSATION(server);
}

void TestFakePop3Server::rawBytesArriveExactly_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("S adds CRLF") << u"S: +OK"_s << QByteArray("+OK\r\n");
    QTest::newRow("NUL") << u"S-RAW: +OK a\\0b\\r\\n"_s << QByteArray("+OK a\0b\r\n", 9);
    QTest::newRow("bare LF") << u"S-RAW: +OK\\nnext\\n"_s << QByteArray("+OK\nnext\n");
    QTest::newRow("hex bytes") << u"S-RAW: \\xff\\x80\\x7F\\x00"_s
                               << QByteArray("\xff\x80\x7f\x00", 4);
    QTest::newRow("backslash and tab") << u"S-RAW: a\\\\b\\tc"_s << QByteArray("a\\b\tc");
    QTest::newRow("half a line") << u"S-RAW: +OK 12 oct"_s << QByteArray("+OK 12 oct");
    QTest::newRow("UTF-8 text") << u"S-RAW: Grüße"_s
                                << QByteArray("Gr\xc3\xbc\xc3\x9f"
                                              "e");
    QByteArray everyByte;
    for (int i = 0; i < 256; ++i)
        everyByte.append(static_cast<char>(i));
    QTest::newRow("every byte value via rawStep()")
        << FakePop3Server::rawStep(everyByte) << everyByte;
    QTest::newRow("broken dot-stuffing")
        << u"S-RAW: +OK\\r\\n.unstuffed\\r\\n.\\r\\n"_s << QByteArray("+OK\r\n.unstuffed\r\n.\r\n");
}

void TestFakePop3Server::rawBytesArriveExactly()
{
    QFETCH(QString, step);
    QFETCH(QByteArray, expected);
    FakePop3Server server;
    server.setScript({step});
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.waitForSize(expected.size()));
    QTest::qWait(50); // nothing more may come
    QCOMPARE(client.received, expected);
    SATCHEL_VERIFY_CONVERSATION(server);
}

void TestFakePop3Server::scriptErrorsAreReported_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QString>("expectedFailure");

    QTest::newRow("unknown step") << QStringList {u"S: +OK"_s, u"X: what"_s}
                                  << u"script error at step 2 (\"X: what\"): unknown step"_s;
    QTest::newRow("unknown escape") << QStringList {u"S-RAW: a\\qb"_s}
                                    << u"script error at step 1 (\"S-RAW: a\\qb\"): unknown "
                                       "escape \\q"_s;
    QTest::newRow("short hex escape")
        << QStringList {u"S-RAW: \\x4"_s} << u"\\x needs two hex digits"_s;
    QTest::newRow("lone backslash") << QStringList {u"S-RAW: a\\"_s} << u"a lone backslash"_s;
    QTest::newRow("bad regex") << QStringList {u"C~ (unclosed"_s}
                               << u"script error at step 1 (\"C~ (unclosed\"): bad regular "
                                  "expression"_s;
    QTest::newRow("WAIT without a number")
        << QStringList {u"WAIT soon"_s} << u"WAIT needs milliseconds"_s;
    QTest::newRow("step after STALL")
        << QStringList {u"STALL"_s, u"S: +OK"_s} << u"step 2 (\"S: +OK\"): nothing can follow"_s;
    QTest::newRow("step after DROP")
        << QStringList {u"DROP"_s, u"C: QUIT"_s} << u"nothing can follow"_s;
}

void TestFakePop3Server::scriptErrorsAreReported()
{
    QFETCH(QStringList, script);
    QFETCH(QString, expectedFailure);
    FakePop3Server server;
    QSignalSpy failedSpy(&server, &FakePop3Server::failed);
    server.setScript(script);
    QVERIFY2(server.failure().contains(expectedFailure), qPrintable(server.failure()));
    QCOMPARE(failedSpy.count(), 1);

    // A connection finds no usable script and is turned away.
    QVERIFY(server.listen());
    Client client;
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.waitForDisconnect());
    QVERIFY(!server.scriptCompleted());
}

void TestFakePop3Server::regexStepAndResponder()
{
    FakePop3Server server;
    // What a SASL test does with a client nonce: accept any, then answer with it.
    server.setResponder(u"echo nonce"_s, [](const QList<QByteArray> &received) -> QByteArray {
        return "+OK " + received.last().sliced(6) + "\r\n";
    });
    server.setScript({u"S: +OK ready"_s, u"C~ NONCE [0-9a-f]{16}"_s, u"S-CALL: echo nonce"_s,
                      u"C: QUIT"_s, u"S: +OK bye"_s});
    QVERIFY(server.listen());

    const QByteArray nonce
        = QByteArray::number(QRandomGenerator::global()->generate64() | (1ULL << 63), 16);
    QCOMPARE(nonce.size(), 16);
    Client client;
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.waitForEnding("+OK ready\r\n"));
    QVERIFY(client.exchange("NONCE " + nonce + "\r\n", "\r\n+OK " + nonce + "\r\n"));
    QVERIFY(client.exchange("QUIT\r\n", "+OK bye\r\n"));
    SATCHEL_VERIFY_CONVERSATION(server);
    QCOMPARE(server.receivedLines().value(0), QByteArray("NONCE " + nonce));
}

void TestFakePop3Server::clientHangingUpEarlyIsFailure()
{
    FakePop3Server server;
    server.setScript(
        {u"S: +OK ready"_s, u"C: USER alice"_s, u"S: +OK"_s, u"C: PASS s3cret"_s, u"S: +OK"_s});
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.waitForEnding("+OK ready\r\n"));
    QVERIFY(client.exchange("USER alice\r\n", "+OK\r\n"));
    client.socket.disconnectFromHost();
    QTRY_VERIFY_WITH_TIMEOUT(!server.failure().isEmpty(), Timeout);
    QCOMPARE(server.failure(),
             u"step 4: client disconnected while the script expected \"C: PASS s3cret\""_s);
}

void TestFakePop3Server::unfinishedScriptIsReported()
{
    FakePop3Server server;
    server.setScript({u"S: +OK ready"_s, u"C: CAPA"_s, u"S: +OK"_s});
    QVERIFY(server.listen());
    QVERIFY(server.report().contains(u"no client connected"_s));

    Client client;
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.waitForEnding("+OK ready\r\n"));
    client.send("CA"); // half a command, then the client goes quiet
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!server.waitForCompletion(200));
    QVERIFY2(timer.elapsed() < 2000, "waitForCompletion() overran its time");
    QVERIFY(server.failure().isEmpty());
    QCOMPARE(server.report(),
             u"script not completed: connection 1 stopped at step 2, waiting for \"C: CAPA\"; "
             "partial line \"CA\""_s);
}

void TestFakePop3Server::queuedScriptsServeSuccessiveConnections()
{
    FakePop3Server server;
    server.addConnectionScript({u"S: +OK first"_s, u"C: QUIT"_s, u"S: +OK bye"_s, u"CLOSE"_s});
    server.addConnectionScript({u"S: +OK second"_s, u"C: QUIT"_s, u"S: +OK bye"_s, u"CLOSE"_s});
    QVERIFY(server.listen());

    for (const QByteArray &greeting : {QByteArray("+OK first\r\n"), QByteArray("+OK second\r\n")}) {
        QVERIFY(!server.scriptCompleted());
        Client client;
        QVERIFY(client.connectTo(server.port()));
        QVERIFY(client.waitForEnding(greeting));
        QVERIFY(client.exchange("QUIT\r\n", "+OK bye\r\n"));
        QVERIFY(client.waitForDisconnect());
        QCOMPARE(client.received, QByteArray(greeting + "+OK bye\r\n"));
    }
    SATCHEL_VERIFY_CONVERSATION(server);
    QCOMPARE(server.connectionCount(), 2);
}

void TestFakePop3Server::connectionBeyondScriptsIsFailure()
{
    FakePop3Server server;
    server.addConnectionScript({u"S: +OK first"_s, u"C: QUIT"_s, u"S: +OK bye"_s, u"CLOSE"_s});
    server.addConnectionScript({u"S: +OK second"_s, u"CLOSE"_s});
    QVERIFY(server.listen());

    Client first;
    QVERIFY(first.connectTo(server.port()));
    QVERIFY(first.exchange("QUIT\r\n", "+OK bye\r\n"));
    Client second;
    QVERIFY(second.connectTo(server.port()));
    QVERIFY(second.waitForDisconnect());
    QVERIFY(server.waitForCompletion());

    Client third;
    QVERIFY(third.connectTo(server.port()));
    QVERIFY(third.waitForDisconnect());
    QCOMPARE(third.received, "-ERR fake server: unexpected connection\r\n"_ba);
    QVERIFY2(server.failure().startsWith(u"connection 3: no script left for it"_s),
             qPrintable(server.failure()));
    QVERIFY(!server.scriptCompleted());
    QCOMPARE(server.connectionCount(), 3);
}

void TestFakePop3Server::startTlsUpgradesConnection()
{
    FakePop3Server server;
    server.setTlsCertificate(m_certificate.certificate(), m_certificate.privateKey());
    server.setScript({u"S: +OK ready"_s, u"C: CAPA"_s, u"S: +OK"_s, u"S: STLS"_s, u"S: ."_s,
                      u"C: STLS"_s, u"S: +OK begin TLS"_s, u"STARTTLS"_s, u"C: CAPA"_s, u"S: +OK"_s,
                      u"S: USER"_s, u"S: ."_s, u"C: QUIT"_s, u"S: +OK bye"_s, u"CLOSE"_s});
    QVERIFY(server.listen());

    Client client;
    client.trust(m_certificate.certificate());
    QSignalSpy sslErrors(&client.socket, &QSslSocket::sslErrors);
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.waitForEnding("+OK ready\r\n"));
    QVERIFY(client.exchange("CAPA\r\n", "STLS\r\n.\r\n"));
    QVERIFY(client.exchange("STLS\r\n", "+OK begin TLS\r\n"));
    QVERIFY(!client.socket.isEncrypted());
    client.socket.startClientEncryption();
    QVERIFY2(QTest::qWaitFor([&] { return client.socket.isEncrypted(); }, Timeout),
             qPrintable(client.socket.errorString()));
    QCOMPARE(sslErrors.count(), 0);
    QCOMPARE(client.socket.peerCertificate(), m_certificate.certificate());

    QVERIFY(client.exchange("CAPA\r\n", "USER\r\n.\r\n"));
    QVERIFY(client.exchange("QUIT\r\n", "+OK bye\r\n"));
    QVERIFY(client.waitForDisconnect());
    QCOMPARE(
        client.received,
        "+OK ready\r\n+OK\r\nSTLS\r\n.\r\n+OK begin TLS\r\n+OK\r\nUSER\r\n.\r\n+OK bye\r\n"_ba);
    SATCHEL_VERIFY_CONVERSATION(server);
}

void TestFakePop3Server::commandInjectedBeforeTlsIsFailure()
{
    FakePop3Server server;
    server.setTlsCertificate(m_certificate.certificate(), m_certificate.privateKey());
    server.setScript({u"S: +OK ready"_s, u"C: STLS"_s, u"S: +OK begin TLS"_s, u"STARTTLS"_s,
                      u"C: CAPA"_s, u"S: +OK"_s});
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.waitForEnding("+OK ready\r\n"));
    client.send("STLS\r\nCAPA\r\n");
    QVERIFY(client.waitForDisconnect());
    QVERIFY2(server.failure().contains(
                 u"step 4: client sent \"CAPA\" after STLS, before the TLS handshake"_s),
             qPrintable(server.failure()));
}

void TestFakePop3Server::implicitTls()
{
    FakePop3Server server;
    server.setTlsCertificate(m_certificate.certificate(), m_certificate.privateKey());
    server.setImplicitTls(true);
    server.setScript({u"S: +OK ready"_s, u"C: QUIT"_s, u"S: +OK bye"_s, u"CLOSE"_s});
    QVERIFY(server.listen());

    Client client;
    client.trust(m_certificate.certificate());
    QSignalSpy sslErrors(&client.socket, &QSslSocket::sslErrors);
    QVERIFY2(client.connectEncryptedTo(server.port()), qPrintable(client.socket.errorString()));
    QCOMPARE(sslErrors.count(), 0);
    QVERIFY(client.waitForEnding("+OK ready\r\n"));
    QVERIFY(client.exchange("QUIT\r\n", "+OK bye\r\n"));
    QVERIFY(client.waitForDisconnect());
    QCOMPARE(client.received, "+OK ready\r\n+OK bye\r\n"_ba);
    SATCHEL_VERIFY_CONVERSATION(server);
}

void TestFakePop3Server::multilineHelper_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("wire");

    QTest::newRow("plain") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("leading dots") << QByteArray(".a\r\n..\r\n.\r\nb.\r\n")
                                  << QByteArray("..a\r\n...\r\n..\r\nb.\r\n.\r\n");
    QTest::newRow("no final CRLF") << QByteArray("a\r\n.b") << QByteArray("a\r\n..b\r\n.\r\n");
    QTest::newRow("empty") << QByteArray() << QByteArray(".\r\n");
}

void TestFakePop3Server::multilineHelper()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, wire);
    QCOMPARE(FakePop3Server::dotStuffed(body), wire);
    QCOMPARE(FakePop3Server::multiline(body), QStringList {FakePop3Server::rawStep(wire)});
}

void TestFakePop3Server::multiMegabyteBodyArrivesExactly()
{
    const QByteArray body = bigBody(6 * 1024 * 1024);
    QElapsedTimer timer;
    timer.start();
    FakePop3Server server;
    server.setScript(
        QStringList {u"S: +OK ready"_s, u"C: RETR 1"_s, u"S: +OK %1 octets"_s.arg(body.size())}
        + FakePop3Server::multiline(body)
        + QStringList {u"C: QUIT"_s, u"S: +OK bye"_s, u"CLOSE"_s});
    QVERIFY(server.listen());
    const qint64 scriptMs = timer.restart();

    Client client;
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.waitForEnding("+OK ready\r\n"));
    QVERIFY(client.exchange("RETR 1\r\n", "\r\n.\r\n"));
    const qint64 transferMs = timer.elapsed();
    QVERIFY(client.exchange("QUIT\r\n", "+OK bye\r\n"));
    SATCHEL_VERIFY_CONVERSATION(server);

    const QByteArray status = "+OK ready\r\n+OK " + QByteArray::number(body.size()) + " octets\r\n";
    QVERIFY(client.received.startsWith(status));
    const QByteArray retr = client.received.sliced(status.size());
    QCOMPARE(retr.size(), FakePop3Server::dotStuffed(body).size() + 9); // + "+OK bye\r\n"
    const QByteArray unstuffed = unstuff(retr);
    QCOMPARE(unstuffed.size(), body.size());
    QVERIFY(unstuffed == body); // QCOMPARE would print megabytes
    qDebug("%lld bytes: script ready in %lld ms, transferred in %lld ms",
           static_cast<long long>(body.size()), static_cast<long long>(scriptMs),
           static_cast<long long>(transferMs));
}

QTEST_GUILESS_MAIN(TestFakePop3Server)
#include "tst_fakepop3server.moc"

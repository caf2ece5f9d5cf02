#include "pop3/Apop.h"
#include "pop3/SaslMechanism.h"

#include <QTest>

using namespace satchel::pop3;

// Published test vectors: RFC 1939 (APOP), RFC 4616 (PLAIN), RFC 2195 (CRAM-MD5), RFC 5802
// (SCRAM-SHA-1), RFC 7677 (SCRAM-SHA-256), RFC 7628 (OAUTHBEARER), Google's XOAUTH2 example.
class TestSasl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apopRfc1939();
    void apopTimestamp_data();
    void apopTimestamp();
    void plainRfc4616();
    void loginAnswersInOrder();
    void cramMd5Rfc2195();
    void scramVectors_data();
    void scramVectors();
    void scramWithoutInitialResponse();
    void scramRejects_data();
    void scramRejects();
    void xoauth2TwoStep();
    void xoauth2InitialResponse();
    void oauthBearerRfc7628();
    void chooseStrongest_data();
    void chooseStrongest();
    void namesRoundTrip();
    void secretInClear();
};

void TestSasl::apopRfc1939()
{
    QCOMPARE(apopDigest("<1896.697170952@dbc.mtview.ca.us>", QStringLiteral("tanstaaf")),
             QByteArray("c4c9334bac560ecc979e58001b3e22fb"));
}

void TestSasl::apopTimestamp_data()
{
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<QByteArray>("timestamp");
    QTest::newRow("rfc1939") << QByteArray(
        "+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>")
                             << QByteArray("<1896.697170952@dbc.mtview.ca.us>");
    QTest::newRow("text after it")
        << QByteArray("+OK <12.34@host> Dovecot ready.") << QByteArray("<12.34@host>");
    QTest::newRow("none") << QByteArray("+OK Dovecot ready.") << QByteArray();
    QTest::newRow("brackets without @") << QByteArray("+OK <not a stamp> ready") << QByteArray();
    QTest::newRow("unclosed") << QByteArray("+OK ready <1.2@host") << QByteArray();
}

void TestSasl::apopTimestamp()
{
    QFETCH(QByteArray, greeting);
    QFETCH(QByteArray, timestamp);
    QCOMPARE(satchel::pop3::apopTimestamp(greeting), timestamp);
}

void TestSasl::plainRfc4616()
{
    auto plain = createSaslMechanism(
        SaslMechanismKind::Plain,
        {QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"), {}, {}, 0});
    const auto initial = plain->initialResponse();
    QVERIFY(initial.has_value());
    QCOMPARE(initial->toBase64(), QByteArray("AHRpbQB0YW5zdGFhZnRhbnN0YWFm"));
    // A second challenge after the single message is a protocol violation.
    QCOMPARE(plain->respond({}).kind, SaslMechanism::Step::Kind::Fail);

    SaslCredentials withAuthzid {
        QStringLiteral("Kurt"), QStringLiteral("xipj3plmq"), QStringLiteral("Ursel"), {}, 0};
    auto proxied = createSaslMechanism(SaslMechanismKind::Plain, withAuthzid);
    // No initial response taken: the first "+" gets the message.
    const auto step = proxied->respond({});
    QCOMPARE(step.kind, SaslMechanism::Step::Kind::Respond);
    QCOMPARE(step.response, QByteArray("Ursel\0Kurt\0xipj3plmq", 20));
}

void TestSasl::loginAnswersInOrder()
{
    auto login = createSaslMechanism(
        SaslMechanismKind::Login, {QStringLiteral("alice"), QStringLiteral("s3cret"), {}, {}, 0});
    QVERIFY(!login->initialResponse().has_value());
    QCOMPARE(login->respond("Username:").response, QByteArray("alice"));
    QCOMPARE(login->respond("Password:").response, QByteArray("s3cret"));
    QCOMPARE(login->respond("More?").kind, SaslMechanism::Step::Kind::Fail);
}

void TestSasl::cramMd5Rfc2195()
{
    auto cram = createSaslMechanism(
        SaslMechanismKind::CramMd5,
        {QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"), {}, {}, 0});
    QVERIFY(!cram->initialResponse().has_value());
    const auto step = cram->respond("<1896.697170952@postoffice.reston.mci.net>");
    QCOMPARE(step.kind, SaslMechanism::Step::Kind::Respond);
    QCOMPARE(step.response, QByteArray("tim b913a602c7eda7a495b4e6e7334d3890"));
    QCOMPARE(step.response.toBase64(),
             QByteArray("dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw"));
}

void TestSasl::scramVectors_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("clientNonce");
    QTest::addColumn<QByteArray>("serverFirst");
    QTest::addColumn<QByteArray>("clientFinal");
    QTest::addColumn<QByteArray>("serverFinal");
    QTest::newRow("RFC 5802 SCRAM-SHA-1")
        << int(SaslMechanismKind::ScramSha1) << QByteArray("fyko+d2lbbFgONRv9qkxdawL")
        << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096")
        << QByteArray(
               "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=")
        << QByteArray("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=");
    QTest::newRow("RFC 7677 SCRAM-SHA-256")
        << int(SaslMechanismKind::ScramSha256) << QByteArray("rOprNGfwEbeRWgbNEkqO")
        << QByteArray(
               "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,"
               "i=4096")
        << QByteArray("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                      "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=")
        << QByteArray("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
}

void TestSasl::scramVectors()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, clientNonce);
    QFETCH(QByteArray, serverFirst);
    QFETCH(QByteArray, clientFinal);
    QFETCH(QByteArray, serverFinal);

    auto scram = createSaslMechanism(SaslMechanismKind(kind),
                                     {QStringLiteral("user"), QStringLiteral("pencil"), {}, {}, 0},
                                     [clientNonce] { return clientNonce; });
    QCOMPARE(scram->initialResponse().value(), "n,,n=user,r=" + clientNonce);
    QVERIFY(!scram->isComplete());

    const auto final = scram->respond(serverFirst);
    QCOMPARE(final.kind, SaslMechanism::Step::Kind::Respond);
    QCOMPARE(final.response, clientFinal);
    QVERIFY(!scram->isComplete());

    const auto last = scram->respond(serverFinal);
    QCOMPARE(last.kind, SaslMechanism::Step::Kind::Respond);
    QVERIFY(last.response.isEmpty());
    QVERIFY(scram->isComplete());
}

void TestSasl::scramWithoutInitialResponse()
{
    auto scram
        = createSaslMechanism(SaslMechanismKind::ScramSha1,
                              {QStringLiteral("us,er="), QStringLiteral("pencil"), {}, {}, 0},
                              [] { return QByteArray("abc"); });
    const auto first = scram->respond({});
    // The user name is escaped: "," becomes "=2C" and "=" becomes "=3D".
    QCOMPARE(first.response, QByteArray("n,,n=us=2Cer=3D,r=abc"));
}

void TestSasl::scramRejects_data()
{
    QTest::addColumn<QByteArray>("serverFirst");
    QTest::addColumn<QByteArray>("serverFinal");
    QTest::addColumn<QString>("errorFragment");
    const QByteArray good
        = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
    QTest::newRow("nonce not extended") << QByteArray("r=someoneelse,s=QSXCR+Q6sek8bf92,i=4096")
                                        << QByteArray() << QStringLiteral("nonce");
    QTest::newRow("nonce equal, not extended")
        << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL,s=QSXCR+Q6sek8bf92,i=4096") << QByteArray()
        << QStringLiteral("nonce");
    QTest::newRow("no salt") << QByteArray("r=fyko+d2lbbFgONRv9qkxdawLxyz,i=4096") << QByteArray()
                             << QStringLiteral("malformed");
    QTest::newRow("hostile iteration count")
        << QByteArray("r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92,i=2000000000")
        << QByteArray() << QStringLiteral("iteration");
    QTest::newRow("zero iterations")
        << QByteArray("r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92,i=0") << QByteArray()
        << QStringLiteral("iteration");
    QTest::newRow("mandatory extension")
        << QByteArray("m=ext," + good) << QByteArray() << QStringLiteral("extension");
    QTest::newRow("wrong server signature")
        << good << QByteArray("v=AAAAAAAAAAAAAAAAAAAAAAAAAAA=") << QStringLiteral("prove");
    QTest::newRow("server error") << good << QByteArray("e=invalid-proof")
                                  << QStringLiteral("invalid-proof");
}

void TestSasl::scramRejects()
{
    QFETCH(QByteArray, serverFirst);
    QFETCH(QByteArray, serverFinal);
    QFETCH(QString, errorFragment);
    auto scram = createSaslMechanism(SaslMechanismKind::ScramSha1,
                                     {QStringLiteral("user"), QStringLiteral("pencil"), {}, {}, 0},
                                     [] { return QByteArray("fyko+d2lbbFgONRv9qkxdawL"); });
    (void)scram->initialResponse();
    auto step = scram->respond(serverFirst);
    if (serverFinal.isEmpty()) {
        QCOMPARE(step.kind, SaslMechanism::Step::Kind::Fail);
    } else {
        QCOMPARE(step.kind, SaslMechanism::Step::Kind::Respond);
        step = scram->respond(serverFinal);
        QCOMPARE(step.kind, SaslMechanism::Step::Kind::Fail);
    }
    QVERIFY2(step.error.contains(errorFragment), qPrintable(step.error));
    QVERIFY(!scram->isComplete());
}

void TestSasl::xoauth2TwoStep()
{
    auto xoauth
        = createSaslMechanism(SaslMechanismKind::XOAuth2,
                              {QStringLiteral("someuser@example.com"),
                               QStringLiteral("ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg"),
                               {},
                               {},
                               0});
    // Never on the AUTH line: the token waits for the server's "+".
    QVERIFY(!xoauth->initialResponse().has_value());
    const auto token = xoauth->respond({});
    QCOMPARE(token.response.toBase64(),
             QByteArray("dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRj"
                        "Mk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ=="));
    // A rejected token comes back as a JSON challenge, answered with an empty line.
    const QByteArray error
        = R"({"status":"401","schemes":"bearer","scope":"https://mail.google.com/"})";
    const auto ack = xoauth->respond(error);
    QCOMPARE(ack.kind, SaslMechanism::Step::Kind::Respond);
    QVERIFY(ack.response.isEmpty());
    QCOMPARE(xoauth->serverMessage(), QString::fromUtf8(error));
    QCOMPARE(xoauth->respond(error).kind, SaslMechanism::Step::Kind::Fail);
}

void TestSasl::xoauth2InitialResponse()
{
    // The form a server that takes the token on the AUTH line gets (the provider presets say
    // which), the same message as after the "+".
    SaslCredentials credentials {QStringLiteral("someuser@example.com"),
                                 QStringLiteral("ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg"),
                                 {},
                                 {},
                                 0};
    credentials.bearerInitialResponse = true;
    auto xoauth = createSaslMechanism(SaslMechanismKind::XOAuth2, credentials);
    const auto initial = xoauth->initialResponse();
    QVERIFY(initial.has_value());
    QCOMPARE(initial->toBase64(),
             QByteArray("dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRj"
                        "Mk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ=="));
    // The next challenge is the JSON error, answered with an empty line, not the token again.
    const auto ack = xoauth->respond(R"({"status":"401"})");
    QCOMPARE(ack.kind, SaslMechanism::Step::Kind::Respond);
    QVERIFY(ack.response.isEmpty());
    QCOMPARE(xoauth->serverMessage(), QStringLiteral(R"({"status":"401"})"));
}

void TestSasl::oauthBearerRfc7628()
{
    SaslCredentials credentials {QStringLiteral("user@example.com"),
                                 QStringLiteral("vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg=="),
                                 {},
                                 QStringLiteral("server.example.com"),
                                 143};
    auto bearer = createSaslMechanism(SaslMechanismKind::OAuthBearer, credentials);
    QVERIFY(!bearer->initialResponse().has_value());
    QCOMPARE(bearer->respond({}).response,
             QByteArray("n,a=user@example.com,\x01host=server.example.com\x01port=143\x01"
                        "auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01"));
    // RFC 7628 3.2.3: the client answers the error challenge with a single ^A.
    QCOMPARE(bearer->respond(R"({"status":"invalid_token"})").response, QByteArray("\x01"));
}

void TestSasl::chooseStrongest_data()
{
    QTest::addColumn<QByteArrayList>("offered");
    QTest::addColumn<bool>("oauth");
    QTest::addColumn<int>("expected"); // -1: none
    QTest::newRow("dovecot") << QByteArrayList {"PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-1",
                                                "SCRAM-SHA-256"}
                             << false << int(SaslMechanismKind::ScramSha256);
    QTest::newRow("case-insensitive")
        << QByteArrayList {"plain", "cram-md5"} << false << int(SaslMechanismKind::CramMd5);
    QTest::newRow("only LOGIN") << QByteArrayList {"LOGIN"} << false
                                << int(SaslMechanismKind::Login);
    QTest::newRow("PLAIN over LOGIN")
        << QByteArrayList {"LOGIN", "PLAIN"} << false << int(SaslMechanismKind::Plain);
    QTest::newRow("unknown only") << QByteArrayList {"GSSAPI", "NTLM"} << false << -1;
    QTest::newRow("password account ignores oauth") << QByteArrayList {"XOAUTH2"} << false << -1;
    QTest::newRow("oauth: microsoft")
        << QByteArrayList {"XOAUTH2", "PLAIN"} << true << int(SaslMechanismKind::XOAuth2);
    QTest::newRow("oauth: standard first")
        << QByteArrayList {"XOAUTH2", "OAUTHBEARER"} << true << int(SaslMechanismKind::OAuthBearer);
    QTest::newRow("oauth: none offered") << QByteArrayList {"PLAIN"} << true << -1;
}

void TestSasl::chooseStrongest()
{
    QFETCH(QByteArrayList, offered);
    QFETCH(bool, oauth);
    QFETCH(int, expected);
    const auto chosen = chooseSaslMechanism(offered, oauth);
    QCOMPARE(chosen.has_value() ? int(*chosen) : -1, expected);
}

void TestSasl::namesRoundTrip()
{
    for (const auto kind :
         {SaslMechanismKind::Login, SaslMechanismKind::Plain, SaslMechanismKind::CramMd5,
          SaslMechanismKind::ScramSha1, SaslMechanismKind::ScramSha256, SaslMechanismKind::XOAuth2,
          SaslMechanismKind::OAuthBearer}) {
        QCOMPARE(saslMechanismFromName(saslMechanismName(kind)), std::optional(kind));
        QCOMPARE(createSaslMechanism(kind, {})->kind(), kind);
    }
    QVERIFY(!saslMechanismFromName("DIGEST-MD5").has_value());
}

void TestSasl::secretInClear()
{
    QVERIFY(saslSendsSecretInClear(SaslMechanismKind::Plain));
    QVERIFY(saslSendsSecretInClear(SaslMechanismKind::Login));
    QVERIFY(saslSendsSecretInClear(SaslMechanismKind::XOAuth2));
    QVERIFY(!saslSendsSecretInClear(SaslMechanismKind::ScramSha256));
    QVERIFY(!saslSendsSecretInClear(SaslMechanismKind::CramMd5));
}

QTEST_GUILESS_MAIN(TestSasl)
#include "tst_sasl.moc"

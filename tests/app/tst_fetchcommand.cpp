// `satchel account ...` and `satchel fetch` (the real binary) against the scripted fake server,
// every exit code, and against a private Dovecot with two accounts fetching in parallel.
#include "DovecotFixture.h"
#include "ExitCode.h"
#include "FakePop3Server.h"
#include "Must.h"
#include "TestCertificate.h"
#include "accounts/AccountSettings.h"
#include "store/Archive.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace satchel;
using satchel::test::DovecotFixture;
using satchel::test::FakePop3Server;
using satchel::test::must;

namespace {

const QByteArray Password = "Pa55-w0rd!";

QByteArray messageText(int n)
{
    return "From: sender" + QByteArray::number(n)
        + "@example.org\r\nTo: alice@example.org\r\nSubject: message " + QByteArray::number(n)
        + "\r\nMessage-ID: <m" + QByteArray::number(n) + "@example.org>\r\n\r\nBody of message "
        + QByteArray::number(n) + "\r\n.dotted\r\n";
}

QStringList login(const QString &passReply = QStringLiteral("+OK logged in"))
{
    const QStringList capa {QStringLiteral("S: USER"), QStringLiteral("S: UIDL"),
                            QStringLiteral("S: PIPELINING"), QStringLiteral("S: RESP-CODES")};
    QStringList lines {QStringLiteral("S: +OK fake POP3 ready"), QStringLiteral("C: CAPA"),
                       QStringLiteral("S: +OK")};
    lines += capa;
    lines << QStringLiteral("S: .") << QStringLiteral("C: USER alice") << QStringLiteral("S: +OK")
          << QStringLiteral("C: PASS ") + QString::fromLatin1(Password)
          << QStringLiteral("S: ") + passReply;
    if (!passReply.startsWith(u'+'))
        return lines;
    lines << QStringLiteral("C: CAPA") << QStringLiteral("S: +OK");
    lines += capa;
    lines << QStringLiteral("S: .");
    return lines;
}

QStringList listing(int count, bool uidl = true)
{
    QStringList lines {QStringLiteral("C: UIDL")};
    if (uidl) {
        lines << QStringLiteral("S: +OK");
        for (int n = 1; n <= count; ++n)
            lines << QStringLiteral("S: %1 uidl-%1").arg(n);
        lines << QStringLiteral("S: .");
    } else {
        lines << QStringLiteral("S: -ERR no UIDL here");
    }
    lines << QStringLiteral("C: LIST") << QStringLiteral("S: +OK");
    for (int n = 1; n <= count; ++n)
        lines << QStringLiteral("S: %1 %2").arg(n).arg(messageText(n).size());
    lines << QStringLiteral("S: .");
    return lines;
}

QStringList retrieveAll(int count)
{
    QStringList lines;
    for (int n = 1; n <= count; ++n) {
        lines << QStringLiteral("C: RETR %1").arg(n)
              << QStringLiteral("S: +OK %1 octets").arg(messageText(n).size());
        lines += FakePop3Server::multiline(messageText(n));
    }
    return lines;
}

QStringList quit()
{
    return {QStringLiteral("C: QUIT"), QStringLiteral("S: +OK bye")};
}

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestFetchCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void accountAddListRemove();
    void badUsage_data();
    void badUsage();
    void fetchExitCodes_data();
    void fetchExitCodes();
    void certificateThenPin();
    void noPasswordAnywhere();
    void passwordFromTheKeychain_data();
    void passwordFromTheKeychain();
    void downloadHistory();
    void editKeepsMailAndHistory();
    void usageIsNotTryLater_data();
    void usageIsNotTryLater();
    void dovecotTwoAccountsInParallel();
    void dovecotRefusingApopWithTheDefaultLogin();

private:
    // Runs the binary with the event loop turning, so an in-process fake server can answer.
    Run satchel(const QStringList &arguments, const QByteArray &input = QByteArray());
    QStringList addFake(const QString &name, quint16 port, const QStringList &extra = {});
    // The messages of the archive by subject, with their raw bytes.
    QList<QByteArray> storedMessages();
    // The download history of the only account: UIDL, state and first seen, one per row.
    QStringList history();
    // `account list --json`, one object per line, by name.
    QHash<QString, QJsonObject> listed();
    void verifyNoPasswordInProfile();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
};

void TestFetchCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profile = m_dir->filePath(QStringLiteral("profile"));
}

Run TestFetchCommand::satchel(const QStringList &arguments, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    // No OS keychain in these runs: passwords come on standard input, for the run only.
    env.insert(QStringLiteral("SATCHEL_NO_KEYCHAIN"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    p.setProcessEnvironment(env);
    QEventLoop loop;
    connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    p.start(QStringLiteral(SATCHEL_BINARY),
            QStringList {QStringLiteral("--profile"), m_profile} + arguments);
    if (!p.waitForStarted(10000))
        qFatal("satchel did not start");
    p.write(input);
    p.closeWriteChannel();
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    if (p.state() != QProcess::NotRunning)
        qFatal("satchel did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QStringList TestFetchCommand::addFake(const QString &name, quint16 port, const QStringList &extra)
{
    return QStringList {
               QStringLiteral("account"), QStringLiteral("add"),       name,
               QStringLiteral("--host"),  QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
               QString::number(port),     QStringLiteral("--user"),    QStringLiteral("alice")}
    + extra;
}

QList<QByteArray> TestFetchCommand::storedMessages()
{
    auto archive
        = must(store::Archive::open(QDir(m_profile).filePath(QStringLiteral("archive.sqlite"))));
    QList<QByteArray> all;
    for (qint64 id : must(archive->messageIds()))
        all << must(archive->rawMessage(id));
    return all;
}

QStringList TestFetchCommand::history()
{
    auto archive
        = must(store::Archive::open(QDir(m_profile).filePath(QStringLiteral("archive.sqlite"))));
    const qint64 account = must(archive->accountSettings()).keys().constFirst();
    QStringList rows;
    for (const store::LedgerEntry &e : must(archive->ledger(account)))
        rows << QStringLiteral("%1 %2 %3 %4")
                    .arg(e.uidl)
                    .arg(int(e.state))
                    .arg(e.firstSeen.toString(Qt::ISODateWithMs))
                    .arg(e.messageId.value_or(0));
    rows.sort();
    return rows;
}

QHash<QString, QJsonObject> TestFetchCommand::listed()
{
    const Run r
        = satchel({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
    if (r.code != 0)
        qFatal("account list --json: %s", r.err.constData());
    QHash<QString, QJsonObject> accounts;
    for (const QByteArray &line : r.out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qFatal("account list --json: not a JSON object: %s", line.constData());
        accounts.insert(doc.object().value(QStringLiteral("name")).toString(), doc.object());
    }
    return accounts;
}

void TestFetchCommand::verifyNoPasswordInProfile()
{
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(Password), qPrintable(f.fileName()));
    }
}

void TestFetchCommand::accountAddListRemove()
{
    const QString pem = m_dir->filePath(QStringLiteral("ca.pem"));
    const test::TestCertificate cert = test::TestCertificate::generate(m_dir->path());
    QVERIFY2(cert.isValid(), qPrintable(cert.errorString()));
    const QString fingerprint = QString::fromLatin1(cert.sha256().toHex(':'));

    Run r = satchel({QStringLiteral("account"), QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty());
    // Nothing to list: no line at all, as for search --json.
    r = satchel({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty());

    r = satchel({QStringLiteral("account"),
                 QStringLiteral("add"),
                 QStringLiteral("Work"),
                 QStringLiteral("--host"),
                 QStringLiteral("pop.example.org"),
                 QStringLiteral("--security"),
                 QStringLiteral("starttls"),
                 QStringLiteral("--user"),
                 QStringLiteral("me@example.org"),
                 QStringLiteral("--auth"),
                 QStringLiteral("SCRAM-SHA-256"),
                 QStringLiteral("--leave-on-server"),
                 QStringLiteral("days:14"),
                 QStringLiteral("--keep-max-messages"),
                 QStringLiteral("100"),
                 QStringLiteral("--keep-max-mb"),
                 QStringLiteral("50"),
                 QStringLiteral("--headers-only"),
                 QStringLiteral("--max-size"),
                 QStringLiteral("512"),
                 QStringLiteral("--trust-fingerprint"),
                 fingerprint,
                 QStringLiteral("--ca-file"),
                 cert.certificatePath()});
    QVERIFY2(r.code == 0, r.err.constData());
    r = satchel({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("Home"),
                 QStringLiteral("--host"), QStringLiteral("pop.home.example"),
                 QStringLiteral("--security"), QStringLiteral("tls"), QStringLiteral("--user"),
                 QStringLiteral("me"), QStringLiteral("--leave-on-server"), QStringLiteral("no")});
    QVERIFY2(r.code == 0, r.err.constData());
    r = satchel({QStringLiteral("account"), QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith("Home\tme@pop.home.example:995\ttls\tdelete after download"),
             lines.at(0).constData());
    const QByteArray work = lines.at(1);
    QVERIFY2(work.startsWith("Work\tme@example.org@pop.example.org:110\tstarttls\tleave 14 days, "
                             "at most 100 messages, at most 50 MB\t"),
             work.constData());
    QVERIFY(work.contains("headers only"));
    QVERIFY(work.contains("max 512 KB"));
    QVERIFY(work.contains(cert.sha256().toHex(':')));
    QVERIFY(work.contains(cert.certificatePath().toUtf8()));

    // The same as JSON: one object per line, every documented key, no secret.
    r = satchel({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.count('\n'), qsizetype(2));
    const QHash<QString, QJsonObject> accounts = listed();
    QCOMPARE(accounts.size(), 2);
    const QStringList keys {
        QStringLiteral("id"),
        QStringLiteral("name"),
        QStringLiteral("display_name"),
        QStringLiteral("address"),
        QStringLiteral("host"),
        QStringLiteral("port"),
        QStringLiteral("security"),
        QStringLiteral("user"),
        QStringLiteral("auth"),
        QStringLiteral("leave_on_server"),
        QStringLiteral("keep_max_messages"),
        QStringLiteral("keep_max_bytes"),
        QStringLiteral("headers_only"),
        QStringLiteral("headers_only_when_metered"),
        QStringLiteral("max_size_kb"),
        QStringLiteral("check_interval_minutes"),
        QStringLiteral("trust_fingerprint"),
        QStringLiteral("ca_file"),
        QStringLiteral("oauth_provider"),
        QStringLiteral("oauth_client_id"),
        QStringLiteral("password"),
    };
    for (const QJsonObject &o : accounts) {
        QStringList got = o.keys();
        QStringList want = keys;
        got.sort();
        want.sort();
        QCOMPARE(got, want); // the documented shape, every key always there
    }

    const QJsonObject workJson = accounts.value(QStringLiteral("Work"));
    QVERIFY(workJson.value(QStringLiteral("id")).toInteger() > 0);
    QCOMPARE(workJson.value(QStringLiteral("display_name")).toString(), QStringLiteral("Work"));
    QCOMPARE(workJson.value(QStringLiteral("address")).toString(),
             QStringLiteral("me@example.org"));
    QCOMPARE(workJson.value(QStringLiteral("host")).toString(), QStringLiteral("pop.example.org"));
    QCOMPARE(workJson.value(QStringLiteral("port")).toInt(), 110);
    QCOMPARE(workJson.value(QStringLiteral("security")).toString(), QStringLiteral("starttls"));
    QCOMPARE(workJson.value(QStringLiteral("user")).toString(), QStringLiteral("me@example.org"));
    QCOMPARE(workJson.value(QStringLiteral("auth")).toString(), QStringLiteral("SCRAM-SHA-256"));
    QCOMPARE(workJson.value(QStringLiteral("leave_on_server")).toString(),
             QStringLiteral("days:14"));
    QCOMPARE(workJson.value(QStringLiteral("keep_max_messages")).toInt(), 100);
    QCOMPARE(workJson.value(QStringLiteral("keep_max_bytes")).toInteger(),
             qint64(50) * 1024 * 1024);
    QCOMPARE(workJson.value(QStringLiteral("headers_only")).toBool(), true);
    QCOMPARE(workJson.value(QStringLiteral("headers_only_when_metered")).toBool(), false);
    QCOMPARE(workJson.value(QStringLiteral("max_size_kb")).toInt(), 512);
    QCOMPARE(workJson.value(QStringLiteral("check_interval_minutes")).toInt(), 0);
    QCOMPARE(workJson.value(QStringLiteral("trust_fingerprint")).toString(),
             QString::fromLatin1(cert.sha256().toHex(':')));
    QCOMPARE(workJson.value(QStringLiteral("ca_file")).toString(), cert.certificatePath());
    // No keychain in these runs, and a command never keeps an earlier run's password.
    QCOMPARE(workJson.value(QStringLiteral("password")).toString(), QStringLiteral("unknown"));

    // What is not set is null.
    const QJsonObject homeJson = accounts.value(QStringLiteral("Home"));
    QCOMPARE(homeJson.value(QStringLiteral("port")).toInt(), 995);
    QCOMPARE(homeJson.value(QStringLiteral("security")).toString(), QStringLiteral("tls"));
    QCOMPARE(homeJson.value(QStringLiteral("leave_on_server")).toString(), QStringLiteral("no"));
    for (const char *key : {"address", "auth", "keep_max_messages", "keep_max_bytes", "max_size_kb",
                            "trust_fingerprint", "ca_file"})
        QVERIFY2(homeJson.value(QLatin1String(key)).isNull(), key);
    QCOMPARE(homeJson.value(QStringLiteral("headers_only")).toBool(), false);
    QVERIFY(homeJson.value(QStringLiteral("id")).toInteger()
            != workJson.value(QStringLiteral("id")).toInteger());

    // Names are unique.
    r = satchel(addFake(QStringLiteral("Work"), 110,
                        {QStringLiteral("--security"), QStringLiteral("none")}));
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("already an account named Work"));

    r = satchel({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Nope")});
    QCOMPARE(r.code, 1);
    r = satchel({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Work")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("its mail stays"));
    r = satchel({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Home"),
                 QStringLiteral("--delete-mail")});
    QCOMPARE(r.code, 0);
    r = satchel({QStringLiteral("account"), QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(satchel({QStringLiteral("check")}).code, 0);
}

void TestFetchCommand::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QStringList base {QStringLiteral("account"), QStringLiteral("add"),
                            QStringLiteral("X"),       QStringLiteral("--host"),
                            QStringLiteral("h"),       QStringLiteral("--user"),
                            QStringLiteral("u")};
    const QString security = QStringLiteral("--security");
    QTest::newRow("no verb") << QStringList {QStringLiteral("account")};
    QTest::newRow("unknown verb") << QStringList {QStringLiteral("account"),
                                                  QStringLiteral("rename")};
    QTest::newRow("no security") << base;
    QTest::newRow("bad security") << base + QStringList {security, QStringLiteral("ssl")};
    QTest::newRow("no host") << QStringList {QStringLiteral("account"), QStringLiteral("add"),
                                             QStringLiteral("X"),       QStringLiteral("--user"),
                                             QStringLiteral("u"),       security,
                                             QStringLiteral("tls")};
    QTest::newRow("bad port") << base
            + QStringList {security, QStringLiteral("tls"), QStringLiteral("--port"),
                           QStringLiteral("70000")};
    QTest::newRow("bad policy") << base
            + QStringList {security, QStringLiteral("tls"), QStringLiteral("--leave-on-server"),
                           QStringLiteral("days:x")};
    QTest::newRow("bad fingerprint") << base
            + QStringList {security, QStringLiteral("tls"), QStringLiteral("--trust-fingerprint"),
                           QStringLiteral("abcd")};
    QTest::newRow("missing CA file") << base
            + QStringList {security, QStringLiteral("tls"), QStringLiteral("--ca-file"),
                           QStringLiteral("/nonexistent/ca.pem")};
    QTest::newRow("unknown mechanism") << base
            + QStringList {security, QStringLiteral("tls"), QStringLiteral("--auth"),
                           QStringLiteral("MAGIC")};
    QTest::newRow("Local") << QStringList {QStringLiteral("account"), QStringLiteral("add"),
                                           QStringLiteral("Local"),   QStringLiteral("--host"),
                                           QStringLiteral("h"),       QStringLiteral("--user"),
                                           QStringLiteral("u"),       security,
                                           QStringLiteral("tls")};
    QTest::newRow("--delete-mail on add")
        << base + QStringList {security, QStringLiteral("tls"), QStringLiteral("--delete-mail")};
    QTest::newRow("--host on list")
        << QStringList {QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--host"),
                        QStringLiteral("h")};
    QTest::newRow("--host on fetch")
        << QStringList {QStringLiteral("fetch"), QStringLiteral("--host"), QStringLiteral("h")};
}

void TestFetchCommand::badUsage()
{
    QFETCH(QStringList, arguments);
    const Run r = satchel(arguments);
    QVERIFY2(r.code == 2, r.err.constData());
    QVERIFY(r.err.startsWith("satchel: "));
    // Nothing was added by a refused command.
    QVERIFY(satchel({QStringLiteral("account"), QStringLiteral("list")}).out.isEmpty());
}

void TestFetchCommand::fetchExitCodes_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("said");
    QTest::addColumn<int>("stored");
    QTest::newRow("success") << login() + listing(3) + retrieveAll(3) + quit() << "forever" << 0
                             << "Fake: 3 new, 0 partial, 0 deleted on the server, 3 left on the "
                                "server, 0 errors"
                             << 3;
    QStringList deleting = login() + listing(2) + retrieveAll(2);
    deleting << QStringLiteral("C: DELE 1") << QStringLiteral("S: +OK")
             << QStringLiteral("C: DELE 2") << QStringLiteral("S: +OK");
    QTest::newRow("delete after download")
        << deleting + quit() << "no" << 0
        << "Fake: 2 new, 0 partial, 2 deleted on the server, 0 left on the server, 0 errors" << 2;
    QTest::newRow("try later") << login(QStringLiteral("-ERR [IN-USE] mailbox locked")) << "forever"
                               << 75 << "try again later" << 0;
    QTest::newRow("authentication") << login(QStringLiteral("-ERR [AUTH] wrong password"))
                                    << "forever" << 3 << "check the user name and password" << 0;
    QTest::newRow("no UIDL, leave on server")
        << login() + listing(2, false) + quit() << "forever" << 1 << "Fake: error: " << 0;
    QTest::newRow("permanent") << login(QStringLiteral("-ERR [SYS/PERM] account disabled"))
                               << "forever" << 1 << "Fake: error: " << 0;
}

void TestFetchCommand::fetchExitCodes()
{
    QFETCH(QStringList, script);
    QFETCH(QString, policy);
    QFETCH(int, code);
    QFETCH(QString, said);
    QFETCH(int, stored);
    FakePop3Server server;
    QVERIFY(server.listen());
    server.addConnectionScript(script);
    Run r = satchel(addFake(QStringLiteral("Fake"), server.port(),
                            {QStringLiteral("--security"), QStringLiteral("none"),
                             QStringLiteral("--leave-on-server"), policy}));
    QVERIFY2(r.code == 0, r.err.constData());
    r = satchel({QStringLiteral("fetch"), QStringLiteral("--password-stdin")}, Password + '\n');
    QVERIFY2(r.code == code, QByteArray(r.out + r.err).constData());
    QVERIFY2(r.out.contains(said.toUtf8()), r.out.constData());
    SATCHEL_VERIFY_CONVERSATION(server);
    const QList<QByteArray> messages = storedMessages();
    QCOMPARE(messages.size(), stored);
    for (int n = 1; n <= stored; ++n)
        QVERIFY(messages.contains(messageText(n)));
    verifyNoPasswordInProfile();
}

void TestFetchCommand::certificateThenPin()
{
    const test::TestCertificate cert = test::TestCertificate::generate(m_dir->path());
    QVERIFY2(cert.isValid(), qPrintable(cert.errorString()));
    FakePop3Server server;
    QVERIFY(server.listen());
    server.setTlsCertificate(cert.certificate(), cert.privateKey());
    server.setImplicitTls(true);
    // The untrusted certificate: the handshake fails, nothing is sent.
    server.addConnectionScript({});
    server.addConnectionScript(login() + listing(1) + retrieveAll(1) + quit());
    server.addConnectionScript(login() + listing(2)
                               + QStringList {QStringLiteral("C: RETR 2"), QStringLiteral("S: +OK")}
                               + FakePop3Server::multiline(messageText(2)) + quit());
    Run r = satchel(addFake(QStringLiteral("Fake"), server.port(),
                            {QStringLiteral("--security"), QStringLiteral("tls")}));
    QCOMPARE(r.code, 0);
    r = satchel({QStringLiteral("fetch"), QStringLiteral("--password-stdin")}, Password + '\n');
    QVERIFY2(r.code == 4, QByteArray(r.out + r.err).constData());
    QVERIFY(r.out.contains("--trust-fingerprint"));
    QVERIFY(storedMessages().isEmpty());

    // Pinned by its fingerprint, the same certificate is accepted.
    QCOMPARE(
        satchel({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Fake")}).code,
        0);
    r = satchel(addFake(QStringLiteral("Fake"), server.port(),
                        {QStringLiteral("--security"), QStringLiteral("tls"),
                         QStringLiteral("--trust-fingerprint"),
                         QString::fromLatin1(cert.sha256().toHex())}));
    QCOMPARE(r.code, 0);
    r = satchel(
        {QStringLiteral("fetch"), QStringLiteral("Fake"), QStringLiteral("--password-stdin")},
        Password + '\n');
    QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
    QCOMPARE(storedMessages(), QList<QByteArray> {messageText(1)});

    // As a trust anchor from a CA file. The account was removed with its mail kept, so its
    // ledger stayed too: added again, it fetches only message 2.
    QCOMPARE(
        satchel({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Fake")}).code,
        0);
    r = satchel(addFake(QStringLiteral("Fake"), server.port(),
                        {QStringLiteral("--security"), QStringLiteral("tls"),
                         QStringLiteral("--ca-file"), cert.certificatePath()}));
    QCOMPARE(r.code, 0);
    r = satchel({QStringLiteral("fetch"), QStringLiteral("--password-stdin")}, Password + '\n');
    QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
    QVERIFY2(r.out.contains("Fake: 1 new"), r.out.constData());
    QCOMPARE(storedMessages(), (QList<QByteArray> {messageText(1), messageText(2)}));
    SATCHEL_VERIFY_CONVERSATION(server);
}

void TestFetchCommand::noPasswordAnywhere()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    QVERIFY(satchel(addFake(QStringLiteral("Fake"), server.port(),
                            {QStringLiteral("--security"), QStringLiteral("none")}))
                .code
            == 0);
    // No keychain here and no --password-stdin: exit 3 before any connection is made.
    const Run r = satchel({QStringLiteral("fetch")});
    QVERIFY2(r.code == 3, QByteArray(r.out + r.err).constData());
    QVERIFY(r.out.contains("--password-stdin"));
    QCOMPARE(server.connectionCount(), 0);
    // --password-stdin without a keychain: used once, said so, never written down. The account
    // was added, which is what was asked: exit 0, the warning says what became of the password.
    const Run added = satchel(addFake(QStringLiteral("Other"), server.port(),
                                      {QStringLiteral("--security"), QStringLiteral("none"),
                                       QStringLiteral("--password-stdin")}),
                              Password + '\n');
    QVERIFY2(added.code == app::Ok, added.err.constData());
    QVERIFY(added.err.contains("used for this run only"));
    QVERIFY(added.err.contains("'satchel fetch' with --password-stdin"));
    QVERIFY(listed().contains(QStringLiteral("Other")));
    // The same for a password replaced with account edit.
    const Run edited = satchel({QStringLiteral("account"), QStringLiteral("edit"),
                                QStringLiteral("Other"), QStringLiteral("--password-stdin")},
                               Password + '\n');
    QVERIFY2(edited.code == app::Ok, edited.err.constData());
    QVERIFY(edited.err.contains("used for this run only"));
    // No password on standard input: nothing is added or changed.
    const Run none = satchel(addFake(QStringLiteral("Third"), server.port(),
                                     {QStringLiteral("--security"), QStringLiteral("none"),
                                      QStringLiteral("--password-stdin")}));
    QCOMPARE(none.code, int(app::Problem));
    QVERIFY(none.err.contains("no password on standard input"));
    QVERIFY(!listed().contains(QStringLiteral("Third")));
    verifyNoPasswordInProfile();
}

void TestFetchCommand::passwordFromTheKeychain_data()
{
    QTest::addColumn<QString>("added");
    QTest::addColumn<QString>("edited");
    QTest::newRow("account add") << QString::fromLatin1(Password) << QString();
    // account edit --password-stdin replaces the one stored by account add.
    QTest::newRow("replaced by account edit")
        << QStringLiteral("an-old-password") << QString::fromLatin1(Password);
}

void TestFetchCommand::passwordFromTheKeychain()
{
    // The real keychain path end to end: GNOME Keyring on a private session bus, unlocked from
    // standard input; `account add --password-stdin` (or `account edit` after it) stores the
    // password there, `account list --json` says so, and a later `fetch` without it finds it.
    QFETCH(QString, added);
    QFETCH(QString, edited);
    const QString dbus = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (dbus.isEmpty() || keyring.isEmpty())
        QSKIP("dbus-run-session or gnome-keyring-daemon is missing (Debian packages dbus and "
              "gnome-keyring; bash .ci/setup --test installs them)");
    FakePop3Server server;
    QVERIFY(server.listen());
    server.addConnectionScript(login() + listing(1) + retrieveAll(1) + quit());
    QStringList add = addFake(
        QStringLiteral("Fake"), server.port(),
        {QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--password-stdin")});
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM",
                             "DBUS_SESSION_BUS_ADDRESS", "SATCHEL_NO_KEYCHAIN"})
        env.remove(QString::fromLatin1(name));
    const QString home = m_dir->filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
    p.setProcessEnvironment(env);
    // $1 keyring daemon, $2 satchel, $3 profile, $4 password to add, $5 password to edit (or
    // empty), then the account add arguments.
    const QString script = QStringLiteral(
        "k=$1; s=$2; prof=$3; pw=$4; edited=$5; shift 5; "
        "printf unlock | \"$k\" --unlock --components=secrets >/dev/null || exit 90; "
        "printf '%s\\n' \"$pw\" | \"$s\" --profile \"$prof\" \"$@\" || exit 91; "
        "if [ -n \"$edited\" ]; then printf '%s\\n' \"$edited\" | \"$s\" --profile \"$prof\" "
        "account edit Fake --password-stdin || exit 92; fi; "
        "\"$s\" --profile \"$prof\" account list --json || exit 93; "
        "exec \"$s\" --profile \"$prof\" fetch");
    QEventLoop loop;
    connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(dbus,
            QStringList {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                         QStringLiteral("sh"), keyring, QStringLiteral(SATCHEL_BINARY), m_profile,
                         added, edited}
                + add);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(p.state(), QProcess::NotRunning);
    const QByteArray output = p.readAll();
    QVERIFY2(p.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("Fake: 1 new"), output.constData());
    QVERIFY(!output.contains("used for this run only"));
    QVERIFY2(output.contains("\"password\":\"keychain\""), output.constData());
    QVERIFY(!output.contains(added.toUtf8()));
    SATCHEL_VERIFY_CONVERSATION(server);
    QCOMPARE(storedMessages(), QList<QByteArray> {messageText(1)});
    // Not in the profile, nor anywhere under HOME in clear (the keyring file is encrypted).
    verifyNoPasswordInProfile();
}

void TestFetchCommand::downloadHistory()
{
    // The fake server fails the session on any command its script does not expect: a RETR of a
    // message the history should know ends the run with an error.
    FakePop3Server server;
    QVERIFY(server.listen());
    Run r = satchel(addFake(QStringLiteral("Fake"), server.port(),
                            {QStringLiteral("--security"), QStringLiteral("none"),
                             QStringLiteral("--leave-on-server"), QStringLiteral("forever")}));
    QVERIFY2(r.code == 0, r.err.constData());
    const QStringList fetch {QStringLiteral("fetch"), QStringLiteral("--password-stdin")};
    server.setScript(login() + listing(3) + retrieveAll(3) + quit());
    r = satchel(fetch, Password + '\n');
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(storedMessages().size(), 3);

    // The history is lost (an archive restored without it): rebuilt from the stored messages,
    // the next check downloads nothing.
    {
        auto archive = must(
            store::Archive::open(QDir(m_profile).filePath(QStringLiteral("archive.sqlite"))));
        const qint64 account = must(archive->accountSettings()).keys().constFirst();
        QVERIFY(archive->pruneLedger(account, {}).ok());
        QVERIFY(must(archive->ledger(account)).isEmpty());
    }
    r = satchel(
        {QStringLiteral("account"), QStringLiteral("rebuild-ledger"), QStringLiteral("Fake")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("Fake: 3 messages added to the download history"), r.out.constData());
    server.setScript(login() + listing(3) + quit());
    r = satchel(fetch, Password + '\n');
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("Fake: 0 new"), r.out.constData());
    SATCHEL_VERIFY_CONVERSATION(server);
    QCOMPARE(storedMessages().size(), 3);
    r = satchel(
        {QStringLiteral("account"), QStringLiteral("rebuild-ledger"), QStringLiteral("Nobody")});
    QCOMPARE(r.code, 1);

    // Two more arrive; marked as downloaded, they are never fetched, and the next check
    // downloads nothing either.
    server.setScript(login() + listing(5) + quit());
    r = satchel(fetch + QStringList {QStringLiteral("--mark-all-downloaded")}, Password + '\n');
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("Fake: 2 marked as already downloaded, 0 deleted on the server, 5 "
                            "left on the server, 0 errors"),
             r.out.constData());
    SATCHEL_VERIFY_CONVERSATION(server);
    server.setScript(login() + listing(5) + quit());
    r = satchel(fetch, Password + '\n');
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("Fake: 0 new"), r.out.constData());
    SATCHEL_VERIFY_CONVERSATION(server);
    QCOMPARE(storedMessages().size(), 3);

    // The option belongs to fetch alone.
    r = satchel({QStringLiteral("account"), QStringLiteral("list"),
                 QStringLiteral("--mark-all-downloaded")});
    QCOMPARE(r.code, 2);
}

void TestFetchCommand::editKeepsMailAndHistory()
{
    // Every kind of setting changed with account edit, between fetches from the fake server,
    // which fails the session on any command its script does not expect: a RETR of a message
    // downloaded before ends the run with an error.
    const test::TestCertificate cert = test::TestCertificate::generate(m_dir->path());
    QVERIFY2(cert.isValid(), qPrintable(cert.errorString()));
    FakePop3Server server;
    QVERIFY(server.listen());
    Run r = satchel(addFake(QStringLiteral("Fake"), server.port(),
                            {QStringLiteral("--security"), QStringLiteral("none")}));
    QVERIFY2(r.code == 0, r.err.constData());
    const QStringList fetch {QStringLiteral("fetch"), QStringLiteral("--password-stdin")};
    server.setScript(login() + listing(3) + retrieveAll(3) + quit());
    r = satchel(fetch, Password + '\n');
    QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
    SATCHEL_VERIFY_CONVERSATION(server);
    const QList<QByteArray> mail = storedMessages();
    QCOMPARE(mail.size(), 3);
    const QStringList downloaded = history();
    QCOMPARE(downloaded.size(), 3);
    const qint64 id
        = listed().value(QStringLiteral("Fake")).value(QStringLiteral("id")).toInteger();

    const auto edit = [&](const QStringList &options) {
        return satchel(
            QStringList {QStringLiteral("account"), QStringLiteral("edit"), QStringLiteral("Fake")}
            + options);
    };
    const auto setting = [&](const char *key) {
        return listed().value(QStringLiteral("Fake")).value(QLatin1String(key));
    };
    // After each change: the same account, its mail and its history untouched.
    const auto unchanged = [&] {
        QCOMPARE(listed().value(QStringLiteral("Fake")).value(QStringLiteral("id")).toInteger(),
                 id);
        QCOMPARE(storedMessages(), mail);
        QCOMPARE(history(), downloaded);
    };

    // Host and user: another mailbox perhaps, so a warning; the history stays all the same.
    r = edit({QStringLiteral("--host"), QStringLiteral("pop.elsewhere.example")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("Changed account Fake: alice@pop.elsewhere.example:"),
             r.out.constData());
    QVERIFY2(r.err.contains("instead of alice@127.0.0.1"), r.err.constData());
    QVERIFY(r.err.contains("download history"));
    QCOMPARE(setting("host").toString(), QStringLiteral("pop.elsewhere.example"));
    unchanged();
    r = edit({QStringLiteral("--user"), QStringLiteral("bob@example.org")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.err.contains("instead of alice@pop.elsewhere.example"), r.err.constData());
    QCOMPARE(setting("user").toString(), QStringLiteral("bob@example.org"));
    QCOMPARE(setting("address").toString(), QStringLiteral("bob@example.org"));
    unchanged();
    r = edit({QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--user"),
              QStringLiteral("alice")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(setting("address").isNull());
    // A setting that changes nothing of the mailbox says nothing of it.
    r = edit({QStringLiteral("--auth"), QStringLiteral("USER")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(setting("auth").toString(), QStringLiteral("USER"));
    server.setScript(login() + listing(3) + quit());
    r = satchel(fetch, Password + '\n');
    QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
    QVERIFY2(r.out.contains("Fake: 0 new"), r.out.constData());
    SATCHEL_VERIFY_CONVERSATION(server);
    unchanged();

    // Security: a port chosen on purpose stays; the fake server speaks no TLS, so back again.
    r = edit({QStringLiteral("--security"), QStringLiteral("tls")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(setting("security").toString(), QStringLiteral("tls"));
    QCOMPARE(setting("port").toInt(), int(server.port()));
    QVERIFY(edit({QStringLiteral("--security"), QStringLiteral("none")}).code == 0);

    // Another port (the same mailbox behind it): only the new message is downloaded.
    FakePop3Server moved;
    QVERIFY(moved.listen());
    r = edit({QStringLiteral("--port"), QString::number(moved.port())});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(setting("port").toInt(), int(moved.port()));
    unchanged();
    moved.setScript(login() + listing(4)
                    + QStringList {QStringLiteral("C: RETR 4"),
                                   QStringLiteral("S: +OK %1 octets").arg(messageText(4).size())}
                    + FakePop3Server::multiline(messageText(4)) + quit());
    r = satchel(fetch, Password + '\n');
    QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
    QVERIFY2(r.out.contains("Fake: 1 new"), r.out.constData());
    SATCHEL_VERIFY_CONVERSATION(moved);
    QCOMPARE(storedMessages(), mail + QList<QByteArray> {messageText(4)});
    const QStringList four = history();
    QCOMPARE(four.size(), 4);
    for (const QString &row : downloaded)
        QVERIFY2(four.contains(row), qPrintable(row)); // the old rows exactly as they were

    // The limits, the certificate settings and headers only; then each back with --unset.
    r = edit({QStringLiteral("--keep-max-messages"), QStringLiteral("10"),
              QStringLiteral("--keep-max-mb"), QStringLiteral("5"), QStringLiteral("--max-size"),
              QStringLiteral("100"), QStringLiteral("--headers-only"),
              QStringLiteral("--trust-fingerprint"), QString::fromLatin1(cert.sha256().toHex()),
              QStringLiteral("--ca-file"), cert.certificatePath()});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(setting("keep_max_messages").toInt(), 10);
    QCOMPARE(setting("keep_max_bytes").toInteger(), qint64(5) * 1024 * 1024);
    QCOMPARE(setting("max_size_kb").toInt(), 100);
    QCOMPARE(setting("headers_only").toBool(), true);
    QCOMPARE(setting("trust_fingerprint").toString(),
             QString::fromLatin1(cert.sha256().toHex(':')));
    QCOMPARE(setting("ca_file").toString(), cert.certificatePath());
    moved.setScript(login() + listing(4) + quit());
    r = satchel(fetch, Password + '\n');
    QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
    QVERIFY2(r.out.contains("Fake: 0 new"), r.out.constData());
    SATCHEL_VERIFY_CONVERSATION(moved);
    r = edit({QStringLiteral("--unset"), QStringLiteral("keep-max-messages"),
              QStringLiteral("--unset"), QStringLiteral("keep-max-mb"), QStringLiteral("--unset"),
              QStringLiteral("max-size"), QStringLiteral("--unset"), QStringLiteral("headers-only"),
              QStringLiteral("--unset"), QStringLiteral("trust-fingerprint"),
              QStringLiteral("--unset"), QStringLiteral("ca-file"), QStringLiteral("--unset"),
              QStringLiteral("auth")});
    QVERIFY2(r.code == 0, r.err.constData());
    for (const char *key : {"keep_max_messages", "keep_max_bytes", "max_size_kb",
                            "trust_fingerprint", "ca_file", "auth"})
        QVERIFY2(setting(key).isNull(), key);
    QCOMPARE(setting("headers_only").toBool(), false);
    QCOMPARE(setting("port").toInt(), int(moved.port()));

    // The retention policy: "no" deletes what was downloaded before, and downloads nothing.
    r = edit({QStringLiteral("--leave-on-server"), QStringLiteral("no")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(setting("leave_on_server").toString(), QStringLiteral("no"));
    QStringList deleting = login() + listing(4);
    for (int n = 1; n <= 4; ++n)
        deleting << QStringLiteral("C: DELE %1").arg(n) << QStringLiteral("S: +OK");
    moved.setScript(deleting + quit());
    r = satchel(fetch, Password + '\n');
    QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
    QVERIFY2(r.out.contains("Fake: 0 new, 0 partial, 4 deleted on the server"), r.out.constData());
    SATCHEL_VERIFY_CONVERSATION(moved);
    QCOMPARE(storedMessages(), mail + QList<QByteArray> {messageText(4)});

    // The port back to the standard one of its security.
    r = edit({QStringLiteral("--unset"), QStringLiteral("port")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(setting("port").toInt(), 110);
    QCOMPARE(satchel({QStringLiteral("check")}).code, 0);
    verifyNoPasswordInProfile();
}

void TestFetchCommand::usageIsNotTryLater_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("says");
    const QString edit = QStringLiteral("edit");
    const QStringList editFake {QStringLiteral("account"), edit, QStringLiteral("Fake")};
    // fetch's own: one password line for each of two accounts, or one for all; three is wrong.
    QTest::newRow("fetch: password lines")
        << QStringList {QStringLiteral("fetch"), QStringLiteral("--password-stdin")}
        << QByteArray("a\nb\nc\n") << QByteArray("expected one password line");
    QTest::newRow("fetch: an option of account")
        << QStringList {QStringLiteral("fetch"), QStringLiteral("--leave-on-server"),
                        QStringLiteral("no")}
        << QByteArray() << QByteArray("--leave-on-server does not apply to fetch");
    QTest::newRow("fetch: --json")
        << QStringList {QStringLiteral("fetch"), QStringLiteral("--json")} << QByteArray()
        << QByteArray("--json does not apply to fetch");
    QTest::newRow("fetch: unknown option")
        << QStringList {QStringLiteral("fetch"), QStringLiteral("--all")} << QByteArray()
        << QByteArray("Unknown option");
    QTest::newRow("account edit: nothing to change")
        << editFake << QByteArray() << QByteArray("expected an option to change");
    QTest::newRow("account edit: bad port")
        << editFake + QStringList {QStringLiteral("--port"), QStringLiteral("0")} << QByteArray()
        << QByteArray("--port expects a port number");
    QTest::newRow("account edit: bad policy")
        << editFake + QStringList {QStringLiteral("--leave-on-server"), QStringLiteral("weekly")}
        << QByteArray() << QByteArray("--leave-on-server expects");
    QTest::newRow("account edit: empty host")
        << editFake + QStringList {QStringLiteral("--host"), QString()} << QByteArray()
        << QByteArray("--host expects");
    QTest::newRow("account edit: unset host")
        << editFake + QStringList {QStringLiteral("--unset"), QStringLiteral("host")}
        << QByteArray() << QByteArray("--unset expects one of port, auth,");
    QTest::newRow("account edit: set and unset")
        << editFake
            + QStringList {QStringLiteral("--max-size"), QStringLiteral("5"),
                           QStringLiteral("--unset"), QStringLiteral("max-size")}
        << QByteArray() << QByteArray("--max-size and --unset max-size");
    QTest::newRow("account edit: bad fingerprint")
        << editFake + QStringList {QStringLiteral("--trust-fingerprint"), QStringLiteral("zz")}
        << QByteArray() << QByteArray("--trust-fingerprint expects");
    QTest::newRow("account edit: two names")
        << editFake + QStringList {QStringLiteral("Other")} << QByteArray()
        << QByteArray("expected one account name");
    QTest::newRow("account add: --unset")
        << QStringList {QStringLiteral("account"), QStringLiteral("add"),
                        QStringLiteral("X"),       QStringLiteral("--host"),
                        QStringLiteral("h"),       QStringLiteral("--user"),
                        QStringLiteral("u"),       QStringLiteral("--security"),
                        QStringLiteral("tls"),     QStringLiteral("--unset"),
                        QStringLiteral("port")}
        << QByteArray() << QByteArray("--unset does not apply to account add");
    QTest::newRow("account remove: --json")
        << QStringList {QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Fake"),
                        QStringLiteral("--json")}
        << QByteArray() << QByteArray("--json does not apply to account remove");
    QTest::newRow("import") << QStringList {QStringLiteral("import")} << QByteArray()
                            << QByteArray("import: expected");
    QTest::newRow("search") << QStringList {QStringLiteral("search")} << QByteArray()
                            << QByteArray("search: expected");
    QTest::newRow("show") << QStringList {QStringLiteral("show"), QStringLiteral("x")}
                          << QByteArray() << QByteArray("not a message id");
    QTest::newRow("export") << QStringList {QStringLiteral("export")} << QByteArray()
                            << QByteArray("export: expected");
    QTest::newRow("check") << QStringList {QStringLiteral("check"), QStringLiteral("x")}
                           << QByteArray() << QByteArray("check: unexpected");
    QTest::newRow("no command") << QStringList {QStringLiteral("fecth")} << QByteArray()
                                << QByteArray("did you mean \"fetch\"");
}

void TestFetchCommand::usageIsNotTryLater()
{
    // A script that retries on "try later" must never loop on a mistake in its own command line:
    // every usage error is exit 2, and 2 is not 75.
    static_assert(app::Usage != app::TryLater);
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, says);
    FakePop3Server server;
    QVERIFY(server.listen());
    for (const QString &name : {QStringLiteral("Fake"), QStringLiteral("Other")}) {
        const Run added = satchel(
            addFake(name, server.port(), {QStringLiteral("--security"), QStringLiteral("none")}));
        QVERIFY2(added.code == 0, added.err.constData());
    }
    const QHash<QString, QJsonObject> before = listed();
    const Run r = satchel(arguments, input);
    QVERIFY2(r.code == app::Usage, QByteArray(r.out + r.err).constData());
    QVERIFY2(r.err.contains(says), r.err.constData());
    // Refused before anything was done: no connection, no setting changed.
    QCOMPARE(server.connectionCount(), 0);
    QCOMPARE(listed(), before);
}

void TestFetchCommand::dovecotTwoAccountsInParallel()
{
    SATCHEL_REQUIRE_DOVECOT();
    DovecotFixture one, two;
    QVERIFY2(one.start(), qPrintable(one.errorString()));
    QVERIFY2(two.start(), qPrintable(two.errorString()));
    QVERIFY(one.mailbox().addSynthetic(30));
    QVERIFY(two.mailbox().addSynthetic(20));
    QVERIFY(one.fixMaildirOwnership());
    QVERIFY(two.fixMaildirOwnership());
    const QString ca = m_dir->filePath(QStringLiteral("ca.pem"));
    {
        QFile f(ca);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(one.certificate().toPem() + two.certificate().toPem());
    }
    for (const auto &[name, d] :
         {std::pair<QString, DovecotFixture *> {QStringLiteral("One"), &one},
          {QStringLiteral("Two"), &two}}) {
        const Run r = satchel({QStringLiteral("account"), QStringLiteral("add"), name,
                               QStringLiteral("--host"), d->host(), QStringLiteral("--port"),
                               QString::number(d->pop3sPort()), QStringLiteral("--security"),
                               QStringLiteral("tls"), QStringLiteral("--user"), d->userName(),
                               QStringLiteral("--ca-file"), ca, QStringLiteral("--leave-on-server"),
                               name == u"One" ? QStringLiteral("no") : QStringLiteral("forever")});
        QVERIFY2(r.code == 0, r.err.constData());
    }
    const QByteArray passwords = one.password().toUtf8() + '\n' + two.password().toUtf8() + '\n';
    Run r = satchel({QStringLiteral("fetch"), QStringLiteral("One"), QStringLiteral("Two"),
                     QStringLiteral("--password-stdin")},
                    passwords);
    QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
    QVERIFY2(r.out.contains("One: 30 new, 0 partial, 30 deleted on the server, 0 left"),
             r.out.constData());
    QVERIFY2(r.out.contains("Two: 20 new, 0 partial, 0 deleted on the server, 20 left"),
             r.out.constData());
    // Byte for byte what Dovecot serves.
    QList<QByteArray> expected;
    for (const auto &m : one.mailbox().messages())
        expected << test::CorpusMaildir::expectedRetrContent(m.bytes);
    for (const auto &m : two.mailbox().messages())
        expected << test::CorpusMaildir::expectedRetrContent(m.bytes);
    QList<QByteArray> stored = storedMessages();
    std::sort(expected.begin(), expected.end());
    std::sort(stored.begin(), stored.end());
    QCOMPARE(stored, expected);
    QCOMPARE(QDir(one.maildir() + QStringLiteral("/cur")).entryList(QDir::Files).size(), 0);

    // Again: nothing new, nothing stored twice.
    r = satchel({QStringLiteral("fetch"), QStringLiteral("--password-stdin")}, passwords);
    QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
    QVERIFY(r.out.contains("One: 0 new"));
    QVERIFY(r.out.contains("Two: 0 new, 0 partial, 0 deleted on the server, 20 left"));
    QCOMPARE(storedMessages().size(), 50);
    QCOMPARE(satchel({QStringLiteral("check")}).code, 0);

    // A wrong password: exit 3, and a plain sentence; an account named twice is fetched once.
    r = satchel({QStringLiteral("fetch"), QStringLiteral("Two"), QStringLiteral("Two"),
                 QStringLiteral("--password-stdin")},
                "wrong\n");
    QVERIFY2(r.code == 3, QByteArray(r.out + r.err).constData());
    QCOMPARE(r.out.count("Two: error: "), 1);
}

void TestFetchCommand::dovecotRefusingApopWithTheDefaultLogin()
{
    // As a new user would: `account add` left on the default login, against a server that
    // advertises APOP (a timestamp in its greeting) but keeps only a hash of the password, so it
    // refuses it. `fetch` gets everything, and the account remembers the method that worked.
    SATCHEL_REQUIRE_DOVECOT();
    test::DovecotOptions options;
    options.passwordScheme = QStringLiteral("SHA512-CRYPT");
    options.authMechanisms = QStringLiteral("plain login apop");
    DovecotFixture dovecot(options);
    QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
    QVERIFY(dovecot.mailbox().addSynthetic(12));
    QVERIFY(dovecot.fixMaildirOwnership());
    const QString ca = m_dir->filePath(QStringLiteral("ca.pem"));
    {
        QFile f(ca);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(dovecot.certificate().toPem());
    }
    Run r = satchel({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("Isp"),
                     QStringLiteral("--host"), dovecot.host(), QStringLiteral("--port"),
                     QString::number(dovecot.pop3sPort()), QStringLiteral("--security"),
                     QStringLiteral("tls"), QStringLiteral("--user"), dovecot.userName(),
                     QStringLiteral("--ca-file"), ca});
    QVERIFY2(r.code == 0, r.err.constData());
    const QByteArray password = dovecot.password().toUtf8() + '\n';
    r = satchel({QStringLiteral("fetch"), QStringLiteral("--password-stdin")}, password);
    QVERIFY2(r.code == 0, QByteArray(r.out + r.err + dovecot.logTail().toUtf8()).constData());
    QVERIFY2(r.out.contains("Isp: 12 new"), r.out.constData());
    QCOMPARE(storedMessages().size(), 12);
    // Dovecot refused APOP for want of the scheme it needs (once: then PLAIN worked).
    const QString log = dovecot.logTail(400);
    QCOMPARE(log.count(QLatin1String("but we have only SHA512-CRYPT")), 1);
    {
        auto archive = must(
            store::Archive::open(QDir(m_profile).filePath(QStringLiteral("archive.sqlite"))));
        const QList<accounts::AccountSettings> accounts = must(accounts::loadAccounts(*archive));
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().loginMethod, pop3::LoginMethod::automatic());
        QCOMPARE(accounts.first().rememberedLogin,
                 pop3::LoginMethod::sasl(pop3::SaslMechanismKind::Plain));
    }

    // The next check goes straight to the method that worked.
    QVERIFY(dovecot.mailbox().addSynthetic(3));
    QVERIFY(dovecot.fixMaildirOwnership());
    r = satchel({QStringLiteral("fetch"), QStringLiteral("--password-stdin")}, password);
    QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
    QVERIFY2(r.out.contains("Isp: 3 new"), r.out.constData());
    QCOMPARE(storedMessages().size(), 15);
}

QTEST_GUILESS_MAIN(TestFetchCommand)
#include "tst_fetchcommand.moc"

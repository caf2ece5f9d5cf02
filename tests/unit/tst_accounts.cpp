// Account settings in the archive, and the SecretStore: in memory, and the real QtKeychain path
// against GNOME Keyring on a private D-Bus session.
#include "Must.h"
#include "accounts/AccountSettings.h"
#include "accounts/KeychainSecretStore.h"
#include "accounts/MemorySecretStore.h"
#include "store/Archive.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace satchel;
using namespace satchel::accounts;
using satchel::test::must;

namespace {

QByteArray mail(int n)
{
    return "From: a@example.org\r\nTo: b@example.org\r\nSubject: kangaroo " + QByteArray::number(n)
        + "\r\nMessage-ID: <k" + QByteArray::number(n) + "@example.org>\r\n\r\nbody\r\n";
}

AccountSettings everything()
{
    AccountSettings a;
    a.name = QStringLiteral("Work");
    a.displayName = QStringLiteral("Work mail");
    a.address = QStringLiteral("me@example.org");
    a.host = QStringLiteral("pop.example.org");
    a.port = 1995;
    a.security = pop3::Security::StartTls;
    a.user = QStringLiteral("me");
    a.loginMethod = pop3::LoginMethod::sasl(pop3::SaslMechanismKind::ScramSha256);
    a.retention.maxDays = 14;
    a.retention.maxMessages = 500;
    a.retention.maxBytes = qint64(300) * 1024 * 1024;
    a.headersOnly = true;
    a.maxMessageKb = 2048;
    a.checkIntervalMinutes = 15;
    a.pinnedSha256 = QByteArray(32, '\xab');
    a.caFile = QStringLiteral("/etc/ssl/private-ca.pem");
    return a;
}

const char *const KeychainChildVariable = "SATCHEL_KEYCHAIN_CHILD";

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsRoundTrip();
    void olderSettingsLoad_data();
    void olderSettingsLoad();
    void names_data();
    void names();
    void fingerprints();
    void sessionSettings();
    void storedInTheArchive();
    void removeKeepsOrDeletesMail();
    void memoryStoreOutcomes();
    void keychainStore();
};

void TestAccounts::settingsRoundTrip()
{
    const AccountSettings a = everything();
    const AccountSettings b = must(AccountSettings::fromJson(7, a.toJson()));
    QCOMPARE(b.accountId, 7);
    QCOMPARE(b.displayName, a.displayName);
    QCOMPARE(b.address, a.address);
    QCOMPARE(b.host, a.host);
    QCOMPARE(b.port, a.port);
    QCOMPARE(b.security, a.security);
    QCOMPARE(b.user, a.user);
    QCOMPARE(b.loginMethod, a.loginMethod);
    QCOMPARE(b.retention.deleteAfterDownload, false);
    QCOMPARE(b.retention.maxDays, std::optional<int>(14));
    QCOMPARE(b.retention.maxMessages, std::optional<int>(500));
    QCOMPARE(b.retention.maxBytes, std::optional<qint64>(qint64(300) * 1024 * 1024));
    QCOMPARE(b.retention.untilDeletedHere, false);
    QCOMPARE(b.headersOnly, true);
    QCOMPARE(b.maxMessageKb, std::optional<qint64>(2048));
    QCOMPARE(b.checkIntervalMinutes, 15);
    QCOMPARE(b.pinnedSha256, a.pinnedSha256);
    QCOMPARE(b.caFile, a.caFile);
    // What a caller sees of it for fetching.
    const sync::FetchSettings f = b.fetchSettings();
    QCOMPARE(f.accountId, 7);
    QCOMPARE(f.policy.maxDays, std::optional<int>(14));
    QCOMPARE(f.maxMessageBytes, std::optional<qint64>(2048 * 1024));
    // No limit is no limit all the way down.
    AccountSettings unlimited = b;
    unlimited.maxMessageKb.reset();
    QCOMPARE(must(AccountSettings::fromJson(7, unlimited.toJson())).maxMessageKb, std::nullopt);
    QCOMPARE(unlimited.fetchSettings().maxMessageBytes, std::nullopt);

    QVERIFY(!AccountSettings::fromJson(1, "{not json").ok());
    QCOMPARE(AccountSettings::fromJson(1, R"({"format": 99})").error().code,
             Error::Code::SchemaTooNew);
}

// Profiles written before the login method, the size limit and the retention got their own
// types: their JSON loads unchanged (format 1 throughout).
void TestAccounts::olderSettingsLoad_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("loginMethod");
    QTest::addColumn<qint64>("maxMessageKb"); // 0: none
    QTest::addColumn<QString>("leaveOnServer");
    // `account add --auth scram-sha-256` stored the mechanism as typed; 0 was "no size limit".
    QTest::newRow("typed mechanism, no limit")
        << QByteArray(R"({"format":1,"displayName":"Work mail","address":"me@example.org",)"
                      R"("host":"pop.example.org","port":1995,"security":"starttls","user":"me",)"
                      R"("auth":"scram-sha-256","retention":{"deleteAfterDownload":false,)"
                      R"("maxDays":14,"untilDeletedHere":false,"maxMessages":500},)"
                      R"("headersOnly":false,"headersOnlyWhenMetered":false,"maxMessageKb":0,)"
                      R"("checkIntervalMinutes":15,"pinnedSha256":"","caFile":""})")
        << "SCRAM-SHA-256" << qint64(0) << "days:14";
    QTest::newRow("automatic, a limit")
        << QByteArray(R"({"format":1,"displayName":"","address":"","host":"h","port":995,)"
                      R"("security":"tls","user":"u","auth":"","retention":)"
                      R"({"deleteAfterDownload":false,"untilDeletedHere":false},)"
                      R"("headersOnly":false,"headersOnlyWhenMetered":true,)"
                      R"("maxMessageKb":2048,"checkIntervalMinutes":0,"pinnedSha256":"",)"
                      R"("caFile":""})")
        << "" << qint64(2048) << "forever";
    QTest::newRow("APOP, delete after download")
        << QByteArray(R"({"format":1,"host":"h","port":110,"security":"none","user":"u",)"
                      R"("auth":"APOP","retention":{"deleteAfterDownload":true,)"
                      R"("untilDeletedHere":false},"maxMessageKb":0})")
        << "APOP" << qint64(0) << "no";
    QTest::newRow("USER, until deleted")
        << QByteArray(R"({"format":1,"host":"h","security":"tls","user":"u","auth":"user",)"
                      R"("retention":{"deleteAfterDownload":false,"untilDeletedHere":true}})")
        << "USER" << qint64(0) << "until-deleted";
}

void TestAccounts::olderSettingsLoad()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, loginMethod);
    QFETCH(qint64, maxMessageKb);
    QFETCH(QString, leaveOnServer);
    const AccountSettings a = must(AccountSettings::fromJson(3, json));
    QCOMPARE(a.loginMethod.name(), loginMethod);
    QCOMPARE(a.maxMessageKb, maxMessageKb ? std::optional<qint64>(maxMessageKb) : std::nullopt);
    QCOMPARE(a.retention.modeName(), leaveOnServer);
    QCOMPARE(a.fetchSettings().maxMessageBytes,
             maxMessageKb ? std::optional<qint64>(maxMessageKb * 1024) : std::nullopt);
    // Written again, it reads back the same.
    const AccountSettings b = must(AccountSettings::fromJson(3, a.toJson()));
    QCOMPARE(b.loginMethod, a.loginMethod);
    QCOMPARE(b.maxMessageKb, a.maxMessageKb);
    QCOMPARE(b.retention, a.retention);
    QCOMPARE(b.security, a.security);
    QCOMPARE(b.port, a.port);

    // A login method this Satchel does not speak is a damaged setting, not a silent "automatic".
    QJsonObject unknown = QJsonDocument::fromJson(json).object();
    unknown.insert(QStringLiteral("auth"), QStringLiteral("MAGIC"));
    const Result<AccountSettings> refused
        = AccountSettings::fromJson(3, QJsonDocument(unknown).toJson());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Corrupt);
    QVERIFY(refused.error().message.contains(QStringLiteral("MAGIC")));
}

// The stored and typed names of the security and the login method (--security, --auth, JSON).
void TestAccounts::names_data()
{
    QTest::addColumn<QString>("auth");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("automatic") << "" << true << "";
    QTest::newRow("USER") << "USER" << true << "USER";
    QTest::newRow("user") << "user" << true << "USER";
    QTest::newRow("apop") << "apop" << true << "APOP";
    QTest::newRow("SCRAM-SHA-256") << "SCRAM-SHA-256" << true << "SCRAM-SHA-256";
    QTest::newRow("cram-md5") << "cram-md5" << true << "CRAM-MD5";
    QTest::newRow("XOAUTH2") << "xoauth2" << true << "XOAUTH2";
    QTest::newRow("OAUTHBEARER") << "OAUTHBEARER" << true << "OAUTHBEARER";
    QTest::newRow("unknown") << "MAGIC" << false << "";
    QTest::newRow("space") << "PLAIN " << false << "";
}

void TestAccounts::names()
{
    QFETCH(QString, auth);
    QFETCH(bool, known);
    QFETCH(QString, canonical);
    const std::optional<pop3::LoginMethod> method = pop3::LoginMethod::fromName(auth);
    QCOMPARE(method.has_value(), known);
    if (!known)
        return;
    QCOMPARE(method->name(), canonical);
    QCOMPARE(method->isAutomatic(), auth.isEmpty());
    QCOMPARE(pop3::LoginMethod::fromName(method->name()), method);

    // What a user may choose reads back from its name, automatic first.
    const QList<pop3::LoginMethod> choices = pop3::LoginMethod::choices();
    QVERIFY(choices.first().isAutomatic());
    for (const pop3::LoginMethod &choice : choices)
        QCOMPARE(pop3::LoginMethod::fromName(choice.name()), std::optional(choice));

    for (const pop3::Security security :
         {pop3::Security::ImplicitTls, pop3::Security::StartTls, pop3::Security::None}) {
        QCOMPARE(pop3::securityFromName(pop3::securityName(security)), std::optional(security));
        QCOMPARE(pop3::securityFromName(pop3::securityName(security).toUpper()),
                 std::optional(security));
    }
    QCOMPARE(pop3::securityName(pop3::Security::ImplicitTls), QStringLiteral("tls"));
    QCOMPARE(pop3::securityName(pop3::Security::StartTls), QStringLiteral("starttls"));
    QCOMPARE(pop3::securityName(pop3::Security::None), QStringLiteral("none"));
    QCOMPARE(pop3::securityFromName(u"ssl"), std::nullopt);
    QCOMPARE(pop3::standardPort(pop3::Security::ImplicitTls), quint16(995));
    QCOMPARE(pop3::standardPort(pop3::Security::StartTls), quint16(110));
    QCOMPARE(pop3::standardPort(pop3::Security::None), quint16(110));
}

void TestAccounts::fingerprints()
{
    const QByteArray raw
        = QByteArray::fromHex("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    QCOMPARE(parseFingerprint(QString::fromLatin1(raw.toHex())), raw);
    QCOMPARE(parseFingerprint(QString::fromLatin1(raw.toHex(':').toUpper())), raw);
    QVERIFY(parseFingerprint(QStringLiteral("0123")).isEmpty());
    QVERIFY(parseFingerprint(QString::fromLatin1(raw.toHex()) + u'x').isEmpty());
}

void TestAccounts::sessionSettings()
{
    AccountSettings a = everything();
    a.caFile.clear();
    pop3::SessionSettings s = must(a.sessionSettings());
    QCOMPARE(s.host, a.host);
    QCOMPARE(s.port, a.port);
    QCOMPARE(s.security, pop3::Security::StartTls);
    QCOMPARE(s.loginMethod, pop3::LoginMethod::sasl(pop3::SaslMechanismKind::ScramSha256));
    QCOMPARE(s.acceptedCertificateSha256, a.pinnedSha256);
    QVERIFY(s.secret.isEmpty()); // the password never comes from the settings
    QVERIFY(!s.allowCleartextPassword);
    a.security = pop3::Security::None; // chosen explicitly: the link is trusted
    QVERIFY(must(a.sessionSettings()).allowCleartextPassword);

    QTemporaryDir dir;
    a.caFile = dir.filePath(QStringLiteral("missing.pem"));
    QCOMPARE(a.sessionSettings().error().code, Error::Code::Io);
    QFile empty(dir.filePath(QStringLiteral("empty.pem")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    a.caFile = empty.fileName();
    QCOMPARE(a.sessionSettings().error().code, Error::Code::Invalid);
}

void TestAccounts::storedInTheArchive()
{
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("profile"));
    const QString path = profile + QStringLiteral("/archive.sqlite");
    {
        auto archive = must(store::Archive::open(path));
        QVERIFY(must(loadAccounts(*archive)).isEmpty());
        (void)must(archive->createAccount(QStringLiteral("Local"))); // imports: no settings
        const qint64 id = must(saveAccount(*archive, everything()));
        AccountSettings second = everything();
        second.name = QStringLiteral("Home");
        second.host = QStringLiteral("pop.home.example");
        const qint64 homeId = must(saveAccount(*archive, second));
        QVERIFY(homeId != id);

        const QList<AccountSettings> all = must(loadAccounts(*archive));
        QCOMPARE(all.size(), 2); // not "Local"
        QCOMPARE(all.at(0).name, QStringLiteral("Home")); // by name
        QCOMPARE(all.at(0).accountId, homeId);
        QCOMPARE(all.at(1).name, QStringLiteral("Work"));
        QCOMPARE(all.at(1).host, QStringLiteral("pop.example.org"));
        QCOMPARE(all.at(1).secretKey(), QStringLiteral("account-%1").arg(id));

        // Saving again updates in place.
        AccountSettings changed = all.at(1);
        changed.port = 995;
        QCOMPARE(must(saveAccount(*archive, changed)), id);
        QCOMPARE(must(loadAccounts(*archive)).at(1).port, 995);
    }
    // The profile is the user's alone; the settings hold no password at all.
    QCOMPARE(QFile::permissions(path) & 0x0077, QFileDevice::Permissions());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("pop.home.example"));
}

void TestAccounts::removeKeepsOrDeletesMail()
{
    QTemporaryDir dir;
    auto archive = must(store::Archive::open(dir.filePath(QStringLiteral("archive.sqlite"))));
    AccountSettings keep = everything();
    keep.name = QStringLiteral("Keep");
    AccountSettings drop = everything();
    drop.name = QStringLiteral("Drop");
    keep.accountId = must(saveAccount(*archive, keep));
    drop.accountId = must(saveAccount(*archive, drop));
    for (const AccountSettings *a : {&keep, &drop}) {
        for (int n = 0; n < 3; ++n) {
            store::NewMessage m;
            m.accountId = a->accountId;
            m.folderId = must(archive->specialFolder(a->accountId, store::FolderRole::Inbox));
            m.raw = mail(int(a->accountId) * 10 + n);
            m.arrival = QDateTime::currentDateTimeUtc();
            m.uidl = QStringLiteral("u%1").arg(n);
            (void)must(archive->insertMessage(m));
        }
    }
    QCOMPARE(must(archive->searchIds(QStringLiteral("kangaroo"))).size(), 6);

    // Without --delete-mail: no more fetching (the settings go), the mail and the ledger stay,
    // so adding it again does not download anything twice.
    QVERIFY(archive->removeAccount(keep.accountId, false).ok());
    QCOMPARE(must(loadAccounts(*archive)).size(), 1);
    QCOMPARE(must(archive->ledger(keep.accountId)).size(), 3);
    QCOMPARE(must(archive->messageIds()).size(), 6);

    // With it: the account, its folders, messages and index entries, in one transaction.
    QVERIFY(archive->removeAccount(drop.accountId, true).ok());
    QVERIFY(must(loadAccounts(*archive)).isEmpty());
    QCOMPARE(must(archive->messageIds()).size(), 3);
    QCOMPARE(must(archive->searchIds(QStringLiteral("kangaroo"))).size(), 3);
    QVERIFY(!must(archive->accountNames()).contains(drop.accountId));
    QVERIFY(must(archive->folders(drop.accountId)).isEmpty());
    QVERIFY(must(archive->ledger(drop.accountId)).isEmpty());
    QCOMPARE(must(archive->checkIntegrity()), QStringList());
    QCOMPARE(archive->removeAccount(drop.accountId, true).error().code, Error::Code::NotFound);

    // Adding "Keep" again finds its mail where it was.
    AccountSettings again = everything();
    again.name = QStringLiteral("Keep");
    QCOMPARE(must(saveAccount(*archive, again)), keep.accountId);
}

void TestAccounts::memoryStoreOutcomes()
{
    MemorySecretStore store;
    bool answered = false;
    store.read(QStringLiteral("k"), this, [&](const SecretReply &reply) {
        answered = true;
        QCOMPARE(reply.outcome, SecretReply::Outcome::NotFound);
    });
    QVERIFY(!answered); // asynchronous, like a real keychain
    QTRY_VERIFY(answered);

    QCOMPARE(store.writeNow(QStringLiteral("k"), QStringLiteral("s3cret")).outcome,
             SecretReply::Outcome::Ok);
    const SecretReply read = store.readNow(QStringLiteral("k"));
    QCOMPARE(read.outcome, SecretReply::Outcome::Ok);
    QCOMPARE(read.secret, QStringLiteral("s3cret"));

    store.setFailure(SecretReply::Outcome::Refused);
    const SecretReply refused = store.readNow(QStringLiteral("k"));
    QCOMPARE(refused.outcome, SecretReply::Outcome::Refused);
    QVERIFY(refused.secret.isEmpty());
    QVERIFY(!refused.message.isEmpty());
    store.setFailure(SecretReply::Outcome::Unavailable);
    QCOMPARE(store.writeNow(QStringLiteral("k"), QStringLiteral("other")).outcome,
             SecretReply::Outcome::Unavailable);
    store.setFailure(SecretReply::Outcome::Ok);
    QCOMPARE(store.readNow(QStringLiteral("k")).secret, QStringLiteral("s3cret"));

    QCOMPARE(store.removeNow(QStringLiteral("k")).outcome, SecretReply::Outcome::Ok);
    QCOMPARE(store.removeNow(QStringLiteral("k")).outcome, SecretReply::Outcome::NotFound);
    QCOMPARE(store.readNow(QStringLiteral("k")).outcome, SecretReply::Outcome::NotFound);

    // A context that is gone gets no answer.
    bool late = false;
    {
        QObject context;
        store.read(QStringLiteral("k"), &context, [&](const SecretReply &) { late = true; });
    }
    QTest::qWait(20);
    QVERIFY(!late);
}

void TestAccounts::keychainStore()
{
    if (qEnvironmentVariableIsEmpty(KeychainChildVariable)) {
        // The parent: a private session bus with GNOME Keyring on it, unlocked with a password
        // read from standard input, and a throwaway HOME so the user's keyring is never touched.
        const QString dbus = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        const QString keyring
            = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
        if (dbus.isEmpty() || keyring.isEmpty())
            QSKIP("dbus-run-session or gnome-keyring-daemon is missing (Debian packages "
                  "dbus-daemon and gnome-keyring; bash .ci/setup --test installs them)");
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(KeychainChildVariable), QStringLiteral("1"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(dbus,
                    {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("printf 'unlock-me' | \"$1\" --unlock --components=secrets "
                                    ">/dev/null && exec \"$2\" keychainStore"),
                     QStringLiteral("sh"), keyring, QCoreApplication::applicationFilePath()});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 output.constData());
        QVERIFY2(output.contains("PASS   : TestAccounts::keychainStore()"), output.constData());
        // The password never reached a file in clear (gnome-keyring encrypts its keyrings).
        const QString keyrings = home.filePath(QStringLiteral("data/keyrings"));
        for (const QString &name : QDir(keyrings).entryList(QDir::Files)) {
            QFile f(keyrings + u'/' + name);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains("correct horse battery"));
        }
        return;
    }

    // The child, on the private bus.
    KeychainSecretStore store(
        QStringLiteral("Satchel test %1").arg(QCoreApplication::applicationPid()));
    const QString key = QStringLiteral("account-1");
    QCOMPARE(store.readNow(key).outcome, SecretReply::Outcome::NotFound);
    const SecretReply written = store.writeNow(key, QStringLiteral("correct horse battery"));
    QVERIFY2(written.ok(), qPrintable(written.message));
    const SecretReply read = store.readNow(key);
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.secret, QStringLiteral("correct horse battery"));
    QVERIFY(store.writeNow(key, QStringLiteral("changed")).ok());
    QCOMPARE(store.readNow(key).secret, QStringLiteral("changed"));
    QVERIFY(store.removeNow(key).ok());
    QCOMPARE(store.readNow(key).outcome, SecretReply::Outcome::NotFound);
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"

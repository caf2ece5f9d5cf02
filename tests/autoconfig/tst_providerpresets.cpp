// The provider presets of the account wizard: the embedded data file is complete and valid, and
// an address finds its provider.
#include "autoconfig/ProviderPresets.h"
#include "oauth/ProviderLookup.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace satchel::autoconfig;
using satchel::pop3::Security;

class TestProviderPresets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embeddedFileIsValid();
    void everyRequiredProviderIsThere();
    void everyEntryIsUsable();
    void lookupByAddress_data();
    void lookupByAddress();
    void gmailFacts();
    void icloudHasNoPop3();
    void oauthSignIns();
    void appPasswordRoutes();
    void missingClientIdSaysSo();
    void userNames();
    void invalidEntriesAreRefused_data();
    void invalidEntriesAreRefused();
};

namespace {

QByteArray embedded()
{
    QFile file(QStringLiteral(":/satchel/providers.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject validEntry()
{
    return QJsonDocument::fromJson(R"({"id": "x", "name": "X", "domains": ["x.example"],
        "pop3": {"host": "pop.x.example", "port": 995, "security": "tls"},
        "userName": "%EMAILADDRESS%", "alternativeUserNames": [], "notes": [],
        "settingsUrl": "", "verify": ""})")
        .object();
}

QByteArray fileWith(const QList<QJsonObject> &entries)
{
    QJsonArray list;
    for (const QJsonObject &entry : entries)
        list.append(entry);
    return QJsonDocument(QJsonObject {{QStringLiteral("providers"), list}}).toJson();
}

} // namespace

void TestProviderPresets::embeddedFileIsValid()
{
    const QByteArray json = embedded();
    QVERIFY2(!json.isEmpty(), "providers.json is not embedded as :/satchel/providers.json");
    const auto parsed = ProviderPresets::fromJson(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(ProviderPresets::builtIn().all().size(), parsed->all().size());
}

void TestProviderPresets::everyRequiredProviderIsThere()
{
    const ProviderPresets &presets = ProviderPresets::builtIn();
    // Issue 6's list: each by one of its well-known domains.
    const QStringList domains {QStringLiteral("gmail.com"),   QStringLiteral("outlook.com"),
                               QStringLiteral("hotmail.com"), QStringLiteral("yahoo.com"),
                               QStringLiteral("icloud.com"),  QStringLiteral("gmx.de"),
                               QStringLiteral("web.de"),      QStringLiteral("yandex.ru"),
                               QStringLiteral("zoho.com"),    QStringLiteral("fastmail.com"),
                               QStringLiteral("aol.com"),     QStringLiteral("mail.ru"),
                               QStringLiteral("orange.fr"),   QStringLiteral("libero.it"),
                               QStringLiteral("t-online.de")};
    for (const QString &domain : domains)
        QVERIFY2(presets.findByDomain(domain).has_value(), qPrintable(domain));
}

void TestProviderPresets::everyEntryIsUsable()
{
    const ProviderPresets &presets = ProviderPresets::builtIn();
    QVERIFY(presets.all().size() >= 14);
    for (const ProviderPreset &preset : presets.all()) {
        QVERIFY2(!preset.domains.isEmpty(), qPrintable(preset.id));
        if (preset.hasPop3) {
            // Every POP3 preset uses TLS on the standard port: none is plain text.
            QVERIFY2(preset.security != Security::None, qPrintable(preset.id));
            QVERIFY2(preset.port == 995 || preset.port == 110, qPrintable(preset.id));
            QVERIFY2(preset.host.contains(u'.'), qPrintable(preset.id));
        }
        QVERIFY2(preset.userNameFor(QStringLiteral("ann@example.org")).contains(u"ann"),
                 qPrintable(preset.id));
        // Every note has a sentence, and it names nothing by an untranslated code.
        for (const QString &sentence : preset.explanations()) {
            QVERIFY2(!sentence.isEmpty(), qPrintable(preset.id));
            QVERIFY(!sentence.contains(u'%'));
        }
        QCOMPARE(preset.explanations().size(), preset.notes.size());
        // Its own domains find it.
        for (const QString &domain : preset.domains)
            QCOMPARE(presets.findByDomain(domain)->id, preset.id);
    }
    for (const QString &code : ProviderPresets::knownNoteCodes())
        QVERIFY(!ProviderPresets::noteText(code, ProviderPreset {}).isEmpty());
    QVERIFY(ProviderPresets::noteText(QStringLiteral("no-such-note"), ProviderPreset {}).isEmpty());
}

void TestProviderPresets::lookupByAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("id"); // empty: no preset
    QTest::newRow("gmail") << "someone@gmail.com"
                           << "gmail";
    QTest::newRow("case and space") << "  Some.One@GoogleMail.COM "
                                    << "gmail";
    QTest::newRow("hotmail") << "a@hotmail.co.uk"
                             << "outlook";
    QTest::newRow("quoted local part with @") << "\"a@b\"@web.de"
                                              << "webde";
    QTest::newRow("trailing dot") << "a@t-online.de."
                                  << "tonline";
    QTest::newRow("subdomain is not the provider") << "a@mail.gmail.com.evil.example"
                                                   << "";
    QTest::newRow("unknown") << "a@example.org"
                             << "";
    QTest::newRow("no domain") << "gmail.com"
                               << "";
}

void TestProviderPresets::lookupByAddress()
{
    QFETCH(QString, address);
    QFETCH(QString, id);
    const auto preset = ProviderPresets::builtIn().findByAddress(address);
    QCOMPARE(preset.has_value(), !id.isEmpty());
    if (preset)
        QCOMPARE(preset->id, id);
}

void TestProviderPresets::gmailFacts()
{
    const auto gmail = ProviderPresets::builtIn().findById(QStringLiteral("gmail"));
    QVERIFY(gmail);
    QCOMPARE(gmail->host, QStringLiteral("pop.gmail.com"));
    QCOMPARE(gmail->port, quint16(995));
    QCOMPARE(gmail->security, Security::ImplicitTls);
    QCOMPARE(gmail->alternativeUserNamesFor(QStringLiteral("ann@gmail.com")),
             QStringList {QStringLiteral("recent:ann@gmail.com")});
    const QString notes = gmail->explanations().join(u' ');
    QVERIFY(notes.contains(QStringLiteral("recent:")));
    QVERIFY(notes.contains(QStringLiteral("app password")));
    QVERIFY(gmail->notes.contains(QStringLiteral("gmail-expire-zero")));
    QVERIFY(gmail->notes.contains(QStringLiteral("enable-pop")));
}

void TestProviderPresets::icloudHasNoPop3()
{
    const auto icloud = ProviderPresets::builtIn().findByAddress(QStringLiteral("x@me.com"));
    QVERIFY(icloud);
    QVERIFY(!icloud->hasPop3);
    QVERIFY(icloud->host.isEmpty());
    QVERIFY(icloud->explanations().join(u' ').contains(QStringLiteral("does not offer POP3")));
}

void TestProviderPresets::oauthSignIns()
{
    using satchel::pop3::SaslMechanismKind;
    const ProviderPresets &presets = ProviderPresets::builtIn();
    // Issue 18: the scope, the server and the login form of each provider.
    const auto microsoft = presets.findByOAuthId(QStringLiteral("microsoft"));
    QVERIFY(microsoft && microsoft->oauth);
    QCOMPARE(microsoft->oauth->scope,
             QStringLiteral("https://outlook.office.com/POP.AccessAsUser.All offline_access"));
    QCOMPARE(microsoft->host, QStringLiteral("outlook.office365.com"));
    QCOMPARE(microsoft->port, quint16(995));
    QCOMPARE(microsoft->oauth->mechanism, SaslMechanismKind::XOAuth2);
    QVERIFY(!microsoft->oauth->initialResponse); // the token after the "+"
    QCOMPARE(microsoft->oauth->tokenUrl.host(), QStringLiteral("login.microsoftonline.com"));

    const auto google = presets.findByOAuthId(QStringLiteral("google"));
    QVERIFY(google && google->oauth);
    QCOMPARE(google->id, QStringLiteral("gmail"));
    QCOMPARE(google->oauth->scope, QStringLiteral("https://mail.google.com/"));
    QCOMPARE(google->host, QStringLiteral("pop.gmail.com"));

    const auto fastmail = presets.findByOAuthId(QStringLiteral("Fastmail"));
    QVERIFY(fastmail && fastmail->oauth);
    QCOMPARE(fastmail->host, QStringLiteral("pop.fastmail.com"));

    QVERIFY(!presets.findByOAuthId(QStringLiteral("yahoo")));
    QCOMPARE(satchel::oauth::knownProviderIds(),
             (QStringList {QStringLiteral("google"), QStringLiteral("microsoft"),
                           QStringLiteral("fastmail")}));
    // The outlook note no longer says Satchel cannot sign in.
    QVERIFY(!microsoft->explanations().join(u' ').contains(QStringLiteral("cannot")));
}

void TestProviderPresets::appPasswordRoutes()
{
    for (const char *id : {"yahoo", "aol", "gmail", "fastmail"}) {
        const auto preset = ProviderPresets::builtIn().findById(QString::fromLatin1(id));
        QVERIFY(preset);
        const QString help = preset->appPasswordHelp();
        QVERIFY2(help.contains(preset->appPasswordWhere) && help.contains(u"https://"), id);
    }
    QVERIFY(ProviderPresets::builtIn()
                .findById(QStringLiteral("yahoo"))
                ->appPasswordWhere.contains(QStringLiteral("Generate app password")));
    // Microsoft's consumer accounts have no app password for POP any more.
    QVERIFY(ProviderPresets::builtIn()
                .findById(QStringLiteral("outlook"))
                ->appPasswordHelp()
                .isEmpty());
}

void TestProviderPresets::missingClientIdSaysSo()
{
    // This test build sets no client IDs (CMake cache variables SATCHEL_OAUTH_CLIENT_ID_*).
    if (!satchel::oauth::builtInClientCredentials(QStringLiteral("google")).clientId.isEmpty())
        QSKIP("this build has a Google client ID built in");
    const auto google = satchel::oauth::providerFor(QStringLiteral("google"), {});
    QVERIFY(!google.ok());
    QVERIFY(google.error().message.contains(QStringLiteral("No OAuth client ID")));
    QVERIFY(google.error().message.contains(QStringLiteral("App passwords"))); // Google's words
    // The account's own client ID serves instead.
    const auto own = satchel::oauth::providerFor(QStringLiteral("google"), QStringLiteral("mine"));
    QVERIFY(own.ok());
    QCOMPARE(own->clientId, QStringLiteral("mine"));
    QVERIFY(own->clientSecret.isEmpty());
    // A Google desktop client's own (public) secret goes with its own ID.
    const auto withSecret = satchel::oauth::providerFor(
        QStringLiteral("google"), QStringLiteral("mine"), QStringLiteral("not-really-secret"));
    QVERIFY(withSecret.ok());
    QCOMPARE(withSecret->clientSecret, QStringLiteral("not-really-secret"));
    QCOMPARE(own->name, QStringLiteral("Gmail"));
    // No app-password route for Microsoft: the message offers none.
    const auto microsoft = satchel::oauth::providerFor(QStringLiteral("microsoft"), {});
    QVERIFY(!microsoft.ok());
    QVERIFY(!microsoft.error().message.contains(QStringLiteral("app password")));
    QVERIFY(!satchel::oauth::providerFor(QStringLiteral("nope"), QStringLiteral("x")).ok());
}

void TestProviderPresets::userNames()
{
    ProviderPreset preset;
    preset.userNameTemplate = QStringLiteral("%EMAILLOCALPART%");
    preset.alternativeUserNames = {QStringLiteral("recent:%EMAILADDRESS%")};
    QCOMPARE(preset.userNameFor(QStringLiteral(" ann@x.org ")), QStringLiteral("ann"));
    QCOMPARE(preset.alternativeUserNamesFor(QStringLiteral("ann@x.org")),
             QStringList {QStringLiteral("recent:ann@x.org")});
    QCOMPARE(domainOfAddress(QStringLiteral("Ann@Example.ORG")), QStringLiteral("example.org"));
    QCOMPARE(domainOfAddress(QStringLiteral("nobody")), QString());
}

void TestProviderPresets::invalidEntriesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("complaint");

    const QJsonObject good = validEntry();
    auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject entry = good;
        entry.insert(key, value);
        return fileWith({entry});
    };
    auto server = [&](const QString &key, const QJsonValue &value) {
        QJsonObject pop3 = good.value(QLatin1String("pop3")).toObject();
        pop3.insert(key, value);
        return with(QStringLiteral("pop3"), pop3);
    };
    QTest::newRow("not JSON") << QByteArray("{") << "not valid JSON";
    QTest::newRow("no list") << QByteArray("{}") << "no \"providers\"";
    QTest::newRow("no id") << with(QStringLiteral("id"), QString()) << "id and a name";
    QTest::newRow("no domains") << with(QStringLiteral("domains"), QJsonArray()) << "no domains";
    QTest::newRow("upper-case domain")
        << with(QStringLiteral("domains"), QJsonArray {QStringLiteral("X.example")})
        << "lower-case domain";
    QTest::newRow("missing host") << server(QStringLiteral("host"), QString()) << "host";
    QTest::newRow("port 0") << server(QStringLiteral("port"), 0) << "port";
    QTest::newRow("port too big") << server(QStringLiteral("port"), 70000) << "port";
    QTest::newRow("unknown security")
        << server(QStringLiteral("security"), QStringLiteral("ssl")) << "unknown security";
    QTest::newRow("bad user name")
        << with(QStringLiteral("userName"), QStringLiteral("user")) << "user name template";
    QTest::newRow("unknown note") << with(QStringLiteral("notes"),
                                          QJsonArray {QStringLiteral("be-careful")})
                                  << "unknown note";
    QTest::newRow("no POP3 without saying so")
        << with(QStringLiteral("pop3"), QJsonValue::Null) << "no-pop3";
    QTest::newRow("plain http settings page")
        << with(QStringLiteral("settingsUrl"), QStringLiteral("http://x.example/")) << "https";
    const QJsonObject oauth {
        {QStringLiteral("id"), QStringLiteral("x")},
        {QStringLiteral("authorizationUrl"), QStringLiteral("https://x.example/authorize")},
        {QStringLiteral("tokenUrl"), QStringLiteral("https://x.example/token")},
        {QStringLiteral("scope"), QStringLiteral("pop")},
        {QStringLiteral("mechanism"), QStringLiteral("XOAUTH2")}};
    QVERIFY(ProviderPresets::fromJson(with(QStringLiteral("oauth"), oauth)).ok());
    auto signIn = [&](const QString &key, const QJsonValue &value) {
        QJsonObject o = oauth;
        o.insert(key, value);
        return with(QStringLiteral("oauth"), o);
    };
    QTest::newRow("oauth over http")
        << signIn(QStringLiteral("tokenUrl"), QStringLiteral("http://x.example/token")) << "https";
    QTest::newRow("oauth with a password mechanism")
        << signIn(QStringLiteral("mechanism"), QStringLiteral("PLAIN")) << "XOAUTH2 or";
    QTest::newRow("oauth without scope") << signIn(QStringLiteral("scope"), QString()) << "scope";
    QJsonObject other = good;
    other.insert(QStringLiteral("id"), QStringLiteral("y"));
    QTest::newRow("domain twice") << fileWith({good, other}) << "another provider";
    QJsonObject sameId = good;
    sameId.insert(QStringLiteral("domains"), QJsonArray {QStringLiteral("y.example")});
    QTest::newRow("id twice") << fileWith({good, sameId}) << "used twice";
}

void TestProviderPresets::invalidEntriesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, complaint);
    QVERIFY(ProviderPresets::fromJson(fileWith({validEntry()})).ok()); // the base row is fine
    const auto parsed = ProviderPresets::fromJson(json);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(complaint), qPrintable(parsed.error().message));
}

QTEST_GUILESS_MAIN(TestProviderPresets)
#include "tst_providerpresets.moc"

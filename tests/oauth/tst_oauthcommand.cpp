// `satchel account add --oauth`, `account login` and `fetch` of an account that must sign in,
// through the real binary and without internet: nothing here reaches a provider (the login row
// stops at the printed address).
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestOAuthCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addWithoutClientIdSaysSo();
    void addUnknownProviderIsAUsageError();
    void addWithOwnClientIdTakesThePresetServer();
    void fetchNeedsSignIn();
    void loginPrintsTheAddressAndWaits();
    void loginRefusesAPasswordAccount();

private:
    [[nodiscard]] QProcessEnvironment environment() const;
    [[nodiscard]] Run satchel(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
};

void TestOAuthCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profile = m_dir->filePath(QStringLiteral("profile"));
}

QProcessEnvironment TestOAuthCommand::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("SATCHEL_NO_KEYCHAIN"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    return env;
}

Run TestOAuthCommand::satchel(const QStringList &arguments)
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(QStringLiteral(SATCHEL_BINARY),
            QStringList {QStringLiteral("--profile"), m_profile} + arguments);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestOAuthCommand::addWithoutClientIdSaysSo()
{
    // This test build sets no SATCHEL_OAUTH_CLIENT_ID_* (CMake cache variables).
    const Run google
        = satchel({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("Gmail"),
                   QStringLiteral("--oauth"), QStringLiteral("google"), QStringLiteral("--user"),
                   QStringLiteral("ann@gmail.com")});
    QCOMPARE(google.code, 1);
    QVERIFY2(google.err.contains(QStringLiteral("No OAuth client ID for Gmail")),
             qPrintable(google.err));
    QVERIFY(google.err.contains(QStringLiteral("--oauth-client-id")));
    // Google has app passwords: the message says where, in Google's words.
    QVERIFY(google.err.contains(QStringLiteral("App passwords")));
    const Run list = satchel({QStringLiteral("account"), QStringLiteral("list")});
    QVERIFY2(!list.out.contains(QStringLiteral("Gmail")), qPrintable(list.out));

    const Run microsoft
        = satchel({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("Work"),
                   QStringLiteral("--oauth"), QStringLiteral("microsoft"), QStringLiteral("--user"),
                   QStringLiteral("ann@outlook.com")});
    QCOMPARE(microsoft.code, 1);
    QVERIFY(microsoft.err.contains(QStringLiteral("No OAuth client ID")));
    QVERIFY(!microsoft.err.contains(QStringLiteral("app password")));
}

void TestOAuthCommand::addUnknownProviderIsAUsageError()
{
    const Run run = satchel({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("X"),
                             QStringLiteral("--oauth"), QStringLiteral("myspace"),
                             QStringLiteral("--user"), QStringLiteral("x")});
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.contains(QStringLiteral("microsoft")));
}

void TestOAuthCommand::addWithOwnClientIdTakesThePresetServer()
{
    const Run add = satchel({QStringLiteral("account"), QStringLiteral("add"),
                             QStringLiteral("Work"), QStringLiteral("--oauth"),
                             QStringLiteral("microsoft"), QStringLiteral("--oauth-client-id"),
                             QStringLiteral("00000000-1111-2222-3333-444444444444"),
                             QStringLiteral("--user"), QStringLiteral("ann@outlook.com")});
    QCOMPARE(add.code, 0);
    QVERIFY2(add.out.contains(QStringLiteral("outlook.office365.com:995")), qPrintable(add.out));
    QVERIFY(add.out.contains(QStringLiteral("satchel account login Work")));
    // The sign-in settings are setting options like the others: listed, and changed by edit.
    const auto listed = [this] {
        const Run list = satchel(
            {QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(list.out.toUtf8()).object();
    };
    QCOMPARE(listed().value(QStringLiteral("oauth_provider")).toString(),
             QStringLiteral("microsoft"));
    QCOMPARE(listed().value(QStringLiteral("oauth_client_id")).toString(),
             QStringLiteral("00000000-1111-2222-3333-444444444444"));
    QCOMPARE(satchel({QStringLiteral("account"), QStringLiteral("edit"), QStringLiteral("Work"),
                      QStringLiteral("--oauth-client-id"),
                      QStringLiteral("55555555-6666-7777-8888-999999999999")})
                 .code,
             0);
    QCOMPARE(listed().value(QStringLiteral("oauth_client_id")).toString(),
             QStringLiteral("55555555-6666-7777-8888-999999999999"));
    QCOMPARE(listed().value(QStringLiteral("host")).toString(),
             QStringLiteral("outlook.office365.com"));
    // No password goes with a browser sign-in.
    const Run withPassword = satchel(
        {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("Other"),
         QStringLiteral("--oauth"), QStringLiteral("microsoft"),
         QStringLiteral("--oauth-client-id"), QStringLiteral("x"), QStringLiteral("--user"),
         QStringLiteral("b@outlook.com"), QStringLiteral("--password-stdin")});
    QCOMPARE(withPassword.code, 2);
}

void TestOAuthCommand::fetchNeedsSignIn()
{
    QCOMPARE(satchel({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("Work"),
                      QStringLiteral("--oauth"), QStringLiteral("google"),
                      QStringLiteral("--oauth-client-id"), QStringLiteral("mine"),
                      QStringLiteral("--user"), QStringLiteral("ann@gmail.com")})
                 .code,
             0);
    // Never signed in (and no keychain): the fetch ends at once with exit 6 and the advice; it
    // neither waits for a browser nor connects to Gmail.
    const Run fetch = satchel({QStringLiteral("fetch"), QStringLiteral("Work")});
    QCOMPARE(fetch.code, 6);
    QVERIFY2(fetch.out.contains(QStringLiteral("satchel account login Work")),
             qPrintable(fetch.out + fetch.err));
}

void TestOAuthCommand::loginPrintsTheAddressAndWaits()
{
    QCOMPARE(satchel({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("Work"),
                      QStringLiteral("--oauth"), QStringLiteral("microsoft"),
                      QStringLiteral("--oauth-client-id"), QStringLiteral("my-client"),
                      QStringLiteral("--user"), QStringLiteral("ann@outlook.com")})
                 .code,
             0);
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(QStringLiteral(SATCHEL_BINARY),
            {QStringLiteral("--profile"), m_profile, QStringLiteral("account"),
             QStringLiteral("login"), QStringLiteral("Work"), QStringLiteral("--no-browser")});
    QByteArray out;
    const QRegularExpression urlLine(QStringLiteral("^https://\\S+$"),
                                     QRegularExpression::MultilineOption);
    QVERIFY(QTest::qWaitFor(
        [&] {
            out += p.readAllStandardOutput();
            return out.contains("Waiting") || p.state() == QProcess::NotRunning;
        },
        20000));
    QCOMPARE(p.state(), QProcess::Running); // waits for the browser
    const QRegularExpressionMatch match = urlLine.match(QString::fromUtf8(out));
    QVERIFY2(match.hasMatch(), out.constData());
    const QUrl url(match.captured());
    QCOMPARE(url.host(), QStringLiteral("login.microsoftonline.com"));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("my-client"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             QStringLiteral("https://outlook.office.com/POP.AccessAsUser.All offline_access"));
    QCOMPARE(query.queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded),
             QStringLiteral("ann@outlook.com"));
    const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(redirect.path(), QStringLiteral("/"));
    p.kill();
    QVERIFY(p.waitForFinished(10000));
}

void TestOAuthCommand::loginRefusesAPasswordAccount()
{
    QCOMPARE(satchel({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("Plain"),
                      QStringLiteral("--host"), QStringLiteral("pop.example.org"),
                      QStringLiteral("--security"), QStringLiteral("tls"), QStringLiteral("--user"),
                      QStringLiteral("ann")})
                 .code,
             0);
    const Run login
        = satchel({QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("Plain")});
    QCOMPARE(login.code, 1);
    QVERIFY(login.err.contains(QStringLiteral("password")));
    const Run stray = satchel(
        {QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--no-browser")});
    QCOMPARE(stray.code, 2);
    // A client ID means nothing to an account that logs in with a password.
    const Run clientId
        = satchel({QStringLiteral("account"), QStringLiteral("edit"), QStringLiteral("Plain"),
                   QStringLiteral("--oauth-client-id"), QStringLiteral("x")});
    QCOMPARE(clientId.code, 2);
    QVERIFY2(clientId.err.contains(QStringLiteral("--oauth PROVIDER")), qPrintable(clientId.err));
}

QTEST_GUILESS_MAIN(TestOAuthCommand)
#include "tst_oauthcommand.moc"

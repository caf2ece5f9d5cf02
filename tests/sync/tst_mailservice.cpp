// The mail service without widgets (STYLE.md item 14): a Prompter written in code answers its
// questions, the scripted fake POP3 server plays the other side. What the window, the command
// line and the demo share is proven here once: passwords from the keychain or asked for, the
// retry after a refused password or an untrusted certificate, no keychain at all, the schedule,
// "download the rest" on a worker thread, and the ids of the new messages.
#include "FakePop3Server.h"
#include "FetchScripts.h"
#include "Must.h"
#include "TestCertificate.h"
#include "accounts/MemorySecretStore.h"
#include "store/Archive.h"
#include "sync/MailService.h"
#include "sync/Scheduler.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <deque>

using namespace satchel;
using namespace satchel::test::fetchscripts;
using accounts::AccountSettings;
using accounts::MemorySecretStore;
using accounts::SecretReply;
using satchel::test::FakePop3Server;
using satchel::test::must;
using satchel::test::TestCertificate;
using sync::FetchKind;
using sync::FetchResult;
using sync::MailService;
using Outcome = sync::FetchResult::Outcome;

namespace {

const QString Address = QStringLiteral("ann@example.org");
const QString Password = QStringLiteral("Kx9-lantern-orchard-tide");

// Answers from lists prepared by the test, at once or (deferred) on the next turn of the event
// loop, and keeps every question and notice.
class ScriptedPrompter final : public sync::Prompter
{
public:
    std::deque<std::optional<sync::PasswordAnswer>> passwords; // empty: decline
    std::deque<bool> certificates; // true: accept the leaf; empty: decline
    bool deferred = false;
    QList<sync::PasswordQuestion> passwordQuestions;
    QList<sync::CertificateQuestion> certificateQuestions;
    QList<sync::Notice> notices;

    void askPassword(const sync::PasswordQuestion &question, PasswordReply reply) override
    {
        passwordQuestions << question;
        std::optional<sync::PasswordAnswer> answer;
        if (!passwords.empty()) {
            answer = passwords.front();
            passwords.pop_front();
        }
        answerWith([reply, answer] { reply(answer); });
    }
    void askCertificate(const sync::CertificateQuestion &question, CertificateReply reply) override
    {
        certificateQuestions << question;
        QByteArray accepted;
        if (!certificates.empty() && certificates.front())
            accepted = question.error.certificateChain.value(0).digest(QCryptographicHash::Sha256);
        if (!certificates.empty())
            certificates.pop_front();
        answerWith([reply, accepted] { reply(accepted); });
    }
    void inform(const sync::Notice &notice) override { notices << notice; }

private:
    void answerWith(const std::function<void()> &answer)
    {
        if (deferred)
            QTimer::singleShot(0, answer);
        else
            answer();
    }
};

} // namespace

class TestMailService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fetchesWithTheKeychainsPassword();
    void asksWhenNothingIsStored_data();
    void asksWhenNothingIsStored();
    void declinedPasswordEndsTheFetch();
    void refusedPasswordIsAskedForAndRetried();
    void certificateIsAskedPinnedAndRetried();
    void declinedCertificateIsNotRetried();
    void noKeychainAsksOnceAndKeepsItForTheSession();
    void noKeychainIsSaidOnce();
    void keychainRefusalIsItsOwnQuestion();
    void oneQuestionPerAccount();
    void accountsAddUpdateRemove();
    void markAllIsNeverRetried();
    void scheduleChecksEveryAccount();
    void downloadTheRestOnAWorker();
    void loginThatWorkedIsRemembered();

private:
    [[nodiscard]] AccountSettings
    account(quint16 port, const QString &name = QStringLiteral("Work"), bool tls = false) const;
    [[nodiscard]] qint64 addAccount(quint16 port, const QString &password, bool tls = false,
                                    bool headersOnly = false);
    void makeService();
    [[nodiscard]] QList<QVariantList> waitForFetches(QSignalSpy &finished, int count,
                                                     int ms = 10000);

    QTemporaryDir m_certDir;
    TestCertificate m_cert;
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<store::Archive> m_archive;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<MailService> m_service;
};

void TestMailService::initTestCase()
{
    QVERIFY(m_certDir.isValid());
    m_cert = TestCertificate::generate(m_certDir.path());
    QVERIFY2(m_cert.isValid(), qPrintable(m_cert.errorString()));
}

void TestMailService::init()
{
    m_profile = std::make_unique<QTemporaryDir>();
    QVERIFY(m_profile->isValid());
    m_archive = must(store::Archive::open(m_profile->filePath(QStringLiteral("archive.sqlite"))));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_network = std::make_unique<FakeNetwork>();
    m_prompter = std::make_unique<ScriptedPrompter>();
}

void TestMailService::cleanup()
{
    m_service.reset();
    m_prompter.reset();
    m_network.reset();
    m_secrets.reset();
    m_archive.reset();
    m_profile.reset();
}

AccountSettings TestMailService::account(quint16 port, const QString &name, bool tls) const
{
    return scriptedAccount(port, Address, name, tls);
}

qint64 TestMailService::addAccount(quint16 port, const QString &password, bool tls,
                                   bool headersOnly)
{
    AccountSettings a = account(port, QStringLiteral("Work"), tls);
    a.headersOnly = headersOnly;
    return storeAccount(*m_archive, *m_secrets, a, password);
}

void TestMailService::makeService()
{
    MailService::Options options;
    options.network = m_network.get();
    options.extraCaCertificates = {m_cert.certificate()};
    m_service = std::make_unique<MailService>(m_archive.get(), m_secrets.get(), m_prompter.get(),
                                              options);
    QVERIFY(m_service->reloadAccounts().ok());
}

QList<QVariantList> TestMailService::waitForFetches(QSignalSpy &finished, int count, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (finished.size() < count && clock.elapsed() < ms)
        finished.wait(int(ms - clock.elapsed()));
    QList<QVariantList> all;
    while (!finished.isEmpty())
        all << finished.takeFirst();
    return all;
}

namespace {

FetchResult resultOf(const QVariantList &args)
{
    return args.at(2).value<FetchResult>();
}

} // namespace

void TestMailService::fetchesWithTheKeychainsPassword()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    server.addConnectionScript(fetchAll(Address, Password, 3));
    const qint64 id = addAccount(server.port(), Password);
    QVERIFY(id);
    makeService();
    QSignalSpy started(m_service.get(), &MailService::fetchStarted);
    QSignalSpy finished(m_service.get(), &MailService::fetchFinished);

    QVERIFY(m_service->fetchNow(id));
    QVERIFY(!m_service->fetchNow(id)); // once at a time
    const QList<QVariantList> ends = waitForFetches(finished, 1);
    QCOMPARE(ends.size(), 1);
    QCOMPARE(ends.first().at(0).toLongLong(), id);
    QCOMPARE(ends.first().at(1).value<FetchKind>(), FetchKind::Direct);
    const FetchResult r = resultOf(ends.first());
    QVERIFY2(r.ok(), qPrintable(r.message));
    // The ids of what was stored, as the archive has them.
    QCOMPARE(r.newMessageIds, must(m_archive->messageIds()));
    QCOMPARE(r.newMessageIds.size(), 3);
    QCOMPARE(started.size(), 1);
    QVERIFY(m_prompter->passwordQuestions.isEmpty());
    QVERIFY(!m_service->isFetching());
    SATCHEL_VERIFY_CONVERSATION(server);
}

void TestMailService::asksWhenNothingIsStored_data()
{
    QTest::addColumn<bool>("remember");
    QTest::addColumn<bool>("deferred");
    QTest::newRow("remembered, answered at once") << true << false;
    QTest::newRow("for this fetch only, answered later") << false << true;
}

void TestMailService::asksWhenNothingIsStored()
{
    QFETCH(bool, remember);
    QFETCH(bool, deferred);
    FakePop3Server server;
    QVERIFY(server.listen());
    server.addConnectionScript(fetchAll(Address, Password, 1));
    const qint64 id = addAccount(server.port(), QString());
    makeService();
    m_prompter->deferred = deferred;
    m_prompter->passwords.push_back(sync::PasswordAnswer {Password, remember});
    QSignalSpy finished(m_service.get(), &MailService::fetchFinished);

    QVERIFY(m_service->fetchNow(id));
    const QList<QVariantList> ends = waitForFetches(finished, 1);
    QCOMPARE(ends.size(), 1);
    QVERIFY2(resultOf(ends.first()).ok(), qPrintable(resultOf(ends.first()).message));
    QCOMPARE(m_prompter->passwordQuestions.size(), 1);
    const sync::PasswordQuestion q = m_prompter->passwordQuestions.first();
    QCOMPARE(q.accountId, id);
    QCOMPARE(q.accountName, QStringLiteral("Work"));
    QCOMPARE(q.login, Address + QStringLiteral("@127.0.0.1"));
    QCOMPARE(q.reason, sync::PasswordReason::NotStored);
    QVERIFY(q.keychainWritable);
    const QString key = m_service->account(id)->secretKey();
    QTRY_COMPARE(m_secrets->contains(key), remember);
    SATCHEL_VERIFY_CONVERSATION(server);
}

void TestMailService::declinedPasswordEndsTheFetch()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    const qint64 id = addAccount(server.port(), QString());
    makeService();
    QSignalSpy finished(m_service.get(), &MailService::fetchFinished);
    QVERIFY(m_service->fetchNow(id));
    const QList<QVariantList> ends = waitForFetches(finished, 1);
    QCOMPARE(ends.size(), 1);
    QCOMPARE(resultOf(ends.first()).outcome, Outcome::Authentication);
    QVERIFY(!resultOf(ends.first()).message.isEmpty());
    QCOMPARE(server.connectionCount(), 0); // nothing was tried without a password
    // Not asked again by itself: a person asks for the next fetch.
    QTest::qWait(50);
    QCOMPARE(m_prompter->passwordQuestions.size(), 1);
    QVERIFY(!m_service->isFetching());
}

void TestMailService::refusedPasswordIsAskedForAndRetried()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    server.addConnectionScript(
        login(Address, QStringLiteral("stale"), QStringLiteral("-ERR [AUTH] invalid password")));
    server.addConnectionScript(fetchAll(Address, Password, 2));
    const qint64 id = addAccount(server.port(), QStringLiteral("stale"));
    makeService();
    m_prompter->passwords.push_back(sync::PasswordAnswer {Password, true});
    QSignalSpy finished(m_service.get(), &MailService::fetchFinished);

    QVERIFY(m_service->fetchNow(id));
    const QList<QVariantList> ends = waitForFetches(finished, 2);
    QCOMPARE(ends.size(), 2);
    QCOMPARE(resultOf(ends.at(0)).outcome, Outcome::Authentication);
    QCOMPARE(resultOf(ends.at(0)).error.kind, pop3::ErrorKind::AuthenticationFailed);
    QVERIFY2(resultOf(ends.at(1)).ok(), qPrintable(resultOf(ends.at(1)).message));
    QCOMPARE(resultOf(ends.at(1)).newMessages(), 2);
    QCOMPARE(m_prompter->passwordQuestions.size(), 1);
    QCOMPARE(m_prompter->passwordQuestions.first().reason, sync::PasswordReason::WrongPassword);
    // The new one replaced the stale one in the keychain.
    QTRY_COMPARE(m_secrets->readNow(m_service->account(id)->secretKey()).secret, Password);
    SATCHEL_VERIFY_CONVERSATION(server);
}

void TestMailService::certificateIsAskedPinnedAndRetried()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    server.setTlsCertificate(m_cert.certificate(), m_cert.privateKey());
    server.setImplicitTls(true);
    server.addConnectionScript({QStringLiteral("S: +OK never sent")}); // the handshake fails
    server.addConnectionScript(fetchAll(Address, Password, 1));
    const qint64 id = addAccount(server.port(), Password, true);
    // Trusted only once pinned: no extra trust anchors for this one.
    m_service = std::make_unique<MailService>(m_archive.get(), m_secrets.get(), m_prompter.get());
    QVERIFY(m_service->reloadAccounts().ok());
    m_prompter->certificates.push_back(true);
    QSignalSpy finished(m_service.get(), &MailService::fetchFinished);

    QVERIFY(m_service->fetchNow(id));
    const QList<QVariantList> ends = waitForFetches(finished, 2);
    QCOMPARE(ends.size(), 2);
    QCOMPARE(resultOf(ends.at(0)).outcome, Outcome::Certificate);
    QVERIFY2(resultOf(ends.at(1)).ok(), qPrintable(resultOf(ends.at(1)).message));
    QCOMPARE(m_prompter->certificateQuestions.size(), 1);
    const sync::CertificateQuestion q = m_prompter->certificateQuestions.first();
    QCOMPARE(q.host, QStringLiteral("127.0.0.1"));
    QVERIFY(!q.changed);
    QVERIFY(!q.error.certificateChain.isEmpty());
    // Pinned in the stored settings, and the password was not asked for again.
    QCOMPARE(m_service->account(id)->pinnedSha256, m_cert.sha256());
    QCOMPARE(must(accounts::loadAccounts(*m_archive)).first().pinnedSha256, m_cert.sha256());
    QVERIFY(m_prompter->passwordQuestions.isEmpty());
    QCOMPARE(server.connectionCount(), 2);
}

void TestMailService::declinedCertificateIsNotRetried()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    server.setTlsCertificate(m_cert.certificate(), m_cert.privateKey());
    server.setImplicitTls(true);
    server.addConnectionScript({QStringLiteral("S: +OK never sent")});
    const qint64 id = addAccount(server.port(), Password, true);
    AccountSettings a = *must(accounts::loadAccounts(*m_archive)).begin();
    const QByteArray before(32, '\x5a');
    a.pinnedSha256 = before;
    QVERIFY(accounts::saveAccount(*m_archive, a));
    m_service = std::make_unique<MailService>(m_archive.get(), m_secrets.get(), m_prompter.get());
    QVERIFY(m_service->reloadAccounts().ok());
    QSignalSpy finished(m_service.get(), &MailService::fetchFinished);

    QVERIFY(m_service->fetchNow(id));
    QCOMPARE(waitForFetches(finished, 1).size(), 1);
    QTRY_COMPARE(m_prompter->certificateQuestions.size(), 1);
    // Another certificate than the one accepted before: the question says so.
    QVERIFY(m_prompter->certificateQuestions.first().changed);
    QCOMPARE(m_prompter->certificateQuestions.first().pinnedSha256, before);
    QTest::qWait(100);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(m_service->account(id)->pinnedSha256, before);
}

void TestMailService::noKeychainAsksOnceAndKeepsItForTheSession()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    server.addConnectionScript(fetchAll(Address, Password, 1));
    server.addConnectionScript(login(Address, Password) + listing({1}) + quit());
    const qint64 id = addAccount(server.port(), QString());
    m_secrets->setFailure(SecretReply::Outcome::Unavailable);
    makeService();
    m_prompter->passwords.push_back(sync::PasswordAnswer {Password, true});
    QSignalSpy finished(m_service.get(), &MailService::fetchFinished);

    QVERIFY(m_service->fetchNow(id));
    QVERIFY(resultOf(waitForFetches(finished, 1).value(0)).ok());
    QCOMPARE(m_prompter->passwordQuestions.size(), 1);
    const sync::PasswordQuestion q = m_prompter->passwordQuestions.first();
    QCOMPARE(q.reason, sync::PasswordReason::NoKeychain);
    QVERIFY(!q.keychainWritable);
    QVERIFY(q.firstWithoutKeychain);
    QVERIFY(m_service->keychainUnavailable());
    // The second fetch of this session uses it without asking, and the keychain is not tried.
    const int requests = m_secrets->requestCount();
    QVERIFY(m_service->fetchNow(id));
    QVERIFY(resultOf(waitForFetches(finished, 1).value(0)).ok());
    QCOMPARE(m_prompter->passwordQuestions.size(), 1);
    QCOMPARE(m_secrets->requestCount(), requests);
    SATCHEL_VERIFY_CONVERSATION(server);

    // The question said why it asked; no notice says it again.
    QVERIFY(m_prompter->notices.isEmpty());
}

void TestMailService::noKeychainIsSaidOnce()
{
    // Passwords given before any question (the wizard, --password-stdin): kept for the session,
    // and the missing keychain is said once, with its words.
    m_secrets->setFailure(SecretReply::Outcome::Unavailable);
    makeService();
    const qint64 work = must(m_service->addAccount(account(110)));
    const qint64 home = must(m_service->addAccount(account(110, QStringLiteral("Home"))));
    std::optional<bool> kept;
    m_service->setPassword(work, Password, [&kept](bool inKeychain) { kept = inKeychain; });
    QTRY_VERIFY(kept.has_value());
    QVERIFY(!*kept);
    QVERIFY(m_service->keychainUnavailable());
    kept.reset();
    m_service->setPassword(home, Password, [&kept](bool inKeychain) { kept = inKeychain; });
    QTRY_VERIFY(kept.has_value());
    QVERIFY(!*kept);
    QCOMPARE(m_prompter->notices.size(), 1);
    QCOMPARE(m_prompter->notices.first().kind, sync::Notice::Kind::NoKeychain);
    QCOMPARE(m_prompter->notices.first().accountName, QStringLiteral("Work"));
    QVERIFY(!m_prompter->notices.first().detail.isEmpty());
    // Kept in memory: a fetch does not ask.
    QSignalSpy finished(m_service.get(), &MailService::fetchFinished);
    QVERIFY(m_service->fetchNow(home));
    QCOMPARE(waitForFetches(finished, 1).size(), 1);
    QVERIFY(m_prompter->passwordQuestions.isEmpty());
}

void TestMailService::keychainRefusalIsItsOwnQuestion()
{
    const qint64 id = addAccount(1, QString());
    m_secrets->setFailure(SecretReply::Outcome::Refused);
    makeService();
    QSignalSpy finished(m_service.get(), &MailService::fetchFinished);
    QVERIFY(m_service->fetchNow(id));
    QCOMPARE(waitForFetches(finished, 1).size(), 1);
    QCOMPARE(m_prompter->passwordQuestions.size(), 1);
    const sync::PasswordQuestion q = m_prompter->passwordQuestions.first();
    QCOMPARE(q.reason, sync::PasswordReason::KeychainRefused);
    QVERIFY(!q.detail.isEmpty()); // the keychain's own words
    QVERIFY(!q.keychainWritable);
    QVERIFY(!m_service->keychainUnavailable());
}

void TestMailService::oneQuestionPerAccount()
{
    // "Get mail" and "download the rest" at once: one question, and both go on with its answer
    // (to a server that has gone, so both end trying, not for want of a password).
    FakePop3Server server;
    QVERIFY(server.listen());
    server.addConnectionScript(login(Address, Password) + listing({1}) + top(1, 1) + quit());
    const qint64 id = addAccount(server.port(), Password, false, true);
    makeService();
    QSignalSpy finished(m_service.get(), &MailService::fetchFinished);
    QSignalSpy rest(m_service.get(), &MailService::restFinished);
    QVERIFY(m_service->fetchNow(id));
    QVERIFY(resultOf(waitForFetches(finished, 1).value(0)).ok());
    SATCHEL_VERIFY_CONVERSATION(server);
    const qint64 partial = must(m_archive->messageIds()).value(0);
    QVERIFY(must(m_archive->message(partial)).partial);

    AccountSettings gone = *m_service->account(id);
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        gone.port = closed.serverPort();
    }
    QVERIFY(m_service->updateAccount(gone).ok());
    QVERIFY(m_secrets->removeNow(gone.secretKey()).ok());
    m_prompter->deferred = true;
    m_prompter->passwords.push_back(sync::PasswordAnswer {Password, false});
    QVERIFY(m_service->downloadRest(partial).ok());
    QVERIFY(m_service->fetchNow(id));
    QVERIFY(!m_service->fetchNow(id)); // waiting for its password already
    QVERIFY(rest.wait(10000));
    const FetchResult fetched = resultOf(waitForFetches(finished, 1).value(0));
    QCOMPARE(fetched.outcome, Outcome::TryLater);
    QCOMPARE(rest.first().at(2).value<FetchResult>().outcome, Outcome::TryLater);
    QCOMPARE(m_prompter->passwordQuestions.size(), 1);
}

void TestMailService::accountsAddUpdateRemove()
{
    makeService();
    QSignalSpy changed(m_service.get(), &MailService::accountsChanged);
    const qint64 id = must(m_service->addAccount(account(110)));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_service->accounts().size(), 1);
    QCOMPARE(m_service->accountNamed(QStringLiteral("Work"))->accountId, id);
    QCOMPARE(m_service->uniqueName(QStringLiteral("work")), QStringLiteral("work (2)"));
    QCOMPARE(m_service->uniqueName(QStringLiteral("Home")), QStringLiteral("Home"));
    bool inKeychain = false;
    m_service->setPassword(id, Password, [&](bool kept) { inKeychain = kept; });
    QTRY_VERIFY(inKeychain);
    const QString key = m_service->account(id)->secretKey();
    QCOMPARE(m_secrets->readNow(key).secret, Password);

    AccountSettings edited = *m_service->account(id);
    edited.host = QStringLiteral("pop.example.net");
    QVERIFY(m_service->updateAccount(edited, QStringLiteral("new secret")).ok());
    QCOMPARE(m_service->account(id)->host, QStringLiteral("pop.example.net"));
    QCOMPARE(must(accounts::loadAccounts(*m_archive)).first().host,
             QStringLiteral("pop.example.net"));
    QTRY_COMPARE(m_secrets->readNow(key).secret, QStringLiteral("new secret"));

    // Removing takes the password with it; a keychain that cannot is a notice, not a failure.
    bool done = false;
    QVERIFY(m_service->removeAccount(id, false, [&done] { done = true; }).ok());
    QTRY_VERIFY(done);
    QVERIFY(!m_secrets->contains(key));
    QVERIFY(m_service->accounts().isEmpty());
    QVERIFY(!m_service->removeAccount(id, false).ok());

    const qint64 second = must(m_service->addAccount(account(110, QStringLiteral("Home"))));
    QVERIFY(m_secrets->writeNow(m_service->account(second)->secretKey(), Password).ok());
    m_secrets->setFailure(SecretReply::Outcome::Refused);
    done = false;
    QVERIFY(m_service->removeAccount(second, true, [&done] { done = true; }).ok());
    QTRY_VERIFY(done);
    QCOMPARE(m_prompter->notices.size(), 1);
    QCOMPARE(m_prompter->notices.first().kind, sync::Notice::Kind::PasswordNotRemoved);
    QCOMPARE(m_prompter->notices.first().accountName, QStringLiteral("Home"));
}

void TestMailService::markAllIsNeverRetried()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    server.addConnectionScript(
        login(Address, Password, QStringLiteral("-ERR [AUTH] invalid password")));
    const qint64 id = addAccount(server.port(), Password);
    makeService();
    m_prompter->passwords.push_back(sync::PasswordAnswer {Password, true});
    QSignalSpy finished(m_service.get(), &MailService::fetchFinished);
    QVERIFY(m_service->fetchNow(id, FetchKind::MarkAllDownloaded));
    const QList<QVariantList> ends = waitForFetches(finished, 1);
    QCOMPARE(ends.first().at(1).value<FetchKind>(), FetchKind::MarkAllDownloaded);
    QCOMPARE(resultOf(ends.first()).outcome, Outcome::Authentication);
    QTest::qWait(100);
    QVERIFY(m_prompter->passwordQuestions.isEmpty());
    QCOMPARE(finished.size(), 0);
}

void TestMailService::scheduleChecksEveryAccount()
{
    // Two accounts, both checked at start; a metered link makes the one that asks for it take
    // headers only, and says so.
    FakePop3Server work, home;
    QVERIFY(work.listen());
    QVERIFY(home.listen());
    work.addConnectionScript(fetchAll(Address, Password, 2));
    home.addConnectionScript(login(Address, Password) + listing({7}) + top(1, 7) + quit());
    AccountSettings w = account(work.port());
    AccountSettings h = account(home.port(), QStringLiteral("Home"));
    h.headersOnlyWhenMetered = true;
    const qint64 workId = must(accounts::saveAccount(*m_archive, w));
    const qint64 homeId = must(accounts::saveAccount(*m_archive, h));
    for (const qint64 id : {workId, homeId})
        QVERIFY(m_secrets->writeNow(QStringLiteral("account-%1").arg(id), Password).ok());
    m_network->set(sync::NetworkMonitor::State::Online, true);
    makeService();
    QSignalSpy finished(m_service.get(), &MailService::fetchFinished);
    QSignalSpy started(m_service.get(), &MailService::fetchStarted);
    m_service->startSchedule();
    const QList<QVariantList> ends = waitForFetches(finished, 2);
    QCOMPARE(ends.size(), 2);
    QCOMPARE(started.size(), 2);
    for (const QVariantList &end : ends) {
        QCOMPARE(end.at(1).value<FetchKind>(), FetchKind::Check);
        const FetchResult r = resultOf(end);
        QVERIFY2(r.ok(), qPrintable(r.message));
        if (end.at(0).toLongLong() == homeId) {
            QCOMPARE(r.partialMessages, 1);
            QVERIFY(r.warnings.contains(QStringLiteral("headers only (metered connection)")));
        } else {
            QCOMPARE(r.newMessages(), 2);
            QVERIFY(r.warnings.isEmpty());
        }
    }
    // Both are due again on their interval.
    QVERIFY(m_service->scheduler()->nextFetch(workId).isValid());
    QVERIFY(m_service->scheduler()->nextFetch(homeId).isValid());
    SATCHEL_VERIFY_CONVERSATION(work);
    SATCHEL_VERIFY_CONVERSATION(home);
}

void TestMailService::downloadTheRestOnAWorker()
{
    FakePop3Server server;
    QVERIFY(server.listen());
    server.addConnectionScript(login(Address, Password) + listing({1, 2}) + top(1, 1) + top(2, 2)
                               + quit());
    server.addConnectionScript(login(Address, Password) + listing({1, 2}, false) + retr(1, 1)
                               + quit());
    server.addConnectionScript(login(Address, Password) + listing({1}, false) + quit());
    const qint64 id = addAccount(server.port(), Password, false, true);
    makeService();
    QSignalSpy finished(m_service.get(), &MailService::fetchFinished);
    QSignalSpy started(m_service.get(), &MailService::restStarted);
    QSignalSpy rest(m_service.get(), &MailService::restFinished);
    QVERIFY(m_service->fetchNow(id));
    QCOMPARE(resultOf(waitForFetches(finished, 1).value(0)).partialMessages, 2);
    qint64 first = 0, second = 0;
    for (qint64 m : must(m_archive->messageIds()))
        (must(m_archive->message(m)).uidl == u"uidl-1" ? first : second) = m;
    QVERIFY(first && second);

    QVERIFY(m_service->downloadRest(first).ok());
    // One at a time, said in words.
    const Status busy = m_service->downloadRest(second);
    QVERIFY(!busy.ok());
    QVERIFY(!busy.error().message.isEmpty());
    QVERIFY(m_service->isDownloadingRest());
    QVERIFY(rest.wait(10000));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(1).toLongLong(), id);
    QVariantList args = rest.takeFirst();
    QCOMPARE(args.at(0).toLongLong(), first);
    QCOMPARE(args.at(1).toLongLong(), id);
    FetchResult done = args.at(2).value<FetchResult>();
    QVERIFY2(done.ok(), qPrintable(done.message));
    QCOMPARE(done.newMessageIds, QList<qint64> {first});
    // Stored by the worker's own connection; this one reads it at once (WAL).
    QVERIFY(!must(m_archive->message(first)).partial);
    QCOMPARE(must(m_archive->rawMessage(first)), messageText(1));

    // No longer on the server: Failed, and said to be gone; the partial stays.
    QVERIFY(m_service->downloadRest(second).ok());
    QVERIFY(rest.wait(10000));
    done = rest.takeFirst().at(2).value<FetchResult>();
    QCOMPARE(done.outcome, Outcome::Failed);
    QVERIFY(done.messageGone);
    QVERIFY(must(m_archive->message(second)).partial);
    // An account that no longer gets mail cannot download the rest.
    QVERIFY(m_service->removeAccount(id, false).ok());
    QVERIFY(!m_service->downloadRest(second).ok());
    SATCHEL_VERIFY_CONVERSATION(server);
}

void TestMailService::loginThatWorkedIsRemembered()
{
    // A server that puts an APOP timestamp in its greeting but refuses APOP for this user. The
    // automatic login falls back to USER/PASS (over TLS), the account remembers USER, the next
    // check goes straight to it; a changed server setting forgets it.
    const QString stamp = QStringLiteral("<4711.1@fake.example>");
    const QString apop
        = QStringLiteral("C: APOP %1 %2")
              .arg(Address,
                   QString::fromLatin1(QCryptographicHash::hash((stamp + Password).toUtf8(),
                                                                QCryptographicHash::Md5)
                                           .toHex()));
    QStringList first = fetchAll(Address, Password, 1);
    first[0] = QStringLiteral("S: +OK fake POP3 ready ") + stamp;
    const qsizetype userAt = first.indexOf(QStringLiteral("C: USER ") + Address);
    first.insert(userAt, QStringLiteral("S: -ERR [AUTH] Bad login"));
    first.insert(userAt, apop);
    QStringList second = login(Address, Password) + listing({1}) + quit();
    second[0] = first[0];
    FakePop3Server server;
    QVERIFY(server.listen());
    server.setTlsCertificate(m_cert.certificate(), m_cert.privateKey());
    server.setImplicitTls(true);
    server.addConnectionScript(first);
    server.addConnectionScript(second);
    AccountSettings a = account(server.port(), QStringLiteral("Work"), true);
    a.loginMethod = pop3::LoginMethod::automatic();
    const qint64 id = storeAccount(*m_archive, *m_secrets, a, Password);
    QVERIFY(id);
    makeService();
    QSignalSpy finished(m_service.get(), &MailService::fetchFinished);

    QVERIFY(m_service->fetchNow(id));
    FetchResult r = resultOf(waitForFetches(finished, 1).value(0));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.newMessages(), 1);
    QCOMPARE(r.loginUsed, QByteArray("USER"));
    QCOMPARE(m_service->account(id)->rememberedLogin, pop3::LoginMethod::userPass());
    QCOMPARE(must(accounts::loadAccounts(*m_archive)).first().rememberedLogin,
             pop3::LoginMethod::userPass());
    QCOMPARE(m_service->account(id)->loginMethod, pop3::LoginMethod::automatic());

    QVERIFY(m_service->fetchNow(id));
    r = resultOf(waitForFetches(finished, 1).value(0));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.loginUsed, QByteArray("USER"));
    SATCHEL_VERIFY_CONVERSATION(server);

    // Another server or user: what worked there says nothing here.
    AccountSettings edited = *m_service->account(id);
    edited.rememberedLogin = pop3::LoginMethod(); // as a form that never saw it
    QVERIFY(m_service->updateAccount(edited, std::nullopt).ok());
    QCOMPARE(m_service->account(id)->rememberedLogin, pop3::LoginMethod::userPass());
    edited.user = QStringLiteral("ann");
    QVERIFY(m_service->updateAccount(edited, std::nullopt).ok());
    QCOMPARE(m_service->account(id)->rememberedLogin, pop3::LoginMethod());
}

QTEST_GUILESS_MAIN(TestMailService)
#include "tst_mailservice.moc"

#pragma once

// What the mail service's and the mail controller's tests share: a scripted conversation for a
// fetch, an online network that tests can switch, and a search of a folder tree for a secret.
#include "FakePop3Server.h"
#include "accounts/AccountSettings.h"
#include "accounts/SecretStore.h"
#include "store/Archive.h"
#include "sync/Scheduler.h"

#include <QDirIterator>
#include <QFile>
#include <QStringList>

namespace satchel::test::fetchscripts {

class FakeNetwork : public sync::NetworkMonitor
{
    Q_OBJECT

public:
    using NetworkMonitor::NetworkMonitor;
    [[nodiscard]] State state() const override { return m_state; }
    [[nodiscard]] bool isMetered() const override { return m_metered; }
    [[nodiscard]] bool canTellMetered() const override { return m_canTellMetered; }
    void set(State state, bool metered = false)
    {
        m_state = state;
        m_metered = metered;
        Q_EMIT changed();
    }
    void setCanTellMetered(bool can) { m_canTellMetered = can; }

private:
    State m_state = State::Online;
    bool m_metered = false;
    bool m_canTellMetered = true;
};

// The account these scripts log in to: USER/PASS as `user`, on 127.0.0.1:port.
inline accounts::AccountSettings scriptedAccount(quint16 port, const QString &user,
                                                 const QString &name = QStringLiteral("Work"),
                                                 bool tls = false)
{
    accounts::AccountSettings a;
    a.name = name;
    a.displayName = QStringLiteral("Ann Example");
    a.address = user;
    a.host = QStringLiteral("127.0.0.1");
    a.port = port;
    a.security = tls ? pop3::Security::ImplicitTls : pop3::Security::None;
    a.user = user;
    a.loginMethod = pop3::LoginMethod::userPass();
    a.checkIntervalMinutes = 10;
    return a;
}

// Stores the account and, unless empty, its password; the account's id, or 0 on a failure.
inline qint64 storeAccount(store::Archive &archive, accounts::SecretStore &secrets,
                           accounts::AccountSettings a, const QString &password)
{
    Result<qint64> id = accounts::saveAccount(archive, a);
    if (!id)
        return 0;
    a.accountId = *id;
    if (!password.isEmpty() && !secrets.writeNow(a.secretKey(), password).ok())
        return 0;
    return *id;
}

inline QByteArray messageText(int n)
{
    return "From: Sender " + QByteArray::number(n) + " <sender" + QByteArray::number(n)
        + "@example.org>\r\nTo: ann@example.org\r\nSubject: Message number " + QByteArray::number(n)
        + "\r\nDate: Mon, 0" + QByteArray::number(n % 9 + 1)
        + " Dec 2025 10:00:00 +0000\r\nMessage-ID: <m" + QByteArray::number(n)
        + "@example.org>\r\n\r\nThe body of message " + QByteArray::number(n)
        + ", which is long enough to be worth downloading.\r\n";
}

inline QByteArray headerOf(int n)
{
    const QByteArray raw = messageText(n);
    return raw.left(raw.indexOf("\r\n\r\n") + 4);
}

inline QStringList capaLines()
{
    return {QStringLiteral("C: CAPA"),       QStringLiteral("S: +OK"),
            QStringLiteral("S: USER"),       QStringLiteral("S: UIDL"),
            QStringLiteral("S: TOP"),        QStringLiteral("S: PIPELINING"),
            QStringLiteral("S: RESP-CODES"), QStringLiteral("S: .")};
}

// Greeting, CAPA, USER/PASS; with +OK to PASS, CAPA again.
inline QStringList login(const QString &user, const QString &password,
                         const QString &passReply = QStringLiteral("+OK logged in"))
{
    QStringList lines {QStringLiteral("S: +OK fake POP3 ready")};
    lines += capaLines();
    lines << QStringLiteral("C: USER ") + user << QStringLiteral("S: +OK")
          << QStringLiteral("C: PASS ") + password << QStringLiteral("S: ") + passReply;
    if (passReply.startsWith(QLatin1String("+OK")))
        lines += capaLines();
    return lines;
}

// UIDL and LIST of messages `present` (their own numbers), at positions 1, 2, ...
inline QStringList listing(const QList<int> &present, bool withList = true)
{
    QStringList lines {QStringLiteral("C: UIDL"), QStringLiteral("S: +OK")};
    for (int i = 0; i < present.size(); ++i)
        lines << QStringLiteral("S: %1 uidl-%2").arg(i + 1).arg(present[i]);
    lines << QStringLiteral("S: .");
    if (!withList)
        return lines;
    lines << QStringLiteral("C: LIST") << QStringLiteral("S: +OK");
    for (int i = 0; i < present.size(); ++i)
        lines << QStringLiteral("S: %1 %2").arg(i + 1).arg(messageText(present[i]).size());
    lines << QStringLiteral("S: .");
    return lines;
}

inline QStringList retr(int position, int n)
{
    return QStringList {QStringLiteral("C: RETR %1").arg(position),
                        QStringLiteral("S: +OK %1 octets").arg(messageText(n).size())}
    + FakePop3Server::multiline(messageText(n));
}

inline QStringList top(int position, int n)
{
    return QStringList {QStringLiteral("C: TOP %1 0").arg(position), QStringLiteral("S: +OK")}
    + FakePop3Server::multiline(headerOf(n));
}

inline QStringList quit()
{
    return {QStringLiteral("C: QUIT"), QStringLiteral("S: +OK bye"), QStringLiteral("CLOSE")};
}

// A whole fetch of messages 1..count, leaving them on the server.
inline QStringList fetchAll(const QString &user, const QString &password, int count)
{
    QList<int> present;
    for (int n = 1; n <= count; ++n)
        present << n;
    QStringList lines = login(user, password) + listing(present);
    for (int n = 1; n <= count; ++n)
        lines += retr(n, n);
    return lines + quit();
}

// Files under `root` whose bytes contain `secret` (in UTF-8 or UTF-16), for the check that a
// password never reaches the disk.
inline QStringList filesContaining(const QString &root, const QString &secret)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()),
                           secret.size() * qsizetype(sizeof(char16_t)));
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            found << file.fileName();
    }
    return found;
}

} // namespace satchel::test::fetchscripts

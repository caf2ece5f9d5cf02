#pragma once

// Conversation pieces for the fake POP3 server, shared by the probe, login and wizard tests.
#include "FakePop3Server.h"

#include <QStringList>
#include <QTcpServer>

namespace satchel::test::scripts {

inline QStringList capa(const QString &capabilities)
{
    QStringList lines {QStringLiteral("C: CAPA"), QStringLiteral("S: +OK")};
    for (const QString &cap : capabilities.split(u'|', Qt::SkipEmptyParts))
        lines << QStringLiteral("S: ") + cap;
    lines << QStringLiteral("S: .");
    return lines;
}

inline QStringList greeting()
{
    return {QStringLiteral("S: +OK fake POP3 ready")};
}

inline QStringList quit()
{
    return {QStringLiteral("C: QUIT"), QStringLiteral("S: +OK bye"), QStringLiteral("CLOSE")};
}

// What a probe does on a port with implicit TLS.
inline QStringList probeTls(const QString &capabilities)
{
    return greeting() + capa(capabilities) + quit();
}

// What a probe does on a plain port that offers STLS.
inline QStringList probeStls(const QString &before, const QString &after)
{
    return greeting() + capa(before)
        + QStringList {QStringLiteral("C: STLS"), QStringLiteral("S: +OK go ahead"),
                       QStringLiteral("STARTTLS")}
    + capa(after) + quit();
}

// A login with USER/PASS, CAPA again, then STAT, UIDL (answered with `uidls` or -ERR when
// empty) and QUIT: what LoginCheck does with LoginMethod::userPass().
inline QStringList userPassLogin(const QString &user, const QString &password,
                                 const QString &capabilities, const QStringList &uidls)
{
    QStringList lines {QStringLiteral("C: USER ") + user, QStringLiteral("S: +OK"),
                       QStringLiteral("C: PASS ") + password, QStringLiteral("S: +OK welcome")};
    lines += capa(capabilities);
    lines << QStringLiteral("C: STAT") << QStringLiteral("S: +OK %1 %2").arg(uidls.size()).arg(1234)
          << QStringLiteral("C: UIDL");
    if (uidls.isEmpty()) {
        lines << QStringLiteral("S: -ERR no such command");
    } else {
        lines << QStringLiteral("S: +OK");
        for (int i = 0; i < uidls.size(); ++i)
            lines << QStringLiteral("S: %1 %2").arg(i + 1).arg(uidls.at(i));
        lines << QStringLiteral("S: .");
    }
    return lines + quit();
}

// A port on 127.0.0.1 where nothing listens (bound, then closed): connections are refused.
inline quint16 refusedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 1;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace satchel::test::scripts

#include "Pop3SessionFuzz.h"

#include "MemoryTransport.h"
#include "pop3/Session.h"

#include <QCoreApplication>

#include <array>

namespace satchel::fuzz {

using namespace satchel::pop3;

void runPop3Session(QByteArrayView input)
{
    if (input.size() < 2)
        return;
    const auto config = static_cast<quint8>(input.at(0));
    const qsizetype chunk = 1 + static_cast<quint8>(input.at(1)) % 97;
    const QByteArrayView server = input.sliced(2);

    SessionSettings settings;
    settings.host = QStringLiteral("fuzz.invalid");
    settings.port = 995;
    settings.user = QStringLiteral("user");
    settings.secret = QStringLiteral("secret");
    // Small limits so the limits themselves are reached often.
    settings.maxLineLength = 1024;
    settings.maxMessageSize = 64 * 1024;
    settings.pipelineWindow = 4;
    switch (config & 0x3) {
    case 0:
        settings.security = Security::None;
        settings.allowCleartextPassword = true;
        break;
    case 1:
        settings.security = Security::None;
        break;
    case 2:
        settings.security = Security::StartTls;
        break;
    default:
        settings.security = Security::ImplicitTls;
        break;
    }
    static constexpr std::array methods {
        LoginMethod::automatic(),
        LoginMethod::sasl(SaslMechanismKind::Plain),
        LoginMethod::sasl(SaslMechanismKind::Login),
        LoginMethod::sasl(SaslMechanismKind::CramMd5),
        LoginMethod::sasl(SaslMechanismKind::ScramSha256),
        LoginMethod::sasl(SaslMechanismKind::XOAuth2),
        LoginMethod::apop(),
        LoginMethod::userPass(),
    };
    settings.loginMethod = methods[(config >> 2) & 0x7];
    settings.usePipelining = (config & 0x20) != 0;
    settings.secretIsOAuthToken = (config & 0x40) != 0;

    auto *transport = new test::MemoryTransport;
    Session session(settings, std::unique_ptr<Transport>(transport));
    qint64 delivered = 0;
    auto account = [&delivered](int, const QByteArray &raw) {
        // The limit holds for everything handed out.
        if (raw.size() > 64 * 1024)
            qFatal("a message over the size limit was delivered");
        delivered += raw.size();
    };
    QObject::connect(&session, &Session::messageRetrieved, &session, account);
    QObject::connect(&session, &Session::topRetrieved, &session, account);

    session.stat();
    session.list();
    session.uidl();
    session.list(1);
    session.uidl(1);
    session.top(1, 0);
    session.retrieve(1);
    session.retrieve(2);
    session.remove(1);
    session.noop();
    session.reset();
    session.quit();
    session.open();

    for (qsizetype pos = 0; pos < server.size() && transport->isOpen(); pos += chunk)
        transport->deliver(server.sliced(pos, std::min(chunk, server.size() - pos)).toByteArray());
    transport->close();
}

} // namespace satchel::fuzz

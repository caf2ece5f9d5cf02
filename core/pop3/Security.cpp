#include "pop3/Security.h"

#include <QCoreApplication>

namespace satchel::pop3 {

namespace {

// This file's translation context: a class lupdate sees (a free tr() wrapper would file the texts
// under a context the code never asks for).
struct SecurityText
{
    Q_DECLARE_TR_FUNCTIONS(SecurityText)
};

} // namespace

QString securityName(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return QStringLiteral("tls");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("tls");
}

std::optional<Security> securityFromName(QStringView name)
{
    for (const Security security : {Security::ImplicitTls, Security::StartTls, Security::None}) {
        if (name.compare(securityName(security), Qt::CaseInsensitive) == 0)
            return security;
    }
    return std::nullopt;
}

QString securityLabel(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return SecurityText::tr("TLS");
    case Security::StartTls:
        return SecurityText::tr("STARTTLS");
    case Security::None:
        break;
    }
    return SecurityText::tr("no encryption");
}

quint16 standardPort(Security security)
{
    return security == Security::ImplicitTls ? 995 : 110;
}

} // namespace satchel::pop3

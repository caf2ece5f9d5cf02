#pragma once

#include "autoconfig/LoginCheck.h"
#include "autoconfig/ServerProbe.h"

#include <QCoreApplication>
#include <QString>

namespace satchel::autoconfig {

// One plain sentence per outcome, saying what to do next. Translatable (context
// "satchel::autoconfig::Explanations").
class Explanations
{
    Q_DECLARE_TR_FUNCTIONS(satchel::autoconfig::Explanations)

public:
    [[nodiscard]] static QString forLogin(const LoginCheckResult &result);
    [[nodiscard]] static QString forLogin(LoginCheckResult::Outcome outcome);
    [[nodiscard]] static QString forProbe(const ProbeResult &result, const QString &domain);
    // One short line per attempt, for the list of what was tried.
    [[nodiscard]] static QString forAttempt(const ProbeAttempt &attempt);
    // EXPIRE and LOGIN-DELAY, as the user should know them; empty when neither applies.
    [[nodiscard]] static QStringList serverRemarks(const pop3::Capabilities &capabilities);
};

} // namespace satchel::autoconfig

#include "autoconfig/Explanations.h"

namespace satchel::autoconfig {

using Outcome = LoginCheckResult::Outcome;

QString Explanations::forLogin(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return tr("Satchel logged in and the server is ready.");
    case Outcome::WrongPassword:
        return tr("The server did not accept the user name or password: check both (many "
                  "providers want an app password and POP switched on in their web settings), "
                  "then test again.");
    case Outcome::Unreachable:
        return tr("Satchel could not reach the server: check the server name and port and that "
                  "this computer is online, then test again.");
    case Outcome::NoTls:
        return tr("The server offers no encryption on this port: try the other security setting "
                  "(TLS on port 995, or STARTTLS on port 110), or ask your provider.");
    case Outcome::CertificateUntrusted:
        return tr("The server's certificate could not be verified: look at it, and accept it only "
                  "if you know this server uses a certificate of its own (a home or company "
                  "server); otherwise do not go on.");
    case Outcome::LacksUidl:
        return tr("The server cannot tell its messages apart (it has no UIDL), so Satchel cannot "
                  "leave copies on it: mail will be removed from the server once it is safely "
                  "stored here.");
    case Outcome::NoUsableLogin:
        return tr("The server offers no way of logging in that keeps your password safe on this "
                  "connection: choose an encrypted connection or another login method.");
    case Outcome::TryLater:
        return tr("The server asked Satchel to come back later (the mailbox may be open in "
                  "another program): wait a few minutes, then test again.");
    case Outcome::Failed:
        break;
    }
    return tr("Talking to the server went wrong: check the settings and the details below, then "
              "test again.");
}

QString Explanations::forLogin(const LoginCheckResult &result)
{
    const auto names = [](const QList<QByteArray> &list) {
        QStringList out;
        for (const QByteArray &name : list)
            out << QString::fromLatin1(name);
        return out.join(QStringLiteral(", "));
    };
    const bool otherUser = result.usersTried.size() > 1;
    if (result.outcome == Outcome::Ok || result.loggedIn) {
        QStringList lines;
        lines << (result.outcome == Outcome::Ok
                      ? tr("Satchel logged in. Messages on the server now: %1.")
                            .arg(result.messageCount)
                      : forLogin(result.outcome));
        if (otherUser)
            lines << tr("The server refused %1 as the user name but accepted %2, which this "
                        "account will use.")
                         .arg(result.usersTried.first(), result.userName);
        if (!result.refusedLogins.isEmpty())
            lines << tr("The server refused %1 for this account; logging in with %2 worked, and "
                        "Satchel will use that.")
                         .arg(names(result.refusedLogins),
                              QString::fromLatin1(result.authenticationUsed));
        return lines.join(u' ');
    }
    if (result.outcome == Outcome::WrongPassword && !result.untriedLogins.isEmpty())
        return tr("The server refused the login with %1, but it also offers %2: choose another "
                  "login method in the server settings, or check the user name and password, "
                  "then test again.")
            .arg(names(result.refusedLogins), names(result.untriedLogins));
    if (result.outcome == Outcome::WrongPassword && otherUser)
        return tr("The server accepted neither %1 nor %2 as the user name with this password: "
                  "check both (many providers want an app password and POP switched on in "
                  "their web settings), then test again.")
            .arg(result.usersTried.first(), result.usersTried.last());
    return forLogin(result.outcome);
}

QString Explanations::forProbe(const ProbeResult &result, const QString &domain)
{
    if (result.found() && result.certificateProblem)
        return tr("Found a POP3 server at %1, but its certificate could not be verified; the "
                  "test login will show it to you.")
            .arg(result.best->host);
    if (result.found())
        return tr("Found a POP3 server at %1 (%2). Check the settings below and go on.")
            .arg(result.best->host, pop3::securityLabel(result.best->security));
    if (result.onlyUnencrypted)
        return tr("The only POP3 server found for %1 offers no encryption: ask your provider for "
                  "secure settings, or enter them below.")
            .arg(domain);
    return tr("No POP3 server was found for %1: enter the server your provider gives in its help "
              "pages below.")
        .arg(domain);
}

QString Explanations::forAttempt(const ProbeAttempt &attempt)
{
    const QString where = QStringLiteral("%1:%2 (%3)")
                              .arg(attempt.candidate.host)
                              .arg(attempt.candidate.port)
                              .arg(pop3::securityLabel(attempt.candidate.security));
    using O = ProbeAttempt::Outcome;
    switch (attempt.outcome) {
    case O::Works:
        return tr("%1: works").arg(where);
    case O::CertificateRejected: {
        QStringList errors;
        for (const QSslError &error : attempt.certificateErrors)
            errors << error.errorString();
        if (errors.isEmpty())
            return tr("%1: answers, but its certificate did not verify").arg(where);
        return tr("%1: answers, but its certificate did not verify (%2)")
            .arg(where, errors.join(QStringLiteral("; ")));
    }
    case O::NoTls:
        return tr("%1: answers, but offers no encryption").arg(where);
    case O::HostNotFound:
        return tr("%1: no such server").arg(where);
    case O::ConnectionRefused:
        return tr("%1: refused the connection").arg(where);
    case O::Timeout:
        return tr("%1: no answer").arg(where);
    case O::TlsFailed:
        return tr("%1: secure connection failed").arg(where);
    case O::NotPop3:
        return tr("%1: not a POP3 server").arg(where);
    case O::NetworkError:
        break;
    }
    return tr("%1: connection failed").arg(where);
}

QStringList Explanations::serverRemarks(const pop3::Capabilities &capabilities)
{
    QStringList remarks;
    if (capabilities.expireDays) {
        const int days = *capabilities.expireDays;
        if (days == 0)
            remarks << tr("This server removes mail once it has been downloaded, whatever Satchel "
                          "asks: leaving copies on the server will not work.");
        else if (days > 0)
            remarks << tr("This server deletes downloaded mail on its own after %n day(s).",
                          nullptr, days);
    }
    if (capabilities.loginDelaySeconds && *capabilities.loginDelaySeconds > 0)
        remarks << tr("This server refuses logins less than %1 seconds apart; Satchel will not "
                      "check more often.")
                       .arg(*capabilities.loginDelaySeconds);
    return remarks;
}

} // namespace satchel::autoconfig

#include "CommandLinePrompter.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTextStream>

namespace satchel::app {

namespace {

// See CommandLineText in CommandLine.cpp for why a struct with Q_DECLARE_TR_FUNCTIONS.
struct CommandLinePrompterText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLinePrompterText)
};

} // namespace

void CommandLinePrompter::askPassword(const sync::PasswordQuestion &question, PasswordReply reply)
{
    QString why;
    switch (question.reason) {
    case sync::PasswordReason::NotStored:
        why = CommandLinePrompterText::tr(
            "no password is stored for this account; give it with --password-stdin");
        break;
    case sync::PasswordReason::WrongPassword:
        // The fetch's own line says that the server refused it.
        break;
    case sync::PasswordReason::KeychainRefused:
    case sync::PasswordReason::NoKeychain:
        why = question.detail.isEmpty()
            ? CommandLinePrompterText::tr(
                "no keychain answers; give the password with --password-stdin")
            : CommandLinePrompterText::tr("%1; give the password with --password-stdin")
                  .arg(question.detail);
        break;
    }
    if (!why.isEmpty())
        m_unanswered.insert(question.accountId, why);
    reply(std::nullopt);
}

void CommandLinePrompter::askCertificate(const sync::CertificateQuestion &, CertificateReply reply)
{
    // The fetch's line gives the advice (--trust-fingerprint, --ca-file).
    reply({});
}

void CommandLinePrompter::inform(const sync::Notice &notice)
{
    QTextStream err(stderr);
    switch (notice.kind) {
    case sync::Notice::Kind::NoKeychain:
    case sync::Notice::Kind::PasswordNotStored:
        m_passwordNotKept = true;
        err << CommandLinePrompterText::tr(
                   "satchel: the password for %1 could not be stored in the keychain (%2); it is "
                   "used for this run only and never written to disk.")
                   .arg(notice.accountName, notice.detail)
            << Qt::endl;
        break;
    case sync::Notice::Kind::SignInNotStored:
        err << CommandLinePrompterText::tr(
                   "satchel: the sign-in for %1 could not be stored in the keychain (%2); it "
                   "lasts for this run only and is never written to disk.")
                   .arg(notice.accountName, notice.detail)
            << Qt::endl;
        break;
    case sync::Notice::Kind::PasswordNotRemoved:
        err << CommandLinePrompterText::tr(
                   "satchel: the password of %1 could not be removed from the keychain: %2")
                   .arg(notice.accountName, notice.detail)
            << Qt::endl;
        break;
    }
}

namespace {

// The command line has no QtGui (QDesktopServices): the platform's own opener, where a display
// is there to show a browser. Whether it worked is not knowable; the address is printed anyway.
bool openBrowser(const QUrl &url)
{
#if defined(Q_OS_WIN)
    return QProcess::startDetached(
        QStringLiteral("rundll32"),
        {QStringLiteral("url.dll,FileProtocolHandler"), url.toString(QUrl::FullyEncoded)});
#elif defined(Q_OS_MACOS)
    return QProcess::startDetached(QStringLiteral("open"), {url.toString(QUrl::FullyEncoded)});
#else
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return false;
    return QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)});
#endif
}

} // namespace

void CommandLinePrompter::askSignIn(const sync::SignInQuestion &question, SignInReply reply)
{
    if (!m_signInInteractive) {
        // A fetch runs from scripts and cron: nobody is at a browser.
        m_signInNeeded.insert(question.accountId);
        m_unanswered.insert(
            question.accountId,
            question.reason == sync::SignInReason::Expired
                ? CommandLinePrompterText::tr(
                      "%1 no longer accepts the sign-in (%2); sign in again with "
                      "'satchel account login %3'")
                      .arg(question.providerName, question.detail, question.accountName)
                : CommandLinePrompterText::tr(
                      "this account is not signed in; sign in with 'satchel "
                      "account login %1'")
                      .arg(question.accountName));
        reply(false);
        return;
    }
    QTextStream out(stdout);
    out << CommandLinePrompterText::tr("To sign in to %1 for %2, open this address in your "
                                       "web browser:")
               .arg(question.providerName, question.accountName)
        << Qt::endl
        << Qt::endl
        << question.url.toString(QUrl::FullyEncoded) << Qt::endl
        << Qt::endl;
    if (m_openBrowser && openBrowser(question.url))
        out << CommandLinePrompterText::tr("(A browser was asked to open it.)") << Qt::endl;
    out << CommandLinePrompterText::tr("Waiting for the browser to come back to Satchel on this "
                                       "computer (Ctrl+C stops)...")
        << Qt::endl;
    reply(true);
}

} // namespace satchel::app

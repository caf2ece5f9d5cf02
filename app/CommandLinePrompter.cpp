#include "CommandLinePrompter.h"

#include <QCoreApplication>
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
    case sync::Notice::Kind::PasswordNotRemoved:
        err << CommandLinePrompterText::tr(
                   "satchel: the password of %1 could not be removed from the keychain: %2")
                   .arg(notice.accountName, notice.detail)
            << Qt::endl;
        break;
    }
}

} // namespace satchel::app

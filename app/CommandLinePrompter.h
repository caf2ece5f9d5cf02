#pragma once

#include "sync/Prompter.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace satchel::app {

// How the mail service's questions are answered on the command line: from what the command was
// given, never by prompting (commands run from scripts and cron). A password or certificate
// question is declined, so the fetch ends with its outcome and the command with its exit code;
// what was asked is kept to explain the account's line. Notices go to standard error at once.
class CommandLinePrompter final : public sync::Prompter
{
public:
    void askPassword(const sync::PasswordQuestion &question, PasswordReply reply) override;
    void askCertificate(const sync::CertificateQuestion &question, CertificateReply reply) override;
    void inform(const sync::Notice &notice) override;
    // A fetch declines with advice (`satchel account login NAME`); `account login` shows the
    // address on standard output, opens a browser where there is a display (unless told not to)
    // and waits.
    void askSignIn(const sync::SignInQuestion &question, SignInReply reply) override;

    // For `account login`: answer sign-in questions by showing the address.
    void setSignInInteractive(bool interactive, bool openBrowser)
    {
        m_signInInteractive = interactive;
        m_openBrowser = openBrowser;
    }
    // Whether a fetch of this account ended because a person must sign in with a browser.
    [[nodiscard]] bool signInNeeded(qint64 accountId) const
    {
        return m_signInNeeded.contains(accountId);
    }

    // Why the account's fetch ended without trying, for its line ("no password is stored for
    // this account; give it with --password-stdin"); empty when nothing was asked.
    [[nodiscard]] QString unanswered(qint64 accountId) const
    {
        return m_unanswered.value(accountId);
    }
    // Whether the keychain failed to keep a password given on standard input.
    [[nodiscard]] bool passwordNotKept() const { return m_passwordNotKept; }

private:
    QHash<qint64, QString> m_unanswered;
    QSet<qint64> m_signInNeeded;
    bool m_signInInteractive = false;
    bool m_openBrowser = true;
    bool m_passwordNotKept = false;
};

} // namespace satchel::app

#pragma once

#include "pop3/Pop3Error.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace satchel::sync {

// Why the mail service needs a password from a person; each reason means something different
// to them, so the asker says which.
enum class PasswordReason {
    NotStored, // the keychain has no password for this account
    KeychainRefused, // the keychain is locked or denied access (`detail`: its own words)
    NoKeychain, // no keychain answers: asked once a session, never written down
    WrongPassword, // the server did not accept the last one
};

struct PasswordQuestion
{
    qint64 accountId = 0;
    QString accountName;
    QString login; // user@host, as people recognise the account
    PasswordReason reason = PasswordReason::NotStored;
    QString detail; // the keychain's words, where it answered with a problem
    // Whether "remember" can mean the keychain; otherwise it means "until Satchel quits".
    bool keychainWritable = true;
    // The first question of this session that meets no keychain: the asker says once why.
    bool firstWithoutKeychain = false;
};

struct PasswordAnswer
{
    QString password; // a secret: never logged
    bool remember = true;
};

struct CertificateQuestion
{
    qint64 accountId = 0;
    QString accountName;
    QString host;
    pop3::Pop3Error error; // the certificate chain and the checks that failed
    // A certificate was accepted before (pinnedSha256) and the server now shows another one.
    bool changed = false;
    QByteArray pinnedSha256;
};

// Why an account that signs in with OAuth2 needs a person at the browser.
enum class SignInReason {
    NotSignedIn, // never signed in here, or the keychain lost it
    Expired, // the provider refused the stored sign-in (revoked, expired, password changed)
    Requested, // the person asked (`satchel account login`, "Sign in again")
};

struct SignInQuestion
{
    qint64 accountId = 0;
    QString accountName;
    QString login; // user@host, as people recognise the account
    QString providerName; // "Gmail", "Outlook.com / Hotmail"
    SignInReason reason = SignInReason::NotSignedIn;
    QString detail; // the provider's words, where it refused
    // Open this in the system browser (never an embedded one); the service waits for the
    // browser's redirect on the loopback address until the sign-in ends or is declined.
    QUrl url;
};

// Something a person should know that needs no answer. The front end words it, because the
// window and the command line say different things about what happens next.
struct Notice
{
    enum class Kind {
        NoKeychain, // no keychain answers: passwords are kept for this session only (once)
        PasswordNotStored, // the keychain did not take a password: kept for this session only
        PasswordNotRemoved, // removing an account left its password in the keychain
        SignInNotStored, // the keychain did not take a sign-in: it lasts until Satchel quits
    };
    Kind kind = Kind::NoKeychain;
    qint64 accountId = 0;
    QString accountName;
    QString detail; // the keychain's words
};

// How the mail service asks (STYLE.md item 14, as Trojitá's model asks its GUI): the window
// answers with dialogs, the command line from its options and standard input (a question it
// cannot answer ends in an exit code), tests in code. Each question is answered exactly once
// through its reply, at once or later, never from a nested event loop; a reply given after the
// service has gone does nothing.
class Prompter
{
public:
    // nullopt: the person declined.
    using PasswordReply = std::function<void(const std::optional<PasswordAnswer> &answer)>;
    // The SHA-256 of the certificate the person accepted; empty when they did not.
    using CertificateReply = std::function<void(const QByteArray &acceptedSha256)>;
    // true: the browser was opened (or the person was shown the address) and the service waits
    // for the sign-in; false: declined, the fetch ends as needing a sign-in.
    using SignInReply = std::function<void(bool opened)>;

    virtual ~Prompter() = default;
    virtual void askPassword(const PasswordQuestion &question, PasswordReply reply) = 0;
    virtual void askCertificate(const CertificateQuestion &question, CertificateReply reply) = 0;
    virtual void inform(const Notice &notice) = 0;
    // An asker that cannot show a browser declines.
    virtual void askSignIn(const SignInQuestion &question, SignInReply reply)
    {
        (void)question;
        reply(false);
    }
};

} // namespace satchel::sync

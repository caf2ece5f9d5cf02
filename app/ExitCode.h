#pragma once

namespace satchel::app {

// The one set of exit codes of every command (README "Command line", the man page). A usage
// error is never confused with "try later": a script that retries on one must not loop on the
// other.
enum ExitCode : int {
    Ok = 0,
    Problem = 1, // named on standard error
    Usage = 2, // the command line itself is wrong; `satchel --help` says how
    Authentication = 3, // fetch: the password is wrong or missing
    Certificate = 4, // fetch: the server's certificate did not verify
    // fetch, account login: the account must sign in with a browser (OAuth2) first, or again
    // because the provider refused the stored sign-in: `satchel account login NAME`.
    SignInNeeded = 6,
    // fetch: the mailbox is in use, a login delay, the server or the link failing for now.
    // EX_TEMPFAIL of sysexits.h, as mpop, msmtp and sendmail use it for "try again later".
    TryLater = 75,
};

} // namespace satchel::app

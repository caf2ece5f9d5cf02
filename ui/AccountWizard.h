#pragma once

#include "CertificateDialog.h"
#include "SignInPage.h"
#include "accounts/AccountSettings.h"
#include "autoconfig/LoginCheck.h"
#include "autoconfig/ServerProbe.h"
#include "oauth/OAuthProvider.h"
#include "oauth/TokenGrant.h"
#include "pop3/SessionSettings.h"
#include "util/Result.h"

#include <QByteArray>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <QWizard>

#include <functional>
#include <optional>

namespace satchel::autoconfig {
class ProviderPresets;
}

namespace satchel::ui {

// What the account wizard collected: the account's settings (without a name, which the caller
// chooses), the password for the keychain (never anywhere else), and what the test login learned.
struct NewAccount
{
    accounts::AccountSettings settings;
    QString password; // a secret: never log it, never write it to a file
    QString providerId; // the preset used, empty when probed or typed
    // The browser sign-in's grant, when the account signs in with OAuth2 (settings.oauthProvider
    // set): secrets, for the keychain only, as the password.
    std::optional<oauth::TokenGrant> signIn;

    // What the test login learned about the server.
    bool serverHasUidl = true;
    std::optional<int> serverExpireDays;
};

// Adding an account: name, address and password; the server (a preset, or found by probing the
// domain), shown and editable; a real test login, with the certificate dialog when the
// certificate does not verify; then what to leave on the server and how often to check.
class AccountWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { IdentityPageId, ServerPageId, TestPageId, RetentionPageId, SignInPageId };

    struct Options
    {
        // Null: ProviderPresets::builtIn().
        const autoconfig::ProviderPresets *presets = nullptr;
        // Where to look for a domain's server; empty: ServerProbe::candidatesFor().
        std::function<QList<autoconfig::ProbeCandidate>(const QString &domain)> candidates;
        // Extra trust anchors for probing and logging in (tests: the test certificate).
        QList<QSslCertificate> caCertificates;
        int probeTimeoutMs = 15'000;
        int loginTimeoutMs = 30'000;
        // The OAuth2 provider by its preset's OAuth id, with the user's client ID (empty: the
        // build's). Null: oauth::providerFor; tests point it at their mock server.
        std::function<Result<oauth::OAuthProvider>(const QString &oauthId, const QString &clientId,
                                                   const QString &clientSecret)>
            oauthProvider;
        // Opens the sign-in address in the system browser. Null: QDesktopServices::openUrl;
        // tests pass a stand-in that does the browser's part.
        std::function<bool(const QUrl &url)> openBrowser;
    };

    explicit AccountWizard(QWidget *parent = nullptr);
    explicit AccountWizard(Options options, QWidget *parent = nullptr);
    ~AccountWizard() override;

    // Valid once the wizard was accepted.
    [[nodiscard]] NewAccount account() const;

    [[nodiscard]] bool isProbing() const;
    [[nodiscard]] bool isTestingLogin() const;
    // The certificate dialog while it is open.
    [[nodiscard]] CertificateDialog *certificateDialog() const { return m_certificateDialog; }
    [[nodiscard]] const autoconfig::LoginCheckResult &loginResult() const { return m_loginResult; }

Q_SIGNALS:
    void probeFinished(const satchel::autoconfig::ProbeResult &result);
    void loginCheckFinished(const satchel::autoconfig::LoginCheckResult &result);

private:
    friend class IdentityPage;
    friend class ServerPage;
    friend class TestLoginPage;
    friend class RetentionPage;

    [[nodiscard]] const autoconfig::ProviderPresets &presets() const;
    [[nodiscard]] pop3::SessionSettings currentSessionSettings() const;
    [[nodiscard]] NewAccount collect() const;
    // The account signs in with the browser: the preset or the probe asked for it, and the user
    // did not choose a password instead.
    [[nodiscard]] bool signsInWithBrowser() const { return m_wantsSignIn && !m_passwordInstead; }
    void choosePasswordLogin();
    [[nodiscard]] SignInPage::Target signInTarget() const;

    Options m_options;
    QPointer<autoconfig::ServerProbe> m_probe;
    QPointer<autoconfig::LoginCheck> m_loginCheck;
    QPointer<CertificateDialog> m_certificateDialog;
    autoconfig::LoginCheckResult m_loginResult;
    bool m_loginDone = false;
    QByteArray m_pinnedSha256;
    QString m_pinnedFor; // host:port the pinned certificate was accepted for
    QString m_providerId;
    bool m_wantsSignIn = false;
    bool m_passwordInstead = false;
    QString m_oauthId; // the provider to sign in with; empty when the probe found no preset
};

} // namespace satchel::ui

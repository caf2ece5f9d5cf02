#pragma once

#include "CertificateDialog.h"
#include "accounts/AccountSettings.h"
#include "autoconfig/LoginCheck.h"
#include "autoconfig/ServerProbe.h"
#include "pop3/SessionSettings.h"

#include <QByteArray>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
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
    enum PageId { IdentityPageId, ServerPageId, TestPageId, RetentionPageId };

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
    friend class ServerPage;
    friend class TestLoginPage;
    friend class RetentionPage;

    [[nodiscard]] const autoconfig::ProviderPresets &presets() const;
    [[nodiscard]] pop3::SessionSettings currentSessionSettings() const;
    [[nodiscard]] NewAccount collect() const;

    Options m_options;
    QPointer<autoconfig::ServerProbe> m_probe;
    QPointer<autoconfig::LoginCheck> m_loginCheck;
    QPointer<CertificateDialog> m_certificateDialog;
    autoconfig::LoginCheckResult m_loginResult;
    bool m_loginDone = false;
    QByteArray m_pinnedSha256;
    QString m_pinnedFor; // host:port the pinned certificate was accepted for
    QString m_providerId;
};

} // namespace satchel::ui

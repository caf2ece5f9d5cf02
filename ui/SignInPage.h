#pragma once

#include "oauth/OAuthProvider.h"
#include "oauth/TokenGrant.h"
#include "util/Result.h"

#include <QPointer>
#include <QString>
#include <QUrl>
#include <QWizardPage>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QWidget;

namespace satchel::oauth {
class BrowserSignIn;
}

namespace satchel::ui {

// The account wizard's "Sign in with your browser" page, for providers that want OAuth2 (the
// presets say so, or the server offers nothing but XOAUTH2/OAUTHBEARER). core/oauth's
// BrowserSignIn does the work; this page opens the system browser (never an embedded one) and
// shows where things stand. The grant is handed out, never stored here: the wizard's caller gives
// it to the mail service, as `satchel account login` does.
class SignInPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class State {
        Ready, // the button is there to press
        Waiting, // the browser has the sign-in page; the loopback address waits for its answer
        SignedIn,
        Failed, // the reason is shown, with "Try again" where trying again can help
        NoClientId, // this build has no client ID for the provider, and the user gave none
    };

    // What to sign in to; the wizard works it out when the page opens.
    struct Target
    {
        QString oauthId; // empty: the server wants OAuth, but Satchel knows no provider for it
        QString providerName;
        QString serverName; // host, for the message when no provider is known
        QString appPasswordHelp; // the provider's own words; empty when it has no app passwords
        QString loginHint; // the address, proposed to the provider's page
        QString userName; // as whom the account logs in, shown once signed in
    };
    using TargetFunction = std::function<Target()>;
    // The provider with the user's client ID (empty: the build's); an Error with Code::Invalid
    // when there is no client ID at all.
    using ProviderResolver = std::function<Result<oauth::OAuthProvider>(
        const QString &oauthId, const QString &clientId, const QString &clientSecret)>;
    // Opens the address in the system browser; tests pass a stand-in.
    using BrowserOpener = std::function<bool(const QUrl &url)>;

    SignInPage(TargetFunction target, ProviderResolver resolver, BrowserOpener opener,
               int nextPageId, QWidget *parent = nullptr);
    ~SignInPage() override;

    [[nodiscard]] State state() const { return m_state; }
    // Set once signed in; a secret (never logged, never written to a file).
    [[nodiscard]] std::optional<oauth::TokenGrant> grant() const { return m_grant; }
    [[nodiscard]] QString oauthId() const { return m_target.oauthId; }
    [[nodiscard]] QString clientId() const;
    [[nodiscard]] QString clientSecret() const;

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override { return m_nextPageId; }

Q_SIGNALS:
    void stateChanged(satchel::ui::SignInPage::State state);
    // "Log in with a password instead": the wizard goes the password way.
    void passwordLoginChosen();

private:
    void resolve();
    void startSignIn();
    void cancelSignIn();
    void showState(State state, const QString &detail = {});

    TargetFunction m_targetFunction;
    ProviderResolver m_resolver;
    BrowserOpener m_opener;
    int m_nextPageId;
    Target m_target;
    State m_state = State::Ready;
    std::optional<oauth::TokenGrant> m_grant;
    QPointer<oauth::BrowserSignIn> m_signIn;
    QUrl m_url;

    QLabel *m_explanation = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_appPassword = nullptr;
    QPushButton *m_usePassword = nullptr;
    QPushButton *m_advancedToggle = nullptr;
    QWidget *m_advanced = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLabel *m_clientSecretLabel = nullptr;
    QLineEdit *m_clientSecret = nullptr;
};

} // namespace satchel::ui

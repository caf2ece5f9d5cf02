#include "SignInPage.h"

#include "WrappingLabel.h"
#include "oauth/BrowserSignIn.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace satchel::ui {

namespace {

QPushButton *pageButton(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

} // namespace

SignInPage::SignInPage(TargetFunction target, ProviderResolver resolver, BrowserOpener opener,
                       int nextPageId, QWidget *parent)
    : QWizardPage(parent)
    , m_targetFunction(std::move(target))
    , m_resolver(std::move(resolver))
    , m_opener(std::move(opener))
    , m_nextPageId(nextPageId)
{
    setObjectName(QStringLiteral("signInPage"));
    setTitle(tr("Sign in with your browser"));
    auto *layout = new QVBoxLayout(this);
    m_explanation = wrappingLabel(QStringLiteral("signInExplanation"), this);
    layout->addWidget(m_explanation);

    m_status = wrappingLabel(QStringLiteral("signInStatus"), this);
    m_status->setAccessibleName(tr("Sign-in status"));
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("signInProgress"));
    m_progress->setAccessibleName(tr("Waiting for the browser"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);
    m_detail = wrappingLabel(QStringLiteral("signInDetail"), this);
    m_detail->setAccessibleName(tr("Details"));
    layout->addWidget(m_detail);

    auto *buttons = new QHBoxLayout;
    m_signInButton = pageButton(QStringLiteral("signInButton"), QString(), this);
    m_copy = pageButton(QStringLiteral("copySignInAddress"), tr("&Copy the address"), this);
    m_copy->setToolTip(tr("For a browser on this computer that did not open by itself."));
    m_cancel = pageButton(QStringLiteral("cancelSignIn"), tr("&Cancel"), this);
    buttons->addWidget(m_signInButton);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_appPassword = wrappingLabel(QStringLiteral("appPasswordRoute"), this);
    m_appPassword->setAccessibleName(tr("App password"));
    layout->addWidget(m_appPassword);
    auto *passwordRow = new QHBoxLayout;
    m_usePassword = pageButton(QStringLiteral("usePasswordInstead"),
                               tr("Log in with a &password instead"), this);
    passwordRow->addWidget(m_usePassword);
    passwordRow->addStretch();
    layout->addLayout(passwordRow);
    layout->addStretch();

    // Advanced: a client of the user's own (README: how to register one), which overrides the
    // build's.
    auto *advancedRow = new QHBoxLayout;
    m_advancedToggle = pageButton(QStringLiteral("signInAdvanced"), tr("&Advanced settings"), this);
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setFlat(true);
    advancedRow->addWidget(m_advancedToggle);
    advancedRow->addStretch();
    layout->addLayout(advancedRow);
    m_advanced = new QWidget(this);
    auto *form = new QFormLayout(m_advanced);
    form->setContentsMargins(0, 0, 0, 0);
    m_clientId = new QLineEdit(m_advanced);
    m_clientId->setObjectName(QStringLiteral("oauthClientId"));
    m_clientId->setAccessibleName(tr("OAuth client ID"));
    m_clientId->setPlaceholderText(tr("The one built into Satchel, if any"));
    form->addRow(tr("OAuth &client ID:"), m_clientId);
    m_clientSecret = new QLineEdit(m_advanced);
    m_clientSecret->setObjectName(QStringLiteral("oauthClientSecret"));
    m_clientSecret->setAccessibleName(tr("OAuth client secret"));
    m_clientSecretLabel = new QLabel(tr("Client &secret:"), m_advanced);
    m_clientSecretLabel->setBuddy(m_clientSecret);
    form->addRow(m_clientSecretLabel, m_clientSecret);
    m_advanced->setVisible(false);
    layout->addWidget(m_advanced);

    connect(m_signInButton, &QPushButton::clicked, this, [this] { startSignIn(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelSignIn(); });
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded)); });
    connect(m_usePassword, &QPushButton::clicked, this, [this] {
        cancelSignIn();
        Q_EMIT passwordLoginChosen();
    });
    connect(m_advancedToggle, &QPushButton::toggled, m_advanced, &QWidget::setVisible);
    // Another client ID is another sign-in: what was granted or refused before no longer counts.
    const auto clientChanged = [this] {
        if (m_state != State::Waiting)
            resolve();
    };
    connect(m_clientId, &QLineEdit::textEdited, this, clientChanged);
    connect(m_clientSecret, &QLineEdit::textEdited, this, clientChanged);
}

SignInPage::~SignInPage() = default;

QString SignInPage::clientId() const
{
    return m_clientId->text().trimmed();
}

QString SignInPage::clientSecret() const
{
    return m_target.oauthId == u"google" ? m_clientSecret->text().trimmed() : QString();
}

void SignInPage::initializePage()
{
    const Target target = m_targetFunction();
    const bool same = target.oauthId == m_target.oauthId && target.userName == m_target.userName;
    m_target = target;
    // Google's desktop clients come with a "secret" (RFC 8252 section 8.5); the others have none.
    const bool google = m_target.oauthId == u"google";
    m_clientSecretLabel->setVisible(google);
    m_clientSecret->setVisible(google);
    if (same && m_state == State::SignedIn)
        return; // back and forth: the sign-in stands
    resolve();
}

void SignInPage::cleanupPage()
{
    if (m_state == State::Waiting)
        cancelSignIn();
}

bool SignInPage::isComplete() const
{
    return m_state == State::SignedIn && m_grant.has_value();
}

void SignInPage::resolve()
{
    cancelSignIn();
    m_grant.reset();
    if (m_target.oauthId.isEmpty()) {
        showState(
            State::Failed,
            tr("%1 accepts only a sign-in through a web page (OAuth), and Satchel does not know "
               "where that page is for this server.")
                .arg(m_target.serverName));
        return;
    }
    const Result<oauth::OAuthProvider> provider
        = m_resolver(m_target.oauthId, clientId(), clientSecret());
    if (provider)
        showState(State::Ready);
    else if (provider.error().code == Error::Code::Invalid)
        showState(State::NoClientId);
    else
        showState(State::Failed, provider.error().message);
}

void SignInPage::startSignIn()
{
    cancelSignIn();
    m_grant.reset();
    const Result<oauth::OAuthProvider> provider
        = m_resolver(m_target.oauthId, clientId(), clientSecret());
    if (!provider) {
        showState(provider.error().code == Error::Code::Invalid ? State::NoClientId : State::Failed,
                  provider.error().message);
        return;
    }
    auto *signIn = new oauth::BrowserSignIn(*provider, this);
    signIn->setLoginHint(m_target.loginHint);
    if (!signIn->start()) {
        const QString why = signIn->errorString();
        delete signIn;
        showState(State::Failed, why);
        return;
    }
    m_signIn = signIn;
    m_url = signIn->authorizationUrl();
    connect(signIn, &oauth::BrowserSignIn::signedIn, this,
            [this, signIn](const oauth::TokenGrant &grant) {
                signIn->deleteLater();
                m_grant = grant;
                showState(State::SignedIn);
            });
    connect(signIn, &oauth::BrowserSignIn::failed, this, [this, signIn](const QString &why) {
        signIn->deleteLater();
        showState(State::Failed, why);
    });
    showState(State::Waiting);
    if (!m_opener(m_url))
        m_detail->setText(tr("Satchel could not open your browser. Copy the address and open it "
                             "in a browser on this computer; Satchel keeps waiting."));
}

void SignInPage::cancelSignIn()
{
    if (m_signIn) {
        // Destroying it closes the loopback listener: a late redirect finds nobody.
        m_signIn->disconnect(this);
        m_signIn->deleteLater();
        m_signIn = nullptr;
    }
    if (m_state == State::Waiting)
        showState(State::Ready);
}

void SignInPage::showState(State state, const QString &detail)
{
    m_state = state;
    const QString provider = m_target.providerName;
    const bool known = !m_target.oauthId.isEmpty();
    setSubTitle(known ? tr("%1 wants you to sign in on its own web page; Satchel never sees your "
                           "password.")
                            .arg(provider)
                      : QString());
    m_explanation->setText(
        known ? tr("Satchel opens %1's sign-in page in your web browser. Sign in there and allow "
                   "Satchel to read your mail; then come back here. Satchel keeps the sign-in in "
                   "this computer's keychain.")
                    .arg(provider)
              : QString());
    // What the button does, only where there is a button.
    m_explanation->setVisible(known && state != State::NoClientId && state != State::SignedIn);
    m_progress->setVisible(state == State::Waiting);
    m_cancel->setVisible(state == State::Waiting);
    m_copy->setVisible(state == State::Waiting);
    m_signInButton->setVisible(known && (state == State::Ready || state == State::Failed));
    m_signInButton->setText(state == State::Failed ? tr("&Try again")
                                                   : tr("&Sign in with your browser"));
    // The password way is always open where the sign-in cannot happen, and for providers that
    // take app passwords.
    const bool offerPassword = state == State::NoClientId || state == State::Failed
        || !m_target.appPasswordHelp.isEmpty();
    m_usePassword->setVisible(offerPassword && state != State::Waiting && state != State::SignedIn);
    m_appPassword->setVisible(!m_target.appPasswordHelp.isEmpty() && state != State::Waiting
                              && state != State::SignedIn);
    m_appPassword->setText(tr("Instead of signing in, you can log in with an app password. %1")
                               .arg(m_target.appPasswordHelp));

    QString status;
    QString shownDetail = detail;
    switch (state) {
    case State::Ready:
        status = tr("Ready: press the button to open your browser.");
        break;
    case State::Waiting:
        status = tr("Waiting for you to finish signing in to %1 in your browser...").arg(provider);
        shownDetail = tr("If no browser opened, copy the address and open it in a browser on "
                         "this computer.");
        break;
    case State::SignedIn:
        status = m_target.userName.isEmpty()
            ? tr("Signed in to %1.").arg(provider)
            : tr("Signed in to %1 as %2.").arg(provider, m_target.userName);
        shownDetail = tr("Press Next to choose what stays on the server.");
        break;
    case State::Failed:
        status = known ? tr("The sign-in did not work.") : tr("Satchel cannot sign in here.");
        break;
    case State::NoClientId:
        status
            = tr("No OAuth client ID for %1 is configured in this build of Satchel.").arg(provider);
        shownDetail = m_target.appPasswordHelp.isEmpty()
            ? tr("Enter a client ID of your own under Advanced settings (the README says how to "
                 "register one), or log in with a password.")
            : tr("Enter a client ID of your own under Advanced settings (the README says how to "
                 "register one), or use an app password.");
        if (!m_advancedToggle->isChecked())
            m_advancedToggle->setChecked(true);
        break;
    }
    m_status->setText(status);
    m_detail->setText(shownDetail);
    m_detail->setVisible(!shownDetail.isEmpty());
    Q_EMIT completeChanged();
    Q_EMIT stateChanged(state);
}

} // namespace satchel::ui

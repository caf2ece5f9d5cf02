#pragma once

// The browser's part of the wizard's sign-in and a provider preset played by the mock
// authorization server; shared by tst_signinpage and the screenshot program.
#include "BrowserDriver.h"
#include "OAuthMockServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

#include <functional>

namespace satchel::test {

// A provider the mock server plays (the wizard's resolver puts in its http endpoints; presets
// take https only), at "mockmail.test" (chosen by preset) and served by
// "127.0.0.1" (chosen by probe), with the app-password words of a real preset.
inline QByteArray mockPresets(quint16 popPort)
{
    const QJsonObject oauth {
        {QStringLiteral("id"), QStringLiteral("mock")},
        {QStringLiteral("authorizationUrl"), QStringLiteral("https://mockmail.test/authorize")},
        {QStringLiteral("tokenUrl"), QStringLiteral("https://mockmail.test/token")},
        {QStringLiteral("scope"), QStringLiteral("pop offline_access")},
        {QStringLiteral("mechanism"), QStringLiteral("XOAUTH2")},
        {QStringLiteral("initialResponse"), false}};
    const QJsonObject preset {
        {QStringLiteral("id"), QStringLiteral("mockmail")},
        {QStringLiteral("name"), QStringLiteral("Mock Mail")},
        {QStringLiteral("domains"), QJsonArray {QStringLiteral("mockmail.test")}},
        {QStringLiteral("pop3"),
         QJsonObject {{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                      {QStringLiteral("port"), int(popPort)},
                      {QStringLiteral("security"), QStringLiteral("tls")}}},
        {QStringLiteral("userName"), QStringLiteral("%EMAILADDRESS%")},
        {QStringLiteral("alternativeUserNames"), QJsonArray {}},
        {QStringLiteral("notes"), QJsonArray {}},
        {QStringLiteral("oauth"), oauth},
        {QStringLiteral("appPassword"),
         QJsonObject {{QStringLiteral("url"), QStringLiteral("https://mock.test/apps")},
                      {QStringLiteral("where"), QStringLiteral("Settings > Mock app passwords")}}},
        {QStringLiteral("settingsUrl"), QString()},
        {QStringLiteral("verify"), QString()}};
    return QJsonDocument(QJsonObject {{QStringLiteral("version"), 1},
                                      {QStringLiteral("providers"), QJsonArray {preset}}})
        .toJson();
}

// The system browser's part, done by the test: GET the authorization URL, then follow the
// redirect to the loopback address; or, declining, send the provider's refusal there instead.
struct StandInBrowser
{
    bool decline = false;
    bool stay = false; // opens nothing: the sign-in keeps waiting
    int opened = 0;

    std::function<bool(const QUrl &)> opener()
    {
        return [this](const QUrl &url) {
            ++opened;
            if (stay)
                return true;
            const bool refuse = decline;
            // Later, as a real browser does: never inside the page's own call.
            QTimer::singleShot(0, [url, refuse] {
                if (refuse) {
                    const QUrlQuery asked(url);
                    QUrl back(
                        asked.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
                    QUrlQuery answer;
                    answer.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
                    answer.addQueryItem(QStringLiteral("error_description"),
                                        QStringLiteral("The user declined"));
                    answer.addQueryItem(QStringLiteral("state"),
                                        asked.queryItemValue(QStringLiteral("state")));
                    back.setQuery(answer);
                    (void)browserGet(back);
                    return;
                }
                const test::BrowserAnswer authorized = browserGet(url);
                if (authorized.location.isValid())
                    (void)browserGet(authorized.location);
            });
            return true;
        };
    }
};

} // namespace satchel::test

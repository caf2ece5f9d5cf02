#pragma once

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

namespace satchel::test {

// The browser's part of a sign-in, done by the test: one HTTP GET, redirects not followed, so
// the test sees where the authorization server sends it and decides whether to go there.
struct BrowserAnswer
{
    int status = 0; // 0: no answer (nobody listens there)
    QUrl location; // the Location header of a redirect
    QByteArray body;
};

inline BrowserAnswer browserGet(const QUrl &url, int timeoutMs = 10000)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
    loop.exec();
    BrowserAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    answer.body = reply->readAll();
    delete reply;
    return answer;
}

} // namespace satchel::test

#pragma once

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTextBrowser>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace satchel::ui {

// The only place a message's HTML is turned into pixels. Every resource the document asks for
// (images, style sheets) comes through loadResource(), and that refuses anything remote unless
// the user allowed remote content for the message on screen:
//   - cid: is served from the message's own inline parts (the resolver below);
//   - data: is decoded here (it is inside the message already);
//   - http, https, ftp, file:, protocol-relative //host and anything else: nothing, no request.
// QTextBrowser has no script engine: <script> is never run (and sanitize() drops it anyway).
// Links are never followed by the widget itself (openLinks is off): anchorClicked goes to the
// window, which hands http(s)/mailto to the desktop only on the user's click.
class SafeBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    // Returns the bytes of the inline part with this Content-ID, or an empty array.
    using CidResolver = std::function<QByteArray(const QString &contentId)>;

    explicit SafeBrowser(QWidget *parent = nullptr);
    ~SafeBrowser() override;

    // Shows a message's HTML with remote content blocked. `cid` serves its inline parts.
    void showHtml(const QString &html, CidResolver cid);
    // Shows prepared (already escaped) rich text from Satchel itself, such as a plain-text body.
    void showText(const QString &richText);

    // Whether the HTML on screen referred to remote content that was blocked.
    [[nodiscard]] bool remoteContentBlocked() const { return !m_blocked.isEmpty(); }
    [[nodiscard]] QList<QUrl> blockedUrls() const;
    // Allows remote images for the message on screen only (the next showHtml() or showText()
    // forgets it and abandons what is still being fetched), and fetches its http and https
    // images: each at most kMaxRemoteImageBytes and kMaxRemoteImagePixels, at most
    // kMaxRemoteImages of them, within remoteTimeout(); without cookies, cache or referrer,
    // and never redirected from https to http. Style sheets, fonts and everything else stay
    // refused. Each image is shown as it arrives.
    void allowRemoteContent();
    [[nodiscard]] bool remoteContentAllowed() const { return m_remoteAllowed; }
    // The manager remote images are fetched with; by default one of this browser's own,
    // configured as above (a manager set here is used as it is).
    void setNetworkAccessManager(QNetworkAccessManager *manager) { m_network = manager; }
    void setRemoteTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    [[nodiscard]] int remoteTimeout() const { return m_timeoutMs; }
    // Remote images of the message on screen: asked for, and arrived (and shown).
    [[nodiscard]] int remoteRequests() const { return m_requested; }
    [[nodiscard]] QList<QUrl> remoteImagesShown() const;

    static constexpr qint64 kMaxRemoteImageBytes = 5 * 1024 * 1024;
    static constexpr int kMaxRemoteImagePixels = 4096; // width and height
    static constexpr int kMaxRemoteImages = 64;

    // What the HTML is cleaned of before Qt sees it: scripts, event attributes, and remote
    // url(...) and background= references (defence in depth: loadResource() refuses them too).
    [[nodiscard]] static QString sanitize(const QString &html, bool keepRemote = false);
    [[nodiscard]] static bool isRemote(const QUrl &url);

    // Every resource the document wants, answered as described above.
    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    void remoteContentWasBlocked();
    // A remote image the user allowed has arrived (or failed: `shown` false).
    void remoteImageFinished(const QUrl &url, bool shown);

private:
    void render();
    void replaceDocument();
    void forgetRemote();
    void setPaper(bool paper);
    void fetchRemote(const QUrl &url);
    void remoteArrived(QNetworkReply *reply, const QUrl &url);
    [[nodiscard]] QNetworkAccessManager *network();

    QTextDocument *m_document = nullptr; // the one this class made (and deletes)
    CidResolver m_cid;
    QString m_html;
    QSet<QUrl> m_blocked;
    bool m_remoteAllowed = false;
    QHash<QUrl, QImage> m_fetched; // remote images the user allowed, for this message (null:
                                   // failed or refused)
    QSet<QUrl> m_inFlight;
    QList<QPointer<QNetworkReply>> m_replies;
    int m_requested = 0;
    int m_timeoutMs = 20000;
    QNetworkAccessManager *m_network = nullptr;
    QNetworkAccessManager *m_ownNetwork = nullptr;
    quint64 m_generation = 0; // stale replies from a previous message are ignored
};

} // namespace satchel::ui

#pragma once

#include <QHash>
#include <QSet>
#include <QTextBrowser>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

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
    // Allows remote images for the message on screen only (the next showHtml() forgets it), and
    // fetches them. Without a network manager set, nothing is fetched.
    void allowRemoteContent();
    [[nodiscard]] bool remoteContentAllowed() const { return m_remoteAllowed; }
    void setNetworkAccessManager(QNetworkAccessManager *manager) { m_network = manager; }

    // What the HTML is cleaned of before Qt sees it: scripts, event attributes, and remote
    // url(...) and background= references (defence in depth: loadResource() refuses them too).
    [[nodiscard]] static QString sanitize(const QString &html, bool keepRemote = false);
    [[nodiscard]] static bool isRemote(const QUrl &url);

    // Every resource the document wants, answered as described above.
    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    void remoteContentWasBlocked();

private:
    void render();
    void replaceDocument();

    QTextDocument *m_document = nullptr; // the one this class made (and deletes)
    CidResolver m_cid;
    QString m_html;
    QSet<QUrl> m_blocked;
    bool m_remoteAllowed = false;
    QHash<QUrl, QByteArray> m_fetched; // remote images the user allowed, for this message
    int m_pendingFetches = 0;
    QNetworkAccessManager *m_network = nullptr;
    quint64 m_generation = 0; // stale replies from a previous message are ignored
};

} // namespace satchel::ui

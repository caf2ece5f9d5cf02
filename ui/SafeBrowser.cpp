#include "SafeBrowser.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>

#include <utility>

namespace satchel::ui {

namespace {

// What a refused image becomes. A null QVariant would make QTextDocument try on its own (it
// reads local files and relative paths itself when the widget returns nothing), so a refusal
// must be a value: one transparent pixel.
QVariant refusedImage()
{
    QImage pixel(1, 1, QImage::Format_ARGB32);
    pixel.fill(Qt::transparent);
    return pixel;
}

QByteArray decodeDataUrl(const QUrl &url)
{
    // data:[<mediatype>][;base64],<data>
    const QString spec = url.toString(QUrl::RemoveScheme | QUrl::FullyEncoded);
    const qsizetype comma = spec.indexOf(u',');
    if (comma < 0)
        return {};
    const QString meta = spec.left(comma);
    const QByteArray payload = QByteArray::fromPercentEncoding(spec.mid(comma + 1).toLatin1());
    return meta.endsWith(QLatin1String(";base64"), Qt::CaseInsensitive)
        ? QByteArray::fromBase64(payload)
        : payload;
}

// Keeps no cookie and offers none: a remote image must not be able to recognise the reader.
class NoCookies : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

// The decoded image, or a null one when the bytes are not an image or one too large to decode.
QImage decodeBounded(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > SafeBrowser::kMaxRemoteImagePixels
        || size.height() > SafeBrowser::kMaxRemoteImagePixels)
        return {};
    return reader.read();
}

} // namespace

SafeBrowser::SafeBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
}

SafeBrowser::~SafeBrowser() = default;

bool SafeBrowser::isRemote(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme != QLatin1String("cid") && scheme != QLatin1String("data");
}

QString SafeBrowser::sanitize(const QString &html, bool keepRemote)
{
    QString out = html;
    // No script engine exists in QTextBrowser; dropping the elements also keeps their text off
    // the screen.
    static const QRegularExpression script(
        QStringLiteral("<script\\b[^>]*>.*?</script\\s*>|<script\\b[^>]*/?>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    out.remove(script);
    // on*="..." event attributes: meaningless here, and nobody should read them as "allowed".
    static const QRegularExpression events(
        QStringLiteral("\\s+on[a-z]+\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)"),
        QRegularExpression::CaseInsensitiveOption);
    out.remove(events);
    if (keepRemote)
        return out;
    // url(...) in <style> and style="" that does not point into the message itself.
    static const QRegularExpression cssUrl(
        QStringLiteral("url\\(\\s*(['\"]?)(?!\\s*(cid:|data:))[^)]*\\)"),
        QRegularExpression::CaseInsensitiveOption);
    out.replace(cssUrl, QStringLiteral("none"));
    static const QRegularExpression cssImport(QStringLiteral("@import[^;]*;?"),
                                              QRegularExpression::CaseInsensitiveOption);
    out.remove(cssImport);
    // background="http://..." (and the like) on body, table, td.
    static const QRegularExpression background(
        QStringLiteral("\\s+background\\s*=\\s*(\"(?!cid:|data:)[^\"]*\"|'(?!cid:|data:)[^']*'|"
                       "(?!cid:|data:|\"|')[^\\s>]+)"),
        QRegularExpression::CaseInsensitiveOption);
    out.remove(background);
    return out;
}

void SafeBrowser::forgetRemote()
{
    // The generation first: the replies aborted below finish at once and must find it stale.
    ++m_generation;
    m_remoteAllowed = false;
    const QList<QPointer<QNetworkReply>> replies = std::exchange(m_replies, {});
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply)
            reply->abort();
    }
    m_fetched.clear();
    m_inFlight.clear();
    m_requested = 0;
}

void SafeBrowser::setPaper(bool paper)
{
    // HTML mail is written for a light page: on a dark palette the dark text most of it sets
    // would vanish, so it gets a page of its own (as in other mail programs). Satchel's own text
    // (plain-text mail) follows the palette.
    const QPalette inherited = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    if (!paper || inherited.color(QPalette::Base).lightness() >= 128) {
        setPalette(QPalette());
        return;
    }
    QPalette page = inherited;
    page.setColor(QPalette::Base, QColor(0xfa, 0xfa, 0xfa));
    page.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    page.setColor(QPalette::Link, QColor(0x1a, 0x55, 0xa8));
    page.setColor(QPalette::LinkVisited, QColor(0x6a, 0x1b, 0x9a));
    setPalette(page);
}

void SafeBrowser::showHtml(const QString &html, CidResolver cid)
{
    forgetRemote();
    setPaper(true);
    m_cid = std::move(cid);
    m_html = html;
    render();
}

void SafeBrowser::showText(const QString &richText)
{
    forgetRemote();
    setPaper(false);
    m_cid = nullptr;
    m_html.clear();
    m_blocked.clear();
    replaceDocument();
    setHtml(richText);
}

void SafeBrowser::replaceDocument()
{
    // A new document for each message: the resources the previous one cached (images, and the
    // refusals) go with it. The browser is its parent, so the document asks this
    // loadResource() for everything it needs.
    QTextDocument *previous = m_document;
    m_document = new QTextDocument(this);
    setDocument(m_document);
    delete previous;
}

void SafeBrowser::render()
{
    m_blocked.clear();
    const QString cleaned = sanitize(m_html, m_remoteAllowed);
    if (!m_remoteAllowed && cleaned != sanitize(m_html, true))
        m_blocked.insert(QUrl(QStringLiteral("css:remote-style"))); // stripped url()/background
    replaceDocument();
    setHtml(cleaned);
    // Images are asked for when they are laid out, which may be later; ask for each now, so
    // that what is blocked is known (and the bar shown) before the first paint.
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                (void)m_document->resource(QTextDocument::ImageResource,
                                           QUrl(format.toImageFormat().name()));
        }
    }
    // Once allowed, what stays refused (file:, ftp:) is not worth a bar that cannot help.
    if (!m_remoteAllowed && !m_blocked.isEmpty())
        Q_EMIT remoteContentWasBlocked();
}

QList<QUrl> SafeBrowser::blockedUrls() const
{
    return QList<QUrl>(m_blocked.cbegin(), m_blocked.cend());
}

QList<QUrl> SafeBrowser::remoteImagesShown() const
{
    QList<QUrl> shown;
    for (auto it = m_fetched.cbegin(); it != m_fetched.cend(); ++it) {
        if (!it.value().isNull())
            shown.append(it.key());
    }
    return shown;
}

QNetworkAccessManager *SafeBrowser::network()
{
    if (m_network)
        return m_network;
    if (!m_ownNetwork) {
        m_ownNetwork = new QNetworkAccessManager(this);
        m_ownNetwork->setCookieJar(new NoCookies(m_ownNetwork));
        m_ownNetwork->setCache(nullptr);
        m_ownNetwork->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        m_ownNetwork->setStrictTransportSecurityEnabled(false); // nothing remembered per host
    }
    return m_ownNetwork;
}

void SafeBrowser::fetchRemote(const QUrl &url)
{
    if (m_inFlight.contains(url) || m_fetched.contains(url))
        return;
    if (m_requested >= kMaxRemoteImages) {
        m_fetched.insert(url, QImage());
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // No Referer (Qt sends none) and a User-Agent that says nothing about the reader.
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Mozilla/5.0"));
    request.setRawHeader("Accept", "image/*");
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = network()->get(request);
    ++m_requested;
    m_inFlight.insert(url);
    m_replies.append(reply);
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > kMaxRemoteImageBytes || total > kMaxRemoteImageBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, generation] {
        reply->deleteLater();
        if (generation == m_generation)
            remoteArrived(reply, url);
    });
}

void SafeBrowser::remoteArrived(QNetworkReply *reply, const QUrl &url)
{
    m_inFlight.remove(url);
    m_replies.removeAll(QPointer<QNetworkReply>(reply));
    QImage image;
    if (reply->error() == QNetworkReply::NoError) {
        const QByteArray bytes = reply->read(kMaxRemoteImageBytes + 1);
        if (bytes.size() <= kMaxRemoteImageBytes)
            image = decodeBounded(bytes);
    }
    m_fetched.insert(url, image);
    if (!image.isNull() && m_document) {
        // Into the document that shows this message: laid out again in place, the reader's
        // scroll position kept.
        m_document->addResource(QTextDocument::ImageResource, url, image);
        m_document->markContentsDirty(0, m_document->characterCount());
        viewport()->update();
    }
    Q_EMIT remoteImageFinished(url, !image.isNull());
}

void SafeBrowser::allowRemoteContent()
{
    if (m_remoteAllowed)
        return;
    m_remoteAllowed = true;
    render();
}

QVariant SafeBrowser::loadResource(int type, const QUrl &name)
{
    const QString scheme = name.scheme().toLower();
    if (scheme == QLatin1String("cid")) {
        const QByteArray bytes = m_cid ? m_cid(name.path(QUrl::FullyDecoded)) : QByteArray();
        if (bytes.isEmpty())
            return type == QTextDocument::ImageResource ? refusedImage() : QVariant(QString());
        return bytes;
    }
    if (scheme == QLatin1String("data"))
        return decodeDataUrl(name);

    const bool web = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    if (m_remoteAllowed && web && type == QTextDocument::ImageResource) {
        if (const auto it = m_fetched.constFind(name); it != m_fetched.cend() && !it->isNull())
            return *it;
        fetchRemote(name); // shown when it arrives (remoteArrived())
        return refusedImage();
    }
    // Everything else: remote (http, https, ftp, //host), local (file:, relative paths) or
    // unknown. Remembered so the window can offer to load it, answered with nothing.
    if (!m_remoteAllowed && !m_blocked.contains(name)) {
        m_blocked.insert(name);
        // Asked for during a later layout: tell the window then, outside the layout.
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == m_generation && !m_remoteAllowed)
                    Q_EMIT remoteContentWasBlocked();
            },
            Qt::QueuedConnection);
    }
    return type == QTextDocument::ImageResource ? refusedImage() : QVariant(QString());
}

} // namespace satchel::ui

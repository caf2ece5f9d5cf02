#include "SafeBrowser.h"

#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>

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

void SafeBrowser::showHtml(const QString &html, CidResolver cid)
{
    ++m_generation;
    m_cid = std::move(cid);
    m_remoteAllowed = false;
    m_fetched.clear();
    m_pendingFetches = 0;
    m_html = html;
    render();
}

void SafeBrowser::showText(const QString &richText)
{
    ++m_generation;
    m_cid = nullptr;
    m_remoteAllowed = false;
    m_fetched.clear();
    m_pendingFetches = 0;
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
        if (m_fetched.contains(name))
            return m_fetched.value(name);
        if (m_network) {
            QNetworkRequest request(name);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::NoLessSafeRedirectPolicy);
            QNetworkReply *reply = m_network->get(request);
            ++m_pendingFetches;
            const quint64 generation = m_generation;
            connect(reply, &QNetworkReply::finished, this, [this, reply, name, generation] {
                reply->deleteLater();
                if (generation != m_generation)
                    return;
                m_fetched.insert(name,
                                 reply->error() == QNetworkReply::NoError ? reply->readAll()
                                                                          : QByteArray());
                if (--m_pendingFetches == 0)
                    render(); // the document asks again and now gets the bytes
            });
        }
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

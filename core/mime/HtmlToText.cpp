#include "mime/HtmlToText.h"

#include <QHash>

namespace satchel::mime::detail {

namespace {

const QHash<QString, char32_t> &namedEntities()
{
    // The references mail actually uses; anything else is left as written.
    static const QHash<QString, char32_t> table = {
        {QStringLiteral("amp"), U'&'},      {QStringLiteral("lt"), U'<'},
        {QStringLiteral("gt"), U'>'},       {QStringLiteral("quot"), U'"'},
        {QStringLiteral("apos"), U'\''},    {QStringLiteral("nbsp"), U' '},
        {QStringLiteral("ensp"), U' '},     {QStringLiteral("emsp"), U' '},
        {QStringLiteral("thinsp"), U' '},   {QStringLiteral("shy"), 0xAD},
        {QStringLiteral("zwnj"), 0x200C},   {QStringLiteral("zwj"), 0x200D},
        {QStringLiteral("copy"), 0xA9},     {QStringLiteral("reg"), 0xAE},
        {QStringLiteral("trade"), 0x2122},  {QStringLiteral("hellip"), 0x2026},
        {QStringLiteral("mdash"), 0x2014},  {QStringLiteral("ndash"), 0x2013},
        {QStringLiteral("lsquo"), 0x2018},  {QStringLiteral("rsquo"), 0x2019},
        {QStringLiteral("sbquo"), 0x201A},  {QStringLiteral("ldquo"), 0x201C},
        {QStringLiteral("rdquo"), 0x201D},  {QStringLiteral("bdquo"), 0x201E},
        {QStringLiteral("laquo"), 0xAB},    {QStringLiteral("raquo"), 0xBB},
        {QStringLiteral("lsaquo"), 0x2039}, {QStringLiteral("rsaquo"), 0x203A},
        {QStringLiteral("bull"), 0x2022},   {QStringLiteral("middot"), 0xB7},
        {QStringLiteral("euro"), 0x20AC},   {QStringLiteral("pound"), 0xA3},
        {QStringLiteral("yen"), 0xA5},      {QStringLiteral("cent"), 0xA2},
        {QStringLiteral("sect"), 0xA7},     {QStringLiteral("para"), 0xB6},
        {QStringLiteral("deg"), 0xB0},      {QStringLiteral("plusmn"), 0xB1},
        {QStringLiteral("times"), 0xD7},    {QStringLiteral("divide"), 0xF7},
        {QStringLiteral("iexcl"), 0xA1},    {QStringLiteral("iquest"), 0xBF},
        {QStringLiteral("frac12"), 0xBD},   {QStringLiteral("frac14"), 0xBC},
        {QStringLiteral("frac34"), 0xBE},   {QStringLiteral("micro"), 0xB5},
        {QStringLiteral("Agrave"), 0xC0},   {QStringLiteral("Aacute"), 0xC1},
        {QStringLiteral("Acirc"), 0xC2},    {QStringLiteral("Atilde"), 0xC3},
        {QStringLiteral("Auml"), 0xC4},     {QStringLiteral("Aring"), 0xC5},
        {QStringLiteral("AElig"), 0xC6},    {QStringLiteral("Ccedil"), 0xC7},
        {QStringLiteral("Egrave"), 0xC8},   {QStringLiteral("Eacute"), 0xC9},
        {QStringLiteral("Ecirc"), 0xCA},    {QStringLiteral("Euml"), 0xCB},
        {QStringLiteral("Igrave"), 0xCC},   {QStringLiteral("Iacute"), 0xCD},
        {QStringLiteral("Icirc"), 0xCE},    {QStringLiteral("Iuml"), 0xCF},
        {QStringLiteral("Ntilde"), 0xD1},   {QStringLiteral("Ograve"), 0xD2},
        {QStringLiteral("Oacute"), 0xD3},   {QStringLiteral("Ocirc"), 0xD4},
        {QStringLiteral("Otilde"), 0xD5},   {QStringLiteral("Ouml"), 0xD6},
        {QStringLiteral("Oslash"), 0xD8},   {QStringLiteral("Ugrave"), 0xD9},
        {QStringLiteral("Uacute"), 0xDA},   {QStringLiteral("Ucirc"), 0xDB},
        {QStringLiteral("Uuml"), 0xDC},     {QStringLiteral("Yacute"), 0xDD},
        {QStringLiteral("szlig"), 0xDF},    {QStringLiteral("agrave"), 0xE0},
        {QStringLiteral("aacute"), 0xE1},   {QStringLiteral("acirc"), 0xE2},
        {QStringLiteral("atilde"), 0xE3},   {QStringLiteral("auml"), 0xE4},
        {QStringLiteral("aring"), 0xE5},    {QStringLiteral("aelig"), 0xE6},
        {QStringLiteral("ccedil"), 0xE7},   {QStringLiteral("egrave"), 0xE8},
        {QStringLiteral("eacute"), 0xE9},   {QStringLiteral("ecirc"), 0xEA},
        {QStringLiteral("euml"), 0xEB},     {QStringLiteral("igrave"), 0xEC},
        {QStringLiteral("iacute"), 0xED},   {QStringLiteral("icirc"), 0xEE},
        {QStringLiteral("iuml"), 0xEF},     {QStringLiteral("ntilde"), 0xF1},
        {QStringLiteral("ograve"), 0xF2},   {QStringLiteral("oacute"), 0xF3},
        {QStringLiteral("ocirc"), 0xF4},    {QStringLiteral("otilde"), 0xF5},
        {QStringLiteral("ouml"), 0xF6},     {QStringLiteral("oslash"), 0xF8},
        {QStringLiteral("ugrave"), 0xF9},   {QStringLiteral("uacute"), 0xFA},
        {QStringLiteral("ucirc"), 0xFB},    {QStringLiteral("uuml"), 0xFC},
        {QStringLiteral("yacute"), 0xFD},   {QStringLiteral("yuml"), 0xFF},
        {QStringLiteral("OElig"), 0x152},   {QStringLiteral("oelig"), 0x153},
        {QStringLiteral("Scaron"), 0x160},  {QStringLiteral("scaron"), 0x161},
        {QStringLiteral("larr"), 0x2190},   {QStringLiteral("rarr"), 0x2192},
        {QStringLiteral("uarr"), 0x2191},   {QStringLiteral("darr"), 0x2193},
    };
    return table;
}

enum class TagKind { Other, LineBreak, Block, Paragraph, ListItem, Cell, Pre, Skip };

TagKind classify(const QString &name)
{
    static const QHash<QString, TagKind> kinds = [] {
        QHash<QString, TagKind> k;
        for (const char *n :
             {"script", "style", "title", "noscript", "template", "object", "svg", "xml"})
            k.insert(QString::fromLatin1(n), TagKind::Skip);
        for (const char *n : {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul",
                              "ol", "dl", "hr"})
            k.insert(QString::fromLatin1(n), TagKind::Paragraph);
        for (const char *n :
             {"div",  "tr",     "section", "article",    "header",  "footer",   "address",
              "form", "center", "dt",      "dd",         "caption", "fieldset", "main",
              "nav",  "aside",  "figure",  "figcaption", "tbody",   "thead",    "tfoot"})
            k.insert(QString::fromLatin1(n), TagKind::Block);
        k.insert(QStringLiteral("br"), TagKind::LineBreak);
        k.insert(QStringLiteral("li"), TagKind::ListItem);
        k.insert(QStringLiteral("td"), TagKind::Cell);
        k.insert(QStringLiteral("th"), TagKind::Cell);
        k.insert(QStringLiteral("pre"), TagKind::Pre);
        return k;
    }();
    return kinds.value(name, TagKind::Other);
}

class TextBuilder
{
public:
    void text(QStringView chunk, bool preformatted)
    {
        for (const QChar c : chunk) {
            if (preformatted) {
                if (c == u'\r')
                    continue;
                m_out += c;
                m_pendingSpace = false;
                continue;
            }
            if (c.isSpace() && c != QChar(0xA0)) {
                m_pendingSpace = true;
                continue;
            }
            if (m_pendingSpace && !m_out.isEmpty() && !m_out.endsWith(u'\n')
                && !m_out.endsWith(u' '))
                m_out += u' ';
            m_pendingSpace = false;
            m_out += c == QChar(0xA0) ? QChar(u' ') : c;
        }
    }

    void lineBreaks(int count)
    {
        m_pendingSpace = false;
        while (m_out.endsWith(u' '))
            m_out.chop(1);
        if (m_out.isEmpty())
            return;
        int have = 0;
        for (qsizetype i = m_out.size() - 1; i >= 0 && m_out.at(i) == u'\n'; --i)
            ++have;
        for (; have < count; ++have)
            m_out += u'\n';
    }

    void cellSeparator()
    {
        if (!m_out.isEmpty() && !m_out.endsWith(u'\n'))
            m_pendingSpace = true;
    }

    void raw(QStringView s)
    {
        m_out += s;
        m_pendingSpace = false;
    }

    [[nodiscard]] QString result() const { return m_out.trimmed(); }

private:
    QString m_out;
    bool m_pendingSpace = false;
};

// Decodes the character reference at html[pos] == '&'. Returns the characters it stands for and
// sets `consumed`; an unknown or malformed one stands for itself.
QString decodeEntity(QStringView html, qsizetype pos, qsizetype &consumed)
{
    consumed = 1;
    qsizetype end = pos + 1;
    const qsizetype limit = qMin(html.size(), pos + 34);
    while (end < limit && html.at(end) != u';' && html.at(end) != u'&' && !html.at(end).isSpace()
           && html.at(end) != u'<')
        ++end;
    const bool terminated = end < html.size() && html.at(end) == u';';
    const QStringView name = html.mid(pos + 1, end - pos - 1);
    if (name.isEmpty())
        return QStringLiteral("&");

    char32_t cp = 0;
    bool found = false;
    if (name.startsWith(u'#')) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
        const qulonglong value
            = hex ? name.mid(2).toULongLong(&ok, 16) : name.mid(1).toULongLong(&ok, 10);
        if (ok) {
            found = true;
            cp = (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
                ? char32_t(0xFFFD)
                : char32_t(value);
        }
    } else {
        const auto it = namedEntities().constFind(name.toString());
        if (it != namedEntities().constEnd()) {
            found = true;
            cp = it.value();
        }
    }
    if (!found)
        return QStringLiteral("&");
    consumed = end - pos + (terminated ? 1 : 0);
    if (cp == 0xAD || cp == 0x200C || cp == 0x200D)
        return QString(); // invisible: would only split words in the index
    return QString::fromUcs4(&cp, 1);
}

} // namespace

QString htmlToText(const QString &html)
{
    TextBuilder out;
    int preDepth = 0;
    const qsizetype n = html.size();
    qsizetype textStart = 0;

    auto flushText = [&](qsizetype upTo) {
        qsizetype i = textStart;
        while (i < upTo) {
            // Only up to upTo: looking to the end of the HTML for each run of text made a big
            // body without entities quadratic (a minute for 4 MB).
            const qsizetype amp = QStringView(html).mid(i, upTo - i).indexOf(u'&');
            const qsizetype stop = amp < 0 ? upTo : i + amp;
            out.text(QStringView(html).mid(i, stop - i), preDepth > 0);
            if (stop == upTo)
                break;
            qsizetype consumed = 1;
            const QString decoded = decodeEntity(QStringView(html).first(upTo), stop, consumed);
            out.text(decoded, preDepth > 0);
            i = stop + consumed;
        }
    };

    qsizetype pos = 0;
    while (pos < n) {
        const qsizetype lt = html.indexOf(u'<', pos);
        if (lt < 0)
            break;
        // "<" not followed by a tag-ish character is text ("a < b").
        const QChar next = lt + 1 < n ? html.at(lt + 1) : QChar();
        if (!(next.isLetter() || next == u'/' || next == u'!' || next == u'?')) {
            pos = lt + 1;
            continue;
        }
        flushText(lt);
        if (html.mid(lt, 4) == u"<!--") {
            const qsizetype close = html.indexOf(QLatin1String("-->"), lt + 4);
            pos = textStart = close < 0 ? n : close + 3;
            continue;
        }
        const qsizetype gt = html.indexOf(u'>', lt + 1);
        if (gt < 0) {
            pos = textStart = n; // an unterminated tag at the end: drop it
            break;
        }
        pos = textStart = gt + 1;
        if (next == u'!' || next == u'?')
            continue; // <!DOCTYPE>, <?xml?>, <![CDATA[ (rare in mail)

        const bool closing = next == u'/';
        qsizetype nameStart = lt + (closing ? 2 : 1);
        qsizetype nameEnd = nameStart;
        while (nameEnd < gt && (html.at(nameEnd).isLetterOrNumber()))
            ++nameEnd;
        const QString name = html.mid(nameStart, nameEnd - nameStart).toLower();
        const TagKind kind = classify(name);
        switch (kind) {
        case TagKind::Skip:
            if (!closing && html.at(gt - 1) != u'/') {
                const qsizetype close
                    = html.indexOf(QString(u"</" + name), gt + 1, Qt::CaseInsensitive);
                const qsizetype closeGt = close < 0 ? -1 : html.indexOf(u'>', close);
                pos = textStart = closeGt < 0 ? n : closeGt + 1;
            }
            break;
        case TagKind::LineBreak:
            out.raw(u"\n");
            break;
        case TagKind::Paragraph:
            out.lineBreaks(2);
            break;
        case TagKind::Block:
            out.lineBreaks(1);
            break;
        case TagKind::ListItem:
            out.lineBreaks(1);
            if (!closing)
                out.raw(u"• ");
            break;
        case TagKind::Cell:
            if (!closing)
                out.cellSeparator();
            break;
        case TagKind::Pre:
            out.lineBreaks(2);
            preDepth = qMax(0, preDepth + (closing ? -1 : 1));
            break;
        case TagKind::Other:
            break;
        }
    }
    flushText(n);

    // Tidy: no trailing blanks on lines, at most one empty line in a row.
    QString text = out.result();
    QString tidy;
    tidy.reserve(text.size());
    int newlines = 0;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        const QStringView trimmed = line.trimmed().isEmpty() ? QStringView() : line;
        if (trimmed.isEmpty()) {
            ++newlines;
            continue;
        }
        if (!tidy.isEmpty())
            tidy += newlines > 0 ? QStringLiteral("\n\n") : QStringLiteral("\n");
        newlines = 0;
        QStringView l = trimmed;
        while (l.endsWith(u' ') || l.endsWith(u'\t'))
            l.chop(1);
        tidy += l;
    }
    return tidy;
}

} // namespace satchel::mime::detail

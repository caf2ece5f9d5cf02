#include "mime/TextDecoding.h"

#include <gmime/gmime.h>

#include <iconv.h>

#include <cerrno>
#include <cstring>

namespace satchel::mime::detail {

namespace {

// Windows-1252 0x80..0x9F; the five holes keep their C1 code point, as the WHATWG decoder does.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

char16_t windows1252(uchar c)
{
    return c >= 0x80 && c < 0xA0 ? kWindows1252High[c - 0x80] : char16_t(c);
}

// Length of the valid UTF-8 sequence at p (at most `left` bytes), or 0 if it is not one.
int utf8SequenceLength(const uchar *p, qsizetype left)
{
    const uchar c = p[0];
    if (c < 0x80)
        return 1;
    int length = 0;
    char32_t min = 0;
    char32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
        length = 2, min = 0x80, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        length = 3, min = 0x800, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        length = 4, min = 0x10000, cp = c & 0x07;
    } else {
        return 0;
    }
    if (left < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return length;
}

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

// Valid UTF-8 runs as UTF-8, every other byte as Windows-1252: text labelled UTF-8 that has a
// few legacy bytes pasted in.
QString decodeUtf8Lenient(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const int length = utf8SequenceLength(p + i, n - i);
        if (length == 0) {
            out.append(QChar(windows1252(p[i])));
            ++i;
        } else {
            out.append(QString::fromUtf8(reinterpret_cast<const char *>(p + i), length));
            i += length;
        }
    }
    return out;
}

QByteArray normalisedCharset(const QByteArray &charset)
{
    QByteArray cs = charset.trimmed().toLower();
    if (cs.size() >= 2 && (cs.startsWith('"') || cs.startsWith('\'')))
        cs = cs.mid(1, cs.size() - 2).trimmed();
    return cs;
}

bool isWindows1252Alias(const QByteArray &cs)
{
    return cs.isEmpty() || cs == "us-ascii" || cs == "ascii" || cs == "iso-8859-1"
        || cs == "iso8859-1" || cs == "iso_8859-1" || cs == "latin1" || cs == "latin-1"
        || cs == "l1" || cs == "windows-1252" || cs == "cp1252" || cs == "x-user-defined"
        || cs == "unknown-8bit" || cs == "x-unknown" || cs == "default" || cs == "iso-8859-1:1987";
}

bool isUtf8Alias(const QByteArray &cs)
{
    return cs == "utf-8" || cs == "utf8" || cs == "x-utf-8" || cs == "x-utf8";
}

// Charsets whose text is not ASCII-compatible byte for byte: never take shortcuts with them.
bool isStatefulOrWide(const QByteArray &cs)
{
    return cs.startsWith("utf-16") || cs.startsWith("utf-32") || cs.startsWith("ucs-")
        || cs == "utf-7" || cs.startsWith("iso-2022") || cs.startsWith("hz");
}

struct IconvResult
{
    bool opened = false;
    QString text;
    qsizetype errors = 0;
};

IconvResult iconvDecode(QByteArrayView bytes, const QByteArray &charset)
{
    IconvResult result;
    iconv_t cd = g_mime_iconv_open("UTF-8", charset.constData());
    if (cd == reinterpret_cast<iconv_t>(-1))
        return result;
    result.opened = true;

    QByteArray out;
    out.resize(bytes.size() * 2 + 16);
    qsizetype written = 0;
    auto reserve = [&](qsizetype n) {
        if (out.size() - written < n)
            out.resize(qMax(out.size() * 2, written + n));
    };
    char *in = const_cast<char *>(bytes.data());
    size_t inLeft = size_t(bytes.size());
    while (inLeft > 0) {
        reserve(16);
        char *outPtr = out.data() + written;
        size_t outLeft = size_t(out.size() - written);
        const size_t rc = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
        written = outPtr - out.data();
        if (rc != size_t(-1))
            break;
        if (errno == E2BIG) {
            out.resize(out.size() * 2);
            continue;
        }
        // EILSEQ, or EINVAL (cut off at the end): mark it and resynchronise one byte on.
        ++result.errors;
        reserve(3);
        std::memcpy(out.data() + written, "\xEF\xBF\xBD", 3);
        written += 3;
        ++in;
        --inLeft;
    }
    while (true) { // return a stateful charset to its initial state
        reserve(16);
        char *outPtr = out.data() + written;
        size_t outLeft = size_t(out.size() - written);
        const size_t rc = iconv(cd, nullptr, nullptr, &outPtr, &outLeft);
        written = outPtr - out.data();
        if (rc == size_t(-1) && errno == E2BIG) {
            out.resize(out.size() * 2);
            continue;
        }
        break;
    }
    g_mime_iconv_close(cd);
    out.truncate(written);
    result.text = QString::fromUtf8(out);
    return result;
}

} // namespace

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = utf8SequenceLength(p + i, n - i);
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

QString decodeWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (const char c : bytes)
        *dst++ = QChar(windows1252(uchar(c)));
    return out;
}

QString decodeText(QByteArrayView bytes, const QByteArray &charset, bool *recovered)
{
    bool dummy = false;
    bool &fixed = recovered ? *recovered : dummy;
    fixed = false;
    const QByteArray cs = normalisedCharset(charset);

    if (!isStatefulOrWide(cs)) {
        if (isAscii(bytes))
            return QString::fromLatin1(bytes.data(), bytes.size());
        if (isValidUtf8(bytes)) {
            fixed = !isUtf8Alias(cs);
            return QString::fromUtf8(bytes.data(), bytes.size());
        }
        if (isUtf8Alias(cs)) {
            fixed = true;
            return decodeUtf8Lenient(bytes);
        }
        if (isWindows1252Alias(cs)) {
            fixed = cs.isEmpty() || cs == "us-ascii" || cs == "ascii";
            return decodeWindows1252(bytes);
        }
    }

    IconvResult converted = iconvDecode(bytes, cs);
    if (!converted.opened) {
        fixed = true;
        return isValidUtf8(bytes) ? QString::fromUtf8(bytes.data(), bytes.size())
                                  : decodeWindows1252(bytes);
    }
    if (converted.errors > 0) {
        fixed = true;
        // A few bad bytes in long text: keep the declared charset (with U+FFFD). Mostly bad:
        // the label is wrong; Windows-1252 at least shows every byte as something.
        qsizetype nonAscii = 0;
        for (const char c : bytes)
            nonAscii += uchar(c) >= 0x80 ? 1 : 0;
        if (converted.errors * 10 > qMax<qsizetype>(nonAscii, 1) && !isStatefulOrWide(cs))
            return decodeWindows1252(bytes);
    }
    return converted.text;
}

} // namespace satchel::mime::detail

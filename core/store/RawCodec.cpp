#include "store/RawCodec.h"

#include <QCryptographicHash>

#include <openssl/evp.h>
#include <zstd.h>

#include <memory>

namespace satchel::store {

namespace {

// Level 1: a fetch compresses on the path that has to keep up with the network. On the volume
// corpus it is several times faster than zlib's fastest level and still smaller.
constexpr int Level = 1;
// What a damaged frame may claim before it is believed: 2 GiB, far beyond any mail.
constexpr unsigned long long MaxMessageBytes = 1ull << 31;

struct CCtxFree
{
    void operator()(ZSTD_CCtx *c) const { ZSTD_freeCCtx(c); }
};
struct DCtxFree
{
    void operator()(ZSTD_DCtx *d) const { ZSTD_freeDCtx(d); }
};

// A context is a few hundred kilobytes to set up; made once per thread, not once per message.
ZSTD_CCtx *compressionContext()
{
    thread_local std::unique_ptr<ZSTD_CCtx, CCtxFree> context(ZSTD_createCCtx());
    return context.get();
}

ZSTD_DCtx *decompressionContext()
{
    thread_local std::unique_ptr<ZSTD_DCtx, DCtxFree> context(ZSTD_createDCtx());
    return context.get();
}

// An empty QByteArray binds as NULL, and data is NOT NULL: an empty message is still a message.
QByteArray notNull(const QByteArray &bytes)
{
    return bytes.isNull() ? QByteArray("") : bytes;
}

} // namespace

EncodedRaw encodeRaw(const QByteArray &raw)
{
    ZSTD_CCtx *context = compressionContext();
    if (context && !raw.isEmpty()) {
        QByteArray out(qsizetype(ZSTD_compressBound(size_t(raw.size()))), Qt::Uninitialized);
        const size_t n = ZSTD_compressCCtx(context, out.data(), size_t(out.size()), raw.constData(),
                                           size_t(raw.size()), Level);
        if (!ZSTD_isError(n) && qsizetype(n) < raw.size()) {
            out.truncate(qsizetype(n));
            out.squeeze(); // the bound is larger than the message; a batch holds many of these
            return {RawEncoding::Zstd, out};
        }
    }
    return {RawEncoding::Plain, notNull(raw)};
}

std::optional<QByteArray> decodeRaw(int encoding, const QByteArray &data)
{
    switch (RawEncoding(encoding)) {
    case RawEncoding::Plain:
        return data;
    case RawEncoding::Zlib: {
        QByteArray raw = qUncompress(data);
        if (raw.isEmpty() && !data.isEmpty())
            return std::nullopt;
        return raw;
    }
    case RawEncoding::Zstd: {
        const unsigned long long size
            = ZSTD_getFrameContentSize(data.constData(), size_t(data.size()));
        // Unknown, an error, or beyond any message: not something encodeRaw() wrote.
        if (size == ZSTD_CONTENTSIZE_UNKNOWN || size == ZSTD_CONTENTSIZE_ERROR
            || size > MaxMessageBytes)
            return std::nullopt;
        ZSTD_DCtx *context = decompressionContext();
        if (!context)
            return std::nullopt;
        QByteArray raw(qsizetype(size), Qt::Uninitialized);
        const size_t n = ZSTD_decompressDCtx(context, raw.data(), size_t(raw.size()),
                                             data.constData(), size_t(data.size()));
        if (ZSTD_isError(n) || n != size_t(size))
            return std::nullopt;
        return raw;
    }
    }
    return std::nullopt;
}

QByteArray rawSha256(const QByteArray &raw)
{
    // OpenSSL rather than QCryptographicHash: Qt 6.4 hashes in portable C, OpenSSL with the CPU's
    // SHA extensions where it has them. The same SHA-256 either way.
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int size = 0;
    if (EVP_Digest(raw.constData(), size_t(raw.size()),
                   reinterpret_cast<unsigned char *>(digest.data()), &size, EVP_sha256(), nullptr)
            != 1
        || size != 32)
        return QCryptographicHash::hash(raw, QCryptographicHash::Sha256);
    return digest;
}

} // namespace satchel::store

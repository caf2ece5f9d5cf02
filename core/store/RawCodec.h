#pragma once

#include <QByteArray>

#include <optional>

namespace satchel::store {

// How a message's exact bytes are kept in message_raw; the `encoding` column says which. Every
// encoding gives back the bytes byte for byte.
enum class RawEncoding : int {
    Plain = 0, // the bytes as they came: nothing smaller was found
    Zlib = 1, // qCompress(); written by Satchel before zstd, still read
    Zstd = 2, // one zstd frame that records its content size
};

struct EncodedRaw
{
    RawEncoding encoding = RawEncoding::Plain;
    QByteArray data;
};

// zstd's fastest regular level where that is smaller than the message, the message as it is
// otherwise. Safe on any thread: each thread keeps its own compression context.
[[nodiscard]] EncodedRaw encodeRaw(const QByteArray &raw);

// The bytes back; nullopt when the encoding is unknown or the data does not decode to what it
// says it holds (a damaged archive).
[[nodiscard]] std::optional<QByteArray> decodeRaw(int encoding, const QByteArray &data);

// SHA-256 of the exact bytes (messages.raw_sha256, Archive::rawHash()): the key of duplicate
// detection.
[[nodiscard]] QByteArray rawSha256(const QByteArray &raw);

} // namespace satchel::store

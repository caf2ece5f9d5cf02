#include "mime/BoundedInput.h"

#include "mime/MessageParser.h"

#include <cstring>

namespace satchel::mime::detail {

namespace {

// "Name:" with a name of printable ASCII (white space before the colon is tolerated, as GMime
// does). Returns the length of the name, or -1.
qsizetype headerNameLength(const char *line, qsizetype length)
{
    qsizetype i = 0;
    while (i < length && line[i] > ' ' && line[i] < 127 && line[i] != ':')
        ++i;
    const qsizetype nameLength = i;
    while (i < length && (line[i] == ' ' || line[i] == '\t'))
        ++i;
    return nameLength > 0 && i < length && line[i] == ':' ? nameLength : -1;
}

bool isContentType(const char *name, qsizetype length)
{
    static constexpr char contentType[] = "content-type";
    return length == qsizetype(sizeof contentType - 1)
        && qstrnicmp(name, contentType, sizeof contentType - 1) == 0;
}

} // namespace

BoundedInput boundInput(const QByteArray &raw)
{
    const char *const data = raw.constData();
    const qsizetype size = raw.size();
    qsizetype start = 0;
    if (raw.startsWith("From ")) {
        const void *nl = std::memchr(data, '\n', size_t(size));
        start = nl ? static_cast<const char *>(nl) - data + 1 : size;
    }

    BoundedInput result;
    QByteArray copy; // filled only once a cut is needed
    qsizetype flushed = start;
    auto cut = [&](qsizetype from, qsizetype to) {
        copy.append(data + flushed, from - flushed);
        flushed = to;
        result.truncated = true;
    };

    int contentTypes = 0;
    int boundaryLines = 0;
    bool inField = false;
    qsizetype fieldLength = 0;
    qsizetype end = size;
    for (qsizetype pos = start; pos < size;) {
        const void *nl = std::memchr(data + pos, '\n', size_t(size - pos));
        const qsizetype lineEnd = nl ? static_cast<const char *>(nl) - data : size;
        const qsizetype next = nl ? lineEnd + 1 : size;
        const char *line = data + pos;
        const qsizetype length = lineEnd - pos;

        if (length > 0 && (line[0] == ' ' || line[0] == '\t') && inField) {
            // A continuation line of the current field.
            if (fieldLength >= limits::maxHeaderFieldBytes) {
                cut(pos, next);
            } else if (fieldLength + length > limits::maxHeaderFieldBytes) {
                cut(pos + (limits::maxHeaderFieldBytes - fieldLength), lineEnd);
            }
            fieldLength += length;
        } else {
            inField = false;
            if (length >= 2 && line[0] == '-' && line[1] == '-') {
                if (++boundaryLines > limits::maxBoundaryLines) {
                    end = pos;
                    break;
                }
            } else if (const qsizetype nameLength = headerNameLength(line, length);
                       nameLength > 0) {
                if (isContentType(line, nameLength)
                    && ++contentTypes > limits::maxContentTypeFields) {
                    end = pos;
                    break;
                }
                inField = true;
                fieldLength = length;
                if (length > limits::maxHeaderFieldBytes)
                    cut(pos + limits::maxHeaderFieldBytes, lineEnd);
            }
        }
        pos = next;
    }

    if (end < size)
        result.truncated = true;
    if (result.truncated) {
        copy.append(data + flushed, end - flushed);
        result.bytes = std::move(copy);
    } else if (start > 0) {
        result.bytes = raw.mid(start);
    } else {
        result.bytes = raw; // implicitly shared: no copy
    }
    return result;
}

} // namespace satchel::mime::detail

#include "smtp/SubmissionData.h"

#include <algorithm>

namespace satchel::smtp::SubmissionData {

namespace {

QByteArray normaliseLineEnds(const QByteArray &message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 32 + 2);
    for (qsizetype i = 0; i < message.size(); ++i) {
        const char c = message.at(i);
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < message.size() && message.at(i + 1) == '\n')
                ++i;
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

bool isBccLine(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    return colon > 0 && line.first(colon).trimmed().compare("bcc", Qt::CaseInsensitive) == 0;
}

} // namespace

QByteArray prepare(const QByteArray &message)
{
    const QByteArray normalised = normaliseLineEnds(message);
    QByteArray out;
    out.reserve(normalised.size());
    bool inHeader = true;
    bool skipping = false; // inside a Bcc field, folded lines included
    for (qsizetype pos = 0; pos < normalised.size();) {
        const qsizetype end = normalised.indexOf("\r\n", pos) + 2;
        const QByteArrayView line = QByteArrayView(normalised).sliced(pos, end - pos);
        pos = end;
        if (inHeader) {
            if (line == "\r\n") {
                inHeader = false;
            } else if (line.front() == ' ' || line.front() == '\t') {
                if (skipping)
                    continue;
            } else {
                skipping = isBccLine(line);
                if (skipping)
                    continue;
            }
        }
        out += line;
    }
    return out;
}

QByteArray dotStuffed(const QByteArray &prepared)
{
    QByteArray out;
    out.reserve(prepared.size() + prepared.size() / 64 + 8);
    bool lineStart = true;
    for (const char c : prepared) {
        if (lineStart && c == '.')
            out += '.';
        out += c;
        lineStart = c == '\n';
    }
    out += ".\r\n";
    return out;
}

bool hasEightBit(const QByteArray &bytes)
{
    return std::any_of(bytes.cbegin(), bytes.cend(),
                       [](char c) { return static_cast<unsigned char>(c) > 127; });
}

} // namespace satchel::smtp::SubmissionData

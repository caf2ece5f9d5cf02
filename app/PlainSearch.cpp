#include "PlainSearch.h"

#include "search/QueryParser.h"

#include <cstdlib>

namespace satchel::app {

namespace {

// Writes `value` with at least `width` digits at `at`; returns the end.
char *writeDigits(char *at, std::int64_t value, int width)
{
    char buffer[24];
    int n = 0;
    do {
        buffer[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0 && n < 20);
    for (int i = n; i < width; ++i)
        *at++ = '0';
    while (n > 0)
        *at++ = buffer[--n];
    return at;
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

bool appendIsoDate(std::string &out, std::int64_t msSinceEpoch, int offsetSeconds)
{
    const std::int64_t local = floorDiv(msSinceEpoch, 1000) + offsetSeconds;
    const std::int64_t days = floorDiv(local, 86400);
    const std::int64_t secondOfDay = local - days * 86400;
    // Days since 1970-01-01 to a civil date (the proleptic Gregorian calendar QDate uses).
    const std::int64_t z = days + 719468;
    const std::int64_t era = floorDiv(z, 146097);
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t day = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1000 || year > 9999)
        return false;
    char text[32];
    char *at = writeDigits(text, year, 4);
    *at++ = '-';
    at = writeDigits(at, month, 2);
    *at++ = '-';
    at = writeDigits(at, day, 2);
    *at++ = 'T';
    at = writeDigits(at, secondOfDay / 3600, 2);
    *at++ = ':';
    at = writeDigits(at, secondOfDay / 60 % 60, 2);
    *at++ = ':';
    at = writeDigits(at, secondOfDay % 60, 2);
    if (offsetSeconds == 0) { // Qt makes an offset of 0 UTC, written "Z"
        *at++ = 'Z';
    } else {
        const int magnitude = std::abs(offsetSeconds);
        *at++ = offsetSeconds > 0 ? '+' : '-';
        at = writeDigits(at, magnitude / 3600, 2);
        *at++ = ':';
        at = writeDigits(at, magnitude / 60 % 60, 2);
    }
    out.append(text, size_t(at - text));
    return true;
}

bool appendSearchLine(std::string &out, const store::SearchHit &hit)
{
    out += std::to_string(hit.id);
    out += '\t';
    if (!appendIsoDate(out, hit.dateMs, hit.dateOffset))
        return false;
    out += '\t';
    out += hit.senderName.empty() ? hit.senderAddress : hit.senderName;
    out += '\t';
    out += hit.subject;
    out += '\n';
    return true;
}

std::optional<OpenedSearch> openSearch(const std::string &query, const std::string &archivePath)
{
    const std::variant<search::QueryNode, search::QueryError> parsed
        = search::QueryParser::parse(query);
    const auto *root = std::get_if<search::QueryNode>(&parsed);
    if (!root)
        return std::nullopt;
    std::unique_ptr<store::ArchiveSearchReader> reader
        = store::ArchiveSearchReader::open(archivePath);
    if (!reader)
        return std::nullopt;
    return OpenedSearch {std::move(reader), search::QuerySql::of(*root)};
}

std::optional<std::string> plainSearchLines(const std::string &query, int limit,
                                            const std::string &archivePath)
{
    const std::optional<OpenedSearch> opened = openSearch(query, archivePath);
    if (!opened)
        return std::nullopt;
    std::string out;
    out.reserve(64 * 1024);
    if (!opened->reader->search(opened->sql, limit, false, [&out](const store::SearchHit &hit) {
            return appendSearchLine(out, hit);
        }))
        return std::nullopt;
    return out;
}

} // namespace satchel::app

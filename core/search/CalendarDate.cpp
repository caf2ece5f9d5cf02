#include "search/CalendarDate.h"

#include <ctime>

namespace satchel::search {

namespace {

// The platform seam: local time <-> seconds since 1970 UTC, with a 64-bit time, for every year
// the language accepts (1 to 9999). POSIX has mktime() and localtime_r(); Windows has the
// explicit 64-bit forms, which only know 1970 to 3000.
#if defined(_WIN32)
using Seconds = __time64_t;
bool toLocal(Seconds seconds, std::tm &out)
{
    return _localtime64_s(&out, &seconds) == 0;
}
std::optional<Seconds> fromLocal(std::tm &local)
{
    const Seconds seconds = _mktime64(&local);
    return seconds == Seconds(-1) ? std::nullopt : std::optional<Seconds>(seconds);
}
#else
using Seconds = std::time_t;
static_assert(sizeof(Seconds) >= 8, "before: and after: need a 64-bit time_t (-D_TIME_BITS=64)");
bool toLocal(Seconds seconds, std::tm &out)
{
    return localtime_r(&seconds, &out) != nullptr;
}
std::optional<Seconds> fromLocal(std::tm &local)
{
    // -1 is also 1969-12-31T23:59:59Z; mktime() says which by normalising the fields.
    const Seconds seconds = std::mktime(&local);
    return seconds == Seconds(-1) && local.tm_wday < 0 ? std::nullopt
                                                       : std::optional<Seconds>(seconds);
}
#endif

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysIn(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return days[month - 1] + (month == 2 && isLeap(year) ? 1 : 0);
}

int digits(std::string_view text)
{
    int value = 0;
    for (const char c : text)
        value = value * 10 + (c - '0');
    return value;
}

// Whether the local date at `seconds` is `date` or later.
std::optional<bool> reached(Seconds seconds, const CalendarDate &date)
{
    std::tm local {};
    if (!toLocal(seconds, local))
        return std::nullopt;
    const int year = local.tm_year + 1900, month = local.tm_mon + 1;
    if (year != date.year)
        return year > date.year;
    if (month != date.month)
        return month > date.month;
    return local.tm_mday >= date.day;
}

} // namespace

std::string CalendarDate::iso() const
{
    std::string text(10, '0');
    for (int i = 3, y = year; i >= 0; --i, y /= 10)
        text[size_t(i)] = char('0' + y % 10);
    text[4] = text[7] = '-';
    text[5] = char('0' + month / 10);
    text[6] = char('0' + month % 10);
    text[8] = char('0' + day / 10);
    text[9] = char('0' + day % 10);
    return text;
}

std::optional<CalendarDate> CalendarDate::parse(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    for (const size_t k : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text[k] < '0' || text[k] > '9')
            return std::nullopt;
    }
    const CalendarDate date {digits(text.substr(0, 4)), digits(text.substr(5, 2)),
                             digits(text.substr(8, 2))};
    if (date.year < 1 || date.month < 1 || date.month > 12 || date.day < 1
        || date.day > daysIn(date.year, date.month))
        return std::nullopt;
    return date;
}

std::optional<std::int64_t> CalendarDate::localMidnightMs() const
{
    std::tm midnight {};
    midnight.tm_year = year - 1900;
    midnight.tm_mon = month - 1;
    midnight.tm_mday = day;
    midnight.tm_isdst = -1; // whichever offset is in force then
    midnight.tm_wday = -1; // fromLocal(): set when mktime() succeeds
    const std::optional<Seconds> guess = fromLocal(midnight);
    if (!guess)
        return std::nullopt;
    const std::optional<bool> before = reached(*guess - 1, *this);
    const std::optional<bool> at = reached(*guess, *this);
    if (!before || !at)
        return std::nullopt;
    if (*at && !*before && midnight.tm_hour == 0 && midnight.tm_min == 0 && midnight.tm_sec == 0)
        return std::int64_t(*guess) * 1000;
    // No midnight that day (a clock change skipped it): the first second whose local date is this
    // day or later, found by halving two days either side of mktime()'s answer.
    Seconds low = *guess - 2 * 86400, high = *guess + 2 * 86400;
    const std::optional<bool> lowReached = reached(low, *this);
    const std::optional<bool> highReached = reached(high, *this);
    if (!lowReached || !highReached || *lowReached || !*highReached)
        return std::nullopt;
    while (high - low > 1) {
        const Seconds middle = low + (high - low) / 2;
        const std::optional<bool> r = reached(middle, *this);
        if (!r)
            return std::nullopt;
        (*r ? high : low) = middle;
    }
    return std::int64_t(high) * 1000;
}

} // namespace satchel::search

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace satchel::search {

// A day of the proleptic Gregorian calendar (QDate's), as before: and after: name it.
struct CalendarDate
{
    int year = 1970;
    int month = 1;
    int day = 1;

    // "YYYY-MM-DD", as QDate::toString(Qt::ISODate) writes years 1 to 9999.
    [[nodiscard]] std::string iso() const;

    // What QDate::fromString(text, "yyyy-MM-dd") accepts when text is ten characters long: four,
    // two and two ASCII digits, a real day, years 0001 to 9999 (tst_searchquery holds the rows).
    [[nodiscard]] static std::optional<CalendarDate> parse(std::string_view text);

    // The first moment of that day in the local time zone, in milliseconds since 1970 UTC: local
    // midnight, or where a clock change skips midnight (Sao Paulo's spring, a skipped day in
    // Samoa), the first second that day has, or the next day's. Nothing when the platform cannot
    // say (Windows outside 1970-3000: the query is then refused). Qt's QDate::startOfDay() gives
    // the same (tst_searchquery checks every day of 1900-2040 and some of every century), except
    // that Qt rounds to the minute.
    [[nodiscard]] std::optional<std::int64_t> localMidnightMs() const;
};

} // namespace satchel::search

// Calendar arithmetic (proleptic Gregorian, any sign of year) and strict ISO 8601 parsing and
// formatting. The day-count algorithms are Howard Hinnant's days_from_civil / civil_from_days,
// written over int64 and floor division so they hold before the epoch and before year 0.
#include "core/time.h"

#include "core/time_civil.h"

#include <algorithm>
#include <charconv>

namespace cadence {

using detail::floorDiv;
using detail::floorMod;

std::int64_t daysFromCivil(CivilDate date) {
    // Months outside 1..12 roll into the year, and days count linearly (Jan 32 = Feb 1), so any
    // field values give a defined answer instead of an out-of-bounds read.
    std::int64_t month0 = std::int64_t{date.month} - 1;
    std::int64_t y = std::int64_t{date.year} + floorDiv(month0, 12);
    std::int64_t m = floorMod(month0, 12) + 1;
    std::int64_t d = date.day;
    y -= m <= 2 ? 1 : 0; // the computational year starts in March, so Feb 29 is its last day
    std::int64_t era = floorDiv(y, 400);
    std::int64_t yearOfEra = y - era * 400;                                   // [0, 399]
    std::int64_t dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1; // from March 1
    std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

CivilDate civilFromDays(std::int64_t days) {
    std::int64_t z = std::clamp(days, -detail::kMaxCivilDays, detail::kMaxCivilDays) + 719468;
    std::int64_t era = floorDiv(z, 146097);
    std::int64_t dayOfEra = z - era * 146097; // [0, 146096]
    std::int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    std::int64_t mp = (5 * dayOfYear + 2) / 153; // month counted from March
    int day = static_cast<int>(dayOfYear - (153 * mp + 2) / 5 + 1);
    int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    int year = static_cast<int>(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    return {year, month, day};
}

CivilDate addDays(CivilDate date, std::int64_t days) {
    return civilFromDays(detail::saturatingAdd(daysFromCivil(date), days));
}

CivilDate addMonths(CivilDate date, int months) {
    std::int64_t monthIndex = std::int64_t{date.year} * 12 + (date.month - 1) + months;
    std::int64_t year = std::clamp<std::int64_t>(floorDiv(monthIndex, 12), -1'000'000'000, 1'000'000'000);
    CivilDate result{static_cast<int>(year), static_cast<int>(floorMod(monthIndex, 12)) + 1, date.day};
    result.day = std::clamp(result.day, 1, daysInMonth(result.year, result.month));
    return result;
}

Weekday weekdayOf(CivilDate date) {
    // 1970-01-01 was a Thursday.
    return static_cast<Weekday>(floorMod(daysFromCivil(date) + 4, 7));
}

bool isLeapYear(int year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

int daysInMonth(int year, int month) {
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

bool isValid(CivilDate date) {
    return date.month >= 1 && date.month <= 12 && date.day >= 1 &&
           date.day <= daysInMonth(date.year, date.month);
}

namespace {

// Reads exactly `count` ASCII digits at `pos` (no sign, no spaces).
bool readDigits(std::string_view text, std::size_t& pos, std::size_t count, int& out) {
    if (pos + count > text.size()) return false;
    int value = 0; // at most 4 digits: no overflow
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (text[i] < '0' || text[i] > '9') return false;
        value = value * 10 + (text[i] - '0');
    }
    out = value;
    pos += count;
    return true;
}

bool expect(std::string_view text, std::size_t& pos, char c) {
    if (pos >= text.size() || text[pos] != c) return false;
    ++pos;
    return true;
}

bool readDate(std::string_view text, std::size_t& pos, CivilDate& date) {
    return readDigits(text, pos, 4, date.year) && expect(text, pos, '-') &&
           readDigits(text, pos, 2, date.month) && expect(text, pos, '-') &&
           readDigits(text, pos, 2, date.day) && isValid(date);
}

// Appends `value` with at least `width` digits; a negative year gets a leading '-'.
void appendPadded(std::string& out, std::int64_t value, int width) {
    if (value < 0) out += '-';
    std::uint64_t magnitude =
        value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    char digits[24];
    auto end = std::to_chars(digits, digits + sizeof digits, magnitude).ptr;
    for (auto length = end - digits; length < width; ++length)
        out += '0';
    out.append(digits, end);
}

} // namespace

std::optional<Instant> parseIsoInstant(std::string_view text) {
    std::size_t pos = 0;
    CivilDate date;
    TimeOfDay time;
    if (!readDate(text, pos, date) || !expect(text, pos, 'T') || !readDigits(text, pos, 2, time.hour) ||
        !expect(text, pos, ':') || !readDigits(text, pos, 2, time.minute))
        return std::nullopt;
    if (pos < text.size() && text[pos] == ':') {
        ++pos;
        if (!readDigits(text, pos, 2, time.second)) return std::nullopt;
        if (pos < text.size() && text[pos] == '.') {
            // Fractions are allowed (browsers write milliseconds) but Instant keeps whole seconds.
            std::size_t first = ++pos;
            while (pos < text.size() && pos - first < 9 && text[pos] >= '0' && text[pos] <= '9')
                ++pos;
            if (pos == first) return std::nullopt;
        }
    }
    // Leap seconds (:60) and 24:00 are rejected: neither maps to one Instant without ambiguity.
    if (time.hour > 23 || time.minute > 59 || time.second > 59) return std::nullopt;
    std::int64_t offset = 0;
    if (pos < text.size() && text[pos] == 'Z') {
        ++pos;
    } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
        int sign = text[pos++] == '-' ? -1 : 1;
        int hours = 0, minutes = 0;
        if (!readDigits(text, pos, 2, hours) || !expect(text, pos, ':') ||
            !readDigits(text, pos, 2, minutes) || hours > 23 || minutes > 59)
            return std::nullopt;
        offset = sign * (hours * kSecondsPerHour + minutes * kSecondsPerMinute);
    } else {
        return std::nullopt; // a time without a zone is a local time, not an instant
    }
    if (pos != text.size()) return std::nullopt;
    return Instant{daysFromCivil(date) * kSecondsPerDay + time.secondsSinceMidnight() - offset};
}

std::string formatIsoInstant(Instant at) {
    std::int64_t days = floorDiv(at.unixSeconds, kSecondsPerDay);
    std::int64_t seconds = floorMod(at.unixSeconds, kSecondsPerDay);
    std::string out = formatIsoDate(civilFromDays(days));
    out += 'T';
    appendPadded(out, seconds / 3600, 2);
    out += ':';
    appendPadded(out, seconds / 60 % 60, 2);
    out += ':';
    appendPadded(out, seconds % 60, 2);
    out += 'Z';
    return out;
}

std::optional<CivilDate> parseIsoDate(std::string_view text) {
    std::size_t pos = 0;
    CivilDate date;
    if (!readDate(text, pos, date) || pos != text.size()) return std::nullopt;
    return date;
}

std::string formatIsoDate(CivilDate date) {
    // Years outside 0000..9999 are written with more digits or a '-' and do not parse back.
    std::string out;
    appendPadded(out, date.year, 4);
    out += '-';
    appendPadded(out, date.month, 2);
    out += '-';
    appendPadded(out, date.day, 2);
    return out;
}

} // namespace cadence

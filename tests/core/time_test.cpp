// Calendar arithmetic and ISO 8601 text: the parts of core/time.h that need no time zone.
#include "time_test_support.h"

#include <limits>
#include <string>

using namespace cadence;
using cadence::test::iso;

TEST_CASE("day numbers count from 1970-01-01 and hold before the epoch and before year 1") {
    CHECK(daysFromCivil({1970, 1, 1}) == 0);
    CHECK(daysFromCivil({1969, 12, 31}) == -1);
    CHECK(daysFromCivil({2000, 3, 1}) == 11017);
    CHECK(daysFromCivil({2026, 11, 24}) == 20781);
    CHECK(daysFromCivil({0, 3, 1}) == -719468); // the start of Hinnant's era 0
    CHECK(daysFromCivil({0, 1, 1}) == -719528);
    CHECK(daysFromCivil({-1, 12, 31}) == -719529);
    CHECK(civilFromDays(-719529) == CivilDate{-1, 12, 31});
    CHECK(civilFromDays(20781) == CivilDate{2026, 11, 24});
    CHECK(civilFromDays(-1) == CivilDate{1969, 12, 31});
}

TEST_CASE("every day from year -2000 to 3000 converts to a date and back, one day after the other") {
    std::int64_t first = daysFromCivil({-2000, 1, 1});
    std::int64_t last = daysFromCivil({3000, 12, 31});
    CivilDate previous = civilFromDays(first - 1);
    for (std::int64_t day = first; day <= last; ++day) {
        CivilDate date = civilFromDays(day);
        TIME_CHECK_OR_RETURN(isValid(date));
        TIME_CHECK_OR_RETURN(daysFromCivil(date) == day);
        TIME_CHECK_OR_RETURN(previous < date);
        TIME_CHECK_OR_RETURN(addDays(previous, 1) == date);
        previous = date;
    }
}

TEST_CASE("leap years follow the Gregorian rule, extended to year 0 and negative years") {
    CHECK(isLeapYear(2024));
    CHECK_FALSE(isLeapYear(2026));
    CHECK_FALSE(isLeapYear(1900));
    CHECK(isLeapYear(2000));
    CHECK(isLeapYear(0));
    CHECK(isLeapYear(-4));
    CHECK_FALSE(isLeapYear(-100));
    CHECK(isLeapYear(-400));
    CHECK(daysInMonth(2024, 2) == 29);
    CHECK(daysInMonth(2100, 2) == 28);
    CHECK(daysInMonth(2026, 4) == 30);
    CHECK(daysInMonth(2026, 13) == 0);
    CHECK(isValid({2024, 2, 29}));
    CHECK_FALSE(isValid({2026, 2, 29}));
    CHECK_FALSE(isValid({2026, 4, 31}));
    CHECK_FALSE(isValid({2026, 0, 1}));
    CHECK_FALSE(isValid({2026, 1, 0}));
}

TEST_CASE("adding days crosses month, year and leap-day boundaries in both directions") {
    CHECK(addDays({2024, 2, 28}, 1) == CivilDate{2024, 2, 29});
    CHECK(addDays({2024, 2, 29}, 1) == CivilDate{2024, 3, 1});
    CHECK(addDays({2026, 2, 28}, 1) == CivilDate{2026, 3, 1});
    CHECK(addDays({2026, 12, 31}, 1) == CivilDate{2027, 1, 1});
    CHECK(addDays({2027, 1, 1}, -1) == CivilDate{2026, 12, 31});
    CHECK(addDays({2026, 11, 24}, 365) == CivilDate{2027, 11, 24});
    CHECK(addDays({2024, 1, 1}, 366) == CivilDate{2025, 1, 1});
}

TEST_CASE("a monthly follow-up on the 31st falls on the last day of shorter months") {
    CHECK(addMonths({2024, 1, 31}, 1) == CivilDate{2024, 2, 29});
    CHECK(addMonths({2026, 1, 31}, 1) == CivilDate{2026, 2, 28});
    CHECK(addMonths({2026, 3, 31}, 1) == CivilDate{2026, 4, 30});
    CHECK(addMonths({2026, 3, 31}, -1) == CivilDate{2026, 2, 28});
    CHECK(addMonths({2026, 12, 15}, 1) == CivilDate{2027, 1, 15});
    CHECK(addMonths({2026, 1, 15}, -13) == CivilDate{2024, 12, 15});
    CHECK(addMonths({2024, 2, 29}, 12) == CivilDate{2025, 2, 28});
    CHECK(addMonths({2024, 2, 29}, 48) == CivilDate{2028, 2, 29});
    CHECK(addMonths({2026, 5, 10}, 0) == CivilDate{2026, 5, 10});
}

TEST_CASE("weekdays match the calendar, including dates before the epoch") {
    CHECK(weekdayOf({1970, 1, 1}) == Weekday::Thursday);
    CHECK(weekdayOf({2026, 11, 24}) == Weekday::Tuesday);
    CHECK(weekdayOf({2000, 1, 1}) == Weekday::Saturday);
    CHECK(weekdayOf({2024, 2, 29}) == Weekday::Thursday);
    CHECK(weekdayOf({1969, 12, 31}) == Weekday::Wednesday);
    CHECK(weekdayOf({1, 1, 1}) == Weekday::Monday); // proleptic Gregorian
    for (int offset = 0; offset < 14; ++offset)
        CHECK(static_cast<int>(weekdayOf(addDays({2026, 11, 22}, offset))) == offset % 7); // 22nd: Sunday
}

TEST_CASE("ISO instants parse with Z or an offset, with optional seconds and fractions") {
    CHECK(iso("1970-01-01T00:00:00Z").unixSeconds == 0);
    CHECK(iso("2026-11-24T09:15:00Z").unixSeconds == 1795511700);
    CHECK(iso("2026-11-24T09:15Z").unixSeconds == 1795511700);
    CHECK(iso("2026-11-24T09:15:00.999Z").unixSeconds == 1795511700);
    CHECK(iso("2026-11-24T09:15:00.123456789Z").unixSeconds == 1795511700);
    CHECK(iso("2026-03-29T03:30:00+02:00") == iso("2026-03-29T01:30:00Z"));
    CHECK(iso("2026-11-24T14:45+05:30").unixSeconds == 1795511700);
    CHECK(iso("2026-11-24T04:15:00-05:00").unixSeconds == 1795511700);
    CHECK(iso("2026-11-24T09:15:00-00:00").unixSeconds == 1795511700);
    CHECK(iso("1969-12-31T23:59:59.5Z").unixSeconds == -1); // fractions round toward the past
    CHECK(iso("2024-02-29T12:00:00Z") == iso("2024-03-01T12:00:00Z") - kSecondsPerDay);
    CHECK(iso("0000-01-01T00:00:00Z").unixSeconds == -719528 * kSecondsPerDay);
    CHECK(iso("9999-12-31T23:59:59Z").unixSeconds == 253402300799);
}

TEST_CASE("ISO instants that are malformed, impossible or without a zone are rejected") {
    const char* rejected[] = {
        "",
        "2026-02-30T00:00:00Z", // no Feb 30
        "2025-02-29T00:00:00Z", // not a leap year
        "2026-13-01T00:00:00Z",
        "2026-00-10T00:00:00Z",
        "2026-04-31T00:00:00Z",
        "2026-11-24T24:00:00Z",
        "2026-11-24T23:60:00Z",
        "2026-11-24T23:59:60Z", // leap seconds are not instants here
        "2026-11-24T09:15:00",  // local time, not an instant
        "2026-11-24 09:15:00Z",
        "2026-11-24t09:15:00Z",
        "2026-11-24T09:15:00z",
        "2026-1-24T09:15:00Z",
        "26-11-24T09:15:00Z",
        "+2026-11-24T09:15:00Z",
        "-2026-11-24T09:15:00Z",
        "2026-11-24T9:15:00Z",
        "2026-11-24T09:15:0Z",
        "2026-11-24T09:15:00.Z",
        "2026-11-24T09:15:00.1234567890Z",
        "2026-11-24T09:15.5Z",
        "2026-11-24T09:15:00+0200",
        "2026-11-24T09:15:00+2:00",
        "2026-11-24T09:15:00+24:00",
        "2026-11-24T09:15:00+02:60",
        "2026-11-24T09:15:00Z ",
        " 2026-11-24T09:15:00Z",
        "2026-11-24T09:15:00ZZ",
        "2026-11-24T09:15:00+02:00Z",
        "2026-11-24",
        "2026-11-24T",
        "2026-11-24T09",
        "2026-11-24T09:",
        "2026-11-24T09:15:00+",
        "2026-11-24T09:15:00+02",
        "2026-11-24T09:15:00+02:",
        "2026-1１-24T09:15:00Z", // a full-width digit
    };
    for (const char* text : rejected) {
        CAPTURE(text);
        CHECK_FALSE(parseIsoInstant(text).has_value());
    }
    // A string_view that stops early must not be read past its end.
    std::string_view cut = std::string_view("2026-11-24T09:15:00Z").substr(0, 19);
    CHECK_FALSE(parseIsoInstant(cut).has_value());
}

TEST_CASE("instants format as UTC with seconds and parse back to the same instant") {
    CHECK(formatIsoInstant(Instant{0}) == "1970-01-01T00:00:00Z");
    CHECK(formatIsoInstant(Instant{1795511700}) == "2026-11-24T09:15:00Z");
    CHECK(formatIsoInstant(Instant{-1}) == "1969-12-31T23:59:59Z");
    CHECK(formatIsoInstant(Instant{253402300799}) == "9999-12-31T23:59:59Z");
    for (std::int64_t seconds = -3'000'000'000; seconds < 3'000'000'000; seconds += 86'399'917) {
        CAPTURE(seconds);
        CHECK(iso(formatIsoInstant(Instant{seconds})).unixSeconds == seconds);
    }
}

TEST_CASE("ISO dates parse strictly and format with four-digit years") {
    CHECK(parseIsoDate("2024-02-29") == CivilDate{2024, 2, 29});
    CHECK(parseIsoDate("0001-01-01") == CivilDate{1, 1, 1});
    CHECK_FALSE(parseIsoDate("2026-02-29").has_value());
    CHECK_FALSE(parseIsoDate("2026-2-28").has_value());
    CHECK_FALSE(parseIsoDate("2026-02-28T00:00").has_value());
    CHECK_FALSE(parseIsoDate("--02-29").has_value()); // year-less dates are a separate type
    CHECK_FALSE(parseIsoDate("20260228").has_value());
    CHECK_FALSE(parseIsoDate("2026-02-28 ").has_value());
    CHECK_FALSE(parseIsoDate("").has_value());
    CHECK(formatIsoDate({2026, 3, 9}) == "2026-03-09");
    CHECK(formatIsoDate({42, 1, 2}) == "0042-01-02");
    CHECK(formatIsoDate({-1, 12, 31}) == "-0001-12-31");
}

TEST_CASE("extreme day numbers and instants give a defined answer instead of overflowing") {
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
    CHECK(isValid(civilFromDays(kMax)));
    CHECK(isValid(civilFromDays(kMin)));
    CHECK(isValid(addDays({2026, 1, 1}, kMax)));
    CHECK_FALSE(formatIsoInstant(Instant{kMax}).empty());
    CHECK_FALSE(formatIsoInstant(Instant{kMin}).empty());
    CHECK(isValid(addMonths({2026, 1, 31}, std::numeric_limits<int>::max())));
    CHECK(isValid(addMonths({2026, 1, 31}, std::numeric_limits<int>::min())));
}

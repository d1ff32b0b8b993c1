// Shared by the time tests: readable failure messages for the time types and an ISO shorthand.
#pragma once

#include "core/time.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <string_view>

namespace doctest {
template <> struct StringMaker<cadence::CivilDate> {
    static String convert(const cadence::CivilDate& date) { return cadence::formatIsoDate(date).c_str(); }
};
template <> struct StringMaker<cadence::Instant> {
    static String convert(cadence::Instant at) { return cadence::formatIsoInstant(at).c_str(); }
};
template <> struct StringMaker<cadence::LocalDateTime> {
    static String convert(const cadence::LocalDateTime& local) {
        char time[16];
        std::snprintf(time, sizeof time, "T%02d:%02d:%02d", local.time.hour, local.time.minute,
                      local.time.second);
        return (cadence::formatIsoDate(local.date) + time).c_str();
    }
};
} // namespace doctest

// doctest's REQUIRE needs exceptions, which are off (cmake/CompilerPolicy.cmake): check, and leave
// the test case when the rest of it depends on this. Only a failure is counted (cheap in loops); the
// expression must be side-effect free since a failing one is evaluated again to report it.
#define TIME_CHECK_OR_RETURN(...)                                                                            \
    do {                                                                                                     \
        if (!(__VA_ARGS__)) {                                                                                \
            CHECK(__VA_ARGS__);                                                                              \
            return;                                                                                          \
        }                                                                                                    \
    } while (false)

namespace cadence::test {

// An instant written as ISO 8601 in the test itself; a typo fails the test instead of crashing.
inline Instant iso(std::string_view text) {
    auto parsed = parseIsoInstant(text);
    if (!parsed) FAIL_CHECK("bad instant in test: ", std::string(text).c_str());
    return parsed.value_or(Instant{});
}

inline LocalDateTime local(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) {
    return {{year, month, day}, {hour, minute, second}};
}

inline TimeZone zone(std::string_view name) {
    auto found = TimeZone::fromName(name);
    if (!found) FAIL_CHECK("unknown zone in test: ", std::string(name).c_str());
    return found.value_or(TimeZone::utc());
}

} // namespace cadence::test

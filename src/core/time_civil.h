// Small integer helpers shared by the time sources (time.cpp, time_zone*.cpp). Internal to the core.
#pragma once

#include <cstdint>
#include <limits>

namespace cadence::detail {

// Division rounding toward negative infinity, so days and seconds before the epoch split correctly.
constexpr std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}
// Written without multiplying back, which would overflow next to the int64 limits.
constexpr std::int64_t floorMod(std::int64_t a, std::int64_t b) {
    std::int64_t r = a % b;
    return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r;
}

// Adds without signed overflow (which is undefined behaviour): results stick at the int64 limits.
constexpr std::int64_t saturatingAdd(std::int64_t a, std::int64_t b) {
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
    if (b > 0 && a > kMax - b) return kMax;
    if (b < 0 && a < kMin - b) return kMin;
    return a + b;
}

constexpr std::int64_t clampTo(std::int64_t value, std::int64_t low, std::int64_t high) {
    return value < low ? low : (value > high ? high : value);
}

// Days whose year still fits an int (about +-1e9 years); civilFromDays clamps to this range.
constexpr std::int64_t kMaxCivilDays = 365'000'000'000;
// Instants the zone code works with (about +-31 million years), so adding offsets cannot overflow.
constexpr std::int64_t kMaxZoneSeconds = 1'000'000'000'000'000;

} // namespace cadence::detail

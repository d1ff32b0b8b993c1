// TimeZone: offsets, local times and instants under one POSIX rule, and lookup by IANA name.
// The current rule of a zone is applied to every year (historical rule changes are out of scope).
// Each query looks at the rule's transitions in the years around the instant, which handles
// southern-hemisphere zones (daylight time across the new year), negative daylight saving
// (Europe/Dublin) and transition times before 00:00 or after 24:00 the same way.
#include "core/time.h"

#include "core/time_civil.h"
#include "core/time_zone_table.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <vector>

namespace cadence {

struct TimeZone::Transition {
    Instant at;
    std::int64_t offsetBefore = 0;
    std::int64_t offsetAfter = 0;
};

// Every transition of the years kFirstYear .. kLastYear and the years around them, in time
// order, for instants whose standard-time year is in that range.
struct TimeZone::TransitionTable {
    static constexpr std::int64_t kFirstYear = 1970, kLastYear = 2100;
    std::int64_t fromStandardSeconds = 0, untilStandardSeconds = 0; // the range's local standard time
    std::vector<Transition> transitions;
};

namespace {

using detail::floorDiv;

// The day (since the epoch) of the week-th `weekday` of `month` in `year`; week 5 means the last.
std::int64_t ruleDay(std::int64_t year, int month, int week, int weekday) {
    // Clamped years keep this inside int; rules repeat, so the exact far-future year is moot.
    CivilDate first{static_cast<int>(year), month, 1};
    std::int64_t firstDay = daysFromCivil(first);
    std::int64_t day = firstDay + (weekday - static_cast<int>(weekdayOf(first)) + 7) % 7 + (week - 1) * 7;
    std::int64_t monthLength = daysInMonth(first.year, month);
    while (day >= firstDay + monthLength)
        day -= 7;
    return day;
}

// The rule's two transitions of `year`, daylight time's start first. Times count in the local
// time in force before each change: standard time when daylight time starts, and the reverse.
std::array<TimeZone::Transition, 2> transitionsOf(const TimeZone::Rule& rule, std::int64_t year) {
    std::int64_t start = ruleDay(year, rule.startMonth, rule.startWeek, rule.startWeekday) * kSecondsPerDay +
                         rule.startTime - rule.standardOffset;
    std::int64_t end = ruleDay(year, rule.endMonth, rule.endWeek, rule.endWeekday) * kSecondsPerDay + rule.endTime -
                       rule.daylightOffset;
    return {{{Instant{start}, rule.standardOffset, rule.daylightOffset},
             {Instant{end}, rule.daylightOffset, rule.standardOffset}}};
}

// The transitions of years year-2 .. year+1, in time order.
std::array<TimeZone::Transition, 8> transitionsAround(const TimeZone::Rule& rule, std::int64_t year) {
    std::array<TimeZone::Transition, 8> result;
    for (int i = 0; i < 4; ++i) {
        auto pair = transitionsOf(rule, year - 2 + i);
        result[2 * i] = pair[0];
        result[2 * i + 1] = pair[1];
    }
    std::stable_sort(result.begin(), result.end(), [](const auto& a, const auto& b) { return a.at < b.at; });
    return result;
}

Instant clampInstant(Instant at) {
    return {detail::clampTo(at.unixSeconds, -detail::kMaxZoneSeconds, detail::kMaxZoneSeconds)};
}

// The last transition at or before `at` (its offsetAfter is in force), or the first one after it.
TimeZone::Transition transitionGoverning(const TimeZone::Rule& rule, const TimeZone::TransitionTable* table,
                                         Instant at) {
    const std::int64_t standardSeconds = at.unixSeconds + rule.standardOffset;
    if (table && standardSeconds >= table->fromStandardSeconds && standardSeconds < table->untilStandardSeconds) {
        // The first transition after `at` (std::upper_bound's answer), found from where it would
        // be if transitions were evenly spaced and then a step or two either way: a rule has two a
        // year, so the guess is off by one or two. A binary search over the 270 of them was a
        // twelfth of opening a store, which asks for local times a few dozen times per lead.
        const auto& transitions = table->transitions;
        const std::int64_t first = transitions.front().at.unixSeconds, last = transitions.back().at.unixSeconds;
        const std::int64_t span = std::max<std::int64_t>(last - first, 1);
        const std::int64_t offset = std::clamp<std::int64_t>(at.unixSeconds - first, 0, span);
        auto after = static_cast<std::size_t>(offset * static_cast<std::int64_t>(transitions.size() - 1) / span);
        while (after < transitions.size() && transitions[after].at <= at)
            ++after;
        while (after > 0 && transitions[after - 1].at > at)
            --after;
        // The table starts two years before its range, as transitionsAround does: after > 0.
        return transitions[after - 1];
    }
    std::int64_t standardDays = floorDiv(standardSeconds, kSecondsPerDay);
    auto transitions = transitionsAround(rule, civilFromDays(standardDays).year);
    // Years year-2 .. year-1 end long before `at` even with 167-hour transition times, so a
    // governing transition always exists; the fallback only guards against a broken invariant.
    auto after = std::upper_bound(transitions.begin(), transitions.end(), at,
                                  [](Instant t, const auto& transition) { return t < transition.at; });
    if (after == transitions.begin()) return {at, after->offsetBefore, after->offsetBefore};
    return *(after - 1);
}

std::int64_t localSeconds(const LocalDateTime& local) {
    return daysFromCivil(local.date) * kSecondsPerDay + std::int64_t{local.time.hour} * kSecondsPerHour +
           std::int64_t{local.time.minute} * kSecondsPerMinute + local.time.second;
}

} // namespace

void TimeZone::tabulateTransitions() {
    if (!rule_.hasDaylight) return;
    auto table = std::make_shared<TransitionTable>();
    using Table = TransitionTable;
    table->fromStandardSeconds = daysFromCivil({static_cast<int>(Table::kFirstYear), 1, 1}) * kSecondsPerDay;
    table->untilStandardSeconds = daysFromCivil({static_cast<int>(Table::kLastYear) + 1, 1, 1}) * kSecondsPerDay;
    // In the order transitionsAround lists them before sorting, so that equal times (a rule
    // whose start and end coincide) resolve the same way in both.
    for (std::int64_t year = Table::kFirstYear - 2; year <= Table::kLastYear + 1; ++year)
        for (const Transition& transition : transitionsOf(rule_, year))
            table->transitions.push_back(transition);
    std::stable_sort(table->transitions.begin(), table->transitions.end(),
                     [](const auto& a, const auto& b) { return a.at < b.at; });
    transitions_ = std::move(table);
}

TimeZone TimeZone::utc() {
    TimeZone zone;
    zone.name_ = "UTC";
    return zone;
}

std::optional<TimeZone> TimeZone::fromName(std::string_view ianaOrPosix) {
    auto table = detail::zoneRuleTable();
    auto found = std::lower_bound(
        table.begin(), table.end(), ianaOrPosix,
        [](const detail::ZoneRuleEntry& entry, std::string_view name) { return entry.name < name; });
    if (found == table.end() || found->name != ianaOrPosix) return fromPosixRule(ianaOrPosix);
    auto zone = fromPosixRule(found->rule);
    assert(zone && "every generated rule parses (see time_zone_test.cpp)");
    if (!zone) return std::nullopt;
    zone->name_ = std::string(found->name);
    return zone;
}

std::int64_t TimeZone::offsetAt(Instant at) const {
    if (!rule_.hasDaylight) return rule_.standardOffset;
    return transitionGoverning(rule_, transitions_.get(), clampInstant(at)).offsetAfter;
}

LocalDateTime TimeZone::toLocal(Instant at) const {
    Instant clamped = clampInstant(at);
    std::int64_t local = clamped.unixSeconds + offsetAt(clamped);
    std::int64_t days = floorDiv(local, kSecondsPerDay);
    std::int64_t seconds = local - days * kSecondsPerDay;
    TimeOfDay time{static_cast<int>(seconds / 3600), static_cast<int>(seconds / 60 % 60),
                   static_cast<int>(seconds % 60)};
    return {civilFromDays(days), time};
}

Instant TimeZone::toInstant(const LocalDateTime& local) const {
    std::int64_t seconds = localSeconds(local);
    if (!rule_.hasDaylight) return {seconds - rule_.standardOffset};
    // An instant is a reading of `local` if the offset it was computed with is in force there.
    auto readsAs = [&](std::int64_t offset) { return offsetAt(Instant{seconds - offset}) == offset; };
    std::int64_t low = std::min(rule_.standardOffset, rule_.daylightOffset);
    std::int64_t high = std::max(rule_.standardOffset, rule_.daylightOffset);
    if (readsAs(high)) return {seconds - high}; // the earlier of two readings in an overlap
    if (readsAs(low)) return {seconds - low};
    // In a gap the clocks jumped from `low` to `high`: reading with `low` lands after the jump,
    // shifted forward by its length (02:30 -> 03:30).
    return {seconds - low};
}

Instant TimeZone::startOfDay(CivilDate date) const {
    LocalDateTime midnight{date, {}};
    Instant start = toInstant(midnight);
    if (!rule_.hasDaylight || toLocal(start) == midnight) return start;
    // Midnight was skipped: the day starts when the clocks jumped, which may be after 00:00.
    return transitionGoverning(rule_, transitions_.get(), clampInstant(start)).at;
}

} // namespace cadence

// Time zones from the compiled-in table: offsets, DST transitions, gaps and overlaps, start of day.
// Expected instants come from `zdump -v` / `TZ=... date` on tzdata 2025b.
#include "core/time_zone_table.h"
#include "time_test_support.h"

#include <algorithm>
#include <vector>

using namespace cadence;
using cadence::test::iso;
using cadence::test::local;
using cadence::test::zone;

TEST_CASE("a step 3 days after a Saturday-evening enrolment in Paris lands at the same local hour across "
          "the March DST change") {
    TimeZone paris = zone("Europe/Paris");
    Instant enrolled = iso("2026-03-28T18:00:00Z"); // Saturday 19:00 CET
    LocalDateTime at = paris.toLocal(enrolled);
    CHECK(at == local(2026, 3, 28, 19));
    Instant step = paris.toInstant({addDays(at.date, 3), at.time});
    CHECK(step == iso("2026-03-31T17:00:00Z")); // Tuesday 19:00 CEST
    CHECK(step - enrolled == 3 * kSecondsPerDay - kSecondsPerHour);
}

TEST_CASE(
    "Paris switches to summer time on the last Sunday of March and back on the last Sunday of October") {
    TimeZone paris = zone("Europe/Paris");
    CHECK(paris.name() == "Europe/Paris");
    CHECK(paris.offsetAt(iso("2026-03-29T00:59:59Z")) == 3600);
    CHECK(paris.offsetAt(iso("2026-03-29T01:00:00Z")) == 7200);
    CHECK(paris.offsetAt(iso("2026-10-25T00:59:59Z")) == 7200);
    CHECK(paris.offsetAt(iso("2026-10-25T01:00:00Z")) == 3600);
    CHECK(paris.toLocal(iso("2026-03-29T00:59:59Z")) == local(2026, 3, 29, 1, 59, 59));
    CHECK(paris.toLocal(iso("2026-03-29T01:00:00Z")) == local(2026, 3, 29, 3));
    CHECK(paris.toLocal(iso("2026-10-25T00:59:59Z")) == local(2026, 10, 25, 2, 59, 59));
    CHECK(paris.toLocal(iso("2026-10-25T01:00:00Z")) == local(2026, 10, 25, 2));
    CHECK(paris.offsetAt(iso("2027-03-28T01:00:00Z")) == 7200); // last Sunday of March 2027
    CHECK(paris.offsetAt(iso("2027-03-28T00:59:59Z")) == 3600);
}

TEST_CASE("a Paris local time skipped in spring moves forward by the gap; one repeated in autumn takes the "
          "earlier instant") {
    TimeZone paris = zone("Europe/Paris");
    CHECK(paris.toInstant(local(2026, 3, 29, 2, 30)) == iso("2026-03-29T01:30:00Z"));
    CHECK(paris.toLocal(paris.toInstant(local(2026, 3, 29, 2, 30))) == local(2026, 3, 29, 3, 30));
    CHECK(paris.toInstant(local(2026, 3, 29, 2, 0)) == iso("2026-03-29T01:00:00Z"));
    CHECK(paris.toInstant(local(2026, 3, 29, 3, 0)) == iso("2026-03-29T01:00:00Z"));
    CHECK(paris.toInstant(local(2026, 3, 29, 1, 59, 59)) == iso("2026-03-29T00:59:59Z"));
    CHECK(paris.toInstant(local(2026, 10, 25, 2, 30)) == iso("2026-10-25T00:30:00Z")); // still CEST
    CHECK(paris.toInstant(local(2026, 10, 25, 3, 0)) == iso("2026-10-25T02:00:00Z"));
    CHECK(paris.toInstant(local(2026, 10, 25, 1, 59)) == iso("2026-10-24T23:59:00Z"));
}

TEST_CASE("New York changes on the second Sunday of March and the first Sunday of November at 2am") {
    TimeZone newYork = zone("America/New_York");
    CHECK(newYork.offsetAt(iso("2026-03-08T06:59:59Z")) == -5 * 3600);
    CHECK(newYork.offsetAt(iso("2026-03-08T07:00:00Z")) == -4 * 3600);
    CHECK(newYork.offsetAt(iso("2026-11-01T05:59:59Z")) == -4 * 3600);
    CHECK(newYork.offsetAt(iso("2026-11-01T06:00:00Z")) == -5 * 3600);
    CHECK(newYork.toInstant(local(2026, 3, 8, 2, 30)) == iso("2026-03-08T07:30:00Z"));  // 03:30 EDT
    CHECK(newYork.toInstant(local(2026, 11, 1, 1, 30)) == iso("2026-11-01T05:30:00Z")); // 01:30 EDT
    CHECK(newYork.toLocal(iso("2026-11-01T06:30:00Z")) == local(2026, 11, 1, 1, 30));   // 01:30 EST
    CHECK(newYork.localDate(iso("2026-11-25T04:59:59Z")) == CivilDate{2026, 11, 24});
}

TEST_CASE("Sydney's summer time spans the new year: it ends on the first Sunday of April and starts on the "
          "first Sunday of October") {
    TimeZone sydney = zone("Australia/Sydney");
    CHECK(sydney.offsetAt(iso("2026-01-15T00:00:00Z")) == 11 * 3600);
    CHECK(sydney.offsetAt(iso("2026-07-15T00:00:00Z")) == 10 * 3600);
    CHECK(sydney.offsetAt(iso("2026-12-31T13:00:00Z")) == 11 * 3600);
    CHECK(sydney.offsetAt(iso("2026-04-04T15:59:59Z")) == 11 * 3600);
    CHECK(sydney.offsetAt(iso("2026-04-04T16:00:00Z")) == 10 * 3600);
    CHECK(sydney.offsetAt(iso("2026-10-03T15:59:59Z")) == 10 * 3600);
    CHECK(sydney.offsetAt(iso("2026-10-03T16:00:00Z")) == 11 * 3600);
    CHECK(sydney.startOfDay({2026, 1, 1}) == iso("2025-12-31T13:00:00Z"));
    CHECK(sydney.toInstant(local(2026, 10, 4, 2, 30)) == iso("2026-10-03T16:30:00Z")); // gap: 03:30 AEDT
    CHECK(sydney.toInstant(local(2026, 4, 5, 2, 30)) == iso("2026-04-04T15:30:00Z"));  // overlap: AEDT
}

TEST_CASE(
    "'last Sunday of September' in Auckland stays in September when a fifth Sunday would be 1 October") {
    TimeZone auckland = zone("Pacific/Auckland");
    // September 2023's Sundays were the 3rd, 10th, 17th and 24th; the next one was 1 October.
    CHECK(auckland.offsetAt(iso("2023-09-23T13:59:59Z")) == 12 * 3600);
    CHECK(auckland.offsetAt(iso("2023-09-23T14:00:00Z")) == 13 * 3600);
    CHECK(auckland.offsetAt(iso("2026-09-26T14:00:00Z")) == 13 * 3600);
    CHECK(auckland.offsetAt(iso("2026-04-04T14:00:00Z")) == 12 * 3600);
}

TEST_CASE("Kolkata keeps +05:30 all year, and a rule string works where a name is expected") {
    TimeZone kolkata = zone("Asia/Kolkata");
    for (const char* when : {"2026-01-01T00:00:00Z", "2026-06-30T12:00:00Z", "1950-03-01T00:00:00Z"})
        CHECK(kolkata.offsetAt(iso(when)) == 5 * 3600 + 30 * 60);
    CHECK(kolkata.toLocal(iso("2026-11-24T09:15:00Z")) == local(2026, 11, 24, 14, 45));
    CHECK(kolkata.toInstant(local(2026, 11, 24, 14, 45)) == iso("2026-11-24T09:15:00Z"));
    CHECK(kolkata.startOfDay({2026, 11, 24}) == iso("2026-11-23T18:30:00Z"));
    auto fromRule = TimeZone::fromName("<+0530>-5:30");
    TIME_CHECK_OR_RETURN(fromRule);
    CHECK(fromRule->name() == "<+0530>-5:30");
    CHECK(fromRule->offsetAt(iso("2026-06-30T12:00:00Z")) == 5 * 3600 + 30 * 60);
}

TEST_CASE("zones whose rules change before midnight, at 24:00 or with negative DST follow tzdata") {
    // Nuuk changes at -01:00, i.e. 23:00 on the Saturday before the last Sunday of March.
    TimeZone nuuk = zone("America/Nuuk");
    CHECK(nuuk.toLocal(iso("2026-03-29T00:59:59Z")) == local(2026, 3, 28, 22, 59, 59));
    CHECK(nuuk.toLocal(iso("2026-03-29T01:00:00Z")) == local(2026, 3, 29, 0, 0));
    CHECK(nuuk.toLocal(iso("2026-10-25T01:00:00Z")) == local(2026, 10, 24, 23, 0));
    // Santiago springs forward at 24:00 on Saturday, so Sunday 6 September 2026 starts at 01:00.
    TimeZone santiago = zone("America/Santiago");
    CHECK(santiago.startOfDay({2026, 9, 6}) == iso("2026-09-06T04:00:00Z"));
    CHECK(santiago.toLocal(santiago.startOfDay({2026, 9, 6})) == local(2026, 9, 6, 1, 0));
    CHECK(santiago.startOfDay({2026, 9, 5}) == iso("2026-09-05T04:00:00Z"));
    CHECK(santiago.toLocal(iso("2026-04-05T03:00:00Z")) == local(2026, 4, 4, 23, 0));
    // Dublin's "standard" time is summer (IST); winter GMT is the rule's daylight time.
    TimeZone dublin = zone("Europe/Dublin");
    CHECK(dublin.offsetAt(iso("2026-03-29T00:59:59Z")) == 0);
    CHECK(dublin.offsetAt(iso("2026-03-29T01:00:00Z")) == 3600);
    CHECK(dublin.offsetAt(iso("2026-10-25T01:00:00Z")) == 0);
    CHECK(dublin.toInstant(local(2026, 3, 29, 1, 30)) == iso("2026-03-29T01:30:00Z"));  // gap: 02:30 IST
    CHECK(dublin.toInstant(local(2026, 10, 25, 1, 30)) == iso("2026-10-25T00:30:00Z")); // overlap: IST
    // Lord Howe moves by half an hour.
    TimeZone lordHowe = zone("Australia/Lord_Howe");
    CHECK(lordHowe.toLocal(iso("2026-10-03T15:30:00Z")) == local(2026, 10, 4, 2, 30));
    CHECK(lordHowe.toInstant(local(2026, 10, 4, 2, 15)) == iso("2026-10-03T15:45:00Z")); // 02:45 +11
}

TEST_CASE("a day starts at local midnight, or when the clocks jump if midnight was skipped") {
    CHECK(zone("Europe/Paris").startOfDay({2026, 3, 29}) == iso("2026-03-28T23:00:00Z"));
    CHECK(zone("Europe/Paris").startOfDay({2026, 3, 30}) == iso("2026-03-29T22:00:00Z"));
    CHECK(zone("America/New_York").startOfDay({2026, 11, 1}) == iso("2026-11-01T04:00:00Z"));
    CHECK(TimeZone::utc().startOfDay({2026, 11, 24}) == iso("2026-11-24T00:00:00Z"));
    // A made-up rule that jumps from 23:30 to 00:30: the day starts at 00:30, the jump itself.
    auto halfPast = TimeZone::fromPosixRule("AAA0BBB,M3.5.0/-0:30,M10.5.0");
    TIME_CHECK_OR_RETURN(halfPast);
    CHECK(halfPast->startOfDay({2026, 3, 29}) == iso("2026-03-28T23:30:00Z"));
    CHECK(halfPast->toLocal(halfPast->startOfDay({2026, 3, 29})) == local(2026, 3, 29, 0, 30));
}

namespace {

// Every quarter hour of 2025-2027 in `zone`, as a local time: those that come back unchanged through
// toInstant/toLocal, and those that do not (which must be exactly the skipped ones).
std::vector<LocalDateTime> localTimesThatDoNotRoundTrip(const TimeZone& zone) {
    std::vector<LocalDateTime> failures;
    for (CivilDate date{2025, 1, 1}; date < CivilDate{2028, 1, 1}; date = addDays(date, 1))
        for (int minute = 0; minute < 24 * 60; minute += 15) {
            LocalDateTime time{date, {minute / 60, minute % 60, 0}};
            if (zone.toLocal(zone.toInstant(time)) != time) failures.push_back(time);
        }
    return failures;
}

} // namespace

TEST_CASE(
    "every local time of three years survives a round trip through an instant, except the skipped hour") {
    CHECK(localTimesThatDoNotRoundTrip(zone("Asia/Kolkata")).empty());
    CHECK(localTimesThatDoNotRoundTrip(TimeZone::utc()).empty());
    auto paris = localTimesThatDoNotRoundTrip(zone("Europe/Paris"));
    TIME_CHECK_OR_RETURN(paris.size() == 12); // 02:00-02:45 on the last Sunday of March
    CHECK(paris[0] == local(2025, 3, 30, 2, 0));
    CHECK(paris[3] == local(2025, 3, 30, 2, 45));
    CHECK(paris[4] == local(2026, 3, 29, 2, 0));
    CHECK(paris[11] == local(2027, 3, 28, 2, 45));
    auto sydney = localTimesThatDoNotRoundTrip(zone("Australia/Sydney"));
    TIME_CHECK_OR_RETURN(sydney.size() == 12); // 02:00-02:45 on the first Sunday of October
    CHECK(sydney[0] == local(2025, 10, 5, 2, 0));
    CHECK(sydney[4] == local(2026, 10, 4, 2, 0));
    CHECK(sydney[8] == local(2027, 10, 3, 2, 0));
    auto newYork = localTimesThatDoNotRoundTrip(zone("America/New_York"));
    TIME_CHECK_OR_RETURN(newYork.size() == 12);
    CHECK(newYork[4] == local(2026, 3, 8, 2, 0));
    auto lordHowe = localTimesThatDoNotRoundTrip(zone("Australia/Lord_Howe"));
    TIME_CHECK_OR_RETURN(lordHowe.size() == 6); // 02:00 and 02:15 only
    CHECK(lordHowe[2] == local(2026, 10, 4, 2, 0));
    CHECK(lordHowe[3] == local(2026, 10, 4, 2, 15));
}

TEST_CASE("every instant of three years maps to a local time that maps back to it or to its earlier twin") {
    for (const char* name : {"Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Kolkata",
                             "America/Santiago", "America/Nuuk", "Europe/Dublin", "Australia/Lord_Howe"}) {
        CAPTURE(name);
        TimeZone tz = zone(name);
        int repeated = 0;
        const Instant end = iso("2028-01-01T00:00:00Z");
        for (Instant at = iso("2025-01-01T00:00:00Z"); at < end; at = at + 600) {
            Instant back = tz.toInstant(tz.toLocal(at));
            if (back != at) {
                ++repeated;
                TIME_CHECK_OR_RETURN(back < at); // only in an overlap, resolving to the earlier reading
                TIME_CHECK_OR_RETURN(tz.toLocal(back) == tz.toLocal(at));
            }
        }
        // Each autumn repeats one hour (half an hour at Lord Howe) = 6 (3) ten-minute steps a year.
        bool observesDst = std::string_view(name) != "Asia/Kolkata";
        bool halfHour = std::string_view(name) == "Australia/Lord_Howe";
        CHECK(repeated == (observesDst ? (halfHour ? 9 : 18) : 0));
    }
}

// Transitions are looked up in a table for 1970-2100 and worked out from the rule outside it.
// The Gregorian calendar repeats every 400 years (146,097 days, a whole number of weeks), so a
// rule gives the same local times then: both ways must agree at every instant of the years at the
// table's edges and of this year, for every daylight-saving rule of the compiled-in table.
TEST_CASE("zones answer the same inside the table of transitions and outside it, 400 years later") {
    constexpr std::int64_t kFourCenturiesDays = 146'097;
    constexpr std::int64_t kFourCenturies = kFourCenturiesDays * 86'400;
    std::vector<std::string_view> rules;
    for (const auto& entry : detail::zoneRuleTable())
        if (entry.rule.find(',') != std::string_view::npos) rules.push_back(entry.rule); // has daylight time
    std::sort(rules.begin(), rules.end());
    rules.erase(std::unique(rules.begin(), rules.end()), rules.end());
    CHECK(rules.size() > 20);
    int instants = 0;
    for (std::string_view rule : rules) {
        CAPTURE(std::string(rule));
        TimeZone tz = *TimeZone::fromPosixRule(rule);
        int differing = 0;
        for (const char* from : {"1969-12-25T00:00:00Z", "2025-12-25T00:00:00Z", "2099-12-25T00:00:00Z"}) {
            const Instant start = iso(from);
            // Steps of 97 minutes reach every time of day, over a year and two weeks.
            for (Instant at = start; at < start + 380 * 86'400; at = at + 97 * 60) {
                const Instant later{at.unixSeconds + kFourCenturies};
                const LocalDateTime local = tz.toLocal(at);
                LocalDateTime localLater = tz.toLocal(later);
                localLater.date = addDays(localLater.date, -kFourCenturiesDays);
                const LocalDateTime shifted{addDays(local.date, kFourCenturiesDays), local.time};
                differing += tz.offsetAt(at) != tz.offsetAt(later) || !(local == localLater) ||
                             tz.toInstant(local).unixSeconds + kFourCenturies != tz.toInstant(shifted).unixSeconds ||
                             tz.startOfDay(local.date).unixSeconds + kFourCenturies !=
                                 tz.startOfDay(shifted.date).unixSeconds;
                ++instants;
            }
        }
        CHECK(differing == 0);
    }
    MESSAGE(rules.size() << " rules, " << instants << " instants");
}

TEST_CASE("every zone in the compiled-in table has a rule the parser accepts") {
    auto table = detail::zoneRuleTable();
    CHECK(table.size() > 500);
    CHECK(detail::zoneRuleTableVersion() == "2025b");
    for (const auto& entry : table) {
        CAPTURE(std::string(entry.name));
        auto tz = TimeZone::fromName(entry.name);
        TIME_CHECK_OR_RETURN(tz.has_value());
        CHECK(tz->name() == entry.name);
    }
}

TEST_CASE("zone names are looked up exactly, old names browsers report included") {
    CHECK(TimeZone::fromName("UTC").has_value());
    CHECK(TimeZone::fromName("Etc/GMT+5")->offsetAt(Instant{0}) == -5 * 3600);
    CHECK(TimeZone::fromName("Asia/Calcutta")->offsetAt(Instant{0}) == 5 * 3600 + 30 * 60);
    CHECK(TimeZone::fromName("America/Buenos_Aires")->offsetAt(Instant{0}) == -3 * 3600);
    CHECK_FALSE(TimeZone::fromName("Europe/Atlantis").has_value());
    CHECK_FALSE(TimeZone::fromName("europe/paris").has_value());
    CHECK_FALSE(TimeZone::fromName("Europe/Paris ").has_value());
    CHECK_FALSE(TimeZone::fromName("").has_value());
    CHECK_FALSE(TimeZone::fromName("Factory").has_value());
    CHECK(TimeZone::utc().name() == "UTC");
    CHECK(TimeZone::utc().offsetAt(iso("2026-07-01T00:00:00Z")) == 0);
}

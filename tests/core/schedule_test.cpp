// Day arithmetic in the user's local calendar, business days and quiet hours.
#include "engine_test_support.h"

#include "core/schedule.h"

using namespace cadence;
using namespace cadence::enginetest;

namespace {

Plan planWithStep(int day, bool businessDays, Channel channel = Channel::Email) {
    Plan plan;
    plan.name = "test";
    PlanStep step;
    step.dayOffset = day;
    step.channel = channel;
    plan.steps = {step};
    plan.businessDaysOnly = businessDays;
    return plan;
}

Instant dueOf(const Plan& plan, const char* zoneName, Instant start, Settings settings = {}) {
    std::optional<TimeZone> zone = TimeZone::fromName(zoneName);
    CHECK(zone.has_value());
    settings.timeZoneName = zoneName;
    Enrollment e;
    e.startedAt = start;
    Lead lead = makeLead("X", start);
    return stepDue(plan, e, 0, lead, ScheduleContext{*zone, settings});
}

} // namespace

TEST_CASE("a step 'in 3 days' keeps its local time across a DST change in two zones with different rules") {
    struct Row {
        const char* zone;
        const char* start;
        const char* expected;
    } rows[] = {
        // Paris springs forward on 2026-03-29: 10:00 CET (09:00Z) -> 10:00 CEST (08:00Z).
        {"Europe/Paris", "2026-03-27T09:00:00Z", "2026-03-30T08:00:00Z"},
        // New York falls back on 2026-11-01: 10:00 EDT (14:00Z) -> 10:00 EST (15:00Z).
        {"America/New_York", "2026-10-30T14:00:00Z", "2026-11-02T15:00:00Z"},
        // Sydney (southern hemisphere) springs forward on 2026-10-04: 10:00 AEST -> 10:00 AEDT.
        {"Australia/Sydney", "2026-10-02T00:00:00Z", "2026-10-04T23:00:00Z"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.zone);
        CHECK(iso(dueOf(planWithStep(3, false), row.zone, iso(row.start))) == row.expected);
    }
}

TEST_CASE("business-days plans skip weekends") {
    // Friday 2026-11-27 10:00 UTC + 1 working day = Monday; + 3 = Wednesday.
    CHECK(iso(dueOf(planWithStep(1, true), "UTC", iso("2026-11-27T10:00:00Z"))) == "2026-11-30T10:00:00Z");
    CHECK(iso(dueOf(planWithStep(3, true), "UTC", iso("2026-11-27T10:00:00Z"))) == "2026-12-02T10:00:00Z");
    CHECK(iso(dueOf(planWithStep(3, false), "UTC", iso("2026-11-27T10:00:00Z"))) == "2026-11-30T10:00:00Z");
    // Day 0 on a Saturday moves to Monday at the same time.
    CHECK(iso(dueOf(planWithStep(0, true), "UTC", iso("2026-11-28T10:00:00Z"))) == "2026-11-30T10:00:00Z");
}

TEST_CASE("quiet hours move a call or text to the next allowed time, but not an email") {
    // New York, quiet 21:00-08:00. A lead arriving at 22:30 local is called at 08:00 next day.
    Instant late = iso("2026-11-25T03:30:00Z"); // 22:30 EST on the 24th
    CHECK(iso(dueOf(planWithStep(0, false, Channel::Call), "America/New_York", late)) ==
          "2026-11-25T13:00:00Z");
    CHECK(iso(dueOf(planWithStep(0, false, Channel::Text), "America/New_York", late)) ==
          "2026-11-25T13:00:00Z");
    CHECK(iso(dueOf(planWithStep(0, false, Channel::Email), "America/New_York", late)) == iso(late));
    // 06:00 local: same day 08:00.
    CHECK(iso(dueOf(planWithStep(0, false, Channel::Call), "America/New_York",
                    iso("2026-11-25T11:00:00Z"))) == "2026-11-25T13:00:00Z");
    Settings off;
    off.quietHours.enabled = false;
    CHECK(iso(dueOf(planWithStep(0, false, Channel::Call), "America/New_York", late, off)) == iso(late));
}

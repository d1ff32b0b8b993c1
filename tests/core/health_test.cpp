// Follow-up health against the brief's numbers (docs/health.md defines each measure).
#include "engine_test_support.h"

using namespace cadence;
using namespace cadence::enginetest;

namespace {
void logAdHoc(Workspace& ws, LeadId lead, Instant at, Outcome outcome, Channel channel = Channel::Call) {
    Touch t;
    t.leadId = lead;
    t.at = at;
    t.channel = channel;
    t.outcome = outcome;
    applyOk(ws, LogTouch{t});
}
} // namespace

TEST_CASE(
    "follow-up health measures never contacted, gave up after one, touches, attempts and speed to lead") {
    Workspace ws = Workspace::withDefaultPlans("UTC");
    Instant t0 = iso("2026-10-01T10:00:00Z");
    LeadId never = addLead(ws, makeLead("Never Touched", t0));
    LeadId once = addLead(ws, makeLead("Touched Once", t0));
    LeadId persistent = addLead(ws, makeLead("Reached On Ninth", t0));
    logAdHoc(ws, once, t0 + 60, Outcome::NoAnswer); // within 5 minutes, then nothing
    for (int i = 0; i < 9; ++i)
        logAdHoc(ws, persistent, t0 + 600 + i * kSecondsPerDay,
                 i == 8 ? Outcome::Reached : Outcome::NoAnswer);
    (void)never;

    HealthReport r = buildHealthReport(ws, iso("2026-10-20T10:00:00Z"));
    CHECK(r.leadCount == 3);
    CHECK(r.touchedLeadCount == 2);
    CHECK(r.contactedLeadCount == 1);
    CHECK(r.neverContactedShare == doctest::Approx(1.0 / 3));
    CHECK(r.gaveUpAfterOneShare == doctest::Approx(0.5));
    CHECK(r.touchesPerLead == doctest::Approx(10.0 / 3));
    CHECK(r.attemptsUntilFirstContact == doctest::Approx(9));
    CHECK(r.medianSecondsToFirstTouch.value_or(-1) == (60 + 600) / 2);
    CHECK(r.firstTouchWithin5MinShare == doctest::Approx(1.0 / 3)); // "never" waited too
    CHECK(r.leadsWithoutNextStep.empty());
    // The never-touched lead's new-lead steps are overdue (plus others' recurring items).
    CHECK(r.overdueCount >= 1);
}

TEST_CASE("health of an empty workspace is all zeros, not a division by zero") {
    Workspace ws = Workspace::withDefaultPlans("UTC");
    HealthReport r = buildHealthReport(ws, iso("2026-11-24T10:00:00Z"));
    CHECK(r.leadCount == 0);
    CHECK(r.neverContactedShare == 0);
    CHECK_FALSE(r.medianSecondsToFirstTouch.has_value());
}

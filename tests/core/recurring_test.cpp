// Recurring rules: the sphere cadence, birthdays (Feb 29) and anniversaries, restart from the
// last real touch.
#include "engine_test_support.h"

using namespace cadence;
using namespace cadence::enginetest;

namespace {

// Does every pending item of the lead's plan on time (sent) until `until`; returns the touch times.
std::vector<Instant> followPlan(Workspace& ws, LeadId lead, std::string_view plan, Instant until) {
    std::vector<Instant> done;
    for (int guard = 0; guard < 2000; ++guard) {
        const Enrollment* e = enrollmentIn(ws, lead, plan);
        if (!e) break;
        std::span<const DueItem> items = ws.pendingItems(e->id);
        if (items.empty()) break;
        DueItem first = *std::min_element(items.begin(), items.end(),
                                          [](const DueItem& a, const DueItem& b) { return a.due < b.due; });
        if (first.due > until) break;
        logFor(ws, *e, first, Outcome::Sent);
        done.push_back(first.due);
    }
    return done;
}

} // namespace

TEST_CASE("the sphere plan touches a contact at least 3 times in every 30 days") {
    Workspace ws = Workspace::withDefaultPlans("Europe/Paris");
    Instant start = iso("2026-01-05T10:00:00Z");
    LeadId lead = addLead(ws, makeLead("Sphère Friend", start), false);
    const Enrollment* nurture = enrollmentIn(ws, lead, kNurturePlanName);
    CHECK(nurture != nullptr);
    if (!nurture) return;
    applyOk(ws, MoveToPlan{nurture->id, ws.planNamed(kSpherePlanName)->id, start});
    std::vector<Instant> touches = followPlan(ws, lead, kSpherePlanName, start + 365 * kSecondsPerDay);
    CHECK(touches.size() >= 36);
    for (Instant window = start; window + 30 * kSecondsPerDay <= start + 365 * kSecondsPerDay;
         window = window + kSecondsPerDay) {
        auto inWindow = std::count_if(touches.begin(), touches.end(), [&](Instant t) {
            return t >= window && t < window + 30 * kSecondsPerDay;
        });
        CHECK(inWindow >= 3);
    }
    HealthReport report = buildHealthReport(ws, start + 200 * kSecondsPerDay);
    CHECK(report.sphereLeadCount == 1);
    CHECK(report.sphereTouchesLast30Days >= 3);
}

TEST_CASE("a birthday on Feb 29 is celebrated on Feb 28 in common years and Feb 29 in leap years") {
    Workspace ws = Workspace::withDefaultPlans("UTC");
    Instant start = iso("2026-12-01T10:00:00Z");
    Lead lead = makeLead("Leap Ling", start);
    lead.keyDates.push_back({std::string(kBirthday), 2, 29, std::nullopt});
    LeadId id = addLead(ws, lead, false);
    const Enrollment* e = enrollmentIn(ws, id, kNurturePlanName);
    applyOk(ws, MoveToPlan{e->id, ws.planNamed(kPastClientPlanName)->id, start});
    e = enrollmentIn(ws, id, kPastClientPlanName);
    std::vector<std::string> birthdays;
    for (int year = 0; year < 3; ++year) {
        for (const DueItem& item : ws.pendingItems(e->id)) {
            if (!item.item.isRule || item.item.index != 1) continue; // rule 1: birthday note
            birthdays.push_back(iso(item.due));
            logFor(ws, *e, item, Outcome::Sent);
            break;
        }
    }
    // Due 5 days ahead at 09:00: 2027-02-28 -> Feb 23; leap 2028-02-29 -> Feb 24; 2029-02-28 -> Feb 23.
    std::vector<std::string> expected = {"2027-02-23T09:00:00Z", "2028-02-24T09:00:00Z",
                                         "2029-02-23T09:00:00Z"};
    CHECK((birthdays == expected));
}

TEST_CASE("the purchase anniversary comes back every year") {
    Workspace ws = Workspace::withDefaultPlans("UTC");
    Instant start = iso("2026-05-01T10:00:00Z");
    Lead lead = makeLead("Homeowner Hana", start);
    lead.keyDates.push_back({std::string(kPurchaseAnniversary), 6, 15, 2025});
    LeadId id = addLead(ws, lead, false);
    applyOk(ws, MoveToPlan{enrollmentIn(ws, id, kNurturePlanName)->id, ws.planNamed(kPastClientPlanName)->id,
                           start});
    const Enrollment* e = enrollmentIn(ws, id, kPastClientPlanName);
    bool found = false;
    for (const DueItem& item : ws.pendingItems(e->id))
        if (item.item.isRule && item.item.index == 2) {
            CHECK(iso(item.due) == "2026-06-10T09:00:00Z");
            found = true;
        }
    CHECK(found);
}

TEST_CASE("a logged call restarts the 'call every other month' timer") {
    Workspace ws = Workspace::withDefaultPlans("UTC");
    Instant start = iso("2026-01-10T10:00:00Z");
    LeadId lead = addLead(ws, makeLead("Timer Tom", start), false);
    applyOk(ws, MoveToPlan{enrollmentIn(ws, lead, kNurturePlanName)->id, ws.planNamed(kSpherePlanName)->id,
                           start});
    const Enrollment* e = enrollmentIn(ws, lead, kSpherePlanName);
    auto callDue = [&]() {
        for (const DueItem& item : ws.pendingItems(e->id))
            if (item.item.isRule && item.item.index == 2) return iso(item.due);
        return std::string();
    };
    CHECK(callDue() == "2026-03-10T10:00:00Z"); // two months after the start, in the call window
    Touch call;
    call.leadId = lead;
    call.at = iso("2026-02-20T16:00:00Z");
    call.channel = Channel::Call;
    call.outcome = Outcome::Reached; // an ad hoc call, not attributed to the plan
    applyOk(ws, LogTouch{call});
    CHECK(callDue() == "2026-04-20T10:00:00Z");
    // A wrong number is not a real touch: it does not restart the timer.
    call.at = iso("2026-03-01T16:00:00Z");
    call.outcome = Outcome::WrongNumber;
    applyOk(ws, LogTouch{call});
    CHECK(callDue() == "2026-04-20T10:00:00Z");
}

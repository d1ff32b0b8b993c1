// Today's agenda: speed to lead, sections, ordering, and what never appears.
#include "core/generator.h"
#include "engine_test_support.h"

#include <algorithm>
#include <tuple>

using namespace cadence;
using namespace cadence::enginetest;

TEST_CASE("a new lead is due for a first touch immediately and its speed-to-lead age counts from creation") {
    Workspace ws = Workspace::withDefaultPlans("America/New_York");
    Instant created = iso("2026-11-24T15:00:00Z"); // 10:00 in New York
    LeadId lead = addLead(ws, makeLead("Ana Souza", created, Temperature::Hot));
    Agenda at = buildAgenda(ws, created);
    CHECK(at.items.size() >= 1);
    if (at.items.empty()) return;
    CHECK(at.items[0].leadId == lead);
    CHECK(str(at.items[0].section) == str(AgendaSection::NewLead));
    CHECK(at.items[0].due == created);
    CHECK(str(at.items[0].channel) == str(Channel::Call));
    CHECK(at.items[0].touchNumber == 1);
    CHECK(at.items[0].touchCount == 12);
    Agenda sevenMinutesLater = buildAgenda(ws, created + 7 * kSecondsPerMinute);
    CHECK(sevenMinutesLater.items[0].leadAgeSeconds == 7 * kSecondsPerMinute);
}

TEST_CASE("the agenda puts uncontacted new leads first, oldest first, before overdue touches") {
    Workspace ws = Workspace::withDefaultPlans("America/New_York");
    Instant morning = iso("2026-11-23T14:00:00Z"); // Monday 09:00
    LeadId old = addLead(ws, makeLead("Old Contact", morning));
    // Touch the old lead's two day-0 steps so its day-1 steps become overdue the next day.
    for (int i = 0; i < 2; ++i) {
        const Enrollment* e = enrollmentIn(ws, old, kNewLeadPlanName);
        logFor(ws, *e, *pendingStep(ws, e->id), Outcome::NoAnswer);
    }
    Instant now = iso("2026-11-24T17:00:00Z"); // Tuesday 12:00
    LeadId newer = addLead(ws, makeLead("Newer Lead", now - 30 * kSecondsPerMinute));
    LeadId oldest = addLead(ws, makeLead("Oldest Lead", now - 3 * kSecondsPerHour));
    Agenda agenda = buildAgenda(ws, now);
    CHECK(agenda.items.size() >= 3);
    if (agenda.items.size() < 3) return;
    CHECK(agenda.items[0].leadId == oldest);
    CHECK(str(agenda.items[0].section) == str(AgendaSection::NewLead));
    CHECK(agenda.items[0].leadAgeSeconds == 3 * kSecondsPerHour);
    // Each new lead shows its next step only (call, then the text after it is logged).
    CHECK(agenda.items[1].leadId == newer);
    CHECK(agenda.items[2].leadId == old);
    CHECK(str(agenda.items[2].section) == str(AgendaSection::Overdue));
    CHECK(agenda.items[2].touchNumber == 3);
    CHECK(agenda.items[2].overdueSeconds == 3 * kSecondsPerHour); // day 1 = Tuesday 09:00
    for (std::size_t i = 0; i < agenda.items.size(); ++i)
        CHECK(agenda.items[i].priority == int(i) + 1);
}

TEST_CASE("the agenda lists overdue, due-now and later-today items in a documented deterministic order") {
    Workspace ws = Workspace::withDefaultPlans("Europe/Paris");
    Instant start = iso("2026-06-01T08:00:00Z"); // Monday 10:00 CEST
    LeadId a = addLead(ws, makeLead("Alice", start, Temperature::Cold), false);
    LeadId b = addLead(ws, makeLead("Bob", start, Temperature::Hot), false);
    LeadId c = addLead(ws, makeLead("Chloé", start), false);
    // Three leads, touched once ad hoc so they are not "new", enrolled in the new-lead plan at
    // different times on Monday; then look at the agenda on Tuesday 10:30.
    PlanId plan = ws.planNamed(kNewLeadPlanName)->id;
    for (LeadId id : {a, b, c}) {
        Touch t;
        t.leadId = id;
        t.at = start;
        t.channel = Channel::Email;
        t.outcome = Outcome::Sent;
        applyOk(ws, LogTouch{t});
    }
    // The fallback plan already enrolled them (AddLead without plan): move them into the new-lead plan.
    for (LeadId id : {a, b, c}) {
        const Enrollment* e = enrollmentIn(ws, id, kNurturePlanName);
        CHECK(e != nullptr);
        if (e) applyOk(ws, MoveToPlan{e->id, plan, start});
    }
    // Skip their day-0 steps so the next step is day 1 at 09:00.
    for (LeadId id : {a, b, c})
        for (int i = 0; i < 2; ++i) {
            const Enrollment* e = enrollmentIn(ws, id, kNewLeadPlanName);
            applyOk(ws, SkipItem{e->id, pendingStep(ws, e->id)->item, start});
        }
    const Enrollment* ce = enrollmentIn(ws, c, kNewLeadPlanName);
    applyOk(ws, SnoozeItem{ce->id, pendingStep(ws, ce->id)->item, iso("2026-06-02T14:00:00Z"), start});
    const Enrollment* ae = enrollmentIn(ws, a, kNewLeadPlanName);
    applyOk(ws, SnoozeItem{ae->id, pendingStep(ws, ae->id)->item, iso("2026-06-02T08:15:00Z"), start});

    Agenda agenda = buildAgenda(ws, iso("2026-06-02T08:30:00Z")); // Tuesday 10:30
    std::vector<std::pair<std::uint32_t, std::string>> got;
    for (const AgendaItem& item : agenda.items)
        if (!item.item.isRule) got.push_back({item.leadId.value, str(item.section)});
    // Bob: day-1 call due 09:00 (overdue by 1.5 h); Alice (cold) snoozed to 10:15 (due now);
    // Chloé snoozed to 16:00 (later today).
    std::vector<std::pair<std::uint32_t, std::string>> expected = {
        {b.value, "overdue"}, {a.value, "due_now"}, {c.value, "later_today"}};
    CHECK((got == expected));
    CHECK(buildAgenda(ws, iso("2026-06-02T08:30:00Z")).items.size() == agenda.items.size());
}

TEST_CASE("the agenda never lists a paused or stopped enrollment") {
    Workspace ws = Workspace::withDefaultPlans("UTC");
    Instant now = iso("2026-11-24T12:00:00Z");
    LeadId paused = addLead(ws, makeLead("Paused Person", now));
    LeadId stopped = addLead(ws, makeLead("Stopped Person", now));
    applyOk(ws, PauseEnrollment{enrollmentIn(ws, paused, kNewLeadPlanName)->id, now});
    EnrollmentId stoppedId = enrollmentIn(ws, stopped, kNewLeadPlanName)->id;
    applyOk(ws, StopEnrollment{stoppedId, now});
    Agenda agenda = buildAgenda(ws, now + kSecondsPerHour);
    for (const AgendaItem& item : agenda.items) {
        CHECK(item.leadId != paused);
        CHECK(item.enrollmentId != stoppedId);
    }
    // The stopped lead is not dropped: it went to long-term nurture.
    CHECK(enrollmentIn(ws, stopped, kNurturePlanName) != nullptr);
    CHECK(ws.leadsWithoutNextStep().empty());
}

namespace {

// The agenda's order as agenda.h documents it, computed the plain way from the records (the
// agenda itself reads the workspace's summaries and sorts by radix).
std::vector<AgendaItem> documentedAgenda(const Workspace& ws, Instant now, Instant endOfDay) {
    struct Placed {
        AgendaItem item;
        Instant primary;
        Temperature temperature;
    };
    std::vector<Placed> placed;
    for (const auto& e : ws.enrollmentSlots()) {
        if (!e || e->state != EnrollmentState::Active) continue;
        const Lead* lead = ws.lead(e->leadId);
        if (!lead || !isActive(lead->stage)) continue;
        bool uncontactedNew = lead->stage == Stage::New && ws.activity(lead->id).touchCount == 0;
        for (const DueItem& due : ws.pendingItems(e->id)) {
            if (due.due >= endOfDay) continue;
            AgendaItem item;
            item.section = due.due > now                      ? AgendaSection::LaterToday
                           : uncontactedNew                   ? AgendaSection::NewLead
                           : now - due.due > kDueNowGrace      ? AgendaSection::Overdue
                                                              : AgendaSection::DueNow;
            item.leadId = lead->id;
            item.enrollmentId = e->id;
            item.item = due.item;
            item.due = due.due;
            Instant primary = item.section == AgendaSection::NewLead ? lead->createdAt : due.due;
            placed.push_back({item, primary, lead->temperature});
        }
    }
    auto order = [](const Placed& p) {
        return std::make_tuple(p.item.section, p.primary, p.item.due, p.temperature, p.item.leadId.value,
                               p.item.enrollmentId.value, p.item.item.isRule, p.item.item.index);
    };
    std::sort(placed.begin(), placed.end(), [&](const Placed& a, const Placed& b) { return order(a) < order(b); });
    std::vector<AgendaItem> items;
    for (const Placed& p : placed)
        items.push_back(p.item);
    return items;
}

} // namespace

TEST_CASE("the agenda keeps the documented order across thousands of items with long ties") {
    const GeneratorOptions options{.leads = 3000, .touches = 20000, .seed = 11};
    Result<Workspace> generated = Workspace::fromData(generateWorkspace(options));
    CHECK(generated.ok());
    if (!generated) return;
    Workspace& ws = *generated;
    Instant now = options.now;
    // New leads imported together share their creation instant. A quarter are snoozed into the
    // past, to two times, so their items are due now and, at equal creation times, ordered by
    // due time, then temperature, then id (the rest wait for the end of quiet hours).
    std::vector<Lead> batch;
    for (int i = 0; i < 60; ++i)
        batch.push_back(makeLead("Batch " + std::to_string(i), now - kSecondsPerHour,
                                 static_cast<Temperature>(i % 3)));
    applyOk(ws, ImportLeads{batch});
    int snoozed = 0;
    for (const auto& e : ws.enrollmentSlots()) {
        if (!e || ws.lead(e->leadId)->createdAt != now - kSecondsPerHour || e->leadId.value % 4 != 0) continue;
        Instant until = now - (e->leadId.value % 8 == 0 ? 10 : 20) * kSecondsPerMinute;
        applyOk(ws, SnoozeItem{e->id, pendingStep(ws, e->id)->item, until, now - 30 * kSecondsPerMinute});
        ++snoozed;
    }
    // Older leads moved to another plan get new, higher enrollment ids than younger leads have.
    PlanId plan = ws.planNamed(kNewLeadPlanName)->id;
    int moved = 0;
    for (std::uint32_t id = 1; id <= 40; ++id)
        if (const Enrollment* e = ws.enrollment(EnrollmentId{id}); e && e->state == EnrollmentState::Active)
            moved += ws.apply(MoveToPlan{e->id, plan, now - 2 * kSecondsPerHour}).ok();
    CHECK(snoozed > 5);
    CHECK(moved > 10);

    Agenda agenda = buildAgenda(ws, now);
    std::vector<AgendaItem> expected = documentedAgenda(ws, now, agenda.endOfDay);
    CHECK(agenda.items.size() == expected.size());
    if (agenda.items.size() != expected.size()) return;
    CHECK(agenda.count(AgendaSection::NewLead) == snoozed);
    CHECK(agenda.count(AgendaSection::Overdue) > 1000);
    int mismatches = 0;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const AgendaItem& got = agenda.items[i];
        const AgendaItem& want = expected[i];
        bool same = got.enrollmentId == want.enrollmentId && got.item == want.item && got.section == want.section &&
                    got.due == want.due && got.priority == int(i) + 1 &&
                    got.leadAgeSeconds == now - ws.lead(want.leadId)->createdAt;
        if (!same && ++mismatches <= 3)
            MESSAGE("position " << i << ": enrollment " << got.enrollmentId.value << ", expected "
                                << want.enrollmentId.value);
    }
    CHECK(mismatches == 0);
}

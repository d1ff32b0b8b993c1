// Commands: validation without half-applying, undo/redo, and the property test of the
// invariant "no active lead is ever left without a next step".
#include "engine_test_support.h"
#include "core/generator.h"

#include <algorithm>
#include <span>

using namespace cadence;
using namespace cadence::enginetest;

TEST_CASE("a rejected command changes nothing and says why") {
    Workspace ws = Workspace::withDefaultPlans("UTC");
    Lead nameless = makeLead("", iso("2026-11-24T10:00:00Z"));
    Result<Applied> r = ws.apply(AddLead{nameless});
    CHECK_FALSE(r.ok());
    if (!r.ok()) CHECK(r.error().where == "name");
    Lead badDate = makeLead("Feb Thirty", iso("2026-11-24T10:00:00Z"));
    badDate.keyDates.push_back({std::string(kBirthday), 2, 30, std::nullopt});
    CHECK_FALSE(ws.apply(AddLead{badDate}).ok());
    CHECK(ws.leadCount() == 0);
    CHECK_FALSE(ws.canUndo());
    Settings settings = ws.settings();
    settings.timeZoneName = "Mars/Olympus_Mons";
    Result<Applied> s = ws.apply(EditSettings{settings, iso("2026-11-24T10:00:00Z")});
    CHECK_FALSE(s.ok());
    CHECK(ws.settings().timeZoneName == "UTC");
    CHECK_FALSE(ws.apply(DeletePlan{ws.settings().fallbackPlanId.value(), iso("2026-11-24T10:00:00Z")}).ok());
}

TEST_CASE("every command is one undo step, and redo re-applies it") {
    Workspace ws = Workspace::withDefaultPlans("UTC");
    Instant now = iso("2026-11-24T10:00:00Z");
    WorkspaceData empty = ws.toData();
    LeadId lead = addLead(ws, makeLead("Undo Uma", now));
    const Enrollment* e = enrollmentIn(ws, lead, kNewLeadPlanName);
    logFor(ws, *e, *pendingStep(ws, e->id), Outcome::Reached);
    WorkspaceData afterTouch = ws.toData();
    CHECK(ws.undoName() == "log_touch");
    CHECK(ws.undo().ok());
    CHECK(str(ws.lead(lead)->stage) == "new");
    CHECK(enrollmentIn(ws, lead, kNewLeadPlanName) != nullptr);
    CHECK(ws.activity(lead).touchCount == 0);
    CHECK(ws.undo().ok());
    CHECK((ws.toData() == empty));
    CHECK(ws.redo().ok());
    CHECK(ws.redo().ok());
    CHECK((ws.toData() == afterTouch));
    CHECK(str(ws.lead(lead)->stage) == "contacted");
    CHECK_FALSE(ws.redo().ok());
}

TEST_CASE("templates render merge fields and report the missing ones") {
    Workspace ws = Workspace::withDefaultPlans("UTC");
    MessageTemplate tpl;
    tpl.name = "Hello";
    tpl.subject = "About {property}";
    tpl.body = "Hi {first_name}, it's {agent_name}. {signature}";
    Settings settings = ws.settings();
    settings.userName = "Sam";
    RenderedMessage m = renderTemplate(tpl, makeLead("Zoë Ångström", Instant{}), settings);
    CHECK(m.body == "Hi Zoë, it's Sam. {signature}");
    CHECK((m.missingFields == std::vector<std::string>{"property", "signature"}));
}

namespace {

// The generator's SplitMix64 (the same sequence natively and in wasm, unlike std distributions),
// with a bound that may be zero.
struct Random : SplitMix64 {
    using SplitMix64::SplitMix64;
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(SplitMix64::below(std::uint64_t(n))); }
};

template <typename T> std::vector<T> ids(const std::vector<std::optional<T>>& slots) {
    std::vector<T> out;
    for (const auto& s : slots)
        if (s) out.push_back(*s);
    return out;
}

Command randomCommand(const Workspace& ws, Random& rng, Instant now) {
    std::vector<Lead> leads = ids(ws.leadSlots());
    std::vector<Enrollment> enrollments;
    for (const auto& e : ws.enrollmentSlots())
        if (e && e->isLive()) enrollments.push_back(*e);
    std::vector<Plan> plans = ids(ws.planSlots());
    int kind = rng.below(12);
    if (leads.empty() || kind == 0) {
        Lead lead = makeLead("Lead " + std::to_string(rng.next() % 1000), now, Temperature(rng.below(3)));
        if (rng.below(3) == 0) lead.keyDates.push_back({std::string(kBirthday), 2, 29, std::nullopt});
        return AddLead{lead, rng.below(4) != 0};
    }
    const Lead& lead = leads[rng.below(int(leads.size()))];
    const Plan& plan = plans[rng.below(int(plans.size()))];
    const Enrollment* e = enrollments.empty() ? nullptr : &enrollments[rng.below(int(enrollments.size()))];
    switch (kind) {
    case 1:
    case 2: {
        Touch t;
        t.leadId = lead.id;
        t.at = now;
        t.outcome = Outcome(rng.below(7));
        t.channel = Channel(rng.below(9));
        if (e && e->leadId == lead.id && !ws.pendingItems(e->id).empty()) {
            const DueItem& item = ws.pendingItems(e->id)[rng.below(int(ws.pendingItems(e->id).size()))];
            t.enrollmentId = e->id;
            t.channel = item.channel;
            if (item.item.isRule)
                t.ruleIndex = item.item.index;
            else
                t.stepIndex = item.item.index;
        }
        return LogTouch{t};
    }
    case 3:
        return Enrol{lead.id, plan.id, now};
    case 4:
        return e ? Command(PauseEnrollment{e->id, now}) : Command(Enrol{lead.id, plan.id, now});
    case 5:
        return e ? Command(ResumeEnrollment{e->id, now}) : Command(Enrol{lead.id, plan.id, now});
    case 6:
        return e ? Command(StopEnrollment{e->id, now}) : Command(Enrol{lead.id, plan.id, now});
    case 7:
        return e ? Command(MoveToPlan{e->id, plan.id, now}) : Command(Enrol{lead.id, plan.id, now});
    case 8:
    case 9: {
        if (!e || ws.pendingItems(e->id).empty()) return Enrol{lead.id, plan.id, now};
        PlanItemRef item = ws.pendingItems(e->id)[0].item;
        if (kind == 8) return SkipItem{e->id, item, now};
        return SnoozeItem{e->id, item, now + 1 + rng.below(5 * 86400), now};
    }
    case 10: {
        Lead edited = lead;
        edited.stage = Stage(rng.below(8));
        edited.temperature = Temperature(rng.below(3));
        return EditLead{edited, now};
    }
    default: {
        if (rng.below(8) == 0) return DeleteLead{lead.id};
        Settings s = ws.settings();
        const char* zones[] = {"UTC", "Europe/Paris", "America/New_York", "Australia/Sydney"};
        s.timeZoneName = zones[rng.below(4)];
        s.quietHours.enabled = rng.below(2) == 0;
        return EditSettings{s, now};
    }
    }
}

DueSummary summaryOf(const Workspace& ws, std::uint32_t enrollmentId) {
    return enrollmentId < ws.dueSummaries().size() ? ws.dueSummaries()[enrollmentId] : DueSummary{};
}

} // namespace

TEST_CASE("property: thousands of random commands never leave an active lead without a next step") {
    Workspace ws = Workspace::withDefaultPlans("Europe/Paris");
    Random rng{20261124};
    Instant now = iso("2026-01-01T08:00:00Z");
    int applied = 0, rejected = 0, violations = 0;
    for (int i = 0; i < 3000; ++i) {
        now = now + rng.below(6 * 3600);
        int action = rng.below(20);
        if (action == 0)
            (void)ws.undo();
        else if (action == 1)
            (void)ws.redo();
        else if (ws.apply(randomCommand(ws, rng, now)).ok())
            ++applied;
        else
            ++rejected;
        if (!ws.leadsWithoutNextStep().empty()) ++violations;
        if (i % 500 == 499) {
            // The incrementally maintained state (pending items, their summaries, the agenda)
            // matches a rebuild from the plain records.
            Result<Workspace> rebuilt = Workspace::fromData(ws.toData());
            CHECK(rebuilt.ok());
            if (rebuilt.ok()) {
                int differing = 0;
                for (std::uint32_t id = 1; id < ws.nextIds().enrollment; ++id) {
                    std::span<const DueItem> kept = ws.pendingItems(EnrollmentId{id});
                    std::span<const DueItem> fresh = rebuilt->pendingItems(EnrollmentId{id});
                    if (!std::equal(kept.begin(), kept.end(), fresh.begin(), fresh.end()) ||
                        !(summaryOf(ws, id) == summaryOf(*rebuilt, id)))
                        ++differing;
                }
                CHECK(differing == 0);
                Agenda a = buildAgenda(ws, now), b = buildAgenda(*rebuilt, now);
                CHECK(a.items.size() == b.items.size());
                for (std::size_t k = 0; k < a.items.size() && k < b.items.size(); ++k)
                    CHECK((a.items[k].due == b.items[k].due &&
                           a.items[k].enrollmentId == b.items[k].enrollmentId));
            }
        }
    }
    CHECK(violations == 0);
    CHECK(applied > 1500);
    MESSAGE("applied " << applied << ", rejected " << rejected);
}

TEST_CASE("saved smart lists are settings: named, distinct, undoable, and refused when malformed") {
    Workspace ws = Workspace::withDefaultPlans("Europe/Paris");
    const Instant now = iso("2026-11-24T09:00:00Z");
    Settings settings = ws.settings();
    settings.savedLists.push_back({"Hot leads", "", {}, {Temperature::Hot}, "", std::nullopt, 0, false});
    CHECK(ws.apply(EditSettings{settings, now}).ok());
    CHECK(ws.settings().savedLists.size() == 1);

    Settings duplicate = ws.settings();
    duplicate.savedLists.push_back({"HOT LEADS", "", {}, {}, "", std::nullopt, 0, false});
    Result<Applied> refused = ws.apply(EditSettings{duplicate, now});
    CHECK_FALSE(refused.ok());
    if (!refused) CHECK(refused.error().where == "savedLists[1].name");
    Settings unnamed = ws.settings();
    unnamed.savedLists.push_back({" ", "", {}, {}, "", std::nullopt, 0, false});
    CHECK_FALSE(ws.apply(EditSettings{unnamed, now}).ok());
    Settings farBack = ws.settings();
    farBack.savedLists[0].noTouchDays = -1;
    CHECK_FALSE(ws.apply(EditSettings{farBack, now}).ok());

    CHECK(ws.settings().savedLists.size() == 1);
    CHECK(ws.undo().ok());
    CHECK(ws.settings().savedLists.empty());
}

// Opening hands the records gathered by id (RecordSet) to the workspace without copying them
// (Workspace::fromSlots): the workspace is the one fromData builds from the same records, and a
// record it refuses is named, left in place, and then dropped on its own.
#include "store_test_support.h"

#include "core/agenda.h"
#include "store/record_set.h"

using namespace cadence;
using namespace cadence::storetest;

namespace {

template <typename T> void placeById(std::vector<std::optional<T>>& slots, const std::vector<T>& records) {
    for (const T& record : records) {
        if (slots.size() <= record.id.value) slots.resize(std::size_t(record.id.value) + 1);
        slots[record.id.value] = record;
    }
}

WorkspaceSlots slotsOf(const WorkspaceData& data) {
    WorkspaceSlots slots;
    slots.settings = data.settings;
    slots.nextIds = data.nextIds;
    placeById(slots.leads, data.leads);
    placeById(slots.plans, data.plans);
    placeById(slots.templates, data.templates);
    placeById(slots.enrollments, data.enrollments);
    placeById(slots.touches, data.touches);
    return slots;
}

bool sameSlots(const WorkspaceSlots& a, const WorkspaceSlots& b) {
    return a.leads == b.leads && a.plans == b.plans && a.templates == b.templates &&
           a.enrollments == b.enrollments && a.touches == b.touches;
}

WorkspaceData generated() {
    return generateWorkspace({.leads = 400, .touches = 3000, .seed = 5});
}

// The workspaces fromData and fromSlots build from the same records; `slots` is left with what
// fromSlots leaves of them. Nothing (after a failed check) if either refuses the records.
struct BuiltBoth {
    Workspace fromData, fromSlots;
};
std::optional<BuiltBoth> buildBoth(const WorkspaceData& data, WorkspaceSlots& slots) {
    Result<Workspace> expected = Workspace::fromData(data);
    CHECK(expected.ok());
    if (!expected) return std::nullopt;
    slots = slotsOf(data);
    Result<Workspace> loaded = Workspace::fromSlots(slots);
    CHECK(loaded.ok());
    if (!loaded) return std::nullopt;
    return BuiltBoth{std::move(*expected), std::move(*loaded)};
}

} // namespace

// Touches logged later with an earlier time (a call noted the next day): their ids are out of
// their lead's time order, and the timeline must be sorted when it is built.
TEST_CASE("fromSlots orders the timelines of touches logged out of time order, as fromData does") {
    WorkspaceData data = generated();
    for (std::size_t i = 0; i < data.touches.size(); i += 7)
        data.touches[i].at = data.touches[i].at + std::int64_t(40 * 86400);
    WorkspaceSlots slots;
    std::optional<BuiltBoth> built = buildBoth(data, slots);
    if (!built) return;
    const Workspace* expected = &built->fromData;
    Workspace* loaded = &built->fromSlots;
    int outOfIdOrder = 0, differing = 0;
    for (std::uint32_t id = 1; id < expected->nextIds().lead; ++id) {
        const std::vector<TouchId>& timeline = loaded->activity(LeadId{id}).touches;
        outOfIdOrder += !std::is_sorted(timeline.begin(), timeline.end());
        differing += timeline != expected->activity(LeadId{id}).touches;
    }
    CHECK(outOfIdOrder > 10);
    CHECK(differing == 0);
}

// Opening refreshes every lead from the touches gathered by id (Workspace::TouchFacts); an edit
// refreshes its lead from the touches themselves. Both must derive the same, with timelines out
// of id order and touches logged at the same instant.
TEST_CASE("refreshing every lead on opening derives what refreshing one lead after an edit does") {
    WorkspaceData data = generated();
    for (std::size_t i = 0; i < data.touches.size(); i += 7)
        data.touches[i].at = data.touches[i].at + std::int64_t(40 * 86400);
    for (std::size_t i = 11; i < data.touches.size(); i += 11)
        data.touches[i].at = data.touches[i - 1].at;
    Result<Workspace> ws = Workspace::fromData(data);
    CHECK(ws.ok());
    if (!ws) return;
    std::vector<LeadActivity> opened;
    for (std::uint32_t id = 0; id < ws->nextIds().lead; ++id)
        opened.push_back(ws->activity(LeadId{id}));
    int edited = 0, differing = 0, contacted = 0;
    for (std::uint32_t id = 1; id < ws->nextIds().lead; ++id) {
        const Lead* lead = ws->lead(LeadId{id});
        if (!lead) continue;
        Lead renamed = *lead;
        renamed.name += " (edited)";
        if (!ws->apply(EditLead{renamed, GeneratorOptions{}.now})) continue;
        ++edited;
        const LeadActivity& a = ws->activity(LeadId{id});
        const LeadActivity& b = opened[id];
        contacted += b.firstContactAt.has_value();
        differing += a.touches != b.touches || a.touchCount != b.touchCount || a.firstTouchAt != b.firstTouchAt ||
                     a.firstContactAt != b.firstContactAt || a.attemptsToFirstContact != b.attemptsToFirstContact ||
                     a.lastRealTouch != b.lastRealTouch;
    }
    CHECK(edited > 300);
    CHECK(contacted > 50);
    CHECK(differing == 0);
}

TEST_CASE("fromSlots builds the workspace fromData builds from the same records, and takes them over") {
    const WorkspaceData data = generated();
    WorkspaceSlots slots;
    std::optional<BuiltBoth> built = buildBoth(data, slots);
    if (!built) return;
    const Workspace* expected = &built->fromData;
    Workspace* loaded = &built->fromSlots;

    CHECK(loaded->toData() == expected->toData());
    CHECK(loaded->leadCount() == expected->leadCount());
    int differing = 0;
    for (std::uint32_t id = 1; id < expected->nextIds().lead; ++id) {
        const LeadActivity& a = loaded->activity(LeadId{id});
        const LeadActivity& b = expected->activity(LeadId{id});
        differing += a.touches != b.touches || a.enrollments != b.enrollments || a.touchCount != b.touchCount ||
                     a.firstContactAt != b.firstContactAt || a.lastRealTouch != b.lastRealTouch;
    }
    for (std::uint32_t id = 1; id < expected->nextIds().enrollment; ++id) {
        std::span<const DueItem> a = loaded->pendingItems(EnrollmentId{id});
        std::span<const DueItem> b = expected->pendingItems(EnrollmentId{id});
        differing += !std::equal(a.begin(), a.end(), b.begin(), b.end()) ||
                     !(loaded->dueSummaries()[id] == expected->dueSummaries()[id]);
    }
    CHECK(differing == 0);
    const Instant now = GeneratorOptions{}.now;
    Agenda a = buildAgenda(*loaded, now), b = buildAgenda(*expected, now);
    CHECK(a.items.size() == b.items.size());
    if (a.items.size() != b.items.size()) return;
    CHECK(a.items.size() > 100);
    for (std::size_t i = 0; i < a.items.size(); ++i)
        CHECK((a.items[i].enrollmentId == b.items[i].enrollmentId && a.items[i].due == b.items[i].due));
    CHECK(slots.leads.empty());
    CHECK(slots.touches.empty());
    CHECK(loaded->takeChangedRecords().empty()); // loading is not a change
}

TEST_CASE("fromSlots names a refused record by its place among the records present, and keeps the slots") {
    WorkspaceData data = generated();
    WorkspaceSlots slots = slotsOf(data);
    // Gaps before the refused touch: its place counts only the touches present.
    for (std::uint32_t id = 2; id < 600; id += 3)
        slots.touches[id].reset();
    std::size_t present = 0;
    for (std::uint32_t id = 1; id < 700; ++id)
        present += slots.touches[id].has_value();
    CHECK(slots.touches[700].has_value());
    if (!slots.touches[700]) return;
    slots.touches[700]->channel = Channel::Preferred;
    const WorkspaceSlots before = slots;

    Result<Workspace> refused = Workspace::fromSlots(slots);
    CHECK(!refused.ok());
    if (refused.ok()) return;
    CHECK(refused.error().where == "touches[" + std::to_string(present) + "].channel");
    CHECK(sameSlots(slots, before));

    slots.touches[700]->channel = Channel::Call;
    slots.enrollments[5]->state = EnrollmentState::Active;
    slots.enrollments[5]->planId = PlanId{999};
    Result<Workspace> noPlan = Workspace::fromSlots(slots);
    CHECK(!noPlan.ok());
    if (noPlan.ok()) return;
    CHECK(noPlan.error().where == "enrollments[4].planId");
    CHECK(noPlan.error().reason == "no plan with this id");
}

TEST_CASE("opening drops only the records the workspace refuses, and reports each") {
    WorkspaceData data = generated();
    const std::size_t touches = data.touches.size(), enrollments = data.enrollments.size();
    data.touches[1234].channel = Channel::Preferred;
    const TouchId refusedTouch = data.touches[1234].id;
    Enrollment& paused = data.enrollments[77];
    paused.state = EnrollmentState::Paused;
    paused.pausedAt.reset();
    const EnrollmentId refusedEnrollment = paused.id;

    RecordSet records;
    records.addChunk(std::move(data), true);
    std::vector<StoreProblem> problems;
    Result<Workspace> opened = std::move(records).build(problems);
    CHECK(opened.ok());
    if (!opened) return;
    CHECK(problems.size() == 2);
    if (problems.size() != 2) return;
    CHECK(problems[0].key == "enrollments/" + std::to_string(refusedEnrollment.value)); // checked before touches
    CHECK(problems[1].key == "touches/" + std::to_string(refusedTouch.value));
    CHECK(problems[1].reason == "skipped: touches[1234].channel: must be the channel used");
    CHECK(opened->touch(refusedTouch) == nullptr);
    CHECK(opened->enrollment(refusedEnrollment) == nullptr);
    CHECK(opened->toData().touches.size() == touches - 1);
    CHECK(opened->toData().enrollments.size() == enrollments - 1);
}

TEST_CASE("fromSlots refuses a touch or an enrollment whose lead is not among the slots") {
    WorkspaceData data = generated();
    WorkspaceSlots slots = slotsOf(data);
    std::uint32_t lead = 0;
    for (const auto& touch : slots.touches)
        if (touch) {
            lead = touch->leadId.value;
            break;
        }
    CHECK(lead > 0);
    if (lead == 0) return;
    slots.leads[lead].reset();
    Result<Workspace> refused = Workspace::fromSlots(slots);
    CHECK(!refused.ok());
    if (refused.ok()) return;
    CHECK(refused.error().reason == "no lead with this id");
    CHECK(refused.error().where.ends_with("].leadId"));

    slots = slotsOf(data);
    slots.leads.resize(lead); // the lead's id lies beyond the last slot
    CHECK(!Workspace::fromSlots(slots).ok());
    CHECK(Workspace::fromSlots(slots = slotsOf(data)).ok());
}

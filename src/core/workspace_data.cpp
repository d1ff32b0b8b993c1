// Converting between a Workspace and its plain records (WorkspaceData), with the checks a
// loaded file must pass, and the workspace a new user starts with. See workspace.h.
#include "core/default_plans.h"
#include "core/validation.h"
#include "core/workspace.h"

#include <algorithm>

namespace cadence {
namespace {

std::string at(const char* list, std::size_t i, const std::string& field) {
    return std::string(list) + "[" + std::to_string(i) + "]" + (field.empty() ? "" : "." + field);
}

// Also returns (in `largest`) the largest id, so the slots can be sized once.
template <typename T>
Status checkIds(const std::vector<T>& records, const char* list, std::uint32_t& next, std::uint32_t& largest) {
    largest = 0;
    for (std::size_t i = 0; i < records.size(); ++i) {
        std::uint32_t id = records[i].id.value;
        if (id == 0) return Error{at(list, i, "id"), "ids start at 1"};
        // Records live in vectors indexed by id, so an id far beyond any real count would make
        // the app try to allocate gigabytes (or wrap around in 32-bit wasm).
        if (id > kMaxRecordId)
            return Error{at(list, i, "id"), "id " + std::to_string(id) + " is larger than the largest Cadence accepts (" +
                                               std::to_string(kMaxRecordId) + ")"};
        largest = std::max(largest, id);
    }
    // One flag per possible id: a hash set of a million touch ids cost more than the check.
    std::vector<bool> seen(std::size_t(largest) + 1, false);
    for (std::size_t i = 0; i < records.size(); ++i) {
        std::uint32_t id = records[i].id.value;
        if (seen[id]) return Error{at(list, i, "id"), "duplicate id " + std::to_string(id)};
        seen[id] = true;
    }
    next = std::max(next, largest + 1);
    return success();
}

// The references of one enrollment and of one touch; the error names the field.
Status checkEnrollment(const Enrollment& e, bool leadExists, bool planExists) {
    if (!leadExists) return Error{"leadId", "no lead with this id"};
    if (e.isLive() && !planExists) return Error{"planId", "no plan with this id"};
    if (e.state == EnrollmentState::Paused && !e.pausedAt)
        return Error{"pausedAt", "a paused enrollment needs the time it was paused"};
    if (e.resumeAt && (e.state != EnrollmentState::Paused || *e.resumeAt <= *e.pausedAt))
        return Error{"resumeAt", "only a paused enrollment resumes, after its pause"};
    return success();
}

Status checkTouch(const Touch& t, bool leadExists) {
    if (!leadExists) return Error{"leadId", "no lead with this id"};
    if (t.channel == Channel::Preferred) return Error{"channel", "must be the channel used"};
    return success();
}

// Checks that each slot's record has its id, and raises `next` above the largest; with `check`,
// also runs it on each record in the same pass (an error is named by the record's place among
// those present).
template <typename T, typename Check>
Status checkSlots(const std::vector<std::optional<T>>& slots, const char* list, std::uint32_t& next, Check check) {
    std::uint32_t largest = 0;
    std::size_t index = 0;
    for (std::size_t id = 0; id < slots.size(); ++id) {
        if (!slots[id]) continue;
        if (slots[id]->id.value != id || id == 0 || id > kMaxRecordId)
            return Error{at(list, index, "id"), "the record is stored under another id"};
        if (Status s = check(*slots[id]); !s) return Error{at(list, index, s.error().where), s.error().reason};
        largest = static_cast<std::uint32_t>(id);
        ++index;
    }
    next = std::max(next, largest + 1);
    return success();
}

template <typename T>
Status checkSlotIds(const std::vector<std::optional<T>>& slots, const char* list, std::uint32_t& next) {
    return checkSlots(slots, list, next, [](const T&) { return success(); });
}

// Runs `check` on each record present; an error is named by the record's place among them.
template <typename T, typename Check>
Status checkEach(const std::vector<std::optional<T>>& slots, const char* list, Check check) {
    std::size_t index = 0;
    for (const auto& record : slots) {
        if (!record) continue;
        if (Status s = check(*record); !s) return Error{at(list, index, s.error().where), s.error().reason};
        ++index;
    }
    return success();
}

} // namespace

Result<Workspace> Workspace::fromData(WorkspaceData data) {
    Workspace ws;
    IdCounters& next = data.nextIds;
    std::uint32_t largest[5];
    if (Status s = checkIds(data.leads, "leads", next.lead, largest[0]); !s) return s.error();
    if (Status s = checkIds(data.plans, "plans", next.plan, largest[1]); !s) return s.error();
    if (Status s = checkIds(data.templates, "templates", next.messageTemplate, largest[2]); !s) return s.error();
    if (Status s = checkIds(data.enrollments, "enrollments", next.enrollment, largest[3]); !s) return s.error();
    if (Status s = checkIds(data.touches, "touches", next.touch, largest[4]); !s) return s.error();
    ws.leads_.reserve(std::size_t(largest[0]) + 1);
    ws.activity_.reserve(std::size_t(largest[0]) + 1);
    ws.leadStamps_.reserve(std::size_t(largest[0]) + 1);
    ws.enrollments_.reserve(std::size_t(largest[3]) + 1);
    ws.pendingBlocks_.reserve(std::size_t(largest[3]) + 1);
    ws.dueSummaries_.reserve(std::size_t(largest[3]) + 1);

    for (std::size_t i = 0; i < data.templates.size(); ++i) {
        if (Status s = validateTemplate(data.templates[i]); !s)
            return Error{at("templates", i, s.error().where), s.error().reason};
        ws.putTemplate(data.templates[i].id.value, data.templates[i]);
    }
    for (const Plan& plan : data.plans)
        ws.putPlan(plan.id.value, plan); // plans may refer to each other
    if (Status s = validateSettings(data.settings, ws); !s)
        return Error{"settings." + s.error().where, s.error().reason};
    ws.putSettings(data.settings);
    for (std::size_t i = 0; i < data.plans.size(); ++i)
        if (Status s = validatePlan(data.plans[i], ws); !s)
            return Error{at("plans", i, s.error().where), s.error().reason};
    // Records move into the workspace: a loaded store holds a million touches, each with strings.
    for (std::size_t i = 0; i < data.leads.size(); ++i) {
        if (Status s = validateLead(data.leads[i]); !s)
            return Error{at("leads", i, s.error().where), s.error().reason};
        ws.putLead(data.leads[i].id.value, std::move(data.leads[i]));
    }
    for (std::size_t i = 0; i < data.enrollments.size(); ++i) {
        const Enrollment& e = data.enrollments[i];
        if (Status s = checkEnrollment(e, ws.lead(e.leadId), ws.plan(e.planId)); !s)
            return Error{at("enrollments", i, s.error().where), s.error().reason};
        ws.putEnrollment(e.id.value, std::move(data.enrollments[i]));
    }
    // Touches go straight into their slots; finishLoading sorts each timeline.
    ws.touches_.resize(std::size_t(largest[4]) + 1);
    for (std::size_t i = 0; i < data.touches.size(); ++i) {
        const Touch& t = data.touches[i];
        if (Status s = checkTouch(t, ws.lead(t.leadId)); !s)
            return Error{at("touches", i, s.error().where), s.error().reason};
        ws.activity_[t.leadId.value].touches.push_back(t.id);
        ws.touches_[t.id.value] = std::move(data.touches[i]);
    }
    ws.finishLoading(next, nullptr);
    return ws;
}

// Each timeline sorted once (inserting a million touches in time order one at a time cost more
// than reading them), then the derived state of every lead. Touches are mostly logged in time
// order, so ids usually are too: a timeline already in order is only checked, or not even that
// when the caller knows (`outOfOrder`, by lead id).
void Workspace::finishLoading(IdCounters next, const std::vector<bool>* outOfOrder,
                              std::span<const TouchFacts> factsById) {
    auto earlier = [this](TouchId a, TouchId b) { return touchedEarlier(a, b); };
    for (std::size_t id = 0; id < activity_.size(); ++id) {
        std::vector<TouchId>& timeline = activity_[id].touches;
        const bool needsSort = outOfOrder ? (*outOfOrder)[id] : !std::is_sorted(timeline.begin(), timeline.end(), earlier);
        if (needsSort) std::sort(timeline.begin(), timeline.end(), earlier);
    }
    nextIds_ = next;
    allDirty_ = true;
    refreshDerived(factsById);
    changed_ = {}; // loading is not a change
    idsReported_ = nextIds_;
}

Result<Workspace> Workspace::fromSlots(WorkspaceSlots& slots) {
    // Everything is checked before anything is taken, so that an error leaves the slots whole.
    IdCounters next = slots.nextIds;
    if (Status s = checkSlotIds(slots.leads, "leads", next.lead); !s) return s.error();
    if (Status s = checkSlotIds(slots.plans, "plans", next.plan); !s) return s.error();
    if (Status s = checkSlotIds(slots.templates, "templates", next.messageTemplate); !s) return s.error();
    if (Status s = checkSlotIds(slots.enrollments, "enrollments", next.enrollment); !s) return s.error();

    // Plans and templates are few, and the settings and plans are checked against them: copied.
    if (Status s = checkEach(slots.templates, "templates", validateTemplate); !s) return s.error();
    Workspace ws;
    for (const auto& t : slots.templates)
        if (t) ws.putTemplate(t->id.value, *t);
    for (const auto& plan : slots.plans)
        if (plan) ws.putPlan(plan->id.value, *plan);
    if (Status s = validateSettings(slots.settings, ws); !s)
        return Error{"settings." + s.error().where, s.error().reason};
    ws.putSettings(slots.settings);
    // Which lead ids are present, in a list of their own: asking the lead slots themselves, for
    // each of a million touches, was a cache miss per touch.
    std::vector<bool> leadPresent(slots.leads.size());
    for (std::size_t id = 0; id < slots.leads.size(); ++id)
        leadPresent[id] = slots.leads[id].has_value();
    auto hasLead = [&leadPresent](LeadId id) { return id.value < leadPresent.size() && leadPresent[id.value]; };
    if (Status s = checkEach(slots.plans, "plans", [&ws](const Plan& plan) { return validatePlan(plan, ws); }); !s)
        return s.error();
    if (Status s = checkEach(slots.leads, "leads", validateLead); !s) return s.error();
    auto enrollmentRefs = [&](const Enrollment& e) { return checkEnrollment(e, hasLead(e.leadId), ws.plan(e.planId)); };
    if (Status s = checkEach(slots.enrollments, "enrollments", enrollmentRefs); !s) return s.error();
    // The touches' ids and references are checked, and each lead's touches counted, in one pass:
    // a million touch slots are 70-100 MB, and each pass over them cost 15-25 ms in wasm.
    std::vector<std::uint32_t> touchesOfLead(slots.leads.size(), 0);
    auto touchRefs = [&](const Touch& t) {
        Status s = checkTouch(t, hasLead(t.leadId));
        if (s) ++touchesOfLead[t.leadId.value];
        return s;
    };
    if (Status s = checkSlots(slots.touches, "touches", next.touch, touchRefs); !s) return s.error();

    // Taken over: each list keeps at least the unused slot 0, as a new workspace's do.
    auto take = [](auto& into, auto& from) {
        into = std::move(from);
        from.clear();
        if (into.empty()) into.resize(1);
    };
    take(ws.leads_, slots.leads);
    take(ws.enrollments_, slots.enrollments);
    take(ws.touches_, slots.touches);
    ws.activity_.resize(ws.leads_.size());
    ws.leadStamps_.resize(ws.leads_.size());
    ws.dueSummaries_.resize(ws.enrollments_.size());
    ws.pendingBlocks_.resize(ws.enrollments_.size());
    for (bool present : leadPresent)
        ws.leadCount_ += present;
    for (const auto& e : ws.enrollments_) // in id order, as each lead's list is kept
        if (e) ws.activity_[e->leadId.value].enrollments.push_back(e->id);
    // Each timeline sized once, then filled in id order. Within a lead, later ids come later in
    // the timeline's (time, id) order unless a touch was logged with an earlier time than the
    // one before it: only those timelines need sorting.
    touchesOfLead.resize(ws.leads_.size());
    for (std::size_t id = 0; id < touchesOfLead.size(); ++id) {
        ws.activity_[id].touches.resize(touchesOfLead[id]);
        touchesOfLead[id] = 0; // from here on: how many are in
    }
    std::vector<bool> outOfOrder(ws.leads_.size(), false);
    // The time of each lead's previous touch, kept here: reading it from that touch was a cache
    // miss per touch.
    std::vector<Instant> previousAt(ws.leads_.size());
    // And what the derived state reads of each touch, gathered here rather than in a pass of its own.
    std::vector<TouchFacts> factsById(ws.touches_.size());
    for (const auto& t : ws.touches_) {
        if (!t) continue;
        const std::uint32_t lead = t->leadId.value;
        std::uint32_t& filled = touchesOfLead[lead];
        if (filled > 0 && t->at < previousAt[lead]) outOfOrder[lead] = true;
        previousAt[lead] = t->at;
        ws.activity_[lead].touches[filled++] = t->id;
        factsById[t->id.value] = factsOf(*t);
    }
    ws.finishLoading(next, &outOfOrder, factsById);
    return ws;
}

WorkspaceData Workspace::toData() const {
    WorkspaceData data;
    data.settings = settings_;
    data.nextIds = nextIds_;
    for (const auto& r : leads_)
        if (r) data.leads.push_back(*r);
    for (const auto& r : plans_)
        if (r) data.plans.push_back(*r);
    for (const auto& r : templates_)
        if (r) data.templates.push_back(*r);
    for (const auto& r : enrollments_)
        if (r) data.enrollments.push_back(*r);
    for (const auto& r : touches_)
        if (r) data.touches.push_back(*r);
    return data;
}

Workspace Workspace::withDefaultPlans(std::string_view timeZoneName) {
    WorkspaceData data;
    data.plans = defaultPlans(PlanId{1});
    data.settings.timeZoneName = std::string(timeZoneName);
    for (const Plan& plan : data.plans) {
        if (plan.name == kNewLeadPlanName) data.settings.newLeadPlanId = plan.id;
        if (plan.name == kNurturePlanName) data.settings.fallbackPlanId = plan.id;
    }
    Result<Workspace> ws = fromData(std::move(data));
    assert(ws.ok() && "default plans and the zone name must be valid");
    return std::move(*ws);
}

} // namespace cadence

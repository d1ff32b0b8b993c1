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
        if (!ws.lead(e.leadId)) return Error{at("enrollments", i, "leadId"), "no lead with this id"};
        if (e.isLive() && !ws.plan(e.planId))
            return Error{at("enrollments", i, "planId"), "no plan with this id"};
        if (e.state == EnrollmentState::Paused && !e.pausedAt)
            return Error{at("enrollments", i, "pausedAt"),
                         "a paused enrollment needs the time it was paused"};
        if (e.resumeAt && (e.state != EnrollmentState::Paused || *e.resumeAt <= *e.pausedAt))
            return Error{at("enrollments", i, "resumeAt"), "only a paused enrollment resumes, after its pause"};
        ws.putEnrollment(e.id.value, std::move(data.enrollments[i]));
    }
    // Touches go straight into their slots and each timeline is sorted once at the end:
    // inserting a million touches one at a time in time order (putTouch) cost more than reading them.
    ws.touches_.resize(std::size_t(largest[4]) + 1);
    for (std::size_t i = 0; i < data.touches.size(); ++i) {
        const Touch& t = data.touches[i];
        if (!ws.lead(t.leadId)) return Error{at("touches", i, "leadId"), "no lead with this id"};
        if (t.channel == Channel::Preferred)
            return Error{at("touches", i, "channel"), "must be the channel used"};
        ws.activity_[t.leadId.value].touches.push_back(t.id);
        ws.touches_[t.id.value] = std::move(data.touches[i]);
    }
    for (LeadActivity& activity : ws.activity_)
        std::sort(activity.touches.begin(), activity.touches.end(),
                  [&ws](TouchId a, TouchId b) { return ws.touchedEarlier(a, b); });
    ws.nextIds_ = next;
    ws.allDirty_ = true;
    ws.refreshDerived();
    ws.changed_ = {}; // loading is not a change
    ws.idsReported_ = ws.nextIds_;
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

// The commands that edit plans, templates and settings. See commands.h.
#include "core/commands_execution.h"

namespace cadence {
namespace {

// Leads with a live enrollment in the plan (they need rescheduling and a next-step check).
std::vector<LeadId> leadsInPlan(const Workspace& ws, PlanId plan) {
    std::vector<LeadId> leads;
    for (const auto& e : ws.enrollmentSlots())
        if (e && e->isLive() && e->planId == plan) leads.push_back(e->leadId);
    return leads;
}

} // namespace

Result<Applied> CommandExecution::run(const AddPlan& c) {
    Plan plan = c.plan;
    plan.id = PlanId{};
    if (Status s = validatePlan(plan, ws); !s) return s.error();
    plan.id = PlanId{ws.nextIds_.plan++};
    ws.putPlan(plan.id.value, plan);
    return Applied{plan.id.value};
}

Result<Applied> CommandExecution::run(const EditPlan& c) {
    if (!ws.plan(c.plan.id)) return Error{"id", "no plan with id " + idText(c.plan.id.value)};
    if (Status s = validatePlan(c.plan, ws); !s) return s.error();
    at = c.at;
    ws.putPlan(c.plan.id.value, c.plan);
    for (LeadId lead : leadsInPlan(ws, c.plan.id))
        affect(lead);
    return Applied{};
}

Result<Applied> CommandExecution::run(const DeletePlan& c) {
    if (!ws.plan(c.id)) return Error{"id", "no plan with id " + idText(c.id.value)};
    if (ws.settings().newLeadPlanId == c.id)
        return Error{"id", "new leads start in this plan; choose another first"};
    if (ws.settings().fallbackPlanId == c.id)
        return Error{"id", "leads fall back to this plan; choose another fallback first"};
    for (const auto& other : ws.planSlots())
        if (other && other->id != c.id && (other->followOnPlanId == c.id || other->replyPlanId == c.id))
            return Error{"id", "plan \"" + other->name + "\" continues into this plan; change it first"};
    at = c.at;
    for (const auto& e : ws.enrollmentSlots())
        if (e && e->isLive() && e->planId == c.id)
            end(e->id, EnrollmentState::Stopped, EndReason::StoppedByUser);
    ws.putPlan(c.id.value, std::nullopt);
    return Applied{};
}

Result<Applied> CommandExecution::run(const AddTemplate& c) {
    if (Status s = validateTemplate(c.tpl); !s) return s.error();
    MessageTemplate tpl = c.tpl;
    tpl.id = TemplateId{ws.nextIds_.messageTemplate++};
    ws.putTemplate(tpl.id.value, tpl);
    return Applied{tpl.id.value};
}

Result<Applied> CommandExecution::run(const EditTemplate& c) {
    if (!ws.messageTemplate(c.tpl.id)) return Error{"id", "no template with id " + idText(c.tpl.id.value)};
    if (Status s = validateTemplate(c.tpl); !s) return s.error();
    ws.putTemplate(c.tpl.id.value, c.tpl);
    return Applied{};
}

Result<Applied> CommandExecution::run(const DeleteTemplate& c) {
    if (!ws.messageTemplate(c.id)) return Error{"id", "no template with id " + idText(c.id.value)};
    for (const auto& plan : ws.planSlots()) {
        if (!plan) continue;
        bool used = std::any_of(plan->steps.begin(), plan->steps.end(),
                                [&](auto& s) { return s.templateId == c.id; }) ||
                    std::any_of(plan->recurring.begin(), plan->recurring.end(),
                                [&](auto& r) { return r.templateId == c.id; });
        if (used) return Error{"id", "plan \"" + plan->name + "\" uses this template"};
    }
    ws.putTemplate(c.id.value, std::nullopt);
    return Applied{};
}

Result<Applied> CommandExecution::run(const EditSettings& c) {
    if (Status s = validateSettings(c.settings, ws); !s) return s.error();
    at = c.at;
    ws.putSettings(c.settings);
    // Every schedule may move (zone, working days, quiet hours) and the fallback may change.
    for (const auto& lead : ws.leadSlots())
        if (lead) affect(lead->id);
    return Applied{};
}

} // namespace cadence

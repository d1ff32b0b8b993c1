// The rules of each command: validation first, then changes through the Workspace's mutation
// primitives, then the invariant "every active lead has a next step". See commands.h for what
// each command means and docs/engine.md for the rules in prose.
#include "core/commands.h"

#include "core/commands_execution.h"

namespace cadence {

namespace {
constexpr std::string_view kCommandNames[] = {
    "add_lead",         "edit_lead",         "delete_lead",     "log_touch",    "enrol",
    "pause_enrollment", "resume_enrollment", "stop_enrollment", "move_to_plan", "skip_item",
    "snooze_item",      "add_plan",          "edit_plan",       "delete_plan",  "add_template",
    "edit_template",    "delete_template",   "edit_settings",   "import_leads", "merge_workspace", "replace_workspace"};
static_assert(std::size(kCommandNames) == std::variant_size_v<Command>);
} // namespace

std::string_view commandName(const Command& command) {
    return kCommandNames[command.index()];
}

Result<Applied> CommandExecution::run(const AddLead& c) {
    if (Status s = validateLead(c.lead); !s) return s.error();
    Lead lead = c.lead;
    lead.id = LeadId{ws.nextIds_.lead++};
    at = lead.createdAt;
    ws.putLead(lead.id.value, lead);
    affect(lead.id);
    std::optional<PlanId> plan = ws.settings().newLeadPlanId;
    if (c.enrol && plan && ws.plan(*plan)) enrol(lead.id, *plan);
    return Applied{lead.id.value};
}

Result<Applied> CommandExecution::run(const EditLead& c) {
    const Lead* old = ws.lead(c.lead.id);
    if (!old) return Error{"id", "no lead with id " + idText(c.lead.id.value)};
    if (Status s = validateLead(c.lead); !s) return s.error();
    at = c.at;
    Stage oldStage = old->stage;
    ws.putLead(c.lead.id.value, c.lead);
    affect(c.lead.id);
    if (c.lead.stage != oldStage) {
        std::vector<EnrollmentId> enrollments = ws.activity(c.lead.id).enrollments;
        for (EnrollmentId id : enrollments) {
            const Enrollment* e = ws.enrollment(id);
            if (!e->isLive()) continue;
            const Plan* plan = ws.plan(e->planId);
            if (!isActive(c.lead.stage))
                end(id, EnrollmentState::Stopped, EndReason::LeadArchived);
            else if (plan && plan->endOnStage == c.lead.stage)
                end(id, EnrollmentState::Completed, EndReason::StageReached);
        }
    }
    return Applied{};
}

Result<Applied> CommandExecution::run(const DeleteLead& c) {
    if (!ws.lead(c.id)) return Error{"id", "no lead with id " + idText(c.id.value)};
    LeadActivity activity = ws.activity(c.id);
    for (TouchId id : activity.touches)
        ws.putTouch(id.value, std::nullopt);
    for (EnrollmentId id : activity.enrollments)
        ws.putEnrollment(id.value, std::nullopt);
    ws.putLead(c.id.value, std::nullopt);
    return Applied{};
}

Result<Applied> Workspace::apply(const Command& command) {
    beginChange(commandName(command));
    CommandExecution execution{*this, Instant{}, {}, {}};
    Result<Applied> result = std::visit([&](const auto& c) { return execution.run(c); }, command);
    if (!result) {
        rollbackChange();
        return result;
    }
    execution.ensureNextSteps();
    commitChange();
    return result;
}

} // namespace cadence

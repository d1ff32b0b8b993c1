// ReplaceWorkspace: a backup restored with "replace". Every record here is removed and the
// backup's records are put in their place through the Workspace primitives, so the whole
// restore is one undo step whose undo brings the previous data back exactly.
#include "core/commands_execution.h"

namespace cadence {

Result<Applied> CommandExecution::run(const ReplaceWorkspace& c) {
    if (!c.data) return Error{"", "there is nothing to restore"};
    // The same checks a loaded file passes; they also give the id counters the data implies.
    Result<Workspace> valid = Workspace::fromData(*c.data);
    if (!valid) return valid.error();
    const WorkspaceData& in = *c.data;

    // Removed in the order that keeps the lead indexes consistent: history, then the leads.
    for (const auto& slot : ws.touchSlots())
        if (slot) ws.putTouch(slot->id.value, std::nullopt);
    for (const auto& slot : ws.enrollmentSlots())
        if (slot) ws.putEnrollment(slot->id.value, std::nullopt);
    for (const auto& slot : ws.leadSlots())
        if (slot) ws.putLead(slot->id.value, std::nullopt);
    for (const auto& slot : ws.planSlots())
        if (slot) ws.putPlan(slot->id.value, std::nullopt);
    for (const auto& slot : ws.templateSlots())
        if (slot) ws.putTemplate(slot->id.value, std::nullopt);

    for (const MessageTemplate& tpl : in.templates)
        ws.putTemplate(tpl.id.value, tpl);
    for (const Plan& plan : in.plans)
        ws.putPlan(plan.id.value, plan);
    ws.putSettings(in.settings);
    for (const Lead& lead : in.leads)
        ws.putLead(lead.id.value, lead);
    for (const Enrollment& enrollment : in.enrollments)
        ws.putEnrollment(enrollment.id.value, enrollment);
    for (const Touch& touch : in.touches)
        ws.putTouch(touch.id.value, touch);
    ws.nextIds_ = valid->nextIds();
    // No lead is "affected": the restored records stay exactly as the backup holds them.
    return Applied{};
}

} // namespace cadence

// Internal to the command implementation files (commands*.cpp): the state of one command
// while it runs and the helpers the command rules share. Not part of the public API.
#pragma once

#include "core/commands.h"
#include "core/validation.h"
#include "core/workspace.h"

#include <algorithm>
#include <string>

namespace cadence {

inline std::string idText(std::uint32_t id) {
    return std::to_string(id);
}

struct CommandExecution {
    Workspace& ws;
    Instant at;                         // when the command happens (for ends and successor plans)
    std::vector<std::uint32_t> leads;   // leads whose next step must be checked afterwards
    std::vector<EnrollmentId> endedNow; // enrollments ended by this command, in order

    void affect(LeadId id) { leads.push_back(id.value); }

    Result<const Enrollment*> liveEnrollment(EnrollmentId id, bool mustBeActive) {
        const Enrollment* e = ws.enrollment(id);
        if (!e) return Error{"id", "no enrollment with id " + idText(id.value)};
        if (!e->isLive()) return Error{"id", "the enrollment has already ended"};
        if (mustBeActive && e->state != EnrollmentState::Active)
            return Error{"id", "the enrollment is paused"};
        return e;
    }

    EnrollmentId enrol(LeadId lead, PlanId planId) {
        const Plan& plan = *ws.plan(planId);
        Enrollment e;
        e.id = EnrollmentId{ws.nextIds_.enrollment++};
        e.leadId = lead;
        e.planId = planId;
        e.startedAt = at;
        e.rules.resize(plan.recurring.size());
        ws.putEnrollment(e.id.value, e);
        affect(lead);
        return e.id;
    }

    bool liveIn(LeadId lead, PlanId planId) const {
        for (EnrollmentId id : ws.activity(lead).enrollments)
            if (const Enrollment* e = ws.enrollment(id); e && e->isLive() && e->planId == planId) return true;
        return false;
    }

    // Ends an enrollment; finishing, a reply or a closing stage starts the plan's successor.
    void end(EnrollmentId id, EnrollmentState state, EndReason reason) {
        Enrollment e = *ws.enrollment(id);
        e.state = state;
        e.endReason = reason;
        e.endedAt = at;
        ws.putEnrollment(id.value, e);
        endedNow.push_back(id);
        affect(e.leadId);
        const Plan* plan = ws.plan(e.planId);
        const Lead* lead = ws.lead(e.leadId);
        if (!plan || !lead || !isActive(lead->stage)) return;
        std::optional<PlanId> next =
            reason == EndReason::Replied                                               ? plan->replyPlanId
            : (reason == EndReason::PlanFinished || reason == EndReason::StageReached) ? plan->followOnPlanId
                                                                                       : std::nullopt;
        if (next && ws.plan(*next) && !liveIn(e.leadId, *next)) enrol(e.leadId, *next);
    }

    // The invariant: finished enrollments end (and hand over to their follow-on plan); an active
    // lead still without a next step goes to the fallback plan.
    void ensureNextSteps() {
        std::sort(leads.begin(), leads.end());
        leads.erase(std::unique(leads.begin(), leads.end()), leads.end());
        for (int round = 0; round < 4; ++round) {
            ws.refreshDerived();
            bool changed = false;
            std::vector<std::uint32_t> current = leads;
            for (std::uint32_t leadId : current) {
                const Lead* lead = ws.lead(LeadId{leadId});
                if (!lead) continue;
                bool ended = false;
                std::vector<EnrollmentId> enrollments = ws.activity(lead->id).enrollments;
                for (EnrollmentId id : enrollments) {
                    const Enrollment* e = ws.enrollment(id);
                    if (e->state == EnrollmentState::Active && ws.pendingItems(id).empty()) {
                        end(id, EnrollmentState::Completed, EndReason::PlanFinished);
                        ended = true;
                    }
                }
                if (ended) { // re-derive before judging this lead
                    changed = true;
                    continue;
                }
                if (!isActive(lead->stage) || ws.hasNextStep(lead->id)) continue;
                std::optional<PlanId> fallback = ws.settings().fallbackPlanId;
                if (fallback && ws.plan(*fallback) && !liveIn(lead->id, *fallback)) {
                    enrol(lead->id, *fallback);
                    changed = true;
                }
            }
            if (!changed) return;
        }
    }

    // --- the commands ------------------------------------------------------------------------

    Result<Applied> run(const AddLead& c);
    Result<Applied> run(const EditLead& c);
    Result<Applied> run(const DeleteLead& c);
    Result<Applied> run(const LogTouch& c);
    Result<Applied> run(const Enrol& c);
    Result<Applied> run(const PauseEnrollment& c);
    Result<Applied> run(const ResumeEnrollment& c);
    Result<Applied> run(const StopEnrollment& c);
    Result<Applied> run(const MoveToPlan& c);
    Result<Applied> run(const SkipItem& c);
    Result<Applied> run(const SnoozeItem& c);
    Result<Applied> run(const AddPlan& c);
    Result<Applied> run(const EditPlan& c);
    Result<Applied> run(const DeletePlan& c);
    Result<Applied> run(const AddTemplate& c);
    Result<Applied> run(const EditTemplate& c);
    Result<Applied> run(const DeleteTemplate& c);
    Result<Applied> run(const EditSettings& c);
    Result<Applied> run(const ImportLeads& c);
    Result<Applied> run(const MergeWorkspace& c);
    Result<Applied> run(const ReplaceWorkspace& c);

    // Shared by skip, snooze and logging a touch for an item: the pending item it names.
    const DueItem* pending(EnrollmentId id, PlanItemRef item) {
        for (const DueItem& due : ws.pendingItems(id))
            if (due.item == item) return &due;
        return nullptr;
    }
    // Marks the item done at `doneAt` (a touch) or at its due time (a skip).
    void complete(Enrollment& e, const Plan& plan, PlanItemRef item, Instant dueAt, Instant doneAt) {
        if (!item.isRule) {
            e.nextStepIndex = item.index + 1;
            e.stepSnoozedUntil.reset();
            return;
        }
        if (e.rules.size() < plan.recurring.size()) e.rules.resize(plan.recurring.size());
        RuleProgress& progress = e.rules[item.index];
        Recurrence kind = plan.recurring[item.index].kind;
        bool yearly = kind == Recurrence::YearlyOnKeyDate || kind == Recurrence::YearlyOnDate;
        if (yearly)
            progress.doneThrough = dueAt;
        else
            progress.restartFrom = std::max(progress.restartFrom.value_or(doneAt), doneAt);
        progress.snoozedUntil.reset();
    }
};

} // namespace cadence

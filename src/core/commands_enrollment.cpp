// The commands that move leads through plans: logging touches, enrolling, pausing, resuming,
// stopping, moving, skipping and snoozing. See commands.h and docs/engine.md.
#include "core/commands_execution.h"

namespace cadence {
namespace {

// Stage after a two-way conversation: new -> contacted, contacted/nurture/lost -> engaged.
Stage stageAfterContact(Stage stage) {
    switch (stage) {
    case Stage::New:
        return Stage::Contacted;
    case Stage::Contacted:
    case Stage::Nurture:
    case Stage::Lost:
        return Stage::Engaged;
    default:
        return stage;
    }
}

// The phone or email a touch used: the given index, or the first one not flagged bad.
std::optional<int> contactUsed(const Lead& lead, const Touch& touch) {
    if (touch.contactIndex) return touch.contactIndex;
    if (usesPhone(touch.channel)) {
        for (std::size_t i = 0; i < lead.phones.size(); ++i)
            if (!lead.phones[i].flaggedBad) return static_cast<int>(i);
    } else if (touch.channel == Channel::Email) {
        for (std::size_t i = 0; i < lead.emails.size(); ++i)
            if (!lead.emails[i].flaggedBad) return static_cast<int>(i);
    }
    return std::nullopt;
}

} // namespace

Result<Applied> CommandExecution::run(const LogTouch& c) {
    Touch touch = c.touch;
    const Lead* lead = ws.lead(touch.leadId);
    if (!lead) return Error{"leadId", "no lead with id " + idText(touch.leadId.value)};
    if (touch.channel == Channel::Preferred) return Error{"channel", "log the channel actually used"};
    if (touch.stepIndex && touch.ruleIndex)
        return Error{"stepIndex", "a touch fulfils a step or a rule, not both"};
    if (touch.contactIndex) {
        std::size_t count = usesPhone(touch.channel)          ? lead->phones.size()
                            : touch.channel == Channel::Email ? lead->emails.size()
                                                              : 0;
        if (*touch.contactIndex < 0 || static_cast<std::size_t>(*touch.contactIndex) >= count)
            return Error{"contactIndex", "the lead has no such phone or email for this channel"};
    }
    at = touch.at;
    std::optional<DueItem> item;
    if (touch.enrollmentId) {
        Result<const Enrollment*> e = liveEnrollment(*touch.enrollmentId, true);
        if (!e) return Error{"enrollmentId", e.error().reason};
        if ((*e)->leadId != touch.leadId)
            return Error{"enrollmentId", "the enrollment belongs to another lead"};
        if (!touch.stepIndex && !touch.ruleIndex)
            return Error{"stepIndex", "name the step or rule this touch fulfils"};
        PlanItemRef ref{touch.ruleIndex.has_value(), touch.ruleIndex ? *touch.ruleIndex : *touch.stepIndex};
        if (const DueItem* due = pending(*touch.enrollmentId, ref)) item = *due;
        if (!item)
            return Error{ref.isRule ? "ruleIndex" : "stepIndex",
                         "that item is not pending in the enrollment"};
    } else if (touch.stepIndex || touch.ruleIndex) {
        return Error{"enrollmentId", "a step or rule needs its enrollment"};
    }

    touch.id = TouchId{ws.nextIds_.touch++};
    ws.putTouch(touch.id.value, touch);
    affect(touch.leadId);

    Lead updated = *lead;
    if (flagsContactDetail(touch.outcome)) {
        if (std::optional<int> used = contactUsed(updated, touch)) {
            if (usesPhone(touch.channel))
                updated.phones[*used].flaggedBad = true;
            else if (touch.channel == Channel::Email)
                updated.emails[*used].flaggedBad = true;
        }
    }
    if (isContact(touch.outcome)) updated.stage = stageAfterContact(updated.stage);

    if (item) {
        Enrollment e = *ws.enrollment(*touch.enrollmentId);
        complete(e, *ws.plan(e.planId), item->item, item->due, touch.at);
        ws.putEnrollment(e.id.value, e);
    }
    // A real touch answers any snoozed interval occurrence on its channel (its timer restarts).
    std::vector<EnrollmentId> enrollments = ws.activity(touch.leadId).enrollments;
    for (EnrollmentId id : enrollments) {
        Enrollment e = *ws.enrollment(id);
        const Plan* plan = ws.plan(e.planId);
        if (!plan || !e.isLive() || !isRealTouch(touch)) continue;
        bool changed = false;
        for (std::size_t r = 0; r < e.rules.size() && r < plan->recurring.size(); ++r) {
            const RecurringRule& rule = plan->recurring[r];
            bool interval = rule.kind == Recurrence::EveryDays || rule.kind == Recurrence::EveryWeeks ||
                            rule.kind == Recurrence::EveryMonths;
            if (interval && e.rules[r].snoozedUntil &&
                resolveChannel(rule.channel, updated) == touch.channel) {
                e.rules[r].snoozedUntil.reset();
                changed = true;
            }
        }
        if (changed) ws.putEnrollment(id.value, e);
    }
    if (!(updated == *lead)) ws.putLead(updated.id.value, updated);
    if (isContact(touch.outcome)) {
        for (EnrollmentId id : enrollments) {
            const Enrollment* e = ws.enrollment(id);
            const Plan* plan = ws.plan(e->planId);
            if (e->isLive() && plan && plan->stopOnReply)
                end(id, EnrollmentState::Stopped, EndReason::Replied);
        }
    }
    return Applied{touch.id.value};
}

Result<Applied> CommandExecution::run(const Enrol& c) {
    const Lead* lead = ws.lead(c.leadId);
    if (!lead) return Error{"leadId", "no lead with id " + idText(c.leadId.value)};
    if (!isActive(lead->stage)) return Error{"leadId", "the lead is archived; change its stage first"};
    if (!ws.plan(c.planId)) return Error{"planId", "no plan with id " + idText(c.planId.value)};
    if (liveIn(c.leadId, c.planId)) return Error{"planId", "the lead is already in this plan"};
    at = c.at;
    return Applied{enrol(c.leadId, c.planId).value};
}

Result<Applied> CommandExecution::run(const PauseEnrollment& c) {
    Result<const Enrollment*> found = liveEnrollment(c.id, true);
    if (!found) return found.error();
    at = c.at;
    if (c.until && *c.until <= c.at) return Error{"until", "the pause must end after it begins"};
    Enrollment e = **found;
    e.state = EnrollmentState::Paused;
    e.pausedAt = c.at;
    e.resumeAt = c.until;
    ws.putEnrollment(e.id.value, e);
    affect(e.leadId);
    return Applied{};
}

Result<Applied> CommandExecution::run(const ResumeEnrollment& c) {
    const Enrollment* found = ws.enrollment(c.id);
    if (!found) return Error{"id", "no enrollment with id " + idText(c.id.value)};
    if (found->state != EnrollmentState::Paused) return Error{"id", "the enrollment is not paused"};
    if (c.at < *found->pausedAt) return Error{"at", "resuming before the pause began"};
    at = c.at;
    Enrollment e = *found;
    std::int64_t paused = c.at - *e.pausedAt;
    const Plan* plan = ws.plan(e.planId);
    const LeadActivity& activity = ws.activity(e.leadId);
    // Interval timers resume where they stood: their base moves by the paused time too.
    if (plan) {
        e.rules.resize(std::max(e.rules.size(), plan->recurring.size()));
        for (std::size_t r = 0; r < plan->recurring.size(); ++r) {
            Channel channel = resolveChannel(plan->recurring[r].channel, *ws.lead(e.leadId));
            Instant base = e.anchor();
            if (e.rules[r].restartFrom) base = std::max(base, *e.rules[r].restartFrom);
            if (const auto& last = activity.lastRealTouch[static_cast<std::size_t>(channel)])
                base = std::max(base, *last);
            e.rules[r].restartFrom = base + paused;
            if (e.rules[r].snoozedUntil) e.rules[r].snoozedUntil = *e.rules[r].snoozedUntil + paused;
        }
    }
    if (e.stepSnoozedUntil) e.stepSnoozedUntil = *e.stepSnoozedUntil + paused;
    e.pausedSeconds += paused;
    e.pausedAt.reset();
    e.resumeAt.reset();
    e.state = EnrollmentState::Active;
    ws.putEnrollment(e.id.value, e);
    affect(e.leadId);
    return Applied{};
}

Result<Applied> CommandExecution::run(const StopEnrollment& c) {
    Result<const Enrollment*> found = liveEnrollment(c.id, false);
    if (!found) return found.error();
    at = c.at;
    end(c.id, EnrollmentState::Stopped, EndReason::StoppedByUser);
    return Applied{};
}

Result<Applied> CommandExecution::run(const MoveToPlan& c) {
    Result<const Enrollment*> found = liveEnrollment(c.id, false);
    if (!found) return found.error();
    if (!ws.plan(c.planId)) return Error{"planId", "no plan with id " + idText(c.planId.value)};
    if ((*found)->planId == c.planId) return Error{"planId", "the lead is already in this plan"};
    LeadId lead = (*found)->leadId;
    if (liveIn(lead, c.planId)) return Error{"planId", "the lead is already in this plan"};
    at = c.at;
    end(c.id, EnrollmentState::Stopped, EndReason::MovedToAnotherPlan);
    return Applied{enrol(lead, c.planId).value};
}

Result<Applied> CommandExecution::run(const SkipItem& c) {
    Result<const Enrollment*> found = liveEnrollment(c.id, true);
    if (!found) return found.error();
    const DueItem* item = pending(c.id, c.item);
    if (!item) return Error{"item", "that item is not pending in the enrollment"};
    at = c.at;
    Enrollment e = **found;
    complete(e, *ws.plan(e.planId), c.item, item->due, item->due);
    if (!c.item.isRule) ++e.skippedSteps;
    ws.putEnrollment(e.id.value, e);
    affect(e.leadId);
    return Applied{};
}

Result<Applied> CommandExecution::run(const SnoozeItem& c) {
    Result<const Enrollment*> found = liveEnrollment(c.id, true);
    if (!found) return found.error();
    if (!pending(c.id, c.item)) return Error{"item", "that item is not pending in the enrollment"};
    if (c.until <= c.at) return Error{"until", "snooze to a later time"};
    at = c.at;
    Enrollment e = **found;
    if (c.item.isRule) {
        e.rules.resize(std::max<std::size_t>(e.rules.size(), std::size_t(c.item.index) + 1));
        e.rules[c.item.index].snoozedUntil = c.until;
    } else {
        e.stepSnoozedUntil = c.until;
    }
    ws.putEnrollment(e.id.value, e);
    affect(e.leadId);
    return Applied{};
}

} // namespace cadence

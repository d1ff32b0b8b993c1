// The scheduling rules; see schedule.h for the list and docs/engine.md for worked examples.
#include "core/schedule.h"

#include <algorithm>

namespace cadence {
namespace {

std::int64_t secondsOf(TimeOfDay time) {
    return time.secondsSinceMidnight();
}

// The local date-time a step or rule is due on `date`, honouring an optional window.
Instant atLocal(const ScheduleContext& context, CivilDate date, const std::optional<TimeWindow>& window,
                TimeOfDay fallback) {
    return context.zone.toInstant(LocalDateTime{date, window ? window->start : fallback});
}

RuleProgress progressOf(const Enrollment& enrollment, int ruleIndex) {
    return ruleIndex < static_cast<int>(enrollment.rules.size()) ? enrollment.rules[ruleIndex]
                                                                 : RuleProgress{};
}

} // namespace

bool isWorkingDay(CivilDate date, const std::array<bool, 7>& workingDays) {
    return workingDays[static_cast<std::size_t>(weekdayOf(date))];
}

CivilDate addWorkingDays(CivilDate date, int days, const std::array<bool, 7>& workingDays) {
    if (std::none_of(workingDays.begin(), workingDays.end(), [](bool b) { return b; }))
        return addDays(date, days);
    while (!isWorkingDay(date, workingDays))
        date = addDays(date, 1);
    for (int counted = 0; counted < days;) {
        date = addDays(date, 1);
        if (isWorkingDay(date, workingDays)) ++counted;
    }
    return date;
}

Instant applyQuietHours(Instant due, Channel channel, const ScheduleContext& context) {
    const QuietHours& quiet = context.settings.quietHours;
    if (!quiet.enabled || !ringsPhone(channel) || quiet.start == quiet.end) return due;
    LocalDateTime local = context.zone.toLocal(due);
    std::int64_t t = secondsOf(local.time), start = secondsOf(quiet.start), end = secondsOf(quiet.end);
    if (start < end) {
        if (t >= start && t < end) return context.zone.toInstant({local.date, quiet.end});
        return due;
    }
    // Quiet hours wrap midnight (21:00 -> 08:00).
    if (t >= start) return context.zone.toInstant({addDays(local.date, 1), quiet.end});
    if (t < end) return context.zone.toInstant({local.date, quiet.end});
    return due;
}

int nextApplicableStep(const Plan& plan, const Enrollment& enrollment, Temperature temperature) {
    for (int i = std::max(0, enrollment.nextStepIndex); i < static_cast<int>(plan.steps.size()); ++i)
        if (appliesTo(plan.steps[i], temperature)) return i;
    return -1;
}

Instant stepDue(const Plan& plan, const Enrollment& enrollment, int stepIndex, const Lead& lead,
                const ScheduleContext& context) {
    const PlanStep& step = plan.steps[stepIndex];
    Instant anchor = enrollment.anchor();
    LocalDateTime start = context.zone.toLocal(anchor);
    CivilDate date = plan.businessDaysOnly
                         ? addWorkingDays(start.date, step.dayOffset, context.settings.workingDays)
                         : addDays(start.date, step.dayOffset);
    Instant due =
        (date == start.date && !step.window) ? anchor : atLocal(context, date, step.window, start.time);
    // A step is never due before its enrollment began (a morning window on an afternoon start).
    due = std::max(due, anchor);
    return applyQuietHours(due, resolveChannel(step.channel, lead), context);
}

std::optional<Instant> ruleDue(const Plan& plan, const Enrollment& enrollment, int ruleIndex,
                               const Lead& lead, const LeadActivity& activity,
                               const ScheduleContext& context) {
    const RecurringRule& rule = plan.recurring[ruleIndex];
    const RuleProgress progress = progressOf(enrollment, ruleIndex);
    Channel channel = resolveChannel(rule.channel, lead);
    Instant anchor = enrollment.anchor();

    if (rule.kind == Recurrence::EveryDays || rule.kind == Recurrence::EveryWeeks ||
        rule.kind == Recurrence::EveryMonths) {
        Instant base = anchor;
        if (progress.restartFrom) base = std::max(base, *progress.restartFrom);
        if (const auto& last = activity.lastRealTouch[static_cast<std::size_t>(channel)])
            base = std::max(base, *last);
        LocalDateTime local = context.zone.toLocal(base);
        int every = std::max(1, rule.every);
        CivilDate date = rule.kind == Recurrence::EveryDays    ? addDays(local.date, every)
                         : rule.kind == Recurrence::EveryWeeks ? addDays(local.date, 7 * every)
                                                               : addMonths(local.date, every);
        if (plan.businessDaysOnly) date = addWorkingDays(date, 0, context.settings.workingDays);
        return applyQuietHours(atLocal(context, date, rule.window, local.time), channel, context);
    }

    CivilDate anchorDate = context.zone.localDate(anchor);
    KeyDate fixed{rule.label, rule.month, rule.day, std::nullopt};
    const KeyDate* key =
        rule.kind == Recurrence::YearlyOnKeyDate ? findKeyDate(lead, rule.keyDateName) : &fixed;
    if (!key) return std::nullopt;
    int firstYear =
        (progress.doneThrough ? context.zone.localDate(*progress.doneThrough).year : anchorDate.year) - 1;
    for (int year = firstYear; year <= firstYear + 3; ++year) {
        CivilDate date = occurrenceInYear(*key, year);
        Instant due =
            atLocal(context, addDays(date, -rule.daysBefore), rule.window, context.settings.defaultTouchTime);
        due = std::max(due, anchor);
        bool pending = progress.doneThrough ? due > *progress.doneThrough : date >= anchorDate;
        if (pending) return applyQuietHours(due, channel, context);
    }
    return std::nullopt; // unreachable for valid dates
}

std::vector<DueItem> pendingItems(const Plan& plan, const Enrollment& enrollment, const Lead& lead,
                                  const LeadActivity& activity, const ScheduleContext& context) {
    std::vector<DueItem> items;
    if (enrollment.state != EnrollmentState::Active) return items;
    int step = nextApplicableStep(plan, enrollment, lead.temperature);
    if (step >= 0) {
        DueItem item;
        item.item = {false, step};
        item.channel = resolveChannel(plan.steps[step].channel, lead);
        item.templateId = plan.steps[step].templateId;
        item.due = enrollment.stepSnoozedUntil ? *enrollment.stepSnoozedUntil
                                               : stepDue(plan, enrollment, step, lead, context);
        for (int i = 0; i < static_cast<int>(plan.steps.size()); ++i) {
            if (!appliesTo(plan.steps[i], lead.temperature)) continue;
            ++item.touchCount;
            if (i <= step) ++item.touchNumber;
        }
        items.push_back(item);
    }
    for (int rule = 0; rule < static_cast<int>(plan.recurring.size()); ++rule) {
        std::optional<Instant> due = ruleDue(plan, enrollment, rule, lead, activity, context);
        if (!due) continue;
        DueItem item;
        item.item = {true, rule};
        item.channel = resolveChannel(plan.recurring[rule].channel, lead);
        item.templateId = plan.recurring[rule].templateId;
        RuleProgress progress = progressOf(enrollment, rule);
        item.due = progress.snoozedUntil ? *progress.snoozedUntil : *due;
        items.push_back(item);
    }
    return items;
}

bool runsForever(const Plan& plan) {
    return std::any_of(plan.recurring.begin(), plan.recurring.end(), [](const RecurringRule& rule) {
        return rule.kind == Recurrence::EveryDays || rule.kind == Recurrence::EveryWeeks ||
               rule.kind == Recurrence::EveryMonths;
    });
}

} // namespace cadence

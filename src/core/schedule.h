// The scheduling rules: when each step or recurring occurrence of an enrollment is due.
// Pure functions of the plan, the enrollment, the lead, its activity and the user's settings
// and zone; they never look at "now" (the agenda compares the results with now). The rules,
// in order (docs/engine.md has examples):
//  1. A step is due on (anchor's local date + dayOffset days), or + dayOffset working days in a
//     businessDaysOnly plan, at the step's window start or else the anchor's local time of day.
//     Day 0 without a window is the anchor instant itself: a new lead is due immediately.
//  2. Interval rules are due `every` days/weeks/months after max(anchor, last real touch on the
//     channel, the rule's restartFrom), at the window start or that instant's time of day.
//  3. Yearly rules are due `daysBefore` days before the next occurrence after the rule's
//     doneThrough (or after the anchor's local date) at the window start or defaultTouchTime.
//  4. In a businessDaysOnly plan, a computed date on a non-working day moves to the next
//     working day. Calls, texts and video texts due in quiet hours move to the end of quiet hours.
//  5. A snoozed item is due exactly at the snooze time (the user chose it).
#pragma once

#include "core/enrollment.h"
#include "core/lead.h"
#include "core/lead_activity.h"
#include "core/plan.h"
#include "core/settings.h"

#include <optional>
#include <vector>

namespace cadence {

struct ScheduleContext {
    const TimeZone& zone;
    const Settings& settings;
};

// One pending touch of an enrollment.
struct DueItem {
    PlanItemRef item;
    Channel channel = Channel::Call; // resolved for the lead (never Preferred)
    std::optional<TemplateId> templateId;
    Instant due;
    int touchNumber = 0; // steps: 1-based among the steps that apply to the lead ("touch 4 ...")
    int touchCount = 0;  // steps: how many apply ("... of 12"); 0 for recurring rules
    friend bool operator==(const DueItem&, const DueItem&) = default;
};

// The index of the first step at or after the enrollment's progress that applies to the lead's
// temperature, or -1 when no step is left.
int nextApplicableStep(const Plan& plan, const Enrollment& enrollment, Temperature temperature);

// Pending items of an active enrollment: its next step (if any) and the next occurrence of each
// rule that applies to the lead. Empty for paused or ended enrollments.
std::vector<DueItem> pendingItems(const Plan& plan, const Enrollment& enrollment, const Lead& lead,
                                  const LeadActivity& activity, const ScheduleContext& context);

// When step `stepIndex` is due, ignoring snoozes (rule 1 and 4).
Instant stepDue(const Plan& plan, const Enrollment& enrollment, int stepIndex, const Lead& lead,
                const ScheduleContext& context);
// The next occurrence of rule `ruleIndex`, ignoring snoozes; nullopt when it does not apply
// (a yearly rule on a key date the lead does not have).
std::optional<Instant> ruleDue(const Plan& plan, const Enrollment& enrollment, int ruleIndex,
                               const Lead& lead, const LeadActivity& activity,
                               const ScheduleContext& context);

// Rule 4: quiet hours for calls/texts/video texts.
Instant applyQuietHours(Instant due, Channel channel, const ScheduleContext& context);
// `days` working days after `date` (0: `date` itself if working, else the next working day).
CivilDate addWorkingDays(CivilDate date, int days, const std::array<bool, 7>& workingDays);
bool isWorkingDay(CivilDate date, const std::array<bool, 7>& workingDays);

// A plan with an interval rule never runs out of touches: fit to be the fallback plan.
bool runsForever(const Plan& plan);

} // namespace cadence

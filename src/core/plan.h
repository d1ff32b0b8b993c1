// A plan (cadence): the touches a lead receives, as ordered one-off steps plus recurring rules.
//
// Step-offset model: `PlanStep::dayOffset` counts days FROM THE START OF THE ENROLLMENT (not from
// the previous step), in the user's local calendar. Day 0 is the enrollment day; a step without
// a time window is due at the enrollment's local time of day (so day 0 is due immediately), a
// step with a window at the window's start. In a `businessDaysOnly` plan the offset counts
// working days (Settings::workingDays) instead. Absolute offsets keep a plan's shape fixed:
// a late touch does not push the rest of the plan back (it shows as overdue instead), and
// pausing shifts every remaining step by exactly the paused time. See docs/engine.md.
//
// Recurring rules keep a lead in touch forever (the sphere): "every N days/weeks/months on a
// channel" restarts from the last real touch on that channel; "yearly on a key date" and
// "yearly on a fixed date" (holidays) follow the calendar.
#pragma once

#include "core/enums.h"
#include "core/ids.h"
#include "core/time.h"

#include <optional>
#include <string>
#include <vector>

namespace cadence {

// A touch is due at `start` local time; `end` tells the user when the window closes.
struct TimeWindow {
    TimeOfDay start{9, 0, 0};
    TimeOfDay end{17, 0, 0};
    friend bool operator==(const TimeWindow&, const TimeWindow&) = default;
};

struct PlanStep {
    int dayOffset = 0; // days (or working days) after the enrollment's start, >= 0, non-decreasing
    Channel channel = Channel::Call;
    std::optional<TemplateId> templateId;
    std::optional<TimeWindow> window;
    // Temperatures this step applies to; empty means every lead. Lets one plan give hot and warm
    // leads the full cadence and cold leads a lighter one.
    std::vector<Temperature> onlyFor;
    friend bool operator==(const PlanStep&, const PlanStep&) = default;
};

enum class Recurrence {
    EveryDays,       // every `every` days after the last real touch on `channel`
    EveryWeeks,      // every `every` weeks after the last real touch on `channel`
    EveryMonths,     // every `every` months (same day, clamped) after the last real touch
    YearlyOnKeyDate, // each year on the lead's key date named `keyDateName` (skipped if absent)
    YearlyOnDate,    // each year on `month`/`day` (fixed holidays: "New Year", "Christmas")
};
std::string_view toString(Recurrence recurrence);
std::optional<Recurrence> recurrenceFromString(std::string_view name);

struct RecurringRule {
    Recurrence kind = Recurrence::EveryWeeks;
    int every = 1; // for the Every* kinds, >= 1
    Channel channel = Channel::Email;
    std::optional<TemplateId> templateId;
    std::optional<TimeWindow> window; // default: Settings::defaultTouchTime for yearly rules
    std::string keyDateName;          // YearlyOnKeyDate
    int month = 1, day = 1;           // YearlyOnDate
    int daysBefore = 0;               // yearly kinds: due this many days ahead (cards need mailing)
    std::string label;                // shown on the agenda ("Birthday card", "Christmas note")
    friend bool operator==(const RecurringRule&, const RecurringRule&) = default;
};

struct Plan {
    PlanId id;
    std::string name;
    std::vector<PlanStep> steps;
    std::vector<RecurringRule> recurring; // a plan with rules never ends by itself
    bool stopOnReply = false;             // a reached/replied touch ends the enrollment
    bool businessDaysOnly = false;
    std::optional<PlanId> followOnPlanId; // when the plan ends without contact
    std::optional<PlanId> replyPlanId;    // when a reply stops it (else Settings::fallbackPlanId)
    std::optional<Stage> endOnStage;      // e.g. "Under contract" ends when the lead is closed
    friend bool operator==(const Plan&, const Plan&) = default;
};

// Names one schedulable item of a plan: a step (index into steps) or a recurring rule (index
// into recurring). Agenda items, skip and snooze use it.
struct PlanItemRef {
    bool isRule = false;
    int index = 0;
    friend bool operator==(const PlanItemRef&, const PlanItemRef&) = default;
};

// True when the step applies to a lead of this temperature.
bool appliesTo(const PlanStep& step, Temperature temperature);
// The number of steps a lead of this temperature receives ("of 12").
int applicableStepCount(const Plan& plan, Temperature temperature);

} // namespace cadence

// An enrollment: one lead following one plan, with its progress. Plain data; the Workspace
// creates and changes enrollments only through commands (enrol, pause, resume, stop, move,
// skip, snooze, and logging touches, which is how steps complete).
//
// The schedule anchor is `startedAt + pausedSeconds`: pausing then resuming adds the paused
// time to `pausedSeconds`, which shifts every remaining step by exactly that long.
#pragma once

#include "core/ids.h"
#include "core/time.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace cadence {

enum class EnrollmentState { Active, Paused, Completed, Stopped };
constexpr std::size_t kEnrollmentStateCount = 4;
std::string_view toString(EnrollmentState state);
std::optional<EnrollmentState> enrollmentStateFromString(std::string_view name);

// Why an enrollment is no longer active (None while active or paused).
enum class EndReason {
    None,
    PlanFinished,
    Replied,
    StoppedByUser,
    MovedToAnotherPlan,
    StageReached,
    LeadArchived
};
constexpr std::size_t kEndReasonCount = 7;
std::string_view toString(EndReason reason);
std::optional<EndReason> endReasonFromString(std::string_view name);

// Progress of one recurring rule of the plan (same index as Plan::recurring).
struct RuleProgress {
    // Interval rules: the next touch is counted from max(this, last real touch on the channel,
    // schedule anchor). Skipping or resuming moves it.
    std::optional<Instant> restartFrom;
    // Yearly rules: occurrences due at or before this instant are done (touched or skipped).
    std::optional<Instant> doneThrough;
    std::optional<Instant> snoozedUntil; // the next occurrence is due then instead
    friend bool operator==(const RuleProgress&, const RuleProgress&) = default;
};

struct Enrollment {
    EnrollmentId id;
    LeadId leadId;
    PlanId planId;
    Instant startedAt;
    std::int64_t pausedSeconds = 0;          // total time spent paused before the last resume
    int nextStepIndex = 0;                   // index into Plan::steps of the first step not yet done
    int skippedSteps = 0;                    // steps skipped on purpose (they never silently vanish)
    std::optional<Instant> stepSnoozedUntil; // the next step is due then instead
    std::vector<RuleProgress> rules;         // one per Plan::recurring rule
    EnrollmentState state = EnrollmentState::Active;
    std::optional<Instant> pausedAt;
    // A pause with an end: the app resumes the enrollment at this instant (see
    // Workspace::pausesEndedBy), so the steps shift by exactly the time paused.
    std::optional<Instant> resumeAt;
    std::optional<Instant> endedAt;
    EndReason endReason = EndReason::None;
    friend bool operator==(const Enrollment&, const Enrollment&) = default;

    Instant anchor() const { return startedAt + pausedSeconds; }
    bool isLive() const { return state == EnrollmentState::Active || state == EnrollmentState::Paused; }
};

} // namespace cadence

// A touch: one logged attempt to reach a lead (a call, a text, a card ...) and its outcome.
// Logging a touch that names an enrollment step (or recurring rule) is how that step completes;
// a touch without one is ad hoc (it still restarts the recurring timers of its channel).
#pragma once

#include "core/enums.h"
#include "core/ids.h"
#include "core/time.h"

#include <optional>
#include <string>

namespace cadence {

struct Touch {
    TouchId id;
    LeadId leadId;
    Instant at;
    Channel channel = Channel::Call; // concrete: never Channel::Preferred
    Outcome outcome = Outcome::NoAnswer;
    std::string note;
    // The step or rule this touch fulfilled; both unset for an ad hoc touch.
    std::optional<EnrollmentId> enrollmentId;
    std::optional<int> stepIndex; // index into the plan's steps
    std::optional<int> ruleIndex; // index into the plan's recurring rules
    // Which phone (call/text/video text) or email was used; defaults to the first one not
    // flagged bad. A wrong_number or bounced outcome flags that detail.
    std::optional<int> contactIndex;
    friend bool operator==(const Touch&, const Touch&) = default;
};

// A real touch restarts the recurring timer of its channel; one that never reached a working
// number or address (wrong number, bounced) does not.
constexpr bool isRealTouch(Outcome outcome) {
    return !flagsContactDetail(outcome);
}
constexpr bool isRealTouch(const Touch& touch) {
    return isRealTouch(touch.outcome);
}

} // namespace cadence

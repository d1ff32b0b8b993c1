// What has happened with a lead so far, derived from its touches and kept up to date by the
// Workspace after every command (so the agenda and the health report never rescan the million
// touches). Read it with Workspace::activity(leadId).
#pragma once

#include "core/enums.h"
#include "core/ids.h"
#include "core/time.h"

#include <array>
#include <optional>
#include <vector>

namespace cadence {

struct LeadActivity {
    std::vector<TouchId> touches;          // the lead's timeline, sorted by (at, id)
    std::vector<EnrollmentId> enrollments; // every enrollment of the lead, oldest first
    int touchCount = 0;
    std::optional<Instant> firstTouchAt;
    std::optional<Instant> firstContactAt; // first reached/replied touch
    int attemptsToFirstContact = 0;        // touches up to and including the first contact
    // Last touch per channel that counts for recurring timers (see isRealTouch), by Channel index.
    std::array<std::optional<Instant>, kChannelCount> lastRealTouch{};
};

} // namespace cadence

// The user's settings that the engine needs: who signs the messages, the time zone every
// schedule is computed in, working days, quiet hours, and which plans new and "finished" leads
// go to. Changed through the EditSettings command.
#pragma once

#include "core/ids.h"
#include "core/lead_list.h"
#include "core/time.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace cadence {

// No calls, texts or video texts from `start` until `end` local time (may wrap midnight).
// A due time inside quiet hours moves to `end` (the next allowed time).
struct QuietHours {
    bool enabled = true;
    TimeOfDay start{21, 0, 0};
    TimeOfDay end{8, 0, 0};
    friend bool operator==(const QuietHours&, const QuietHours&) = default;
};

struct Settings {
    std::string userName;             // {agent_name} in templates
    std::string signature;            // {signature}
    std::string timeZoneName = "UTC"; // IANA name or POSIX rule, see TimeZone::fromName
    // Indexed by Weekday (Sunday = 0). Monday to Friday by default.
    std::array<bool, 7> workingDays = {false, true, true, true, true, true, false};
    QuietHours quietHours;
    TimeOfDay defaultTouchTime{9, 0, 0}; // yearly rules without a window are due at this time
    std::optional<PlanId> newLeadPlanId; // AddLead enrols new leads here
    // Where a lead goes when its last live enrollment ends and no plan names a successor.
    // Must be a plan with an interval rule, so it never ends (see docs/engine.md).
    std::optional<PlanId> fallbackPlanId;
    std::vector<SavedLeadList> savedLists; // the Leads view's smart lists, in the user's order
    friend bool operator==(const Settings&, const Settings&) = default;
};

} // namespace cadence

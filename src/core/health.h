// Follow-up health: how well the user follows up, measured at an instant against the numbers
// in the product brief. Every figure is defined precisely in docs/health.md; in short, over the
// active leads (not archived) created at or before `at`, counting every logged touch:
//
//   HealthReport report = buildHealthReport(ws, now);
//   if (!report.leadsWithoutNextStep.empty()) ...   // must never happen
#pragma once

#include "core/workspace.h"

#include <optional>
#include <vector>

namespace cadence {

// The brief's targets, for display next to the measures.
constexpr double kTargetTouchesPerLeadMin = 5, kTargetTouchesPerLeadMax = 7;
constexpr double kTargetAttemptsToContactMin = 8, kTargetAttemptsToContactMax = 13;
constexpr double kTargetSphereTouchesPer30Days = 3;
constexpr std::int64_t kSpeedToLeadSeconds = 5 * kSecondsPerMinute;
constexpr std::int64_t kGaveUpAfterSeconds = 7 * kSecondsPerDay;

struct HealthOptions {
    // Plans whose members are the sphere of influence. Empty: the plan named kSpherePlanName.
    std::vector<PlanId> spherePlans;
};

struct HealthReport {
    Instant at;
    int leadCount = 0;                    // the population: active leads created at or before `at`
    int touchedLeadCount = 0;             // ... with at least one touch
    int contactedLeadCount = 0;           // ... with at least one reached/replied touch
    double neverContactedShare = 0;       // no touch at all / leadCount
    double gaveUpAfterOneShare = 0;       // one touch, no contact, over 7 days ago / touchedLeadCount
    double touchesPerLead = 0;            // touches / leadCount (target 5-7)
    double attemptsUntilFirstContact = 0; // mean touches up to the first contact, over contacted leads (8-13)
    std::optional<std::int64_t> medianSecondsToFirstTouch; // over touched leads
    double firstTouchWithin5MinShare = 0; // touched within 5 min / leads touched or older than 5 min
    int sphereLeadCount = 0;
    double sphereTouchesLast30Days = 0;       // mean touches in (at - 30 days, at] per sphere lead (target 3)
    double sphereMeetingTargetShare = 0;      // sphere leads with 3 or more such touches
    int overdueCount = 0;                     // pending items due more than kDueNowGrace before `at`
    std::vector<LeadId> leadsWithoutNextStep; // must be empty
};

HealthReport buildHealthReport(const Workspace& workspace, Instant at, const HealthOptions& options = {});

} // namespace cadence

// The plans Cadence ships with, built from the numbers in the product brief. Their step tables
// are written out in docs/default-plans.md and pinned by golden tests.
//
//   for (Plan& plan : defaultPlans()) ws.apply(AddPlan{plan});   // or Workspace::withDefaultPlans
#pragma once

#include "core/plan.h"

#include <string_view>
#include <vector>

namespace cadence {

constexpr std::string_view kNewLeadPlanName = "New lead — relentless 21 days";
constexpr std::string_view kSpherePlanName = "Sphere — 3 touches a month, forever";
constexpr std::string_view kUnderContractPlanName = "Under contract";
constexpr std::string_view kPastClientPlanName = "Past client";
constexpr std::string_view kNurturePlanName = "Long-term nurture";

// The five plans, in that order, with consecutive ids from `firstId` and their follow-on and
// reply links set (New lead -> Long-term nurture, Under contract -> Past client).
std::vector<Plan> defaultPlans(PlanId firstId = PlanId{1});

} // namespace cadence

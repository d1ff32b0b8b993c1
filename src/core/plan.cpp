// Helpers over Plan; see plan.h.
#include "core/plan.h"

#include <algorithm>
#include <array>

namespace cadence {
namespace {
constexpr std::array<std::string_view, 5> kRecurrenceNames = {"every_days", "every_weeks", "every_months",
                                                              "yearly_on_key_date", "yearly_on_date"};
}

std::string_view toString(Recurrence recurrence) {
    return kRecurrenceNames[static_cast<std::size_t>(recurrence)];
}

std::optional<Recurrence> recurrenceFromString(std::string_view name) {
    for (std::size_t i = 0; i < kRecurrenceNames.size(); ++i)
        if (kRecurrenceNames[i] == name) return static_cast<Recurrence>(i);
    return std::nullopt;
}

bool appliesTo(const PlanStep& step, Temperature temperature) {
    return step.onlyFor.empty() ||
           std::find(step.onlyFor.begin(), step.onlyFor.end(), temperature) != step.onlyFor.end();
}

int applicableStepCount(const Plan& plan, Temperature temperature) {
    return static_cast<int>(std::count_if(plan.steps.begin(), plan.steps.end(), [&](const PlanStep& step) {
        return appliesTo(step, temperature);
    }));
}

} // namespace cadence

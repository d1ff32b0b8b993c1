// String names for the enrollment enums; see enrollment.h.
#include "core/enrollment.h"

#include <array>

namespace cadence {
namespace {
constexpr std::array<std::string_view, kEnrollmentStateCount> kStateNames = {"active", "paused", "completed", "stopped"};
constexpr std::array<std::string_view, kEndReasonCount> kEndReasonNames = {
    "none",          "plan_finished", "replied", "stopped_by_user", "moved_to_another_plan",
    "stage_reached", "lead_archived"};
} // namespace

std::string_view toString(EnrollmentState state) {
    return kStateNames[static_cast<std::size_t>(state)];
}
std::string_view toString(EndReason reason) {
    return kEndReasonNames[static_cast<std::size_t>(reason)];
}

std::optional<EnrollmentState> enrollmentStateFromString(std::string_view name) {
    for (std::size_t i = 0; i < kStateNames.size(); ++i)
        if (kStateNames[i] == name) return static_cast<EnrollmentState>(i);
    return std::nullopt;
}

std::optional<EndReason> endReasonFromString(std::string_view name) {
    for (std::size_t i = 0; i < kEndReasonNames.size(); ++i)
        if (kEndReasonNames[i] == name) return static_cast<EndReason>(i);
    return std::nullopt;
}

} // namespace cadence

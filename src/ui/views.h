// The views of the app, in the order of the navigation bar, and what each is called.
#pragma once

#include "ui/empty_state.h"

#include <array>

namespace cadence::ui {

enum class View { Today, Leads, Plans, Templates, Health, Settings };

inline constexpr std::array kAllViews = {View::Today,     View::Leads,  View::Plans,
                                         View::Templates, View::Health, View::Settings};

const char* viewName(View view);
const char* viewIcon(View view);
// Lower-case identifier used in deep links and the automation API ("today", "leads", ...).
const char* viewSlug(View view);
// What the view shows while it has nothing to list.
const EmptyState& viewEmptyState(View view);

} // namespace cadence::ui

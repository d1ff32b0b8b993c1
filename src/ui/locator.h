// Where is the widget labelled "Today"? Browser tests ask this instead of hard-coding coordinates.
//
// Dear ImGui calls its test-engine hooks (IMGUI_ENABLE_TEST_ENGINE, see imgui_config.h) for every
// item it lays out. While the locator is enabled it records each labelled item's rectangle during a
// frame and publishes the list when the next frame starts, so a query always describes what is on
// screen. Disabled (the default), the hooks are not even called.
#pragma once

#include <string>
#include <string_view>

namespace cadence::ui::locator {

void setEnabled(bool enabled);
bool isEnabled();

// Call once per frame before ImGui::NewFrame().
void publishPreviousFrame();

// JSON array of the on-screen items whose label matches: [{"label","window","x","y","w","h","visible",
// "active"}], in CSS pixels; "active" is true for the item ImGui is interacting with now (a text
// field being edited, a button held down). A label matches when it equals the item's visible text (without icons or the
// "##id" suffix) or its full ImGui label.
std::string findJson(std::string_view label);

} // namespace cadence::ui::locator

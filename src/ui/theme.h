// The look of Cadence: colours, spacing and fonts.
//
// Fonts are rasterised at the screen's device-pixel ratio and drawn at 1/ratio scale, so text is
// crisp on high-DPI screens while every layout size stays in CSS pixels. Call buildFonts again
// (and re-upload the atlas) whenever the ratio or the text size changes.
#pragma once

#include <imgui.h>

namespace cadence::ui {

struct Fonts {
    ImFont* body = nullptr;     // text and controls, with icons merged in
    ImFont* small = nullptr;    // captions and the phone's tab names
    ImFont* heading = nullptr;  // section and view titles, with icons merged in
    ImFont* title = nullptr;    // the product name and big numbers
    ImFont* heroIcon = nullptr; // large icons of empty states
};

// Rebuilds the atlas in io.Fonts for `pixelRatio` device pixels per CSS pixel. `textScale` is the
// user's text size (1 = default 15 px body text).
Fonts buildFonts(ImGuiIO& io, float pixelRatio, float textScale);

void applyLightTheme(ImGuiStyle& style);

// Colours the views use beyond ImGui's own palette.
namespace palette {
inline constexpr ImU32 accent = IM_COL32(37, 99, 235, 255);
inline constexpr ImU32 accentSoft = IM_COL32(219, 234, 254, 255);
inline constexpr ImU32 textMuted = IM_COL32(100, 108, 122, 255);
inline constexpr ImU32 barBackground = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 barBorder = IM_COL32(226, 230, 236, 255);
} // namespace palette

} // namespace cadence::ui

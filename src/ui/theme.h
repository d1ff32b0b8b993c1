// The look of Cadence: colours, spacing and the fonts the views draw with (built by FontAtlas,
// see font_atlas.h).
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

enum class ThemeKind { Light, Dark };

// Sets ImGui's style and the palette below for the theme.
void applyTheme(ImGuiStyle& style, ThemeKind kind);
void applyLightTheme(ImGuiStyle& style);
ThemeKind currentTheme();

// Colours the views use beyond ImGui's own palette. Like ImGuiStyle they are one set for the
// whole app, so they live here rather than in every view; applyTheme switches them.
namespace palette {
inline ImU32 accent = IM_COL32(37, 99, 235, 255);
inline ImU32 accentSoft = IM_COL32(219, 234, 254, 255);
inline ImU32 accentText = IM_COL32(255, 255, 255, 255); // on an accent background
inline ImU32 textMuted = IM_COL32(100, 108, 122, 255);
inline ImU32 barBackground = IM_COL32(255, 255, 255, 255);
inline ImU32 barBorder = IM_COL32(226, 230, 236, 255);
inline ImU32 card = IM_COL32(255, 255, 255, 255);
inline ImU32 cardBorder = IM_COL32(226, 230, 236, 255);
inline ImU32 success = IM_COL32(22, 128, 61, 255);
inline ImU32 successSoft = IM_COL32(220, 252, 231, 255);
inline ImU32 warning = IM_COL32(180, 83, 9, 255);
inline ImU32 warningSoft = IM_COL32(255, 237, 213, 255);
inline ImU32 danger = IM_COL32(185, 28, 28, 255);
inline ImU32 dangerSoft = IM_COL32(254, 226, 226, 255);
inline ImU32 hot = IM_COL32(220, 38, 38, 255);
inline ImU32 warm = IM_COL32(217, 119, 6, 255);
inline ImU32 cold = IM_COL32(37, 99, 235, 255);
inline ImU32 neutralSoft = IM_COL32(241, 243, 246, 255);
} // namespace palette

} // namespace cadence::ui

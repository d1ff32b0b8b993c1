// Fonts and colours; see theme.h.
#include "ui/theme.h"

namespace cadence::ui {
namespace {

ThemeKind gTheme = ThemeKind::Light; // mirrors ImGui's global style, set only by applyTheme

void applyMetrics(ImGuiStyle& style) {
    style = ImGuiStyle();
    style.WindowPadding = ImVec2(20, 16);
    style.FramePadding = ImVec2(10, 7);
    style.ItemSpacing = ImVec2(10, 10);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.CellPadding = ImVec2(8, 6);
    style.ScrollbarSize = 12;
    style.GrabMinSize = 12;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1;
    style.PopupBorderSize = 1;
    style.FrameBorderSize = 1;
    style.WindowRounding = 8;
    style.ChildRounding = 8;
    style.FrameRounding = 6;
    style.PopupRounding = 8;
    style.ScrollbarRounding = 6;
    style.GrabRounding = 6;
    style.TabRounding = 6;
}

} // namespace

ThemeKind currentTheme() {
    return gTheme;
}

void applyTheme(ImGuiStyle& style, ThemeKind kind) {
    if (kind == ThemeKind::Light) {
        applyLightTheme(style);
        return;
    }
    gTheme = ThemeKind::Dark;
    applyMetrics(style);
    ImVec4* colors = style.Colors;
    auto rgb = [](int r, int g, int b, float a = 1.0f) {
        return ImVec4(r / 255.0f, g / 255.0f, b / 255.0f, a);
    };
    colors[ImGuiCol_Text] = rgb(229, 231, 235);
    colors[ImGuiCol_TextDisabled] = rgb(140, 148, 160);
    colors[ImGuiCol_WindowBg] = rgb(17, 20, 26);
    colors[ImGuiCol_ChildBg] = rgb(26, 30, 38);
    colors[ImGuiCol_PopupBg] = rgb(30, 34, 43);
    colors[ImGuiCol_Border] = rgb(52, 58, 70);
    colors[ImGuiCol_BorderShadow] = rgb(0, 0, 0, 0);
    colors[ImGuiCol_FrameBg] = rgb(30, 35, 44);
    colors[ImGuiCol_FrameBgHovered] = rgb(38, 45, 58);
    colors[ImGuiCol_FrameBgActive] = rgb(44, 53, 70);
    colors[ImGuiCol_TitleBg] = rgb(17, 20, 26);
    colors[ImGuiCol_TitleBgActive] = rgb(26, 30, 38);
    colors[ImGuiCol_MenuBarBg] = rgb(26, 30, 38);
    colors[ImGuiCol_ScrollbarBg] = rgb(0, 0, 0, 0);
    colors[ImGuiCol_ScrollbarGrab] = rgb(64, 72, 86);
    colors[ImGuiCol_ScrollbarGrabHovered] = rgb(84, 93, 110);
    colors[ImGuiCol_ScrollbarGrabActive] = rgb(104, 114, 132);
    colors[ImGuiCol_CheckMark] = rgb(96, 165, 250);
    colors[ImGuiCol_SliderGrab] = rgb(96, 165, 250);
    colors[ImGuiCol_SliderGrabActive] = rgb(59, 130, 246);
    colors[ImGuiCol_Button] = rgb(32, 37, 47);
    colors[ImGuiCol_ButtonHovered] = rgb(42, 49, 62);
    colors[ImGuiCol_ButtonActive] = rgb(52, 61, 78);
    colors[ImGuiCol_Header] = rgb(30, 58, 110);
    colors[ImGuiCol_HeaderHovered] = rgb(36, 44, 60);
    colors[ImGuiCol_HeaderActive] = rgb(37, 68, 128);
    colors[ImGuiCol_Separator] = rgb(52, 58, 70);
    colors[ImGuiCol_ResizeGrip] = rgb(0, 0, 0, 0);
    colors[ImGuiCol_Tab] = rgb(26, 30, 38);
    colors[ImGuiCol_TabHovered] = rgb(36, 44, 60);
    colors[ImGuiCol_TabActive] = rgb(30, 58, 110);
    colors[ImGuiCol_TableHeaderBg] = rgb(30, 35, 44);
    colors[ImGuiCol_TableBorderStrong] = rgb(52, 58, 70);
    colors[ImGuiCol_TableBorderLight] = rgb(40, 45, 55);
    colors[ImGuiCol_TableRowBg] = rgb(26, 30, 38);
    colors[ImGuiCol_TableRowBgAlt] = rgb(29, 33, 42);
    colors[ImGuiCol_TextSelectedBg] = rgb(96, 165, 250, 0.35f);
    colors[ImGuiCol_NavHighlight] = rgb(96, 165, 250);
    colors[ImGuiCol_ModalWindowDimBg] = rgb(0, 0, 0, 0.55f);

    palette::accent = IM_COL32(96, 165, 250, 255);
    palette::accentSoft = IM_COL32(30, 58, 110, 255);
    palette::accentText = IM_COL32(10, 14, 22, 255);
    palette::textMuted = IM_COL32(148, 156, 170, 255);
    palette::barBackground = IM_COL32(22, 26, 33, 255);
    palette::barBorder = IM_COL32(46, 52, 64, 255);
    palette::card = IM_COL32(26, 30, 38, 255);
    palette::cardBorder = IM_COL32(46, 52, 64, 255);
    palette::success = IM_COL32(74, 222, 128, 255);
    palette::successSoft = IM_COL32(20, 60, 38, 255);
    palette::warning = IM_COL32(251, 191, 36, 255);
    palette::warningSoft = IM_COL32(70, 46, 12, 255);
    palette::danger = IM_COL32(248, 113, 113, 255);
    palette::dangerSoft = IM_COL32(76, 24, 24, 255);
    palette::hot = IM_COL32(248, 113, 113, 255);
    palette::warm = IM_COL32(251, 191, 36, 255);
    palette::cold = IM_COL32(96, 165, 250, 255);
    palette::neutralSoft = IM_COL32(36, 41, 51, 255);
}

void applyLightTheme(ImGuiStyle& style) {
    gTheme = ThemeKind::Light;
    applyMetrics(style);
    palette::accent = IM_COL32(37, 99, 235, 255);
    palette::accentSoft = IM_COL32(219, 234, 254, 255);
    palette::accentText = IM_COL32(255, 255, 255, 255);
    palette::textMuted = IM_COL32(100, 108, 122, 255);
    palette::barBackground = IM_COL32(255, 255, 255, 255);
    palette::barBorder = IM_COL32(226, 230, 236, 255);
    palette::card = IM_COL32(255, 255, 255, 255);
    palette::cardBorder = IM_COL32(226, 230, 236, 255);
    palette::success = IM_COL32(22, 128, 61, 255);
    palette::successSoft = IM_COL32(220, 252, 231, 255);
    palette::warning = IM_COL32(180, 83, 9, 255);
    palette::warningSoft = IM_COL32(255, 237, 213, 255);
    palette::danger = IM_COL32(185, 28, 28, 255);
    palette::dangerSoft = IM_COL32(254, 226, 226, 255);
    palette::hot = IM_COL32(220, 38, 38, 255);
    palette::warm = IM_COL32(217, 119, 6, 255);
    palette::cold = IM_COL32(37, 99, 235, 255);
    palette::neutralSoft = IM_COL32(241, 243, 246, 255);

    ImVec4* colors = style.Colors;
    auto rgb = [](int r, int g, int b, float a = 1.0f) {
        return ImVec4(r / 255.0f, g / 255.0f, b / 255.0f, a);
    };
    colors[ImGuiCol_Text] = rgb(23, 27, 34);
    colors[ImGuiCol_TextDisabled] = rgb(120, 128, 140);
    colors[ImGuiCol_WindowBg] = rgb(246, 247, 249);
    colors[ImGuiCol_ChildBg] = rgb(255, 255, 255);
    colors[ImGuiCol_PopupBg] = rgb(255, 255, 255);
    colors[ImGuiCol_Border] = rgb(222, 226, 232);
    colors[ImGuiCol_BorderShadow] = rgb(0, 0, 0, 0);
    colors[ImGuiCol_FrameBg] = rgb(255, 255, 255);
    colors[ImGuiCol_FrameBgHovered] = rgb(241, 245, 255);
    colors[ImGuiCol_FrameBgActive] = rgb(232, 239, 255);
    colors[ImGuiCol_TitleBg] = rgb(246, 247, 249);
    colors[ImGuiCol_TitleBgActive] = rgb(236, 239, 244);
    colors[ImGuiCol_MenuBarBg] = rgb(255, 255, 255);
    colors[ImGuiCol_ScrollbarBg] = rgb(0, 0, 0, 0);
    colors[ImGuiCol_ScrollbarGrab] = rgb(200, 205, 214);
    colors[ImGuiCol_ScrollbarGrabHovered] = rgb(170, 177, 189);
    colors[ImGuiCol_ScrollbarGrabActive] = rgb(140, 148, 162);
    colors[ImGuiCol_CheckMark] = rgb(37, 99, 235);
    colors[ImGuiCol_SliderGrab] = rgb(37, 99, 235);
    colors[ImGuiCol_SliderGrabActive] = rgb(29, 78, 216);
    colors[ImGuiCol_Button] = rgb(255, 255, 255);
    colors[ImGuiCol_ButtonHovered] = rgb(239, 243, 250);
    colors[ImGuiCol_ButtonActive] = rgb(226, 233, 245);
    colors[ImGuiCol_Header] = rgb(219, 234, 254);
    colors[ImGuiCol_HeaderHovered] = rgb(236, 242, 252);
    colors[ImGuiCol_HeaderActive] = rgb(209, 226, 252);
    colors[ImGuiCol_Separator] = rgb(226, 230, 236);
    colors[ImGuiCol_ResizeGrip] = rgb(0, 0, 0, 0);
    colors[ImGuiCol_Tab] = rgb(255, 255, 255);
    colors[ImGuiCol_TabHovered] = rgb(236, 242, 252);
    colors[ImGuiCol_TabActive] = rgb(219, 234, 254);
    colors[ImGuiCol_TableHeaderBg] = rgb(243, 245, 248);
    colors[ImGuiCol_TableBorderStrong] = rgb(222, 226, 232);
    colors[ImGuiCol_TableBorderLight] = rgb(236, 239, 243);
    colors[ImGuiCol_TableRowBg] = rgb(255, 255, 255);
    colors[ImGuiCol_TableRowBgAlt] = rgb(250, 251, 253);
    colors[ImGuiCol_TextSelectedBg] = rgb(37, 99, 235, 0.25f);
    colors[ImGuiCol_NavHighlight] = rgb(37, 99, 235);
    colors[ImGuiCol_ModalWindowDimBg] = rgb(15, 23, 42, 0.35f);
}

} // namespace cadence::ui

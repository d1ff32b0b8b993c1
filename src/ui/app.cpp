// See app.h. Wide screens get a top bar with the product name and labelled tabs; narrow (phone)
// screens get a bottom tab bar within thumb reach, with larger targets.
#include "ui/app.h"

#include "ui/view_context.h"

#include <nlohmann/json.hpp>

namespace cadence::ui {
namespace {

constexpr float kNarrowWidth = 700.0f;
constexpr ImGuiWindowFlags kFixedWindow = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                          ImGuiWindowFlags_NoSavedSettings |
                                          ImGuiWindowFlags_NoBringToFrontOnFocus;

// One navigation tab: icon and name side by side on the top bar; on the phone's bottom bar the
// icon sits above a smaller name so that six tabs fit in 320 px. Returns true when clicked.
bool navigationTab(const Fonts& fonts, View view, bool selected, const ImVec2& size, bool stacked) {
    ImGui::PushID(static_cast<int>(view));
    const ImU32 textColour = selected ? palette::accent : palette::textMuted;
    ImGui::PushStyleColor(ImGuiCol_Button, selected ? palette::accentSoft : IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Text, textColour);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    bool clicked = false;
    if (stacked) {
        ImGui::PushFont(fonts.small);
        ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.5f, 0.88f));
        clicked = ImGui::Button(viewName(view), size);
        ImGui::PopStyleVar();
        ImGui::PopFont();
        const ImVec2 min = ImGui::GetItemRectMin();
        const float iconSize = fonts.heading->FontSize * fonts.heading->Scale * ImGui::GetIO().FontGlobalScale;
        const ImVec2 iconExtent = fonts.heading->CalcTextSizeA(iconSize, FLT_MAX, 0.0f, viewIcon(view));
        ImGui::GetWindowDrawList()->AddText(fonts.heading, iconSize,
                                            ImVec2(min.x + (size.x - iconExtent.x) * 0.5f, min.y + size.y * 0.16f),
                                            textColour, viewIcon(view));
    } else {
        const std::string label = std::string(viewIcon(view)) + "  " + viewName(view);
        clicked = ImGui::Button(label.c_str(), size);
    }
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    ImGui::PopID();
    return clicked;
}

} // namespace

void App::draw() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const bool narrow = viewport->Size.x < kNarrowWidth;
    const float barHeight = narrow ? 64.0f : 56.0f;
    drawNavigation(narrow, barHeight);
    drawContent(narrow, narrow ? 0.0f : barHeight, narrow ? barHeight : 0.0f);
}

void App::drawNavigation(bool narrow, float barHeight) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const ImVec2 position(viewport->Pos.x, narrow ? viewport->Pos.y + viewport->Size.y - barHeight : viewport->Pos.y);
    ImGui::SetNextWindowPos(position);
    ImGui::SetNextWindowSize(ImVec2(viewport->Size.x, barHeight));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, palette::barBackground);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, narrow ? ImVec2(4, 4) : ImVec2(16, 10));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::Begin("Navigation", nullptr, kFixedWindow);

    // A hairline between the bar and the content.
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    const float edgeY = narrow ? position.y : position.y + barHeight - 1.0f;
    drawList->PushClipRectFullScreen(); // the line runs under the window's padding too
    drawList->AddLine(ImVec2(position.x, edgeY), ImVec2(position.x + viewport->Size.x, edgeY), palette::barBorder);
    drawList->PopClipRect();

    if (narrow) {
        const float tabWidth = (viewport->Size.x - 8.0f) / static_cast<float>(kAllViews.size());
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
        for (View view : kAllViews) {
            if (view != kAllViews.front()) ImGui::SameLine();
            if (navigationTab(fonts_, view, view == view_, ImVec2(tabWidth, barHeight - 8.0f), true)) view_ = view;
        }
        ImGui::PopStyleVar();
    } else {
        ImGui::PushFont(fonts_.title);
        ImGui::PushStyleColor(ImGuiCol_Text, palette::accent);
        ImGui::SetCursorPosY((barHeight - ImGui::GetFontSize()) * 0.5f);
        ImGui::TextUnformatted("Cadence");
        ImGui::PopStyleColor();
        ImGui::PopFont();
        ImGui::SameLine(0.0f, 32.0f);
        const float tabHeight = barHeight - 20.0f;
        ImGui::SetCursorPosY((barHeight - tabHeight) * 0.5f);
        for (View view : kAllViews) {
            if (view != kAllViews.front()) ImGui::SameLine(0.0f, 4.0f);
            if (navigationTab(fonts_, view, view == view_, ImVec2(0.0f, tabHeight), false)) view_ = view;
        }
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
}

void App::drawContent(bool narrow, float top, float bottom) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x, viewport->Pos.y + top));
    ImGui::SetNextWindowSize(ImVec2(viewport->Size.x, viewport->Size.y - top - bottom));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    if (narrow) ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14, 14));
    ImGui::Begin("Content", nullptr, kFixedWindow & ~ImGuiWindowFlags_NoScrollWithMouse);

    if (narrow) {
        ImGui::PushFont(fonts_.heading);
        ImGui::TextUnformatted(viewName(view_));
        ImGui::PopFont();
    }
    const ViewContext context{platform_, document_, fonts_, narrow};
    switch (view_) {
    case View::Leads: leads_.draw(context); break;
    default: drawEmptyState(fonts_, viewEmptyState(view_)); break;
    }

    ImGui::End();
    ImGui::PopStyleVar(narrow ? 2 : 1);
}

std::string App::snapshotJson() const {
    return nlohmann::json{{"view", viewSlug(view_)}, {"leadsSearch", leads_.searchText()}}.dump();
}

} // namespace cadence::ui

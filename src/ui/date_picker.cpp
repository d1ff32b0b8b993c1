// See date_picker.h.
#include "ui/date_picker.h"

#include "icons.h"
#include "ui/format.h"
#include "ui/theme.h"

#include <imgui.h>

#include <string>

namespace cadence::ui {
namespace {

constexpr Weekday kWeekOrder[] = {Weekday::Monday,   Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday,
                                  Weekday::Friday,   Weekday::Saturday, Weekday::Sunday};

// Column of a day in a Monday-first week.
int mondayColumn(CivilDate date) {
    return (static_cast<int>(weekdayOf(date)) + 6) % 7;
}

} // namespace

bool DatePicker::draw(const char* id, std::optional<CivilDate>& selected, CivilDate earliest) {
    if (!shown_) showMonthOf(selected.value_or(earliest));
    CivilDate& month = *shown_;
    bool picked = false;
    ImGui::PushID(id);

    const ImGuiStyle& style = ImGui::GetStyle();
    const float cell = std::max(ImGui::GetFrameHeight() + 4.0f, 34.0f);
    const float gridWidth = cell * 7.0f;
    const float start = ImGui::GetCursorPosX();

    // Month title between the arrows.
    const bool canGoBack = CivilDate{earliest.year, earliest.month, 1} < month;
    ImGui::BeginDisabled(!canGoBack);
    if (ImGui::Button(ICON_CHEVRON_LEFT "##Previous month", ImVec2(cell, 0))) month = addMonths(month, -1);
    ImGui::EndDisabled();
    const std::string title = std::string(monthName(month.month)) + " " + std::to_string(month.year);
    ImGui::SameLine(start + (gridWidth - ImGui::CalcTextSize(title.c_str()).x) * 0.5f);
    ImGui::TextUnformatted(title.c_str());
    ImGui::SameLine(start + gridWidth - cell);
    if (ImGui::Button(ICON_CHEVRON_RIGHT "##Next month", ImVec2(cell, 0))) month = addMonths(month, 1);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    for (int column = 0; column < 7; ++column) {
        const char* name = weekdayName(kWeekOrder[column]);
        const float x = origin.x + cell * static_cast<float>(column) + (cell - ImGui::CalcTextSize(name).x) * 0.5f;
        draw->AddText(ImVec2(x, origin.y), palette::textMuted, name);
    }
    const float headerHeight = ImGui::GetTextLineHeight() + style.ItemSpacing.y;
    const int days = daysInMonth(month.year, month.month);
    const int firstColumn = mondayColumn(month);
    for (int day = 1; day <= days; ++day) {
        const CivilDate date{month.year, month.month, day};
        const int index = firstColumn + day - 1;
        const ImVec2 topLeft(origin.x + cell * static_cast<float>(index % 7),
                             origin.y + headerHeight + cell * static_cast<float>(index / 7));
        ImGui::SetCursorScreenPos(topLeft);
        const std::string label = "##" + formatIsoDay(date);
        const bool enabled = !(date < earliest);
        // A frameless button (not InvisibleButton) so the locator learns its label.
        ImGui::BeginDisabled(!enabled);
        ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(0, 0, 0, 0));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, IM_COL32(0, 0, 0, 0));
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, IM_COL32(0, 0, 0, 0));
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
        if (ImGui::Button(label.c_str(), ImVec2(cell, cell))) {
            selected = date;
            picked = true;
        }
        ImGui::PopStyleVar();
        ImGui::PopStyleColor(3);
        ImGui::EndDisabled();
        const bool isSelected = selected && *selected == date, hovered = enabled && ImGui::IsItemHovered();
        const ImVec2 centre(topLeft.x + cell * 0.5f, topLeft.y + cell * 0.5f);
        const float radius = cell * 0.5f - 2.0f;
        if (isSelected)
            draw->AddCircleFilled(centre, radius, palette::accent, 24);
        else if (hovered)
            draw->AddCircleFilled(centre, radius, palette::accentSoft, 24);
        if (date == earliest && !isSelected) draw->AddCircle(centre, radius, palette::accent, 24, 1.5f);
        const std::string number = std::to_string(day);
        const ImVec2 size = ImGui::CalcTextSize(number.c_str());
        const ImU32 colour = isSelected ? palette::accentText
                             : enabled  ? ImGui::GetColorU32(ImGuiCol_Text)
                                        : ImGui::GetColorU32(ImGuiCol_TextDisabled);
        draw->AddText(ImVec2(centre.x - size.x * 0.5f, centre.y - size.y * 0.5f), colour, number.c_str());
    }
    // Reserve the grid's full height (six rows at most) so the popup does not jump between months.
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + headerHeight + cell * 6.0f));
    ImGui::Dummy(ImVec2(gridWidth, 0.0f));
    ImGui::PopID();
    return picked;
}

} // namespace cadence::ui

// See widgets.h.
#include "ui/widgets.h"

#include "icons.h"

#include <string>

namespace cadence::ui {

bool primaryButton(const char* label, const ImVec2& size) {
    ImGui::PushStyleColor(ImGuiCol_Button, palette::accent);
    ImVec4 hovered = ImGui::ColorConvertU32ToFloat4(palette::accent);
    hovered.x *= 0.88f, hovered.y *= 0.88f, hovered.z *= 0.92f;
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, hovered);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, hovered);
    ImGui::PushStyleColor(ImGuiCol_Text, palette::accentText);
    ImGui::PushStyleColor(ImGuiCol_Border, palette::accent);
    const bool pressed = ImGui::Button(label, size);
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopStyleColor(5);
    return pressed;
}

bool quietButton(const char* label, const ImVec2& size) {
    ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    const bool pressed = ImGui::Button(label, size);
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    return pressed;
}

void chip(const char* text, ImU32 background, ImU32 foreground) {
    const ImVec2 textSize = ImGui::CalcTextSize(text);
    const ImVec2 padding(8.0f, 2.0f);
    const ImVec2 size(textSize.x + padding.x * 2, textSize.y + padding.y * 2);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    // Centre on the current line when it is taller (a button row).
    ImGui::Dummy(size);
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), background, size.y * 0.5f);
    list->AddText(ImVec2(pos.x + padding.x, pos.y + padding.y), foreground, text);
}

bool beginLabelledCombo(const char* label, const char* preview, ImGuiComboFlags flags) {
    const ImGuiID id = ImGui::GetID(label); // before the popup's window changes the ID stack
    const bool open = ImGui::BeginCombo(label, preview, flags);
    [[maybe_unused]] ImGuiContext& g = *GImGui; // the hook macro expects it
    IMGUI_TEST_ENGINE_ITEM_INFO(id, label, 0);
    return open;
}

void labelledTableHeadersRow() {
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int column = 0; column < ImGui::TableGetColumnCount(); ++column) {
        if (!ImGui::TableSetColumnIndex(column)) continue;
        const char* name = ImGui::TableGetColumnName(column);
        ImGui::PushID(column);
        ImGui::TableHeader(name);
        ImGui::PopID();
        [[maybe_unused]] ImGuiContext& g = *GImGui; // the hook macro expects it
        IMGUI_TEST_ENGINE_ITEM_INFO(ImGui::GetItemID(), name, 0);
    }
}

void problemText(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::danger);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted((ICON_WARNING "  " + text).c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

void mutedText(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::textMuted);
    if (ImGui::GetCurrentWindow()->DC.TextWrapPos >= 0.0f)
        ImGui::TextWrapped("%s", text); // honour a wrap position the caller pushed
    else
        ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
}

void mutedTextWrapped(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::textMuted);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

void sectionHeader(const char* title, int count, ImU32 colour) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(title);
    ImGui::PopStyleColor();
    if (count >= 0) {
        ImGui::SameLine();
        const std::string number = std::to_string(count);
        ImVec4 soft = ImGui::ColorConvertU32ToFloat4(colour);
        soft.w = 0.14f;
        chip(number.c_str(), ImGui::ColorConvertFloat4ToU32(soft), colour);
    }
}

bool segmented(const char* id, const char* const* labels, int count, int* value, float itemWidth) {
    bool changed = false;
    ImGui::PushID(id);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(4.0f, 4.0f));
    for (int i = 0; i < count; ++i) {
        if (i > 0) ImGui::SameLine();
        const bool selected = *value == i;
        ImGui::PushStyleColor(ImGuiCol_Button, selected ? palette::accentSoft : palette::card);
        ImGui::PushStyleColor(ImGuiCol_Border, selected ? palette::accent : palette::cardBorder);
        ImGui::PushStyleColor(ImGuiCol_Text, selected ? palette::accent : ImGui::GetColorU32(ImGuiCol_Text));
        if (ImGui::Button(labels[i], ImVec2(itemWidth, 0))) {
            changed = *value != i;
            *value = i;
        }
        ImGui::PopStyleColor(3);
    }
    ImGui::PopStyleVar();
    ImGui::PopID();
    return changed;
}

void heading(const Fonts& fonts, const char* text) {
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

Card beginCard(float padding) {
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->ChannelsSplit(2);
    list->ChannelsSetCurrent(1);
    Card card;
    card.padding = padding;
    card.start = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(card.start.x + padding, card.start.y + padding));
    ImGui::BeginGroup();
    return card;
}

ImRect endCard(const Card& card, bool selected, ImU32 stripe) {
    ImGui::EndGroup();
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const ImRect rect(card.start, ImVec2(right, ImGui::GetItemRectMax().y + card.padding));
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->ChannelsSetCurrent(0);
    list->AddRectFilled(rect.Min, rect.Max, palette::card, 10.0f);
    list->AddRect(rect.Min, rect.Max, selected ? palette::accent : palette::cardBorder, 10.0f, 0,
                  selected ? 2.0f : 1.0f);
    if (stripe)
        list->AddRectFilled(ImVec2(rect.Min.x + 1, rect.Min.y + 8), ImVec2(rect.Min.x + 5, rect.Max.y - 8),
                            stripe, 2.0f);
    list->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(card.start.x, rect.Max.y));
    ImGui::Dummy(ImVec2(0, 0));
    return rect;
}

bool cardButton(const char* label, const ImVec2& size) {
    ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    const bool pressed = ImGui::Button(label, size);
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(4);
    return pressed;
}

bool backgroundClicked(const ImRect& rect) {
    return ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) &&
           ImGui::IsMouseHoveringRect(rect.Min, rect.Max) && ImGui::IsMouseClicked(0) &&
           !ImGui::IsAnyItemHovered();
}

} // namespace cadence::ui

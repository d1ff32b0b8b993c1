// See smart_lists.h.
#include "ui/smart_lists.h"

#include "icons.h"
#include "ui/format.h"
#include "ui/text_input.h"
#include "ui/widgets.h"

#include <imgui.h>

namespace cadence::ui {

SavedLeadList savedListFrom(const LeadFilter& filter, std::string name) {
    SavedLeadList list;
    list.name = std::move(name);
    list.search = filter.search;
    for (std::size_t i = 0; i < kStageCount; ++i)
        if (filter.stages[i]) list.stages.push_back(static_cast<Stage>(i));
    for (std::size_t i = 0; i < kTemperatureCount; ++i)
        if (filter.temperatures[i]) list.temperatures.push_back(static_cast<Temperature>(i));
    list.tag = filter.tag;
    list.planId = filter.plan;
    list.noTouchDays = filter.noTouchDays;
    list.neverContacted = filter.neverContacted;
    return list;
}

LeadFilter filterFrom(const SavedLeadList& list) {
    LeadFilter filter;
    filter.search = list.search;
    for (Stage stage : list.stages)
        filter.stages[static_cast<std::size_t>(stage)] = true;
    for (Temperature temperature : list.temperatures)
        filter.temperatures[static_cast<std::size_t>(temperature)] = true;
    filter.tag = list.tag;
    filter.plan = list.planId;
    filter.noTouchDays = list.noTouchDays;
    filter.neverContacted = list.neverContacted;
    return filter;
}

std::string describeFilter(const LeadFilter& filter, const Workspace& ws) {
    std::string text;
    const auto add = [&](const std::string& part) { text += (text.empty() ? "" : " · ") + part; };
    if (!filter.search.empty()) add("\"" + filter.search + "\"");
    for (std::size_t i = 0; i < kTemperatureCount; ++i)
        if (filter.temperatures[i]) add(temperatureLabel(static_cast<Temperature>(i)));
    for (std::size_t i = 0; i < kStageCount; ++i)
        if (filter.stages[i]) add(stageLabel(static_cast<Stage>(i)));
    if (!filter.tag.empty()) add("#" + filter.tag);
    if (filter.plan)
        if (const Plan* plan = ws.plan(*filter.plan)) add(plan->name);
    if (filter.noTouchDays > 0) add("No touch in " + std::to_string(filter.noTouchDays) + " days");
    if (filter.neverContacted) add("Never contacted");
    if (text.size() > kMaxSavedListNameBytes) {
        std::size_t cut = kMaxSavedListNameBytes - 3;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut; // whole characters
        text = text.substr(0, cut) + "...";
    }
    return text;
}

void SmartListBar::save(const ViewContext& context, const LeadFilter& filter) {
    Settings settings = context.editor.workspace().settings();
    settings.savedLists.push_back(savedListFrom(filter, name_));
    if (auto applied = context.editor.apply(EditSettings{settings, context.now})) {
        context.navigator.notify("Saved the smart list \"" + name_ + "\"", 1);
        ImGui::CloseCurrentPopup();
    } else {
        problem_ = applied.error().reason;
    }
}

void SmartListBar::drawSavePopup(const ViewContext& context, const LeadFilter& filter) {
    if (!ImGui::BeginPopup("Save smart list")) return;
    mutedText("Name this list");
    ImGui::SetNextItemWidth(280);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    inputTextWithHint("##Smart list name", "e.g. Hot, quiet for a week", name_);
    if (!problem_.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette::danger);
        ImGui::TextUnformatted(problem_.c_str());
        ImGui::PopStyleColor();
    }
    if (primaryButton(ICON_CHECK "  Save list") || ImGui::IsKeyPressed(13, false)) save(context, filter);
    ImGui::SameLine();
    if (ImGui::Button("Cancel##smart list")) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void SmartListBar::draw(const ViewContext& context, LeadFilter& filter) {
    const Workspace& ws = context.editor.workspace();
    const std::vector<SavedLeadList>& lists = ws.settings().savedLists;
    const bool canSave = filter.any() && !filter.ids;
    if (lists.empty() && !canSave) return;

    ImGui::AlignTextToFramePadding();
    mutedText(ICON_LIST "  Smart lists");
    const float right = ImGui::GetWindowContentRegionMax().x;
    const ImGuiStyle& style = ImGui::GetStyle();
    const auto flowSameLine = [&](const char* label) {
        const float width = ImGui::CalcTextSize(label, nullptr, true).x + style.FramePadding.x * 2;
        ImGui::SameLine();
        if (ImGui::GetCursorPosX() + width > right) ImGui::NewLine();
    };

    LeadFilter shown = filter;
    shown.idsLabel.clear(); // left over from a Health view filter that was cleared
    std::optional<std::size_t> active;
    for (std::size_t i = 0; i < lists.size(); ++i) {
        const bool inUse = !filter.ids && filterFrom(lists[i]) == shown;
        if (inUse) active = i;
        const std::string label = lists[i].name + "##smart" + std::to_string(i);
        flowSameLine(label.c_str());
        ImGui::PushStyleColor(ImGuiCol_Button, inUse ? palette::accentSoft : palette::neutralSoft);
        ImGui::PushStyleColor(ImGuiCol_Text, inUse ? palette::accent : ImGui::GetColorU32(ImGuiCol_Text));
        ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, ImGui::GetFrameHeight() * 0.5f);
        if (ImGui::Button(label.c_str())) filter = inUse ? LeadFilter{} : filterFrom(lists[i]);
        ImGui::PopStyleVar();
        ImGui::PopStyleColor(2);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", inUse ? "Click again to show every lead"
                                          : describeFilter(filterFrom(lists[i]), ws).c_str());
    }
    if (active) {
        flowSameLine(ICON_TRASH "##Delete smart list");
        if (quietButton(ICON_TRASH "##Delete smart list")) {
            Settings settings = ws.settings();
            const std::string name = settings.savedLists[*active].name;
            settings.savedLists.erase(settings.savedLists.begin() + static_cast<std::ptrdiff_t>(*active));
            if (context.editor.apply(EditSettings{settings, context.now}))
                context.navigator.notify("Deleted the smart list \"" + name + "\"", 1);
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Delete this smart list (the leads stay)");
    } else if (canSave) {
        flowSameLine(ICON_ADD "  Save as smart list");
        if (quietButton(ICON_ADD "  Save as smart list")) {
            name_ = describeFilter(filter, ws);
            problem_.clear();
            ImGui::OpenPopup("Save smart list");
        }
    }
    drawSavePopup(context, filter);
}

} // namespace cadence::ui

// See help_overlay.h.
#include "ui/help_overlay.h"

#include "icons.h"
#include "ui/widgets.h"

#include <algorithm>
#include <string>

namespace cadence::ui {
namespace {

void keyRow(const char* keys, const char* what) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushStyleColor(ImGuiCol_Text, palette::accent);
    ImGui::TextUnformatted(keys);
    ImGui::PopStyleColor();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(what);
}

} // namespace

void HelpOverlay::draw(const Fonts& fonts, bool mac) {
    if (openRequested_) {
        ImGui::OpenPopup("Keyboard shortcuts");
        openRequested_ = false;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(520.0f, viewport->Size.x - 24.0f), 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(22, 18));
    const bool open = ImGui::BeginPopupModal("Keyboard shortcuts", nullptr,
                                             ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize |
                                                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar();
    if (!open) return;
    heading(fonts, ICON_KEYBOARD "  Keyboard shortcuts");
    const std::string mod = mac ? "Cmd" : "Ctrl";
    const std::string undo = mod + "+Z", redo = "Shift+" + mod + "+Z", add = "N  or  " + mod + "+K";
    if (ImGui::BeginTable("shortcuts", 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn("keys", ImGuiTableColumnFlags_WidthFixed, 150.0f);
        ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthStretch);
        keyRow(add.c_str(), "Add a lead, from anywhere");
        keyRow(undo.c_str(), "Undo the last change");
        keyRow(redo.c_str(), "Redo");
        keyRow("J / K,  Down / Up", "Today: next / previous touch");
        keyRow("Enter", "Today: call, text or email (opens your phone's app)");
        keyRow("1 - 4", "Today: log the outcome (reached, voicemail, ...)");
        keyRow("S", "Today: snooze the selected touch");
        keyRow("O", "Today: open the lead");
        keyRow("/", "Leads: search");
        keyRow("Esc", "Close a panel or dialog");
        keyRow("?", "This list");
        ImGui::EndTable();
    }
    ImGui::Spacing();
    if (primaryButton("Got it", ImVec2(-1, 0)) || ImGui::IsKeyPressed(27, false)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

} // namespace cadence::ui

// See storage_notices.h.
#include "ui/storage_notices.h"

#include "icons.h"
#include "ui/empty_state.h"

#include <cstdio>
#include <string>

namespace cadence::ui {
namespace {

using State = SaveStatus::State;

struct Indicator {
    const char* icon;
    const char* text;
    ImU32 colour;
};

Indicator indicatorFor(State state) {
    switch (state) {
    case State::Loading: return {ICON_REFRESH, "Opening…", palette::textMuted};
    case State::Saved: return {ICON_CHECK, "Saved", IM_COL32(22, 128, 61, 255)};
    case State::Saving: return {ICON_REFRESH, "Saving…", palette::textMuted};
    case State::Failed: return {ICON_WARNING, "Not saved", IM_COL32(185, 28, 28, 255)};
    case State::QuotaExceeded: return {ICON_WARNING, "Storage full", IM_COL32(185, 28, 28, 255)};
    case State::ReadOnly: return {ICON_LOCK, "Read-only", IM_COL32(180, 83, 9, 255)};
    case State::Refused: return {ICON_WARNING, "Cannot open data", IM_COL32(185, 28, 28, 255)};
    }
    return {ICON_CHECK, "", palette::textMuted};
}

} // namespace

int noticeBanner(const char* icon, const std::string& message, ImU32 background, ImU32 border,
                 const char* firstButton, const char* secondButton) {
    int pressed = 0;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, background);
    ImGui::PushStyleColor(ImGuiCol_Border, border);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14, 10));
    const float textWidth = ImGui::GetContentRegionAvail().x - 28.0f;
    const float height = ImGui::CalcTextSize(message.c_str(), nullptr, false, textWidth - 30.0f).y +
                         (firstButton ? ImGui::GetFrameHeightWithSpacing() : 0.0f) + 24.0f;
    ImGui::BeginChild(message.c_str(), ImVec2(0, height), true, ImGuiWindowFlags_NoScrollbar);
    ImGui::TextUnformatted(icon);
    ImGui::SameLine();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(message.c_str());
    ImGui::PopTextWrapPos();
    if (firstButton && ImGui::Button(firstButton)) pressed = 1;
    if (secondButton) {
        ImGui::SameLine();
        if (ImGui::Button(secondButton)) pressed = 2;
    }
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    return pressed;
}

namespace {

// A dialog the user cannot click past: the data is at stake.
void blockingDialog(const char* id, const char* title, const std::string& message, Document& document,
                    bool offerRetry, const Fonts& fonts) {
    if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(480.0f, viewport->Size.x - 24.0f), 0.0f));
    if (!ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove |
                                                 ImGuiWindowFlags_AlwaysAutoResize))
        return;
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(message.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (ImGui::Button(ICON_DOWNLOAD "  Download backup")) document.downloadBackup();
    if (offerRetry) {
        ImGui::SameLine();
        if (ImGui::Button(ICON_REFRESH "  Try again")) document.retrySaving();
    }
    ImGui::EndPopup();
}

} // namespace

float drawSaveIndicator(const Document& document, bool measureOnly) {
    const Indicator indicator = indicatorFor(document.saveStatus().state);
    const std::string label = std::string(indicator.icon) + "  " + indicator.text;
    const float width = ImGui::CalcTextSize(label.c_str()).x;
    if (measureOnly) return width;
    ImGui::PushStyleColor(ImGuiCol_Text, indicator.colour);
    ImGui::TextUnformatted(label.c_str());
    ImGui::PopStyleColor();
    const SaveStatus status = document.saveStatus();
    if (!status.detail.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", status.detail.c_str());
    return width;
}

void drawStorageNotices(Document& document, const Fonts& fonts) {
    const SaveStatus status = document.saveStatus();
    switch (status.state) {
    case State::ReadOnly:
        if (noticeBanner(ICON_LOCK, "Cadence is open in another tab, so this tab is read-only. It shows the same data and "
                              "follows the other tab's changes.",
                   IM_COL32(255, 247, 237, 255), IM_COL32(253, 186, 116, 255), "Use here instead") == 1)
            document.useHereInstead();
        break;
    case State::Failed:
        if (noticeBanner(ICON_WARNING, "Your latest changes are not saved yet (" + status.detail +
                                     "). Cadence keeps them in this tab and tries again.",
                   IM_COL32(254, 242, 242, 255), IM_COL32(252, 165, 165, 255), "Try again now") == 1)
            document.retrySaving();
        break;
    case State::QuotaExceeded:
        blockingDialog("Storage is full", "Your browser has no room left for Cadence",
                       status.detail + " Installing Cadence as an app usually gives it more room.", document, true,
                       fonts);
        break;
    case State::Refused:
        blockingDialog("Cannot open data", "Cadence cannot open the data stored here",
                       status.detail + " Nothing has been changed. You can still download a backup of what this "
                                       "tab shows.",
                       document, false, fonts);
        break;
    default: break;
    }
    const StorageReport report = document.storageReport();
    // Skipped records are gone for good once the store is compacted: offer a copy of what is left
    // and say where the damage was, so the user can restore the missing part from an older backup.
    if (report.problems > 0 && status.state != State::Loading &&
        noticeBanner(ICON_WARNING, report.problemSummary + ". Keep a backup of what remains and restore the rest from an "
                             "older backup if you have one.",
               IM_COL32(254, 242, 242, 255), IM_COL32(252, 165, 165, 255), ICON_DOWNLOAD "  Download backup") == 1)
        document.downloadBackup();
}

namespace {

std::string readableSize(double bytes) {
    char text[32];
    if (bytes < 1e6) std::snprintf(text, sizeof text, "%.0f KB", bytes / 1e3);
    else if (bytes < 1e9) std::snprintf(text, sizeof text, "%.1f MB", bytes / 1e6);
    else std::snprintf(text, sizeof text, "%.1f GB", bytes / 1e9);
    return text;
}

} // namespace

void drawStorageSettings(Document& document) {
    const StorageReport report = document.storageReport();
    const SaveStatus status = document.saveStatus();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted("Everything you enter stays on this device, in this browser's storage. Nothing is sent "
                           "anywhere; a backup file you download is the only copy that leaves it.");
    ImGui::Spacing();
    drawSaveIndicator(document);
    if (report.persistent == 1) {
        ImGui::TextUnformatted(ICON_LOCK "  Protected: the browser will not clear this data to free space.");
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(180, 83, 9, 255));
        ImGui::TextUnformatted(report.persistent == 0
                                   ? ICON_WARNING "  Not protected: the browser may clear this data when the device "
                                                  "runs low on space."
                                   : ICON_INFO "  The browser has not said whether it will keep this data.");
        ImGui::PopStyleColor();
        ImGui::PushStyleColor(ImGuiCol_Text, palette::textMuted);
        ImGui::TextUnformatted("Installing Cadence as an app (or bookmarking it and using it often) makes the browser "
                               "keep it. Download a backup regularly either way.");
        ImGui::PopStyleColor();
    }
    if (report.usageBytes >= 0.0 && report.quotaBytes > 0.0)
        ImGui::Text("Using %s of the %s this browser allows.", readableSize(report.usageBytes).c_str(),
                    readableSize(report.quotaBytes).c_str());
    if (status.state == SaveStatus::State::ReadOnly) ImGui::TextUnformatted(status.detail.c_str());
    ImGui::PopTextWrapPos();
}

bool drawLoadingIfOpening(const Document& document, const Fonts& fonts) {
    if (document.saveStatus().state != State::Loading) return false;
    drawEmptyState(fonts, {ICON_DATABASE, "Opening your data…", "Your leads and plans are read from this device."});
    return true;
}

} // namespace cadence::ui

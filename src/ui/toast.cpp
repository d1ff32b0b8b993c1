// See toast.h.
#include "ui/toast.h"

#include "icons.h"
#include "ui/platform.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

namespace cadence::ui {
namespace {
constexpr double kToastSeconds = 6.0;
}

void Toast::show(std::string message, int undoSteps, double time) {
    message_ = std::move(message);
    undoSteps_ = undoSteps;
    shownAt_ = time;
}

int Toast::draw(Platform& platform, float bottom, bool narrow) {
    if (message_.empty()) return 0;
    const double age = ImGui::GetTime() - shownAt_;
    if (age >= kToastSeconds) {
        message_.clear();
        return 0;
    }
    platform.requestFrameAfter((kToastSeconds - age) * 1000.0 + 20.0);

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float maxWidth = std::min(560.0f, viewport->Size.x - 24.0f);
    ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x * 0.5f,
                                   viewport->Pos.y + viewport->Size.y - bottom - (narrow ? 84.0f : 20.0f)),
                            ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    const float undoWidth = undoSteps_ > 0 ? ImGui::CalcTextSize(ICON_UNDO "  Undo").x + 40.0f : 0.0f;
    const float textWidth = ImGui::CalcTextSize(message_.c_str()).x;
    const float wrapWidth = std::min(textWidth, maxWidth - 32.0f - undoWidth);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(30, 36, 48, 245));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(243, 244, 246, 255));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16, 10));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 10.0f);
    ImGui::Begin("Toast", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                     ImGuiWindowFlags_NoNav);
    ImGui::AlignTextToFramePadding();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrapWidth);
    ImGui::TextUnformatted(message_.c_str());
    ImGui::PopTextWrapPos();
    int undo = 0;
    if (undoSteps_ > 0) {
        ImGui::SameLine(0, 18);
        ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(0, 0, 0, 0));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, IM_COL32(255, 255, 255, 30));
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(147, 197, 253, 255));
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
        if (ImGui::Button(ICON_UNDO "  Undo##toast")) {
            undo = undoSteps_;
            message_.clear();
        }
        ImGui::PopStyleVar();
        ImGui::PopStyleColor(3);
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
    ImGui::BringWindowToDisplayFront(ImGui::FindWindowByName("Toast"));
    return undo;
}

} // namespace cadence::ui

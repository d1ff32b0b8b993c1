// See modal.h.
#include "ui/modal.h"

#include <imgui.h>

#include <algorithm>

namespace cadence::ui {

bool beginModal(const char* id, const ViewContext& context, float width) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float margin = context.narrow ? 12.0f : 24.0f;
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(
        ImVec2(std::min(width, viewport->Size.x - margin * 2), 0.0f),
        ImVec2(std::min(width, viewport->Size.x - margin * 2), viewport->Size.y - margin * 2));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, context.narrow ? ImVec2(16, 16) : ImVec2(22, 20));
    const bool open =
        ImGui::BeginPopupModal(id, nullptr,
                               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar();
    return open;
}

} // namespace cadence::ui

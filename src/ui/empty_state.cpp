// See empty_state.h.
#include "ui/empty_state.h"

#include "ui/theme.h"

#include <algorithm>
#include <cstring>

namespace cadence::ui {
namespace {

// ImGui wraps text flush left; an empty state reads better centred, line by line.
void drawCentredParagraph(const char* text, float left, float width) {
    ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    const char* end = text + strlen(text);
    while (text < end) {
        const char* lineEnd = font->CalcWordWrapPositionA(scale, text, end, width);
        if (lineEnd == text) ++lineEnd; // a single glyph wider than the column
        const float lineWidth = ImGui::CalcTextSize(text, lineEnd).x;
        ImGui::SetCursorPosX(left + std::max(0.0f, (width - lineWidth) * 0.5f));
        ImGui::TextUnformatted(text, lineEnd);
        text = lineEnd;
        while (text < end && (*text == ' ' || *text == '\n')) ++text;
    }
}

} // namespace

void drawEmptyState(const Fonts& fonts, const EmptyState& state) {
    const ImVec2 available = ImGui::GetContentRegionAvail();
    const float width = std::min(available.x, 460.0f);
    const float left = ImGui::GetCursorPosX() + (available.x - width) * 0.5f;
    // Sit a little above the middle, where the eye lands first.
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + std::max(24.0f, available.y * 0.22f));

    ImGui::PushFont(fonts.heroIcon);
    const float iconWidth = ImGui::CalcTextSize(state.icon).x;
    ImGui::SetCursorPosX(left + (width - iconWidth) * 0.5f);
    ImGui::PushStyleColor(ImGuiCol_Text, palette::accent);
    ImGui::TextUnformatted(state.icon);
    ImGui::PopStyleColor();
    ImGui::PopFont();

    ImGui::PushFont(fonts.heading);
    const float titleWidth = ImGui::CalcTextSize(state.title).x;
    ImGui::SetCursorPosX(left + std::max(0.0f, (width - titleWidth) * 0.5f));
    ImGui::TextUnformatted(state.title);
    ImGui::PopFont();

    ImGui::PushStyleColor(ImGuiCol_Text, palette::textMuted);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0.0f, 3.0f)); // lines of one paragraph
    drawCentredParagraph(state.message, left, width);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

} // namespace cadence::ui

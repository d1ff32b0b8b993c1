// See pause_menu.h.
#include "ui/pause_menu.h"

#include "icons.h"
#include "ui/format.h"
#include "ui/widgets.h"

#include <imgui.h>

namespace cadence::ui {

void PauseMenu::pause(const ViewContext& context, EnrollmentId id, const std::string& planName,
                      std::optional<CivilDate> until) {
    const TimeZone& zone = context.editor.workspace().timeZone();
    std::optional<Instant> resumeAt;
    // Resume at the time of day the pause began, so every step keeps its time of day.
    if (until) resumeAt = zone.toInstant({*until, zone.toLocal(context.now).time});
    if (auto r = context.editor.apply(PauseEnrollment{id, context.now, resumeAt})) {
        context.navigator.notify("Paused " + planName +
                                     (resumeAt ? ": resumes " + formatDate(zone, *resumeAt, context.now)
                                               : ": resume when they are ready"),
                                 1);
        ImGui::CloseCurrentPopup();
    } else {
        context.navigator.notify("Could not pause: " + r.error().describe());
    }
}

void PauseMenu::draw(const ViewContext& context, EnrollmentId id, const std::string& planName) {
    if (ImGui::Button(ICON_PAUSE "  Pause")) {
        day_.reset();
        ImGui::OpenPopup("Pause plan");
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Life happens: pause for a while and the remaining steps shift by the pause.");
    if (!ImGui::BeginPopup("Pause plan")) return;

    const TimeZone& zone = context.editor.workspace().timeZone();
    const CivilDate today = zone.localDate(context.now);
    mutedText("Pause this plan");
    if (ImGui::Selectable(ICON_CALENDAR_CHECK "  For a week")) pause(context, id, planName, addDays(today, 7));
    if (ImGui::Selectable(ICON_CALENDAR_CHECK "  For two weeks")) pause(context, id, planName, addDays(today, 14));
    if (ImGui::Selectable(ICON_CALENDAR_CHECK "  For a month")) pause(context, id, planName, addMonths(today, 1));
    if (ImGui::Selectable(ICON_PAUSE "  Until I resume it")) pause(context, id, planName, std::nullopt);
    ImGui::Separator();
    mutedText("Or until a day");
    picker_.draw("until", day_, addDays(today, 1));
    ImGui::BeginDisabled(!day_);
    const std::string label =
        day_ ? "Pause until " + std::string(weekdayName(weekdayOf(*day_))) + " " + std::to_string(day_->day) +
                   " " + monthName(day_->month) + "##until"
             : std::string("Pause until…##until");
    if (primaryButton(label.c_str())) pause(context, id, planName, day_);
    ImGui::EndDisabled();
    ImGui::EndPopup();
}

} // namespace cadence::ui

// The step table of the plan editor (see plans_view.h).
#include "icons.h"
#include "ui/format.h"
#include "ui/plans_view.h"
#include "ui/widgets.h"

#include <algorithm>

namespace cadence::ui {

void PlansView::drawSteps(const ViewContext& context) {
    const Workspace& ws = context.editor.workspace();
    heading(context.fonts, ICON_LIST "  Steps");
    const char* addLabel = ICON_ADD "  Add step";
    ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(addLabel).x - 24.0f);
    const bool add = ImGui::Button(addLabel);
    mutedText("Day offsets count from the day the lead joins the plan.");
    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
    int remove = -1;
    if (ImGui::BeginTable("steps", context.narrow ? 4 : 6, flags)) {
        ImGui::TableSetupColumn("Day", ImGuiTableColumnFlags_WidthFixed, 56);
        ImGui::TableSetupColumn("Channel", ImGuiTableColumnFlags_WidthFixed, context.narrow ? 120 : 150);
        if (!context.narrow) {
            ImGui::TableSetupColumn("Template", ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableSetupColumn("Time", ImGuiTableColumnFlags_WidthFixed, 130);
        }
        ImGui::TableSetupColumn("For", ImGuiTableColumnFlags_WidthFixed, context.narrow ? 70 : 110);
        ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed, 34);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < draft_.steps.size(); ++i) {
            PlanStep& step = draft_.steps[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-1);
            const std::string dayLabel = "##day " + std::to_string(i + 1);
            if (ImGui::InputInt(dayLabel.c_str(), &step.dayOffset, 0, 0))
                step.dayOffset = std::clamp(step.dayOffset, 0, 3650);
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-1);
            if (ImGui::BeginCombo(
                    "##channel",
                    (std::string(channelIcon(step.channel)) + "  " + channelLabel(step.channel)).c_str())) {
                for (std::size_t c = 0; c < kChannelCount; ++c) {
                    const Channel channel = static_cast<Channel>(c);
                    if (ImGui::Selectable(channelLabel(channel), step.channel == channel))
                        step.channel = channel;
                }
                ImGui::EndCombo();
            }
            if (!context.narrow) {
                ImGui::TableNextColumn();
                const MessageTemplate* tpl = step.templateId ? ws.messageTemplate(*step.templateId) : nullptr;
                ImGui::SetNextItemWidth(-1);
                if (ImGui::BeginCombo("##template", tpl ? tpl->name.c_str() : "Starter message")) {
                    if (ImGui::Selectable("Starter message", !tpl)) step.templateId.reset();
                    for (const auto& t : ws.templateSlots())
                        if (t && (t->channel == step.channel || step.channel == Channel::Preferred) &&
                            ImGui::Selectable(t->name.c_str(), step.templateId == t->id))
                            step.templateId = t->id;
                    ImGui::EndCombo();
                }
                ImGui::TableNextColumn();
                bool windowed = step.window.has_value();
                if (ImGui::Checkbox("##windowed", &windowed))
                    step.window = windowed ? std::optional<TimeWindow>(TimeWindow{}) : std::nullopt;
                ImGui::SameLine(0, 4);
                if (step.window) {
                    ImGui::SetNextItemWidth(40);
                    ImGui::DragInt("##from", &step.window->start.hour, 0.2f, 0, 23, "%02d:00");
                    ImGui::SameLine(0, 2);
                    ImGui::TextUnformatted("-");
                    ImGui::SameLine(0, 2);
                    ImGui::SetNextItemWidth(40);
                    ImGui::DragInt("##to", &step.window->end.hour, 0.2f, 0, 23, "%02d:00");
                } else {
                    mutedText(step.dayOffset == 0 ? "at once" : "same time");
                }
            }
            ImGui::TableNextColumn();
            // Which temperatures get the step: none ticked means everyone.
            static const char* const kShort[] = {"H", "W", "C"};
            for (std::size_t t = 0; t < kTemperatureCount; ++t) {
                const Temperature temperature = static_cast<Temperature>(t);
                const bool on = step.onlyFor.empty() || std::find(step.onlyFor.begin(), step.onlyFor.end(),
                                                                  temperature) != step.onlyFor.end();
                if (t > 0) ImGui::SameLine(0, 2);
                ImGui::PushStyleColor(ImGuiCol_Button, on ? palette::accentSoft : palette::card);
                ImGui::PushStyleColor(ImGuiCol_Text,
                                      on ? temperatureColour(temperature) : palette::textMuted);
                ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(5, 4));
                if (ImGui::Button(kShort[t])) {
                    std::vector<Temperature> set;
                    for (std::size_t u = 0; u < kTemperatureCount; ++u) {
                        const Temperature other = static_cast<Temperature>(u);
                        const bool otherOn =
                            step.onlyFor.empty() ||
                            std::find(step.onlyFor.begin(), step.onlyFor.end(), other) != step.onlyFor.end();
                        if (u == t ? !otherOn : otherOn) set.push_back(other);
                    }
                    step.onlyFor = set.size() == kTemperatureCount ? std::vector<Temperature>{} : set;
                }
                ImGui::PopStyleVar();
                ImGui::PopStyleColor(2);
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s leads", temperatureLabel(temperature));
            }
            ImGui::TableNextColumn();
            if (quietButton(ICON_TRASH "##remove step")) remove = static_cast<int>(i);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (remove >= 0) draft_.steps.erase(draft_.steps.begin() + remove);
    if (add) {
        PlanStep step;
        step.dayOffset = draft_.steps.empty() ? 0 : draft_.steps.back().dayOffset + 1;
        step.channel = draft_.steps.empty() ? Channel::Call : draft_.steps.back().channel;
        step.window = TimeWindow{{9, 0, 0}, {18, 0, 0}};
        draft_.steps.push_back(step);
    }
    if (!draft_.recurring.empty()) {
        ImGui::Spacing();
        mutedText("Recurring touches (kept as they are)");
        for (const RecurringRule& rule : draft_.recurring) {
            std::string what = rule.label.empty() ? std::string(channelLabel(rule.channel)) : rule.label;
            switch (rule.kind) {
            case Recurrence::EveryDays:
                what += ", every " + std::to_string(rule.every) + " days";
                break;
            case Recurrence::EveryWeeks:
                what += ", every " + std::to_string(rule.every) + " weeks";
                break;
            case Recurrence::EveryMonths:
                what += ", every " + std::to_string(rule.every) + " months";
                break;
            case Recurrence::YearlyOnKeyDate:
                what += ", yearly on their " + rule.keyDateName;
                break;
            case Recurrence::YearlyOnDate:
                what += ", yearly on " + std::to_string(rule.day) + " " + monthName(rule.month);
                break;
            }
            ImGui::BulletText("%s  %s", channelIcon(rule.channel), what.c_str());
        }
    }
}

} // namespace cadence::ui

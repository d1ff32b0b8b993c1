// See plans_view.h. The step table is in plan_steps.cpp.
#include "ui/plans_view.h"

#include "core/schedule.h"
#include "core/validation.h"
#include "icons.h"
#include "ui/format.h"
#include "ui/text_input.h"
#include "ui/widgets.h"

#include <algorithm>

namespace cadence::ui {

void PlansView::select(const Workspace& ws, PlanId id) {
    selected_ = id;
    if (const Plan* plan = ws.plan(id)) {
        draft_ = *plan;
        loadedFrom_ = *plan;
    }
    problem_.clear();
}

void PlansView::draw(const ViewContext& context) {
    const Workspace& ws = context.editor.workspace();
    if (context.editor.revision() != countsRevision_) {
        countsRevision_ = context.editor.revision();
        leadCounts_.assign(ws.planSlots().size(), 0);
        for (const auto& enrollment : ws.enrollmentSlots())
            if (enrollment && enrollment->isLive() && enrollment->planId.value < leadCounts_.size())
                ++leadCounts_[enrollment->planId.value];
    }
    if (!ws.plan(selected_)) {
        for (const auto& plan : ws.planSlots())
            if (plan) {
                select(ws, plan->id);
                break;
            }
    } else if (const Plan* plan = ws.plan(selected_); !(*plan == loadedFrom_)) {
        // Changed underneath (undo): follow it unless the user is editing.
        if (draft_ == loadedFrom_) draft_ = *plan;
        loadedFrom_ = *plan;
    }

    if (context.narrow) {
        if (showEditorOnPhone_ && ws.plan(selected_)) {
            if (ImGui::Button(ICON_CHEVRON_LEFT "  All plans", ImVec2(0, 40))) showEditorOnPhone_ = false;
            drawEditor(context);
        } else {
            drawList(context);
        }
        return;
    }
    heading(context.fonts, "Plans");
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
    ImGui::BeginChild("plan list", ImVec2(300, 0), false);
    drawList(context);
    ImGui::EndChild();
    ImGui::SameLine(0, 16);
    ImGui::BeginChild("plan editor", ImVec2(0, 0), false);
    if (ws.plan(selected_)) drawEditor(context);
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void PlansView::drawList(const ViewContext& context) {
    const Workspace& ws = context.editor.workspace();
    for (const auto& plan : ws.planSlots()) {
        if (!plan) continue;
        ImGui::PushID(static_cast<int>(plan->id.value));
        const bool selected = plan->id == selected_;
        const Card card = beginCard(12.0f);
        ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - 12.0f);
        ImGui::TextUnformatted(plan->name.c_str());
        ImGui::PopTextWrapPos();
        const int leads = plan->id.value < leadCounts_.size() ? leadCounts_[plan->id.value] : 0;
        std::string facts = std::to_string(leads) + (leads == 1 ? " lead" : " leads") + "  ·  " +
                            std::to_string(plan->steps.size()) + " steps";
        if (!plan->recurring.empty()) facts += " + " + std::to_string(plan->recurring.size()) + " recurring";
        mutedText(facts.c_str());
        const ImRect rect = endCard(card, selected && !context.narrow);
        // The whole card selects; an invisible button over it gives the locator its name.
        ImGui::SetCursorScreenPos(rect.Min);
        if (cardButton(plan->name.c_str(), rect.GetSize())) {
            select(ws, plan->id);
            showEditorOnPhone_ = true;
        }
        ImGui::Dummy(ImVec2(0, 2));
        ImGui::PopID();
    }
    if (quietButton(ICON_ADD "  New plan")) {
        Plan plan;
        plan.name = "New plan";
        PlanStep first;
        first.channel = Channel::Call;
        plan.steps.push_back(first);
        plan.stopOnReply = true;
        plan.followOnPlanId = ws.settings().fallbackPlanId;
        if (auto r = context.editor.apply(AddPlan{plan})) {
            select(context.editor.workspace(), PlanId{r->createdId});
            showEditorOnPhone_ = true;
            context.navigator.notify("Plan added: give it steps, then save", 1);
        }
    }
}

void PlansView::drawEditor(const ViewContext& context) {
    const Workspace& ws = context.editor.workspace();
    const float width = ImGui::GetContentRegionAvail().x;
    mutedText("Plan name");
    ImGui::SetNextItemWidth(context.narrow ? width : width - 250.0f);
    inputText("##Plan name", draft_.name);
    if (!context.narrow) ImGui::SameLine();
    // Save bar.
    const bool dirty = !(draft_ == loadedFrom_);
    Status valid = validatePlan(draft_, ws);
    ImGui::BeginDisabled(!dirty || !valid);
    if (primaryButton(ICON_CHECK "  Save plan")) {
        if (auto r = context.editor.apply(EditPlan{draft_, context.now})) {
            loadedFrom_ = draft_;
            context.navigator.notify("Saved " + draft_.name + ": enrolled leads follow the new steps", 1);
        } else {
            context.navigator.notify("Not saved: " + r.error().describe());
        }
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!dirty);
    if (ImGui::Button("Discard##plan")) draft_ = loadedFrom_;
    ImGui::EndDisabled();
    if (dirty && !valid) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette::danger);
        ImGui::TextWrapped("%s", valid.error().describe().c_str());
        ImGui::PopStyleColor();
    }

    ImGui::Checkbox("Stop on reply", &draft_.stopOnReply);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("A reached or replied touch ends this plan (the reply plan starts).");
    ImGui::SameLine(0, 20);
    ImGui::Checkbox("Business days only", &draft_.businessDaysOnly);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Day offsets count working days (Settings).");

    const auto planCombo = [&](const char* label, std::optional<PlanId>& value, const char* none) {
        const Plan* current = value ? ws.plan(*value) : nullptr;
        ImGui::SetNextItemWidth(context.narrow ? width : (width - 10.0f) * 0.5f);
        if (ImGui::BeginCombo(label, current ? current->name.c_str() : none)) {
            if (ImGui::Selectable(none, !value)) value.reset();
            for (const auto& p : ws.planSlots())
                if (p && p->id != draft_.id && ImGui::Selectable(p->name.c_str(), value == p->id))
                    value = p->id;
            ImGui::EndCombo();
        }
    };
    const float second = ImGui::GetCursorPosX() + (width + 10.0f) * 0.5f;
    mutedText("When it ends without contact");
    if (!context.narrow) {
        ImGui::SameLine(second);
        mutedText("When they reply");
    }
    planCombo("##Follow-on plan", draft_.followOnPlanId, "Long-term nurture (default)");
    if (!context.narrow)
        ImGui::SameLine(second);
    else
        mutedText("When they reply");
    planCombo("##Reply plan", draft_.replyPlanId, "Long-term nurture (default)");

    ImGui::Spacing();
    drawSteps(context);
    ImGui::Spacing();
    drawPreview(context);

    ImGui::Dummy(ImVec2(0, 16));
}

void PlansView::drawPreview(const ViewContext& context) {
    const Workspace& ws = context.editor.workspace();
    heading(context.fonts, ICON_CALENDAR_CHECK "  Preview: a lead enrolled now");
    const std::string hot = std::string(ICON_HOT) + "  Hot", warm = std::string(ICON_WARM) + "  Warm",
                      cold = std::string(ICON_COLD) + "  Cold";
    const char* temps[] = {hot.c_str(), warm.c_str(), cold.c_str()};
    segmented("preview temperature", temps, 3, &previewTemperature_, 90.0f);

    preview_.clear();
    Lead lead;
    lead.id = LeadId{1};
    lead.name = "Preview";
    lead.temperature = static_cast<Temperature>(previewTemperature_);
    lead.createdAt = context.now;
    Enrollment enrollment;
    enrollment.startedAt = context.now;
    enrollment.planId = draft_.id;
    // The rules need valid offsets; an invalid draft shows no preview rather than wrong dates.
    int previous = 0;
    for (const PlanStep& step : draft_.steps) {
        if (step.dayOffset < previous) {
            mutedText("Put the steps in day order to see their dates.");
            return;
        }
        previous = step.dayOffset;
    }
    const ScheduleContext schedule = ws.scheduleContext();
    for (std::size_t i = 0; i < draft_.steps.size(); ++i) {
        const PlanStep& step = draft_.steps[i];
        if (!appliesTo(step, lead.temperature)) continue;
        preview_.push_back({static_cast<int>(i), step.dayOffset, resolveChannel(step.channel, lead),
                            stepDue(draft_, enrollment, static_cast<int>(i), lead, schedule)});
    }
    if (preview_.empty()) {
        mutedText("No step applies to this temperature.");
        return;
    }
    // A horizontal timeline: one dot per touch at its day.
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float height = 54.0f;
    ImGui::Dummy(ImVec2(width, height));
    ImDrawList* list = ImGui::GetWindowDrawList();
    const std::int64_t lastDay =
        std::max<std::int64_t>(1, (preview_.back().due - context.now + kSecondsPerDay - 1) / kSecondsPerDay);
    const float left = origin.x + 14.0f, right = origin.x + width - 14.0f, y = origin.y + 18.0f;
    list->AddLine(ImVec2(left, y), ImVec2(right, y), palette::cardBorder, 2.0f);
    for (const PreviewRow& row : preview_) {
        const float t = static_cast<float>(static_cast<double>(row.due - context.now) / kSecondsPerDay /
                                           static_cast<double>(lastDay));
        const float x = left + std::clamp(t, 0.0f, 1.0f) * (right - left);
        list->AddCircleFilled(ImVec2(x, y), 6.0f, palette::accent);
        list->AddCircle(ImVec2(x, y), 6.0f, palette::card, 12, 2.0f);
    }
    list->AddText(ImVec2(left - 4, y + 12), palette::textMuted, "today");
    const std::string end = "day " + std::to_string(lastDay);
    list->AddText(ImVec2(right - ImGui::CalcTextSize(end.c_str()).x + 4, y + 12), palette::textMuted,
                  end.c_str());

    if (ImGui::BeginTable("preview", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        int number = 0;
        for (const PreviewRow& row : preview_) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::Text("%d of %zu", ++number, preview_.size());
            ImGui::TableNextColumn();
            ImGui::Text("%s  %s", channelIcon(row.channel), channelLabel(row.channel));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(formatWhen(ws.timeZone(), row.due, context.now).c_str());
        }
        ImGui::EndTable();
    }
}

} // namespace cadence::ui

// The selected card of Today: the message, the action, the outcomes, snooze and skip (see
// today_view.h).
#include "ui/today_view.h"

#include "icons.h"
#include "ui/format.h"
#include "ui/touch_action.h"
#include "ui/widgets.h"

#include <algorithm>

namespace cadence::ui {
namespace {

void flowSameLine(float nextWidth, float right) {
    ImGui::SameLine();
    if (ImGui::GetCursorScreenPos().x + nextWidth > right) ImGui::NewLine();
}

float buttonWidth(const char* label) {
    const char* end = ImGui::FindRenderedTextEnd(label);
    return ImGui::CalcTextSize(label, end).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

// The message as it will be sent, in a tinted box, with the merge fields it could not fill.
void messageBox(const TouchAction& action, float right) {
    ImDrawList* list = ImGui::GetWindowDrawList();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float padding = 10.0f;
    const float wrap = std::max(80.0f, right - pos.x - padding * 2);
    std::string text =
        action.subject.empty() ? action.body : "Subject: " + action.subject + "\n\n" + action.body;
    const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
    list->AddRectFilled(pos, ImVec2(right, pos.y + size.y + padding * 2), palette::neutralSoft, 8.0f);
    ImGui::SetCursorScreenPos(ImVec2(pos.x + padding, pos.y + padding));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + size.y + padding * 2));
    ImGui::Dummy(ImVec2(0, 0));
    if (!action.missingFields.empty()) {
        std::string missing = ICON_WARNING "  Not filled in: ";
        for (std::size_t i = 0; i < action.missingFields.size(); ++i)
            missing += (i ? ", {" : "{") + action.missingFields[i] + "}";
        if (std::find(action.missingFields.begin(), action.missingFields.end(), "agent_name") !=
                action.missingFields.end() ||
            std::find(action.missingFields.begin(), action.missingFields.end(), "signature") !=
                action.missingFields.end())
            missing += "  (add your name and signature in Settings)";
        ImGui::PushStyleColor(ImGuiCol_Text, palette::warning);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(missing.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
}

} // namespace

void TodayView::drawActions(const ViewContext& context, const AgendaItem& item) {
    const Workspace& ws = context.editor.workspace();
    const TouchAction action = touchActionFor(ws, item);
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x - 14.0f;
    ImGui::Dummy(ImVec2(0, 2));
    messageBox(action, right);

    const ImVec2 padding = context.narrow ? ImVec2(14, 15) : ImVec2(12, 8);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, padding);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8, 8));

    // The one action, then its quieter alternatives.
    const std::string actLabel = std::string(channelIcon(item.channel)) + "  " + action.label + "##act";
    if (!action.problem.empty() && action.fallbackChannel) {
        const std::string fallback = std::string(channelIcon(*action.fallbackChannel)) + "  " +
                                     channelLabel(*action.fallbackChannel) + " instead##act";
        if (primaryButton(fallback.c_str())) {
            context.platform.openLink(action.fallbackLink);
            selected_ = keyOf(item);
            acted_ = keyOf(item);
            actedChannel_ = action.fallbackChannel;
        }
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, palette::warning);
        ImGui::TextUnformatted(action.problem.c_str());
        ImGui::PopStyleColor();
    } else if (!action.problem.empty()) {
        ImGui::BeginDisabled();
        primaryButton(actLabel.c_str());
        ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, palette::danger);
        ImGui::TextUnformatted((action.problem + ": open the lead to add one").c_str());
        ImGui::PopStyleColor();
    } else {
        if (primaryButton(actLabel.c_str())) act(context, item);
        if (ImGui::IsItemHovered() && !action.contact.empty())
            ImGui::SetTooltip("%s %s (Enter)", action.label.c_str(), action.contact.c_str());
        if (!action.contact.empty()) {
            ImGui::SameLine();
            ImGui::AlignTextToFramePadding();
            mutedText(action.contact.c_str());
        }
    }
    if (!action.link.empty()) {
        const char* copy = ICON_COPY "  Copy message";
        flowSameLine(buttonWidth(copy), right);
        if (ImGui::Button(copy)) {
            ImGui::SetClipboardText(action.copyText.c_str());
            context.navigator.notify("Message copied");
        }
    }
    const char* snoozeLabel = ICON_SNOOZE "  Snooze";
    flowSameLine(buttonWidth(snoozeLabel), right);
    if (ImGui::Button(snoozeLabel)) openSnooze_ = true;
    const char* skipLabel = ICON_SKIP "  Skip";
    flowSameLine(buttonWidth(skipLabel), right);
    if (ImGui::Button(skipLabel)) skip(context, item);
    const char* openLabel = ICON_USER "  Open lead";
    flowSameLine(buttonWidth(openLabel), right);
    if (ImGui::Button(openLabel)) context.navigator.openLead(item.leadId);
    drawSnoozePopup(context, item);

    // Outcomes: one tap logs the touch and moves the plan on.
    const bool acted = acted_ && *acted_ == keyOf(item);
    const Channel used = channelUsed(item);
    const std::vector<Outcome> outcomes = outcomesFor(used);
    const std::string prompt = acted ? "How did it go?  (keys 1-" + std::to_string(outcomes.size()) + ")"
                                     : "Log the outcome  (keys 1-" + std::to_string(outcomes.size()) + ")";
    ImGui::PushStyleColor(ImGuiCol_Text, acted ? palette::accent : palette::textMuted);
    ImGui::TextUnformatted(prompt.c_str());
    ImGui::PopStyleColor();
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        const std::string label =
            std::string(outcomeIcon(outcomes[i])) + "  " + outcomeLabelFor(used, outcomes[i]);
        if (i > 0) flowSameLine(buttonWidth(label.c_str()), right);
        const bool good = isContact(outcomes[i]);
        const bool bad = flagsContactDetail(outcomes[i]);
        ImGui::PushStyleColor(ImGuiCol_Button, acted ? palette::accentSoft : palette::card);
        ImGui::PushStyleColor(ImGuiCol_Text, good  ? palette::success
                                             : bad ? palette::danger
                                                   : ImGui::GetColorU32(ImGuiCol_Text));
        const bool pressed = ImGui::Button(label.c_str());
        ImGui::PopStyleColor(2);
        if (pressed) logOutcome(context, item, outcomes[i]);
    }
    ImGui::PopStyleVar(2);
}

void TodayView::drawSnoozePopup(const ViewContext& context, const AgendaItem& item) {
    if (openSnooze_) {
        ImGui::OpenPopup("Snooze until");
        openSnooze_ = false;
    }
    if (!ImGui::BeginPopup("Snooze until")) return;
    const TimeZone& zone = context.editor.workspace().timeZone();
    const LocalDateTime local = zone.toLocal(context.now);
    mutedText("Snooze this touch until");
    if (ImGui::Selectable(ICON_CLOCK "  In 1 hour"))
        snooze(context, item, context.now + kSecondsPerHour, "in 1 hour");
    const Instant tomorrow = zone.toInstant({addDays(local.date, 1), TimeOfDay{9, 0, 0}});
    if (ImGui::Selectable(ICON_SUN "  Tomorrow at 09:00"))
        snooze(context, item, tomorrow, "until tomorrow 09:00");
    const Instant nextWeek = zone.toInstant({addDays(local.date, 7), TimeOfDay{9, 0, 0}});
    if (ImGui::Selectable(ICON_CALENDAR_CHECK "  Next week")) snooze(context, item, nextWeek, "for a week");
    ImGui::Separator();
    mutedText("Or pick a day and time");
    ImGui::SetNextItemWidth(110);
    ImGui::InputInt("days from today", &pickDays_);
    pickDays_ = std::clamp(pickDays_, 0, 365);
    ImGui::SetNextItemWidth(50);
    ImGui::DragInt("##hour", &pickHour_, 0.2f, 0, 23, "%02d");
    ImGui::SameLine(0, 4);
    ImGui::TextUnformatted(":");
    ImGui::SameLine(0, 4);
    ImGui::SetNextItemWidth(50);
    ImGui::DragInt("##minute", &pickMinute_, 0.5f, 0, 59, "%02d");
    const Instant picked =
        zone.toInstant({addDays(local.date, pickDays_), TimeOfDay{pickHour_, pickMinute_, 0}});
    ImGui::SameLine();
    if (picked <= context.now) {
        ImGui::BeginDisabled();
        ImGui::Button("Snooze##picked");
        ImGui::EndDisabled();
        mutedText("Pick a time in the future.");
    } else if (primaryButton("Snooze##picked")) {
        snooze(context, item, picked, "until " + formatWhen(zone, picked, context.now));
    }
    ImGui::EndPopup();
}

void TodayView::act(const ViewContext& context, const AgendaItem& item) {
    const TouchAction action = touchActionFor(context.editor.workspace(), item);
    if (!action.problem.empty() && action.fallbackChannel) {
        context.platform.openLink(action.fallbackLink);
        selected_ = keyOf(item);
        acted_ = keyOf(item);
        actedChannel_ = action.fallbackChannel;
        return;
    }
    if (!action.problem.empty()) {
        context.navigator.notify(action.problem + " for this lead");
        return;
    }
    selected_ = keyOf(item);
    acted_ = keyOf(item);
    actedChannel_.reset();
    if (!action.link.empty()) {
        context.platform.openLink(action.link);
    } else {
        ImGui::SetClipboardText(action.copyText.c_str());
        context.navigator.notify("Message copied: " + std::string(channelLabel(item.channel)) +
                                 ", then log how it went");
    }
}

void TodayView::logOutcome(const ViewContext& context, const AgendaItem& item, Outcome outcome) {
    Touch touch;
    touch.leadId = item.leadId;
    touch.at = context.now;
    touch.channel = channelUsed(item);
    touch.outcome = outcome;
    touch.enrollmentId = item.enrollmentId;
    if (item.item.isRule)
        touch.ruleIndex = item.item.index;
    else
        touch.stepIndex = item.item.index;
    const Lead* lead = context.editor.workspace().lead(item.leadId);
    const std::string name = lead ? lead->name : "the lead";
    const int index = selectedIndex();
    if (auto result = context.editor.apply(LogTouch{touch}); !result) {
        context.navigator.notify("Could not log it: " + result.error().describe());
        return;
    }
    const Channel used = touch.channel;
    acted_.reset();
    actedChannel_.reset();
    refresh(context);
    select(index); // the next item slides under the cursor
    context.navigator.notify(std::string(outcomeLabelFor(used, outcome)) + " logged for " + name, 1);
}

void TodayView::snooze(const ViewContext& context, const AgendaItem& item, Instant until,
                       const std::string& when) {
    const int index = selectedIndex();
    if (auto result = context.editor.apply(SnoozeItem{item.enrollmentId, item.item, until, context.now});
        !result) {
        context.navigator.notify("Could not snooze: " + result.error().describe());
        return;
    }
    ImGui::CloseCurrentPopup();
    refresh(context);
    select(index);
    const Lead* lead = context.editor.workspace().lead(item.leadId);
    context.navigator.notify("Snoozed " + (lead ? lead->name : std::string("touch")) + " " + when, 1);
}

void TodayView::skip(const ViewContext& context, const AgendaItem& item) {
    const int index = selectedIndex();
    if (auto result = context.editor.apply(SkipItem{item.enrollmentId, item.item, context.now}); !result) {
        context.navigator.notify("Could not skip: " + result.error().describe());
        return;
    }
    refresh(context);
    select(index);
    const Lead* lead = context.editor.workspace().lead(item.leadId);
    context.navigator.notify("Skipped this touch for " + (lead ? lead->name : std::string("the lead")), 1);
}

} // namespace cadence::ui

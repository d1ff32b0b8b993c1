// See today_view.h.
#include "ui/today_view.h"

#include "core/health.h"
#include "icons.h"
#include "ui/empty_state.h"
#include "ui/format.h"
#include "ui/touch_action.h"
#include "ui/widgets.h"

#include <algorithm>

namespace cadence::ui {
namespace {

constexpr std::int64_t kAgendaRefreshSeconds = 30;

const char* sectionTitle(AgendaSection section) {
    switch (section) {
    case AgendaSection::NewLead:
        return ICON_BOLT "  New leads: call within 5 minutes";
    case AgendaSection::Overdue:
        return ICON_WARNING "  Overdue";
    case AgendaSection::DueNow:
        return ICON_CLOCK "  Due now";
    case AgendaSection::LaterToday:
        return ICON_CALENDAR_CHECK "  Later today";
    }
    return "";
}

ImU32 sectionColour(AgendaSection section) {
    switch (section) {
    case AgendaSection::NewLead:
        return palette::warning;
    case AgendaSection::Overdue:
        return palette::danger;
    case AgendaSection::DueNow:
        return palette::accent;
    case AgendaSection::LaterToday:
        return palette::textMuted;
    }
    return palette::textMuted;
}

// The channel's icon in a soft disc, the card's visual anchor.
void channelBadge(const Fonts& fonts, Channel channel, ImU32 colour) {
    const float size = 40.0f;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(size, size));
    ImDrawList* list = ImGui::GetWindowDrawList();
    ImVec4 soft = ImGui::ColorConvertU32ToFloat4(colour);
    soft.w = 0.13f;
    const ImVec2 centre(pos.x + size * 0.5f, pos.y + size * 0.5f);
    list->AddCircleFilled(centre, size * 0.5f, ImGui::ColorConvertFloat4ToU32(soft), 32);
    const float fontSize = fonts.heading->FontSize * ImGui::GetIO().FontGlobalScale;
    const ImVec2 extent = fonts.heading->CalcTextSizeA(fontSize, FLT_MAX, 0.0f, channelIcon(channel));
    list->AddText(fonts.heading, fontSize, ImVec2(centre.x - extent.x * 0.5f, centre.y - extent.y * 0.5f),
                  colour, channelIcon(channel));
}

} // namespace

void TodayView::refresh(const ViewContext& context) {
    const std::uint64_t revision = context.editor.revision();
    if (built_ && revision == agendaRevision_ && context.now - agenda_.at < kAgendaRefreshSeconds &&
        context.now < agenda_.endOfDay)
        return;
    agenda_ = buildAgenda(context.editor.workspace(), context.now);
    agendaRevision_ = revision;
    built_ = true;
    keepCardHeights();
    if (acted_ && std::none_of(agenda_.items.begin(), agenda_.items.end(),
                               [&](const AgendaItem& item) { return keyOf(item) == *acted_; }))
        acted_.reset();
}

int TodayView::selectedIndex() const {
    if (agenda_.items.empty()) return -1;
    if (selected_)
        for (std::size_t i = 0; i < agenda_.items.size(); ++i)
            if (keyOf(agenda_.items[i]) == *selected_) return static_cast<int>(i);
    return 0;
}

void TodayView::select(int index) {
    if (agenda_.items.empty()) return;
    index = std::clamp(index, 0, static_cast<int>(agenda_.items.size()) - 1);
    selected_ = keyOf(agenda_.items[static_cast<std::size_t>(index)]);
    scrollToSelected_ = true;
}

void TodayView::focusLead(LeadId lead) {
    pendingFocus_ = lead;
}

void TodayView::draw(const ViewContext& context) {
    refresh(context);
    if (pendingFocus_) {
        for (std::size_t i = 0; i < agenda_.items.size(); ++i)
            if (agenda_.items[i].leadId == *pendingFocus_) {
                select(static_cast<int>(i));
                break;
            }
        pendingFocus_.reset();
    }
    // Tick the clocks: the next minute of a new lead's age, else a periodic refresh.
    std::int64_t wait = kAgendaRefreshSeconds;
    for (const AgendaItem& item : agenda_.items)
        if (item.section == AgendaSection::NewLead)
            wait = std::min<std::int64_t>(wait, 60 - item.leadAgeSeconds % 60);
    context.platform.requestFrameAfter(static_cast<double>(std::max<std::int64_t>(wait, 1)) * 1000.0 + 50.0);

    drawHeader(context);
    if (agenda_.items.empty()) {
        const bool anyLead = context.editor.workspace().leadCount() > 0;
        drawEmptyState(
            context.fonts,
            anyLead ? EmptyState{ICON_CHECK, "You're all caught up",
                                 "Nothing is due for the rest of today. New leads appear here the moment "
                                 "you add them, with a clock that starts at once."}
                    : EmptyState{ICON_TODAY, "Nothing to follow up yet",
                                 "Add your first lead and Cadence plans every touch: the first call is "
                                 "due right away, then texts, emails and calls over 21 days."});
        ImGui::Spacing();
        const float width = 180.0f;
        ImGui::SetCursorPosX(
            (ImGui::GetWindowContentRegionMax().x + ImGui::GetWindowContentRegionMin().x - width) * 0.5f);
        if (primaryButton(ICON_USER_PLUS "  Add a lead##empty", ImVec2(width, 40)))
            context.navigator.quickAdd();
        return;
    }
    if (context.keyboardFree) handleKeyboard(context);

    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
    ImGui::BeginChild("TodayList", ImVec2(0, 0), false, ImGuiWindowFlags_NoNavInputs);
    drawList(context);
    ImGui::Dummy(ImVec2(0, context.narrow ? 80.0f : 24.0f)); // room above the floating add button
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

// Heights measured before a rebuild carry over to the same items after it, so that the list does
// not jump under the user's thumb when the agenda refreshes.
void TodayView::keepCardHeights() {
    cardHeights_.assign(agenda_.items.size(), 0.0f);
    if (drawnHeights_.empty()) return;
    std::unordered_map<std::uint64_t, float> kept;
    for (std::size_t i = 0; i < agenda_.items.size(); ++i) {
        const auto found = drawnHeights_.find(packedKey(agenda_.items[i]));
        if (found == drawnHeights_.end()) continue;
        cardHeights_[i] = found->second;
        kept.insert(*found);
    }
    drawnHeights_.swap(kept);
}

// Draws the cards on screen (and the selected one when it must scroll into view); the runs of
// cards above and below become one spacer each, of the height they would take.
void TodayView::drawList(const ViewContext& context) {
    const int selected = selectedIndex();
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    const float margin = ImGui::GetWindowHeight() * 0.5f;
    const float visibleTop = ImGui::GetScrollY() - margin;
    const float visibleBottom = ImGui::GetScrollY() + ImGui::GetWindowHeight() + margin;
    float skipped = 0.0f;
    const auto placeSkipped = [&] {
        if (skipped <= 0.0f) return;
        ImGui::Dummy(ImVec2(1.0f, std::max(0.0f, skipped - spacing)));
        skipped = 0.0f;
    };
    std::optional<AgendaSection> section;
    for (std::size_t i = 0; i < agenda_.items.size(); ++i) {
        const AgendaItem& item = agenda_.items[i];
        if (section != item.section) {
            section = item.section;
            placeSkipped();
            if (i > 0) ImGui::Dummy(ImVec2(0, 6));
            sectionHeader(sectionTitle(item.section), agenda_.count(item.section),
                          sectionColour(item.section));
        }
        const bool isSelected = static_cast<int>(i) == selected;
        const float top = ImGui::GetCursorPosY() + skipped;
        const float height = cardHeights_[i] > 0.0f ? cardHeights_[i] : typicalCardHeight_;
        if ((top + height < visibleTop || top > visibleBottom) && !(isSelected && scrollToSelected_)) {
            skipped += height;
            continue;
        }
        placeSkipped();
        drawCard(context, static_cast<int>(i), isSelected);
        const float drawn = ImGui::GetCursorPosY() - top;
        cardHeights_[i] = drawn;
        drawnHeights_[packedKey(item)] = drawn;
        if (!isSelected) typicalCardHeight_ = drawn;
    }
    placeSkipped();
}

void TodayView::drawHeader(const ViewContext& context) {
    const Workspace& ws = context.editor.workspace();
    const CivilDate date = ws.timeZone().localDate(context.now);
    static const char* const kLongDays[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                            "Thursday", "Friday", "Saturday"};
    const std::string when = std::string(kLongDays[static_cast<int>(weekdayOf(date))]) + " " +
                             std::to_string(date.day) + " " + monthName(date.month);
    if (!context.narrow) {
        heading(context.fonts, "Today");
        ImGui::SameLine();
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 3.0f);
    }
    mutedText(when.c_str());
    if (agenda_.items.empty()) return;
    std::string summary;
    const auto add = [&](AgendaSection s, const char* name) {
        if (const int n = agenda_.count(s)) {
            if (!summary.empty()) summary += "  ·  ";
            summary += std::to_string(n) + " " + name;
        }
    };
    add(AgendaSection::NewLead, "new");
    add(AgendaSection::Overdue, "overdue");
    add(AgendaSection::DueNow, "due now");
    add(AgendaSection::LaterToday, "later");
    ImGui::SameLine();
    mutedText(("·  " + summary).c_str());
    if (!context.narrow) {
        const char* hint = ICON_KEYBOARD "  J/K move  ·  Enter act  ·  1-4 outcome  ·  ? help";
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(hint).x);
        mutedText(hint);
    }
    ImGui::Dummy(ImVec2(0, 2));
}

void TodayView::handleKeyboard(const ViewContext& context) {
    if (ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) return;
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl || io.KeySuper || io.KeyAlt) return;
    const int index = selectedIndex();
    if (ImGui::IsKeyPressed(74) || ImGui::IsKeyPressed(40)) select(index + 1); // J, down
    if (ImGui::IsKeyPressed(75) || ImGui::IsKeyPressed(38)) select(index - 1); // K, up
    if (index < 0) return;
    const AgendaItem item = agenda_.items[static_cast<std::size_t>(index)];
    if (ImGui::IsKeyPressed(13, false)) act(context, item);                      // Enter
    if (ImGui::IsKeyPressed(79, false)) context.navigator.openLead(item.leadId); // O
    if (ImGui::IsKeyPressed(83, false)) openSnooze_ = true;                      // S
    const std::vector<Outcome> outcomes = outcomesFor(channelUsed(item));
    for (std::size_t i = 0; i < outcomes.size() && i < 9; ++i)
        if (ImGui::IsKeyPressed(49 + static_cast<int>(i), false)) { // 1..9
            logOutcome(context, item, outcomes[i]);
            break;
        }
}

void TodayView::drawCard(const ViewContext& context, int index, bool selected) {
    const AgendaItem& item = agenda_.items[static_cast<std::size_t>(index)];
    const Workspace& ws = context.editor.workspace();
    const Lead* lead = ws.lead(item.leadId);
    if (!lead) return;
    ImGui::PushID(static_cast<int>(item.enrollmentId.value * 64u +
                                   static_cast<unsigned>(item.item.index) * 2u +
                                   (item.item.isRule ? 1u : 0u)));
    const Card card = beginCard(context.narrow ? 12.0f : 14.0f);
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x - card.padding;

    channelBadge(context.fonts, item.channel,
                 sectionColour(item.section) == palette::textMuted ? palette::accent
                                                                   : sectionColour(item.section));
    ImGui::SameLine(0.0f, 12.0f);
    ImGui::BeginGroup();
    // Line 1: who, how warm, and when.
    ImGui::PushFont(context.fonts.heading);
    ImGui::TextUnformatted(lead->name.c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 3.0f);
    const std::string temperature =
        std::string(temperatureIcon(lead->temperature)) + " " + temperatureLabel(lead->temperature);
    ImVec4 tempSoft = ImGui::ColorConvertU32ToFloat4(temperatureColour(lead->temperature));
    tempSoft.w = 0.12f;
    chip(temperature.c_str(), ImGui::ColorConvertFloat4ToU32(tempSoft), temperatureColour(lead->temperature));

    std::string due;
    ImU32 dueBg = palette::neutralSoft, dueFg = palette::textMuted;
    switch (item.section) {
    case AgendaSection::NewLead: {
        const bool late = item.leadAgeSeconds > kSpeedToLeadSeconds;
        due = late ? ICON_WARNING "  " + formatDuration(item.leadAgeSeconds) + " waiting"
              : item.leadAgeSeconds < 60
                  ? std::string(ICON_CLOCK "  added just now")
                  : ICON_CLOCK "  added " + formatDuration(item.leadAgeSeconds) + " ago";
        dueBg = late ? palette::dangerSoft : palette::warningSoft;
        dueFg = late ? palette::danger : palette::warning;
        break;
    }
    case AgendaSection::Overdue:
        due = ICON_WARNING "  overdue " + formatDuration(item.overdueSeconds);
        dueBg = palette::dangerSoft;
        dueFg = palette::danger;
        break;
    case AgendaSection::DueNow:
        due = ICON_CLOCK "  due " + formatClock(ws.timeZone(), item.due);
        dueBg = palette::accentSoft;
        dueFg = palette::accent;
        break;
    case AgendaSection::LaterToday:
        due = ICON_CLOCK "  at " + formatClock(ws.timeZone(), item.due);
        break;
    }
    const float dueWidth = ImGui::CalcTextSize(due.c_str()).x + 16.0f;
    if (!context.narrow) {
        ImGui::SameLine();
        ImGui::SetCursorScreenPos(
            ImVec2(std::max(ImGui::GetCursorScreenPos().x, right - dueWidth), ImGui::GetCursorScreenPos().y));
    }
    chip(due.c_str(), dueBg, dueFg);

    // Line 2: the step and the plan.
    const Plan* plan = ws.plan(item.planId);
    std::string step = std::string(channelLabel(item.channel));
    if (item.touchCount > 0)
        step += "  ·  touch " + std::to_string(item.touchNumber) + " of " + std::to_string(item.touchCount);
    else if (plan && item.item.isRule && static_cast<std::size_t>(item.item.index) < plan->recurring.size() &&
             !plan->recurring[static_cast<std::size_t>(item.item.index)].label.empty())
        step += "  ·  " + plan->recurring[static_cast<std::size_t>(item.item.index)].label;
    if (plan) step += "  ·  " + plan->name;
    ImGui::PushTextWrapPos(right - ImGui::GetWindowPos().x + ImGui::GetScrollX());
    mutedText(step.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();

    const TouchAction action = touchActionFor(ws, item);
    if (selected) {
        drawActions(context, item);
    } else {
        // A one-line preview of the message.
        std::string preview = action.body.substr(0, action.body.find('\n'));
        const float width = right - ImGui::GetCursorScreenPos().x;
        if (ImGui::CalcTextSize(preview.c_str()).x > width) {
            while (!preview.empty() && ImGui::CalcTextSize((preview + "…").c_str()).x > width)
                preview.pop_back();
            while (!preview.empty() && (static_cast<unsigned char>(preview.back()) & 0xC0) == 0x80)
                preview.pop_back();
            if (!preview.empty()) preview.pop_back();
            preview += "…";
        }
        mutedText(preview.c_str());
    }
    const ImRect rect =
        endCard(card, selected, item.section == AgendaSection::NewLead ? palette::warning : 0);
    if (selected && scrollToSelected_) {
        ImGui::SetScrollHereY(0.3f);
        scrollToSelected_ = false;
    }
    if (backgroundClicked(rect)) select(index);
    ImGui::Dummy(ImVec2(0, 2));
    ImGui::PopID();
}

} // namespace cadence::ui

// See health_view.h.
#include "ui/health_view.h"

#include "core/agenda.h"
#include "core/default_plans.h"
#include "icons.h"
#include "ui/empty_state.h"
#include "ui/format.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cstdio>

namespace cadence::ui {
namespace {

struct Measure {
    const char* title;
    std::string value;
    std::string target;
    double fill = 0;        // 0..1 of the bar
    double targetFrom = -1; // 0..1 band that is good (or -1)
    double targetTo = -1;
    bool good = true;
    const char* explain;
};

std::string percent(double share) {
    char text[16];
    std::snprintf(text, sizeof text, "%.0f%%", share * 100.0);
    return text;
}

std::string decimal(double value) {
    char text[16];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

// One measure as a card: the number big, a bar with the target band, a line of explanation.
// Returns true when clicked.
bool measureCard(const Fonts& fonts, const Measure& m, float width) {
    ImGui::BeginGroup();
    const Card card = beginCard(14.0f);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 28.0f);
    mutedText(m.title);
    ImGui::PushFont(fonts.title);
    ImGui::PushStyleColor(ImGuiCol_Text, m.good ? ImGui::GetColorU32(ImGuiCol_Text) : palette::danger);
    ImGui::TextUnformatted(m.value.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 8.0f);
    mutedText(m.target.c_str());
    // The bar.
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float barWidth = width - 28.0f, barHeight = 8.0f;
    ImGui::Dummy(ImVec2(barWidth, barHeight));
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->AddRectFilled(pos, ImVec2(pos.x + barWidth, pos.y + barHeight), palette::neutralSoft, 4.0f);
    if (m.targetFrom >= 0) {
        ImVec4 band = ImGui::ColorConvertU32ToFloat4(palette::success);
        band.w = 0.25f;
        list->AddRectFilled(ImVec2(pos.x + barWidth * static_cast<float>(m.targetFrom), pos.y),
                            ImVec2(pos.x + barWidth * static_cast<float>(m.targetTo), pos.y + barHeight),
                            ImGui::ColorConvertFloat4ToU32(band), 4.0f);
    }
    const float fill = static_cast<float>(std::clamp(m.fill, 0.0, 1.0));
    if (fill > 0)
        list->AddRectFilled(pos, ImVec2(pos.x + std::max(barHeight, barWidth * fill), pos.y + barHeight),
                            m.good ? palette::success : palette::danger, 4.0f);
    mutedText(m.explain);
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(width - 28.0f, 0));
    const ImRect rect = endCard(card, false);
    ImGui::EndGroup();
    ImGui::SetCursorScreenPos(rect.Min);
    const bool clicked = cardButton(m.title, rect.GetSize());
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return clicked;
}

} // namespace

void HealthView::draw(const ViewContext& context) {
    const Workspace& ws = context.editor.workspace();
    if (!built_ || revision_ != context.editor.revision() || context.now - builtAt_ >= 60) {
        report_ = buildHealthReport(ws, context.now);
        revision_ = context.editor.revision();
        builtAt_ = context.now;
        built_ = true;
    }
    if (!context.narrow) heading(context.fonts, "Follow-up health");
    if (report_.leadCount == 0) {
        drawEmptyState(context.fonts,
                       {ICON_HEALTH, "No follow-up data yet",
                        "Once you have leads, this page measures your follow-up against what works: "
                        "never contacted, given up after one try, touches per lead against 5 to 7, "
                        "attempts until contact against 8 to 13, speed to first touch."});
        return;
    }
    mutedTextWrapped(
        (std::to_string(report_.leadCount) + " active leads. Click a card to see the leads behind it.")
            .c_str());
    ImGui::Spacing();

    const HealthReport& r = report_;
    std::vector<Measure> measures;
    measures.push_back({"Never contacted", percent(r.neverContactedShare), "target 0%", r.neverContactedShare,
                        0, 0.02, r.neverContactedShare < 0.05,
                        "Over 80% of leads are never followed up. Every lead deserves a first touch."});
    measures.push_back({"Gave up after one try", percent(r.gaveUpAfterOneShare), "target 0%",
                        r.gaveUpAfterOneShare, 0, 0.02, r.gaveUpAfterOneShare < 0.05,
                        "44% of salespeople stop after one. One touch, no contact, and nothing for a week."});
    measures.push_back({"Touches per lead", decimal(r.touchesPerLead), "target 5-7", r.touchesPerLead / 10.0,
                        0.5, 0.7, r.touchesPerLead >= kTargetTouchesPerLeadMin,
                        "Five to seven contacts convert best; 80% of sales need five follow-ups."});
    measures.push_back({"Attempts until contact", decimal(r.attemptsUntilFirstContact), "expect 8-13",
                        r.attemptsUntilFirstContact / 15.0, 8.0 / 15.0, 13.0 / 15.0, true,
                        "It usually takes 8 to 13 tries to reach someone: keep going past the third."});
    const std::string median =
        r.medianSecondsToFirstTouch ? formatDuration(*r.medianSecondsToFirstTouch) : std::string("—");
    measures.push_back({"First touch within 5 minutes", percent(r.firstTouchWithin5MinShare),
                        "median " + median, r.firstTouchWithin5MinShare, 0.8, 1.0,
                        r.firstTouchWithin5MinShare >= 0.5,
                        "Calling within 5 minutes makes contact 100 times more likely than at 30."});
    measures.push_back({"Sphere touches, last 30 days", decimal(r.sphereTouchesLast30Days),
                        "target 3  ·  " + percent(r.sphereMeetingTargetShare) + " on target",
                        r.sphereTouchesLast30Days / 5.0, 0.6, 1.0,
                        r.sphereLeadCount == 0 || r.sphereTouchesLast30Days >= 3,
                        "Touch everyone you know at least 3 times a month, forever."});
    measures.push_back({"Overdue touches", std::to_string(r.overdueCount), "target 0",
                        std::min(1.0, r.overdueCount / 50.0), 0, 0.02, r.overdueCount == 0,
                        "Touches more than an hour late. Today lists them first."});
    measures.push_back({"Leads with no next step", std::to_string(r.leadsWithoutNextStep.size()), "must be 0",
                        r.leadsWithoutNextStep.empty() ? 0.0 : 1.0, 0, 0.02, r.leadsWithoutNextStep.empty(),
                        "Cadence keeps every active lead on a plan; this should never rise."});

    const float spacing = 12.0f;
    const float available = ImGui::GetContentRegionAvail().x;
    const int columns = context.narrow ? 1 : available > 1000 ? 4 : available > 640 ? 2 : 1;
    const float width = (available - spacing * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    const float cardHeight = context.narrow ? 170.0f : 178.0f;
    for (std::size_t i = 0; i < measures.size(); ++i) {
        if (static_cast<int>(i) % columns != 0) ImGui::SameLine(0, spacing);
        ImGui::PushID(static_cast<int>(i));
        ImGui::BeginChild("measure", ImVec2(width, cardHeight), false,
                          ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoBackground);
        const bool clicked = measureCard(context.fonts, measures[i], width);
        ImGui::EndChild();
        ImGui::PopID();
        if (!clicked) continue;
        LeadFilter filter;
        filter.idsLabel = measures[i].title;
        switch (i) {
        case 0:
            filter.neverContacted = true;
            filter.idsLabel.clear();
            break;
        case 1:
        case 2:
        case 3:
        case 4: {
            std::vector<LeadId> ids;
            for (const auto& lead : ws.leadSlots()) {
                if (!lead || !isActive(lead->stage) || lead->createdAt > context.now) continue;
                const LeadActivity& a = ws.activity(lead->id);
                const bool match =
                    i == 1   ? (a.touchCount == 1 && !a.firstContactAt && a.firstTouchAt &&
                              context.now - *a.firstTouchAt > kGaveUpAfterSeconds)
                    : i == 2 ? a.touchCount < kTargetTouchesPerLeadMin
                    : i == 3 ? !a.firstContactAt && a.touchCount > 0
                             : (a.firstTouchAt ? *a.firstTouchAt - lead->createdAt > kSpeedToLeadSeconds
                                               : context.now - lead->createdAt > kSpeedToLeadSeconds);
                if (match) ids.push_back(lead->id);
            }
            filter.ids = std::move(ids);
            filter.idsLabel = i == 2   ? "Fewer than 5 touches"
                              : i == 3 ? "Not reached yet"
                              : i == 4 ? "Slow first touch"
                                       : filter.idsLabel;
            break;
        }
        case 5:
            if (const Plan* sphere = ws.planNamed(kSpherePlanName)) filter.plan = sphere->id;
            filter.idsLabel.clear();
            break;
        case 6: {
            std::vector<LeadId> ids;
            for (const auto& e : ws.enrollmentSlots())
                if (e && e->state == EnrollmentState::Active)
                    if (auto due = ws.nextDue(e->id); due && context.now - *due > kDueNowGrace)
                        ids.push_back(e->leadId);
            filter.ids = std::move(ids);
            break;
        }
        default:
            filter.ids = r.leadsWithoutNextStep;
            break;
        }
        context.navigator.showLeads(filter);
    }
    ImGui::Dummy(ImVec2(0, context.narrow ? 60.0f : 8.0f));
}

} // namespace cadence::ui

// See lead_panel.h. The header and plan actions live here; the form is in lead_form.cpp.
#include "ui/lead_panel.h"

#include "core/deep_link.h"
#include "core/schedule.h"
#include "icons.h"
#include "ui/format.h"
#include "ui/widgets.h"

#include <algorithm>

namespace cadence::ui {
namespace {

std::string joinTags(const std::vector<std::string>& tags) {
    std::string text;
    for (const std::string& tag : tags)
        text += (text.empty() ? "" : ", ") + tag;
    return text;
}

const char* stateLabel(EnrollmentState state) {
    switch (state) {
    case EnrollmentState::Active:
        return "Active";
    case EnrollmentState::Paused:
        return "Paused";
    case EnrollmentState::Completed:
        return "Finished";
    case EnrollmentState::Stopped:
        return "Stopped";
    }
    return "";
}

} // namespace

void LeadPanel::open(LeadId id) {
    lead_ = id;
    loadedFrom_ = Lead{};
    tab_ = 0;
}

void LeadPanel::draw(const ViewContext& context) {
    const Lead* lead = lead_ ? context.editor.workspace().lead(*lead_) : nullptr;
    if (!lead) return;
    // Take a fresh draft when the lead changed underneath an untouched form (undo, a logged touch).
    if (!(loadedFrom_ == *lead)) {
        if (draft_ == loadedFrom_ || draft_.id != lead->id) {
            draft_ = *lead;
            tagsText_ = joinTags(lead->tags);
        }
        loadedFrom_ = *lead;
    }
    drawHeader(context, *lead);
    const char* tabs[] = {ICON_EDIT "  Details", ICON_PLANS "  Follow-up", ICON_LIST "  Timeline"};
    ImGui::Spacing();
    segmented("leadtabs", tabs, 3, &tab_, (ImGui::GetContentRegionAvail().x - 8.0f) / 3.0f);
    ImGui::Spacing();
    switch (tab_) {
    case 0:
        drawDetails(context, *lead);
        break;
    case 1:
        drawPlans(context, *lead);
        break;
    default:
        drawTimeline(context, *lead);
        break;
    }
}

void LeadPanel::drawHeader(const ViewContext& context, const Lead& lead) {
    const float closeWidth = context.narrow ? 92.0f : 34.0f;
    if (context.narrow) {
        if (ImGui::Button(ICON_CHEVRON_LEFT "  Back##lead", ImVec2(closeWidth, 40))) close();
    }
    ImGui::PushFont(context.fonts.heading);
    ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - (context.narrow ? 0.0f : closeWidth + 8.0f));
    ImGui::TextUnformatted(lead.name.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    if (!context.narrow) {
        ImGui::SameLine(ImGui::GetContentRegionMax().x - closeWidth);
        if (quietButton(ICON_CLOSE "##Close lead", ImVec2(closeWidth, 0))) close();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Close (Esc)");
    }
    ImVec4 soft = ImGui::ColorConvertU32ToFloat4(temperatureColour(lead.temperature));
    soft.w = 0.12f;
    chip((std::string(temperatureIcon(lead.temperature)) + " " + temperatureLabel(lead.temperature)).c_str(),
         ImGui::ColorConvertFloat4ToU32(soft), temperatureColour(lead.temperature));
    ImGui::SameLine(0, 6);
    chip(stageLabel(lead.stage), palette::accentSoft, palette::accent);
    const Workspace& ws = context.editor.workspace();
    const LeadActivity& activity = ws.activity(lead.id);
    ImGui::SameLine(0, 10);
    const std::string facts = "added " + formatDate(ws.timeZone(), lead.createdAt, context.now) + "  ·  " +
                              std::to_string(activity.touchCount) +
                              (activity.touchCount == 1 ? " touch" : " touches");
    mutedText(facts.c_str());

    // Reach them now, outside the plan.
    const PhoneNumber* phone = nullptr;
    for (const PhoneNumber& p : lead.phones)
        if (!p.flaggedBad) {
            phone = &p;
            break;
        }
    const EmailAddress* email = nullptr;
    for (const EmailAddress& e : lead.emails)
        if (!e.flaggedBad) {
            email = &e;
            break;
        }
    if (phone) {
        if (ImGui::Button(ICON_CALL "  Call##lead")) context.platform.openLink(telLink(phone->number));
        ImGui::SameLine();
        if (ImGui::Button(ICON_TEXT "  Text##lead")) context.platform.openLink(smsLink(phone->number, ""));
        ImGui::SameLine();
    }
    if (email && ImGui::Button(ICON_EMAIL "  Email##lead"))
        context.platform.openLink(mailtoLink(email->address, "", ""));
    if (!phone && !email)
        mutedText("No working phone or email: add one below.");
    else
        ImGui::NewLine();
}

void LeadPanel::drawPlans(const ViewContext& context, const Lead& lead) {
    const Workspace& ws = context.editor.workspace();
    const LeadActivity& activity = ws.activity(lead.id);
    bool anyLive = false;
    for (EnrollmentId id : activity.enrollments) {
        const Enrollment* enrollment = ws.enrollment(id);
        const Plan* plan = enrollment ? ws.plan(enrollment->planId) : nullptr;
        if (!enrollment || !plan || !enrollment->isLive()) continue;
        anyLive = true;
        ImGui::PushID(static_cast<int>(id.value));
        const Card card = beginCard(12.0f);
        ImGui::TextUnformatted((std::string(ICON_PLANS "  ") + plan->name).c_str());
        ImGui::SameLine();
        chip(stateLabel(enrollment->state),
             enrollment->state == EnrollmentState::Active ? palette::successSoft : palette::warningSoft,
             enrollment->state == EnrollmentState::Active ? palette::success : palette::warning);
        mutedText(("Started " + formatDate(ws.timeZone(), enrollment->startedAt, context.now) +
                   (enrollment->skippedSteps ? "  ·  " + std::to_string(enrollment->skippedSteps) + " skipped"
                                             : ""))
                      .c_str());

        // Remaining steps with their dates, the next one first.
        const ScheduleContext schedule = ws.scheduleContext();
        const bool paused = enrollment->state == EnrollmentState::Paused;
        const int total = applicableStepCount(*plan, lead.temperature);
        int number = 0;
        int shown = 0;
        for (std::size_t i = 0; i < plan->steps.size(); ++i) {
            const PlanStep& step = plan->steps[i];
            if (!appliesTo(step, lead.temperature)) continue;
            ++number;
            if (static_cast<int>(i) < enrollment->nextStepIndex) continue;
            const Channel channel = resolveChannel(step.channel, lead);
            Instant due = shown == 0 && enrollment->stepSnoozedUntil
                              ? *enrollment->stepSnoozedUntil
                              : stepDue(*plan, *enrollment, static_cast<int>(i), lead, schedule);
            // While paused until a day, show the dates the steps will have once it resumes.
            if (paused && enrollment->resumeAt && enrollment->pausedAt)
                due = due + (*enrollment->resumeAt - *enrollment->pausedAt);
            const std::string line = std::string(channelIcon(channel)) + "  " + std::to_string(number) +
                                     " of " + std::to_string(total) + "  " + channelLabel(channel) + "   " +
                                     formatWhen(ws.timeZone(), due, context.now);
            if (shown == 0 && paused) {
                mutedText((line + (enrollment->resumeAt ? "  (after the pause)" : "  (paused)")).c_str());
            } else if (shown == 0) {
                ImGui::PushStyleColor(ImGuiCol_Text, due <= context.now ? palette::danger : palette::accent);
                ImGui::TextUnformatted((line + (due <= context.now ? "  (due)" : "  (next)")).c_str());
                ImGui::PopStyleColor();
            } else {
                mutedText(line.c_str());
            }
            if (++shown >= 8) break;
        }
        for (std::size_t r = 0; r < plan->recurring.size(); ++r) {
            const RecurringRule& rule = plan->recurring[r];
            const std::string line =
                std::string(channelIcon(rule.channel)) + "  " +
                (rule.label.empty() ? std::string(channelLabel(rule.channel)) : rule.label) + "  (recurring)";
            mutedText(line.c_str());
        }
        if (shown == 0 && plan->recurring.empty()) mutedText("No steps left: the plan ends and hands over.");

        // Plan actions.
        if (enrollment->state == EnrollmentState::Active) {
            pauseMenu_.draw(context, id, plan->name);
        } else {
            if (enrollment->resumeAt) {
                ImGui::PushStyleColor(ImGuiCol_Text, palette::warning);
                ImGui::TextUnformatted((ICON_PAUSE "  Paused until " +
                                        formatWhen(ws.timeZone(), *enrollment->resumeAt, context.now) +
                                        ": it resumes by itself")
                                           .c_str());
                ImGui::PopStyleColor();
            }
            if (ImGui::Button(ICON_PLAY "  Resume")) {
                if (auto r = context.editor.apply(ResumeEnrollment{id, context.now}))
                    context.navigator.notify("Resumed " + plan->name, 1);
            }
        }
        ImGui::SameLine();
        if (ImGui::Button(ICON_STOP "  Stop")) {
            if (auto r = context.editor.apply(StopEnrollment{id, context.now}))
                context.navigator.notify("Stopped " + plan->name + ": the lead moves to long-term nurture",
                                         1);
            else
                context.navigator.notify(r.error().describe());
        }
        ImGui::SameLine();
        const Plan* target = ws.plan(switchPlan_);
        ImGui::SetNextItemWidth(std::max(120.0f, ImGui::GetContentRegionAvail().x - 90.0f));
        if (ImGui::BeginCombo("##Switch to", target ? target->name.c_str() : "Switch to…")) {
            for (const auto& p : ws.planSlots())
                if (p && p->id != plan->id && ImGui::Selectable(p->name.c_str())) switchPlan_ = p->id;
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        ImGui::BeginDisabled(!target);
        if (ImGui::Button("Switch")) {
            if (auto r = context.editor.apply(MoveToPlan{id, switchPlan_, context.now})) {
                context.navigator.notify("Moved to " + target->name, 1);
                switchPlan_ = PlanId{};
            } else {
                context.navigator.notify(r.error().describe());
            }
        }
        ImGui::EndDisabled();
        endCard(card, false);
        ImGui::PopID();
    }
    if (!anyLive) mutedTextWrapped("Not in any plan right now (archived leads leave every plan).");

    ImGui::Spacing();
    mutedText("Also enrol in");
    const Plan* enrol = ws.plan(enrolPlan_);
    ImGui::SetNextItemWidth(std::max(120.0f, ImGui::GetContentRegionAvail().x - 90.0f));
    if (ImGui::BeginCombo("##Enrol in", enrol ? enrol->name.c_str() : "Choose a plan")) {
        for (const auto& p : ws.planSlots())
            if (p && ImGui::Selectable(p->name.c_str())) enrolPlan_ = p->id;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(!enrol);
    if (ImGui::Button("Enrol")) {
        if (auto r = context.editor.apply(Enrol{lead.id, enrolPlan_, context.now})) {
            context.navigator.notify("Enrolled in " + enrol->name, 1);
            enrolPlan_ = PlanId{};
        } else {
            context.navigator.notify(r.error().describe());
        }
    }
    ImGui::EndDisabled();

    // Plans that ended, for the record.
    bool header = false;
    for (EnrollmentId id : activity.enrollments) {
        const Enrollment* enrollment = ws.enrollment(id);
        const Plan* plan = enrollment ? ws.plan(enrollment->planId) : nullptr;
        if (!enrollment || enrollment->isLive()) continue;
        if (!header) {
            ImGui::Spacing();
            mutedText("Earlier plans");
            header = true;
        }
        std::string reason(toString(enrollment->endReason));
        std::replace(reason.begin(), reason.end(), '_', ' ');
        ImGui::BulletText("%s: %s%s", plan ? plan->name.c_str() : "(deleted plan)",
                          stateLabel(enrollment->state),
                          reason == "none" ? "" : (" (" + reason + ")").c_str());
    }
}

void LeadPanel::drawTimeline(const ViewContext& context, const Lead& lead) {
    const Workspace& ws = context.editor.workspace();
    const LeadActivity& activity = ws.activity(lead.id);
    if (activity.touches.empty()) {
        mutedTextWrapped("No touches yet. Everything you log from Today appears here, newest first.");
    }
    for (auto it = activity.touches.rbegin(); it != activity.touches.rend(); ++it) {
        const Touch* touch = ws.touch(*it);
        if (!touch) continue;
        ImGui::PushStyleColor(ImGuiCol_Text, isContact(touch->outcome) ? palette::success : palette::accent);
        ImGui::TextUnformatted(channelIcon(touch->channel));
        ImGui::PopStyleColor();
        ImGui::SameLine();
        ImGui::BeginGroup();
        ImGui::Text("%s  ·  %s", channelLabel(touch->channel), outcomeLabel(touch->outcome));
        mutedText(formatWhen(ws.timeZone(), touch->at, context.now).c_str());
        if (!touch->note.empty()) mutedTextWrapped(touch->note.c_str());
        ImGui::EndGroup();
        ImGui::Separator();
    }
    if (!lead.notes.empty()) {
        ImGui::Spacing();
        mutedText(ICON_NOTE "  Notes");
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(lead.notes.c_str());
        ImGui::PopTextWrapPos();
    }
}

} // namespace cadence::ui

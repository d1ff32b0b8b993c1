// See quick_add.h.
#include "ui/quick_add.h"

#include "core/contact_format.h"
#include "icons.h"
#include "ui/format.h"
#include "ui/text_input.h"
#include "ui/widgets.h"

#include <algorithm>

namespace cadence::ui {
namespace {

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

void fieldLabel(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::textMuted);
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
}

void fieldMessage(const std::string& text, ImU32 colour) {
    if (text.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

const char* const kSources[] = {"Website", "Zillow", "Open house", "Referral", "Sign call", "Social"};

} // namespace

void QuickAdd::reset(const Workspace& ws) {
    name_.clear();
    phone_.clear();
    email_.clear();
    source_.clear();
    temperature_ = 1;
    plan_ = ws.settings().newLeadPlanId.value_or(PlanId{});
    planChosen_ = false;
    showErrors_ = false;
    checkedPhone_.clear();
    checkedEmail_.clear();
    duplicatePhoneOf_.clear();
    duplicateEmailOf_.clear();
    error_.clear();
}

void QuickAdd::checkDuplicates(const Workspace& ws) {
    const std::string phoneKeyText = phoneKey(phone_);
    const std::string emailKeyText = emailKey(email_);
    if (phoneKeyText == checkedPhone_ && emailKeyText == checkedEmail_) return;
    checkedPhone_ = phoneKeyText;
    checkedEmail_ = emailKeyText;
    duplicatePhoneOf_.clear();
    duplicateEmailOf_.clear();
    const bool checkPhone = phoneKeyText.size() >= 7, checkEmail = !emailProblem(email_);
    if (!checkPhone && !checkEmail) return;
    for (const auto& slot : ws.leadSlots()) {
        if (!slot) continue;
        if (checkPhone && duplicatePhoneOf_.empty())
            for (const PhoneNumber& phone : slot->phones)
                if (phoneKey(phone.number) == phoneKeyText) duplicatePhoneOf_ = slot->name;
        if (checkEmail && duplicateEmailOf_.empty())
            for (const EmailAddress& email : slot->emails)
                if (emailKey(email.address) == emailKeyText) duplicateEmailOf_ = slot->name;
    }
}

std::optional<LeadId> QuickAdd::draw(const ViewContext& context) {
    const Workspace& ws = context.editor.workspace();
    if (openRequested_) {
        openRequested_ = false;
        reset(ws);
        ImGui::OpenPopup("Add a lead");
        focusName_ = true;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float width = std::min(520.0f, viewport->Size.x - 24.0f);
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always,
                            ImVec2(0.5f, context.narrow ? 0.4f : 0.45f));
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(22, 20));
    open_ = ImGui::BeginPopupModal("Add a lead", nullptr,
                                   ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar();
    if (!open_) return std::nullopt;

    heading(context.fonts, ICON_USER_PLUS "  Add a lead");
    mutedText("The first touch is due the moment you add them.");
    ImGui::Spacing();

    const float field = ImGui::GetContentRegionAvail().x;
    fieldLabel("Name");
    ImGui::SetNextItemWidth(field);
    if (focusName_) {
        ImGui::SetKeyboardFocusHere();
        focusName_ = false;
    }
    inputTextWithHint("##Name", "First and last name", name_);
    if (showErrors_ && trimmed(name_).empty()) fieldMessage("Enter the lead's name.", palette::danger);

    const float half = context.narrow ? field : (field - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    const float secondColumn = ImGui::GetCursorPosX() + half + ImGui::GetStyle().ItemSpacing.x;
    fieldLabel("Phone");
    if (!context.narrow) {
        ImGui::SameLine(secondColumn);
        fieldLabel("Email");
    }
    ImGui::SetNextItemWidth(half);
    inputTextWithHint("##Phone", "+1 555 010 2030", phone_, TextKind::Phone);
    if (context.narrow) {
        fieldLabel("Email");
    } else {
        ImGui::SameLine(secondColumn);
    }
    ImGui::SetNextItemWidth(half);
    inputTextWithHint("##Email", "name@example.com", email_, TextKind::Email);

    checkDuplicates(ws);
    const bool hasPhone = !trimmed(phone_).empty(), hasEmail = !trimmed(email_).empty();
    std::optional<std::string> phoneIssue = hasPhone ? phoneProblem(phone_) : std::nullopt;
    std::optional<std::string> emailIssue = hasEmail ? emailProblem(email_) : std::nullopt;
    // Shape problems show once the user has typed enough to mean it, or tried to add.
    if (phoneIssue && (showErrors_ || phoneKey(phone_).size() >= 7 ||
                       phone_.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos))
        fieldMessage(ICON_WARNING "  Phone: " + *phoneIssue, palette::danger);
    if (emailIssue && (showErrors_ || email_.find('@') != std::string::npos))
        fieldMessage(ICON_WARNING "  Email: " + *emailIssue, palette::danger);
    if (showErrors_ && !hasPhone && !hasEmail)
        fieldMessage("Add a phone number or an email so Cadence can plan the touches.", palette::danger);
    if (!duplicatePhoneOf_.empty())
        fieldMessage(ICON_INFO "  " + duplicatePhoneOf_ + " already has this phone number.",
                     palette::warning);
    if (!duplicateEmailOf_.empty())
        fieldMessage(ICON_INFO "  " + duplicateEmailOf_ + " already has this email.", palette::warning);

    fieldLabel("Source");
    ImGui::SetNextItemWidth(field);
    inputTextWithHint("##Source", "Where the lead came from", source_);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(8, 3));
    for (std::size_t i = 0; i < std::size(kSources); ++i) {
        if (i > 0) {
            ImGui::SameLine(0, 6);
            if (ImGui::GetCursorPosX() + ImGui::CalcTextSize(kSources[i]).x + 16 > field + 22)
                ImGui::NewLine();
        }
        if (quietButton(kSources[i])) source_ = kSources[i];
    }
    ImGui::PopStyleVar();

    fieldLabel("Temperature");
    const std::string hot = std::string(ICON_HOT) + "  Hot", warm = std::string(ICON_WARM) + "  Warm",
                      cold = std::string(ICON_COLD) + "  Cold";
    const char* temps[] = {hot.c_str(), warm.c_str(), cold.c_str()};
    segmented("temperature", temps, 3, &temperature_, (field - 8.0f) / 3.0f);

    fieldLabel("Plan");
    const Plan* plan = ws.plan(plan_);
    ImGui::SetNextItemWidth(field);
    if (ImGui::BeginCombo("##Plan", plan ? plan->name.c_str() : "Choose a plan")) {
        for (const auto& slot : ws.planSlots()) {
            if (!slot) continue;
            if (ImGui::Selectable(slot->name.c_str(), slot->id == plan_)) {
                plan_ = slot->id;
                planChosen_ = true;
            }
        }
        ImGui::EndCombo();
    }
    if (plan) {
        const int steps = applicableStepCount(*plan, static_cast<Temperature>(temperature_));
        if (steps > 0)
            mutedText((std::to_string(steps) + " touches for a " +
                       std::string(temperatureLabel(static_cast<Temperature>(temperature_))) + " lead")
                          .c_str());
    }
    fieldMessage(error_, palette::danger);

    ImGui::Spacing();
    std::optional<LeadId> created;
    const float buttonWidth = context.narrow ? (field - 8.0f) * 0.5f : 120.0f;
    if (!context.narrow) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + field - buttonWidth * 2 - 8.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(12, context.narrow ? 12 : 8));
    if (ImGui::Button("Cancel", ImVec2(buttonWidth, 0)) || ImGui::IsKeyPressed(27, false))
        ImGui::CloseCurrentPopup();
    ImGui::SameLine(0, 8);
    if (primaryButton(ICON_CHECK "  Save lead", ImVec2(buttonWidth, 0)) || ImGui::IsKeyPressed(13, false))
        created = submit(context);
    ImGui::PopStyleVar();
    ImGui::EndPopup();
    return created;
}

std::optional<LeadId> QuickAdd::submit(const ViewContext& context) {
    showErrors_ = true;
    error_.clear();
    const std::string name = trimmed(name_), phone = trimmed(phone_), email = trimmed(email_);
    if (name.empty() || (phone.empty() && email.empty())) return std::nullopt;
    if ((!phone.empty() && phoneProblem(phone)) || (!email.empty() && emailProblem(email)))
        return std::nullopt;

    Lead lead;
    lead.name = name;
    if (!phone.empty()) lead.phones.push_back({"mobile", phone, false});
    if (!email.empty()) lead.emails.push_back({"", email, false});
    lead.source = trimmed(source_);
    lead.temperature = static_cast<Temperature>(temperature_);
    lead.preferredChannel = phone.empty() ? std::optional<Channel>(Channel::Email) : std::nullopt;
    lead.createdAt = context.now;
    Result<Applied> added = context.editor.apply(AddLead{lead});
    if (!added) {
        error_ = added.error().describe();
        return std::nullopt;
    }
    const LeadId id{added->createdId};
    int steps = 1;
    const Workspace& ws = context.editor.workspace();
    if (plan_ && ws.plan(plan_) && ws.settings().newLeadPlanId != plan_) {
        const auto& enrollments = ws.activity(id).enrollments;
        Result<Applied> moved =
            enrollments.empty() ? context.editor.apply(Enrol{id, plan_, context.now})
                                : context.editor.apply(MoveToPlan{enrollments.back(), plan_, context.now});
        if (moved) ++steps;
    }
    ImGui::CloseCurrentPopup();
    std::optional<Instant> first;
    for (EnrollmentId e : ws.activity(id).enrollments)
        if (auto due = ws.nextDue(e); due && (!first || *due < *first)) first = due;
    if (!first || *first <= context.now)
        context.navigator.notify("Added " + name + ": the first touch is due now", steps);
    else
        context.navigator.notify("Added " + name + ": first touch " +
                                     formatWhen(ws.timeZone(), *first, context.now) + " (after quiet hours)",
                                 steps);
    return id;
}

} // namespace cadence::ui

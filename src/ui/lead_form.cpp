// The lead panel's Details tab: every field of the lead, edited on a draft and saved as one
// EditLead command (see lead_panel.h).
#include "core/contact_format.h"
#include "core/validation.h"
#include "icons.h"
#include "ui/format.h"
#include "ui/lead_panel.h"
#include "ui/text_input.h"
#include "ui/widgets.h"

#include <algorithm>

namespace cadence::ui {
namespace {

void label(const char* text) {
    mutedText(text);
}

void problem(const std::optional<std::string>& text) {
    if (!text) return;
    ImGui::PushStyleColor(ImGuiCol_Text, palette::danger);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text->c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

std::vector<std::string> splitTags(const std::string& text) {
    std::vector<std::string> tags;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(',', start);
        if (end == std::string::npos) end = text.size();
        std::string tag = text.substr(start, end - start);
        const auto first = tag.find_first_not_of(' ');
        if (first != std::string::npos) {
            tag = tag.substr(first, tag.find_last_not_of(' ') - first + 1);
            if (std::find(tags.begin(), tags.end(), tag) == tags.end()) tags.push_back(tag);
        }
        start = end + 1;
    }
    return tags;
}

} // namespace

std::string LeadPanel::draftProblem() const {
    if (draft_.name.find_first_not_of(" \t") == std::string::npos) return "The name is empty.";
    for (const PhoneNumber& phone : draft_.phones)
        if (auto p = phoneProblem(phone.number)) return "Phone " + phone.number + ": " + *p;
    for (const EmailAddress& email : draft_.emails)
        if (auto p = emailProblem(email.address)) return "Email " + email.address + ": " + *p;
    if (Status s = validateLead(draft_); !s) return s.error().describe();
    return {};
}

void LeadPanel::drawDetails(const ViewContext& context, const Lead& lead) {
    // The fields scroll; the save bar stays at the bottom of the panel.
    const float footer = ImGui::GetFrameHeightWithSpacing() * 2.0f + 8.0f;
    ImGui::BeginChild("fields", ImVec2(0, -footer), false);
    const float width = ImGui::GetContentRegionAvail().x;
    label("Name");
    ImGui::SetNextItemWidth(width);
    inputText("##Lead name", draft_.name);

    label("Phones");
    for (std::size_t i = 0; i < draft_.phones.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        PhoneNumber& phone = draft_.phones[i];
        ImGui::SetNextItemWidth(80);
        inputTextWithHint("##label", "label", phone.label);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(width - 80 - 44 - 20);
        inputTextWithHint("##number", "+1 555 010 2030", phone.number, TextKind::Phone);
        ImGui::SameLine();
        if (quietButton(ICON_TRASH "##remove phone", ImVec2(44, 0))) {
            draft_.phones.erase(draft_.phones.begin() + static_cast<long>(i));
            ImGui::PopID();
            break;
        }
        if (phone.flaggedBad) {
            ImGui::PushStyleColor(ImGuiCol_Text, palette::warning);
            ImGui::TextUnformatted(ICON_BAN "  Marked as a wrong number");
            ImGui::PopStyleColor();
            ImGui::SameLine();
            if (quietButton("It works again")) phone.flaggedBad = false;
        }
        if (!phone.number.empty()) problem(phoneProblem(phone.number));
        ImGui::PopID();
    }
    if (quietButton(ICON_ADD "  Add phone")) draft_.phones.push_back({"mobile", "", false});

    label("Emails");
    for (std::size_t i = 0; i < draft_.emails.size(); ++i) {
        ImGui::PushID(static_cast<int>(1000 + i));
        EmailAddress& email = draft_.emails[i];
        ImGui::SetNextItemWidth(width - 44 - 10);
        inputTextWithHint("##address", "name@example.com", email.address, TextKind::Email);
        ImGui::SameLine();
        if (quietButton(ICON_TRASH "##remove email", ImVec2(44, 0))) {
            draft_.emails.erase(draft_.emails.begin() + static_cast<long>(i));
            ImGui::PopID();
            break;
        }
        if (email.flaggedBad) {
            ImGui::PushStyleColor(ImGuiCol_Text, palette::warning);
            ImGui::TextUnformatted(ICON_BAN "  Bounced");
            ImGui::PopStyleColor();
            ImGui::SameLine();
            if (quietButton("It works again##email")) email.flaggedBad = false;
        }
        if (!email.address.empty()) problem(emailProblem(email.address));
        ImGui::PopID();
    }
    if (quietButton(ICON_ADD "  Add email")) draft_.emails.push_back({"", "", false});

    const float half = (width - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    const float second = ImGui::GetCursorPosX() + half + ImGui::GetStyle().ItemSpacing.x;
    label("Source");
    ImGui::SameLine(second);
    label("Tags (comma separated)");
    ImGui::SetNextItemWidth(half);
    inputText("##Lead source", draft_.source);
    ImGui::SameLine(second);
    ImGui::SetNextItemWidth(half);
    if (inputTextWithHint("##Lead tags", "buyer, downtown", tagsText_)) draft_.tags = splitTags(tagsText_);

    label("Stage");
    ImGui::SameLine(second);
    label("Preferred channel");
    ImGui::SetNextItemWidth(half);
    if (ImGui::BeginCombo("##Stage", stageLabel(draft_.stage))) {
        for (std::size_t i = 0; i < kStageCount; ++i)
            if (ImGui::Selectable(stageLabel(static_cast<Stage>(i)), draft_.stage == static_cast<Stage>(i)))
                draft_.stage = static_cast<Stage>(i);
        ImGui::EndCombo();
    }
    ImGui::SameLine(second);
    ImGui::SetNextItemWidth(half);
    if (ImGui::BeginCombo("##Preferred channel", draft_.preferredChannel
                                                     ? channelLabel(*draft_.preferredChannel)
                                                     : "No preference")) {
        if (ImGui::Selectable("No preference", !draft_.preferredChannel)) draft_.preferredChannel.reset();
        for (std::size_t i = 0; i + 1 < kChannelCount; ++i) {
            const Channel channel = static_cast<Channel>(i);
            if (ImGui::Selectable(channelLabel(channel), draft_.preferredChannel == channel))
                draft_.preferredChannel = channel;
        }
        ImGui::EndCombo();
    }

    label("Temperature");
    int temperature = static_cast<int>(draft_.temperature);
    const std::string hot = std::string(ICON_HOT) + "  Hot", warm = std::string(ICON_WARM) + "  Warm",
                      cold = std::string(ICON_COLD) + "  Cold";
    const char* temps[] = {hot.c_str(), warm.c_str(), cold.c_str()};
    if (segmented("lead temperature", temps, 3, &temperature, (width - 8.0f) / 3.0f))
        draft_.temperature = static_cast<Temperature>(temperature);

    label("Address");
    ImGui::SetNextItemWidth(width);
    inputText("##Lead address", draft_.address);

    label("Key dates (birthday, purchase anniversary, ...)");
    for (std::size_t i = 0; i < draft_.keyDates.size(); ++i) {
        ImGui::PushID(static_cast<int>(2000 + i));
        KeyDate& date = draft_.keyDates[i];
        ImGui::SetNextItemWidth(std::max(80.0f, width - 250.0f));
        inputTextWithHint("##date name", "birthday", date.name);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(70);
        if (ImGui::BeginCombo("##month", monthName(date.month))) {
            for (int m = 1; m <= 12; ++m)
                if (ImGui::Selectable(monthName(m), date.month == m)) date.month = m;
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        ImGui::SetNextItemWidth(50);
        ImGui::DragInt("##day", &date.day, 0.2f, 1, 31);
        ImGui::SameLine();
        int year = date.year.value_or(0);
        ImGui::SetNextItemWidth(64);
        if (ImGui::DragInt("##year", &year, 0.5f, 0, 2100, year == 0 ? "year?" : "%d"))
            date.year = year > 1900 ? std::optional<int>(year) : std::nullopt;
        ImGui::SameLine();
        if (quietButton(ICON_TRASH "##remove date", ImVec2(36, 0))) {
            draft_.keyDates.erase(draft_.keyDates.begin() + static_cast<long>(i));
            ImGui::PopID();
            break;
        }
        ImGui::PopID();
    }
    if (quietButton(ICON_BIRTHDAY "  Add a key date"))
        draft_.keyDates.push_back({std::string(kBirthday), 1, 1, {}});

    label("Notes");
    inputTextMultiline("##Lead notes", draft_.notes, ImVec2(width, 90));

    ImGui::Dummy(ImVec2(0, 8.0f));
    ImGui::EndChild();

    // Save bar.
    const bool dirty = !(draft_ == lead);
    const std::string issue = draftProblem();
    ImGui::Separator();
    if (dirty && !issue.empty())
        problem(issue);
    else
        mutedText(dirty ? "Unsaved changes" : "All changes saved");
    ImGui::BeginDisabled(!dirty || !issue.empty());
    if (primaryButton(ICON_CHECK "  Save changes")) {
        if (auto r = context.editor.apply(EditLead{draft_, context.now})) {
            context.navigator.notify("Saved " + draft_.name, 1);
        } else {
            context.navigator.notify("Not saved: " + r.error().describe());
        }
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!dirty);
    if (ImGui::Button("Discard")) {
        draft_ = lead;
        tagsText_.clear();
        for (const std::string& tag : lead.tags)
            tagsText_ += (tagsText_.empty() ? "" : ", ") + tag;
    }
    ImGui::EndDisabled();
}

} // namespace cadence::ui

// The tables of the contact import (see contact_import.h): the column mapping, the preview of
// rows as leads, and the list of rows that cannot be used.
#include "ui/contact_import.h"

#include "icons.h"
#include "ui/format.h"
#include "ui/widgets.h"

#include <algorithm>

namespace cadence::ui {
namespace {

std::string joined(const std::vector<std::string>& values) {
    std::string text;
    for (const std::string& value : values)
        text += (text.empty() ? "" : ", ") + value;
    return text;
}

std::string phonesOf(const Lead& lead) {
    std::vector<std::string> values;
    for (const PhoneNumber& phone : lead.phones)
        values.push_back(phone.number);
    return joined(values);
}

std::string emailsOf(const Lead& lead) {
    std::vector<std::string> values;
    for (const EmailAddress& email : lead.emails)
        values.push_back(email.address);
    return joined(values);
}

std::string birthdayOf(const Lead& lead) {
    const KeyDate* date = findKeyDate(lead, "birthday");
    if (!date) return {};
    std::string text = std::to_string(date->day) + " " + monthName(date->month);
    if (date->year) text += " " + std::to_string(*date->year);
    return text;
}

// A cell that keeps to its column: one line, cut with "…" when too long.
void cell(const std::string& text) {
    const float width = ImGui::GetContentRegionAvail().x;
    if (ImGui::CalcTextSize(text.c_str()).x <= width) {
        ImGui::TextUnformatted(text.c_str());
        return;
    }
    std::string cut = text;
    while (!cut.empty() && ImGui::CalcTextSize((cut + "…").c_str()).x > width) {
        cut.pop_back();
        while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80)
            cut.pop_back();
    }
    ImGui::TextUnformatted((cut + "…").c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.c_str());
}

} // namespace

bool ContactImport::drawColumnMapping(const ViewContext& context) {
    bool changed = ImGui::Checkbox("The first row holds column names", &mapping_.firstRowIsHeader);
    const std::vector<std::string>& header = table_.records.front().fields;
    const CsvRecord* sample = table_.records.size() > 1 ? &table_.records[1] : nullptr;
    const float rowHeight =
        ImGui::GetFrameHeightWithSpacing() + (context.narrow ? ImGui::GetTextLineHeight() : 0.0f);
    const float height = std::min(260.0f, rowHeight * static_cast<float>(header.size()) + 36.0f);
    const int columns = context.narrow ? 2 : 3;
    if (!ImGui::BeginTable("column mapping", columns,
                           ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter,
                           ImVec2(0, height)))
        return changed;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Column", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    if (!context.narrow) ImGui::TableSetupColumn("First value", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Becomes", ImGuiTableColumnFlags_WidthFixed, context.narrow ? 140.0f : 170.0f);
    ImGui::TableHeadersRow();
    for (std::size_t c = 0; c < mapping_.columns.size(); ++c) {
        ImGui::PushID(static_cast<int>(c));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const std::string name = mapping_.firstRowIsHeader && c < header.size() && !header[c].empty()
                                     ? header[c]
                                     : "Column " + std::to_string(c + 1);
        ImGui::AlignTextToFramePadding();
        cell(name);
        // Without a header row the first row is data: show it as the sample.
        const CsvRecord* example = mapping_.firstRowIsHeader ? sample : &table_.records.front();
        const std::string value = example && c < example->fields.size() ? example->fields[c] : std::string();
        if (context.narrow) {
            ImGui::PushStyleColor(ImGuiCol_Text, palette::textMuted);
            cell(value.empty() ? "(empty)" : value);
            ImGui::PopStyleColor();
        } else {
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::PushStyleColor(ImGuiCol_Text, palette::textMuted);
            cell(value);
            ImGui::PopStyleColor();
        }
        ImGui::TableNextColumn();
        ColumnRole& role = mapping_.columns[c];
        ImGui::SetNextItemWidth(-1.0f);
        const std::string comboId = "##Column " + std::to_string(c + 1);
        // Every field at once: choosing should not need scrolling through a short list.
        if (beginLabelledCombo(comboId.c_str(), std::string(toString(role.field)).c_str(),
                               ImGuiComboFlags_HeightLargest)) {
            for (int f = 0; f < kLeadFieldCount; ++f) {
                const LeadField field = static_cast<LeadField>(f);
                if (ImGui::Selectable(std::string(toString(field)).c_str(), field == role.field) &&
                    field != role.field) {
                    role = {field, ""};
                    changed = true;
                }
            }
            ImGui::EndCombo();
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
    return changed;
}

void ContactImport::drawPreview(const ViewContext& context, const LeadImport& rows, std::size_t limit) {
    if (rows.leads.empty()) {
        mutedTextWrapped(rows.rejected.empty()
                             ? "No rows to show."
                             : "None of the first rows can become a lead with these columns: map a "
                               "name and a phone or email column.");
        for (std::size_t i = 0; i < rows.rejected.size() && i < 3; ++i)
            mutedTextWrapped(
                ("line " + std::to_string(rows.rejected[i].line) + ": " + rows.rejected[i].reason).c_str());
        return;
    }
    const bool wide = !context.narrow;
    if (!ImGui::BeginTable("import preview", wide ? 5 : 2,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                               ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn("Name", 0, 1.2f);
    if (wide) {
        ImGui::TableSetupColumn("Phone", 0, 1.0f);
        ImGui::TableSetupColumn("Email", 0, 1.3f);
        ImGui::TableSetupColumn("Tags", 0, 0.8f);
        ImGui::TableSetupColumn("Birthday", 0, 0.7f);
    } else {
        ImGui::TableSetupColumn("Phone or email", 0, 1.4f);
    }
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < rows.leads.size() && i < limit; ++i) {
        const Lead& lead = rows.leads[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        cell(lead.name);
        ImGui::TableNextColumn();
        if (wide) {
            cell(phonesOf(lead));
            ImGui::TableNextColumn();
            cell(emailsOf(lead));
            ImGui::TableNextColumn();
            cell(joined(lead.tags));
            ImGui::TableNextColumn();
            cell(birthdayOf(lead));
        } else {
            cell(lead.phones.empty() ? emailsOf(lead) : phonesOf(lead));
        }
    }
    ImGui::EndTable();
}

void ContactImport::drawRejected(const std::vector<RejectedRow>& rows, float height) {
    const float wanted = ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(rows.size()) + 12.0f;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::dangerSoft);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10, 6));
    ImGui::BeginChild("rejected rows", ImVec2(0, std::min(height, wanted)), false,
                      ImGuiWindowFlags_AlwaysUseWindowPadding |
                          (rows.size() > 300 ? ImGuiWindowFlags_HorizontalScrollbar : 0));
    ImGui::PopStyleVar();
    auto row = [&rows](std::size_t i) { ImGui::Text("line %d: %s", rows[i].line, rows[i].reason.c_str()); };
    if (rows.size() <= 300) {
        ImGui::PushTextWrapPos(0.0f); // few rows: each reason in full, wrapped
        for (std::size_t i = 0; i < rows.size(); ++i)
            row(i);
        ImGui::PopTextWrapPos();
    } else {
        ImGuiListClipper clipper; // many rows: one line each, only the visible ones laid out
        clipper.Begin(static_cast<int>(rows.size()));
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i)
                row(static_cast<std::size_t>(i));
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

} // namespace cadence::ui

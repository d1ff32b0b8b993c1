// See leads_view.h.
#include "ui/leads_view.h"

#include "icons.h"
#include "ui/empty_state.h"
#include "ui/format.h"
#include "ui/import_export.h"
#include "ui/text_input.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <algorithm>

namespace cadence::ui {
namespace {

// The undo history keeps 200 steps; a bulk action is one command per lead, so it stays undoable.
constexpr std::size_t kBulkLimit = 200;

const int kNoTouchChoices[] = {0, 7, 14, 30, 60, 90};

std::string countLabel(const char* name, int count) {
    return count > 0 ? std::string(name) + " (" + std::to_string(count) + ")" : std::string(name);
}

} // namespace

const std::vector<std::uint32_t>& LeadsView::visibleRows(const Workspace& ws) {
    return table_.rows(ws, revision_, filter_, sort_, now_);
}

void LeadsView::draw(const ViewContext& context) {
    const Workspace& ws = context.editor.workspace();
    revision_ = context.editor.revision();
    now_ = context.now;
    if (context.keyboardFree && ImGui::IsKeyPressed(191, false) && !ImGui::GetIO().KeyShift)
        focusSearch_ = true;

    if (!context.narrow) {
        heading(context.fonts, "Leads");
        ImGui::SameLine();
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 3.0f);
    }
    const std::vector<std::uint32_t>& rows = visibleRows(ws);
    const std::string count =
        std::to_string(rows.size()) + " of " + std::to_string(ws.leadCount()) + " leads";
    mutedText(count.c_str());
    context.importExport.drawLeadsActions(context, rows);

    if (ws.leadCount() == 0) {
        ImGui::SetNextItemWidth(context.narrow ? -1.0f : 320.0f);
        inputTextWithHint("##Search leads", ICON_SEARCH "  Search names, phones, emails, tags",
                          filter_.search);
        drawEmptyState(context.fonts, viewEmptyState(View::Leads));
        ImGui::Spacing();
        const float width = 180.0f;
        ImGui::SetCursorPosX(
            (ImGui::GetWindowContentRegionMax().x + ImGui::GetWindowContentRegionMin().x - width) * 0.5f);
        if (primaryButton(ICON_USER_PLUS "  Add a lead##emptyleads", ImVec2(width, 40)))
            context.navigator.quickAdd();
        ImGui::SetCursorPosX(
            (ImGui::GetWindowContentRegionMax().x + ImGui::GetWindowContentRegionMin().x - width) * 0.5f);
        if (ImGui::Button(ICON_UPLOAD "  Import contacts##emptyleads", ImVec2(width, 40)))
            context.importExport.pickContacts(context.platform);
        return;
    }

    drawFilters(context);
    smartLists_.draw(context, filter_);
    const std::vector<std::uint32_t>& filtered = visibleRows(ws);
    drawBulkBar(context, filtered);
    if (filtered.empty()) {
        EmptyState empty{ICON_SEARCH, "No leads match",
                         "Try fewer words, or clear the filters to see every lead again."};
        drawEmptyState(context.fonts, empty);
        return;
    }
    drawTable(context, filtered);
}

void LeadsView::drawFilters(const ViewContext& context) {
    const Workspace& ws = context.editor.workspace();
    ImGui::SetNextItemWidth(context.narrow ? ImGui::GetContentRegionAvail().x - 96.0f : 320.0f);
    if (focusSearch_) {
        ImGui::SetKeyboardFocusHere();
        focusSearch_ = false;
    }
    inputTextWithHint("##Search leads", ICON_SEARCH "  Search names, phones, emails, tags", filter_.search);
    if (context.narrow) {
        ImGui::SameLine();
        if (ImGui::Button(showFilters_ ? ICON_FILTER "  Hide##filters" : ICON_FILTER "  Filters##filters",
                          ImVec2(-1, 0)))
            showFilters_ = !showFilters_;
        if (!showFilters_ && !filter_.ids) return;
    } else {
        ImGui::SameLine();
    }

    if (filter_.ids) {
        chip((ICON_FILTER "  " + filter_.idsLabel).c_str(), palette::accentSoft, palette::accent);
        ImGui::SameLine();
        if (quietButton(ICON_CLOSE "##clear ids")) filter_.ids.reset();
        ImGui::SameLine();
    }

    int stageCount = static_cast<int>(std::count(filter_.stages.begin(), filter_.stages.end(), true));
    if (ImGui::Button(countLabel("Stage", stageCount).append("##stagefilter").c_str()))
        ImGui::OpenPopup("stages");
    if (ImGui::BeginPopup("stages")) {
        for (std::size_t i = 0; i < kStageCount; ++i)
            ImGui::Checkbox(stageLabel(static_cast<Stage>(i)), &filter_.stages[i]);
        ImGui::EndPopup();
    }
    ImGui::SameLine();
    int tempCount =
        static_cast<int>(std::count(filter_.temperatures.begin(), filter_.temperatures.end(), true));
    if (ImGui::Button(countLabel("Temperature", tempCount).append("##tempfilter").c_str()))
        ImGui::OpenPopup("temperatures");
    if (ImGui::BeginPopup("temperatures")) {
        for (std::size_t i = 0; i < kTemperatureCount; ++i)
            ImGui::Checkbox(temperatureLabel(static_cast<Temperature>(i)), &filter_.temperatures[i]);
        ImGui::EndPopup();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(130);
    if (ImGui::BeginCombo("##Tag", filter_.tag.empty() ? "Any tag" : filter_.tag.c_str())) {
        if (ImGui::Selectable("Any tag", filter_.tag.empty())) filter_.tag.clear();
        for (const std::string& tag : table_.tags())
            if (ImGui::Selectable(tag.c_str(), tag == filter_.tag)) filter_.tag = tag;
        ImGui::EndCombo();
    }
    if (context.narrow)
        ImGui::NewLine();
    else
        ImGui::SameLine();
    const Plan* plan = filter_.plan ? ws.plan(*filter_.plan) : nullptr;
    ImGui::SetNextItemWidth(170);
    if (ImGui::BeginCombo("##Plan filter", plan ? plan->name.c_str() : "Any plan")) {
        if (ImGui::Selectable("Any plan", !filter_.plan)) filter_.plan.reset();
        for (const auto& p : ws.planSlots())
            if (p && ImGui::Selectable(p->name.c_str(), filter_.plan == p->id)) filter_.plan = p->id;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(150);
    const std::string noTouch = filter_.noTouchDays > 0
                                    ? "No touch in " + std::to_string(filter_.noTouchDays) + " d"
                                    : "Any last touch";
    if (ImGui::BeginCombo("##No touch", noTouch.c_str())) {
        for (int days : kNoTouchChoices) {
            const std::string label =
                days ? "No touch in " + std::to_string(days) + " days" : "Any last touch";
            if (ImGui::Selectable(label.c_str(), filter_.noTouchDays == days)) filter_.noTouchDays = days;
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::Checkbox("Never contacted", &filter_.neverContacted);
    if (filter_.any()) {
        ImGui::SameLine();
        if (quietButton(ICON_CLOSE "  Clear filters")) {
            filter_ = LeadFilter{};
        }
    }
}

void LeadsView::drawBulkBar(const ViewContext& context, const std::vector<std::uint32_t>& rows) {
    // Forget ticks on rows the filter no longer shows.
    if (!selection_.empty()) {
        std::unordered_set<std::uint32_t> shown(rows.begin(), rows.end());
        for (auto it = selection_.begin(); it != selection_.end();)
            it = shown.count(*it) ? std::next(it) : selection_.erase(it);
    }
    if (selection_.empty()) return;
    const Workspace& ws = context.editor.workspace();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::accentSoft);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12, 8));
    ImGui::BeginChild("bulk", ImVec2(0, ImGui::GetFrameHeight() + 16), false, ImGuiWindowFlags_NoScrollbar);
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%zu selected", selection_.size());
    std::vector<std::uint32_t> ids(selection_.begin(), selection_.end());
    std::sort(ids.begin(), ids.end());
    const bool tooMany = ids.size() > kBulkLimit;
    ImGui::SameLine();
    ImGui::BeginDisabled(tooMany);
    ImGui::SetNextItemWidth(110);
    inputTextWithHint("##Bulk tag", "tag", bulkTag_);
    ImGui::SameLine();
    if (ImGui::Button(ICON_TAG "  Tag") && !bulkTag_.empty()) {
        std::vector<Command> commands;
        for (std::uint32_t id : ids)
            if (const Lead* lead = ws.lead(LeadId{id});
                lead && std::find(lead->tags.begin(), lead->tags.end(), bulkTag_) == lead->tags.end()) {
                Lead edited = *lead;
                edited.tags.push_back(bulkTag_);
                commands.push_back(EditLead{edited, context.now});
            }
        bulk(context, "Tagged", commands);
    }
    ImGui::SameLine();
    if (ImGui::Button(ICON_PLANS "  Enrol")) ImGui::OpenPopup("bulk enrol");
    if (ImGui::BeginPopup("bulk enrol")) {
        for (const auto& plan : ws.planSlots()) {
            if (!plan || !ImGui::Selectable(plan->name.c_str())) continue;
            std::vector<Command> commands;
            for (std::uint32_t id : ids)
                commands.push_back(Enrol{LeadId{id}, plan->id, context.now});
            bulk(context, "Enrolled", commands);
        }
        ImGui::EndPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(ICON_PAUSE "  Pause")) {
        std::vector<Command> commands;
        for (std::uint32_t id : ids)
            for (EnrollmentId e : ws.activity(LeadId{id}).enrollments)
                if (const Enrollment* enrollment = ws.enrollment(e);
                    enrollment && enrollment->state == EnrollmentState::Active)
                    commands.push_back(PauseEnrollment{e, context.now});
        bulk(context, "Paused", commands);
    }
    ImGui::SameLine();
    if (ImGui::Button(ICON_ARCHIVE "  Archive")) {
        std::vector<Command> commands;
        for (std::uint32_t id : ids)
            if (const Lead* lead = ws.lead(LeadId{id}); lead && lead->stage != Stage::Archived) {
                Lead edited = *lead;
                edited.stage = Stage::Archived;
                commands.push_back(EditLead{edited, context.now});
            }
        bulk(context, "Archived", commands);
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (quietButton("Clear selection")) selection_.clear();
    if (tooMany) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, palette::warning);
        ImGui::Text("Select at most %zu at once, so every change can be undone", kBulkLimit);
        ImGui::PopStyleColor();
    }
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

void LeadsView::bulk(const ViewContext& context, const char* what, const std::vector<Command>& commands) {
    int applied = 0;
    std::string firstError;
    for (const Command& command : commands) {
        if (auto result = context.editor.apply(command))
            ++applied;
        else if (firstError.empty())
            firstError = result.error().describe();
    }
    std::string message =
        std::string(what) + " " + std::to_string(applied) + (applied == 1 ? " lead" : " leads");
    if (!firstError.empty()) message += " (some were refused: " + firstError + ")";
    context.navigator.notify(message, applied);
    selection_.clear();
}

void LeadsView::drawTable(const ViewContext& context, const std::vector<std::uint32_t>& rows) {
    const Workspace& ws = context.editor.workspace();
    const TimeZone& zone = ws.timeZone();
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_NoSavedSettings;
    const bool narrow = context.narrow;
    // Beside the lead panel the table has less room: keep the columns that matter most.
    const bool wide = !narrow && ImGui::GetContentRegionAvail().x >= 760.0f;
    const int columns = narrow ? 3 : wide ? 8 : 5;
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(8, narrow ? 12 : 7));
    if (!ImGui::BeginTable("leads", columns, flags, ImVec2(0, 0))) {
        ImGui::PopStyleVar();
        return;
    }
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("##select", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoSort,
                            28.0f);
    ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch, 2.2f,
                            static_cast<ImGuiID>(LeadColumn::Name));
    if (wide)
        ImGui::TableSetupColumn("Contact", ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_NoSort,
                                2.2f, static_cast<ImGuiID>(LeadColumn::Contact));
    if (!narrow)
        ImGui::TableSetupColumn("Stage", ImGuiTableColumnFlags_WidthStretch, 1.1f,
                                static_cast<ImGuiID>(LeadColumn::Stage));
    if (wide)
        ImGui::TableSetupColumn("Temp.", ImGuiTableColumnFlags_WidthStretch, 0.8f,
                                static_cast<ImGuiID>(LeadColumn::Temperature));
    if (!narrow)
        ImGui::TableSetupColumn("Plan", ImGuiTableColumnFlags_WidthStretch, 1.8f,
                                static_cast<ImGuiID>(LeadColumn::Plan));
    if (wide)
        ImGui::TableSetupColumn("Last touch", ImGuiTableColumnFlags_WidthStretch, 1.1f,
                                static_cast<ImGuiID>(LeadColumn::LastTouch));
    ImGui::TableSetupColumn("Next due",
                            ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_DefaultSort, 1.3f,
                            static_cast<ImGuiID>(LeadColumn::NextDue));
    labelledTableHeadersRow();
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
        if (specs->SpecsCount > 0) {
            sort_.column = static_cast<LeadColumn>(specs->Specs[0].ColumnUserID);
            sort_.ascending = specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
        }
        specs->SpecsDirty = false;
    }
    const std::vector<std::uint32_t>& sorted = visibleRows(ws);

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(sorted.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const std::uint32_t id = sorted[static_cast<std::size_t>(row)];
            const Lead* lead = ws.lead(LeadId{id});
            if (!lead) continue;
            ImGui::PushID(static_cast<int>(id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            bool ticked = selection_.count(id) > 0;
            if (ImGui::Checkbox("##tick", &ticked)) {
                if (ticked)
                    selection_.insert(id);
                else
                    selection_.erase(id);
            }
            ImGui::TableNextColumn();
            ImGui::PushStyleColor(ImGuiCol_Text, temperatureColour(lead->temperature));
            ImGui::TextUnformatted(temperatureIcon(lead->temperature));
            ImGui::PopStyleColor();
            ImGui::SameLine();
            const bool opened = ImGui::Selectable(lead->name.c_str(), false);
            if (opened) context.navigator.openLead(LeadId{id});
            if (wide) {
                ImGui::TableNextColumn();
                if (!lead->phones.empty())
                    mutedText(lead->phones.front().number.c_str());
                else if (!lead->emails.empty())
                    mutedText(lead->emails.front().address.c_str());
            }
            if (!narrow) {
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(stageLabel(lead->stage));
                if (wide) {
                    ImGui::TableNextColumn();
                    ImGui::TextUnformatted(temperatureLabel(lead->temperature));
                }
                ImGui::TableNextColumn();
                const Plan* plan = ws.plan(table_.plan(id));
                mutedText(plan ? plan->name.c_str() : "—");
                if (wide) {
                    ImGui::TableNextColumn();
                    const auto last = table_.lastTouch(id);
                    mutedText(last ? (formatDuration(context.now - *last) + " ago").c_str() : "never");
                }
            }
            ImGui::TableNextColumn();
            const auto due = table_.nextDue(id);
            if (!due) {
                mutedText(lead->stage == Stage::Archived ? "archived" : "paused");
            } else if (*due <= context.now) {
                ImGui::PushStyleColor(ImGuiCol_Text, palette::danger);
                ImGui::TextUnformatted(context.now - *due < 60
                                           ? "now"
                                           : ("overdue " + formatDuration(context.now - *due)).c_str());
                ImGui::PopStyleColor();
            } else {
                ImGui::TextUnformatted(formatWhen(zone, *due, context.now).c_str());
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
    ImGui::PopStyleVar();
}

} // namespace cadence::ui

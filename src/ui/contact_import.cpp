// See contact_import.h. The flow; the tables it shows are in contact_import_tables.cpp.
#include "ui/contact_import.h"

#include "core/text_encoding.h"
#include "core/vcard_reader.h"
#include "icons.h"
#include "ui/modal.h"
#include "ui/widgets.h"

#include <algorithm>

namespace cadence::ui {
namespace {

constexpr const char* kPopup = "Import contacts";
constexpr std::size_t kPreviewRecords = 12; // converted for the preview; at most 5 are shown
constexpr std::size_t kSliceRecords = 5000; // converted per frame during an import

const char* delimiterName(char delimiter) {
    return delimiter == ';' ? "semicolon-separated" : delimiter == '\t' ? "tab-separated" : "comma-separated";
}

std::string count(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

} // namespace

void ContactImport::open(std::string fileName, std::string bytes, bool vCard) {
    close();
    fileName_ = std::move(fileName);
    bytes_ = std::move(bytes);
    vCard_ = vCard;
    step_ = Step::Reading;
}

void ContactImport::close() {
    step_ = Step::Closed;
    framesShown_ = 0;
    bytes_.clear();
    table_ = {};
    mapping_ = {};
    preview_ = {};
    found_ = {};
    convertedUpTo_ = 0;
    importedCount_ = 0;
    importedIds_.clear();
    problem_.clear();
}

const char* ContactImport::stepName() const {
    switch (step_) {
    case Step::Closed:
        return "closed";
    case Step::Reading:
        return "reading";
    case Step::Mapping:
        return "mapping";
    case Step::Review:
        return "review";
    case Step::Converting:
        return "converting";
    case Step::Importing:
        return "importing";
    case Step::Done:
        return "done";
    case Step::Problem:
        return "problem";
    }
    return "closed";
}

void ContactImport::read(const ViewContext& context) {
    DecodedText decoded = decodeToUtf8(bytes_);
    bytes_.clear();
    bytes_.shrink_to_fit();
    encoding_ = std::string(toString(decoded.encoding));
    if (decoded.text.find_first_not_of(" \t\r\n") == std::string::npos) {
        problem_ = "The file is empty: there is nothing to import. Nothing was changed.";
        step_ = Step::Problem;
        return;
    }
    if (vCard_) {
        found_ = readVCards(decoded.text, context.now);
        skipExistingLeads(context.editor.workspace(), found_);
        std::sort(found_.rejected.begin(), found_.rejected.end(),
                  [](const RejectedRow& a, const RejectedRow& b) { return a.line < b.line; });
        step_ = Step::Review;
        return;
    }
    Result<CsvTable> table = readCsv(decoded.text, detectCsvDelimiter(decoded.text));
    if (!table) {
        problem_ = "This file cannot be imported: " + table.error().describe() + ". Nothing was changed.";
        step_ = Step::Problem;
        return;
    }
    table_ = std::move(*table);
    mapping_ = guessMapping(table_.records.front().fields);
    refreshPreview(context);
    step_ = Step::Mapping;
}

void ContactImport::refreshPreview(const ViewContext& context) {
    CsvTable first{table_.delimiter, {}};
    const std::size_t end = std::min(table_.records.size(), kPreviewRecords + 1);
    first.records.assign(table_.records.begin(), table_.records.begin() + static_cast<std::ptrdiff_t>(end));
    preview_ = csvToLeads(first, mapping_, context.now);
}

void ContactImport::convertSlice(const ViewContext& context) {
    if (convertedUpTo_ == 0) convertedUpTo_ = mapping_.firstRowIsHeader ? 1 : 0;
    const std::size_t end = std::min(table_.records.size(), convertedUpTo_ + kSliceRecords);
    CsvTable slice{table_.delimiter, {}};
    slice.records.assign(table_.records.begin() + static_cast<std::ptrdiff_t>(convertedUpTo_),
                         table_.records.begin() + static_cast<std::ptrdiff_t>(end));
    ColumnMapping mapping = mapping_;
    mapping.firstRowIsHeader = false; // the header was skipped above
    LeadImport part = csvToLeads(slice, mapping, context.now);
    found_.leads.insert(found_.leads.end(), std::make_move_iterator(part.leads.begin()),
                        std::make_move_iterator(part.leads.end()));
    found_.lines.insert(found_.lines.end(), part.lines.begin(), part.lines.end());
    found_.rejected.insert(found_.rejected.end(), part.rejected.begin(), part.rejected.end());
    convertedUpTo_ = end;
}

// Runs a frame after "Checking…" is drawn: comparing every row with every lead takes a moment.
void ContactImport::skipDuplicates(const ViewContext& context) {
    skipExistingLeads(context.editor.workspace(), found_);
    std::sort(found_.rejected.begin(), found_.rejected.end(),
              [](const RejectedRow& a, const RejectedRow& b) { return a.line < b.line; });
    step_ = Step::Importing;
    framesShown_ = 0;
}

void ContactImport::runImport(const ViewContext& context) {
    importedCount_ = 0;
    if (found_.leads.empty()) {
        step_ = Step::Done;
        return;
    }
    Result<Applied> applied = context.editor.apply(ImportLeads{found_.leads});
    if (!applied) {
        problem_ = "Nothing was imported: " + applied.error().describe();
        step_ = Step::Problem;
        return;
    }
    importedCount_ = found_.leads.size();
    for (std::size_t i = 0; i < importedCount_; ++i)
        importedIds_.push_back(LeadId{applied->createdId + static_cast<std::uint32_t>(i)});
    found_.leads.clear();
    found_.leads.shrink_to_fit();
    context.navigator.notify("Imported " + count(importedCount_, "lead", "leads"), 1);
    step_ = Step::Done;
}

void ContactImport::draw(const ViewContext& context) {
    if (step_ == Step::Closed) return;
    if (!popupOpen_) {
        ImGui::OpenPopup(kPopup);
        popupOpen_ = true;
    }
    if (!beginModal(kPopup, context, 760.0f)) {
        popupOpen_ = false;
        return;
    }
    heading(context.fonts,
            vCard_ ? ICON_USER_PLUS "  Import contacts (vCard)" : ICON_USER_PLUS "  Import contacts (CSV)");
    mutedTextWrapped(fileName_.c_str());
    ImGui::Spacing();
    const float buttonWidth = context.narrow ? ImGui::GetContentRegionAvail().x : 0.0f;
    bool cancel = false;

    switch (step_) {
    case Step::Reading:
        ImGui::TextUnformatted(ICON_HOURGLASS "  Reading the file…");
        context.platform.requestFrameAfter(0.0);
        if (framesShown_++ > 0) read(context);
        break;
    case Step::Problem:
        problemText(problem_);
        ImGui::Spacing();
        cancel = ImGui::Button("Close##import problem", ImVec2(buttonWidth, 0));
        break;
    case Step::Mapping: {
        const std::size_t rows = table_.records.size() - (mapping_.firstRowIsHeader ? 1 : 0);
        const std::string layout =
            (mapping_.recognised.empty() ? std::string("Layout not recognised: map the columns below")
                                         : "Recognised: " + mapping_.recognised + " export") +
            " · " + encoding_ + " · " + delimiterName(table_.delimiter) + " · " + count(rows, "row", "rows");
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(layout.c_str());
        ImGui::PopTextWrapPos();
        if (drawColumnMapping(context)) refreshPreview(context);
        ImGui::Spacing();
        ImGui::TextUnformatted("Preview: the first rows as they will become leads");
        drawPreview(context, preview_, 5);
        ImGui::Spacing();
        const std::string label = ICON_CHECK "  Import " + count(rows, "row", "rows") + "##import csv";
        if (primaryButton(label.c_str(), ImVec2(buttonWidth, 0))) {
            step_ = Step::Converting;
            convertedUpTo_ = 0;
            framesShown_ = 0;
            found_ = {};
        }
        if (!context.narrow) ImGui::SameLine();
        cancel = ImGui::Button("Cancel##import", ImVec2(buttonWidth, 0)) || ImGui::IsKeyPressed(27, false);
        break;
    }
    case Step::Review: {
        const std::size_t cards = found_.leads.size() + found_.rejected.size();
        ImGui::TextUnformatted((count(cards, "card", "cards") + " found · " + encoding_ + " · " +
                                count(found_.leads.size(), "can be imported", "can be imported"))
                                   .c_str());
        drawPreview(context, found_, 5);
        if (!found_.rejected.empty()) {
            ImGui::Spacing();
            ImGui::TextUnformatted(
                (count(found_.rejected.size(), "card cannot be used:", "cards cannot be used:")).c_str());
            drawRejected(found_.rejected, 120.0f);
        }
        ImGui::Spacing();
        ImGui::BeginDisabled(found_.leads.empty());
        const std::string label =
            ICON_CHECK "  Import " + count(found_.leads.size(), "contact", "contacts") + "##import vcard";
        if (primaryButton(label.c_str(), ImVec2(buttonWidth, 0))) {
            step_ = Step::Importing;
            framesShown_ = 0;
        }
        ImGui::EndDisabled();
        if (!context.narrow) ImGui::SameLine();
        cancel = ImGui::Button("Cancel##import", ImVec2(buttonWidth, 0)) || ImGui::IsKeyPressed(27, false);
        break;
    }
    case Step::Converting: {
        const std::size_t total = table_.records.size();
        const bool converted = convertedUpTo_ >= total;
        const std::string progress =
            converted ? std::string("Checking for leads you already have…")
                      : "Reading rows: " + std::to_string(convertedUpTo_) + " of " + std::to_string(total);
        ImGui::TextUnformatted(progress.c_str());
        ImGui::ProgressBar(static_cast<float>(convertedUpTo_) /
                               static_cast<float>(std::max<std::size_t>(1, total)),
                           ImVec2(-1.0f, 0.0f));
        context.platform.requestFrameAfter(0.0);
        if (!converted)
            convertSlice(context);
        else if (framesShown_++ > 0)
            skipDuplicates(context);
        break;
    }
    case Step::Importing:
        ImGui::TextUnformatted(
            (ICON_HOURGLASS "  Importing " + count(found_.leads.size(), "lead", "leads") + "…").c_str());
        ImGui::ProgressBar(1.0f, ImVec2(-1.0f, 0.0f), "Adding them to your data");
        context.platform.requestFrameAfter(0.0);
        if (framesShown_++ > 0) runImport(context);
        break;
    case Step::Done: {
        ImGui::PushTextWrapPos(0.0f);
        if (importedCount_ > 0) {
            ImGui::PushStyleColor(ImGuiCol_Text, palette::success);
            ImGui::TextUnformatted(
                (ICON_CHECK "  Imported " + count(importedCount_, "lead", "leads") + ".").c_str());
            ImGui::PopStyleColor();
            mutedText("They are on the new-lead plan: their first touch is due now. Undo removes the whole "
                      "import.");
        } else {
            problemText("No lead was imported: none of the rows could be used. Nothing was changed.");
        }
        ImGui::PopTextWrapPos();
        if (!found_.rejected.empty()) {
            ImGui::Spacing();
            ImGui::TextUnformatted(
                (count(found_.rejected.size(), vCard_ ? "card" : "row", vCard_ ? "cards" : "rows") +
                 " could not be used:")
                    .c_str());
            drawRejected(found_.rejected, 200.0f);
        }
        ImGui::Spacing();
        if (importedCount_ > 0) {
            if (primaryButton(ICON_LEADS "  Show the imported leads", ImVec2(buttonWidth, 0))) {
                LeadFilter filter;
                filter.ids = importedIds_;
                filter.idsLabel = "Imported from " + fileName_;
                context.navigator.showLeads(filter);
                cancel = true;
            }
            if (!context.narrow) ImGui::SameLine();
        }
        if (ImGui::Button("Close##import done", ImVec2(buttonWidth, 0)) || ImGui::IsKeyPressed(27, false))
            cancel = true;
        break;
    }
    case Step::Closed:
        break;
    }
    if (cancel) close();
    if (step_ == Step::Closed) {
        ImGui::CloseCurrentPopup();
        popupOpen_ = false;
    }
    ImGui::EndPopup();
}

} // namespace cadence::ui

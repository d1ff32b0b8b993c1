// Importing contacts: a CSV file (a spreadsheet, Google Contacts, Outlook, another CRM) or a
// vCard file (a phone's contacts).
//  - CSV: the layout found (known export, encoding, delimiter), one row per column with a combo
//    to map it to a lead field or ignore it, and a preview of the first rows as they will
//    become leads; then Import.
//  - vCard: how many cards, a preview, and the cards that cannot be used; then Import.
// The import itself is one ImportLeads command (one undo step, all or nothing). Afterwards every
// row or card that could not be used is listed with its line and the reason. Large files are
// converted in slices across frames with a progress bar, and "Importing…" is drawn before the
// command runs, so the app never freezes without a word.
#pragma once

#include "core/csv_mapping.h"
#include "ui/view_context.h"

#include <string>
#include <vector>

namespace cadence::ui {

class ContactImport {
  public:
    // A picked or dropped file; `vCard` chooses the reader.
    void open(std::string fileName, std::string bytes, bool vCard);
    bool isOpen() const { return step_ != Step::Closed; }
    void draw(const ViewContext& context);
    // For the automation API: "closed", "reading", "mapping", "review", "converting",
    // "importing", "done" or "problem", and the rows the last import could not use.
    const char* stepName() const;
    const std::vector<RejectedRow>& rejected() const { return found_.rejected; }
    std::size_t imported() const { return importedCount_; }
    const std::string& problem() const { return problem_; }

  private:
    enum class Step { Closed, Reading, Mapping, Review, Converting, Importing, Done, Problem };
    void read(const ViewContext& context);
    void refreshPreview(const ViewContext& context);
    void convertSlice(const ViewContext& context);
    void skipDuplicates(const ViewContext& context);
    void runImport(const ViewContext& context);
    void close();

    // contact_import_tables.cpp
    bool drawColumnMapping(const ViewContext& context); // true when the mapping changed
    void drawPreview(const ViewContext& context, const LeadImport& rows, std::size_t limit);
    void drawRejected(const std::vector<RejectedRow>& rows, float height);

    Step step_ = Step::Closed;
    bool popupOpen_ = false;
    bool vCard_ = false;
    int framesShown_ = 0;
    std::string fileName_;
    std::string bytes_;
    std::string encoding_;
    CsvTable table_;
    ColumnMapping mapping_;
    LeadImport preview_;            // the first rows, as the mapping turns them into leads
    LeadImport found_;              // every row, converted (vCard: on reading; CSV: when importing)
    std::size_t convertedUpTo_ = 0; // records of table_ converted so far
    std::size_t importedCount_ = 0;
    std::vector<LeadId> importedIds_;
    std::string problem_;
};

} // namespace cadence::ui

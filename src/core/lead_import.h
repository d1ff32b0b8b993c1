// What every lead importer (CSV, vCard) produces, and the rules they share: leads ready for the
// ImportLeads command, and every row that could not be used, with its line and a reason, so
// nothing a user imports disappears without a word.
//
//   LeadImport found = csvToLeads(table, mapping, now);   // or readVCards(text, now)
//   skipExistingLeads(ws, found);                          // same email/phone as a lead here
//   ws.apply(ImportLeads{found.leads, now});               // one undo step, all or nothing
#pragma once

#include "core/lead.h"
#include "core/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cadence {

class Workspace;

struct RejectedRow {
    int line = 0;       // 1-based line in the file where the row (or card) starts
    std::string reason; // plain words, e.g. "no phone number or email address"
};

struct LeadImport {
    std::vector<Lead> leads;
    std::vector<int> lines; // lines[i]: where leads[i] starts in the file
    std::vector<RejectedRow> rejected;
};

// Moves leads whose phone or email (compared as contact_format.h's keys) is already in the
// workspace, or earlier in the same import, to `rejected` ("same email as "Ana Lopez"").
void skipExistingLeads(const Workspace& workspace, LeadImport& found);

// --- values as contact files write them (shared by the CSV and vCard readers) ----------------

// A birthday in the forms exports use: "1980-05-17", "19800517", "--05-17", "--0517",
// "05/17/1980" and "5/17" (month first, as Google and Outlook write), "17.05.1980" (day first).
// Empty text and Outlook's "0/0/00" mean no date (nullopt without error).
Result<std::optional<KeyDate>> parseBirthday(std::string_view text);

// Splits a cell holding several values: on "," ";" and Google's " ::: ", trimmed, empties dropped.
std::vector<std::string> splitList(std::string_view text);

// Lower-case ASCII label from a phone/email type ("CELL" -> "mobile", "WORK" -> "work").
std::string contactLabel(std::string_view type);

// Checks a lead built from a row: a name (else made from the email or phone), and a phone or
// email in a shape people type. Returns why not, in plain words.
std::optional<std::string> completeImportedLead(Lead& lead);

} // namespace cadence

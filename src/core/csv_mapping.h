// Which lead field each CSV column fills, guessed from the header row and then adjusted by the
// user, and the conversion of the data rows into leads.
//
//   CsvTable table = *readCsv(text, detectCsvDelimiter(text));
//   ColumnMapping mapping = guessMapping(table.records.front().fields);  // Google, Outlook, generic
//   mapping.columns[3] = {LeadField::Ignore};                            // the user's choice
//   LeadImport found = csvToLeads(table, mapping, now);                  // rows 2..n
//
// Recognised headers (case and spacing ignored): Google Contacts ("Given Name", "Family Name",
// "E-mail 1 - Value", "Phone 1 - Type" ...), Outlook ("First Name", "Mobile Phone", "E-mail
// Address", "Business Street", "Categories" ...), Cadence's own export and the generic "Name,
// Phone, Email, Tags, Source, Birthday, Notes". Unknown columns are ignored until mapped.
#pragma once

#include "core/csv_reader.h"
#include "core/lead_import.h"

#include <string>
#include <string_view>
#include <vector>

namespace cadence {

enum class LeadField {
    Ignore,
    Name,       // the whole name
    FirstName,  // joined with middle and last names when there is no whole name
    MiddleName,
    LastName,
    Phone,      // may hold several numbers ("a ::: b", "a; b")
    PhoneLabel, // the label ("Mobile") of the next Phone column to its right
    Email,
    EmailLabel,
    Address,    // several columns (street, city, ...) join into one address
    Company,    // kept in the notes: "Company: ..."
    Tags,       // several tags separated by , ; or :::
    Source,
    Birthday,
    Notes,
    Stage,       // a Cadence stage name (new, contacted, ...)
    Temperature, // hot, warm, cold
};
constexpr int kLeadFieldCount = 17;

std::string_view toString(LeadField field);      // "Phone", "Phone label", ... (for the mapping step)

struct ColumnRole {
    LeadField field = LeadField::Ignore;
    std::string label; // for Phone/Email columns named by their kind ("Mobile Phone" -> "mobile")
    friend bool operator==(const ColumnRole&, const ColumnRole&) = default;
};

struct ColumnMapping {
    std::vector<ColumnRole> columns; // one per header field
    bool firstRowIsHeader = true;
    // Which known layout the header matched: "Google Contacts", "Outlook", "Cadence", "generic"
    // or "" when the columns must be mapped by hand.
    std::string recognised;
};

ColumnMapping guessMapping(const std::vector<std::string>& header);

// Converts every record after the header (all of them when !firstRowIsHeader). Blank records are
// skipped; each record that cannot become a lead is in `rejected` with its line and why.
LeadImport csvToLeads(const CsvTable& table, const ColumnMapping& mapping, Instant createdAt);

} // namespace cadence

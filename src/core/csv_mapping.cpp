// Header recognition and row conversion: see csv_mapping.h.
#include "core/csv_mapping.h"

#include "core/contact_format.h"

#include <algorithm>
#include <unordered_map>

namespace cadence {

std::string_view toString(LeadField field) {
    constexpr std::string_view kNames[kLeadFieldCount] = {
        "Ignore", "Name", "First name", "Middle name", "Last name", "Phone", "Phone label", "Email", "Email label",
        "Address", "Company", "Tags", "Source", "Birthday", "Notes", "Stage", "Temperature"};
    return kNames[static_cast<int>(field)];
}

namespace {

// Lower-case letters only, digits dropped: "E-mail 2 Address" -> "emailaddress", "Phone 1 - Value"
// -> "phonevalue", so numbered columns share one entry.
std::string normalise(std::string_view header) {
    std::string key;
    for (char c : header) {
        if (c >= 'A' && c <= 'Z') key += static_cast<char>(c - 'A' + 'a');
        else if (c >= 'a' && c <= 'z') key += c;
    }
    return key;
}

const std::unordered_map<std::string, ColumnRole>& knownHeaders() {
    static const std::unordered_map<std::string, ColumnRole> kHeaders = [] {
        std::unordered_map<std::string, ColumnRole> h;
        auto add = [&](std::initializer_list<const char*> keys, LeadField field, const char* label = "") {
            for (const char* key : keys) h[key] = {field, label};
        };
        add({"name", "fullname", "displayname", "contactname", "leadname"}, LeadField::Name);
        add({"firstname", "givenname"}, LeadField::FirstName);
        add({"middlename", "additionalname"}, LeadField::MiddleName);
        add({"lastname", "familyname", "surname"}, LeadField::LastName);
        add({"phone", "phones", "phonenumber", "telephone", "tel", "phonevalue", "primaryphone"}, LeadField::Phone);
        add({"mobile", "mobilephone", "cell", "cellphone", "mobilenumber"}, LeadField::Phone, "mobile");
        add({"homephone"}, LeadField::Phone, "home");
        add({"businessphone", "workphone", "companymainphone"}, LeadField::Phone, "work");
        add({"otherphone"}, LeadField::Phone, "other");
        add({"phonetype", "phonelabel"}, LeadField::PhoneLabel);
        add({"email", "emails", "emailaddress", "mail", "emailvalue"}, LeadField::Email);
        add({"emailtype", "emaillabel"}, LeadField::EmailLabel);
        add({"address", "homeaddress", "addressformatted", "homestreet", "homecity", "homestate",
             "homepostalcode", "homecountryregion", "businessaddress", "businessstreet", "businesscity",
             "businessstate", "businesspostalcode", "businesscountryregion"},
            LeadField::Address);
        add({"company", "organization", "organisation", "organizationname", "companyname"}, LeadField::Company);
        add({"tags", "tag", "labels", "groupmembership", "categories", "groups"}, LeadField::Tags);
        add({"source", "leadsource"}, LeadField::Source);
        add({"birthday", "birthdate", "dateofbirth", "bday", "dob"}, LeadField::Birthday);
        add({"notes", "note", "comments", "comment"}, LeadField::Notes);
        add({"stage", "status"}, LeadField::Stage);
        add({"temperature"}, LeadField::Temperature);
        return h;
    }();
    return kHeaders;
}

std::string lowerSnake(std::string_view text) {
    std::string out;
    for (char c : trimWhitespace(text))
        out += c == ' ' || c == '-' ? '_' : (c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    return out;
}

void appendJoined(std::string& to, std::string_view value, std::string_view separator) {
    value = trimWhitespace(value);
    if (value.empty()) return;
    if (!to.empty()) to.append(separator);
    to.append(value);
}

} // namespace

ColumnMapping guessMapping(const std::vector<std::string>& header) {
    ColumnMapping mapping;
    std::vector<std::string> keys;
    for (const std::string& cell : header) keys.push_back(normalise(cell));
    auto has = [&](std::string_view key) { return std::find(keys.begin(), keys.end(), key) != keys.end(); };
    bool formattedAddress = has("addressformatted");
    int known = 0;
    for (const std::string& key : keys) {
        auto it = knownHeaders().find(key);
        ColumnRole role = it == knownHeaders().end() ? ColumnRole{} : it->second;
        // Google writes the address twice: formatted, and in parts. Keep the formatted one.
        if (formattedAddress && role.field == LeadField::Address && key != "addressformatted") role = {};
        known += role.field != LeadField::Ignore;
        mapping.columns.push_back(role);
    }
    if (has("givenname") || has("emailvalue") || has("phonevalue"))
        mapping.recognised = "Google Contacts";
    else if (has("emailaddress") && (has("mobilephone") || has("businessphone") || has("homephone")))
        mapping.recognised = "Outlook";
    else if (has("stage") && has("temperature") && has("name"))
        mapping.recognised = "Cadence";
    else if (known > 0)
        mapping.recognised = "generic";
    // A first row that names no known column is probably data: the user maps columns by hand.
    mapping.firstRowIsHeader = known > 0;
    return mapping;
}

LeadImport csvToLeads(const CsvTable& table, const ColumnMapping& mapping, Instant createdAt) {
    LeadImport found;
    const std::vector<ColumnRole>& columns = mapping.columns;
    // The label column that names each phone/email column (Google: "Phone 1 - Type" before "Phone 1 - Value").
    std::vector<int> labelColumn(columns.size(), -1);
    for (std::size_t c = 0; c < columns.size(); ++c) {
        LeadField target = columns[c].field == LeadField::PhoneLabel   ? LeadField::Phone
                           : columns[c].field == LeadField::EmailLabel ? LeadField::Email
                                                                       : LeadField::Ignore;
        if (target == LeadField::Ignore) continue;
        for (std::size_t v = c + 1; v < columns.size(); ++v)
            if (columns[v].field == target) {
                labelColumn[v] = static_cast<int>(c);
                break;
            }
    }
    std::size_t first = mapping.firstRowIsHeader ? 1 : 0;
    found.leads.reserve(table.records.size());
    for (std::size_t r = first; r < table.records.size(); ++r) {
        const CsvRecord& record = table.records[r];
        if (record.blank()) continue;
        auto reject = [&](std::string reason) { found.rejected.push_back({record.line, std::move(reason)}); };
        const std::vector<std::string>& cells = record.fields;
        bool extra = false;
        for (std::size_t c = columns.size(); c < cells.size(); ++c)
            extra = extra || !trimWhitespace(cells[c]).empty();
        if (extra) {
            reject(std::to_string(cells.size()) + " fields where the header has " + std::to_string(columns.size()) +
                   " (a missing quote or delimiter?)");
            continue;
        }
        Lead lead;
        lead.createdAt = createdAt;
        std::string first_, middle, last, company;
        std::optional<std::string> problem;
        for (std::size_t c = 0; c < columns.size() && c < cells.size() && !problem; ++c) {
            std::string_view cell = trimWhitespace(cells[c]);
            if (cell.empty()) continue;
            const ColumnRole& role = columns[c];
            std::string label = labelColumn[c] >= 0 && static_cast<std::size_t>(labelColumn[c]) < cells.size()
                                    ? contactLabel(cells[labelColumn[c]])
                                    : role.label;
            switch (role.field) {
            case LeadField::Ignore:
            case LeadField::PhoneLabel:
            case LeadField::EmailLabel: break;
            case LeadField::Name: appendJoined(lead.name, cell, " "); break;
            case LeadField::FirstName: appendJoined(first_, cell, " "); break;
            case LeadField::MiddleName: appendJoined(middle, cell, " "); break;
            case LeadField::LastName: appendJoined(last, cell, " "); break;
            case LeadField::Phone:
                for (std::string& number : splitList(cell)) lead.phones.push_back({label, std::move(number)});
                break;
            case LeadField::Email:
                for (std::string& address : splitList(cell)) lead.emails.push_back({label, std::move(address)});
                break;
            case LeadField::Address: appendJoined(lead.address, cell, ", "); break;
            case LeadField::Company: appendJoined(company, cell, ", "); break;
            case LeadField::Tags:
                for (std::string& tag : splitList(cell)) {
                    if (tag.starts_with("* ")) continue; // Google's system groups ("* myContacts")
                    if (std::find(lead.tags.begin(), lead.tags.end(), tag) == lead.tags.end())
                        lead.tags.push_back(std::move(tag));
                }
                break;
            case LeadField::Source: appendJoined(lead.source, cell, ", "); break;
            case LeadField::Birthday: {
                Result<std::optional<KeyDate>> date = parseBirthday(cell);
                if (!date) problem = "birthday " + date.error().reason;
                else if (*date && !findKeyDate(lead, kBirthday)) lead.keyDates.push_back(**date);
                break;
            }
            case LeadField::Notes: appendJoined(lead.notes, cells[c], "\n"); break;
            case LeadField::Stage:
                if (auto stage = stageFromString(lowerSnake(cell))) lead.stage = *stage;
                else problem = "unknown stage \"" + std::string(cell) + "\" (expected new, contacted, engaged, nurture, under contract, closed, lost or archived)";
                break;
            case LeadField::Temperature:
                if (auto temperature = temperatureFromString(lowerSnake(cell))) lead.temperature = *temperature;
                else problem = "unknown temperature \"" + std::string(cell) + "\" (expected hot, warm or cold)";
                break;
            }
        }
        if (lead.name.empty()) {
            appendJoined(lead.name, first_, " ");
            appendJoined(lead.name, middle, " ");
            appendJoined(lead.name, last, " ");
        }
        if (lead.name.empty()) lead.name = company;
        else if (!company.empty()) appendJoined(lead.notes, "Company: " + company, "\n");
        if (!problem) problem = completeImportedLead(lead);
        if (problem) {
            reject(std::move(*problem));
            continue;
        }
        found.leads.push_back(std::move(lead));
        found.lines.push_back(record.line);
    }
    return found;
}

} // namespace cadence

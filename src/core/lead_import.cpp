// Shared import rules: duplicates, birthdays, lists, labels, the minimum a lead needs.
#include "core/lead_import.h"

#include "core/contact_format.h"
#include "core/time.h"
#include "core/workspace.h"

#include <charconv>
#include <unordered_map>

namespace cadence {

void skipExistingLeads(const Workspace& workspace, LeadImport& found) {
    std::unordered_map<std::string, std::string> owners; // phone/email key -> lead name
    auto remember = [&](const Lead& lead) {
        for (const PhoneNumber& phone : lead.phones)
            if (std::string key = phoneKey(phone.number); !key.empty()) owners.emplace("p" + key, lead.name);
        for (const EmailAddress& email : lead.emails)
            if (std::string key = emailKey(email.address); !key.empty()) owners.emplace("e" + key, lead.name);
    };
    for (const auto& slot : workspace.leadSlots())
        if (slot) remember(*slot);

    LeadImport kept;
    kept.rejected = std::move(found.rejected);
    for (std::size_t i = 0; i < found.leads.size(); ++i) {
        const Lead& lead = found.leads[i];
        std::optional<std::string> clash;
        for (const EmailAddress& email : lead.emails)
            if (auto it = owners.find("e" + emailKey(email.address)); !clash && it != owners.end())
                clash = "same email as \"" + it->second + "\"";
        for (const PhoneNumber& phone : lead.phones)
            if (auto it = owners.find("p" + phoneKey(phone.number)); !clash && it != owners.end())
                clash = "same phone number as \"" + it->second + "\"";
        if (clash) {
            kept.rejected.push_back({found.lines[i], *clash});
            continue;
        }
        remember(lead);
        kept.leads.push_back(std::move(found.leads[i]));
        kept.lines.push_back(found.lines[i]);
    }
    std::stable_sort(kept.rejected.begin(), kept.rejected.end(),
                     [](const RejectedRow& a, const RejectedRow& b) { return a.line < b.line; });
    found = std::move(kept);
}

namespace {

std::optional<int> number(std::string_view text) {
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size() || text.empty()) return std::nullopt;
    return value;
}

std::vector<std::string_view> splitOn(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t at; (at = text.find(separator, start)) != std::string_view::npos; start = at + 1)
        parts.push_back(text.substr(start, at - start));
    parts.push_back(text.substr(start));
    return parts;
}

} // namespace

Result<std::optional<KeyDate>> parseBirthday(std::string_view raw) {
    std::string_view text = trimWhitespace(raw);
    if (text.empty() || text == "0/0/00" || text == "0/0/0000") return std::optional<KeyDate>{};
    if (std::size_t t = text.find('T'); t != std::string_view::npos && t >= 8) text = text.substr(0, t);
    std::optional<int> year, month, day;
    if (text.starts_with("--")) { // vCard: --MM-DD or --MMDD
        std::string_view rest = text.substr(2);
        if (rest.size() == 5 && rest[2] == '-') {
            month = number(rest.substr(0, 2));
            day = number(rest.substr(3, 2));
        } else if (rest.size() == 4) {
            month = number(rest.substr(0, 2));
            day = number(rest.substr(2, 2));
        }
    } else if (text.size() == 8 && number(text)) { // 19800517
        year = number(text.substr(0, 4));
        month = number(text.substr(4, 2));
        day = number(text.substr(6, 2));
    } else {
        char separator = text.find('-') != std::string_view::npos   ? '-'
                         : text.find('/') != std::string_view::npos ? '/'
                                                                    : '.';
        std::vector<std::string_view> parts = splitOn(text, separator);
        if (parts.size() == 3 && parts[0].size() == 4) { // 1980-05-17, 1980/05/17
            year = number(parts[0]);
            month = number(parts[1]);
            day = number(parts[2]);
        } else if (parts.size() == 3 || (parts.size() == 2 && separator != '-')) {
            // 05/17/1980 (month first, as US exports) or 17.05.1980 (day first, as Europe writes)
            bool dayFirst = separator == '.';
            month = number(parts[dayFirst ? 1 : 0]);
            day = number(parts[dayFirst ? 0 : 1]);
            if (parts.size() == 3) {
                year = number(parts[2]);
                if (year && parts[2].size() <= 2) year = *year + (*year > 30 ? 1900 : 2000);
            }
        }
    }
    if (!month || !day)
        return Error{"", "\"" + std::string(text) + "\" is not a date (expected 1980-05-17, --05-17 or 05/17/1980)"};
    KeyDate date{std::string(kBirthday), *month, *day, year};
    if (year && (*year < 1 || *year > 9999)) date.year.reset();
    if (!isValid(CivilDate{date.year.value_or(2000), date.month, date.day}))
        return Error{"", "\"" + std::string(text) + "\" is not a calendar date"};
    return std::optional<KeyDate>{date};
}

std::vector<std::string> splitList(std::string_view text) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find_first_of(",;:", start);
        // A lone ':' is part of a value; only Google's ":::" separates.
        while (end != std::string_view::npos && text[end] == ':' && text.substr(end, 3) != ":::")
            end = text.find_first_of(",;:", end + 1);
        std::string_view item = trimWhitespace(text.substr(start, end == std::string_view::npos ? end : end - start));
        if (!item.empty()) items.emplace_back(item);
        if (end == std::string_view::npos) break;
        start = end + (text[end] == ':' ? 3 : 1);
    }
    return items;
}

std::string contactLabel(std::string_view type) {
    std::string label;
    for (char c : trimWhitespace(type)) label += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (label.starts_with("* ")) label.erase(0, 2); // Google's "* Mobile"
    if (label == "cell" || label == "cellular" || label == "mobile phone") return "mobile";
    if (label == "pref" || label == "internet" || label == "voice" || label == "x400") return "";
    return label;
}

std::optional<std::string> completeImportedLead(Lead& lead) {
    for (const EmailAddress& email : lead.emails)
        if (std::optional<std::string> problem = emailProblem(email.address))
            return "email \"" + email.address + "\": " + *problem;
    for (const PhoneNumber& phone : lead.phones) {
        int digits = 0;
        for (char c : phone.number) digits += c >= '0' && c <= '9';
        // Extensions and letters ("ext. 12", "1-800-FLOWERS") are kept as typed; too few digits is not a number.
        if (digits < 7) return "phone \"" + phone.number + "\": a phone number has at least 7 digits";
    }
    if (lead.phones.empty() && lead.emails.empty()) return std::string("no phone number or email address");
    if (trimWhitespace(lead.name).empty())
        lead.name = lead.emails.empty() ? lead.phones.front().number : lead.emails.front().address;
    return std::nullopt;
}

} // namespace cadence

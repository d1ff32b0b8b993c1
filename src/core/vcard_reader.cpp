// Unfolding, content lines, parameters and values of vCard: see vcard_reader.h.
#include "core/vcard_reader.h"

#include "core/contact_format.h"
#include "core/text_encoding.h"

#include <algorithm>
#include <vector>

namespace cadence {
namespace {

std::string upper(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

struct LogicalLine {
    int line = 0;
    std::string text;
};

// Joins folded lines (a line starting with a space or tab continues the previous one) and 2.1
// quoted-printable soft breaks (a QUOTED-PRINTABLE value ending in "=" continues on the next line).
std::vector<LogicalLine> unfold(std::string_view text) {
    std::vector<LogicalLine> lines;
    int lineNumber = 0;
    bool softBreak = false;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find_first_of("\r\n", start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view physical = text.substr(start, end - start);
        ++lineNumber;
        start = end + (end + 1 < text.size() && text[end] == '\r' && text[end + 1] == '\n' ? 2 : 1);
        if (!lines.empty() && softBreak) {
            lines.back().text.pop_back(); // the "="
            lines.back().text.append(physical);
        } else if (!lines.empty() && !physical.empty() && (physical[0] == ' ' || physical[0] == '\t')) {
            lines.back().text.append(physical.substr(1));
        } else if (!physical.empty()) {
            lines.push_back({lineNumber, std::string(physical)});
        } else {
            softBreak = false;
            continue;
        }
        const std::string& current = lines.back().text;
        std::size_t colon = current.find(':');
        softBreak = !current.empty() && current.back() == '=' && colon != std::string::npos &&
                    upper(std::string_view(current).substr(0, colon)).find("QUOTED-PRINTABLE") != std::string::npos;
    }
    return lines;
}

struct Property {
    std::string name;                // upper case, group removed ("item1.TEL" -> "TEL")
    std::vector<std::string> types;  // upper case: TYPE=cell,voice / bare 2.1 CELL / TYPE="work"
    std::string charset;             // upper case
    bool quotedPrintable = false;
    std::string value;               // raw (still escaped)
};

std::optional<Property> parseLine(std::string_view line) {
    std::size_t colon = std::string_view::npos;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '"') quoted = !quoted;
        else if (line[i] == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon == std::string_view::npos) return std::nullopt;
    Property property;
    property.value = std::string(line.substr(colon + 1));
    std::string_view head = line.substr(0, colon);
    std::size_t semicolon = head.find(';');
    std::string_view name = head.substr(0, semicolon);
    if (std::size_t dot = name.rfind('.'); dot != std::string_view::npos) name = name.substr(dot + 1);
    property.name = upper(name);
    while (semicolon != std::string_view::npos) {
        std::size_t next = head.find(';', semicolon + 1);
        std::string param = upper(head.substr(semicolon + 1, next == std::string_view::npos ? next : next - semicolon - 1));
        semicolon = next;
        std::size_t equals = param.find('=');
        std::string key = equals == std::string::npos ? "TYPE" : param.substr(0, equals);
        std::string value = equals == std::string::npos ? param : param.substr(equals + 1);
        value.erase(std::remove(value.begin(), value.end(), '"'), value.end());
        if (value == "QUOTED-PRINTABLE" && (key == "ENCODING" || key == "TYPE")) property.quotedPrintable = true;
        else if (key == "CHARSET") property.charset = value;
        else if (key == "TYPE")
            for (std::string_view rest = value; !rest.empty();) {
                std::size_t comma = rest.find(',');
                property.types.emplace_back(rest.substr(0, comma));
                rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
            }
    }
    return property;
}

int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

// Quoted-printable bytes decoded, then the charset turned into UTF-8.
std::string decodeValue(const Property& property) {
    std::string bytes;
    if (property.quotedPrintable) {
        const std::string& v = property.value;
        for (std::size_t i = 0; i < v.size(); ++i) {
            int high = i + 2 < v.size() && v[i] == '=' ? hexDigit(v[i + 1]) : -1;
            int low = high >= 0 ? hexDigit(v[i + 2]) : -1;
            if (low >= 0) {
                bytes += static_cast<char>(high * 16 + low);
                i += 2;
            } else {
                bytes += v[i];
            }
        }
    } else {
        bytes = property.value;
    }
    bool utf8Charset = property.charset.empty() || property.charset == "UTF-8" || property.charset == "UTF8";
    if (!utf8Charset || !isValidUtf8(bytes)) return windows1252ToUtf8(bytes);
    return bytes;
}

// Splits on an unescaped separator, then unescapes each part (\n, \, \; \\).
std::vector<std::string> components(std::string_view value, char separator) {
    std::vector<std::string> parts(1);
    for (std::size_t i = 0; i < value.size(); ++i) {
        char c = value[i];
        if (c == '\\' && i + 1 < value.size()) {
            char next = value[++i];
            parts.back() += next == 'n' || next == 'N' ? '\n' : next;
        } else if (c == separator) {
            parts.emplace_back();
        } else {
            parts.back() += c;
        }
    }
    return parts;
}

std::string joinNonEmpty(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const std::string& part : parts) {
        std::string_view trimmed = trimWhitespace(part);
        if (trimmed.empty()) continue;
        if (!out.empty()) out.append(separator);
        out.append(trimmed);
    }
    return out;
}

std::string labelOf(const std::vector<std::string>& types) {
    for (const std::string& type : types)
        if (std::string label = contactLabel(type); !label.empty()) return label;
    return "";
}

struct CardBuilder {
    Lead lead;
    std::string structuredName, company, birthdayText;

    void addNoteLine(std::string_view text) {
        if (text.empty()) return;
        if (!lead.notes.empty()) lead.notes += '\n';
        lead.notes.append(text);
    }

    void add(const Property& p) {
        std::string value = decodeValue(p);
        if (p.name == "FN") {
            lead.name = joinNonEmpty(components(value, '\0'), "");
        } else if (p.name == "N") {
            // family;given;additional;prefixes;suffixes -> "prefix given additional family suffix"
            std::vector<std::string> n = components(value, ';');
            n.resize(5);
            structuredName = joinNonEmpty({n[3], n[1], n[2], n[0], n[4]}, " ");
        } else if (p.name == "TEL") {
            std::string number = joinNonEmpty(components(value, '\0'), "");
            if (number.starts_with("tel:")) number.erase(0, 4);
            if (!number.empty()) lead.phones.push_back({labelOf(p.types), number});
        } else if (p.name == "EMAIL") {
            std::string address = joinNonEmpty(components(value, '\0'), "");
            if (address.starts_with("mailto:")) address.erase(0, 7);
            if (!address.empty()) lead.emails.push_back({labelOf(p.types), address});
        } else if (p.name == "BDAY") {
            Result<std::optional<KeyDate>> date = parseBirthday(value);
            if (date && *date) lead.keyDates.push_back(**date);
            else if (!date) birthdayText = value;
        } else if (p.name == "ADR" && lead.address.empty()) {
            lead.address = joinNonEmpty(components(value, ';'), ", ");
        } else if (p.name == "NOTE") {
            std::string note = joinNonEmpty(components(value, '\0'), "");
            addNoteLine(note);
        } else if (p.name == "CATEGORIES") {
            for (std::string& tag : components(value, ','))
                if (std::string_view t = trimWhitespace(tag); !t.empty() &&
                    std::find(lead.tags.begin(), lead.tags.end(), t) == lead.tags.end())
                    lead.tags.emplace_back(t);
        } else if (p.name == "ORG") {
            company = joinNonEmpty(components(value, ';'), ", ");
        }
    }

    Lead finish() {
        if (trimWhitespace(lead.name).empty()) lead.name = structuredName;
        if (trimWhitespace(lead.name).empty()) lead.name = company;
        else if (!company.empty()) addNoteLine("Company: " + company);
        if (!birthdayText.empty()) addNoteLine("Birthday: " + birthdayText);
        return std::move(lead);
    }
};

} // namespace

LeadImport readVCards(std::string_view text, Instant createdAt) {
    LeadImport found;
    std::optional<CardBuilder> card;
    int cardLine = 0, depth = 0;
    for (const LogicalLine& line : unfold(text)) {
        std::optional<Property> property = parseLine(line.text);
        if (!property) continue; // not a content line (stray text between cards)
        std::string value = upper(trimWhitespace(property->value));
        if (property->name == "BEGIN" && value == "VCARD") {
            if (card && depth > 0) { // a 2.1 AGENT card inside a card: skip it
                ++depth;
                continue;
            }
            card.emplace();
            card->lead.createdAt = createdAt;
            cardLine = line.line;
            depth = 1;
        } else if (property->name == "END" && value == "VCARD" && card) {
            if (--depth > 0) continue;
            Lead lead = card->finish();
            card.reset();
            if (std::optional<std::string> problem = completeImportedLead(lead)) {
                found.rejected.push_back({cardLine, *problem});
                continue;
            }
            found.leads.push_back(std::move(lead));
            found.lines.push_back(cardLine);
        } else if (card && depth == 1) {
            card->add(*property);
        }
    }
    if (card) found.rejected.push_back({cardLine, "the card never ends (END:VCARD is missing)"});
    return found;
}

} // namespace cadence

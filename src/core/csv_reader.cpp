// The RFC 4180 state machine and the delimiter vote: see csv_reader.h.
#include "core/csv_reader.h"

#include <array>

namespace cadence {

bool CsvRecord::blank() const {
    for (const std::string& field : fields)
        if (field.find_first_not_of(" \t") != std::string::npos) return false;
    return true;
}

namespace {

// Field counts of the first records when split on `delimiter` (quotes respected).
std::vector<int> fieldCounts(std::string_view text, char delimiter, int maxRecords) {
    std::vector<int> counts;
    int fields = 1;
    bool quoted = false, any = false;
    for (std::size_t i = 0; i < text.size() && static_cast<int>(counts.size()) < maxRecords; ++i) {
        char c = text[i];
        any = true;
        if (c == '"') {
            quoted = !quoted; // a doubled quote toggles twice: no change
        } else if (!quoted && c == delimiter) {
            ++fields;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            counts.push_back(fields);
            fields = 1;
            any = false;
        }
    }
    if (any && static_cast<int>(counts.size()) < maxRecords) counts.push_back(fields);
    return counts;
}

} // namespace

char detectCsvDelimiter(std::string_view text) {
    constexpr std::array<char, 3> kCandidates = {',', ';', '\t'};
    char best = ',';
    long bestScore = 0;
    for (char candidate : kCandidates) {
        std::vector<int> counts = fieldCounts(text, candidate, 20);
        if (counts.empty() || counts[0] < 2) continue;
        // Records that agree with the header's field count; more columns break ties.
        long agreeing = 0;
        for (int count : counts) agreeing += count == counts[0];
        long score = agreeing * 1000 + counts[0];
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

Result<CsvTable> readCsv(std::string_view text, char delimiter) {
    CsvTable table;
    table.delimiter = delimiter;
    if (text.empty()) return table;
    table.records.reserve(text.size() / 64 + 1);
    int line = 1;
    CsvRecord record{line, {}};
    std::string field;
    std::size_t i = 0, n = text.size();
    int quoteLine = 0;
    auto endRecord = [&] {
        record.fields.push_back(std::move(field));
        field.clear();
        table.records.push_back(std::move(record));
        record = CsvRecord{line, {}};
    };
    while (i < n) {
        char c = text[i];
        if (c == '"' && field.empty()) { // a quoted field (possibly after nothing else)
            quoteLine = line;
            ++i;
            bool closed = false;
            while (i < n) {
                std::size_t next = text.find_first_of("\"\n", i);
                if (next == std::string_view::npos) {
                    field.append(text.substr(i));
                    i = n;
                    break;
                }
                field.append(text.substr(i, next - i));
                i = next + 1;
                if (text[next] == '\n') {
                    // Line breaks inside quotes are kept as LF: CRLF from Windows becomes LF.
                    if (!field.empty() && field.back() == '\r') field.pop_back();
                    field += '\n';
                    ++line;
                } else if (i < n && text[i] == '"') {
                    field += '"';
                    ++i;
                } else {
                    closed = true;
                    break;
                }
            }
            if (!closed)
                return Error{"line " + std::to_string(quoteLine), "a quoted field is never closed (a \" is missing)"};
            continue;
        }
        if (c == delimiter) {
            record.fields.push_back(std::move(field));
            field.clear();
            ++i;
        } else if (c == '\n' || c == '\r') {
            i += (c == '\r' && i + 1 < n && text[i + 1] == '\n') ? 2 : 1;
            ++line;
            endRecord();
        } else {
            std::size_t next = i;
            while (next < n && text[next] != delimiter && text[next] != '\n' && text[next] != '\r') ++next;
            field.append(text.substr(i, next - i));
            i = next;
        }
    }
    char last = text[n - 1];
    if (last != '\n' && last != '\r') endRecord(); // a last record without a line break
    return table;
}

void appendCsvField(std::string& out, std::string_view field, char delimiter) {
    bool quote = field.find_first_of(std::string{'"', '\n', '\r', delimiter}) != std::string_view::npos ||
                 (!field.empty() && (field.front() == ' ' || field.back() == ' '));
    if (!quote) {
        out.append(field);
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

} // namespace cadence

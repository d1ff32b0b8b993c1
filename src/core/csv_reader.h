// Reads CSV text (RFC 4180, as spreadsheets and CRMs write it) into records of fields: quoted
// fields may hold the delimiter, doubled quotes and line breaks; records end with CRLF, LF or CR.
// Each record keeps the line it starts on, so an importer can say "line 14: ..." about it.
// The input is UTF-8 (decode files with text_encoding.h first).
//
//   char delimiter = detectCsvDelimiter(text);          // ',' ';' or '\t'
//   Result<CsvTable> table = readCsv(text, delimiter);  // error: "line 7: a quoted field is never closed"
//
// Lenient where spreadsheets are sloppy and nothing is lost: a quote inside an unquoted field is
// kept as a character, text after a closing quote is appended. The only error is a quoted field
// still open at the end of the file (everything after its opening quote would be swallowed).
#pragma once

#include "core/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace cadence {

struct CsvRecord {
    int line = 1; // 1-based line of the file where the record starts
    std::vector<std::string> fields;
    bool blank() const; // no field holds anything but spaces
};

struct CsvTable {
    char delimiter = ',';
    std::vector<CsvRecord> records; // in file order, the header (if any) included
};

// The delimiter among ',', ';' and TAB that splits the first lines most consistently (quotes
// respected); ',' when nothing tells them apart.
char detectCsvDelimiter(std::string_view text);

Result<CsvTable> readCsv(std::string_view text, char delimiter);

// One field as CSV: quoted (quotes doubled) when it holds the delimiter, a quote, a line break
// or leading/trailing spaces.
void appendCsvField(std::string& out, std::string_view field, char delimiter = ',');

} // namespace cadence

// libFuzzer target: any bytes through the whole CSV import (decoding, delimiter detection,
// RFC 4180 reading, header recognition, row conversion), then the ImportLeads command.
#include "core/csv_mapping.h"
#include "core/text_encoding.h"
#include "fuzz_invariants.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace cadence;
    DecodedText decoded = decodeToUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
    fuzz::require(isValidUtf8(decoded.text), "decoding always yields UTF-8");
    Result<CsvTable> table = readCsv(decoded.text, detectCsvDelimiter(decoded.text));
    if (!table || table->records.empty()) return 0;
    ColumnMapping mapping = guessMapping(table->records.front().fields);
    LeadImport found = csvToLeads(*table, mapping, Instant{1'700'000'000});
    fuzz::require(found.leads.size() == found.lines.size(), "every lead knows its line");
    fuzz::requireImportable(std::move(found.leads));
    return 0;
}

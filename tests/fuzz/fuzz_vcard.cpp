// libFuzzer target: any bytes through the vCard import (decoding, unfolding, parameters,
// quoted-printable, charsets), then the ImportLeads command.
#include "core/text_encoding.h"
#include "core/vcard_reader.h"
#include "fuzz_invariants.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace cadence;
    DecodedText decoded = decodeToUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
    LeadImport found = readVCards(decoded.text, Instant{1'700'000'000});
    fuzz::require(found.leads.size() == found.lines.size(), "every lead knows its line");
    for (const Lead& lead : found.leads) fuzz::require(isValidUtf8(lead.name) && isValidUtf8(lead.notes), "UTF-8 out");
    fuzz::requireImportable(std::move(found.leads));
    return 0;
}

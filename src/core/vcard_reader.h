// Reads contacts from a vCard file (RFC 6350 4.0, RFC 2426 3.0 and the 2.1 that phones still
// export) into leads: FN or N for the name, every TEL and EMAIL with its type as the label
// ("mobile", "work"), BDAY with or without a year, ADR, NOTE, CATEGORIES as tags and ORG (kept
// in the notes as "Company: ..."). Handles folded lines, escaped characters, 2.1
// QUOTED-PRINTABLE values with their CHARSET, and any number of cards in one file.
//
//   LeadImport found = readVCards(decodeToUtf8(bytes).text, now);
//   // found.rejected: {line of BEGIN:VCARD, "no phone number or email address"}, ...
//
// A card that cannot become a lead is reported with the line it starts on; a BDAY that is not a
// date is kept in the notes rather than losing the card.
#pragma once

#include "core/lead_import.h"

#include <string_view>

namespace cadence {

LeadImport readVCards(std::string_view text, Instant createdAt);

} // namespace cadence

// The stored form of a snapshot's lead chunks (since store schema 3): binary, like the touch chunks
// (touch_codec.h). As JSON a lead took about 390 bytes, most of them member names and quotes;
// leads were four in ten of a store's bytes and the largest share of decoding it. Layout
// (docs/storage.md), every number a varint, text as length + UTF-8 bytes (binary_fields.h):
//
//   "cadence-leads/1\n"  then  count, and per lead:
//   id, name, phones (count, then label, number, flaggedBad each), emails (the same),
//   address, source, tags (count, then each), stage, temperature,
//   preferred channel (0 for none, else channel + 1), key dates (count, then name, month, day,
//   has-year, [year] each), notes, createdAt
//
// Decoding checks what the JSON reader checks and that the payload ends after the last lead;
// what a lead's fields may hold (validateLead) is checked when the workspace is built.
#pragma once

#include "core/lead.h"
#include "core/result.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cadence::store {

inline constexpr std::string_view kLeadChunkMagic = "cadence-leads/1\n";

std::string encodeLeads(std::span<const Lead> leads);
bool isEncodedLeads(std::string_view payload);
// The error's `where` is "leads[i].field" (or "leads" for the framing).
Result<std::vector<Lead>> decodeLeads(std::string_view payload);

} // namespace cadence::store

// The stored form of a snapshot's touch chunks (store schema 2): a compact binary encoding
// instead of the backup's JSON. Touches are seven in ten of a store's bytes (a million of them
// at 100,000 leads), and this form is a third of the size and decodes several times faster,
// which is most of a cold start. Layout (docs/storage.md):
//
//   "cadence-touches/1\n"  then  count, and per touch:
//   id, leadId, at (zigzag), channel, outcome, flags, [enrollmentId] [stepIndex] [ruleIndex]
//   [contactIndex] (zigzag, present when its flag bit is set), note length, note bytes
//
// every number a LEB128 varint. Decoding checks what the JSON reader checks (ids from 1,
// enums in range, ints that fit, instants a backup can write, UTF-8 notes) and that the
// payload ends exactly after the last touch.
#pragma once

#include "core/result.h"
#include "core/touch.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cadence::store {

inline constexpr std::string_view kTouchChunkMagic = "cadence-touches/1\n";

std::string encodeTouches(std::span<const Touch> touches);
bool isEncodedTouches(std::string_view payload);
// The error's `where` is "touches[i].field" (or "touches" for the framing).
Result<std::vector<Touch>> decodeTouches(std::string_view payload);

} // namespace cadence::store

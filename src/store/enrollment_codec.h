// The stored form of a snapshot's enrollment chunks (since store schema 3): binary, like the touch
// chunks (touch_codec.h). As JSON an enrollment took about 420 bytes, nearly all member names
// and nulls; enrollments were the largest part of a store. Layout (docs/storage.md), every
// number a varint, signed ones zigzagged (binary_fields.h):
//
//   "cadence-enrollments/1\n"  then  count, and per enrollment:
//   id, leadId, planId, startedAt, pausedSeconds, nextStepIndex, skippedSteps, state,
//   endReason, flags (which of stepSnoozedUntil, pausedAt, resumeAt, endedAt follow), those
//   instants, then the rules: count, and per rule flags (restartFrom, doneThrough,
//   snoozedUntil) and those instants
//
// Decoding checks what the JSON reader checks and that the payload ends after the last
// enrollment; references to leads and plans are checked when the workspace is built.
#pragma once

#include "core/enrollment.h"
#include "core/result.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cadence::store {

inline constexpr std::string_view kEnrollmentChunkMagic = "cadence-enrollments/1\n";

std::string encodeEnrollments(std::span<const Enrollment> enrollments);
bool isEncodedEnrollments(std::string_view payload);
// The error's `where` is "enrollments[i].field" (or "enrollments" for the framing).
Result<std::vector<Enrollment>> decodeEnrollments(std::string_view payload);

} // namespace cadence::store

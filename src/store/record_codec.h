// Records as stored. A chunk or a journal entry holds its records as a small backup document
// (backup_format.h), so a stored record is byte for byte the JSON of the same record in an
// exported backup, and one reader/writer (the backup's) serves both; except the snapshot's
// chunks of touches (since store schema 2), leads and enrollments (since schema 3), which use
// the compact binary forms of touch_codec.h, lead_codec.h and enrollment_codec.h: as JSON
// they made a 100,000-lead store 97 MB and its decoding most of a cold start.
//
// The unit of encoding is a WorkspaceData holding just the records of the chunk or entry; the
// document's settings and nextIds members are read only where the layout says they mean
// something (the base chunk, journal entries).
#pragma once

#include "core/result.h"
#include "core/workspace.h"

#include <string>
#include <string_view>

namespace cadence::store {

std::string encodeRecords(const WorkspaceData& records);
// A snapshot chunk: binary when it holds records of one kind (leads, enrollments or touches),
// else as encodeRecords.
std::string encodeChunkRecords(const WorkspaceData& records);
// Either form. Syntax, types, enums and versions are checked; references between records are
// not (a chunk holds only part of them): Workspace::fromData checks those once all is loaded.
Result<WorkspaceData> decodeRecords(std::string_view document);

} // namespace cadence::store

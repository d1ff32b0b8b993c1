// Records as stored: a chunk or a journal entry holds its records as a small backup document
// (backup_format.h), so a stored record is byte for byte the JSON of the same record in an
// exported backup, and one reader/writer (the backup's) serves both.
//
// Until the backup code publishes per-record writers, the unit of encoding is a WorkspaceData
// holding just the records of the chunk or entry; the document's settings and nextIds members
// are read only where the layout says they mean something (the base chunk, journal entries).
#pragma once

#include "core/result.h"
#include "core/workspace.h"

#include <string>
#include <string_view>

namespace cadence::store {

std::string encodeRecords(const WorkspaceData& records);
// Syntax, types, enums and versions are checked; references between records are not (a chunk
// holds only part of them): Workspace::fromData checks those once everything is loaded.
Result<WorkspaceData> decodeRecords(std::string_view document);

} // namespace cadence::store

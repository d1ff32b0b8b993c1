// The backup document: every record of a workspace as one versioned JSON file, the format of
// "export backup" / "import backup" and the basis of storage. docs/backup-format.md describes
// every field; docs/backup-format.schema.json is its JSON Schema.
//
//   std::string text = saveBackup(ws.toData(), now);
//   Result<Workspace> restored = loadBackupWorkspace(text);   // what the app calls
//   if (!restored) show(restored.error().describe());        // "/leads/3/stage: unknown stage ..."
//
// Guarantees: loadBackup(saveBackup(x)) == x for any state the engine accepts (strings in
// UTF-8, instants in years 0000-9999). Loading either succeeds completely or returns the first
// problem as Error{JSON Pointer, plain reason} and changes nothing; it checks syntax, types, enum
// names and times, and then the references between records with Workspace::fromData.
// A document from a newer Cadence (version > kBackupFormatVersion) is refused; older versions
// are migrated while reading (backup_migration.h).
#pragma once

#include "core/result.h"
#include "core/workspace.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace cadence {

constexpr std::string_view kBackupFormatName = "cadence-backup";
constexpr int kBackupFormatVersion = 1;

// Writes the document straight into a string (no DOM), one record per line.
std::string saveBackup(const WorkspaceData& data, Instant exportedAt);

// Reads a document into records: syntax, types, enums, times, versions. Does NOT check the
// references between records (use loadBackup); the fast half, measured by the benchmark.
Result<WorkspaceData> parseBackup(std::string_view json);

// parseBackup, then the checks of Workspace::fromData (duplicate ids, dangling references, an
// unknown time zone ...), whose errors are translated into JSON Pointers ("/touches/12/leadId").
Result<WorkspaceData> loadBackup(std::string_view json);

// Like loadBackup, but returns the ready Workspace (saves copying the records once).
Result<Workspace> loadBackupWorkspace(std::string_view json);

// The instant written in "exportedAt", or nullopt when the document has none readable. Cheap:
// reads only up to that member (the saver writes it third).
std::optional<Instant> backupExportedAt(std::string_view json);

// What a restore shows before anything changes: the document's "format", "version" and
// "exportedAt" as written (members missing or unreadable stay empty). Cheap: reads only the
// top-level members that come before "settings" (the saver writes these first).
struct BackupHeader {
    std::string format;
    std::optional<std::int64_t> version;
    std::optional<Instant> exportedAt;
};
BackupHeader readBackupHeader(std::string_view json);

// Translates Workspace::fromData's "touches[12].leadId" into the JSON Pointer "/touches/12/leadId".
std::string fieldPathToPointer(std::string_view fieldPath);

} // namespace cadence

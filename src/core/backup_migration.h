// Versions of the backup format and how older documents are brought up to date (internal to
// the core; the format itself is in backup_format.h and docs/backup-format.md).
//
//   version 0 — the pre-release format written by development builds before the first release.
//               Same records as version 1, except: settings.workingDays is a list of 7 booleans
//               (Sunday first) instead of day names, and there is no "nextIds" member.
//   version 1 — the first released format (2026-11).
//
// Reading an older document happens in two places, so the big lists still stream in one pass:
//  1. Field-level differences are handled where the field is read, keyed on the document's
//     version (BackupReadContext::version); today only settings.workingDays.
//  2. After every record is read, upgradeRecords runs the steps version -> version + 1 in order,
//     each a function on WorkspaceData (today only upgradeV0ToV1).
// A new version adds a step here, a row in docs/backup-format.md's history, and a test that
// loads a document of the previous version.
#pragma once

#include "core/result.h"
#include "core/workspace.h"

#include <array>
#include <string_view>

namespace cadence {

constexpr int kOldestReadableBackupVersion = 0;

// Indexed by Weekday (Sunday = 0), as Settings::workingDays.
constexpr std::array<std::string_view, 7> kWeekdayNames = {"sunday",   "monday", "tuesday", "wednesday",
                                                           "thursday", "friday", "saturday"};

// What the record readers need to know about the document they are reading.
struct BackupReadContext {
    int version = 1;
    bool sawNextIds = false;
};

// v0 had no nextIds: derive each counter from the highest id in use (ids are never reused).
void upgradeV0ToV1(WorkspaceData& data);

// Runs every upgrade step from the document's version to the current one.
void upgradeRecords(WorkspaceData& data, const BackupReadContext& context);

} // namespace cadence

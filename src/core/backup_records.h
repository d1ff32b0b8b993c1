// Readers for each record of the backup document (internal to the core; used by
// backup_reader.cpp). Each reads one JSON value at the cursor into the record and returns false
// with the cursor's error set on the first problem. Member names are those of the C++ structs;
// docs/backup-format.md lists which are required and what an absent optional one means.
#pragma once

#include "core/backup_migration.h"
#include "core/json_cursor.h"
#include "core/workspace.h"

namespace cadence::backup {

bool readSettings(json::Cursor& c, Settings& settings, const BackupReadContext& context);
bool readLead(json::Cursor& c, Lead& lead);
bool readPlan(json::Cursor& c, Plan& plan);
bool readTemplate(json::Cursor& c, MessageTemplate& tpl);
bool readEnrollment(json::Cursor& c, Enrollment& enrollment);
bool readTouch(json::Cursor& c, Touch& touch);
bool readNextIds(json::Cursor& c, IdCounters& ids);

// Reads a list whose elements are read by `readElement(cursor, element)`.
template <typename T, typename ReadElement>
bool readList(json::Cursor& c, std::vector<T>& out, ReadElement readElement) {
    if (!c.enterArray()) return false;
    while (c.nextElement())
        if (!readElement(c, out.emplace_back())) return false;
    return !c.failed();
}

} // namespace cadence::backup

// The data the views show, and the only way they change it.
//
// Views read the Workspace through const access and change it only by applying commands here
// (one command = one undo step). The implementation (src/web/browser_document.*) also persists
// every change and reports the save state the views display.
#pragma once

#include "core/workspace.h"

#include <cstddef>
#include <string>

namespace cadence::ui {

struct SaveStatus {
    enum class State {
        Loading,       // the stored data is being read; nothing can change yet
        Saved,         // every change is committed to storage
        Saving,        // changes are being written
        Failed,        // the last write failed; changes are kept in memory and retried
        QuotaExceeded, // the browser refused more storage; changes are kept in memory only
        ReadOnly,      // another tab holds the data; this one only shows it
        Refused,       // the stored data cannot be used (e.g. made by a newer Cadence)
    };
    State state = State::Loading;
    std::string detail; // why it failed, in plain words
};

// Where the data lives, for Settings.
struct StorageReport {
    int persistent = -1;      // 1: the browser will not evict it; 0: it may; -1: unknown
    double usageBytes = -1.0; // -1 when the browser does not say
    double quotaBytes = -1.0;
    std::size_t problems = 0; // damaged records found (and skipped) when opening
    std::string problemSummary;
};

class Document {
public:
    virtual ~Document() = default;
    virtual const Workspace& workspace() const = 0;
    virtual Result<Applied> apply(const Command& command) = 0;
    virtual Status undo() = 0;
    virtual Status redo() = 0;
    virtual SaveStatus saveStatus() const = 0;
    virtual StorageReport storageReport() const = 0;

    // In a read-only tab: ask the writing tab to hand over, then edit here.
    virtual void useHereInstead() = 0;
    // Downloads the whole workspace as a JSON backup file now (works in every state).
    virtual void downloadBackup() = 0;
    // After a failed save: try writing again now.
    virtual void retrySaving() = 0;
    // Writes unsaved changes now instead of after the short delay that coalesces edits.
    virtual void flushNow() = 0;
};

} // namespace cadence::ui

// The Document of the browser app: the user's Workspace, kept in IndexedDB.
//
// On start the tab asks for the writer role (TabCoordinator), then opens the store. As writer it
// journals every command through store::Persistence: a write goes out at most 250 ms after an
// edit (edits made meanwhile coalesce), immediately when the page is hidden, and one at a time;
// a change counts as saved only when IndexedDB has committed it. As reader it shows the data,
// refreshes when the writer announces a commit, and can take the role over.
//
// Browser callbacks that replace the data (a refresh, a role change) run in the next frame;
// storage completions only update the save state, so they also work while the tab is hidden
// (when no frame runs).
#pragma once

#include "store/persistence.h"
#include "store/store_open.h"
#include "ui/document.h"
#include "web/indexed_db_storage.h"
#include "web/tab_coordinator.h"

#include <functional>
#include <optional>

namespace cadence::web {

class BrowserDocument final : public ui::Document {
public:
    struct Environment {
        std::function<void(std::function<void()>)> runInNextFrame;
        std::function<void(double milliseconds, std::function<void()>)> runAfter;
        std::function<void()> changed; // redraw
        std::function<Instant()> now;
    };

    explicit BrowserDocument(Environment environment);
    // Takes part in the writer election and opens the store (new stores use `timeZone`).
    void start(std::string timeZone);
    // Writes everything unsaved now (the page is being hidden, the app restarts into an update).
    void flushNow() override;

    const Workspace& workspace() const override;
    Result<Applied> apply(const Command& command) override;
    Status undo() override;
    Status redo() override;
    ui::SaveStatus saveStatus() const override;
    ui::StorageReport storageReport() const override { return report_; }
    void useHereInstead() override;
    void downloadBackup() override;
    void retrySaving() override;

    // Replaces everything with `data` (a restored backup, a generated data set) and writes it as
    // a new snapshot generation. Refused in a read-only tab or when `data` is inconsistent.
    Status replaceAll(WorkspaceData data);
    // Starts rewriting the whole store as a new snapshot generation now, below the thresholds
    // that normally trigger it (the crash test kills the browser in the middle of one).
    void compactNow();

    // Main-thread costs, for the storage benchmark (milliseconds, performance.now() clock).
    struct Timings {
        double openedAt = 0;      // when the stored data became usable, since navigation start
        double firstFrameWithDataAt = 0; // end of the first frame drawn with it (interactive)
        double lastEdit = 0;      // apply + journaling of the last command
        double lastFlush = 0;     // preparing and handing the last batch to IndexedDB
        double lastCompaction = 0; // first chunk to the pointer flip of the last compaction
        std::size_t lastBatchBytes = 0;
        std::size_t compactions = 0;
    };
    const Timings& timings() const { return timings_; }
    // Called after each frame: the first one with the data open is the first interactive frame.
    void frameDrawn(double at) {
        if (timings_.firstFrameWithDataAt == 0 && data_ && !opening_) timings_.firstFrameWithDataAt = at;
    }
    bool compacting() const { return persistence_ && persistence_->compacting(); }

    // How often the workspace was replaced wholesale (opened, refreshed from another tab,
    // restored): what depends on every record (the characters in use) reads it again.
    std::uint64_t replacements() const { return replacements_; }

    // For the automation API and tests.
    bool isWriter() const { return role_ == Role::Writer; }
    std::uint64_t acknowledgedSequence() const;
    std::uint64_t lastSequence() const;
    void setPersistenceResult(int persistent);
    void setStorageEstimate(int persistent, double usage, double quota);

private:
    enum class Role { Undecided, Writer, Reader };

    Status ensureWritable() const;
    void afterChange();
    void onRoleChanged(bool writer);
    void open();
    void opened(Result<store::OpenedStore> result);
    void scheduleFlush(double milliseconds);
    void flush();
    void onWriteFinished(const store::StorageError* error);
    void onRemoteCommit(std::uint64_t generation, std::uint64_t sequence);
    void onHandoverRequested();
    void finishHandoverIfFlushed();

    Environment environment_;
    IndexedDbStorage storage_;
    TabCoordinator tabs_;
    std::string timeZone_;
    Role role_ = Role::Undecided;
    bool opening_ = false;
    bool refreshing_ = false;
    bool refreshAgain_ = false;
    bool flushScheduled_ = false;
    bool handoverRequested_ = false;
    bool persistenceRequested_ = false;
    std::optional<std::string> refusal_;
    std::optional<store::OpenedStore> data_;
    std::optional<store::Persistence> persistence_;
    Workspace emptyWorkspace_;
    ui::StorageReport report_;
    Timings timings_;
    double compactionStartedAt_ = -1.0;
    std::uint64_t replacements_ = 0;
};

} // namespace cadence::web

// Persistence: turns the edits of a Workspace into WriteBatches for a Storage, so that the cost
// of saving an edit does not grow with the workspace, and a crash at any moment leaves a store
// that opens with every acknowledged edit (docs/storage.md explains the layout and why).
//
// It is pure and clock-free: it never calls the Storage itself. The web layer drives it:
//
//   Persistence p(opened.position);                   // from openStore (store_open.h)
//   ws.apply(cmd); p.noteChanges(ws);                 // after every apply / undo / redo
//   // when it decides to flush (<= 250 ms after an edit, on visibilitychange, or while
//   // p.hasWorkToWrite() for background compaction) and no write is in flight:
//   if (auto batch = p.takeNextBatch(ws))
//       storage.write(std::move(*batch), [&](const StorageError* e) { p.onWriteFinished(e); });
//   show(p.saveState());
//
// Edits made while a write is in flight coalesce into the next batch. A failed write keeps
// everything in memory; the next takeNextBatch retries it (with whatever was edited since).
#pragma once

#include "core/workspace.h"
#include "store/snapshot_chunks.h"
#include "store/storage.h"
#include "store/store_format.h"

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>

namespace cadence::store {

// Where a store stands, as committed. openStore fills it; Persistence keeps it current.
struct StorePosition {
    std::uint64_t generation = 0;  // the snapshot "meta/current" names; 0: nothing stored yet
    std::uint64_t journalFrom = 1; // first journal seq replayed on top of that snapshot
    std::uint64_t lastSeq = 0;     // highest journal seq stored (journalFrom - 1 when none)
    std::size_t journalEntries = 0, journalBytes = 0; // stored since the snapshot
    bool rewriteNeeded = false; // opened from an older schema: write a new generation soon
};

struct SaveState {
    enum class Kind { Saved, Saving, Failed, QuotaExceeded };
    Kind kind = Kind::Saved;
    std::string reason; // for Failed / QuotaExceeded, in plain words
};

struct PersistenceStats {
    std::size_t batchesWritten = 0, bytesWritten = 0, lastBatchBytes = 0;
    std::size_t compactionsDone = 0, compactionBatches = 0, compactionBytes = 0;
};

class Persistence {
  public:
    explicit Persistence(StorePosition position, PersistenceOptions options = {});

    // Records what changed since the last call (Workspace::takeChangedRecords) as after-images
    // in the open journal entry. Call after every apply/undo/redo, so an entry always holds a
    // state between two commands.
    void noteChanges(Workspace& ws);
    // The next transaction, or nullopt when a write is in flight or there is nothing to write.
    // Seals the open entry; all unsaved entries go in this one batch. During a compaction the
    // batch also carries at most one snapshot chunk (serialized now), and the last one flips
    // "meta/current" to the new generation.
    std::optional<WriteBatch> takeNextBatch(Workspace& ws);
    // The Storage's answer for the batch takeNextBatch returned (nullptr: committed).
    void onWriteFinished(const StorageError* error);

    bool hasUnsavedChanges() const { return open_.any || !sealed_.empty(); }
    // Unsaved changes, or background work (a compaction, removing an abandoned generation).
    bool hasWorkToWrite() const {
        return hasUnsavedChanges() || compaction_ || cleanup_ || compactionRequested_ || position_.rewriteNeeded;
    }
    bool writeInFlight() const { return inFlight_.has_value(); }
    SaveState saveState() const;
    std::uint64_t acknowledgedSeq() const { return position_.lastSeq; }
    std::uint64_t lastSealedSeq() const { return nextSeq_ - 1; }
    const StorePosition& position() const { return position_; }
    bool compacting() const { return compaction_.has_value(); }
    // Starts a compaction at the next batch even below the thresholds (e.g. after an import).
    void requestCompaction() { compactionRequested_ = true; }
    const PersistenceStats& stats() const { return stats_; }

  private:
    template <typename T> using Images = std::map<std::uint32_t, std::optional<T>>; // nullopt: deleted
    struct OpenEntry {
        Images<Lead> leads;
        Images<Plan> plans;
        Images<MessageTemplate> templates;
        Images<Enrollment> enrollments;
        Images<Touch> touches;
        Settings settings;
        IdCounters nextIds;
        bool any = false;
    };
    struct SealedEntry {
        std::uint64_t seq = 0;
        std::string body;
    };
    struct Compaction {
        std::uint64_t generation = 0;
        std::uint64_t baseSeq = 0; // every entry <= baseSeq is in the new snapshot
        std::vector<ChunkPlan> chunks;
        std::size_t nextChunk = 0;
        std::vector<ChunkInfo> written;
        bool targetCleared = false; // leftovers of an earlier, crashed attempt are gone
        bool allInOne = false;      // the very first save: the whole snapshot in one batch
        std::size_t entriesSince = 0, bytesSince = 0;
    };
    struct InFlight {
        std::uint64_t throughSeq = 0;
        std::size_t entries = 0, entryBytes = 0, entriesAfterBase = 0, bytesAfterBase = 0;
        std::vector<ChunkInfo> chunks;
        bool flip = false, cleanup = false;
        std::size_t bytes = 0;
    };

    void sealOpenEntry();
    void maybeStartCompaction(const Workspace& ws);
    void addCompactionWork(const Workspace& ws, WriteBatch& batch, InFlight& flight);
    void finishWrite(const InFlight& flight);

    PersistenceOptions options_;
    StorePosition position_;
    std::uint64_t nextSeq_ = 1;
    OpenEntry open_;
    std::deque<SealedEntry> sealed_; // sealed, not yet committed, in seq order
    std::optional<InFlight> inFlight_;
    std::optional<Compaction> compaction_;
    std::optional<KeyRange> cleanup_; // an abandoned generation to delete
    bool compactionRequested_ = false;
    bool compactionOnHold_ = false; // after a quota failure, until a write succeeds
    std::optional<StorageError> lastError_;
    PersistenceStats stats_;
};

} // namespace cadence::store

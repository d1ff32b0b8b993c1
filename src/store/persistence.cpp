// The write path: journal entries, batching, retries and background compaction. See
// persistence.h for the contract and docs/storage.md for the layout.
//
// Why a compaction is safe although its chunks are serialized one slice at a time while the
// user keeps editing (a "fuzzy" snapshot):
//  - At its start the open entry is sealed as seq S; the new generation will replay the journal
//    from S+1. Every chunk is serialized later, so it holds at least the state of S.
//  - A chunk may also hold changes made after S. Every batch seals the open entry and carries
//    every unsaved entry together with its chunk, so when a chunk commits, each entry whose
//    changes it contains commits in the same transaction or before it.
//  - Entries are full after-images replayed in seq order, so replaying S+1.. over such a chunk
//    is idempotent: each record ends as the after-image of the last committed entry touching it,
//    or (untouched since S) as the chunk holds it, which is its value at S.
//  - Nothing points at the new generation until the final transaction writes its manifest and
//    flips "meta/current"; that same transaction deletes the old generation and journal <= S.
//    A crash before it leaves the old generation + its journal (which includes every entry
//    written meanwhile); a crash after it leaves the new one. Either way every acknowledged
//    edit is there, and no half of a command is, since entries are sealed between commands.
#include "store/persistence.h"

#include "store/record_codec.h"

#include <cassert>

namespace cadence::store {
namespace {

template <typename T, typename Find>
void capture(std::map<std::uint32_t, std::optional<T>>& images, const std::vector<std::uint32_t>& ids,
             Find find) {
    for (std::uint32_t id : ids) {
        const T* record = find(id);
        images[id] = record ? std::optional<T>(*record) : std::nullopt;
    }
}

template <typename T>
void split(const std::map<std::uint32_t, std::optional<T>>& images, std::vector<T>& present,
           std::vector<std::uint32_t>& deleted) {
    for (const auto& [id, image] : images)
        if (image)
            present.push_back(*image);
        else
            deleted.push_back(id);
}

} // namespace

Persistence::Persistence(StorePosition position, PersistenceOptions options)
    : options_(options), position_(position), nextSeq_(position.lastSeq + 1) {}

void Persistence::noteChanges(Workspace& ws) {
    ChangedRecords changed = ws.takeChangedRecords();
    if (changed.empty()) return;
    capture(open_.leads, changed.leads, [&](std::uint32_t id) { return ws.lead(LeadId{id}); });
    capture(open_.plans, changed.plans, [&](std::uint32_t id) { return ws.plan(PlanId{id}); });
    capture(open_.templates, changed.templates,
            [&](std::uint32_t id) { return ws.messageTemplate(TemplateId{id}); });
    capture(open_.enrollments, changed.enrollments,
            [&](std::uint32_t id) { return ws.enrollment(EnrollmentId{id}); });
    capture(open_.touches, changed.touches, [&](std::uint32_t id) { return ws.touch(TouchId{id}); });
    // Every entry carries the settings and counters of its moment: a few hundred bytes that
    // make replay trivially right (the last committed entry's values win).
    open_.settings = ws.settings();
    open_.nextIds = ws.nextIds();
    open_.any = true;
}

void Persistence::sealOpenEntry() {
    if (!open_.any) return;
    JournalEntry entry;
    entry.seq = nextSeq_++;
    split(open_.leads, entry.records.leads, entry.deleted.leads);
    split(open_.plans, entry.records.plans, entry.deleted.plans);
    split(open_.templates, entry.records.templates, entry.deleted.templates);
    split(open_.enrollments, entry.records.enrollments, entry.deleted.enrollments);
    split(open_.touches, entry.records.touches, entry.deleted.touches);
    entry.records.settings = std::move(open_.settings);
    entry.records.nextIds = open_.nextIds;
    sealed_.push_back({entry.seq, sealBody(encodeJournalEntry(entry))});
    open_ = OpenEntry{};
}

void Persistence::maybeStartCompaction(const Workspace& ws) {
    if (compaction_ || compactionOnHold_) return;
    bool first = position_.generation == 0;
    if (first) {
        if (sealed_.empty() && !compactionRequested_) return; // a new store waits for a change
    } else if (!compactionRequested_ && !position_.rewriteNeeded &&
               position_.journalEntries < options_.compactAfterEntries &&
               position_.journalBytes < options_.compactAfterBytes) {
        return;
    }
    Compaction c;
    c.generation = position_.generation + 1;
    c.baseSeq = nextSeq_ - 1; // the open entry was just sealed
    c.chunks = planChunks(ws, options_);
    c.allInOne = first;
    compaction_ = std::move(c);
    compactionRequested_ = false;
}

void Persistence::addCompactionWork(const Workspace& ws, WriteBatch& batch, InFlight& flight) {
    Compaction& c = *compaction_;
    if (!c.targetCleared) batch.deleteRanges.push_back(generationRange(c.generation));
    do {
        const ChunkPlan& plan = c.chunks[c.nextChunk + flight.chunks.size()];
        WorkspaceData records = chunkRecords(ws, plan);
        std::string key = chunkKey(c.generation, chunkKindName(plan.kind), plan.index);
        flight.chunks.push_back({key, static_cast<std::uint32_t>(recordCount(records))});
        batch.puts.push_back({std::move(key), sealBody(encodeChunkRecords(records), Checksum::Words64)});
    } while (c.allInOne && c.nextChunk + flight.chunks.size() < c.chunks.size());
    if (c.nextChunk + flight.chunks.size() < c.chunks.size()) return;

    // The last chunk: this transaction also publishes the generation.
    flight.flip = true;
    Manifest manifest{kStoreSchema, c.generation, c.baseSeq + 1, c.written};
    manifest.chunks.insert(manifest.chunks.end(), flight.chunks.begin(), flight.chunks.end());
    batch.puts.push_back({manifestKey(c.generation), sealBody(encodeManifest(manifest))});
    batch.puts.push_back(
        {std::string(kPointerKey), sealBody(encodePointer({kStoreSchema, c.generation, c.baseSeq + 1}))});
    if (c.baseSeq >= 1) batch.deleteRanges.push_back(journalRange(1, c.baseSeq));
    if (c.generation > 1) batch.deleteRanges.push_back(generationsUpTo(c.generation - 1));
}

std::optional<WriteBatch> Persistence::takeNextBatch(Workspace& ws) {
    if (inFlight_) return std::nullopt;
    noteChanges(ws);
    sealOpenEntry();
    maybeStartCompaction(ws);

    WriteBatch batch;
    InFlight flight;
    if (cleanup_) {
        batch.deleteRanges.push_back(*cleanup_);
        flight.cleanup = true;
    }
    if (compaction_) addCompactionWork(ws, batch, flight);
    for (const SealedEntry& entry : sealed_) {
        flight.throughSeq = entry.seq;
        // Entries <= baseSeq are inside the snapshot this batch publishes; their keys would be
        // deleted by the same transaction anyway.
        if (flight.flip && entry.seq <= compaction_->baseSeq) continue;
        batch.puts.push_back({journalKey(entry.seq), entry.body});
        ++flight.entries;
        flight.entryBytes += entry.body.size();
        if (compaction_ && entry.seq > compaction_->baseSeq) {
            ++flight.entriesAfterBase;
            flight.bytesAfterBase += entry.body.size();
        }
    }
    if (batch.puts.empty() && batch.deleteRanges.empty()) return std::nullopt;
    flight.bytes = batch.bytes();
    inFlight_ = std::move(flight);
    return batch;
}

void Persistence::onWriteFinished(const StorageError* error) {
    assert(inFlight_ && "onWriteFinished without a batch in flight");
    InFlight flight = std::move(*inFlight_);
    inFlight_.reset();
    if (!error) return finishWrite(flight);
    lastError_ = *error;
    // Everything stays in memory (sealed entries, the open entry); the next batch retries it.
    // A compaction needs more space before it frees any: when space ran out, give it up, clear
    // what it wrote, and let small journal writes go through first.
    if (error->isQuotaExceeded() && compaction_ && !compaction_->allInOne) {
        cleanup_ = generationRange(compaction_->generation);
        compaction_.reset();
        compactionOnHold_ = true;
    }
}

void Persistence::finishWrite(const InFlight& flight) {
    lastError_.reset();
    compactionOnHold_ = false;
    ++stats_.batchesWritten;
    stats_.bytesWritten += flight.bytes;
    stats_.lastBatchBytes = flight.bytes;
    while (!sealed_.empty() && sealed_.front().seq <= flight.throughSeq)
        sealed_.pop_front();
    position_.lastSeq = std::max(position_.lastSeq, flight.throughSeq);
    position_.journalEntries += flight.entries;
    position_.journalBytes += flight.entryBytes;
    if (flight.cleanup) cleanup_.reset();
    if (!compaction_) return;
    Compaction& c = *compaction_;
    ++stats_.compactionBatches;
    stats_.compactionBytes += flight.bytes - flight.entryBytes;
    c.targetCleared = true;
    c.nextChunk += flight.chunks.size();
    c.written.insert(c.written.end(), flight.chunks.begin(), flight.chunks.end());
    c.entriesSince += flight.entriesAfterBase;
    c.bytesSince += flight.bytesAfterBase;
    if (!flight.flip) return;
    position_.generation = c.generation;
    position_.journalFrom = c.baseSeq + 1;
    position_.lastSeq = std::max(position_.lastSeq, c.baseSeq);
    position_.journalEntries = c.entriesSince;
    position_.journalBytes = c.bytesSince;
    position_.rewriteNeeded = false;
    ++stats_.compactionsDone;
    compaction_.reset();
}

SaveState Persistence::saveState() const {
    if (lastError_) {
        if (lastError_->isQuotaExceeded())
            return {SaveState::Kind::QuotaExceeded,
                    "The browser has no more storage space for Cadence. Your changes are kept in this tab "
                    "only: download a backup now, then free some space."};
        return {SaveState::Kind::Failed, "Saving failed (" + lastError_->name +
                                             (lastError_->message.empty() ? "" : ": " + lastError_->message) +
                                             "). Your changes are kept in this tab and saving is retried."};
    }
    bool savingEdits = inFlight_ && inFlight_->throughSeq > position_.lastSeq;
    if (savingEdits || hasUnsavedChanges()) return {SaveState::Kind::Saving, ""};
    return {SaveState::Kind::Saved, ""};
}

} // namespace cadence::store

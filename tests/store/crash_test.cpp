// Crashes: the tab may die before, during or right after any write (including every step of a
// compaction). Whatever happens, the store opens with every acknowledged edit and exactly the
// state of some moment between two commands: never half of one.
#include "store_test_support.h"

#include <map>

using namespace cadence;
using namespace cadence::storetest;

namespace {

PersistenceOptions tinyChunks(std::uint32_t scale = 1) {
    PersistenceOptions options;
    options.leadsPerChunk = 5 * scale;
    options.enrollmentsPerChunk = 6 * scale;
    options.touchesPerChunk = 7 * scale;
    options.compactAfterEntries = 4 * scale;
    return options;
}

// Every key must belong to the current generation, the journal it replays, or the pointer.
void checkNoLeftovers(const MemoryStorage& storage, const StorePosition& position) {
    for (const auto& entry : storage.committed()) {
        const std::string& key = entry.first; // clang 14 cannot capture structured bindings
        bool expected = key == kPointerKey || key.starts_with(generationPrefix(position.generation)) ||
                        (journalSeqOfKey(key) && *journalSeqOfKey(key) >= position.journalFrom);
        CHECK_MESSAGE(expected, key);
    }
}

// The writer's life until the crash, with the state at each sealed seq.
struct Scenario {
    MemoryStorage storage;
    std::map<std::uint64_t, WorkspaceData> states;
    int writes = 0;

    // Runs edits and writes; at write number `crashAt` the tab dies (before the commit, or
    // right after it without the callback). Returns the seq acknowledged at the end.
    std::uint64_t run(int crashAt, bool afterCommit) {
        OpenedStore opened = openOk(storage);
        Workspace ws = std::move(opened.workspace);
        states[0] = ws.toData();
        Persistence p(opened.position, tinyChunks());
        Random rng{42};
        Instant now = iso("2026-11-24T08:00:00Z");
        bool crashed = false;
        auto write = [&]() {
            std::optional<WriteBatch> batch = p.takeNextBatch(ws);
            if (!batch) return;
            states[p.lastSealedSeq()] = ws.toData();
            storage.write(std::move(*batch), [&p](const StorageError* e) { p.onWriteFinished(e); });
            if (writes++ == crashAt) {
                crashed = true;
                afterCommit ? (void)storage.commitThenCrash() : storage.crash();
                return;
            }
            storage.runPending();
        };
        for (int i = 0; i < 12; ++i)
            (void)ws.apply(AddLead{makeLead("Lead " + std::to_string(i), now + i)});
        p.noteChanges(ws);
        for (int round = 0; round < 30 && !crashed; ++round) {
            now = now + 600;
            randomEdit(ws, rng, now);
            p.noteChanges(ws);
            write();
        }
        while (!crashed && p.hasWorkToWrite())
            write();
        return p.acknowledgedSeq();
    }
};

} // namespace

TEST_CASE(
    "storage: compaction writes a new generation one chunk per batch, and reopening gives the same data") {
    MemoryStorage storage;
    Workspace ws = workspaceWithLeads(40);
    Persistence p = storeWorkspace(ws, storage, tinyChunks());
    CHECK(p.position().generation == 1);
    Random rng{7};
    Instant now = iso("2026-11-24T08:00:00Z");
    int chunkBatches = 0;
    for (int i = 0; i < 60; ++i) {
        now = now + 300;
        randomEdit(ws, rng, now);
        p.noteChanges(ws);
        std::optional<WriteBatch> batch = p.takeNextBatch(ws);
        if (!batch) continue;
        int chunks = 0;
        for (const StoredValue& value : batch->puts)
            if (value.key.starts_with("snap/") && !value.key.ends_with("manifest")) ++chunks;
        CHECK(chunks <= 1); // the main thread never serializes more than one chunk at a time
        chunkBatches += chunks;
        storage.write(std::move(*batch), [&p](const StorageError* e) { p.onWriteFinished(e); });
        storage.runPending();
    }
    CHECK(flushAll(p, ws, storage));
    CHECK(p.stats().compactionsDone >= 2);
    CHECK(chunkBatches > 10);
    CHECK(p.position().generation >= 3);
    OpenedStore opened = openOk(storage);
    CHECK(opened.problems.empty());
    CHECK(opened.workspace.toData() == ws.toData());
    CHECK(opened.position.generation == p.position().generation);
    checkNoLeftovers(storage, p.position());
    MESSAGE("compactions: " << p.stats().compactionsDone << ", chunk batches: " << chunkBatches
                            << ", snapshot bytes written: " << p.stats().compactionBytes);
}

TEST_CASE(
    "storage: a crash before or after any write, compaction steps included, loses no acknowledged edit") {
    Scenario full;
    full.run(-1, false);
    int totalWrites = full.writes;
    CHECK(totalWrites > 20);
    int checkedCompactionCrashes = 0;
    for (int crashAt = 0; crashAt < totalWrites; ++crashAt) {
        for (bool afterCommit : {false, true}) {
            CAPTURE(crashAt);
            CAPTURE(afterCommit);
            Scenario s;
            std::uint64_t acked = s.run(crashAt, afterCommit);
            OpenedStore opened = openOk(s.storage);
            CHECK(opened.problems.empty());
            CHECK(opened.position.lastSeq >= acked);
            CHECK(s.states.count(opened.position.lastSeq) == 1);
            CHECK(opened.workspace.toData() == s.states[opened.position.lastSeq]);
            for (const auto& [key, body] : s.storage.committed())
                if (key.starts_with("snap/") &&
                    !key.starts_with(generationPrefix(opened.position.generation)))
                    ++checkedCompactionCrashes; // a half-written generation was left behind and ignored

            // The app restarts on this store, keeps working, and everything still adds up.
            Workspace ws = std::move(opened.workspace);
            Persistence p(opened.position, tinyChunks());
            Random rng{std::uint64_t(crashAt) + 1000};
            for (int i = 0; i < 8; ++i) {
                randomEdit(ws, rng, iso("2026-11-25T08:00:00Z") + 600 * i);
                p.noteChanges(ws);
                CHECK(flushAll(p, ws, s.storage));
            }
            p.requestCompaction();
            CHECK(flushAll(p, ws, s.storage));
            OpenedStore again = openOk(s.storage);
            CHECK(again.workspace.toData() == ws.toData());
            checkNoLeftovers(s.storage, p.position());
        }
    }
    CHECK(checkedCompactionCrashes > 0);
    MESSAGE(totalWrites << " writes, each crashed before and after its commit");
}

TEST_CASE("property: random edits, failed writes and crashes always reopen at the last stored seq") {
    MemoryStorage storage;
    Random rng{20261124};
    std::map<std::uint64_t, WorkspaceData> states;
    OpenedStore opened = openOk(storage);
    Workspace ws = std::move(opened.workspace);
    states[0] = ws.toData();
    std::optional<Persistence> p(std::in_place, opened.position, tinyChunks(10));
    Instant now = iso("2026-11-24T08:00:00Z");
    int crashes = 0, failures = 0, mismatches = 0;
    std::size_t compactions = 0;
    for (int step = 0; step < 4000; ++step) {
        now = now + rng.below(3600);
        int action = rng.below(100);
        if (action < 55) {
            randomEdit(ws, rng, now);
            p->noteChanges(ws);
        } else if (action < 75) {
            if (rng.below(10) == 0) {
                storage.failNextWrite(rng.below(2) ? "QuotaExceededError" : "AbortError");
                ++failures;
            }
            if (std::optional<WriteBatch> batch = p->takeNextBatch(ws)) {
                states[p->lastSealedSeq()] = ws.toData();
                storage.write(std::move(*batch), [&p](const StorageError* e) { p->onWriteFinished(e); });
            }
        } else if (action < 99) {
            storage.deliver();
        } else {
            std::uint64_t acked = p->acknowledgedSeq();
            rng.below(2) ? (void)storage.commitThenCrash() : storage.crash();
            ++crashes;
            compactions += p->stats().compactionsDone;
            opened = openOk(storage);
            CHECK(opened.problems.empty());
            CHECK(opened.position.lastSeq >= acked);
            if (opened.workspace.toData() != states[opened.position.lastSeq]) ++mismatches;
            ws = std::move(opened.workspace);
            p.emplace(opened.position, tinyChunks(10));
        }
    }
    CHECK(mismatches == 0);
    CHECK(crashes > 20);
    CHECK(compactions >= 3); // crashes interrupt many; each restarts from scratch
    MESSAGE(crashes << " crashes, " << failures << " failed writes, " << compactions
                    << " compactions completed, final generation " << p->position().generation);
}

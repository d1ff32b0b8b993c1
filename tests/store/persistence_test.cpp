// The write path: edits reach the store as small journal entries, coalesce while a write is in
// flight, survive failures, and read back equal.
#include "store_test_support.h"

using namespace cadence;
using namespace cadence::storetest;
using cadence::enginetest::callTouch;

TEST_CASE("storage: a brand-new store opens with the default plans and writes nothing until the first edit") {
    MemoryStorage storage;
    OpenedStore opened = openOk(storage);
    CHECK(opened.isNew);
    CHECK(opened.workspace.planNamed(kNewLeadPlanName) != nullptr);
    CHECK(opened.workspace.settings().timeZoneName == "Europe/Paris");
    Persistence p(opened.position);
    CHECK_FALSE(p.hasUnsavedChanges());
    CHECK_FALSE(p.takeNextBatch(opened.workspace).has_value());
    CHECK(storage.committed().empty());
}

TEST_CASE("storage: edits, undo and redo survive a reopen exactly (toData equal)") {
    MemoryStorage storage;
    OpenedStore opened = openOk(storage);
    Workspace& ws = opened.workspace;
    Persistence p(opened.position);
    Instant now = iso("2026-11-24T10:00:00Z");
    LeadId ana = enginetest::addLead(ws, makeLead("Ana", now));
    p.noteChanges(ws);
    CHECK(flushAll(p, ws, storage)); // the first snapshot
    applyOk(ws, p, LogTouch{callTouch(ana, now + 60, Outcome::Reached)});
    LeadId bo = enginetest::addLead(ws, makeLead("Bo", now + 120));
    p.noteChanges(ws);
    CHECK(flushAll(p, ws, storage));
    applyOk(ws, p, DeleteLead{bo});
    CHECK(ws.undo().ok());
    p.noteChanges(ws);
    CHECK(ws.undo().ok());
    p.noteChanges(ws);
    CHECK(ws.redo().ok());
    p.noteChanges(ws);
    Settings s = ws.settings();
    s.userName = "Dana Agent";
    s.quietHours.enabled = false;
    applyOk(ws, p, EditSettings{s, now + 300});
    CHECK(flushAll(p, ws, storage));
    CHECK(p.saveState().kind == SaveState::Kind::Saved);
    CHECK(p.acknowledgedSeq() == p.lastSealedSeq());

    OpenedStore reopened = openOk(storage);
    CHECK_FALSE(reopened.isNew);
    CHECK(reopened.problems.empty());
    CHECK(reopened.workspace.toData() == ws.toData());
    CHECK(reopened.stats.journalEntriesReplayed == 2);
    CHECK(reopened.position.lastSeq == p.acknowledgedSeq());
}

TEST_CASE("storage: edits made while a write is in flight coalesce into one next batch") {
    MemoryStorage storage;
    Workspace ws = workspaceWithLeads(20);
    Persistence p = storeWorkspace(ws, storage);
    Instant now = iso("2026-11-24T10:00:00Z");
    applyOk(ws, p, LogTouch{callTouch(LeadId{1}, now)});
    CHECK(startWrite(p, ws, storage));
    CHECK(p.writeInFlight());
    CHECK(p.saveState().kind == SaveState::Kind::Saving);
    for (int i = 0; i < 30; ++i)
        applyOk(ws, p, LogTouch{callTouch(LeadId{std::uint32_t(2 + i % 5)}, now + 60 * (i + 1))});
    CHECK_FALSE(p.takeNextBatch(ws).has_value()); // one write at a time
    std::size_t before = storage.writesCommitted();
    storage.runPending();
    CHECK(startWrite(p, ws, storage));
    storage.runPending();
    CHECK(storage.writesCommitted() == before + 2); // 30 edits, one transaction
    CHECK_FALSE(p.hasUnsavedChanges());
    CHECK(openOk(storage).workspace.toData() == ws.toData());
}

TEST_CASE("storage: bytes written per edit stay small and the same at 1,000 and 100,000 leads") {
    std::size_t perEdit[2] = {0, 0};
    std::size_t sizes[2] = {1000, 100000};
    for (int k = 0; k < 2; ++k) {
        MemoryStorage storage;
        Workspace ws = workspaceWithLeads(sizes[k]);
        Persistence p = storeWorkspace(ws, storage);
        Instant now = iso("2026-11-24T10:00:00Z");
        const int edits = 50;
        std::size_t bytes = 0;
        for (int i = 0; i < edits; ++i) {
            LeadId lead{std::uint32_t(1 + (i * 7919) % sizes[k])};
            // A typical edit: log the call the agenda asked for (a touch + its enrollment step).
            applyOk(ws, p, LogTouch{touchFor(ws, lead, now + 60 * i)});
            CHECK(startWrite(p, ws, storage));
            storage.runPending();
            bytes += p.stats().lastBatchBytes;
        }
        perEdit[k] = bytes / edits;
        MESSAGE(sizes[k] << " leads: " << perEdit[k] << " bytes written per edit (log a call)");
        CHECK(perEdit[k] < 4096);
    }
    CHECK(perEdit[1] < perEdit[0] * 3 / 2);
    CHECK(perEdit[0] < perEdit[1] * 3 / 2);
}

TEST_CASE("storage: a failed write keeps every edit in memory and the retry saves them all") {
    MemoryStorage storage;
    Workspace ws = workspaceWithLeads(5);
    Persistence p = storeWorkspace(ws, storage);
    Instant now = iso("2026-11-24T10:00:00Z");
    std::uint64_t acked = p.acknowledgedSeq();
    applyOk(ws, p, LogTouch{callTouch(LeadId{1}, now)});
    storage.failNextWrite("AbortError", "the transaction was aborted");
    CHECK(startWrite(p, ws, storage));
    storage.runPending();
    CHECK(p.saveState().kind == SaveState::Kind::Failed);
    CHECK(p.saveState().reason.find("AbortError") != std::string::npos);
    CHECK(p.acknowledgedSeq() == acked);
    CHECK(p.hasUnsavedChanges());
    applyOk(ws, p, LogTouch{callTouch(LeadId{2}, now + 60)});
    CHECK(flushAll(p, ws, storage));
    CHECK(p.saveState().kind == SaveState::Kind::Saved);
    CHECK(openOk(storage).workspace.toData() == ws.toData());
}

TEST_CASE("storage: quota exceeded is reported, nothing is dropped, and saving resumes when space returns") {
    MemoryStorage storage;
    Workspace ws = workspaceWithLeads(5);
    Persistence p = storeWorkspace(ws, storage);
    Instant now = iso("2026-11-24T10:00:00Z");
    storage.failAllWrites("QuotaExceededError");
    for (int i = 0; i < 5; ++i) {
        applyOk(ws, p, LogTouch{callTouch(LeadId{std::uint32_t(1 + i)}, now + 60 * i)});
        CHECK(startWrite(p, ws, storage));
        storage.runPending();
        CHECK(p.saveState().kind == SaveState::Kind::QuotaExceeded);
        CHECK_FALSE(p.saveState().reason.empty());
    }
    CHECK(p.hasUnsavedChanges());
    WorkspaceData inMemory = ws.toData(); // what a backup download would hold right now
    CHECK(inMemory.touches.size() == 1 + 5);
    storage.clearWriteFailure();
    CHECK(flushAll(p, ws, storage));
    CHECK(p.saveState().kind == SaveState::Kind::Saved);
    CHECK(openOk(storage).workspace.toData() == inMemory);
}

TEST_CASE("storage: a quota failure during compaction abandons it, cleans up, and edits still save") {
    MemoryStorage storage;
    Workspace ws = workspaceWithLeads(30);
    PersistenceOptions small;
    small.leadsPerChunk = 10;
    small.compactAfterEntries = 3;
    Persistence p = storeWorkspace(ws, storage, small);
    Instant now = iso("2026-11-24T10:00:00Z");
    for (int i = 0; i < 3; ++i) {
        applyOk(ws, p, LogTouch{callTouch(LeadId{std::uint32_t(1 + i)}, now + 60 * i)});
        CHECK(flushAll(p, ws, storage));
    }
    applyOk(ws, p, LogTouch{callTouch(LeadId{9}, now + 600)});
    CHECK(startWrite(p, ws, storage)); // starts compaction: the first chunk + the entry
    storage.runPending();
    CHECK(p.compacting());
    storage.failNextWrite("QuotaExceededError");
    applyOk(ws, p, LogTouch{callTouch(LeadId{10}, now + 700)});
    CHECK(startWrite(p, ws, storage));
    storage.runPending();
    CHECK(p.saveState().kind == SaveState::Kind::QuotaExceeded);
    CHECK_FALSE(p.compacting());
    CHECK(flushAll(p, ws, storage));
    CHECK(openOk(storage).workspace.toData() == ws.toData());
    for (const auto& entry : storage.committed())
        CHECK_MESSAGE(!entry.first.starts_with(generationPrefix(p.position().generation + 1)), entry.first);
}

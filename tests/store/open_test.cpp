// Opening: damaged values are reported and skipped, a newer schema is refused without a single
// write, and read-only tabs catch up by reading only the new journal entries.
#include "store_test_support.h"

using namespace cadence;
using namespace cadence::storetest;

namespace {

bool hasProblemFor(const OpenedStore& opened, std::string_view keyPart) {
    for (const StoreProblem& problem : opened.problems)
        if (problem.key.find(keyPart) != std::string::npos) return true;
    return false;
}


} // namespace

TEST_CASE("storage: a damaged lead chunk is reported and skipped; the rest of the store loads") {
    MemoryStorage storage;
    Workspace ws = workspaceWithLeads(30);
    Persistence p = storeWorkspace(ws, storage, smallChunks());
    std::string damaged = chunkKey(1, "leads", 1); // leads 11..20
    CHECK(storage.corrupt(damaged, 40));
    OpenedStore opened = openOk(storage);
    CHECK(hasProblemFor(opened, damaged));
    CHECK(hasProblemFor(opened, "enrollments")); // theirs are dropped too, and said so
    for (const StoreProblem& problem : opened.problems)
        MESSAGE(problem.key << ": " << problem.reason);
    CHECK(opened.workspace.leadCount() == 20);
    CHECK(opened.workspace.lead(LeadId{11}) == nullptr);
    CHECK(opened.workspace.lead(LeadId{21}) != nullptr);
    CHECK(opened.workspace.leadsWithoutNextStep().empty());
}

TEST_CASE("storage: a damaged journal entry is reported and skipped, later entries still apply") {
    MemoryStorage storage;
    Workspace ws = workspaceWithLeads(3);
    Persistence p = storeWorkspace(ws, storage);
    Instant now = iso("2026-11-24T10:00:00Z");
    Lead edited = *ws.lead(LeadId{1});
    edited.notes = "first edit";
    applyOk(ws, p, EditLead{edited, now});
    CHECK(flushAll(p, ws, storage));
    std::uint64_t damagedSeq = p.acknowledgedSeq();
    Lead other = *ws.lead(LeadId{2});
    other.notes = "second edit";
    applyOk(ws, p, EditLead{other, now + 60});
    CHECK(flushAll(p, ws, storage));
    CHECK(storage.corrupt(journalKey(damagedSeq), 100));
    OpenedStore opened = openOk(storage);
    CHECK(opened.problems.size() == 1);
    CHECK(hasProblemFor(opened, journalKey(damagedSeq)));
    CHECK(opened.problems[0].reason.find("checksum") != std::string::npos);
    CHECK(opened.workspace.lead(LeadId{1})->notes != "first edit"); // never silently loaded
    CHECK(opened.workspace.lead(LeadId{2})->notes == "second edit");
    CHECK(opened.position.lastSeq == p.acknowledgedSeq()); // new entries never reuse its seq
}

TEST_CASE("storage: a damaged pointer is reported and the newest complete generation is used") {
    MemoryStorage storage;
    Workspace ws = workspaceWithLeads(12);
    Persistence p = storeWorkspace(ws, storage, smallChunks());
    applyOk(ws, p, LogTouch{touchFor(ws, LeadId{3}, iso("2026-11-24T10:00:00Z"))});
    CHECK(flushAll(p, ws, storage));
    CHECK(storage.corrupt(std::string(kPointerKey), 20)); // in the JSON: a checksum digit may only change case
    OpenedStore opened = openOk(storage);
    CHECK(hasProblemFor(opened, kPointerKey));
    CHECK(opened.workspace.toData() == ws.toData());
}

TEST_CASE("storage: a store from a newer Cadence is refused with a clear message and never written") {
    MemoryStorage storage;
    const std::string newer = std::to_string(kStoreSchema + 1);
    storage.putCommitted(std::string(kPointerKey),
                         sealBody(R"({"schema":)" + newer + R"(,"generation":7,"journalFrom":40})"));
    storage.putCommitted("snap/000000000007/manifest", sealBody(R"({"schema":)" + newer + R"(,"chunks":[]})"));
    auto before = storage.committed();
    Result<OpenedStore> opened = openNow(storage);
    CHECK_FALSE(opened.ok());
    if (!opened.ok()) {
        CHECK(opened.error().reason == "stored by a newer Cadence (schema " + newer + "); update the app");
        MESSAGE(opened.error().describe());
    }
    CHECK(storage.writesCommitted() == 0);
    CHECK(storage.committed() == before);
}

TEST_CASE(
    "storage: a read-only tab refreshes from the new journal entries only, and reopens after a compaction") {
    MemoryStorage storage;
    Workspace ws = workspaceWithLeads(25);
    PersistenceOptions options = smallChunks();
    options.compactAfterEntries = 3;
    Persistence writer = storeWorkspace(ws, storage, options);
    OpenedStore reader = openOk(storage);
    Instant now = iso("2026-11-24T10:00:00Z");
    applyOk(ws, writer, LogTouch{touchFor(ws, LeadId{4}, now)});
    CHECK(flushAll(writer, ws, storage));

    std::optional<Result<OpenedStore>> refreshed;
    refreshStore(storage, std::move(reader), [&](Result<OpenedStore> r) { refreshed.emplace(std::move(r)); });
    storage.runPending();
    CHECK((refreshed && refreshed->ok()));
    if (!refreshed || !refreshed->ok()) return;
    reader = std::move(**refreshed);
    CHECK(reader.workspace.toData() == ws.toData());
    CHECK(reader.stats.valuesRead == 1); // one new entry (the pointer is read but not counted)
    CHECK(reader.stats.bytesRead < 4096);

    for (int i = 0; i < 6; ++i) { // enough entries for the writer to compact
        applyOk(ws, writer, LogTouch{touchFor(ws, LeadId{std::uint32_t(5 + i)}, now + 60 * (i + 1))});
        CHECK(flushAll(writer, ws, storage));
    }
    CHECK(writer.position().generation > reader.position.generation);
    refreshed.reset();
    refreshStore(storage, std::move(reader), [&](Result<OpenedStore> r) { refreshed.emplace(std::move(r)); });
    storage.runPending();
    CHECK((refreshed && refreshed->ok()));
    if (!refreshed || !refreshed->ok()) return;
    CHECK((*refreshed)->workspace.toData() == ws.toData());
    CHECK((*refreshed)->position.generation == writer.position().generation);
}

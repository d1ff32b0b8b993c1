// Helpers for the storage suites: open a MemoryStorage synchronously, drive Persistence the way
// the web layer does (one write in flight, flush until idle), build workspaces of a given size,
// and random commands for the crash property test.
#pragma once

#include "../core/engine_test_support.h"
#include "core/generator.h"
#include "store/memory_storage.h"
#include "store/persistence.h"
#include "store/record_codec.h"
#include "store/store_open.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>

namespace cadence::storetest {

using namespace cadence::store;
using enginetest::iso;
using enginetest::makeLead;

inline Result<OpenedStore> openNow(MemoryStorage& storage, std::string zone = "Europe/Paris") {
    std::optional<Result<OpenedStore>> result;
    openStore(storage, std::move(zone),
              [&](Result<OpenedStore> opened) { result.emplace(std::move(opened)); });
    storage.runPending();
    CHECK(result.has_value());
    if (!result) return Error{"", "the open callback never ran"};
    return std::move(*result);
}

inline OpenedStore openOk(MemoryStorage& storage, std::string zone = "Europe/Paris") {
    Result<OpenedStore> opened = openNow(storage, std::move(zone));
    CHECK_MESSAGE(opened.ok(), (opened.ok() ? "" : opened.error().describe()));
    if (!opened) return OpenedStore{};
    return std::move(*opened);
}

// Starts one batch if Persistence has one; the write completes when the storage is pumped.
inline bool startWrite(Persistence& p, Workspace& ws, MemoryStorage& storage) {
    std::optional<WriteBatch> batch = p.takeNextBatch(ws);
    if (!batch) return false;
    storage.write(std::move(*batch), [&p](const StorageError* error) { p.onWriteFinished(error); });
    return true;
}

// Writes until there is nothing left (compaction included); false if a write failed.
inline bool flushAll(Persistence& p, Workspace& ws, MemoryStorage& storage, int maxBatches = 10000) {
    for (int i = 0; i < maxBatches && p.hasWorkToWrite(); ++i) {
        if (!startWrite(p, ws, storage)) return false;
        storage.runPending();
        if (p.saveState().kind != SaveState::Kind::Saved && p.saveState().kind != SaveState::Kind::Saving)
            return false;
    }
    return !p.hasWorkToWrite();
}

inline void applyOk(Workspace& ws, Persistence& p, const Command& command) {
    enginetest::applyOk(ws, command);
    p.noteChanges(ws);
}

// A workspace with the default plans and `leads` leads added through commands (each enrolled,
// so enrollments exist too), plus one touch for every tenth lead.
inline Workspace workspaceWithLeads(std::size_t leads, Instant start = iso("2026-11-02T09:00:00Z")) {
    Workspace ws = Workspace::withDefaultPlans("Europe/Paris");
    for (std::size_t i = 0; i < leads; ++i) {
        Lead lead = makeLead("Lead " + std::to_string(i), start + std::int64_t(i));
        lead.notes = "Met at the open house on Elm Street; wants a 3-bedroom near the school.";
        LeadId id = enginetest::addLead(ws, lead);
        if (i % 10 == 0) {
            Touch t;
            t.leadId = id;
            t.at = start + std::int64_t(i) + 60;
            t.channel = Channel::Call;
            t.outcome = Outcome::NoAnswer;
            enginetest::applyOk(ws, LogTouch{t});
        }
    }
    (void)ws.takeChangedRecords();
    return ws;
}

// Stores `ws` as a fresh store (its first snapshot) and returns the Persistence that wrote it.
// Ten records per chunk: small workspaces still span several chunks of each kind.
inline PersistenceOptions smallChunks() {
    PersistenceOptions options;
    options.leadsPerChunk = 10;
    options.enrollmentsPerChunk = 10;
    options.touchesPerChunk = 10;
    return options;
}

inline Persistence storeWorkspace(Workspace& ws, MemoryStorage& storage, PersistenceOptions options = {}) {
    Persistence p(StorePosition{}, options);
    p.requestCompaction();
    CHECK(flushAll(p, ws, storage));
    return p;
}

// A binary chunk codec's round trip: the records come back exactly, through `decode` and through
// decodeRecords (the store's one entry point, which also reads the same records as JSON);
// encodeChunkRecords picks the binary form, and it is at least `shrink` times smaller.
template <typename Record, typename Encode, typename Decode>
void checkChunkRoundTrip(const std::vector<Record>& records, std::vector<Record> WorkspaceData::*member,
                         Encode encode, Decode decode, std::size_t shrink) {
    const std::string binary = encode(records);
    Result<std::vector<Record>> decoded = decode(binary);
    CHECK_MESSAGE(decoded.ok(), (decoded.ok() ? "" : decoded.error().describe()));
    if (!decoded) return;
    CHECK(*decoded == records);

    WorkspaceData asJson;
    asJson.*member = records;
    const std::string json = encodeRecords(asJson);
    CHECK(encodeChunkRecords(asJson) == binary);
    CHECK(binary.size() * shrink < json.size());
    MESSAGE(records.size() << " records: " << binary.size() << " bytes binary, " << json.size() << " JSON");

    Result<WorkspaceData> fromBinary = decodeRecords(binary);
    Result<WorkspaceData> fromJson = decodeRecords(json);
    CHECK(fromBinary.ok());
    CHECK(fromJson.ok());
    if (!fromBinary.ok() || !fromJson.ok()) return;
    CHECK((*fromBinary).*member == records);
    CHECK((*fromJson).*member == records);
}

// The generator's SplitMix64 (the same sequence natively and in wasm, unlike std distributions),
// with a bound that may be zero.
struct Random : SplitMix64 {
    using SplitMix64::SplitMix64;
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(SplitMix64::below(std::uint64_t(n))); }
};

// A touch that completes the lead's first pending item when it has one (the usual edit).
inline Touch touchFor(const Workspace& ws, LeadId lead, Instant at, Outcome outcome = Outcome::NoAnswer) {
    Touch t;
    t.leadId = lead;
    t.at = at;
    t.channel = Channel::Call;
    t.outcome = outcome;
    for (EnrollmentId id : ws.activity(lead).enrollments) {
        std::span<const DueItem> items = ws.pendingItems(id);
        if (items.empty()) continue;
        t.enrollmentId = id;
        t.channel = items[0].channel;
        if (items[0].item.isRule)
            t.ruleIndex = items[0].item.index;
        else
            t.stepIndex = items[0].item.index;
        break;
    }
    return t;
}

// One random step of a user's day: add, touch, edit, delete a lead, change settings, undo, redo.
inline void randomEdit(Workspace& ws, Random& rng, Instant now) {
    std::vector<LeadId> leads;
    for (const auto& lead : ws.leadSlots())
        if (lead) leads.push_back(lead->id);
    int kind = rng.below(20);
    if (kind == 0) return (void)ws.undo();
    if (kind == 1) return (void)ws.redo();
    if (leads.empty() || kind < 5) {
        (void)ws.apply(
            AddLead{makeLead("Lead " + std::to_string(rng.next() % 10000), now), rng.below(5) != 0});
        return;
    }
    LeadId lead = leads[std::size_t(rng.below(int(leads.size())))];
    if (kind < 13) {
        (void)ws.apply(LogTouch{touchFor(ws, lead, now, Outcome(rng.below(7)))});
    } else if (kind < 16) {
        Lead edited = *ws.lead(lead);
        edited.notes = "call back after " + std::to_string(rng.below(24)) + "h";
        edited.temperature = Temperature(rng.below(3));
        (void)ws.apply(EditLead{edited, now});
    } else if (kind < 18) {
        (void)ws.apply(DeleteLead{lead});
    } else {
        Settings s = ws.settings();
        s.userName = "Agent " + std::to_string(rng.below(100));
        s.quietHours.enabled = rng.below(2) == 0;
        (void)ws.apply(EditSettings{s, now});
    }
}

} // namespace cadence::storetest

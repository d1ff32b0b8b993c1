// Opening and refreshing a stored workspace; see store_open.h.
#include "store/store_open.h"

#include "store/record_codec.h"

#include <memory>

namespace cadence::store {
namespace {

// What the pointer says, or how to find out.
struct PointerState {
    enum class Kind { Empty, Valid, Damaged, Refused } kind = Kind::Empty;
    StorePointer pointer;
    Error error;
    std::string damage;
};

PointerState readPointer(const std::vector<StoredValue>& values) {
    PointerState state;
    if (values.empty()) return state;
    std::string reason;
    std::optional<std::string_view> payload = openBody(values.front().body, reason);
    Result<StorePointer> pointer =
        payload ? decodePointer(*payload) : Result<StorePointer>(Error{"", reason});
    if (!pointer) {
        state.kind = PointerState::Kind::Damaged;
        state.damage = pointer.error().describe();
        return state;
    }
    state.pointer = *pointer;
    state.kind = PointerState::Kind::Valid;
    if (pointer->schema > kStoreSchema) {
        state.kind = PointerState::Kind::Refused;
        state.error =
            Error{std::string(kPointerKey), "stored by a newer Cadence (schema " +
                                                std::to_string(pointer->schema) + "); update the app"};
    } else if (pointer->schema < kOldestReadableStoreSchema) {
        state.kind = PointerState::Kind::Refused;
        state.error = Error{std::string(kPointerKey), "not a Cadence store this version can read (schema " +
                                                          std::to_string(pointer->schema) + ")"};
    }
    return state;
}

// With the pointer damaged: the newest generation whose manifest is intact. A manifest is
// written only by the transaction that flips the pointer, so it marks a complete generation.
std::optional<Manifest> newestManifest(const std::vector<StoredValue>& snapValues) {
    std::optional<Manifest> best;
    for (const StoredValue& value : snapValues) {
        if (!value.key.ends_with("/manifest")) continue;
        std::string reason;
        std::optional<std::string_view> payload = openBody(value.body, reason);
        Result<Manifest> manifest = payload ? decodeManifest(*payload) : Result<Manifest>(Error{"", reason});
        if (manifest && manifest->schema <= kStoreSchema && manifestKey(manifest->generation) == value.key &&
            (!best || manifest->generation > best->generation))
            best = std::move(*manifest);
    }
    return best;
}

// Migration hook: brings records stored under an older schema up to date, one step per version,
// and the store is rewritten as a new generation soon after opening (StorePosition::rewriteNeeded).
// 1 -> 2 and 2 -> 3 changed only how chunks are encoded (touches, then leads and enrollments),
// 3 -> 4 only their checksum, and decodeRecords and openBody read every form: the records
// themselves need no step, the rewrite stores them in the new form.
void upgradeStoredRecords(RecordSet& records, int fromSchema) {
    static_assert(kStoreSchema == 4, "add the upgrade step from the previous schema here");
    (void)records;
    (void)fromSchema;
}

const StoredValue* findValue(const std::vector<StoredValue>& values, const std::string& key) {
    for (const StoredValue& value : values)
        if (value.key == key) return &value;
    return nullptr;
}

// Opens a body and decodes it, or reports why not.
template <typename T, typename Decode>
std::optional<T> decodeValue(const StoredValue& value, Decode decode, std::vector<StoreProblem>& problems) {
    std::string reason;
    std::optional<std::string_view> payload = openBody(value.body, reason);
    if (!payload) {
        problems.push_back({value.key, reason});
        return std::nullopt;
    }
    Result<T> decoded = decode(*payload);
    if (!decoded) {
        problems.push_back({value.key, "unreadable: " + decoded.error().describe()});
        return std::nullopt;
    }
    return std::move(*decoded);
}

void loadChunks(const std::vector<StoredValue>& snapValues, std::uint64_t generation, RecordSet& records,
                OpenedStore& out) {
    std::string prefix = generationPrefix(generation);
    std::vector<std::string> chunkKeys;
    const StoredValue* manifestValue = findValue(snapValues, manifestKey(generation));
    std::optional<Manifest> manifest;
    if (manifestValue)
        manifest = decodeValue<Manifest>(*manifestValue, decodeManifest, out.problems);
    else
        out.problems.push_back({manifestKey(generation), "missing"});
    if (manifest) {
        std::size_t leads = 0, enrollments = 0, touches = 0, bytes = 0;
        for (const StoredValue& value : snapValues)
            bytes += value.body.size();
        for (const ChunkInfo& chunk : manifest->chunks) {
            chunkKeys.push_back(chunk.key);
            const std::string_view kind = std::string_view(chunk.key).substr(std::min(prefix.size(), chunk.key.size()));
            if (kind.starts_with("leads/")) leads += chunk.records;
            if (kind.starts_with("enrollments/")) enrollments += chunk.records;
            if (kind.starts_with("touches/")) touches += chunk.records;
        }
        records.expect(leads, enrollments, touches, bytes);
    } else { // every chunk of a published generation was written before its manifest
        for (const StoredValue& value : snapValues)
            if (value.key.starts_with(prefix) && !value.key.ends_with("/manifest"))
                chunkKeys.push_back(value.key);
    }
    for (const std::string& key : chunkKeys) {
        const StoredValue* value = findValue(snapValues, key);
        if (!value) {
            out.problems.push_back({key, "missing"});
            continue;
        }
        std::optional<WorkspaceData> data = decodeValue<WorkspaceData>(*value, decodeRecords, out.problems);
        if (!data) continue;
        records.addChunk(std::move(*data), key.starts_with(prefix + "base/"));
        ++out.stats.chunksLoaded;
    }
    if (!records.hasSettings())
        out.problems.push_back({prefix + "base/000000", "settings, plans and templates could not be loaded"});
}

// Replays entries in key (= seq) order; returns the highest seq seen, damaged ones included.
std::uint64_t replayJournal(const std::vector<StoredValue>& journalValues, RecordSet& records,
                            OpenedStore& out, std::uint64_t lastSeq) {
    for (const StoredValue& value : journalValues) {
        std::optional<std::uint64_t> seq = journalSeqOfKey(value.key);
        if (!seq) continue;
        lastSeq = std::max(lastSeq, *seq);
        std::optional<JournalEntry> entry =
            decodeValue<JournalEntry>(value, decodeJournalEntry, out.problems);
        if (!entry) continue;
        if (entry->seq != *seq) {
            out.problems.push_back({value.key, "holds entry " + std::to_string(entry->seq) + ", skipped"});
            continue;
        }
        records.replay(std::move(*entry));
        ++out.stats.journalEntriesReplayed;
        out.position.journalEntries += 1;
        out.position.journalBytes += value.body.size();
    }
    return lastSeq;
}

void countBytes(const std::vector<StoredValue>& values, OpenStats& stats) {
    for (const StoredValue& value : values)
        stats.bytesRead += value.key.size() + value.body.size();
    stats.valuesRead += values.size();
}

Error readError(const StorageError& error) {
    return Error{"", "could not read the stored data (" + error.name + ": " + error.message + ")"};
}

} // namespace

Result<OpenedStore> assembleStore(const std::vector<StoredValue>& pointerValues,
                                  const std::vector<StoredValue>& snapValues,
                                  const std::vector<StoredValue>& journalValues,
                                  const std::string& zoneForNewStore) {
    OpenedStore out;
    countBytes(pointerValues, out.stats);
    countBytes(snapValues, out.stats);
    countBytes(journalValues, out.stats);
    PointerState state = readPointer(pointerValues);
    if (state.kind == PointerState::Kind::Refused) return state.error;
    if (state.kind == PointerState::Kind::Damaged) {
        std::optional<Manifest> manifest = newestManifest(snapValues);
        if (!manifest)
            return Error{std::string(kPointerKey),
                         "the store is damaged (" + state.damage +
                             ") and no complete snapshot was found; restore a backup"};
        out.problems.push_back({std::string(kPointerKey), state.damage + "; recovered from generation " +
                                                              std::to_string(manifest->generation)});
        state.pointer = {manifest->schema, manifest->generation, manifest->journalFrom};
    } else if (state.kind == PointerState::Kind::Empty) {
        out.workspace = Workspace::withDefaultPlans(zoneForNewStore);
        out.isNew = true;
        return out;
    }
    RecordSet records;
    loadChunks(snapValues, state.pointer.generation, records, out);
    upgradeStoredRecords(records, state.pointer.schema);
    out.position.generation = state.pointer.generation;
    out.position.journalFrom = state.pointer.journalFrom;
    out.position.lastSeq = replayJournal(journalValues, records, out, state.pointer.journalFrom - 1);
    out.position.rewriteNeeded = state.pointer.schema < kStoreSchema;
    Result<Workspace> ws = std::move(records).build(out.problems);
    if (!ws) return ws.error();
    out.workspace = std::move(*ws);
    const Workspace& w = out.workspace;
    auto count = [](const auto& slots) {
        std::size_t n = 0;
        for (const auto& slot : slots)
            n += slot.has_value();
        return n;
    };
    out.stats.records = count(w.leadSlots()) + count(w.planSlots()) + count(w.templateSlots()) +
                        count(w.enrollmentSlots()) + count(w.touchSlots());
    return out;
}

void openStore(Storage& storage, std::string zoneForNewStore, OpenDone done) {
    struct Reads {
        std::vector<StoredValue> pointer, snap;
    };
    auto reads = std::make_shared<Reads>();
    auto zone = std::make_shared<std::string>(std::move(zoneForNewStore));
    auto readJournal = [&storage, reads, zone, done](std::uint64_t journalFrom) {
        storage.read(journalRange(journalFrom),
                     [reads, zone, done](std::vector<StoredValue> journal, const StorageError* error) {
                         if (error) return done(readError(*error));
                         done(assembleStore(reads->pointer, reads->snap, journal, *zone));
                     });
    };
    std::string pointerKey(kPointerKey);
    storage.read({pointerKey, pointerKey}, [&storage, reads, zone, done, readJournal](
                                               std::vector<StoredValue> values, const StorageError* error) {
        if (error) return done(readError(*error));
        reads->pointer = std::move(values);
        PointerState state = readPointer(reads->pointer);
        if (state.kind == PointerState::Kind::Refused) return done(state.error);
        if (state.kind == PointerState::Kind::Empty) return done(assembleStore({}, {}, {}, *zone));
        // A damaged pointer: read every generation and recover from the newest complete one.
        KeyRange range = state.kind == PointerState::Kind::Valid ? generationRange(state.pointer.generation)
                                                                 : KeyRange{"snap/", "snap/~"};
        storage.read(range,
                     [reads, done, readJournal](std::vector<StoredValue> snap, const StorageError* error) {
                         if (error) return done(readError(*error));
                         reads->snap = std::move(snap);
                         PointerState state = readPointer(reads->pointer);
                         std::uint64_t journalFrom = state.pointer.journalFrom;
                         if (state.kind == PointerState::Kind::Damaged) {
                             std::optional<Manifest> manifest = newestManifest(reads->snap);
                             if (!manifest) return done(assembleStore(reads->pointer, reads->snap, {}, ""));
                             journalFrom = manifest->journalFrom;
                         }
                         readJournal(journalFrom);
                     });
    });
}

void refreshStore(Storage& storage, OpenedStore current, OpenDone done) {
    auto held = std::make_shared<OpenedStore>(std::move(current));
    std::string pointerKey(kPointerKey);
    storage.read({pointerKey, pointerKey}, [&storage, held, done](std::vector<StoredValue> values,
                                                                  const StorageError* error) {
        if (error) return done(readError(*error));
        PointerState state = readPointer(values);
        if (state.kind == PointerState::Kind::Refused) return done(state.error);
        if (state.kind != PointerState::Kind::Valid || state.pointer.generation != held->position.generation)
            return openStore(storage, held->workspace.settings().timeZoneName, done);
        std::uint64_t from = held->position.lastSeq + 1;
        storage.read(
            journalRange(from), [held, done](std::vector<StoredValue> journal, const StorageError* error) {
                if (error) return done(readError(*error));
                OpenedStore& store = *held;
                store.problems.clear();
                store.stats = {};
                countBytes(journal, store.stats);
                if (journal.empty()) return done(std::move(store));
                RecordSet records(store.workspace.toData());
                store.position.lastSeq = replayJournal(journal, records, store, store.position.lastSeq);
                Result<Workspace> ws = std::move(records).build(store.problems);
                if (!ws) return done(ws.error());
                store.workspace = std::move(*ws);
                done(std::move(store));
            });
    });
}

} // namespace cadence::store

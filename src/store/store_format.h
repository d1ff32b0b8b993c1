// The stored form of a workspace (docs/storage.md): key names, the checksummed body every value
// carries, and the small JSON documents that tie the records together (the "current" pointer,
// a generation's manifest, a journal entry). Records themselves are encoded by record_codec.h.
//
//   meta/current                        {"schema":1,"generation":G,"journalFrom":S}
//   snap/<G, 12 digits>/manifest        the chunk keys of generation G and their record counts
//   snap/<G>/<kind>/<n, 6 digits>       a chunk: base (settings, plans, templates, nextIds),
//                                       leads, enrollments or touches, as a mini backup document
//   journal/<seq, 12 digits>            after-images of the records one save changed + deletions
//
// Every body is "<16 hex digits of a 64-bit checksum of the payload><separator><payload>", so a
// damaged value is detected on read (openBody) and reported instead of loaded. The separator
// names the checksum: ' ' FNV-1a 64, ':' wordChecksum64 (the snapshot's chunks, from schema 4).
#pragma once

#include "core/result.h"
#include "core/workspace.h"
#include "store/storage.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cadence::store {

// The stored layout's version. A store with a higher schema is refused and never written over.
// 2: the snapshot's touch chunks are binary (touch_codec.h); 1 stored them as JSON.
// 3: so are its lead and enrollment chunks (lead_codec.h, enrollment_codec.h).
// 4: the chunks' checksum takes eight bytes a step (wordChecksum64).
constexpr int kStoreSchema = 4;
constexpr int kOldestReadableStoreSchema = 1;

inline constexpr std::string_view kPointerKey = "meta/current";

std::string generationPrefix(std::uint64_t generation); // "snap/000000000003/"
std::string manifestKey(std::uint64_t generation);
std::string chunkKey(std::uint64_t generation, std::string_view kind, std::size_t index);
std::string journalKey(std::uint64_t seq);
// Every key of the generation / of the journal entries first..last. Keys use only [a-z0-9/], so
// "~" (0x7E) closes a prefix range both here and in IndexedDB's string order.
KeyRange generationRange(std::uint64_t generation);
KeyRange generationsUpTo(std::uint64_t generation); // every generation <= this one
KeyRange journalRange(std::uint64_t firstSeq, std::optional<std::uint64_t> lastSeq = std::nullopt);
// The seq of a "journal/..." key, or nullopt for anything else.
std::optional<std::uint64_t> journalSeqOfKey(std::string_view key);

std::uint64_t fnv1a64(std::string_view bytes);
// Eight bytes a step, for the megabytes of chunks read at every start: FNV-1a's multiply per
// byte was 7% of opening a store in the browser. Each step maps the running value one-to-one,
// so any one changed byte (or word) changes the result.
std::uint64_t wordChecksum64(std::string_view bytes);
enum class Checksum { Fnv1a64, Words64 };
std::string sealBody(std::string_view payload, Checksum checksum = Checksum::Fnv1a64);
// The payload when the checksum matches; otherwise nullopt and a plain reason.
std::optional<std::string_view> openBody(std::string_view body, std::string& reason);

struct StorePointer {
    int schema = kStoreSchema;
    std::uint64_t generation = 0;
    std::uint64_t journalFrom = 1; // first journal seq replayed on top of the generation
};

struct ChunkInfo {
    std::string key;
    std::uint32_t records = 0;
};

struct Manifest {
    int schema = kStoreSchema;
    std::uint64_t generation = 0;
    std::uint64_t journalFrom = 1;
    std::vector<ChunkInfo> chunks;
};

struct DeletedIds {
    std::vector<std::uint32_t> leads, plans, templates, enrollments, touches;
    bool empty() const {
        return leads.empty() && plans.empty() && templates.empty() && enrollments.empty() && touches.empty();
    }
};

// One journal entry: the after-images of every record changed since the previous entry, the
// ids deleted, and the settings and id counters as they were when the entry was sealed.
struct JournalEntry {
    std::uint64_t seq = 0;
    WorkspaceData records;
    DeletedIds deleted;
};

std::string encodePointer(const StorePointer& pointer);
Result<StorePointer> decodePointer(std::string_view payload);
std::string encodeManifest(const Manifest& manifest);
Result<Manifest> decodeManifest(std::string_view payload);
std::string encodeJournalEntry(const JournalEntry& entry);
Result<JournalEntry> decodeJournalEntry(std::string_view payload);

} // namespace cadence::store

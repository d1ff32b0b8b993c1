// Snapshot chunks and the stored format's 64-bit numbers. The same suite runs natively (64-bit
// size_t) and in wasm (32-bit size_t), so these pin down arithmetic that differs between the two:
// the open-ended last chunk of each kind ends at UINT32_MAX, and seqs, generations and checksums
// are 64-bit values that must never pass through size_t or long.
#include "store/snapshot_chunks.h"
#include "store/store_format.h"
#include "store_test_support.h"

#include <limits>
#include <set>

using namespace cadence;
using namespace cadence::storetest;

namespace {

template <typename T> std::set<std::uint32_t> idsOf(const std::vector<T>& records) {
    std::set<std::uint32_t> ids;
    for (const T& record : records)
        ids.insert(record.id.value);
    return ids;
}

} // namespace

TEST_CASE("storage: every record lands in exactly one snapshot chunk, the open-ended last chunk included") {
    Workspace ws = workspaceWithLeads(40);
    PersistenceOptions options;
    options.leadsPerChunk = 5;
    options.enrollmentsPerChunk = 6;
    options.touchesPerChunk = 7;
    WorkspaceData all = ws.toData();
    CHECK(all.leads.size() == 40);
    CHECK_FALSE(all.enrollments.empty());
    CHECK_FALSE(all.touches.empty());

    WorkspaceData fromChunks;
    std::size_t records = 0;
    for (const ChunkPlan& chunk : planChunks(ws, options)) {
        WorkspaceData part = chunkRecords(ws, chunk);
        records += recordCount(part);
        fromChunks.leads.insert(fromChunks.leads.end(), part.leads.begin(), part.leads.end());
        fromChunks.enrollments.insert(fromChunks.enrollments.end(), part.enrollments.begin(),
                                      part.enrollments.end());
        fromChunks.touches.insert(fromChunks.touches.end(), part.touches.begin(), part.touches.end());
    }
    CHECK(records == recordCount(all));
    CHECK(idsOf(fromChunks.leads) == idsOf(all.leads));
    CHECK(idsOf(fromChunks.enrollments) == idsOf(all.enrollments));
    CHECK(idsOf(fromChunks.touches) == idsOf(all.touches));
}

TEST_CASE("storage: a chunk whose id range ends at the largest id holds every record from its first id") {
    Workspace ws = workspaceWithLeads(12);
    constexpr std::uint32_t kLast = std::numeric_limits<std::uint32_t>::max();
    // lastId + 1 does not fit a 32-bit size_t: computed there, this chunk came out empty in wasm.
    CHECK(chunkRecords(ws, ChunkPlan{ChunkKind::Leads, 0, 1, kLast}).leads.size() == 12);
    CHECK(chunkRecords(ws, ChunkPlan{ChunkKind::Leads, 2, 11, kLast}).leads.size() == 2);
    CHECK(chunkRecords(ws, ChunkPlan{ChunkKind::Leads, 0, 1, kLast - 1}).leads.size() == 12);
    for (const ChunkPlan& chunk : planChunks(ws, PersistenceOptions{}))
        if (chunk.kind != ChunkKind::Base) CHECK(chunk.lastId == kLast);
}

TEST_CASE("storage: seqs and generations above 2^32 survive keys, pointer, manifest and journal") {
    const std::uint64_t big = (std::uint64_t(1) << 32) + 7; // truncates to 7 in 32 bits
    CHECK(journalKey(big) == "journal/004294967303");
    CHECK(journalSeqOfKey(journalKey(big)) == big);
    CHECK(generationPrefix(big) == "snap/004294967303/");

    Result<StorePointer> pointer = decodePointer(encodePointer(StorePointer{kStoreSchema, big, big + 1}));
    CHECK(pointer.ok());
    if (!pointer) return;
    CHECK(pointer->generation == big);
    CHECK(pointer->journalFrom == big + 1);

    Manifest manifest;
    manifest.generation = big;
    manifest.journalFrom = big + 2;
    manifest.chunks.push_back({chunkKey(big, "leads", 0), 5});
    Result<Manifest> decoded = decodeManifest(encodeManifest(manifest));
    CHECK(decoded.ok());
    if (!decoded || decoded->chunks.size() != 1) return;
    CHECK(decoded->generation == big);
    CHECK(decoded->journalFrom == big + 2);
    CHECK(decoded->chunks[0].key == "snap/004294967303/leads/000000");

    JournalEntry entry;
    entry.seq = big;
    entry.deleted.leads = {std::numeric_limits<std::uint32_t>::max()};
    Result<JournalEntry> replayed = decodeJournalEntry(encodeJournalEntry(entry));
    CHECK(replayed.ok());
    if (!replayed) return;
    CHECK(replayed->seq == big);
    CHECK(replayed->deleted.leads == entry.deleted.leads);
}

TEST_CASE("storage: checksums are the full 64-bit FNV-1a, natively and in wasm") {
    CHECK(fnv1a64("") == 0xcbf29ce484222325ull);
    CHECK(fnv1a64("a") == 0xaf63dc4c8601ec8cull);
    CHECK(fnv1a64("foobar") == 0x85944171f73967e8ull);
    CHECK(sealBody("foobar") == "85944171f73967e8 foobar");
    std::string reason;
    CHECK(openBody(sealBody("foobar"), reason) == std::optional<std::string_view>("foobar"));
}

// The chunks' checksum: the same value natively and in wasm (the constants), and any one
// damaged byte, any cut, is caught.
TEST_CASE("storage: chunks are checksummed eight bytes a step, and any damaged byte is caught") {
    CHECK(wordChecksum64("") == (0xcbf29ce484222325ull ^ 0));
    const std::uint64_t twelve = wordChecksum64("abcdefghijkl"); // one word, then four bytes
    CHECK(twelve == 0xabd348f0a275fa10ull);
    CHECK(sealBody("foobar", Checksum::Words64) == "cae9ac879a44a592:foobar");
    CHECK(twelve != wordChecksum64("abcdefghijkm"));
    CHECK(twelve != wordChecksum64("bbcdefghijkl"));
    std::string payload;
    for (int i = 0; i < 1000; ++i)
        payload += static_cast<char>((i * 37 + i / 7) & 0xFF);
    const std::string sealed = sealBody(payload, Checksum::Words64);
    CHECK(sealed[16] == ':');
    std::string reason;
    CHECK(openBody(sealed, reason) == std::optional<std::string_view>(payload));
    int missed = 0;
    for (std::size_t at = 0; at < sealed.size(); ++at) {
        if (at == 16) continue; // the separator: another checksum, tested below
        for (unsigned char flip : {0x01, 0x80, 0xFF}) {
            std::string damaged = sealed;
            damaged[at] = static_cast<char>(damaged[at] ^ flip);
            missed += openBody(damaged, reason).has_value();
        }
    }
    for (std::size_t cut = 0; cut < payload.size(); cut += 7)
        missed += openBody(sealed.substr(0, 17 + cut), reason).has_value();
    CHECK(missed == 0);
    std::string asFnv = sealed;
    asFnv[16] = ' ';
    CHECK(!openBody(asFnv, reason));
    CHECK(reason == "damaged: the checksum does not match the contents");
    CHECK(openBody(sealBody(payload), reason) == std::optional<std::string_view>(payload)); // FNV-1a still reads
}

// How a snapshot generation is cut into chunks: one "base" chunk (settings, plans, templates,
// id counters) and id ranges of leads, enrollments and touches sized so each chunk is a few
// hundred KB. Compaction writes one chunk per transaction so no single step blocks the main
// thread for long; the last range of each kind is open-ended, so records created while a
// compaction runs still land in a chunk if they exist when it is serialized.
#pragma once

#include "core/workspace.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace cadence::store {

struct PersistenceOptions {
    // In binary (since store schema 3) a lead takes about 120 bytes, an enrollment 22 and a touch 16:
    // chunks of about 500 KB. Chromium reads 30 MB of 500 KB values in 160-240 ms, of 100 KB
    // values in 370-430 ms (docs/performance.md); one chunk is still a short compaction step.
    std::uint32_t leadsPerChunk = 4000;
    std::uint32_t enrollmentsPerChunk = 20000;
    std::uint32_t touchesPerChunk = 30000;
    // A compaction starts once the journal since the snapshot holds this many entries or bytes.
    std::size_t compactAfterEntries = 1000;
    std::size_t compactAfterBytes = 2 * 1024 * 1024;
};

enum class ChunkKind { Base, Leads, Enrollments, Touches };
std::string_view chunkKindName(ChunkKind kind); // "base", "leads", ...

struct ChunkPlan {
    ChunkKind kind = ChunkKind::Base;
    std::size_t index = 0; // within its kind
    std::uint32_t firstId = 0, lastId = 0;
};

std::vector<ChunkPlan> planChunks(const Workspace& ws, const PersistenceOptions& options);
// The chunk's records as they are now (the base chunk also carries settings and nextIds).
WorkspaceData chunkRecords(const Workspace& ws, const ChunkPlan& chunk);
std::size_t recordCount(const WorkspaceData& data);

} // namespace cadence::store

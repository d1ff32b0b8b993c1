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
    // Leads and enrollments come to 300-600 KB a chunk, touches (16 bytes each) to 160 KB.
    // Chromium keeps a value over 64 KB in a file of its own and reads 10 MB of them two to three
    // times faster than 10 MB of 40 KB values (docs/performance.md).
    std::uint32_t leadsPerChunk = 1000;
    std::uint32_t enrollmentsPerChunk = 1500;
    std::uint32_t touchesPerChunk = 10000;
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

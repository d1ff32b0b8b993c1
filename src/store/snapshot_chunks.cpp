// Cutting a workspace into snapshot chunks; see snapshot_chunks.h.
#include "store/snapshot_chunks.h"

#include <limits>

namespace cadence::store {
namespace {

void planKind(std::vector<ChunkPlan>& out, ChunkKind kind, std::uint32_t nextId, std::uint32_t perChunk) {
    std::size_t index = 0;
    std::uint32_t first = 1;
    while (nextId > first && nextId - first > perChunk) { // more than one chunk's worth left
        out.push_back({kind, index++, first, first + perChunk - 1});
        first += perChunk;
    }
    out.push_back({kind, index, first, std::numeric_limits<std::uint32_t>::max()});
}

template <typename T>
void copyRange(const std::vector<std::optional<T>>& slots, const ChunkPlan& chunk, std::vector<T>& out) {
    // The last chunk of a kind ends at UINT32_MAX: lastId + 1 is computed in 64 bits because it
    // wraps to 0 in a 32-bit size_t (wasm), which would leave that chunk empty.
    std::size_t end = std::size_t(std::min<std::uint64_t>(slots.size(), std::uint64_t(chunk.lastId) + 1));
    for (std::size_t id = chunk.firstId; id < end; ++id)
        if (slots[id]) out.push_back(*slots[id]);
}

} // namespace

std::string_view chunkKindName(ChunkKind kind) {
    switch (kind) {
    case ChunkKind::Base:
        return "base";
    case ChunkKind::Leads:
        return "leads";
    case ChunkKind::Enrollments:
        return "enrollments";
    case ChunkKind::Touches:
        return "touches";
    }
    return "base";
}

std::vector<ChunkPlan> planChunks(const Workspace& ws, const PersistenceOptions& options) {
    std::vector<ChunkPlan> chunks{{ChunkKind::Base, 0, 0, 0}};
    planKind(chunks, ChunkKind::Leads, ws.nextIds().lead, std::max(1u, options.leadsPerChunk));
    planKind(chunks, ChunkKind::Enrollments, ws.nextIds().enrollment,
             std::max(1u, options.enrollmentsPerChunk));
    planKind(chunks, ChunkKind::Touches, ws.nextIds().touch, std::max(1u, options.touchesPerChunk));
    return chunks;
}

WorkspaceData chunkRecords(const Workspace& ws, const ChunkPlan& chunk) {
    WorkspaceData data;
    switch (chunk.kind) {
    case ChunkKind::Base:
        data.settings = ws.settings();
        data.nextIds = ws.nextIds();
        for (const auto& plan : ws.planSlots())
            if (plan) data.plans.push_back(*plan);
        for (const auto& tpl : ws.templateSlots())
            if (tpl) data.templates.push_back(*tpl);
        break;
    case ChunkKind::Leads:
        copyRange(ws.leadSlots(), chunk, data.leads);
        break;
    case ChunkKind::Enrollments:
        copyRange(ws.enrollmentSlots(), chunk, data.enrollments);
        break;
    case ChunkKind::Touches:
        copyRange(ws.touchSlots(), chunk, data.touches);
        break;
    }
    return data;
}

std::size_t recordCount(const WorkspaceData& data) {
    return data.leads.size() + data.plans.size() + data.templates.size() + data.enrollments.size() +
           data.touches.size();
}

} // namespace cadence::store

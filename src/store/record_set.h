// The records of a store while it is being loaded: chunks are added, journal entries replayed on
// top (after-images by id, deletions), then the result becomes a Workspace. Records that cannot
// take part (a touch whose lead was in a damaged chunk, ...) are dropped and reported, so one
// damaged value costs the records it held, never the whole store.
#pragma once

#include "core/workspace.h"
#include "store/store_format.h"

#include <optional>
#include <string>
#include <vector>

namespace cadence::store {

// Something found damaged or inconsistent while opening: the key (or record) and why.
struct StoreProblem {
    std::string key;
    std::string reason;
};

class RecordSet {
  public:
    RecordSet() = default;
    explicit RecordSet(WorkspaceData data); // everything of a loaded workspace (read-only refresh)

    // Room for about this many records of each kind (a manifest's counts), so the slots do not
    // move again as chunks arrive; never for more than `storedBytes` could hold.
    void expect(std::size_t leads, std::size_t enrollments, std::size_t touches, std::size_t storedBytes);
    // A chunk's records; its settings and counters count only when `isBase`.
    void addChunk(WorkspaceData data, bool isBase);
    void replay(JournalEntry entry);
    bool hasSettings() const { return settings_.has_value(); }
    std::size_t size() const;

    // Builds the workspace, dropping (and reporting) records whose references are gone.
    Result<Workspace> build(std::vector<StoreProblem>& problems) &&;

  private:
    // Slots by id, like the Workspace, which takes them over: loading 100,000 records into a
    // std::map cost more than parsing them. Ids come from our own writes; absurd ones are
    // refused (see kMaxStoredId).
    WorkspaceSlots slots_;
    std::optional<Settings> settings_;
    std::vector<StoreProblem> refused_; // records with impossible ids, reported by build()
};

} // namespace cadence::store

// Opening a stored workspace: reads the "current" pointer, the generation's manifest and chunks,
// replays the journal, and builds the Workspace. Damaged values are reported in `problems` (key +
// plain reason) and skipped, never loaded. A store written by a newer Cadence is refused with
// an error, and the caller must not write to it (it gets no StorePosition to write with).
//
//   openStore(storage, "Europe/Paris", [&](Result<OpenedStore> opened) {
//       if (!opened) return showBlocking(opened.error().reason);
//       for (const StoreProblem& p : opened->problems) report(p.key, p.reason);
//       persistence.emplace(opened->position);
//       workspace = std::move(opened->workspace);
//   });
//
// A store with nothing in it opens as Workspace::withDefaultPlans(zone), and nothing is written
// until the first change (whose batch then holds the whole first snapshot).
#pragma once

#include "core/workspace.h"
#include "store/persistence.h"
#include "store/record_set.h"
#include "store/storage.h"

#include <functional>
#include <string>
#include <vector>

namespace cadence::store {

struct OpenStats {
    std::size_t bytesRead = 0;
    std::size_t valuesRead = 0;
    std::size_t chunksLoaded = 0;
    std::size_t records = 0; // after replay
    std::size_t journalEntriesReplayed = 0;
};

struct OpenedStore {
    Workspace workspace;
    StorePosition position;
    std::vector<StoreProblem> problems;
    OpenStats stats;
    bool isNew = false; // nothing was stored
};

using OpenDone = std::function<void(Result<OpenedStore> opened)>;

// Reads the whole store (three reads: pointer, generation, journal) and calls `done` once.
void openStore(Storage& storage, std::string zoneForNewStore, OpenDone done);

// For read-only tabs told that the writer saved: reads only the journal entries after
// `current.position.lastSeq` and replays them onto `current`'s records; when the writer
// switched to a new generation meanwhile, opens the store again from scratch.
void refreshStore(Storage& storage, OpenedStore current, OpenDone done);

// The pure part of openStore, for tests and tools: the values of the three reads.
Result<OpenedStore> assembleStore(const std::vector<StoredValue>& pointerValues,
                                  const std::vector<StoredValue>& generationValues,
                                  const std::vector<StoredValue>& journalValues,
                                  const std::string& zoneForNewStore);

} // namespace cadence::store

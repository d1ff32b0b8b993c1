// Measures (and prints) what a compaction of a 100,000-lead store costs: bytes, batches, the
// largest single batch, and the time to serialize the biggest chunk (the longest main-thread
// step), plus the cold open. Numbers are printed for docs/storage.md; the checks are loose
// bounds that catch an accidental whole-store write per step.
#include "store_test_support.h"

#include <chrono>

using namespace cadence;
using namespace cadence::storetest;

TEST_CASE("storage: compacting a 100,000-lead store goes in chunk-sized steps") {
    using Clock = std::chrono::steady_clock;
    auto ms = [](Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); };
    MemoryStorage storage;
    Workspace ws = workspaceWithLeads(100000);
    Persistence p = storeWorkspace(ws, storage);
    std::size_t storeBytes = storage.committedBytes();
    std::size_t bytesBefore = p.stats().compactionBytes;
    p.requestCompaction();
    std::size_t batches = 0, largest = 0;
    double slowest = 0, total = 0;
    while (p.hasWorkToWrite()) {
        Clock::time_point start = Clock::now();
        std::optional<WriteBatch> batch = p.takeNextBatch(ws);
        double took = ms(Clock::now() - start);
        if (!batch) break;
        slowest = std::max(slowest, took);
        total += took;
        largest = std::max(largest, batch->bytes());
        ++batches;
        storage.write(std::move(*batch), [&p](const StorageError* e) { p.onWriteFinished(e); });
        storage.runPending();
    }
    Clock::time_point start = Clock::now();
    OpenedStore opened = openOk(storage);
    double openMs = ms(Clock::now() - start);
    MESSAGE("store: " << storeBytes / 1024 << " KB for 100,000 leads; compaction: " << batches << " batches, "
                      << (p.stats().compactionBytes - bytesBefore) / 1024 << " KB, largest batch "
                      << largest / 1024 << " KB, slowest step " << slowest << " ms, all steps " << total
                      << " ms; cold open " << openMs << " ms (" << opened.stats.bytesRead / 1024
                      << " KB read)");
    CHECK(p.stats().compactionsDone == 2); // the first snapshot, then this one
    CHECK(largest < 1024 * 1024);
    CHECK(batches >= planChunks(ws, PersistenceOptions{}).size()); // at least one step per chunk
    CHECK(opened.workspace.toData() == ws.toData());
}

// An in-memory Storage for tests and tools: a std::map of committed values, plus hooks that make
// the awkward cases happen on demand (a failed write, a write that stays uncommitted, a crash,
// a damaged value). Nothing happens inside write()/read(): the work is queued and done, with its
// callback, by the test's pump, so a test decides exactly when each commit happens.
//
//   MemoryStorage storage;
//   storage.write(batch, [](const StorageError* e) { ... });
//   storage.runPending();                 // commits the batch and runs the callback
//   storage.failNextWrite("QuotaExceededError");
//   storage.holdWrites(true);             // writes queue up, uncommitted, until released
//   storage.crash();                      // drops every queued, uncommitted operation
#pragma once

#include "store/storage.h"

#include <deque>
#include <map>
#include <optional>
#include <string>

namespace cadence::store {

class MemoryStorage : public Storage {
  public:
    void write(WriteBatch batch, WriteDone done) override;
    void read(KeyRange range, ReadDone done) override;

    // Performs the oldest queued operation (commit + callback, or read + callback). False when
    // nothing could run (the queue is empty, or the oldest is a write while writes are held).
    bool deliver();
    // deliver() until it returns false; returns how many operations ran. Callbacks that queue
    // new operations are run too (a write chain completes in one call).
    int runPending();
    std::size_t queuedCount() const { return queue_.size(); }

    // The next write fails with this DOMException name and commits nothing.
    void failNextWrite(std::string errorName, std::string message = "");
    // Every write fails with this name until clearWriteFailure() (a full disk).
    void failAllWrites(std::string errorName);
    void clearWriteFailure() { failAlways_.reset(); }
    // While held, writes stay queued and uncommitted (reads still run).
    void holdWrites(bool hold) { holdWrites_ = hold; }
    // The tab dies: every queued operation is forgotten without callbacks; committed data stays.
    void crash() { queue_.clear(); }
    // The oldest queued write commits, then the tab dies before its callback runs (the app
    // never learns that it was saved). False when no write is queued first.
    bool commitThenCrash();
    // Flips one byte of a stored value (keeps its length), as a damaged disk block would.
    bool corrupt(const std::string& key, std::size_t byteIndex = 0);
    // Writes a value directly, bypassing batches (for tests that build odd stores).
    void putCommitted(std::string key, std::string body) { values_[std::move(key)] = std::move(body); }

    const std::map<std::string, std::string>& committed() const { return values_; }
    std::size_t committedBytes() const;
    std::size_t writesCommitted() const { return writesCommitted_; }
    std::size_t bytesWritten() const { return bytesWritten_; }

  private:
    struct Operation {
        bool isWrite = false;
        WriteBatch batch;
        WriteDone writeDone;
        KeyRange range;
        ReadDone readDone;
    };

    void commit(const WriteBatch& batch);

    std::map<std::string, std::string> values_;
    std::deque<Operation> queue_;
    std::optional<StorageError> failNext_;
    std::optional<std::string> failAlways_;
    bool holdWrites_ = false;
    std::size_t writesCommitted_ = 0;
    std::size_t bytesWritten_ = 0;
};

} // namespace cadence::store

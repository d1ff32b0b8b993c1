// The storage the app's data lives in, as the core sees it: an ordered key-value store with
// atomic, durable batches. The browser implements it over IndexedDB (src/web/indexed_db_storage.*,
// acknowledging a batch only on the transaction's `complete` with strict durability); tests use
// MemoryStorage (memory_storage.h), which can also fail or hold writes on demand.
//
// Calls are asynchronous: the callback runs later (never inside the call), exactly once. At most
// one write is in flight at a time; the caller (Persistence) queues the rest.
#pragma once

#include "core/result.h"

#include <functional>
#include <string>
#include <vector>

namespace cadence::store {

struct StoredValue {
    std::string key;
    std::string body;
    friend bool operator==(const StoredValue&, const StoredValue&) = default;
};

// Keys in [first, last], both inclusive (keys compare as byte strings).
struct KeyRange {
    std::string first;
    std::string last;
};

// Applied completely or not at all: deletions first, then puts.
struct WriteBatch {
    std::vector<StoredValue> puts;
    std::vector<std::string> deletes;
    std::vector<KeyRange> deleteRanges;
    std::size_t bytes() const {
        std::size_t total = 0;
        for (const StoredValue& value : puts) total += value.key.size() + value.body.size();
        for (const std::string& key : deletes) total += key.size();
        for (const KeyRange& range : deleteRanges) total += range.first.size() + range.last.size();
        return total;
    }
};

// Why a write or read failed. `name` is the DOMException name in the browser
// ("QuotaExceededError", "AbortError", "InvalidStateError", ...) so callers can react to quota.
struct StorageError {
    std::string name;
    std::string message;
    bool isQuotaExceeded() const { return name == "QuotaExceededError"; }
};

class Storage {
public:
    using WriteDone = std::function<void(const StorageError* error)>; // nullptr on success
    using ReadDone = std::function<void(std::vector<StoredValue> values, const StorageError* error)>;

    virtual ~Storage() = default;
    // Commits the batch durably, then calls `done(nullptr)`; on failure nothing of it is stored.
    virtual void write(WriteBatch batch, WriteDone done) = 0;
    // Every value whose key is in `range`, in key order.
    virtual void read(KeyRange range, ReadDone done) = 0;
};

} // namespace cadence::store

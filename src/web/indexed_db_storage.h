// store::Storage over the browser's IndexedDB, through js/cadence_storage.js.
//
// Writes are acknowledged on the transaction's `complete` with strict durability; errors carry the
// DOMException name (QuotaExceededError, AbortError, ...). Callbacks run from browser events,
// never inside a call from C++, so the owner may act on a result at once.
#pragma once

#include "store/storage.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace cadence::web {

class IndexedDbStorage final : public store::Storage {
public:
    IndexedDbStorage();
    ~IndexedDbStorage() override;

    void write(store::WriteBatch batch, WriteDone done) override;
    void read(store::KeyRange range, ReadDone done) override;

    // Called from the exported C functions when the browser finishes a request.
    void finishWrite(std::uint32_t requestId, const char* errorName, const char* errorMessage);
    // A read's values arrive in two steps: room for `count` values of the sizes given (key and
    // body length, in pairs), then, once JavaScript has copied them in, finishRead. Returns where
    // each key and body goes (pairs of addresses), or nullptr for a request no longer pending.
    const std::uint32_t* makeRoom(std::uint32_t requestId, std::size_t count, const std::uint32_t* sizes);
    void finishRead(std::uint32_t requestId, const char* errorName, const char* errorMessage);

private:
    struct PendingRead {
        ReadDone done;
        std::vector<store::StoredValue> values;
        std::vector<std::uint32_t> places;
    };
    std::uint32_t nextRequestId_ = 1;
    std::unordered_map<std::uint32_t, WriteDone> writes_;
    std::unordered_map<std::uint32_t, PendingRead> reads_;
};

} // namespace cadence::web

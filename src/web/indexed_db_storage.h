// store::Storage over the browser's IndexedDB, through js/cadence_storage.js.
//
// Writes are acknowledged on the transaction's `complete` with strict durability; errors carry the
// DOMException name (QuotaExceededError, AbortError, ...). Callbacks arrive from browser events,
// so they only record results; the owner drains them in its frame (see store::Storage).
#pragma once

#include "store/storage.h"

#include <cstdint>
#include <unordered_map>

namespace cadence::web {

class IndexedDbStorage final : public store::Storage {
public:
    IndexedDbStorage();
    ~IndexedDbStorage() override;

    void write(store::WriteBatch batch, WriteDone done) override;
    void read(store::KeyRange range, ReadDone done) override;

    // Called from the exported C functions when the browser finishes a request.
    void finishWrite(std::uint32_t requestId, const char* errorName, const char* errorMessage);
    void finishRead(std::uint32_t requestId, const std::uint8_t* data, std::size_t size, const char* errorName,
                    const char* errorMessage);

private:
    std::uint32_t nextRequestId_ = 1;
    std::unordered_map<std::uint32_t, WriteDone> writes_;
    std::unordered_map<std::uint32_t, ReadDone> reads_;
};

} // namespace cadence::web

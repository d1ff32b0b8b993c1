// See indexed_db_storage.h. The framing of batches, and how read results arrive, are described
// in js/cadence_storage.js.
#include "web/indexed_db_storage.h"

#include <emscripten.h>

#include <cstdlib>
#include <cstring>
#include <string>

extern "C" {
void cadence_storage_write(std::uint32_t requestId, const std::uint8_t* data, std::size_t size);
void cadence_storage_read(std::uint32_t requestId, const char* firstKey, const char* lastKey);
}

namespace cadence::web {
namespace {

// The one instance the exported completion functions report to (JavaScript has no other handle).
IndexedDbStorage* activeStorage = nullptr;

void appendU32(std::string& out, std::uint32_t value) {
    char bytes[4] = {static_cast<char>(value & 0xFF), static_cast<char>((value >> 8) & 0xFF),
                     static_cast<char>((value >> 16) & 0xFF), static_cast<char>((value >> 24) & 0xFF)};
    out.append(bytes, 4);
}

void appendOperation(std::string& out, std::uint8_t op, const std::string& key, const std::string& body) {
    out.push_back(static_cast<char>(op));
    appendU32(out, static_cast<std::uint32_t>(key.size()));
    out += key;
    appendU32(out, static_cast<std::uint32_t>(body.size()));
    out += body;
}

} // namespace

IndexedDbStorage::IndexedDbStorage() { activeStorage = this; }

IndexedDbStorage::~IndexedDbStorage() {
    if (activeStorage == this) activeStorage = nullptr;
}

void IndexedDbStorage::write(store::WriteBatch batch, WriteDone done) {
    std::string framed;
    framed.reserve(batch.bytes() + 16 * (batch.puts.size() + batch.deletes.size() + batch.deleteRanges.size()));
    for (const std::string& key : batch.deletes) appendOperation(framed, 1, key, std::string());
    for (const store::KeyRange& range : batch.deleteRanges) appendOperation(framed, 2, range.first, range.last);
    for (const store::StoredValue& value : batch.puts) appendOperation(framed, 0, value.key, value.body);
    const std::uint32_t id = nextRequestId_++;
    writes_.emplace(id, std::move(done));
    cadence_storage_write(id, reinterpret_cast<const std::uint8_t*>(framed.data()), framed.size());
}

void IndexedDbStorage::read(store::KeyRange range, ReadDone done) {
    const std::uint32_t id = nextRequestId_++;
    reads_.emplace(id, PendingRead{std::move(done), {}, {}});
    cadence_storage_read(id, range.first.c_str(), range.last.c_str());
}

void IndexedDbStorage::finishWrite(std::uint32_t requestId, const char* errorName, const char* errorMessage) {
    auto found = writes_.find(requestId);
    if (found == writes_.end()) return;
    WriteDone done = std::move(found->second);
    writes_.erase(found);
    if (errorName && *errorName) {
        store::StorageError error{errorName, errorMessage ? errorMessage : ""};
        done(&error);
    } else {
        done(nullptr);
    }
}

const std::uint32_t* IndexedDbStorage::makeRoom(std::uint32_t requestId, std::size_t count,
                                                const std::uint32_t* sizes) {
    auto found = reads_.find(requestId);
    if (found == reads_.end()) return nullptr;
    PendingRead& read = found->second;
    read.values.resize(count);
    read.places.resize(2 * count);
    for (std::size_t i = 0; i < count; ++i) {
        store::StoredValue& value = read.values[i];
        value.key.resize(sizes[2 * i]);
        value.body.resize(sizes[2 * i + 1]);
        read.places[2 * i] = static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(value.key.data()));
        read.places[2 * i + 1] = static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(value.body.data()));
    }
    return read.places.data();
}

void IndexedDbStorage::finishRead(std::uint32_t requestId, const char* errorName, const char* errorMessage) {
    auto found = reads_.find(requestId);
    if (found == reads_.end()) return;
    PendingRead read = std::move(found->second);
    reads_.erase(found);
    if (errorName && *errorName) {
        store::StorageError error{errorName, errorMessage ? errorMessage : ""};
        read.done({}, &error);
        return;
    }
    read.done(std::move(read.values), nullptr);
}

} // namespace cadence::web

extern "C" {

EMSCRIPTEN_KEEPALIVE void cadence_storage_write_done(std::uint32_t requestId, const char* errorName,
                                                     const char* errorMessage) {
    if (cadence::web::activeStorage) cadence::web::activeStorage->finishWrite(requestId, errorName, errorMessage);
}

EMSCRIPTEN_KEEPALIVE const std::uint32_t* cadence_storage_read_arriving(std::uint32_t requestId, std::size_t count,
                                                                      const std::uint32_t* sizes) {
    return cadence::web::activeStorage ? cadence::web::activeStorage->makeRoom(requestId, count, sizes) : nullptr;
}

EMSCRIPTEN_KEEPALIVE void cadence_storage_read_done(std::uint32_t requestId, const char* errorName,
                                                    const char* errorMessage) {
    if (cadence::web::activeStorage) cadence::web::activeStorage->finishRead(requestId, errorName, errorMessage);
}

} // extern "C"

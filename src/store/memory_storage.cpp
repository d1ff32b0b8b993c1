// MemoryStorage: see memory_storage.h.
#include "store/memory_storage.h"

namespace cadence::store {

void MemoryStorage::write(WriteBatch batch, WriteDone done) {
    Operation op;
    op.isWrite = true;
    op.batch = std::move(batch);
    op.writeDone = std::move(done);
    queue_.push_back(std::move(op));
}

void MemoryStorage::read(KeyRange range, ReadDone done) {
    Operation op;
    op.range = std::move(range);
    op.readDone = std::move(done);
    queue_.push_back(std::move(op));
}

void MemoryStorage::failNextWrite(std::string errorName, std::string message) {
    failNext_ = StorageError{std::move(errorName), std::move(message)};
}

void MemoryStorage::failAllWrites(std::string errorName) {
    failAlways_ = std::move(errorName);
}

bool MemoryStorage::deliver() {
    if (queue_.empty() || (queue_.front().isWrite && holdWrites_)) return false;
    // Take the operation off the queue before its callback runs: the callback may queue more.
    Operation op = std::move(queue_.front());
    queue_.pop_front();
    if (!op.isWrite) {
        std::vector<StoredValue> values;
        auto end = values_.upper_bound(op.range.last);
        for (auto it = values_.lower_bound(op.range.first); it != end; ++it)
            values.push_back({it->first, it->second});
        op.readDone(std::move(values), nullptr);
        return true;
    }
    std::optional<StorageError> error = std::move(failNext_);
    failNext_.reset();
    if (!error && failAlways_) error = StorageError{*failAlways_, "the test made every write fail"};
    if (error) {
        op.writeDone(&*error);
        return true;
    }
    commit(op.batch);
    op.writeDone(nullptr);
    return true;
}

bool MemoryStorage::commitThenCrash() {
    if (queue_.empty() || !queue_.front().isWrite) return false;
    commit(queue_.front().batch);
    crash();
    return true;
}

int MemoryStorage::runPending() {
    int count = 0;
    while (deliver())
        ++count;
    return count;
}

void MemoryStorage::commit(const WriteBatch& batch) {
    for (const KeyRange& range : batch.deleteRanges)
        values_.erase(values_.lower_bound(range.first), values_.upper_bound(range.last));
    for (const std::string& key : batch.deletes)
        values_.erase(key);
    for (const StoredValue& value : batch.puts)
        values_[value.key] = value.body;
    ++writesCommitted_;
    bytesWritten_ += batch.bytes();
}

bool MemoryStorage::corrupt(const std::string& key, std::size_t byteIndex) {
    auto it = values_.find(key);
    if (it == values_.end() || it->second.empty()) return false;
    char& byte = it->second[byteIndex % it->second.size()];
    byte = static_cast<char>(byte ^ 0x20); // stays printable for letters, changes the checksum
    return true;
}

std::size_t MemoryStorage::committedBytes() const {
    std::size_t total = 0;
    for (const auto& [key, body] : values_)
        total += key.size() + body.size();
    return total;
}

} // namespace cadence::store

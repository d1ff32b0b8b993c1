// The fields the binary chunk codecs (touch_codec.h, lead_codec.h, enrollment_codec.h) are made
// of: every number a LEB128 varint (signed ones zigzagged first), text as its byte length then
// its UTF-8 bytes, an instant as signed Unix seconds.
//
// FieldReader checks each field as the backup's JSON reader checks the same member (ids from 1,
// ints that fit, enums in range, instants a backup can write, UTF-8 text), so a damaged chunk is
// an error that names the record and the field, never a crash or a wrong record. A codec reads
// one record with the reader, and decodeChunk (below) frames the records:
//
//   bool readTag(FieldReader& in, Tag& tag) { return in.id(tag.id.value, "id") && in.text(tag.name, "name"); }
//   Result<std::vector<Tag>> tags = decodeChunk<Tag>(payload, kTagChunkMagic, "tags", 2, readTag);
#pragma once

#include "core/result.h"
#include "core/text_encoding.h"
#include "core/time.h"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cadence::store {

void putVarint(std::string& out, std::uint64_t value);
void putSigned(std::string& out, std::int64_t value);
void putText(std::string& out, std::string_view text);
void putInstant(std::string& out, Instant at);
// The flag bits of the optional fields that are present: {{has_value, bit}, ...}.
unsigned presenceFlags(std::initializer_list<std::pair<bool, unsigned>> fields);

class FieldReader {
  public:
    explicit FieldReader(std::string_view bytes) : bytes_(bytes) {}

    // Each reads one field, or records why not and returns false; the first failure is kept.
    bool varint(std::uint64_t& out, const char* field);
    bool id(std::uint32_t& out, const char* field); // 1..UINT32_MAX
    bool integer(int& out, const char* field);
    bool integer64(std::int64_t& out, std::int64_t lowest, std::int64_t highest, const char* field);
    bool text(std::string& out, const char* field);
    bool instant(Instant& out, const char* field);
    bool boolean(bool& out, const char* field);
    // A list's length; each element takes at least minBytesEach, so a damaged length cannot
    // make the caller reserve more than the payload could hold.
    bool count(std::size_t& out, std::size_t minBytesEach, const char* field);
    // An enum stored as its index; `count` is how many values it has.
    template <typename Enum> bool enumeration(Enum& out, std::size_t count, const char* field) {
        std::uint64_t raw = 0;
        if (!varint(raw, field)) return false;
        if (raw >= count) return fail(field, "not a known value");
        out = static_cast<Enum>(raw);
        return true;
    }
    // Flag bits; any bit outside `known` is a field this version does not know.
    bool flags(unsigned& out, unsigned known, const char* field);

    bool atEnd() const { return pos_ == bytes_.size(); }
    // Reasons are string literals: the reader keeps the pointer, and builds the message only
    // for errorIn (inlined into every field read, a std::string would cost code size).
    bool fail(const char* field, const char* reason);
    // The failure as "list[index].field: reason".
    Error errorIn(std::string_view list, std::size_t index) const;

  private:
    std::string_view bytes_;
    std::size_t pos_ = 0;
    const char* failedField_ = "";
    const char* reason_ = nullptr;
};

// A list: its count, then each element read by `readElement(element)`. Elements are appended
// with emplace_back, as the JSON reader appends them, so both share that code.
template <typename T, typename ReadElement>
bool readList(FieldReader& in, std::vector<T>& out, std::size_t minBytesEach, const char* field,
              ReadElement readElement) {
    std::size_t count = 0;
    if (!in.count(count, minBytesEach, field)) return false;
    out.reserve(count);
    for (std::size_t i = 0; i < count; ++i)
        if (!readElement(out.emplace_back())) return false;
    return true;
}

// A whole chunk: its magic, the record count, each record read by `readRecord(reader, record)`,
// and nothing after the last. `list` names the records in errors ("leads[3].name"); each record
// takes at least leastBytes.
template <typename Record, typename ReadRecord>
Result<std::vector<Record>> decodeChunk(std::string_view payload, std::string_view magic, const char* list,
                                        std::size_t leastBytes, ReadRecord readRecord) {
    if (!payload.starts_with(magic)) return Error{list, "not a binary chunk of this kind"};
    FieldReader in(payload.substr(magic.size()));
    std::size_t count = 0;
    if (!in.count(count, leastBytes, "")) return Error{list, "the record count is damaged"};
    std::vector<Record> records;
    records.reserve(count);
    for (std::size_t i = 0; i < count; ++i)
        if (!readRecord(in, records.emplace_back())) return in.errorIn(list, i);
    if (!in.atEnd()) return Error{list, "unexpected bytes after the last record"};
    return records;
}

// Inline: the codecs call these once per field, millions of times when a store opens.
inline std::uint64_t zigzag(std::int64_t value) {
    return (static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63);
}

inline std::int64_t unzigzag(std::uint64_t value) {
    return static_cast<std::int64_t>(value >> 1) ^ -static_cast<std::int64_t>(value & 1);
}

// Instants a backup can hold: four-digit years, with a day's margin for UTC offsets.
constexpr std::int64_t kEarliestSeconds = -62167219200 - 86400; // 0000-01-01T00:00:00Z - 1 day
constexpr std::int64_t kLatestSeconds = 253402300799 + 86400;   // 9999-12-31T23:59:59Z + 1 day

inline bool FieldReader::varint(std::uint64_t& out, const char* field) {
    out = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (pos_ >= bytes_.size()) return fail(field, "the chunk ends inside this record");
        const auto byte = static_cast<unsigned char>(bytes_[pos_++]);
        out |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
        if (!(byte & 0x80)) return (shift < 63 || byte <= 1) || fail(field, "a number too large");
    }
    return fail(field, "a number too large");
}

inline bool FieldReader::id(std::uint32_t& out, const char* field) {
    std::uint64_t raw = 0;
    if (!varint(raw, field)) return false;
    if (raw == 0 || raw > std::numeric_limits<std::uint32_t>::max()) return fail(field, "not an id");
    out = static_cast<std::uint32_t>(raw);
    return true;
}

inline bool FieldReader::integer64(std::int64_t& out, std::int64_t lowest, std::int64_t highest, const char* field) {
    std::uint64_t raw = 0;
    if (!varint(raw, field)) return false;
    const std::int64_t value = unzigzag(raw);
    if (value < lowest || value > highest) return fail(field, "not a number that fits");
    out = value;
    return true;
}

inline bool FieldReader::integer(int& out, const char* field) {
    std::int64_t value = 0;
    if (!integer64(value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max(), field)) return false;
    out = static_cast<int>(value);
    return true;
}

inline bool FieldReader::text(std::string& out, const char* field) {
    std::uint64_t size = 0;
    if (!varint(size, field)) return false;
    if (size == 0) { // most notes, addresses and sources
        out.clear();
        return true;
    }
    if (size > bytes_.size() - pos_) return fail(field, "the chunk ends inside this text");
    const std::string_view text = bytes_.substr(pos_, static_cast<std::size_t>(size));
    if (!isValidUtf8(text)) return fail(field, "not UTF-8 text");
    out.assign(text);
    pos_ += text.size();
    return true;
}

inline bool FieldReader::instant(Instant& out, const char* field) {
    std::int64_t seconds = 0;
    if (!integer64(seconds, std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max(), field))
        return false;
    if (seconds < kEarliestSeconds || seconds > kLatestSeconds) return fail(field, "not a time a backup can hold");
    out = Instant{seconds};
    return true;
}

inline bool FieldReader::boolean(bool& out, const char* field) {
    std::uint64_t raw = 0;
    if (!varint(raw, field)) return false;
    if (raw > 1) return fail(field, "not true or false");
    out = raw == 1;
    return true;
}

inline bool FieldReader::count(std::size_t& out, std::size_t minBytesEach, const char* field) {
    std::uint64_t raw = 0;
    if (!varint(raw, field)) return false;
    if (raw > (bytes_.size() - pos_) / std::max<std::size_t>(minBytesEach, 1))
        return fail(field, "the count is larger than the chunk could hold");
    out = static_cast<std::size_t>(raw);
    return true;
}

inline bool FieldReader::flags(unsigned& out, unsigned known, const char* field) {
    std::uint64_t raw = 0;
    if (!varint(raw, field)) return false;
    if (raw & ~std::uint64_t{known}) return fail(field, "fields this version does not know");
    out = static_cast<unsigned>(raw);
    return true;
}

} // namespace cadence::store

// Keys, checksummed bodies and the pointer/manifest/journal documents; see store_format.h.
#include "store/store_format.h"

#include "core/json_cursor.h"
#include "core/json_writer.h"
#include "store/record_codec.h"

#include <charconv>
#include <climits>
#include <cstring>

namespace cadence::store {
namespace {

std::string padded(std::uint64_t value, int width) {
    std::string digits = std::to_string(value);
    return std::string(digits.size() < std::size_t(width) ? width - digits.size() : 0, '0') + digits;
}

constexpr int kSeqDigits = 12;
constexpr std::string_view kJournalPrefix = "journal/";

bool readU64(json::Cursor& c, std::uint64_t& out) {
    std::int64_t value = 0;
    if (!c.readInteger(value, 0, INT64_MAX)) return false;
    out = static_cast<std::uint64_t>(value);
    return true;
}

bool readIdList(json::Cursor& c, std::vector<std::uint32_t>& out) {
    if (!c.enterArray()) return false;
    while (c.nextElement()) {
        std::int64_t id = 0;
        if (!c.readInteger(id, 1, UINT32_MAX)) return false;
        out.push_back(static_cast<std::uint32_t>(id));
    }
    return !c.failed();
}

void writeIdList(json::Writer& w, std::string_view name, const std::vector<std::uint32_t>& ids) {
    w.key(name);
    w.beginArray();
    for (std::uint32_t id : ids)
        w.value(id);
    w.endArray();
}

// Reads an object whose members are handled by `member(key)`; unknown members are skipped so a
// later minor addition does not make older builds refuse the store.
template <typename Member> Status readObject(std::string_view payload, Member member) {
    json::Cursor c(payload);
    std::string_view key;
    if (c.enterObject())
        while (c.nextMember(key))
            if (!member(c, key)) break;
    if (!c.failed()) c.expectEnd();
    if (c.failed()) return c.takeError();
    return success();
}

} // namespace

std::string generationPrefix(std::uint64_t generation) {
    return "snap/" + padded(generation, kSeqDigits) + "/";
}
std::string manifestKey(std::uint64_t generation) {
    return generationPrefix(generation) + "manifest";
}
std::string chunkKey(std::uint64_t generation, std::string_view kind, std::size_t index) {
    return generationPrefix(generation) + std::string(kind) + "/" + padded(index, 6);
}
std::string journalKey(std::uint64_t seq) {
    return std::string(kJournalPrefix) + padded(seq, kSeqDigits);
}
KeyRange generationRange(std::uint64_t generation) {
    return {generationPrefix(generation), generationPrefix(generation) + "~"};
}
KeyRange generationsUpTo(std::uint64_t generation) {
    return {"snap/", generationPrefix(generation) + "~"};
}
KeyRange journalRange(std::uint64_t firstSeq, std::optional<std::uint64_t> lastSeq) {
    return {journalKey(firstSeq), lastSeq ? journalKey(*lastSeq) : std::string(kJournalPrefix) + "~"};
}

std::optional<std::uint64_t> journalSeqOfKey(std::string_view key) {
    if (!key.starts_with(kJournalPrefix)) return std::nullopt;
    std::string_view digits = key.substr(kJournalPrefix.size());
    std::uint64_t seq = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), seq);
    if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
    return seq;
}

std::uint64_t fnv1a64(std::string_view bytes) {
    std::uint64_t hash = 0xcbf29ce484222325ull;
    for (unsigned char byte : bytes) {
        hash ^= byte;
        hash *= 0x100000001b3ull;
    }
    return hash;
}

std::uint64_t wordChecksum64(std::string_view bytes) {
    std::uint64_t hash = 0xcbf29ce484222325ull ^ bytes.size();
    const char* at = bytes.data();
    std::size_t left = bytes.size();
    for (; left >= 8; at += 8, left -= 8) {
        unsigned char word[8];
        std::memcpy(word, at, 8);
        std::uint64_t value = 0;
        for (int i = 7; i >= 0; --i) // little-endian whatever the machine (one load on x86 and wasm)
            value = value << 8 | word[i];
        hash = (hash ^ value) * 0x9e3779b97f4a7c15ull; // odd: one-to-one
        hash ^= hash >> 29;                            // one-to-one, and mixes the high bits down
    }
    for (; left > 0; ++at, --left) {
        hash ^= static_cast<unsigned char>(*at);
        hash *= 0x100000001b3ull;
    }
    return hash;
}

std::string sealBody(std::string_view payload, Checksum checksum) {
    static constexpr char kHex[] = "0123456789abcdef";
    const bool words = checksum == Checksum::Words64;
    std::string body(17 + payload.size(), words ? ':' : ' ');
    std::uint64_t hash = words ? wordChecksum64(payload) : fnv1a64(payload);
    for (int i = 15; i >= 0; --i, hash >>= 4)
        body[std::size_t(i)] = kHex[hash & 15];
    body.replace(17, payload.size(), payload);
    return body;
}

std::optional<std::string_view> openBody(std::string_view body, std::string& reason) {
    std::uint64_t stored = 0;
    if (body.size() < 17 || (body[16] != ' ' && body[16] != ':') ||
        std::from_chars(body.data(), body.data() + 16, stored, 16).ptr != body.data() + 16) {
        reason = "damaged: the value does not start with its checksum";
        return std::nullopt;
    }
    std::string_view payload = body.substr(17);
    if ((body[16] == ':' ? wordChecksum64(payload) : fnv1a64(payload)) != stored) {
        reason = "damaged: the checksum does not match the contents";
        return std::nullopt;
    }
    return payload;
}

std::string encodePointer(const StorePointer& p) {
    json::Writer w;
    w.beginObject();
    w.member("schema", p.schema);
    w.member("generation", static_cast<std::int64_t>(p.generation));
    w.member("journalFrom", static_cast<std::int64_t>(p.journalFrom));
    w.endObject();
    return w.finish();
}

Result<StorePointer> decodePointer(std::string_view payload) {
    StorePointer p;
    p.schema = 0;
    Status s = readObject(payload, [&](json::Cursor& c, std::string_view key) {
        std::int64_t schema = 0;
        if (key == "schema") return c.readInteger(schema, 0, INT_MAX) && ((p.schema = int(schema)), true);
        if (key == "generation") return readU64(c, p.generation);
        if (key == "journalFrom") return readU64(c, p.journalFrom);
        return c.skipValue();
    });
    if (!s) return s.error();
    if (p.schema == 0 || p.generation == 0) return Error{"", "the pointer names no schema or generation"};
    return p;
}

std::string encodeManifest(const Manifest& m) {
    json::Writer w;
    w.beginObject();
    w.member("schema", m.schema);
    w.member("generation", static_cast<std::int64_t>(m.generation));
    w.member("journalFrom", static_cast<std::int64_t>(m.journalFrom));
    w.key("chunks");
    w.beginArray();
    for (const ChunkInfo& chunk : m.chunks) {
        w.beginObject();
        w.member("key", chunk.key);
        w.member("records", chunk.records);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.finish();
}

Result<Manifest> decodeManifest(std::string_view payload) {
    Manifest m;
    Status s = readObject(payload, [&](json::Cursor& c, std::string_view key) {
        std::int64_t schema = 0;
        if (key == "schema") return c.readInteger(schema, 0, INT_MAX) && ((m.schema = int(schema)), true);
        if (key == "generation") return readU64(c, m.generation);
        if (key == "journalFrom") return readU64(c, m.journalFrom);
        if (key != "chunks") return c.skipValue();
        if (!c.enterArray()) return false;
        while (c.nextElement()) {
            ChunkInfo& chunk = m.chunks.emplace_back();
            std::string_view field;
            if (!c.enterObject()) return false;
            while (c.nextMember(field)) {
                std::int64_t records = 0;
                bool ok = field == "key"       ? c.readString(chunk.key)
                          : field == "records" ? c.readInteger(records, 0, UINT32_MAX)
                                               : c.skipValue();
                if (!ok) return false;
                if (field == "records") chunk.records = static_cast<std::uint32_t>(records);
            }
            if (c.failed()) return false;
        }
        return !c.failed();
    });
    if (!s) return s.error();
    return m;
}

std::string encodeJournalEntry(const JournalEntry& entry) {
    json::Writer w;
    w.beginObject();
    w.member("seq", static_cast<std::int64_t>(entry.seq));
    w.key("deleted");
    w.beginObject();
    writeIdList(w, "leads", entry.deleted.leads);
    writeIdList(w, "plans", entry.deleted.plans);
    writeIdList(w, "templates", entry.deleted.templates);
    writeIdList(w, "enrollments", entry.deleted.enrollments);
    writeIdList(w, "touches", entry.deleted.touches);
    w.endObject();
    w.key("records");
    std::string records = encodeRecords(entry.records); // a whole document, written by the backup writer
    std::string_view document = records;
    while (document.ends_with('\n'))
        document.remove_suffix(1);
    w.rawValue(document);
    w.endObject();
    return w.finish();
}

Result<JournalEntry> decodeJournalEntry(std::string_view payload) {
    JournalEntry entry;
    std::optional<Error> recordsError;
    Status s = readObject(payload, [&](json::Cursor& c, std::string_view key) {
        if (key == "seq") return readU64(c, entry.seq);
        if (key == "records") {
            c.peek(); // skips whitespace, so the offset is where the document starts
            std::size_t start = c.offset();
            if (!c.skipValue()) return false;
            Result<WorkspaceData> records = decodeRecords(payload.substr(start, c.offset() - start));
            if (!records) {
                recordsError = Error{"/records" + records.error().where, records.error().reason};
                return c.fail(recordsError->reason);
            }
            entry.records = std::move(*records);
            return true;
        }
        if (key != "deleted") return c.skipValue();
        std::string_view kind;
        if (!c.enterObject()) return false;
        while (c.nextMember(kind)) {
            DeletedIds& d = entry.deleted;
            auto* list = kind == "leads"         ? &d.leads
                         : kind == "plans"       ? &d.plans
                         : kind == "templates"   ? &d.templates
                         : kind == "enrollments" ? &d.enrollments
                         : kind == "touches"     ? &d.touches
                                                 : nullptr;
            if (!(list ? readIdList(c, *list) : c.skipValue())) return false;
        }
        return !c.failed();
    });
    if (recordsError) return *recordsError;
    if (!s) return s.error();
    if (entry.seq == 0) return Error{"/seq", "missing the entry's sequence number"};
    return entry;
}

} // namespace cadence::store

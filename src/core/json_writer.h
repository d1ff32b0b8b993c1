// Writes JSON text into a string it returns at the end (internal to the core). The backup saver
// uses it instead of building a nlohmann::json DOM, which would allocate a node per value and be
// several times slower on a 100,000-lead workspace.
//
//   json::Writer w(expectedBytes);
//   w.beginObject();
//   w.member("name", lead.name);          // strings are escaped; UTF-8 passes through unchanged
//   w.member("createdAt", lead.createdAt); // instants as ISO 8601 UTC text
//   w.endObject();
//   std::string text = w.finish();
//
// Commas are handled by the writer: member/element calls after the first add one. The text goes
// through a small buffer of the writer's own and into the string a few kilobytes at a time:
// appending each comma and name to the std::string was out-of-line library calls, which made
// saving three times slower in wasm than natively.
#pragma once

#include "core/ids.h"
#include "core/time.h"

#include <charconv>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cadence::json {

class Writer {
  public:
    explicit Writer(std::size_t expectedBytes = 0) { out_.reserve(expectedBytes); }
    // The text written so far; the writer is empty afterwards.
    std::string finish() {
        flushChunk();
        return std::move(out_);
    }

    void beginObject() {
        separate();
        put('{');
        first_ = true;
    }
    void endObject() {
        flushLineBreak();
        put('}');
        first_ = false;
    }
    void beginArray() {
        separate();
        put('[');
        first_ = true;
    }
    void endArray() {
        flushLineBreak();
        put(']');
        first_ = false;
    }
    // Starts a member whose value the caller writes next (an object, a list ...).
    void key(std::string_view name) {
        separate();
        put('"');
        put(name); // member names are ASCII constants of the format
        put("\":");
        first_ = true; // the value follows without a comma
    }
    // Puts the next value (or closing bracket) on a new line, after its comma: one record per
    // line keeps a big file readable and diff-friendly at no cost.
    void newline() { lineBreak_ = true; }

    void value(std::string_view text) {
        separate();
        putQuoted(text);
    }
    void value(const std::string& text) { value(std::string_view(text)); }
    void value(const char* text) { value(std::string_view(text)); }
    void value(bool flag) {
        separate();
        put(flag ? std::string_view("true") : std::string_view("false"));
    }
    void value(std::int64_t number) {
        separate();
        char digits[24];
        put(std::string_view(digits, std::to_chars(digits, digits + sizeof digits, number).ptr - digits));
    }
    void value(int number) { value(static_cast<std::int64_t>(number)); }
    void value(std::uint32_t number) { value(static_cast<std::int64_t>(number)); }
    template <typename Tag> void value(Id<Tag> id) { value(static_cast<std::int64_t>(id.value)); }
    void value(Instant at) {
        separate();
        putQuotedInstant(at);
    }
    void value(TimeOfDay time) {
        separate();
        putQuotedTimeOfDay(time);
    }
    void null() {
        separate();
        put("null");
    }
    template <typename T> void value(const std::optional<T>& maybe) {
        if (maybe)
            value(*maybe);
        else
            null();
    }

    template <typename T> void member(std::string_view name, const T& v) {
        key(name);
        value(v);
    }
    // A value that is already JSON text (a document written by another writer).
    void rawValue(std::string_view json) {
        separate();
        put(json);
    }

  private:
    void separate() {
        if (!first_) put(',');
        first_ = false;
        flushLineBreak();
    }
    void flushLineBreak() {
        if (lineBreak_) put('\n');
        lineBreak_ = false;
    }
    void put(char c) {
        if (used_ == kChunkSize) flushChunk();
        chunk_[used_++] = c;
    }
    void put(std::string_view text) {
        if (text.size() > kChunkSize - used_) {
            flushChunk();
            if (text.size() > kChunkSize) return void(out_.append(text));
        }
        std::memcpy(chunk_ + used_, text.data(), text.size());
        used_ += text.size();
    }
    void flushChunk() {
        out_.append(chunk_, used_);
        used_ = 0;
    }
    void putQuoted(std::string_view text);      // escapes quotes, backslashes and control characters
    void putQuotedInstant(Instant at);          // "YYYY-MM-DDTHH:MM:SSZ"
    void putQuotedTimeOfDay(TimeOfDay time);    // "HH:MM:SS"

    static constexpr std::size_t kChunkSize = 4096;
    std::string out_;
    char chunk_[kChunkSize];
    std::size_t used_ = 0;
    bool first_ = true;
    bool lineBreak_ = false;
};

} // namespace cadence::json

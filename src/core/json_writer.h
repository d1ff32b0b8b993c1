// Writes JSON text straight into a std::string (internal to the core). The backup saver uses it
// instead of building a nlohmann::json DOM, which would allocate a node per value and be several
// times slower on a 100,000-lead workspace.
//
//   json::Writer w(out);
//   w.beginObject();
//   w.member("name", lead.name);          // strings are escaped; UTF-8 passes through unchanged
//   w.member("createdAt", lead.createdAt); // instants as ISO 8601 UTC text
//   w.endObject();
//
// Commas are handled by the writer: member/element calls after the first add one.
#pragma once

#include "core/ids.h"
#include "core/time.h"

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cadence::json {

// Appends `text` as a JSON string literal, escaping quotes, backslashes and control characters.
void appendQuoted(std::string& out, std::string_view text);
// Appends "YYYY-MM-DDTHH:MM:SSZ" (quoted) without allocating.
void appendQuotedInstant(std::string& out, Instant at);
// Appends "HH:MM:SS" (quoted).
void appendQuotedTimeOfDay(std::string& out, TimeOfDay time);

class Writer {
  public:
    explicit Writer(std::string& out) : out_(out) {}

    void beginObject() {
        separate();
        out_ += '{';
        first_ = true;
    }
    void endObject() {
        flushLineBreak();
        out_ += '}';
        first_ = false;
    }
    void beginArray() {
        separate();
        out_ += '[';
        first_ = true;
    }
    void endArray() {
        flushLineBreak();
        out_ += ']';
        first_ = false;
    }
    // Starts a member whose value the caller writes next (an object, a list ...).
    void key(std::string_view name) {
        separate();
        out_ += '"';
        out_ += name; // member names are ASCII constants of the format
        out_ += "\":";
        first_ = true; // the value follows without a comma
    }
    // Puts the next value (or closing bracket) on a new line, after its comma: one record per
    // line keeps a big file readable and diff-friendly at no cost.
    void newline() { lineBreak_ = true; }

    void value(std::string_view text) {
        separate();
        appendQuoted(out_, text);
    }
    void value(const std::string& text) { value(std::string_view(text)); }
    void value(const char* text) { value(std::string_view(text)); }
    void value(bool flag) {
        separate();
        out_ += flag ? "true" : "false";
    }
    void value(std::int64_t number) {
        separate();
        char digits[24];
        out_.append(digits, std::to_chars(digits, digits + sizeof digits, number).ptr);
    }
    void value(int number) { value(static_cast<std::int64_t>(number)); }
    void value(std::uint32_t number) { value(static_cast<std::int64_t>(number)); }
    template <typename Tag> void value(Id<Tag> id) { value(static_cast<std::int64_t>(id.value)); }
    void value(Instant at) {
        separate();
        appendQuotedInstant(out_, at);
    }
    void value(TimeOfDay time) {
        separate();
        appendQuotedTimeOfDay(out_, time);
    }
    void null() {
        separate();
        out_ += "null";
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

  private:
    void separate() {
        if (!first_) out_ += ',';
        first_ = false;
        flushLineBreak();
    }
    void flushLineBreak() {
        if (lineBreak_) out_ += '\n';
        lineBreak_ = false;
    }

    std::string& out_;
    bool first_ = true;
    bool lineBreak_ = false;
};

} // namespace cadence::json

// A forward-only JSON reader for the backup loader (internal to the core). It reads values
// straight into records, with no DOM, so a 200 MB backup loads in one pass and little memory;
// and it keeps the JSON Pointer path of the value being read, so the first problem comes back
// as Error{"/leads/3/phones/0/number", "expected a string"}.
//
//   json::Cursor c(text);
//   if (!c.enterObject()) return c.takeError();
//   std::string_view key;
//   while (c.nextMember(key)) { if (key == "name") c.readString(name); else c.skipValue(); }
//   if (c.failed()) return c.takeError();
//
// nextMember / nextElement return false at the closing bracket AND on error: check failed().
// Strings must be valid UTF-8 (escapes, surrogate pairs included, are decoded); numbers are read
// as whole numbers only, because the backup format has no fractions.
#pragma once

#include "core/result.h"

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cadence::json {

enum class Kind { Object, Array, String, Number, Bool, Null, End, Invalid };

class Cursor {
  public:
    explicit Cursor(std::string_view text) : text_(text) {}

    // The kind of the next value (after whitespace), without consuming it.
    Kind peek();
    bool failed() const { return error_.has_value(); }
    Error takeError() { return std::move(*error_); }
    // Records the first problem at the current path (later ones are ignored). Returns false.
    bool fail(std::string reason);
    // The JSON Pointer of the value being read ("" for the whole document).
    std::string path() const;
    std::size_t offset() const { return pos_; }

    bool enterObject(); // consumes '{', or fails with "expected an object"
    // Moves to the next member; the key becomes the last path segment. False at '}' or on error.
    bool nextMember(std::string_view& key);
    bool enterArray(); // consumes '[', or fails with "expected a list"
    // Moves to the next element; its index becomes the last path segment. False at ']' or error.
    bool nextElement();

    // A string value as a view: into the text when it has no escapes, else into `scratch`.
    bool readStringView(std::string_view& out, std::string& scratch);
    bool readString(std::string& out);
    bool readInteger(std::int64_t& out, std::int64_t min, std::int64_t max);
    bool readBool(bool& out);
    // Consumes a null and returns true when the next value is null (for optional fields).
    bool takeNull();
    bool skipValue();
    // Succeeds when only whitespace is left.
    bool expectEnd();

  private:
    struct Segment {
        std::string_view key;
        std::size_t index = 0;
        bool isArray = false;
        bool started = false; // a member or element has been entered
    };

    void skipWhitespace();
    bool syntaxError(std::string_view what);
    bool scanString(std::string_view& out, std::string& scratch);
    bool appendEscape(std::string& out);
    bool skipValue(int depth);
    bool finishContainer(char close);

    std::string_view text_;
    std::size_t pos_ = 0;
    std::vector<Segment> path_;
    std::deque<std::string> escapedKeys_; // owns keys that had escapes (path views point here)
    std::string keyScratch_;
    std::optional<Error> error_;
};

// "expected one of a, b, c" for an enum's names, in declaration order.
template <typename Enum, typename ToString>
std::string expectedOneOf(std::size_t count, ToString toStringFn) {
    std::string text = "expected one of ";
    for (std::size_t i = 0; i < count; ++i) {
        if (i) text += ", ";
        text += toStringFn(static_cast<Enum>(i));
    }
    return text;
}

} // namespace cadence::json

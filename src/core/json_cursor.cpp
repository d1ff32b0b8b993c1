// The streaming JSON reader of json_cursor.h. Written for speed on large backups: strings
// without escapes are returned as views, ASCII runs are scanned in a tight loop, and the path
// is kept as views into the text and only turned into a string when something goes wrong.
#include "core/json_cursor.h"

#include "core/text_encoding.h"

#include <cstdint>
#include <cstring>
#include <limits>

namespace cadence::json {
namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// True when one of the eight bytes in `word` ends a plain run of string text: a quote, a
// backslash, a control character or a non-ASCII byte. Eight bytes per test instead of one
// is cheaper on the long strings of a backup (the wasm build has no SIMD).
bool hasSpecialByte(std::uint64_t word) {
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    auto hasZeroByte = [](std::uint64_t x) { return ((x - ones) & ~x & highs) != 0; };
    bool hasControl = ((word - ones * 0x20) & ~word & highs) != 0;
    return (word & highs) || hasControl || hasZeroByte(word ^ (ones * '"')) || hasZeroByte(word ^ (ones * '\\'));
}

// Length of the valid UTF-8 sequence starting at text[pos] (a byte >= 0x80), or 0 if invalid.
// Rejects overlong forms, surrogates and code points above U+10FFFF, like RFC 3629.
std::size_t utf8SequenceLength(std::string_view text, std::size_t pos) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    unsigned char lead = byte(pos);
    std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
    if (length == 0 || lead > 0xF4 || pos + length > text.size()) return 0;
    for (std::size_t i = 1; i < length; ++i)
        if ((byte(pos + i) & 0xC0) != 0x80) return 0;
    unsigned char second = byte(pos + 1);
    if (lead == 0xE0 && second < 0xA0) return 0; // overlong
    if (lead == 0xED && second > 0x9F) return 0; // surrogates
    if (lead == 0xF0 && second < 0x90) return 0; // overlong
    if (lead == 0xF4 && second > 0x8F) return 0; // above U+10FFFF
    return length;
}

// JSON Pointer escaping (RFC 6901): "~" -> "~0", "/" -> "~1".
void appendPointerToken(std::string& out, std::string_view token) {
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
}

constexpr int kMaxDepth = 256;

} // namespace

void Cursor::skipWhitespace() {
    while (pos_ < text_.size() && isSpace(text_[pos_]))
        ++pos_;
}

Kind Cursor::peek() {
    skipWhitespace();
    if (pos_ >= text_.size()) return Kind::End;
    switch (text_[pos_]) {
    case '{':
        return Kind::Object;
    case '[':
        return Kind::Array;
    case '"':
        return Kind::String;
    case 't':
    case 'f':
        return Kind::Bool;
    case 'n':
        return Kind::Null;
    case '-':
        return Kind::Number;
    default:
        return text_[pos_] >= '0' && text_[pos_] <= '9' ? Kind::Number : Kind::Invalid;
    }
}

bool Cursor::fail(std::string reason) {
    if (!error_) error_ = Error{path(), std::move(reason)};
    return false;
}

std::string Cursor::path() const {
    std::string out;
    for (const Segment& s : path_) {
        if (!s.started) break;
        out += '/';
        if (s.isArray)
            out += std::to_string(s.index);
        else
            appendPointerToken(out, s.key);
    }
    return out;
}

// Syntax errors name the position too: the path alone cannot point at a missing comma.
bool Cursor::syntaxError(std::string_view what) {
    if (pos_ >= text_.size()) return fail("the document ends too early (is the file truncated?)");
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < pos_; ++i) {
        if (text_[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    return fail(std::string(what) + " at line " + std::to_string(line) + ", column " +
                std::to_string(column));
}

bool Cursor::enterObject() {
    Kind kind = peek();
    if (kind != Kind::Object) {
        if (kind == Kind::End) return syntaxError("");
        if (kind == Kind::Invalid) return syntaxError("not JSON: unexpected character");
        return fail("expected an object");
    }
    ++pos_;
    if (path_.size() >= kMaxDepth) return fail("nested too deeply");
    path_.push_back(Segment{});
    return true;
}

bool Cursor::enterArray() {
    Kind kind = peek();
    if (kind != Kind::Array) {
        if (kind == Kind::End) return syntaxError("");
        if (kind == Kind::Invalid) return syntaxError("not JSON: unexpected character");
        return fail("expected a list");
    }
    ++pos_;
    if (path_.size() >= kMaxDepth) return fail("nested too deeply");
    path_.push_back(Segment{{}, 0, true, false});
    return true;
}

bool Cursor::finishContainer(char close) {
    ++pos_;
    path_.pop_back();
    (void)close;
    return false;
}

bool Cursor::nextMember(std::string_view& key) {
    if (error_) return false;
    Segment& segment = path_.back();
    skipWhitespace();
    if (pos_ < text_.size() && text_[pos_] == '}') return finishContainer('}');
    if (segment.started) {
        if (pos_ >= text_.size() || text_[pos_] != ',') return syntaxError("expected ',' or '}'");
        ++pos_;
        skipWhitespace();
    }
    if (pos_ >= text_.size() || text_[pos_] != '"') return syntaxError("expected a member name in quotes");
    if (!scanString(key, keyScratch_)) return false;
    if (key.data() == keyScratch_.data()) key = escapedKeys_.emplace_back(keyScratch_);
    segment.key = key;
    segment.started = true;
    skipWhitespace();
    if (pos_ >= text_.size() || text_[pos_] != ':') return syntaxError("expected ':'");
    ++pos_;
    return true;
}

bool Cursor::nextElement() {
    if (error_) return false;
    Segment& segment = path_.back();
    skipWhitespace();
    if (pos_ < text_.size() && text_[pos_] == ']') return finishContainer(']');
    if (segment.started) {
        if (pos_ >= text_.size() || text_[pos_] != ',') return syntaxError("expected ',' or ']'");
        ++pos_;
        ++segment.index;
    }
    segment.started = true;
    return true;
}

bool Cursor::readStringView(std::string_view& out, std::string& scratch) {
    Kind kind = peek();
    if (kind != Kind::String) {
        if (kind == Kind::End || kind == Kind::Invalid) return syntaxError("expected a value");
        return fail("expected a string");
    }
    return scanString(out, scratch);
}

bool Cursor::readString(std::string& out) {
    std::string_view view;
    if (!readStringView(view, out)) return false;
    if (view.data() != out.data()) out.assign(view);
    return true;
}

// Precondition: text_[pos_] == '"'.
bool Cursor::scanString(std::string_view& out, std::string& scratch) {
    std::size_t start = ++pos_;
    bool escaped = false;
    std::size_t runStart = start;
    const char* data = text_.data();
    const std::size_t size = text_.size();
    while (true) {
        // The common case: printable ASCII, eight bytes at a time, then byte by byte.
        while (pos_ + 8 <= size) {
            std::uint64_t word;
            std::memcpy(&word, data + pos_, 8);
            if (hasSpecialByte(word)) break;
            pos_ += 8;
        }
        while (pos_ < size) {
            auto c = static_cast<unsigned char>(data[pos_]);
            if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
            ++pos_;
        }
        if (pos_ >= size) return syntaxError("");
        auto c = static_cast<unsigned char>(data[pos_]);
        if (c == '"') {
            if (escaped) {
                scratch.append(data + runStart, pos_ - runStart);
                out = scratch;
            } else {
                out = text_.substr(start, pos_ - start);
            }
            ++pos_;
            return true;
        }
        if (c >= 0x80) {
            std::size_t length = utf8SequenceLength(text_, pos_);
            if (length == 0) return fail("the text is not valid UTF-8");
            pos_ += length;
            continue;
        }
        if (c < 0x20) return syntaxError("a control character must be escaped in a string");
        // A backslash: switch to building the string in scratch.
        if (!escaped) {
            scratch.clear();
            escaped = true;
        }
        scratch.append(data + runStart, pos_ - runStart);
        if (!appendEscape(scratch)) return false;
        runStart = pos_;
    }
}

// Precondition: text_[pos_] == '\\'. Appends the decoded character and moves past the escape.
bool Cursor::appendEscape(std::string& out) {
    if (pos_ + 1 >= text_.size()) return syntaxError("");
    char kind = text_[pos_ + 1];
    pos_ += 2;
    switch (kind) {
    case '"':
        out += '"';
        return true;
    case '\\':
        out += '\\';
        return true;
    case '/':
        out += '/';
        return true;
    case 'b':
        out += '\b';
        return true;
    case 'f':
        out += '\f';
        return true;
    case 'n':
        out += '\n';
        return true;
    case 'r':
        out += '\r';
        return true;
    case 't':
        out += '\t';
        return true;
    case 'u':
        break;
    default:
        pos_ -= 2;
        return syntaxError("unknown escape in a string");
    }
    auto hex4 = [&](std::uint32_t& value) {
        if (pos_ + 4 > text_.size()) return false;
        value = 0;
        for (int i = 0; i < 4; ++i) {
            char h = text_[pos_ + i];
            int digit = h >= '0' && h <= '9'   ? h - '0'
                        : h >= 'a' && h <= 'f' ? h - 'a' + 10
                        : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                               : -1;
            if (digit < 0) return false;
            value = value * 16 + static_cast<std::uint32_t>(digit);
        }
        pos_ += 4;
        return true;
    };
    std::uint32_t cp = 0;
    if (!hex4(cp)) return syntaxError("a \\u escape needs four hex digits");
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        std::uint32_t low = 0;
        if (pos_ + 2 > text_.size() || text_[pos_] != '\\' || text_[pos_ + 1] != 'u')
            return fail("the text is not valid UTF-16 (a lone surrogate \\u escape)");
        pos_ += 2;
        if (!hex4(low) || low < 0xDC00 || low > 0xDFFF)
            return fail("the text is not valid UTF-16 (a lone surrogate \\u escape)");
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
        return fail("the text is not valid UTF-16 (a lone surrogate \\u escape)");
    }
    cadence::appendUtf8(out, static_cast<char32_t>(cp)); // surrogates were refused above
    return true;
}

bool Cursor::readInteger(std::int64_t& out, std::int64_t min, std::int64_t max) {
    Kind kind = peek();
    if (kind != Kind::Number) {
        if (kind == Kind::End || kind == Kind::Invalid) return syntaxError("expected a value");
        return fail("expected a whole number");
    }
    bool negative = text_[pos_] == '-';
    std::size_t p = pos_ + (negative ? 1 : 0);
    std::size_t firstDigit = p;
    std::uint64_t magnitude = 0;
    bool overflow = false;
    while (p < text_.size() && text_[p] >= '0' && text_[p] <= '9') {
        const auto digit = static_cast<std::uint64_t>(text_[p] - '0');
        if (magnitude > (std::numeric_limits<std::uint64_t>::max() - digit) / 10) overflow = true;
        else magnitude = magnitude * 10 + digit;
        ++p;
    }
    std::size_t digits = p - firstDigit;
    if (digits == 0 || (digits > 1 && text_[firstDigit] == '0')) return syntaxError("malformed number");
    if (p < text_.size() && (text_[p] == '.' || text_[p] == 'e' || text_[p] == 'E'))
        return fail("expected a whole number");
    // Every int64 is readable, down to -2^63 (whose magnitude is one more than the largest).
    const std::uint64_t largest = std::uint64_t(std::numeric_limits<std::int64_t>::max()) + (negative ? 1 : 0);
    if (overflow || magnitude > largest)
        return fail("the number is out of range (" + std::to_string(min) + " to " + std::to_string(max) +
                    ")");
    const std::int64_t value = static_cast<std::int64_t>(negative ? 0 - magnitude : magnitude);
    if (value < min || value > max)
        return fail("must be between " + std::to_string(min) + " and " + std::to_string(max));
    out = value;
    pos_ = p;
    return true;
}

bool Cursor::readBool(bool& out) {
    Kind kind = peek();
    if (kind != Kind::Bool) {
        if (kind == Kind::End || kind == Kind::Invalid) return syntaxError("expected a value");
        return fail("expected true or false");
    }
    if (text_.compare(pos_, 4, "true") == 0) {
        out = true;
        pos_ += 4;
    } else if (text_.compare(pos_, 5, "false") == 0) {
        out = false;
        pos_ += 5;
    } else {
        return syntaxError("not JSON: unexpected word");
    }
    return true;
}

bool Cursor::takeNull() {
    if (peek() != Kind::Null) return false;
    if (text_.compare(pos_, 4, "null") != 0) return syntaxError("not JSON: unexpected word");
    pos_ += 4;
    return true;
}

bool Cursor::skipValue() {
    return skipValue(0);
}

bool Cursor::skipValue(int depth) {
    if (depth > kMaxDepth) return fail("nested too deeply");
    std::string_view key;
    std::string scratch;
    switch (peek()) {
    case Kind::Object:
        if (!enterObject()) return false;
        while (nextMember(key))
            if (!skipValue(depth + 1)) return false;
        return !failed();
    case Kind::Array:
        if (!enterArray()) return false;
        while (nextElement())
            if (!skipValue(depth + 1)) return false;
        return !failed();
    case Kind::String:
        return scanString(key, scratch);
    case Kind::Bool: {
        bool b;
        return readBool(b);
    }
    case Kind::Null:
        return takeNull() || syntaxError("not JSON: unexpected word");
    case Kind::Number: {
        std::size_t p = pos_ + 1;
        while (p < text_.size() && std::strchr("0123456789+-.eE", text_[p]) && text_[p] != '\0')
            ++p;
        pos_ = p;
        return true;
    }
    case Kind::End:
        return syntaxError("");
    case Kind::Invalid:
        return syntaxError("not JSON: unexpected character");
    }
    return false;
}

bool Cursor::expectEnd() {
    if (peek() != Kind::End) return syntaxError("unexpected text after the end of the document");
    return true;
}

} // namespace cadence::json

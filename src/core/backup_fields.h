// Building blocks of the backup record readers (internal to the core): a table of an object's
// member names with the required ones marked, and typed readers for the values the format uses
// (ids, bounded integers, ISO instants, times of day, enum names, optionals).
#pragma once

#include "core/ids.h"
#include "core/json_cursor.h"
#include "core/time.h"

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>

namespace cadence::backup {

// `text` in double quotes, for messages ("\"hott\"").
inline std::string quoted(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    out += text;
    out += '"';
    return out;
}

// The members an object may have, in the documented order; bit i of `required` marks names[i].
template <std::size_t N> struct Fields {
    std::array<std::string_view, N> names;
    std::uint32_t required = 0;

    // The index of `key`, trying `expected` first: members mostly come in the order written,
    // which saves comparing each key with every name before it.
    int find(std::string_view key, std::size_t expected = 0) const {
        for (std::size_t n = 0; n < N; ++n) {
            std::size_t i = (expected + n) % N;
            if (names[i] == key) return static_cast<int>(i);
        }
        return -1;
    }
    std::string list() const {
        std::string text;
        for (std::size_t i = 0; i < N; ++i)
            text.append(i ? ", " : "").append(names[i]);
        return text;
    }
};

// Reads an object member by member, calling readField(index into fields.names) for each.
// Refuses unknown members (a typo would otherwise silently drop data), repeated members and
// missing required ones.
template <std::size_t N, typename ReadField>
bool readObject(json::Cursor& c, const Fields<N>& fields, ReadField&& readField) {
    static_assert(N <= 32, "the seen-mask is 32 bits");
    if (!c.enterObject()) return false;
    std::uint32_t seen = 0;
    std::string_view key;
    std::size_t expected = 0;
    while (c.nextMember(key)) {
        int index = fields.find(key, expected);
        expected = static_cast<std::size_t>(index + 1);
        if (index < 0) return c.fail("unknown field " + quoted(key) + "; expected one of " + fields.list());
        if (seen & (1u << index)) return c.fail("this field appears twice");
        seen |= 1u << index;
        if (!readField(index)) return false;
    }
    if (c.failed()) return false;
    if (std::uint32_t missing = fields.required & ~seen) {
        int index = 0;
        while (!(missing & (1u << index)))
            ++index;
        return c.fail("missing the required field " + quoted(fields.names[index]));
    }
    return true;
}

inline bool readInt(json::Cursor& c, int& out) {
    std::int64_t value = 0;
    if (!c.readInteger(value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max())) return false;
    out = static_cast<int>(value);
    return true;
}

inline bool readInt64(json::Cursor& c, std::int64_t& out) {
    return c.readInteger(out, std::numeric_limits<std::int64_t>::min() / 2,
                         std::numeric_limits<std::int64_t>::max() / 2);
}

inline bool readCount(json::Cursor& c, std::uint32_t& out) {
    std::int64_t value = 0;
    if (!c.readInteger(value, 1, std::numeric_limits<std::uint32_t>::max())) return false;
    out = static_cast<std::uint32_t>(value);
    return true;
}

template <typename Tag> bool readId(json::Cursor& c, cadence::Id<Tag>& out) {
    return readCount(c, out.value);
}

inline bool readInstant(json::Cursor& c, Instant& out) {
    std::string scratch;
    std::string_view text;
    if (!c.readStringView(text, scratch)) return false;
    std::optional<Instant> at = parseIsoInstant(text);
    if (!at) return c.fail(quoted(text) + " is not a time; expected ISO 8601 like \"2026-11-24T09:30:00Z\"");
    out = *at;
    return true;
}

// "HH:MM:SS", 24-hour clock.
inline bool readTimeOfDay(json::Cursor& c, TimeOfDay& out) {
    std::string scratch;
    std::string_view t;
    if (!c.readStringView(t, scratch)) return false;
    auto digit = [&](std::size_t i) { return t[i] >= '0' && t[i] <= '9'; };
    bool shape = t.size() == 8 && digit(0) && digit(1) && t[2] == ':' && digit(3) && digit(4) &&
                 t[5] == ':' && digit(6) && digit(7);
    TimeOfDay time;
    if (shape) {
        time.hour = (t[0] - '0') * 10 + (t[1] - '0');
        time.minute = (t[3] - '0') * 10 + (t[4] - '0');
        time.second = (t[6] - '0') * 10 + (t[7] - '0');
    }
    if (!shape || time.hour > 23 || time.minute > 59 || time.second > 59)
        return c.fail(quoted(t) + " is not a time of day; expected \"HH:MM:SS\" like \"09:30:00\"");
    out = time;
    return true;
}

// An enum by its snake_case name: 'unknown stage "hott"; expected one of new, contacted, ...'.
template <typename Enum, std::size_t Count, typename FromString, typename ToString>
bool readEnum(json::Cursor& c, Enum& out, std::string_view what, FromString fromString, ToString toStringFn) {
    std::string scratch;
    std::string_view name;
    if (!c.readStringView(name, scratch)) return false;
    std::optional<Enum> value = fromString(name);
    if (!value)
        return c.fail(std::string("unknown ").append(what).append(" ") + quoted(name) + "; " +
                      json::expectedOneOf<Enum>(Count, toStringFn));
    out = *value;
    return true;
}

// null, or a value read by readValue(cursor, value).
template <typename T, typename ReadValue>
bool readOptional(json::Cursor& c, std::optional<T>& out, ReadValue readValue) {
    if (c.takeNull()) {
        out.reset();
        return !c.failed();
    }
    T value{};
    if (!readValue(c, value)) return false;
    out = std::move(value);
    return true;
}

} // namespace cadence::backup

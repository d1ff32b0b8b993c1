// The text-level parts of json_writer.h: string escaping and fixed-width time formatting.
#include "core/json_writer.h"

#include "core/time_civil.h"

namespace cadence::json {
namespace {

void putTwoDigits(char* at, std::int64_t value) {
    at[0] = static_cast<char>('0' + value / 10);
    at[1] = static_cast<char>('0' + value % 10);
}

} // namespace

void Writer::putQuoted(std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    put('"');
    std::size_t runStart = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        put(text.substr(runStart, i - runStart));
        runStart = i + 1;
        switch (c) {
        case '"':
            put("\\\"");
            break;
        case '\\':
            put("\\\\");
            break;
        case '\n':
            put("\\n");
            break;
        case '\r':
            put("\\r");
            break;
        case '\t':
            put("\\t");
            break;
        case '\b':
            put("\\b");
            break;
        case '\f':
            put("\\f");
            break;
        default:
            put("\\u00");
            put(kHex[c >> 4]);
            put(kHex[c & 0xF]);
        }
    }
    put(text.substr(runStart));
    put('"');
}

void Writer::putQuotedInstant(Instant at) {
    std::int64_t days = detail::floorDiv(at.unixSeconds, kSecondsPerDay);
    std::int64_t seconds = detail::floorMod(at.unixSeconds, kSecondsPerDay);
    CivilDate date = civilFromDays(days);
    if (date.year < 0 || date.year > 9999) {
        // Outside ISO 8601's four-digit years; written as formatIsoInstant does (and refused on
        // load, which documents the limit rather than inventing an extended syntax).
        putQuoted(formatIsoInstant(at));
        return;
    }
    char text[23] = "\"0000-00-00T00:00:00Z\"";
    putTwoDigits(text + 1, date.year / 100);
    putTwoDigits(text + 3, date.year % 100);
    putTwoDigits(text + 6, date.month);
    putTwoDigits(text + 9, date.day);
    putTwoDigits(text + 12, seconds / 3600);
    putTwoDigits(text + 15, seconds / 60 % 60);
    putTwoDigits(text + 18, seconds % 60);
    put(std::string_view(text, 22));
}

void Writer::putQuotedTimeOfDay(TimeOfDay time) {
    if (time.hour < 0 || time.hour > 99 || time.minute < 0 || time.minute > 99 || time.second < 0 ||
        time.second > 99) {
        // Not a time of day at all (the engine's validation refuses these); keep it visible.
        putQuoted(std::to_string(time.hour) + ":" + std::to_string(time.minute) + ":" +
                              std::to_string(time.second));
        return;
    }
    char text[10] = "\"00:00:00";
    putTwoDigits(text + 1, time.hour);
    putTwoDigits(text + 4, time.minute);
    putTwoDigits(text + 7, time.second);
    put(std::string_view(text, 9));
    put('"');
}

} // namespace cadence::json

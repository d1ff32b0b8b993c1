// A strict parser for POSIX TZ rule strings, the form tzdata ends every zone file with:
//   std offset [dst [offset] ,start[/time],end[/time]]
// e.g. "CET-1CEST,M3.5.0,M10.5.0/3", "<+0530>-5:30", "<-02>2<-01>,M3.5.0/-1,M10.5.0/0".
// POSIX offsets count west of UTC ("EST5" is UTC-5); Rule stores seconds east. Transition times
// follow the tzdata extension: signed and up to 167 hours. Julian-day dates ("Jn", "n") and a
// daylight name without dates are rejected: no current tzdata zone uses them. Any input is safe:
// the parser only reads inside the string_view and bounds every number before arithmetic.
#include "core/time.h"

namespace cadence {
namespace {

class RuleReader {
  public:
    explicit RuleReader(std::string_view text) : text_(text) {}

    bool atEnd() const { return pos_ == text_.size(); }
    bool peek(char c) const { return pos_ < text_.size() && text_[pos_] == c; }
    bool accept(char c) {
        if (!peek(c)) return false;
        ++pos_;
        return true;
    }

    // "EST" (3+ letters) or "<+0530>" (3+ letters, digits, '+' or '-' in angle brackets).
    bool zoneName() {
        std::size_t length = 0;
        if (accept('<')) {
            while (pos_ < text_.size() && (isAlpha(text_[pos_]) || isDigit(text_[pos_]) ||
                                           text_[pos_] == '+' || text_[pos_] == '-')) {
                ++pos_;
                ++length;
            }
            return length >= 3 && accept('>');
        }
        while (pos_ < text_.size() && isAlpha(text_[pos_])) {
            ++pos_;
            ++length;
        }
        return length >= 3;
    }

    // [+-]hh[:mm[:ss]] with hh up to maxHours; returns seconds in the string's own sign convention.
    std::optional<std::int64_t> signedDuration(int maxHours) {
        std::int64_t sign = 1;
        if (accept('-'))
            sign = -1;
        else
            accept('+');
        std::int64_t hours = 0, minutes = 0, seconds = 0;
        if (!number(1, 3, hours) || hours > maxHours) return std::nullopt;
        if (accept(':')) {
            if (!number(2, 2, minutes) || minutes > 59) return std::nullopt;
            if (accept(':') && (!number(2, 2, seconds) || seconds > 59)) return std::nullopt;
        }
        return sign * (hours * 3600 + minutes * 60 + seconds);
    }

    // "Mm.w.d": month 1..12, week 1..5 (5 = the last), weekday 0..6 (Sunday = 0).
    bool monthWeekDay(int& month, int& week, int& weekday) {
        std::int64_t m = 0, w = 0, d = 0;
        if (!accept('M') || !number(1, 2, m) || m < 1 || m > 12 || !accept('.') || !number(1, 1, w) ||
            w < 1 || w > 5 || !accept('.') || !number(1, 1, d) || d > 6)
            return false;
        month = static_cast<int>(m);
        week = static_cast<int>(w);
        weekday = static_cast<int>(d);
        return true;
    }

  private:
    static bool isAlpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    // Between minDigits and maxDigits ASCII digits; the cap keeps the value far from overflow.
    bool number(std::size_t minDigits, std::size_t maxDigits, std::int64_t& out) {
        std::size_t start = pos_;
        out = 0;
        while (pos_ < text_.size() && pos_ - start < maxDigits && isDigit(text_[pos_]))
            out = out * 10 + (text_[pos_++] - '0');
        return pos_ - start >= minDigits && (pos_ == text_.size() || !isDigit(text_[pos_]));
    }

    std::string_view text_;
    std::size_t pos_ = 0;
};

// POSIX limits offsets to 24 hours; tzdata lets transition times reach 167 hours (a week).
constexpr int kMaxOffsetHours = 24;
constexpr int kMaxTransitionHours = 167;

} // namespace

std::optional<TimeZone> TimeZone::fromPosixRule(std::string_view posixRule) {
    RuleReader reader(posixRule);
    Rule rule;
    if (!reader.zoneName()) return std::nullopt;
    auto standardWest = reader.signedDuration(kMaxOffsetHours);
    if (!standardWest) return std::nullopt;
    rule.standardOffset = -*standardWest;
    rule.daylightOffset = rule.standardOffset;
    if (!reader.atEnd()) {
        if (!reader.zoneName()) return std::nullopt;
        rule.hasDaylight = true;
        rule.daylightOffset = rule.standardOffset + 3600; // POSIX default: one hour ahead
        if (!reader.peek(',')) {
            auto daylightWest = reader.signedDuration(kMaxOffsetHours);
            if (!daylightWest) return std::nullopt;
            rule.daylightOffset = -*daylightWest;
        }
        if (!reader.accept(',') || !reader.monthWeekDay(rule.startMonth, rule.startWeek, rule.startWeekday))
            return std::nullopt;
        if (reader.accept('/')) {
            auto time = reader.signedDuration(kMaxTransitionHours);
            if (!time) return std::nullopt;
            rule.startTime = *time;
        }
        if (!reader.accept(',') || !reader.monthWeekDay(rule.endMonth, rule.endWeek, rule.endWeekday))
            return std::nullopt;
        if (reader.accept('/')) {
            auto time = reader.signedDuration(kMaxTransitionHours);
            if (!time) return std::nullopt;
            rule.endTime = *time;
        }
    }
    if (!reader.atEnd()) return std::nullopt;
    TimeZone zone;
    zone.name_ = std::string(posixRule);
    zone.rule_ = rule;
    zone.tabulateTransitions();
    return zone;
}

} // namespace cadence

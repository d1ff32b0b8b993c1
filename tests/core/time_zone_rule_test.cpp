// POSIX TZ rule strings: what the parser accepts, what it rejects, and that no input crashes it.
#include "time_test_support.h"
#include "core/generator.h"

#include <cstdint>
#include <limits>
#include <string>

using namespace cadence;
using cadence::test::iso;

TEST_CASE("POSIX rules read offsets west of UTC and store them east, with daylight time an hour ahead by "
          "default") {
    auto paris = TimeZone::fromPosixRule("CET-1CEST,M3.5.0,M10.5.0/3");
    TIME_CHECK_OR_RETURN(paris);
    CHECK(paris->name() == "CET-1CEST,M3.5.0,M10.5.0/3");
    CHECK(paris->offsetAt(iso("2026-01-15T12:00:00Z")) == 3600);
    CHECK(paris->offsetAt(iso("2026-07-15T12:00:00Z")) == 7200);
    auto newYork = TimeZone::fromPosixRule("EST5EDT,M3.2.0,M11.1.0");
    TIME_CHECK_OR_RETURN(newYork);
    CHECK(newYork->offsetAt(iso("2026-01-15T12:00:00Z")) == -5 * 3600);
    CHECK(newYork->offsetAt(iso("2026-07-15T12:00:00Z")) == -4 * 3600);
    CHECK(TimeZone::fromPosixRule("<-03>3")->offsetAt(Instant{0}) == -3 * 3600);
    CHECK(TimeZone::fromPosixRule("<+0545>-5:45")->offsetAt(Instant{0}) == 5 * 3600 + 45 * 60);
    CHECK(TimeZone::fromPosixRule("NST3:30NDT,M3.2.0,M11.1.0")->offsetAt(Instant{0}) == -(3 * 3600 + 1800));
    CHECK(TimeZone::fromPosixRule("UTC0")->offsetAt(Instant{0}) == 0);
    CHECK(TimeZone::fromPosixRule("XXX+1:02:03")->offsetAt(Instant{0}) == -3723);
    // An explicit daylight offset (Lord Howe: half an hour) and one given with seconds.
    auto lordHowe = TimeZone::fromPosixRule("<+1030>-10:30<+11>-11,M10.1.0,M4.1.0");
    TIME_CHECK_OR_RETURN(lordHowe);
    CHECK(lordHowe->offsetAt(iso("2026-01-15T00:00:00Z")) == 11 * 3600);
    CHECK(lordHowe->offsetAt(iso("2026-07-15T00:00:00Z")) == 10 * 3600 + 1800);
}

TEST_CASE("transition times may be negative or past 24 hours, as tzdata writes them") {
    // Gaza: the Saturday after the fourth Thursday (Thursday + 50 hours = Saturday 02:00).
    auto gaza = TimeZone::fromPosixRule("EET-2EEST,M3.4.4/50,M10.4.4/50");
    TIME_CHECK_OR_RETURN(gaza);
    // 2026: the fourth Thursday of March is the 26th, so Saturday 28 March 02:00 EET = 00:00Z.
    CHECK(gaza->offsetAt(iso("2026-03-27T23:59:59Z")) == 2 * 3600);
    CHECK(gaza->offsetAt(iso("2026-03-28T00:00:00Z")) == 3 * 3600);
    auto godthab = TimeZone::fromPosixRule("<-02>2<-01>,M3.5.0/-1,M10.5.0/0");
    TIME_CHECK_OR_RETURN(godthab);
    CHECK(godthab->offsetAt(iso("2026-03-29T00:59:59Z")) == -2 * 3600);
    CHECK(godthab->offsetAt(iso("2026-03-29T01:00:00Z")) == -1 * 3600);
    auto santiago = TimeZone::fromPosixRule("<-04>4<-03>,M9.1.6/24,M4.1.6/24");
    TIME_CHECK_OR_RETURN(santiago);
    CHECK(santiago->offsetAt(iso("2026-09-06T03:59:59Z")) == -4 * 3600);
    CHECK(santiago->offsetAt(iso("2026-09-06T04:00:00Z")) == -3 * 3600);
    CHECK(TimeZone::fromPosixRule("AAA3BBB,M3.2.0/167,M11.1.0/-167").has_value());
    CHECK(TimeZone::fromPosixRule("AAA3BBB,M3.2.0/+2:30:15,M11.1.0/2").has_value());
}

TEST_CASE("malformed, out-of-range and unsupported POSIX rules are rejected") {
    const char* rejected[] = {
        "",
        "CET",  // no offset
        "CE-1", // names need three characters
        "<+1>-1",
        "<+01-1", // unterminated <
        "<+0 1>-1",
        "CET-25", // offsets stop at 24 hours
        "CET-1:60",
        "CET-1:5", // minutes take two digits
        "CET-1:00:60",
        "CET-",
        "CET+",
        "CET-1 ",
        " CET-1",
        "CET-1CEST", // daylight time needs its dates
        "CET-1CEST,M3.5.0",
        "CET-1CEST,M3.5.0,",
        "CET-1CEST,M3.5.0,M10.5.0,",
        "CET-1CEST,M3.5.0,M10.5.0/",
        "CET-1CEST,M3.5.0,M10.5.0/3x",
        "CET-1CEST,M13.5.0,M10.5.0",
        "CET-1CEST,M0.5.0,M10.5.0",
        "CET-1CEST,M3.6.0,M10.5.0",
        "CET-1CEST,M3.0.0,M10.5.0",
        "CET-1CEST,M3.5.7,M10.5.0",
        "CET-1CEST,M3.5,M10.5.0",
        "CET-1CEST,M3..0,M10.5.0",
        "CET-1CEST,M003.5.0,M10.5.0",
        "CET-1CEST,M3.5.0/168,M10.5.0", // transition times stop at 167 hours
        "CET-1CEST,M3.5.0/1000,M10.5.0",
        "CET-1CEST,J60,J300", // Julian days: not used by tzdata, not supported
        "CET-1CEST,60,300",
        "CET-1CEST-25,M3.5.0,M10.5.0",
        "CET-1CEST1x,M3.5.0,M10.5.0",
        "EST5EDT,M3.2.0,M11.1.0\n",
        "Europe/Paris",
        "CET-99999999999999999999",
    };
    for (const char* rule : rejected) {
        CAPTURE(rule);
        CHECK_FALSE(TimeZone::fromPosixRule(rule).has_value());
    }
}

namespace {

// The "fuzz" cases use the generator's SplitMix64, so they are the same on every run and platform.

// Uses a zone the way the app would, so a bad rule that parses still cannot crash a query.
void exercise(const TimeZone& zone, SplitMix64& random) {
    for (int i = 0; i < 4; ++i) {
        Instant at{static_cast<std::int64_t>(random.next())};
        LocalDateTime local = zone.toLocal(at);
        (void)zone.toInstant(local);
        (void)zone.startOfDay(local.date);
    }
    (void)zone.toLocal(Instant{std::numeric_limits<std::int64_t>::max()});
    (void)zone.toLocal(Instant{std::numeric_limits<std::int64_t>::min()});
    (void)zone.toInstant({{std::numeric_limits<int>::max(), 12, 31}, {23, 59, 59}});
    (void)zone.toInstant({{std::numeric_limits<int>::min(), 1, 1}, {0, 0, 0}});
}

} // namespace

TEST_CASE("mutated rule strings and ISO texts never crash the parsers or the zone arithmetic") {
    const std::string seeds[] = {
        "CET-1CEST,M3.5.0,M10.5.0/3",      "<+1245>-12:45<+1345>,M9.5.0/2:45,M4.1.0/3:45",
        "<-02>2<-01>,M3.5.0/-1,M10.5.0/0", "EET-2EEST,M3.4.4/50,M10.4.4/50",
        "2026-03-29T01:30:00.250+02:00",
    };
    const char alphabet[] = "<>+-:,./0123456789MJAZTEST\0\xff";
    SplitMix64 random{2026};
    int accepted = 0;
    for (int round = 0; round < 20000; ++round) {
        std::string text = seeds[random.next() % std::size(seeds)];
        for (int edits = 1 + static_cast<int>(random.next() % 4); edits > 0; --edits) {
            std::size_t pos = text.empty() ? 0 : random.next() % (text.size() + 1);
            char c = alphabet[random.next() % (sizeof alphabet - 1)];
            switch (random.next() % 3) {
            case 0:
                text.insert(pos, 1, c);
                break;
            case 1:
                if (pos < text.size()) text.erase(pos, 1);
                break;
            default:
                if (pos < text.size()) text[pos] = c;
                break;
            }
        }
        if (auto zone = TimeZone::fromPosixRule(text)) {
            ++accepted;
            exercise(*zone, random);
        }
        (void)TimeZone::fromName(text);
        (void)parseIsoInstant(text);
        (void)parseIsoDate(text);
    }
    CHECK(accepted > 0); // some mutations stay valid, so the arithmetic is exercised too
}

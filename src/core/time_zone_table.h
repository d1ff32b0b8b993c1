// The compiled-in zone table: IANA names and their current POSIX TZ rules, sorted by name.
// Generated into time_zone_table.cpp by tools/generate_zone_table.py; TimeZone::fromName reads it.
// A zone picker can list the names from here too.
#pragma once

#include <span>
#include <string_view>

namespace cadence::detail {

struct ZoneRuleEntry {
    std::string_view name; // "Europe/Paris"
    std::string_view rule; // "CET-1CEST,M3.5.0,M10.5.0/3"
};

// Sorted by name (byte order), so std::lower_bound finds a name.
std::span<const ZoneRuleEntry> zoneRuleTable();
// The tzdata release the table was generated from, e.g. "2025b".
std::string_view zoneRuleTableVersion();

} // namespace cadence::detail

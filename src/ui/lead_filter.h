// What the Leads table shows: search text plus filters. Other views open the table with a
// filter (Health's "never contacted" opens exactly those leads).
#pragma once

#include "core/enums.h"
#include "core/ids.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace cadence::ui {

struct LeadFilter {
    std::string search;                                 // names, phones, emails, tags (any case)
    std::array<bool, kStageCount> stages{};             // all false: every stage but archived
    std::array<bool, kTemperatureCount> temperatures{}; // all false: every temperature
    std::string tag;                                    // exact tag (any case); empty: any
    std::optional<PlanId> plan;                         // live enrollment in this plan
    int noTouchDays = 0;                                // > 0: last touch older than this (or none)
    bool neverContacted = false;                        // no touch at all
    // Set by other views: exactly these leads, described by `idsLabel` ("Never contacted").
    std::optional<std::vector<LeadId>> ids;
    std::string idsLabel;

    bool any() const {
        for (bool b : stages)
            if (b) return true;
        for (bool b : temperatures)
            if (b) return true;
        return !search.empty() || !tag.empty() || plan || noTouchDays > 0 || neverContacted || ids;
    }
    friend bool operator==(const LeadFilter&, const LeadFilter&) = default;
};

} // namespace cadence::ui

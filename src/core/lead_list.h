// A saved smart list: a named filter over the leads ("Hot, no touch in 7 days") that the Leads
// view offers as one click. Lists live in the Settings, so they are saved with every edit, travel
// in backups and change only through EditSettings (one undo step each).
#pragma once

#include "core/enums.h"
#include "core/ids.h"
#include "core/result.h"

#include <optional>
#include <string>
#include <vector>

namespace cadence {

struct SavedLeadList {
    std::string name;
    std::string search;                    // names, phones, emails, tags (any case)
    std::vector<Stage> stages;             // empty: every stage but archived
    std::vector<Temperature> temperatures; // empty: every temperature
    std::string tag;                       // exact tag (any case); empty: any
    std::optional<PlanId> planId;          // a live enrollment in this plan; a deleted plan matches none
    int noTouchDays = 0;                   // > 0: no touch for this many days (or never)
    bool neverContacted = false;
    friend bool operator==(const SavedLeadList&, const SavedLeadList&) = default;
};

constexpr std::size_t kMaxSavedLists = 50;
constexpr std::size_t kMaxSavedListNameBytes = 80;
constexpr int kMaxNoTouchDays = 3650;

// Names must be present, short and distinct (ignoring ASCII case); the error names the list.
Status validateSavedLists(const std::vector<SavedLeadList>& lists);

} // namespace cadence

// Finds the lead here that an incoming lead (from a backup being merged) is the same person as:
// the same id (when that lead also has the same name, an email or a phone in common: another
// device numbers its own leads), else the same email, else the same phone (contact_format.h's
// keys, so formatting and case do not matter). Leads added during a merge are remembered, so two incoming records of
// one person become one lead. Used by the MergeWorkspace command and by the restore preview.
//
//   LeadMatcher matcher(ws);
//   if (std::optional<LeadId> here = matcher.match(incoming)) ...; else matcher.remember(added);
#pragma once

#include "core/lead.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

namespace cadence {

class Workspace;
struct WorkspaceData;

class LeadMatcher {
  public:
    explicit LeadMatcher(const Workspace& workspace);
    std::optional<LeadId> match(const Lead& incoming) const;
    void remember(const Lead& lead); // under lead.id
  private:
    const Workspace& workspace_;
    std::uint32_t firstNewId_;
    std::unordered_map<std::string, LeadId> byEmail_, byPhone_;
};

// What a merge would do, for the restore preview ("12 leads match, 30 are new, 400 touches added").
struct MergeSummary {
    std::size_t matchedLeads = 0, newLeads = 0;
};
MergeSummary previewMerge(const Workspace& workspace, const WorkspaceData& incoming);

} // namespace cadence

// See lead_matcher.h.
#include "core/lead_matcher.h"

#include "core/contact_format.h"
#include "core/workspace.h"

namespace cadence {

LeadMatcher::LeadMatcher(const Workspace& workspace)
    : workspace_(workspace), firstNewId_(workspace.nextIds().lead) {
    for (const auto& slot : workspace.leadSlots())
        if (slot) remember(*slot);
}

void LeadMatcher::remember(const Lead& lead) {
    for (const EmailAddress& email : lead.emails)
        if (std::string key = emailKey(email.address); !key.empty()) byEmail_.emplace(key, lead.id);
    for (const PhoneNumber& phone : lead.phones)
        if (std::string key = phoneKey(phone.number); !key.empty()) byPhone_.emplace(key, lead.id);
}

namespace {

// An id is only trusted with a second sign: a backup from another device numbers its own leads.
bool samePerson(const Lead& a, const Lead& b) {
    if (trimWhitespace(a.name) == trimWhitespace(b.name)) return true;
    for (const EmailAddress& x : a.emails)
        for (const EmailAddress& y : b.emails)
            if (emailKey(x.address) == emailKey(y.address)) return true;
    for (const PhoneNumber& x : a.phones)
        for (const PhoneNumber& y : b.phones)
            if (phoneKey(x.number) == phoneKey(y.number)) return true;
    return false;
}

} // namespace

std::optional<LeadId> LeadMatcher::match(const Lead& incoming) const {
    // Leads this merge adds get ids from firstNewId_ on: an incoming id there is someone else.
    if (incoming.id.value < firstNewId_)
        if (const Lead* same = workspace_.lead(incoming.id); same && samePerson(*same, incoming)) return incoming.id;
    for (const EmailAddress& email : incoming.emails)
        if (auto it = byEmail_.find(emailKey(email.address)); it != byEmail_.end()) return it->second;
    for (const PhoneNumber& phone : incoming.phones)
        if (auto it = byPhone_.find(phoneKey(phone.number)); it != byPhone_.end()) return it->second;
    return std::nullopt;
}

MergeSummary previewMerge(const Workspace& workspace, const WorkspaceData& incoming) {
    LeadMatcher matcher(workspace);
    MergeSummary summary;
    std::uint32_t provisionalId = workspace.nextIds().lead; // as the merge would number them
    for (const Lead& lead : incoming.leads) {
        if (matcher.match(lead)) {
            ++summary.matchedLeads;
            continue;
        }
        ++summary.newLeads;
        Lead added = lead;
        added.id = LeadId{provisionalId++};
        matcher.remember(added);
    }
    return summary;
}

} // namespace cadence

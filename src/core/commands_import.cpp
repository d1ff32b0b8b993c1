// The bulk commands: ImportLeads (CSV, vCard) and MergeWorkspace (a backup restored with merge).
// Both validate before changing anything that could fail, then change records through the
// Workspace primitives, so a refusal leaves the workspace as it was and success is one undo step.
#include "core/commands_execution.h"
#include "core/contact_format.h"
#include "core/lead_matcher.h"

#include <unordered_map>
#include <unordered_set>

namespace cadence {

Result<Applied> CommandExecution::run(const ImportLeads& c) {
    if (c.leads.empty()) return Error{"leads", "there is nothing to import"};
    for (std::size_t i = 0; i < c.leads.size(); ++i)
        if (Status s = validateLead(c.leads[i]); !s)
            return Error{"leads[" + std::to_string(i) + "]." + s.error().where, s.error().reason};
    std::optional<PlanId> plan = ws.settings().newLeadPlanId;
    bool enrolNow = c.enrol && plan && ws.plan(*plan);
    std::uint32_t firstId = ws.nextIds_.lead;
    for (const Lead& incoming : c.leads) {
        Lead lead = incoming;
        lead.id = LeadId{ws.nextIds_.lead++};
        at = lead.createdAt;
        ws.putLead(lead.id.value, std::move(lead));
        affect(LeadId{ws.nextIds_.lead - 1});
        if (enrolNow) enrol(LeadId{ws.nextIds_.lead - 1}, *plan);
    }
    return Applied{firstId};
}

namespace {

// Adds to `into` what it lacks from `from`; never overwrites. True when something changed.
bool mergeLeadInto(Lead& into, const Lead& from) {
    Lead before = into;
    for (const PhoneNumber& phone : from.phones) {
        bool known = false;
        for (const PhoneNumber& mine : into.phones) known = known || phoneKey(mine.number) == phoneKey(phone.number);
        if (!known) into.phones.push_back(phone);
    }
    for (const EmailAddress& email : from.emails) {
        bool known = false;
        for (const EmailAddress& mine : into.emails) known = known || emailKey(mine.address) == emailKey(email.address);
        if (!known) into.emails.push_back(email);
    }
    for (const std::string& tag : from.tags)
        if (std::find(into.tags.begin(), into.tags.end(), tag) == into.tags.end()) into.tags.push_back(tag);
    for (const KeyDate& date : from.keyDates)
        if (!findKeyDate(into, date.name)) into.keyDates.push_back(date);
    if (into.address.empty()) into.address = from.address;
    if (into.source.empty()) into.source = from.source;
    if (into.notes.empty()) into.notes = from.notes;
    if (!into.preferredChannel) into.preferredChannel = from.preferredChannel;
    return !(into == before);
}

// Exact for the instants a backup can hold (years 0000-9999 need 39 bits of seconds).
std::uint64_t touchKey(const Touch& touch) {
    return (static_cast<std::uint64_t>(touch.at.unixSeconds) << 8) | (static_cast<std::uint64_t>(touch.channel) << 4) |
           static_cast<std::uint64_t>(touch.outcome);
}

} // namespace

Result<Applied> CommandExecution::run(const MergeWorkspace& c) {
    if (!c.incoming) return Error{"", "there is nothing to merge"};
    const WorkspaceData& in = *c.incoming;
    at = c.at;
    for (std::size_t i = 0; i < in.leads.size(); ++i)
        if (Status s = validateLead(in.leads[i]); !s)
            return Error{"leads[" + std::to_string(i) + "]." + s.error().where, s.error().reason};

    LeadMatcher matcher(ws);
    std::unordered_map<std::uint32_t, LeadId> leadHere;     // incoming lead id -> lead here
    std::unordered_set<std::uint32_t> added;                 // incoming ids of leads added
    for (const Lead& incoming : in.leads) {
        if (std::optional<LeadId> match = matcher.match(incoming)) {
            leadHere[incoming.id.value] = *match;
            Lead merged = *ws.lead(*match);
            if (mergeLeadInto(merged, incoming)) ws.putLead(match->value, std::move(merged));
            affect(*match);
            continue;
        }
        Lead lead = incoming;
        lead.id = LeadId{ws.nextIds_.lead++};
        matcher.remember(lead);
        leadHere[incoming.id.value] = lead.id;
        added.insert(incoming.id.value);
        ws.putLead(lead.id.value, std::move(lead));
        affect(leadHere[incoming.id.value]);
    }

    // Enrollments of added leads continue in the plan of the same name here.
    std::unordered_map<std::uint32_t, const Plan*> planByIncomingId;
    for (const Plan& plan : in.plans)
        if (const Plan* here = ws.planNamed(plan.name)) planByIncomingId[plan.id.value] = here;
    std::unordered_map<std::uint32_t, EnrollmentId> enrollmentHere;
    for (const Enrollment& incoming : in.enrollments) {
        auto plan = planByIncomingId.find(incoming.planId.value);
        if (!added.count(incoming.leadId.value) || plan == planByIncomingId.end()) continue;
        Enrollment e = incoming;
        e.id = EnrollmentId{ws.nextIds_.enrollment++};
        e.leadId = leadHere[incoming.leadId.value];
        e.planId = plan->second->id;
        e.nextStepIndex = std::min<int>(e.nextStepIndex, static_cast<int>(plan->second->steps.size()));
        e.rules.resize(plan->second->recurring.size());
        enrollmentHere[incoming.id.value] = e.id;
        ws.putEnrollment(e.id.value, std::move(e));
    }

    // The touches each lead has, as (time, channel, outcome) keys, filled when first needed.
    std::unordered_map<std::uint32_t, std::unordered_set<std::uint64_t>> touchKeys;
    auto keysOf = [&](LeadId lead) -> std::unordered_set<std::uint64_t>& {
        auto [it, fresh] = touchKeys.try_emplace(lead.value);
        if (fresh)
            for (TouchId id : ws.activity(lead).touches) it->second.insert(touchKey(*ws.touch(id)));
        return it->second;
    };
    for (const Touch& incoming : in.touches) {
        auto lead = leadHere.find(incoming.leadId.value);
        if (lead == leadHere.end()) continue;
        if (!keysOf(lead->second).insert(touchKey(incoming)).second) continue; // already there
        Touch touch = incoming;
        touch.id = TouchId{ws.nextIds_.touch++};
        touch.leadId = lead->second;
        auto enrollment = incoming.enrollmentId ? enrollmentHere.find(incoming.enrollmentId->value) : enrollmentHere.end();
        if (enrollment == enrollmentHere.end()) {
            touch.enrollmentId.reset();
            touch.stepIndex.reset();
            touch.ruleIndex.reset();
        } else {
            touch.enrollmentId = enrollment->second;
        }
        // The phone/email order of a matched lead may differ: let the touch name none.
        if (!added.count(incoming.leadId.value)) touch.contactIndex.reset();
        ws.putTouch(touch.id.value, std::move(touch));
    }
    return Applied{};
}

} // namespace cadence

// Helpers shared by the engine's test suites: instants from ISO text, a lead in one line, and
// a workspace with the default plans in a given zone.
#pragma once

#include "core/agenda.h"
#include "core/default_plans.h"
#include "core/health.h"
#include "core/workspace.h"

#include <doctest/doctest.h>

#include <string>

namespace cadence::enginetest {

inline Instant iso(const char* text) {
    std::optional<Instant> at = parseIsoInstant(text);
    CHECK_MESSAGE(at.has_value(), text);
    return *at;
}

inline std::string iso(Instant at) {
    return formatIsoInstant(at);
}

inline Lead makeLead(std::string name, Instant createdAt, Temperature temperature = Temperature::Warm) {
    Lead lead;
    lead.name = std::move(name);
    lead.phones.push_back({"mobile", "+1 555 0100", false});
    lead.emails.push_back({"home", "lead@example.com", false});
    lead.temperature = temperature;
    lead.createdAt = createdAt;
    return lead;
}

// An ad hoc call logged on a lead.
inline Touch callTouch(LeadId lead, Instant at, Outcome outcome = Outcome::NoAnswer) {
    Touch touch;
    touch.leadId = lead;
    touch.at = at;
    touch.channel = Channel::Call;
    touch.outcome = outcome;
    return touch;
}

// Enum names for CHECKs (doctest would otherwise try to print the enum through our toString).
template <typename Enum> std::string str(Enum value) {
    return std::string(toString(value));
}

inline LeadId addLead(Workspace& ws, Lead lead, bool enrol = true) {
    Result<Applied> applied = ws.apply(AddLead{std::move(lead), enrol});
    CHECK_MESSAGE(applied.ok(), (applied.ok() ? "" : applied.error().describe()));
    return LeadId{applied->createdId};
}

inline void applyOk(Workspace& ws, const Command& command) {
    Result<Applied> applied = ws.apply(command);
    CHECK_MESSAGE(applied.ok(), (applied.ok() ? "" : applied.error().describe()));
}

// The lead's live enrollment in the plan with this name (there is at most one).
inline const Enrollment* enrollmentIn(const Workspace& ws, LeadId lead, std::string_view planName) {
    const Plan* plan = ws.planNamed(planName);
    if (!plan) return nullptr;
    for (EnrollmentId id : ws.activity(lead).enrollments)
        if (const Enrollment* e = ws.enrollment(id); e->isLive() && e->planId == plan->id) return e;
    return nullptr;
}

// The pending step (not rule) of an enrollment.
inline std::optional<DueItem> pendingStep(const Workspace& ws, EnrollmentId id) {
    for (const DueItem& item : ws.pendingItems(id))
        if (!item.item.isRule) return item;
    return std::nullopt;
}

// Logs a touch fulfilling a pending item at its due time (or `at`).
inline TouchId logFor(Workspace& ws, const Enrollment& e, const DueItem& item, Outcome outcome,
                      std::optional<Instant> at = std::nullopt) {
    Touch touch;
    touch.leadId = e.leadId;
    touch.at = at.value_or(item.due);
    touch.channel = item.channel;
    touch.outcome = outcome;
    touch.enrollmentId = e.id;
    if (item.item.isRule)
        touch.ruleIndex = item.item.index;
    else
        touch.stepIndex = item.item.index;
    Result<Applied> applied = ws.apply(LogTouch{touch});
    CHECK_MESSAGE(applied.ok(), (applied.ok() ? "" : applied.error().describe()));
    return TouchId{applied->createdId};
}

} // namespace cadence::enginetest

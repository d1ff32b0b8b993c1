// Today: one prioritised list of who to contact at a given instant.
//
// Sections, in this order (AgendaSection):
//   1. NewLead    — pending items due now or earlier for leads never touched and still in stage
//                   `new` (speed to lead), oldest lead first; each shows the lead's age.
//   2. Overdue    — due more than kDueNowGrace before `now`, most overdue first.
//   3. DueNow     — due within the grace period up to `now`.
//   4. LaterToday — due after `now` but before the end of the user's local day.
// Within a section: due time, then hotter lead first, then lead id, enrollment id, and steps
// before rules by index, so the order is total and deterministic. Only active enrollments of
// active (non-archived) leads appear: paused and ended enrollments never do.
//
//   Agenda today = buildAgenda(ws, now);
//   for (const AgendaItem& item : today.items) show(*ws.lead(item.leadId), item);
#pragma once

#include "core/workspace.h"

#include <vector>

namespace cadence {

constexpr std::int64_t kDueNowGrace = kSecondsPerHour;

enum class AgendaSection { NewLead, Overdue, DueNow, LaterToday };
std::string_view toString(AgendaSection section);

struct AgendaItem {
    AgendaSection section = AgendaSection::DueNow;
    int priority = 0; // 1-based position in the agenda
    LeadId leadId;
    EnrollmentId enrollmentId;
    PlanId planId;
    PlanItemRef item;
    Channel channel = Channel::Call;
    std::optional<TemplateId> templateId;
    Instant due;
    int touchNumber = 0; // "touch 4 of 12" (0 for recurring rules)
    int touchCount = 0;
    std::int64_t leadAgeSeconds = 0; // now - lead.createdAt (speed to lead)
    std::int64_t overdueSeconds = 0; // now - due when positive, else 0
};

struct Agenda {
    Instant at;
    Instant endOfDay; // local midnight after `at`
    std::vector<AgendaItem> items;
    int count(AgendaSection section) const;
};

Agenda buildAgenda(const Workspace& workspace, Instant now);

} // namespace cadence

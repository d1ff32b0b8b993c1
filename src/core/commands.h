// Every change to a Workspace is a named command: plain data (so the storage layer can journal
// each one as a small record and replay it) applied with Workspace::apply. A command validates
// everything first and either applies completely or returns an Error and changes nothing. Each
// applied command is one undo step. Commands carry the instant they happen at; nothing reads
// the clock.
//
//   Result<Applied> r = ws.apply(AddLead{lead});
//   LeadId id{r->createdId};
//   ws.apply(LogTouch{Touch{.leadId = id, .at = now, .channel = Channel::Call, .outcome =
//   Outcome::NoAnswer}}); ws.undo();
#pragma once

#include "core/enrollment.h"
#include "core/lead.h"
#include "core/message_template.h"
#include "core/plan.h"
#include "core/settings.h"
#include "core/touch.h"

#include <cstdint>
#include <memory>
#include <vector>
#include <string_view>
#include <variant>

namespace cadence {

struct WorkspaceData; // workspace.h
// Shared and immutable, so a command holding a whole backup copies cheaply.
using WorkspaceDataRef = std::shared_ptr<const WorkspaceData>;

// Creates a lead (its id is assigned; `lead.id` is ignored). `lead.createdAt` starts the
// speed-to-lead clock, and unless `enrol` is false the lead is enrolled in
// Settings::newLeadPlanId from that instant (or the fallback plan when there is none).
struct AddLead {
    Lead lead;
    bool enrol = true;
};
// Replaces the lead with the same id. Archiving stops its enrollments; a stage named by a plan's
// `endOnStage` ends that enrollment and starts its follow-on plan at `at`.
struct EditLead {
    Lead lead;
    Instant at;
};
// Removes the lead with its enrollments and touches.
struct DeleteLead {
    LeadId id;
};
// Records a touch (id assigned). If it names an enrollment step or rule, that item completes;
// a contact (reached/replied) stops stop-on-reply plans and advances the stage; wrong number or
// bounced flags the phone/email used.
struct LogTouch {
    Touch touch;
};
struct Enrol {
    LeadId leadId;
    PlanId planId;
    Instant at;
};
// Takes the enrollment out of the agenda; with `until` (> `at`) it is due to resume then.
struct PauseEnrollment {
    EnrollmentId id;
    Instant at;
    std::optional<Instant> until = std::nullopt;
};
// Shifts the remaining steps (and interval timers) by the time spent paused.
struct ResumeEnrollment {
    EnrollmentId id;
    Instant at;
};
// Stops the enrollment; an active lead left without a live enrollment goes to the fallback plan.
struct StopEnrollment {
    EnrollmentId id;
    Instant at;
};
// Stops the enrollment and enrols the lead in another plan from `at`.
struct MoveToPlan {
    EnrollmentId id;
    PlanId planId;
    Instant at;
};
// Marks the pending step (or the next occurrence of a rule) as skipped without a touch.
struct SkipItem {
    EnrollmentId id;
    PlanItemRef item;
    Instant at;
};
// Makes the pending step (or the rule's next occurrence) due at `until` instead (> `at`).
struct SnoozeItem {
    EnrollmentId id;
    PlanItemRef item;
    Instant until;
    Instant at;
};
struct AddPlan {
    Plan plan; // id assigned
};
// Replaces the plan with the same id; live enrollments keep their progress (clamped to the new
// step list) and are rescheduled.
struct EditPlan {
    Plan plan;
    Instant at;
};
// Stops live enrollments in the plan (their leads go to the fallback plan) and removes it.
// Refused for the plans Settings names and for plans another plan follows on to.
struct DeletePlan {
    PlanId id;
    Instant at;
};
struct AddTemplate {
    MessageTemplate tpl; // id assigned
};
struct EditTemplate {
    MessageTemplate tpl;
};
// Refused while a plan step or rule uses the template.
struct DeleteTemplate {
    TemplateId id;
};
struct EditSettings {
    Settings settings;
    Instant at;
};

// Adds many leads at once (a CSV or vCard import): every lead is validated first, and one
// invalid lead refuses the whole command ("leads[41].phones: ..."), so an import is one undo
// step that applies everything or nothing. Ids are assigned in order; each lead keeps its
// createdAt and, unless `enrol` is false, joins the new-lead plan as AddLead does.
struct ImportLeads {
    std::vector<Lead> leads;
    bool enrol = true;
};
// Merges leads and their history from another workspace (a backup restored with "merge"). An
// incoming lead matches the lead here with the same id (and the same name, an email or a phone),
// else the same email, else the same phone (lead_matcher.h); a match gains the phones, emails, tags and key dates it lacks and its
// empty fields are filled, nothing here is overwritten. Other leads are added with new ids. The
// incoming leads' touches are added unless the same touch (time, channel, outcome) is there.
// New leads continue in the plan of the same name, when this workspace has one, else in the
// fallback plan. Plans, templates and settings here are kept. See docs/backup-format.md.
struct MergeWorkspace {
    WorkspaceDataRef incoming;
    Instant at;
};
// Replaces every record (settings, leads, plans, templates, enrollments, touches and the id
// counters) with `data`, exactly as it is (a backup restored with "replace"), as one undo step:
// undo brings the previous data back. `data` must pass Workspace::fromData's checks, else the
// command is refused and nothing changes. No rule runs on the restored records, so restoring a
// backup gives back the very records it holds.
struct ReplaceWorkspace {
    WorkspaceDataRef data;
};

using Command = std::variant<AddLead, EditLead, DeleteLead, LogTouch, Enrol, PauseEnrollment,
                             ResumeEnrollment, StopEnrollment, MoveToPlan, SkipItem, SnoozeItem, AddPlan,
                             EditPlan, DeletePlan, AddTemplate, EditTemplate, DeleteTemplate, EditSettings,
                             ImportLeads, MergeWorkspace, ReplaceWorkspace>;

// The command's stable snake_case name ("add_lead", "log_touch", ...), for journals and undo labels.
std::string_view commandName(const Command& command);

// What an applied command reports: the id of the record it created (0 when none).
struct Applied {
    std::uint32_t createdId = 0;
};

} // namespace cadence
